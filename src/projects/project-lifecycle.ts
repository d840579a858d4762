import { Lifecycle } from '../common/lifecycle.js';
import { ProjectStatus } from './project.enums.js';

/** DRAFT -> PROPOSED -> ACTIVE <-> ON_HOLD -> COMPLETED; CANCELLED from any state that is not final. */
export const projectLifecycle = new Lifecycle<ProjectStatus>({
  [ProjectStatus.DRAFT]: [ProjectStatus.PROPOSED, ProjectStatus.CANCELLED],
  [ProjectStatus.PROPOSED]: [ProjectStatus.ACTIVE, ProjectStatus.CANCELLED],
  [ProjectStatus.ACTIVE]: [ProjectStatus.ON_HOLD, ProjectStatus.COMPLETED, ProjectStatus.CANCELLED],
  [ProjectStatus.ON_HOLD]: [ProjectStatus.ACTIVE, ProjectStatus.CANCELLED],
  [ProjectStatus.COMPLETED]: [],
  [ProjectStatus.CANCELLED]: [],
});
