import { matrixSuite } from '../support/authorization-matrix.js';
import { talentRows } from './talent.rows.js';

matrixSuite('talent', talentRows);
