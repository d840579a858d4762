import { SqlParams } from '../common/read/sql.js';
import { ProjectStatus } from '../projects/project.enums.js';
import { CollaborationKind, HelixBasis, type CollaborationFilter } from './dto/collaboration.filter.js';
import { collaborationPartiesSql, figureKinds, kindsOf, networkKinds, readersParam, selectedProjects } from './selection.js';

const { PROJECT, AGREEMENT, PLACEMENT, INCUBATION, TRAINING } = CollaborationKind;
const filter = (values: Partial<CollaborationFilter>): CollaborationFilter => ({ includeUnits: true, helixBasis: HelixBasis.PRIMARY, ...values });

describe('the kinds of collaboration a filter counts', () => {
  it('keeps each report’s defaults when the filter names none', () => {
    expect([...kindsOf(undefined, networkKinds)]).toEqual([PROJECT, AGREEMENT]);
    expect([...kindsOf(filter({}), figureKinds)]).toEqual([PROJECT]);
    expect([...kindsOf(filter({ kinds: [] }), networkKinds)]).toEqual([PROJECT, AGREEMENT]);
  });

  it('leaves agreements out when project statuses are named without kinds, and lets named kinds decide', () => {
    expect([...kindsOf(filter({ statuses: [ProjectStatus.ACTIVE] }), networkKinds)]).toEqual([PROJECT]);
    expect([...kindsOf(filter({ statuses: [ProjectStatus.ACTIVE], kinds: [AGREEMENT, PLACEMENT] }), networkKinds)]).toEqual([AGREEMENT, PLACEMENT]);
  });

  it('selects no project when the kinds leave projects out', () => {
    expect(selectedProjects(filter({ kinds: [PLACEMENT] })).where).toContain('FALSE');
    expect(selectedProjects(filter({ kinds: [PLACEMENT, PROJECT] })).where).not.toContain('FALSE');
  });

  it('names the readers only for kinds that need them, and no placement, incubation or training for a research programme', () => {
    const params = new SqlParams();
    const training = collaborationPartiesSql(filter({ kinds: [TRAINING] }), [TRAINING], params, readersParam(['00000000-0000-0000-0000-000000000001'], params));
    expect(training).toContain('training_partner_fact');
    expect(params.values).toEqual([]);

    const withProgramme = new SqlParams();
    const none = collaborationPartiesSql(filter({ programmeId: '00000000-0000-0000-0000-000000000002' }), [PLACEMENT, INCUBATION, TRAINING], withProgramme, readersParam('all', withProgramme));
    expect(none).toMatch(/WHERE FALSE$/);
    expect(withProgramme.values).toEqual([]);

    const placements = new SqlParams();
    collaborationPartiesSql(filter({}), [PLACEMENT], placements, readersParam('all', placements));
    expect(placements.values).toContain(null);
  });
});
