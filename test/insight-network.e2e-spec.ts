import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const networkQuery = graphql(`query InsightNetworkCollaborationNetwork($filter: CollaborationFilter, $rankBy: NetworkRanking, $first: Int) {
  collaborationNetwork(filter: $filter, rankBy: $rankBy, first: $first) {
    organizations links density exact sources
    top { rank organizationId helix degree crossHelixDegree collaborations betweenness crossHelixBetweenness organization { slug } }
  }
}`);

describe('collaboration network', () => {
  let t: TestApp;
  let creator: string;
  const org: Record<string, string> = {};
  let projects = 0;
  let admin: Account;

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);

  // Projects started in past years and active at once, which the API does not make: the figures are about them.
  const project = async (year: number, slugs: string[]) => {
    const [row] = await sql(
      `INSERT INTO project (code, title, status, start_date, created_by, visibility) VALUES ($1, 'Sample project', 'ACTIVE', make_date($2, 3, 1), $3, 'PUBLIC') RETURNING id`,
      [`NETWORK-${++projects}`, year, creator],
    );
    for (const slug of slugs) {
      await sql(`INSERT INTO project_participant (project_id, organization_id, role, status) VALUES ($1, $2, 'PARTNER', 'ACTIVE')`, [row.id, org[slug]]);
    }
    return row.id as string;
  };

  const network = async (variables: Record<string, unknown>, caller?: Account) => {
    const response = await t.graphql(networkQuery, variables, caller?.headers);
    expect(response.errors).toBeUndefined();
    return response.data.collaborationNetwork;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await register(t, 'network-admin@example.org');
    await makePlatformAdmin(t, admin);
    [{ id: creator }] = await sql(`INSERT INTO user_account (email, display_name, password_hash) VALUES ('network@example.org', 'Sample person', 'x') RETURNING id`);
    for (const [slug, helix, kind] of [
      ['uni-a', 'ACADEMIA', 'UNIVERSITY'], ['uni-b', 'ACADEMIA', 'UNIVERSITY'], ['company', 'INDUSTRY', 'PRIVATE_COMPANY'],
      ['department', 'GOVERNMENT', 'GOVERNMENT_DEPARTMENT'], ['licensee', 'INDUSTRY', 'STARTUP'],
    ]) {
      [{ id: org[slug] }] = await sql(
        `INSERT INTO organization (slug, name, helix, kind, country, description) VALUES ($1, $1, $2, $3, 'VN', 'Sample data') RETURNING id`,
        [slug, helix, kind],
      );
    }
    // uni-a – uni-b, uni-a – company, company – department: the company joins the university side to government.
    await project(2020, ['uni-a', 'uni-b']);
    await project(2020, ['uni-a', 'company']);
    await project(2020, ['company', 'department']);
  });
  afterAll(() => t.close());

  it('measures degree and betweenness, and ranks the organisations that bridge helices', async () => {
    const result = await network({ filter: { fromYear: 2020, toYear: 2020 }, rankBy: 'BETWEENNESS', first: 10 });
    expect(result).toMatchObject({ organizations: 4, links: 3, exact: true, sources: 4 });
    expect(result.density).toBeCloseTo(3 / 6, 12);
    const bySlug = Object.fromEntries(result.top.map((p) => [p.organization.slug, p]));
    // Path uni-b – uni-a – company – department: uni-a lies on 2 of the 3 pairs of others, company on 2.
    expect(bySlug['uni-a']).toMatchObject({ degree: 2, crossHelixDegree: 1, collaborations: 2 });
    expect(bySlug['uni-a'].betweenness).toBeCloseTo(2 / 3, 12);
    expect(bySlug.company.betweenness).toBeCloseTo(2 / 3, 12);
    expect(bySlug['uni-b'].betweenness).toBe(0);
    // Cross-helix pairs not involving the company: uni-a–department, uni-b–department (it bridges both);
    // for uni-a: uni-b–company, uni-b–department, company–department, of which it bridges two.
    expect(bySlug.company.crossHelixBetweenness).toBe(1);
    expect(bySlug['uni-a'].crossHelixBetweenness).toBeCloseTo(2 / 3, 12);

    const bridging = await t.graphql(graphql(`query InsightNetworkBridgingOrganizations { bridgingOrganizations(filter: { fromYear: 2020, toYear: 2020 }, first: 2) { rank organization { slug } crossHelixBetweenness } }`));
    expect(bridging.data.bridgingOrganizations.map((p: { organization: { slug: string } }) => p.organization.slug)).toEqual(['company', 'uni-a']);
    expect(bridging.data.bridgingOrganizations[0].rank).toBe(1);
  });

  it('links the parties of signed agreements, and follows changes at once', async () => {
    // An agreement executed in 2020: the API dates execution no earlier than the agreement's creation.
    await sql(
      `INSERT INTO agreement (code, title, type, status, licensee_organization_id, executed_on, created_by)
       VALUES ('NETWORK-LICENCE', 'Sample licence', 'LICENCE_NON_EXCLUSIVE', 'ACTIVE', $1, '2020-09-01', $2)`,
      [org.licensee, creator],
    );
    const [{ id: agreementId }] = await sql(`SELECT id FROM agreement WHERE code = 'NETWORK-LICENCE'`);
    await sql(`INSERT INTO agreement_licensor (agreement_id, organization_id) VALUES ($1, $2)`, [agreementId, org['uni-b']]);
    const withLicence = await network({ filter: { fromYear: 2020, toYear: 2020 }, rankBy: 'DEGREE' }, admin);
    expect(withLicence).toMatchObject({ organizations: 5, links: 4 });
    // Agreements are their parties': the public network leaves them out.
    expect(await network({ filter: { fromYear: 2020, toYear: 2020 }, rankBy: 'DEGREE' })).toMatchObject({ organizations: 4, links: 3 });
    // Restricted to a programme or organisation, only projects count.
    expect((await network({ filter: { fromYear: 2020, toYear: 2020, organizationId: org['uni-a'] } })).organizations).toBe(3);

    await project(2020, ['uni-b', 'department']);
    const after = await network({ filter: { fromYear: 2020, toYear: 2020 }, rankBy: 'DEGREE', first: 1 }, admin);
    expect(after.links).toBe(5);
    expect(after.top).toHaveLength(1);
    expect(after.top[0].organization.slug).toBe('uni-b');
    expect(after.top[0].degree).toBe(3);
  });

  it('shows public projects to anyone, and bounds the list', async () => {
    const anonymous = await t.graphql(graphql(`query InsightNetworkCollaborationNetwork2 { collaborationNetwork { organizations top { organizationId } } }`));
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.collaborationNetwork.organizations).toBeGreaterThan(0);
    const tooMany = await t.graphql(graphql(`query InsightNetworkCollaborationNetwork3 { collaborationNetwork(first: 101) { organizations } }`));
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
