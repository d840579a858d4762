import { projectLifecycle } from './project-lifecycle.js';
import { ProjectStatus } from './project.enums.js';

const all = Object.values(ProjectStatus);
const legal = new Set([
  'DRAFT>PROPOSED', 'DRAFT>CANCELLED', 'PROPOSED>ACTIVE', 'PROPOSED>CANCELLED', 'ACTIVE>ON_HOLD', 'ACTIVE>COMPLETED',
  'ACTIVE>CANCELLED', 'ON_HOLD>ACTIVE', 'ON_HOLD>CANCELLED',
]);

describe('project lifecycle', () => {
  it.each(all.flatMap((from) => all.map((to) => [from, to] as const)))('%s -> %s', (from, to) => {
    expect(projectLifecycle.canMove(from, to)).toBe(legal.has(`${from}>${to}`));
  });

  it('ends in COMPLETED and CANCELLED', () => {
    expect(projectLifecycle.allowedFrom(ProjectStatus.COMPLETED)).toEqual([]);
    expect(projectLifecycle.allowedFrom(ProjectStatus.CANCELLED)).toEqual([]);
  });
});
