import { fixtures } from './support/fixtures.js';
import type { Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { CollaborationFilter } from './graphql/graphql.js';

/**
 * One scope in every report: an organisation counts with its units unless told otherwise, a province
 * selects its organisations, a programme its projects and what came out of them (here, a licence of a
 * technology one of them produced), in the synergy, the ICF figures, the self-assessment and the network alike.
 */
describe('one report scope in every report', () => {
  let t: TestApp;
  let admin: Account;
  const id: Record<string, string> = {};

  const transition = graphql(`mutation InsightScopeTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on Project { status } } }`);
  const reportsQuery = graphql(`query InsightScopeReports($filter: CollaborationFilter) {
    tripleHelixSynergy(filter: $filter) { projects tripleHelixProjects }
    icfFactors(filter: $filter) { factor projects }
    icfSelfAssessment(filter: $filter) { factors { factor measurements { organization { id } } } }
    collaborationNetwork(filter: $filter, first: 50) { organizations top { organizationId collaborations } }
  }`);

  beforeAll(async () => {
    t = await startTestApp();
    const fx = fixtures(t);
    admin = await fx.newUser({ platformAdmin: true });
    const organization = (name: string, helix: 'ACADEMIA' | 'INDUSTRY' | 'GOVERNMENT', kind: string, province: string, parentId?: string) =>
      fx.newOrganization({ admin, verified: true, name: `Sample data: ${name}`, helix, kind: kind as never, province, parentId });
    const university = await organization('university', 'ACADEMIA', 'UNIVERSITY', 'Bình Dương');
    const lab = await organization('lab', 'ACADEMIA', 'LAB', 'Bình Dương', university.id);
    const company = await organization('company', 'INDUSTRY', 'PRIVATE_COMPANY', 'Bình Dương');
    const department = await organization('department', 'GOVERNMENT', 'GOVERNMENT_DEPARTMENT', 'Hà Nội');
    Object.assign(id, { university: university.id, lab: lab.id, company: company.id, department: department.id });
    const programme = await fx.newProgramme(admin, university.id);
    id.programme = programme.id;

    // The lab's project in the programme, with the company and the department; the university's own with the company.
    const inProgramme = await fx.newProject(admin, { coordinatorId: lab.id, programmeId: programme.id, icfFactors: ['INNOVATION'] });
    await fx.addParticipant(admin, inProgramme.id, company.id, admin);
    await fx.addParticipant(admin, inProgramme.id, department.id, admin);
    const own = await fx.newProject(admin, { coordinatorId: university.id, icfFactors: ['INNOVATION'] });
    await fx.addParticipant(admin, own.id, company.id, admin);
    for (const project of [inProgramme, own]) {
      const moved = await t.graphql(transition, { input: { id: project.id, status: 'PROPOSED', expectedVersion: project.version } }, admin.headers);
      expect(moved.data?.transitionProject).toMatchObject({ status: 'PROPOSED' });
    }
    // The programme project's technology, licensed by the lab to the company.
    const technology = await fx.newTechnology(admin, { ownerIds: [lab.id], projectIds: [inProgramme.id] });
    await fx.newAgreement(admin, { technologyIds: [technology.id], licensorIds: [lab.id], licenseeId: company.id, active: true });
    // A measurement the lab reports.
    const reported = await t.graphql(
      graphql(`mutation InsightScopeReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename } }`),
      { input: { organizationId: lab.id, factor: 'INNOVATION', indicator: 'Sample data: prototypes', value: '3', unit: 'prototypes', periodStart: '2025-01-01', periodEnd: '2025-12-31' } },
      admin.headers,
    );
    expect(reported.data?.reportIndicator.__typename).toBe('IndicatorMeasurement');
  });
  afterAll(() => t.close());

  const reports = async (filter: CollaborationFilter) => {
    const response = await t.graphql(reportsQuery, { filter }, admin.headers);
    expect(response.errors).toBeUndefined();
    const data = response.data;
    const collaborations = Object.fromEntries(data.collaborationNetwork.top.map((row) => [row.organizationId, row.collaborations]));
    return {
      projects: data.tripleHelixSynergy.projects,
      tripleHelix: data.tripleHelixSynergy.tripleHelixProjects,
      innovationProjects: data.icfFactors.find((row) => row.factor === 'INNOVATION')!.projects,
      measuredBy: data.icfSelfAssessment.factors.flatMap((factor) => factor.measurements.map((m) => m.organization?.id)),
      collaborations: (organization: string) => collaborations[id[organization]] ?? 0,
    };
  };

  it('counts an organisation with its units, or alone when asked', async () => {
    const withUnits = await reports({ organizationId: id.university });
    expect([withUnits.projects, withUnits.innovationProjects, withUnits.tripleHelix]).toEqual([2, 2, 1]);
    expect(withUnits.measuredBy).toEqual([id.lab]);
    // The company: both projects and the lab's licence.
    expect(withUnits.collaborations('company')).toBe(3);

    const alone = await reports({ organizationId: id.university, includeUnits: false });
    expect([alone.projects, alone.innovationProjects, alone.tripleHelix]).toEqual([1, 1, 0]);
    expect(alone.measuredBy).toEqual([]);
    expect(alone.collaborations('company')).toBe(1);
    expect(alone.collaborations('lab')).toBe(0);
  });

  it('selects a province’s organisations, accents and case aside', async () => {
    expect((await reports({ province: 'BINH DUONG' })).projects).toBe(2);
    const hanoi = await reports({ province: 'hà nội' });
    expect([hanoi.projects, hanoi.measuredBy.length]).toEqual([1, 0]);
    // Both: only organisations that are the one named and in the province.
    expect((await reports({ organizationId: id.university, province: 'Hà Nội' })).projects).toBe(0);
  });

  it('selects a programme’s projects, and the agreements on what they produced', async () => {
    const programme = await reports({ programmeId: id.programme });
    expect([programme.projects, programme.tripleHelix]).toEqual([1, 1]);
    // The company: the programme's project and the licence of its technology.
    expect(programme.collaborations('company')).toBe(2);
    expect(programme.collaborations('university')).toBe(0);
    // Statuses are projects': naming one leaves agreements out.
    expect((await reports({ programmeId: id.programme, statuses: ['PROPOSED'] })).collaborations('company')).toBe(1);
  });
});
