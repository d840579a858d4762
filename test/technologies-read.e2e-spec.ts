import { generateSyntheticData } from '../scripts/synthetic/synthetic.js';
import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { fixtures } from './support/fixtures.js';
import { startTestApp, type AnyOperation, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/**
 * Technologies, disclosures and IP filings are read in one statement per root field, whatever is
 * nested under them and however long the page; each caller sees exactly what the access rules give
 * them: members of current owners and of licensees, inventors, the institution a disclosure is made to.
 */
describe('technologies read path', () => {
  let t: TestApp;
  let admin: Account;
  let member: Account;
  let inventor: Account;
  let memberOrganization: string;
  let invented: string;

  graphql(`fragment TechnologiesReadNode on Technology { id code title currentTrl createdAt
    owners { share validFrom validUntil organization { id name } }
    inventors { share externalName user { id displayName } affiliationOrganization { id } }
    trlHistory { level assessedOn recordedAt assessor { id } recordedBy { displayName } }
    projects { code participants { role organization { id } } technologies { code } }
    disclosures { title status submittedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }
    ipFilings { type status filingDate parentFiling { id } technology { code } deadlines { kind dueOn daysLeft filing { id } } } }`);
  const technologies = graphql(`query TechnologiesReadTechnologies2($first: Int, $after: String) { technologies(first: $first, after: $after, orderBy: {field: CODE}) {
    totalCount edges { cursor node { ...TechnologiesReadNode } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
  const disclosures = graphql(`query TechnologiesReadDisclosures($first: Int) { disclosures(first: $first) { totalCount edges { node {
    id title status decision createdAt organization { id } submittedBy { displayName } technology { code owners { share } ipFilings { id } } } } } }`);
  const filings = graphql(`query TechnologiesReadIpFilings($first: Int) { ipFilings(first: $first) { totalCount edges { node {
    id type jurisdiction status priorityDate grantDate technology { code inventors { share } } deadlines { kind dueOn filing { id } } } } } }`);
  const organizationsWithTechnologies = graphql(`query TechnologiesReadOrganizations($first: Int, $technologies: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {
    id technologies(first: $technologies, orderBy: {field: CODE}) { totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } }
  } } } }`);

  beforeAll(async () => {
    t = await startTestApp();
    await generateSyntheticData(t.dataSource, { scale: 0.01, seed: 5 });
    admin = await register(t, 'tech-read-admin@example.org');
    await makePlatformAdmin(t, admin);
    member = await register(t, 'tech-read-member@example.org');
    inventor = await register(t, 'tech-read-inventor@example.org');
    // A member of the organisation owning the most technologies today.
    const [owner] = await t.dataSource.query(
      `SELECT organization_id FROM technology_owner WHERE valid_from <= CURRENT_DATE AND (valid_until IS NULL OR valid_until >= CURRENT_DATE)
        GROUP BY organization_id ORDER BY count(*) DESC, organization_id LIMIT 1`,
    );
    memberOrganization = owner.organization_id;
    await fixtures(t).admit(memberOrganization, member);
    // The inventor takes the place of an inventor of a technology the member's organisation does not own.
    const [credit] = await t.dataSource.query(
      `SELECT i.id, i.technology_id FROM technology_inventor i WHERE i.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM technology_owner o WHERE o.technology_id = i.technology_id AND o.organization_id = $1)
          AND EXISTS (SELECT 1 FROM invention_disclosure d WHERE d.technology_id = i.technology_id)
        ORDER BY i.id LIMIT 1`,
      [memberOrganization],
    );
    invented = credit.technology_id;
    await t.dataSource.query(`UPDATE technology_inventor SET user_id = $1 WHERE id = $2`, [inventor.id, credit.id]);
  });
  afterAll(() => t.close());

  const callers = () => ({ member: member.headers, inventor: inventor.headers, platformAdmin: admin.headers });

  /** What `canOnTechnology` gives the caller, asked of the database directly. */
  const readableCodes = async (account: Account | 'all'): Promise<string[]> => {
    const rows: { code: string }[] =
      account === 'all'
        ? await t.dataSource.query(`SELECT code FROM technology ORDER BY code`)
        : await t.dataSource.query(
            `SELECT t.code FROM technology t WHERE
               EXISTS (SELECT 1 FROM technology_owner o JOIN membership m ON m.organization_id = o.organization_id AND m.user_id = $1 AND m.status = 'ACTIVE'
                        WHERE o.technology_id = t.id AND o.valid_from <= CURRENT_DATE AND (o.valid_until IS NULL OR o.valid_until >= CURRENT_DATE))
               OR EXISTS (SELECT 1 FROM technology_inventor i WHERE i.technology_id = t.id AND i.user_id = $1)
               OR EXISTS (SELECT 1 FROM agreement_technology at JOIN agreement a ON a.id = at.agreement_id
                           JOIN membership m ON m.organization_id = a.licensee_organization_id AND m.user_id = $1 AND m.status = 'ACTIVE'
                           WHERE at.technology_id = t.id)
             ORDER BY t.code`,
            [account.id],
          );
    return rows.map((row) => row.code);
  };

  const allPages = async (headers: Record<string, string>) => {
    const codes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse = await t.graphql(technologies, { first: 25, after }, headers);
      expect(response.errors).toBeUndefined();
      codes.push(...response.data.technologies.edges.map((edge: { node: { code: string } }) => edge.node.code));
      if (!response.data.technologies.pageInfo.hasNextPage) return codes;
      after = response.data.technologies.pageInfo.endCursor;
    }
  };

  it('answers a page of technologies with everything under them in one statement (beside the session check), whatever the size', async () => {
    const statementsFor = async (query: AnyOperation, variables: Record<string, unknown>, headers: Record<string, string>) => {
      const before = t.statementCount();
      const response = await t.graphql(query, variables, headers);
      expect({ query, errors: response.errors }).toEqual({ query, errors: undefined });
      return t.statementCount() - before;
    };
    const deadlines = graphql(`query TechnologiesReadUpcomingDeadlines($first: Int) { upcomingDeadlines(withinDays: 3650, first: $first) { kind dueOn daysLeft filing { id technology { code owners { share } } } } }`);
    for (const headers of [admin.headers, member.headers]) {
      // One to check the session (and one for the member's memberships), one for the answer, one for a root totalCount.
      const base = headers === admin.headers ? 2 : 3;
      for (const [query, small, large, counted] of [
        [technologies, { first: 2 }, { first: 20 }, true],
        [disclosures, { first: 2 }, { first: 60 }, true],
        [filings, { first: 2 }, { first: 60 }, true],
        [organizationsWithTechnologies, { first: 2, technologies: 1 }, { first: 25, technologies: 10 }, false],
        [deadlines, { first: 1 }, { first: 200 }, false],
      ] as const) {
        const expected = base + (counted ? 1 : 0);
        expect({ query, statements: await statementsFor(query, small, headers) }).toEqual({ query, statements: expected });
        expect({ query, statements: await statementsFor(query, large, headers) }).toEqual({ query, statements: expected });
      }
    }
  });

  it('answers empty nested pages with filters, and refuses bad nested arguments as the root does', async () => {
    for (const headers of [admin.headers, member.headers]) {
      const empty = await t.graphql(
        graphql(`query TechnologiesReadOrganization($id: ID) { organization(id: $id) { technologies(first: 0, filter: {trlMin: 3, search: "a%_"}) { edges { node { id } } pageInfo { hasNextPage } } } }`),
        { id: memberOrganization },
        headers,
      );
      expect(empty.errors).toBeUndefined();
      expect(empty.data.organization.technologies).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
    }
    for (const args of ['first: -1', 'first: 1000', 'after: "not-a-cursor"', 'filter: {trlMin: 0}']) {
      // A string: built at run time around each deliberately invalid argument.
      const response = await t.graphql(`query($id: ID) { organization(id: $id) { technologies(${args}) { edges { node { id } } } } }`, { id: memberOrganization }, admin.headers);
      expect({ args, code: response.errors?.[0].extensions?.code }).toEqual({ args, code: 'BAD_USER_INPUT' });
    }
  });

  it('lists exactly the technologies each caller may read, page after page, totals included', async () => {
    const expected = { member: await readableCodes(member), inventor: await readableCodes(inventor), platformAdmin: await readableCodes('all') };
    expect(expected.member.length).toBeGreaterThan(0);
    expect(expected.inventor.length).toBeGreaterThan(0);
    for (const [name, headers] of Object.entries(callers())) {
      const codes = await allPages(headers);
      expect({ caller: name, codes }).toEqual({ caller: name, codes: expected[name as keyof typeof expected] });
      const total = await t.graphql(technologies, { first: 0 }, headers);
      expect(total.data.technologies.totalCount).toBe(codes.length);
    }
    const { data } = await t.graphql(graphql(`query TechnologiesReadTechnology($id: ID) { technology(id: $id) { id inventors { user { id } } } }`), { id: invented }, inventor.headers);
    expect(data.technology.inventors.map((row: { user: { id: string } | null }) => row.user?.id)).toContain(inventor.id);
    const hidden = await t.graphql(graphql(`query Technology($id: ID) { technology(id: $id) { id } }`), { id: invented }, member.headers);
    expect(hidden.data.technology).toBeNull();
  });

  it('answers a technology looked up alone as it answers it in a page', async () => {
    const page = await t.graphql(technologies, { first: 10 }, member.headers);
    for (const { node } of page.data.technologies.edges) {
      const alone = await t.graphql(graphql(`query TechnologiesReadTechnology2($code: String) { technology(code: $code) { ...TechnologiesReadNode } }`), { code: node.code.toLowerCase() }, member.headers);
      expect(alone.data.technology).toEqual(node);
    }
  });

  it('gives each organisation the page of technologies its filtered list gives', async () => {
    const nested = await t.graphql(organizationsWithTechnologies, { first: 60, technologies: 3 }, admin.headers);
    const withTechnologies = nested.data.organizations.edges.filter((edge: { node: { technologies: { totalCount: number } } }) => edge.node.technologies.totalCount > 0);
    expect(withTechnologies.length).toBeGreaterThan(1);
    for (const { node } of withTechnologies.slice(0, 8)) {
      const alone = await t.graphql(
        graphql(`query TechnologiesReadTechnologies($organizationId: ID) { technologies(first: 3, orderBy: {field: CODE}, filter: {organizationId: $organizationId}) {
          totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } } }`),
        { organizationId: node.id },
        admin.headers,
      );
      expect(node.technologies).toEqual(alone.data.technologies);
    }
  });

  it('shows disclosures to whoever reads the technology and to the institution they are made to, and filings with the technology', async () => {
    const disclosureIds = async (headers: Record<string, string>) =>
      (await t.graphql(disclosures, { first: 100 }, headers)).data.disclosures.edges.map((edge: { node: { id: string } }) => edge.node.id).sort();
    const readable = await readableCodes(member);
    const expectedDisclosures: { id: string }[] = await t.dataSource.query(
      `SELECT d.id FROM invention_disclosure d JOIN technology t ON t.id = d.technology_id WHERE d.organization_id = $1 OR t.code = ANY($2) ORDER BY d.id`,
      [memberOrganization, readable],
    );
    expect(expectedDisclosures.length).toBeGreaterThan(0);
    expect(await disclosureIds(member.headers)).toEqual(expectedDisclosures.map((row) => row.id).sort());
    const mine = await t.graphql(graphql(`query TechnologiesReadMyDisclosures { myDisclosures(first: 100) { edges { node { technology { id } } } } }`), {}, inventor.headers);
    const mineIds = mine.data.myDisclosures.edges.map((edge: { node: { technology: { id: string } } }) => edge.node.technology.id);
    expect(mineIds.length).toBeGreaterThan(0);
    expect(mineIds.every((id: string) => id === invented)).toBe(true);

    const filingIds = (await t.graphql(filings, { first: 100 }, member.headers)).data.ipFilings.edges.map((edge: { node: { id: string } }) => edge.node.id).sort();
    const expectedFilings: { id: string }[] = await t.dataSource.query(
      `SELECT f.id FROM ip_filing f JOIN technology t ON t.id = f.technology_id WHERE t.code = ANY($1) ORDER BY f.id`,
      [readable],
    );
    expect(filingIds).toEqual(expectedFilings.map((row) => row.id).sort());
  });

  it('computes a filing’s deadlines as the deadline rules do, and lists upcoming ones soonest first', async () => {
    const { data } = await t.graphql(filings, { first: 100 }, admin.headers);
    const withDeadlines = data.ipFilings.edges.filter((edge: { node: { deadlines: unknown[] } }) => edge.node.deadlines.length > 0);
    expect(withDeadlines.length).toBeGreaterThan(0);
    const [{ today }] = await t.dataSource.query(`SELECT CURRENT_DATE::text AS today`);
    const { deadlinesOf } = await import('../src/technologies/ip-deadlines.js');
    for (const { node } of withDeadlines) {
      const [row] = await t.dataSource.query(
        `SELECT type, jurisdiction, status, priority_date::text AS "priorityDate", filing_date::text AS "filingDate", grant_date::text AS "grantDate" FROM ip_filing WHERE id = $1`,
        [node.id],
      );
      expect(node.deadlines.map((deadline: { kind: string; dueOn: string }) => [deadline.kind, deadline.dueOn])).toEqual(
        deadlinesOf(row, today).map((deadline) => [deadline.kind, deadline.dueOn]),
      );
      expect(node.deadlines.every((deadline: { filing: { id: string } }) => deadline.filing.id === node.id)).toBe(true);
    }
    const upcoming = await t.graphql(graphql(`query TechnologiesReadUpcomingDeadlines2 { upcomingDeadlines(withinDays: 3650) { dueOn daysLeft filing { id } } }`), {}, member.headers);
    const days = upcoming.data.upcomingDeadlines.map((deadline: { dueOn: string }) => deadline.dueOn);
    expect(days.length).toBeGreaterThan(0);
    expect([...days].sort()).toEqual(days);
    expect(upcoming.data.upcomingDeadlines.every((deadline: { daysLeft: number }) => deadline.daysLeft >= 0 && deadline.daysLeft <= 3650)).toBe(true);
  });
});
