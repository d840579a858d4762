import { matrixSuite } from '../support/authorization-matrix.js';
import { agreementRows } from './agreements.rows.js';

matrixSuite('agreements, obligations, revenue, spin-offs', agreementRows);
