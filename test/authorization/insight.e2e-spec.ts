import { matrixSuite } from '../support/authorization-matrix.js';
import { insightRows } from './insight.rows.js';

matrixSuite('insight: indicators and reports', insightRows);
