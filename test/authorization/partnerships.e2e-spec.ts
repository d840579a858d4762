import { matrixSuite } from '../support/authorization-matrix.js';
import { partnershipRows } from './partnerships.rows.js';

matrixSuite('partnerships', partnershipRows);
