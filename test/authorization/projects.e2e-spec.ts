import { matrixSuite } from '../support/authorization-matrix.js';
import { projectRows } from './projects.rows.js';

matrixSuite('projects, participants, milestones, programmes', projectRows);
