import { seedDemoData } from '../src/demo/seed.js';
import { seedSampleEcosystem } from '../src/demo/sample-ecosystem.js';
import { fixtures } from './support/fixtures.js';
import type { Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { HelixBasis } from './graphql/graphql.js';

/** `helixBasis` means the same in every report: PRIMARY_AND_SECONDARY counts Becamex IDC (industry, and government) in both helices. */
describe('one helix basis in every report', () => {
  let t: TestApp;
  let admin: Account;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
    await t.dataSource.transaction((manager) => seedSampleEcosystem(manager));
    const fx = fixtures(t);
    admin = await fx.newUser({ platformAdmin: true });
    // Becamex IDC (industry, and government) with EIU (academia): triple helix only when secondary helices count.
    const [becamex, eiu] = await Promise.all(['becamex-idc', 'eiu'].map(async (slug) => (await t.graphql(graphql(`query InsightHelixBasisOrganization($slug: String) { organization(slug: $slug) { id } }`), { slug })).data.organization.id));
    const project = await fx.newProject(admin, { coordinatorId: becamex, icfFactors: ['BROADBAND'] });
    await fx.addParticipant(admin, project.id, eiu, admin);
    const proposed = await t.graphql(
      graphql(`mutation InsightHelixBasisTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { ... on Project { version status } } }`),
      { input: { id: project.id, status: 'PROPOSED', expectedVersion: project.version } },
      admin.headers,
    );
    expect(proposed.data.transitionProject.status).toBe('PROPOSED');
  });
  afterAll(() => t.close());

  const reports = async (helixBasis: HelixBasis) => {
    const response = await t.graphql(
      graphql(`query InsightHelixBasisTripleHelixSynergy($filter: CollaborationFilter) {
        tripleHelixSynergy(filter: $filter) { tripleHelixProjects }
        icfFactors(filter: $filter) { factor projects tripleHelixProjects }
        helixContributions(filter: $filter) { helix kind currency amount organizations }
      }`),
      { filter: { helixBasis } },
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data;
  };

  it('counts more triple-helix projects with secondary helices, in the synergy and in the ICF factors alike', async () => {
    const primary = await reports('PRIMARY');
    const both = await reports('PRIMARY_AND_SECONDARY');
    expect(both.tripleHelixSynergy.tripleHelixProjects).toBe(primary.tripleHelixSynergy.tripleHelixProjects + 1);
    const triple = (data: { icfFactors: { factor: string; tripleHelixProjects: number }[] }) => Object.fromEntries(data.icfFactors.map((f) => [f.factor, f.tripleHelixProjects]));
    const [byPrimary, byBoth] = [triple(primary), triple(both)];
    expect(byBoth).toEqual({ ...byPrimary, BROADBAND: byPrimary.BROADBAND + 1 });
  });

  it('counts a hybrid’s contributions in each of its helices', async () => {
    const government = (data: { helixContributions: { helix: string; kind: string; organizations: number }[] }, kind: string) =>
      data.helixContributions.find((row) => row.helix === 'GOVERNMENT' && row.kind === kind);
    const primary = await reports('PRIMARY');
    const both = await reports('PRIMARY_AND_SECONDARY');
    // Becamex IDC coordinates sample projects with in-kind contributions: with secondary helices they count for government too.
    expect(government(both, 'IN_KIND')!.organizations).toBe((government(primary, 'IN_KIND')?.organizations ?? 0) + 1);
    const industry = (data: typeof both) => data.helixContributions.filter((row: { helix: string }) => row.helix === 'INDUSTRY');
    expect(industry(both)).toEqual(industry(primary));
  });

  it('counts a hybrid’s ties to its secondary helix as within its helices in the network', async () => {
    const becamex = async (helixBasis: HelixBasis) => {
      const response = await t.graphql(
        graphql(`query InsightHelixBasisCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { top { organization { slug } degree crossHelixDegree } } }`),
        { filter: { helixBasis } },
        admin.headers,
      );
      expect(response.errors).toBeUndefined();
      const found = response.data.collaborationNetwork.top.find((row) => row.organization?.slug === 'becamex-idc');
      if (!found) throw new Error('Becamex IDC is not in the network');
      return found;
    };
    const primary = await becamex('PRIMARY');
    const both = await becamex('PRIMARY_AND_SECONDARY');
    expect(both.degree).toBe(primary.degree);
    // Its partners in government (the province, the DOST, Eindhoven) are no longer across helices.
    expect(both.crossHelixDegree).toBeLessThan(primary.crossHelixDegree);
  });
});
