import { generateSyntheticData } from '../scripts/synthetic/synthetic.js';
import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { addMember } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

/**
 * The read path answers a root field with everything selected under it in one statement: pages of
 * projects nested in a page of organisations included. What it answers must be what the same
 * questions asked one level at a time answer, for every kind of caller.
 */
describe('read path', () => {
  let t: TestApp;
  let admin: Account;
  let member: Account;
  let memberOrganization: string;

  const organizationsWithProjects = graphql(`query ReadPathOrganizations($first: Int, $projects: Int, $after: String) {
    organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {
      id slug
      projects(first: $projects, after: $after, orderBy: {field: TITLE, direction: DESC}) {
        totalCount
        edges { cursor node { code title budget { amount currency } participants { role since } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    } } } }`);
  const projectsOf = graphql(`query ReadPathProjects($organizationId: ID!, $first: Int, $after: String) {
    projects(first: $first, after: $after, orderBy: {field: TITLE, direction: DESC}, filter: {organizationId: $organizationId}) {
      totalCount
      edges { cursor node { code title budget { amount currency } participants { role since } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    } }`);

  beforeAll(async () => {
    t = await startTestApp();
    await generateSyntheticData(t.dataSource, { scale: 0.01, seed: 3 });
    admin = await register(t, 'read-path-admin@example.org');
    await makePlatformAdmin(t, admin);
    member = await register(t, 'read-path-member@example.org');
    // A member of the organisation taking part in the most PARTNERS projects: it sees their money, others do not.
    const [busiest] = await t.dataSource.query(
      `SELECT pp.organization_id FROM project_participant pp JOIN project p ON p.id = pp.project_id
        WHERE p.visibility = 'PARTNERS' AND pp.status = 'ACTIVE' GROUP BY pp.organization_id ORDER BY count(*) DESC, pp.organization_id LIMIT 1`,
    );
    memberOrganization = busiest.organization_id;
    await addMember(t, admin, memberOrganization, member);
  });
  afterAll(() => t.close());

  const callers = () => ({ anonymous: {}, member: member.headers, platformAdmin: admin.headers });

  it('answers a page of organisations with a page of projects each in one statement (beside the session check), whatever the sizes', async () => {
    const statementsFor = async (first: number, projects: number) => {
      const before = t.statementCount();
      const response = await t.graphql(organizationsWithProjects, { first, projects }, admin.headers);
      expect(response.errors).toBeUndefined();
      expect(response.data.organizations.edges).toHaveLength(first);
      return t.statementCount() - before;
    };
    const small = await statementsFor(2, 1);
    expect(await statementsFor(10, 10)).toBe(small);
    // One to check the caller's session, one for the whole answer.
    expect(small).toBe(2);
  });

  it('gives each organisation the page its own list gives, for every caller, and its cursors continue there', async () => {
    for (const [name, headers] of Object.entries(callers())) {
      const nested = await t.graphql(organizationsWithProjects, { first: 60, projects: 3 }, headers);
      expect(nested.errors).toBeUndefined();
      const withProjects = nested.data.organizations.edges.filter((edge: { node: { projects: { totalCount: number } } }) => edge.node.projects.totalCount > 0);
      expect(withProjects.length).toBeGreaterThan(5);
      for (const { node } of withProjects.slice(0, 10)) {
        if (name === 'platformAdmin') {
          // Counted from the participations alone when nothing is checked on the projects: the same number as through them.
          const [{ count }] = await t.dataSource.query(
            `SELECT count(*)::int AS count FROM project_participant pp JOIN project p ON p.id = pp.project_id WHERE pp.organization_id = $1 AND pp.status = 'ACTIVE'`,
            [node.id],
          );
          expect(node.projects.totalCount).toBe(count);
        }
        const alone = await t.graphql(projectsOf, { organizationId: node.id, first: 3 }, headers);
        expect({ caller: name, page: node.projects }).toEqual({ caller: name, page: alone.data.projects });
        if (!node.projects.pageInfo.hasNextPage) continue;
        const next = await t.graphql(organizationsWithProjects, { first: 60, projects: 3, after: node.projects.pageInfo.endCursor }, headers);
        const continued = next.data.organizations.edges.find((edge) => edge.node.id === node.id)!.node.projects;
        const nextAlone = await t.graphql(projectsOf, { organizationId: node.id, first: 3, after: node.projects.pageInfo.endCursor }, headers);
        expect(continued).toEqual(nextAlone.data.projects);
        expect(continued.pageInfo.hasPreviousPage).toBe(true);
      }
    }
  });

  it('shows money only to participants and platform admins, nested or not', async () => {
    const budgets = async (headers: Record<string, string>) => {
      const response = await t.graphql(projectsOf, { organizationId: memberOrganization, first: 50 }, headers);
      return response.data.projects.edges.map((edge: { node: { budget: unknown } }) => edge.node.budget);
    };
    expect((await budgets({})).every((budget: unknown) => budget === null)).toBe(true);
    expect((await budgets(member.headers)).some((budget: unknown) => budget !== null)).toBe(true);
    expect(await budgets(member.headers)).toEqual(await budgets(admin.headers));
  });

  it('derives helices, triple-helix and contributions by helix from the participants, as the participants themselves read', async () => {
    const helixOrder = ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY'];
    type Money = { amount: string; currency: string };
    type Participant = { status: string; organization: { helix: string; secondaryHelices: string[] }; contribution: { cash: Money | null; inKindValue: Money | null } | null };
    const response = await t.graphql(
      graphql(`query ReadPathProjects2($organizationId: ID!) { projects(first: 40, filter: {organizationId: $organizationId}) { edges { node {
        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } }
        participants { status organization { helix secondaryHelices } contribution { cash { amount currency } inKindValue { amount currency } } } } } } }`),
      { organizationId: memberOrganization },
      member.headers,
    );
    expect(response.errors).toBeUndefined();
    const nodes: { helices: string[]; isTripleHelix: boolean; contributionsByHelix: unknown; participants: Participant[] }[] = response.data.projects.edges.map((edge) => edge.node);
    expect(nodes.some((node) => node.isTripleHelix)).toBe(true);
    expect(nodes.some((node) => node.contributionsByHelix !== null && (node.contributionsByHelix as unknown[]).length > 1)).toBe(true);
    for (const node of nodes) {
      const active = node.participants.filter((participant) => participant.status === 'ACTIVE');
      const helices = new Set(active.flatMap((participant) => [participant.organization.helix, ...participant.organization.secondaryHelices]));
      expect(node.helices).toEqual(helixOrder.filter((helix) => helices.has(helix)));
      expect(node.isTripleHelix).toBe(['GOVERNMENT', 'INDUSTRY', 'ACADEMIA'].every((helix) => helices.has(helix)));
      // Sums in cents, by primary helix and currency, helices and currencies in alphabetical order.
      const sums = new Map<string, Map<string, Map<string, number>>>();
      for (const participant of active) {
        for (const [kind, money] of [['cash', participant.contribution!.cash], ['inKind', participant.contribution!.inKindValue]] as const) {
          if (!money) continue;
          const byKind = sums.get(participant.organization.helix) ?? new Map([['cash', new Map()], ['inKind', new Map()]]);
          sums.set(participant.organization.helix, byKind);
          const byCurrency = byKind.get(kind)!;
          byCurrency.set(money.currency, (byCurrency.get(money.currency) ?? 0) + Math.round(Number(money.amount) * 100));
        }
      }
      const written = (byCurrency: Map<string, number>) => [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, cents]) => ({ cents, currency }));
      const expected = [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([helix, byKind]) => ({ helix, cash: written(byKind.get('cash')!), inKind: written(byKind.get('inKind')!) }));
      const inCents = (moneys: Money[]) => moneys.map((money) => ({ cents: Math.round(Number(money.amount) * 100), currency: money.currency }));
      const answered = (node.contributionsByHelix as { helix: string; cash: Money[]; inKind: Money[] }[]).map((entry) => ({ helix: entry.helix, cash: inCents(entry.cash), inKind: inCents(entry.inKind) }));
      expect(answered).toEqual(expected);
    }
  });

  it('follows a participant organisation changing its helices at once', async () => {
    const helicesOf = async () => {
      const response = await t.graphql(
        graphql(`query ReadPathProjects3($organizationId: ID!) { projects(first: 20, filter: {organizationId: $organizationId}) { edges { node { code helices } } } }`),
        { organizationId: memberOrganization },
        admin.headers,
      );
      return new Map<string, string[]>(response.data.projects.edges.map((edge: { node: { code: string; helices: string[] } }) => [edge.node.code, edge.node.helices]));
    };
    const profile = graphql(`query ReadPathOrganization($id: ID) { organization(id: $id) { version helix secondaryHelices } }`);
    const update = graphql(`mutation ReadPathUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on Organization { version } } }`);
    const before = (await t.graphql(profile, { id: memberOrganization }, admin.headers)).data.organization;
    const added = (['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY'] as const).find((helix) => helix !== before.helix && !before.secondaryHelices.includes(helix))!;
    const original = await helicesOf();
    expect([...original.values()].some((helices) => !helices.includes(added))).toBe(true);
    const changed = await t.graphql(update, { input: { id: memberOrganization, expectedVersion: before.version, secondaryHelices: [...before.secondaryHelices, added] } }, admin.headers);
    expect(changed.data.updateOrganization.__typename).toBe('Organization');
    for (const helices of (await helicesOf()).values()) expect(helices).toContain(added);
    await t.graphql(update, { input: { id: memberOrganization, expectedVersion: expectResult(changed.data.updateOrganization, 'Organization').version, secondaryHelices: before.secondaryHelices } }, admin.headers);
    expect(await helicesOf()).toEqual(original);
  });

  it('answers aliases of one connection with their own pages', async () => {
    const response = await t.graphql(
      graphql(`query ReadPathOrganization2($id: ID) { organization(id: $id) {
        newest: projects(first: 1) { edges { node { code } } }
        byTitle: projects(first: 2, orderBy: {field: TITLE}) { edges { node { title } } }
      } }`),
      { id: memberOrganization },
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.organization.newest.edges).toHaveLength(1);
    const titles = response.data.organization.byTitle.edges.map((edge: { node: { title: string } }) => edge.node.title);
    expect(titles).toHaveLength(2);
    expect([...titles].sort((a, b) => a.localeCompare(b))).toEqual(titles);
  });

  it('refuses bad arguments of a nested page as it refuses them at the root', async () => {
    for (const variables of [{ projects: -1 }, { projects: 1000 }, { projects: 2, after: 'not-a-cursor' }]) {
      const response = await t.graphql(organizationsWithProjects, { first: 2, ...variables }, admin.headers);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
