import { matrixSuite } from '../support/authorization-matrix.js';
import { importRows } from './imports.rows.js';

matrixSuite('spreadsheet imports', importRows);
