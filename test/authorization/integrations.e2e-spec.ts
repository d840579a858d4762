import { matrixSuite } from '../support/authorization-matrix.js';
import { integrationRows } from './integrations.rows.js';

matrixSuite('webhooks and job queues', integrationRows);
