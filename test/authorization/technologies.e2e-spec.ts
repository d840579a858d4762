import { matrixSuite } from '../support/authorization-matrix.js';
import { technologyRows } from './technologies.rows.js';

matrixSuite('technologies, disclosures, IP filings', technologyRows);
