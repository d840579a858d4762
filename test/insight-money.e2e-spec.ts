import { register, type Account } from './support/accounts.js';
import { addMember } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { makePlatformAdmin } from './support/accounts.js';
import { graphql } from './graphql/index.js';

/**
 * Contributions by helix and the ICF factors: exact sums, and money totals withheld when they would
 * single out a few organisations, except for those who may see them.
 */
describe('insight figures with money', () => {
  let t: TestApp;
  let creator: string;
  const org: Record<string, string> = {};
  let memberOfUni: Account;
  let admin: Account;
  let outsider: Account;
  let projects = 0;

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);

  /** A project with `factors`, a budget, and contributions: [slug, cash or null, in-kind value or null]. */
  // Projects started in past years with their contributions already active, which the API does not make.
  async function project(year: number, factors: string[], budget: string | null, members: [string, string | null, string | null][]): Promise<void> {
    const [row] = await sql(
      `INSERT INTO project (code, title, status, start_date, created_by, icf_factors, budget_amount, budget_currency) VALUES ($1, 'Sample', 'ACTIVE', make_date($2, 5, 1), $3, $4, $5, 'USD') RETURNING id`,
      [`MONEY-${++projects}`, year, creator, factors, budget],
    );
    for (const [slug, cash, inKind] of members) {
      await sql(
        `INSERT INTO project_participant (project_id, organization_id, role, status, cash_amount, cash_currency, in_kind_value_amount, in_kind_value_currency)
         VALUES ($1, $2, 'PARTNER', 'ACTIVE', $3, CASE WHEN $3::numeric IS NULL THEN NULL ELSE 'USD' END, $4, CASE WHEN $4::numeric IS NULL THEN NULL ELSE 'USD' END)`,
        [row.id, org[slug], cash, inKind],
      );
    }
  }

  const contributionsQuery = graphql(`query InsightMoneyHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations projects } }`);
  const icfQuery = graphql(`query InsightMoneyIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects tripleHelixProjects participants organizations budgets { currency amount suppressed projects } } }`);

  beforeAll(async () => {
    t = await startTestApp();
    const owner = await register(t, 'money-owner@example.org');
    creator = owner.id;
    memberOfUni = await register(t, 'money-member@example.org');
    outsider = await register(t, 'money-outsider@example.org');
    admin = await register(t, 'money-admin@example.org');
    await makePlatformAdmin(t, admin);
    for (const [slug, helix, kind] of [
      ['uni', 'ACADEMIA', 'UNIVERSITY'], ['c1', 'INDUSTRY', 'PRIVATE_COMPANY'], ['c2', 'INDUSTRY', 'PRIVATE_COMPANY'], ['c3', 'INDUSTRY', 'STARTUP'], ['city', 'GOVERNMENT', 'MUNICIPALITY'],
    ]) {
      [{ id: org[slug] }] = await sql(
        `INSERT INTO organization (slug, name, helix, kind, country, description, verified) VALUES ($1, $1, $2, $3, 'VN', 'Sample data', true) RETURNING id`,
        [slug, helix, kind],
      );
    }
    await sql(`INSERT INTO membership (organization_id, user_id, role, status, since) VALUES ($1, $2, 'ADMIN', 'ACTIVE', CURRENT_DATE)`, [org.uni, owner.id]);
    await addMember(t, owner, org.uni, memberOfUni, 'MEMBER');

    // Three verified companies give cash, exactly (in US dollars and cents), none most of it; one university and one city give in kind.
    await project(2024, ['INNOVATION', 'SUSTAINABILITY'], '1000000000.50', [['uni', null, '200000000'], ['c1', '40.25', null], ['city', null, '50000000']]);
    await project(2024, ['INNOVATION'], '250000000', [['c2', '30.10', null], ['uni', null, null]]);
    await project(2024, ['INNOVATION'], null, [['c3', '7', null], ['c1', '3', null]]);
  });
  afterAll(() => t.close());

  const contributions = async (filter: Record<string, unknown>, account?: Account) =>
    (await t.graphql(contributionsQuery, { filter }, account?.headers)).data.helixContributions;

  it('sums contributions by helix exactly, and shows a total of three verified organisations, none dominating, to anyone', async () => {
    const rows = await contributions({ fromYear: 2024, toYear: 2024 });
    expect(rows).toEqual([
      { helix: 'GOVERNMENT', kind: 'IN_KIND', currency: 'USD', amount: null, suppressed: true, organizations: 1, projects: 1 },
      { helix: 'INDUSTRY', kind: 'CASH', currency: 'USD', amount: '80.35', suppressed: false, organizations: 3, projects: 3 },
      { helix: 'ACADEMIA', kind: 'IN_KIND', currency: 'USD', amount: null, suppressed: true, organizations: 1, projects: 1 },
    ].sort((a, b) => a.helix.localeCompare(b.helix)));
  });

  it('shows small totals to platform admins and to those who read every record behind them, not to others', async () => {
    const byAdmin = await contributions({ fromYear: 2024, toYear: 2024 }, admin);
    expect(byAdmin.find((row: { helix: string }) => row.helix === 'ACADEMIA')).toMatchObject({ amount: '200000000.00', suppressed: false });
    const ownFilter = { fromYear: 2024, toYear: 2024, organizationId: org.uni };
    expect((await contributions(ownFilter, memberOfUni)).find((row: { helix: string }) => row.helix === 'GOVERNMENT')).toMatchObject({ amount: '50000000.00' });
    expect((await contributions(ownFilter, outsider)).find((row: { helix: string }) => row.helix === 'GOVERNMENT')).toMatchObject({ amount: null, suppressed: true });
    expect((await contributions(ownFilter)).find((row: { helix: string }) => row.helix === 'INDUSTRY')).toMatchObject({ amount: null, organizations: 2 });
  });

  it('counts projects, participants and budgets per ICF factor, all six listed', async () => {
    const response = await t.graphql(icfQuery, { filter: { fromYear: 2024, toYear: 2024 } });
    const factors = response.data.icfFactors;
    expect(factors.map((f: { factor: string }) => f.factor)).toEqual(['BROADBAND', 'KNOWLEDGE_WORKFORCE', 'INNOVATION', 'DIGITAL_EQUALITY', 'SUSTAINABILITY', 'COMMUNITY_ENGAGEMENT']);
    const innovation = factors.find((f: { factor: string }) => f.factor === 'INNOVATION');
    expect(innovation).toEqual({
      factor: 'INNOVATION', projects: 3, tripleHelixProjects: 1, participants: 7, organizations: 5,
      // Two budgets only: withheld from the public.
      budgets: [{ currency: 'USD', amount: null, suppressed: true, projects: 2 }],
    });
    expect(factors.find((f: { factor: string }) => f.factor === 'BROADBAND')).toMatchObject({ projects: 0, budgets: [] });
    const byAdmin = await t.graphql(icfQuery, { filter: { fromYear: 2024, toYear: 2024 } }, admin.headers);
    expect(byAdmin.data.icfFactors.find((f) => f.factor === 'INNOVATION')?.budgets).toEqual([
      { currency: 'USD', amount: '1250000000.50', suppressed: false, projects: 2 },
    ]);
  });
});
