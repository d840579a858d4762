import { matrixSuite } from '../support/authorization-matrix.js';
import { exchangeRows } from './exchange.rows.js';

matrixSuite('technology exchange and deals', exchangeRows);
