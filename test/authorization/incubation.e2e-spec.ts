import { matrixSuite } from '../support/authorization-matrix.js';
import { incubationRows } from './incubation.rows.js';

matrixSuite('incubation', incubationRows);
