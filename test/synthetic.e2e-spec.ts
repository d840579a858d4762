import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.js';
import { generateSyntheticData, plannedCounts, SYNTHETIC_PASSWORD, type SyntheticReport } from '../src/database/seed/synthetic.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase } from './support/test-database.js';

const scale = 0.01;
const seed = 7;

/** A digest of everything generated for a seed, in a fixed order; ids and timestamps included. */
async function fingerprint(dataSource: DataSource, seedOf: number): Promise<Record<string, string>> {
  const code = `SYN${seedOf}-%`;
  const slug = `syn${seedOf}-%`;
  const email = `%@syn${seedOf}.sample`;
  const digest = async (sql: string, parameter: string) => ((await dataSource.query(sql, [parameter])) as { digest: string }[])[0].digest;
  return {
    organizations: await digest(
      `SELECT md5(string_agg(concat_ws('|', o.id, o.slug, o.name, o.name_en, o.helix, o.secondary_helices, o.kind, p.slug, o.country, o.province, o.website, o.verified, o.created_at), E'\\n' ORDER BY o.slug)) AS digest
         FROM organization o LEFT JOIN organization p ON p.id = o.parent_id WHERE o.slug LIKE $1`,
      slug,
    ),
    users: await digest(`SELECT md5(string_agg(concat_ws('|', id, email, display_name, created_at), E'\\n' ORDER BY email)) AS digest FROM user_account WHERE email LIKE $1`, email),
    memberships: await digest(
      `SELECT md5(string_agg(concat_ws('|', m.id, u.email, o.slug, m.role, m.status, m.position, m.since), E'\\n' ORDER BY m.id)) AS digest
         FROM membership m JOIN user_account u ON u.id = m.user_id JOIN organization o ON o.id = m.organization_id WHERE u.email LIKE $1`,
      email,
    ),
    projects: await digest(
      `SELECT md5(string_agg(concat_ws('|', id, code, title, summary, status, start_date, end_date, budget_amount, budget_currency, visibility, icf_factors, keywords, programme_id, created_by, version, created_at, updated_at), E'\\n' ORDER BY code)) AS digest
         FROM project WHERE code LIKE $1`,
      code,
    ),
    participants: await digest(
      `SELECT md5(string_agg(concat_ws('|', pp.id, p.code, o.slug, pp.role, pp.status, pp.since, pp.until, pp.cash_amount, pp.cash_currency, pp.in_kind_description, pp.in_kind_value_amount, pp.invited_by, pp.responded_by), E'\\n' ORDER BY pp.id)) AS digest
         FROM project_participant pp JOIN project p ON p.id = pp.project_id JOIN organization o ON o.id = pp.organization_id WHERE p.code LIKE $1`,
      code,
    ),
    milestones: await digest(
      `SELECT md5(string_agg(concat_ws('|', m.id, p.code, m.kind, m.title, m.due_date, m.status, m.completed_on), E'\\n' ORDER BY m.id)) AS digest
         FROM milestone m JOIN project p ON p.id = m.project_id WHERE p.code LIKE $1`,
      code,
    ),
    technologies: await digest(
      `SELECT md5(string_agg(concat_ws('|', t.id, t.code, t.title, t.keywords, t.current_trl, t.created_at,
                (SELECT string_agg(concat_ws(':', o.organization_id, o.share, o.valid_from), ',' ORDER BY o.id) FROM technology_owner o WHERE o.technology_id = t.id),
                (SELECT string_agg(concat_ws(':', i.user_id, i.share), ',' ORDER BY i.id) FROM technology_inventor i WHERE i.technology_id = t.id),
                (SELECT string_agg(concat_ws(':', a.level, a.assessed_on), ',' ORDER BY a.id) FROM trl_assessment a WHERE a.technology_id = t.id)), E'\n' ORDER BY t.code)) AS digest
         FROM technology t WHERE t.code LIKE $1`,
      code,
    ),
    agreements: await digest(
      `SELECT md5(string_agg(concat_ws('|', a.id, a.code, a.type, a.status, a.licensee_organization_id, a.upfront_fee, a.royalty_rate, a.executed_on, a.ended_on,
                (SELECT string_agg(l.organization_id::text, ',' ORDER BY l.organization_id) FROM agreement_licensor l WHERE l.agreement_id = a.id),
                (SELECT string_agg(x.technology_id::text, ',' ORDER BY x.technology_id) FROM agreement_technology x WHERE x.agreement_id = a.id)), E'\n' ORDER BY a.code)) AS digest
         FROM agreement a WHERE a.code LIKE $1`,
      code,
    ),
  };
}

describe('synthetic sample data', () => {
  let t: TestApp;
  let report: SyntheticReport;
  const planned = plannedCounts(scale);
  const count = async (sql: string, parameters: unknown[] = []) => Number(((await t.dataSource.query(sql, parameters)) as { n: string }[])[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    report = await generateSyntheticData(t.dataSource, { scale, seed });
  });
  afterAll(() => t.close());

  it('creates the documented numbers of rows at a small scale', async () => {
    expect(planned).toEqual({ organizations: 10, users: 100, programmes: 1, projects: 200 });
    expect(plannedCounts(1)).toEqual({ organizations: 1000, users: 10_000, programmes: 25, projects: 20_000 });
    expect(report.created).toBe(true);
    expect(report.counts).toMatchObject(planned);
    expect(await count(`SELECT count(*) AS n FROM organization WHERE slug LIKE 'syn7-%'`)).toBe(planned.organizations);
    expect(await count(`SELECT count(*) AS n FROM user_account WHERE email LIKE '%@syn7.sample'`)).toBe(planned.users);
    expect(await count(`SELECT count(*) AS n FROM project WHERE code LIKE 'SYN7-%'`)).toBe(planned.projects);
    expect(await count(`SELECT count(*) AS n FROM programme WHERE code LIKE 'SYN7-%'`)).toBe(planned.programmes);
    const { memberships, participants, milestones } = report.counts;
    expect(memberships).toBeGreaterThanOrEqual(planned.users);
    expect(memberships).toBeLessThanOrEqual(2 * planned.users);
    expect(participants).toBeGreaterThanOrEqual(2 * planned.projects);
    expect(participants).toBeLessThanOrEqual(8 * planned.projects);
    expect(milestones).toBeLessThanOrEqual(6 * planned.projects);
    expect(await count(`SELECT count(*) AS n FROM project_participant`)).toBe(participants);
    expect(await count(`SELECT count(*) AS n FROM milestone`)).toBe(milestones);
  });

  it('mixes the helices as documented, every helix present', async () => {
    const rows: { helix: string; n: number }[] = await t.dataSource.query(`SELECT helix, count(*)::int AS n FROM organization GROUP BY helix`);
    const byHelix = Object.fromEntries(rows.map((row) => [row.helix, row.n]));
    // 15/45/25/15% of 10, largest remainders first.
    expect(byHelix).toEqual({ GOVERNMENT: 2, INDUSTRY: 5, ACADEMIA: 2, CIVIL_SOCIETY: 1 });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE description LIKE 'Sample data%'`)).toBe(planned.organizations);
  });

  it('gives every project exactly one active coordinator and 2 to 8 participants', async () => {
    const rows: { coordinators: number; participants: number }[] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE pp.role = 'COORDINATOR' AND pp.status = 'ACTIVE')::int AS coordinators, count(pp.id)::int AS participants
         FROM project p LEFT JOIN project_participant pp ON pp.project_id = p.id GROUP BY p.id`,
    );
    expect(rows).toHaveLength(planned.projects);
    for (const row of rows) {
      expect(row.coordinators).toBe(1);
      expect(row.participants).toBeGreaterThanOrEqual(2);
      expect(row.participants).toBeLessThanOrEqual(8);
    }
    // Every status of the lifecycle occurs; contributions are exact decimals.
    const statuses: { status: string }[] = await t.dataSource.query(`SELECT DISTINCT status FROM project ORDER BY status`);
    expect(statuses.map((row) => row.status)).toEqual(['ACTIVE', 'CANCELLED', 'COMPLETED', 'DRAFT', 'ON_HOLD', 'PROPOSED']);
    const amounts: { amount: string }[] = await t.dataSource.query(`SELECT cash_amount::text AS amount FROM project_participant WHERE cash_amount IS NOT NULL`);
    expect(amounts.length).toBeGreaterThan(0);
    for (const { amount } of amounts) expect(amount).toMatch(/^\d+\.\d{2}$/);
    expect(await count(`SELECT count(*) AS n FROM milestone WHERE (status = 'DONE') <> (completed_on IS NOT NULL)`)).toBe(0);
  });

  it('derives technologies from projects with an academic participant, fully owned and credited, licensed to companies', async () => {
    const { technologies, agreements } = report.counts;
    expect(technologies).toBeGreaterThan(0);
    expect(agreements).toBeGreaterThan(0);
    expect(agreements).toBeLessThan(technologies);
    // Every technology comes from one project in which its main owner takes part as academia.
    expect(await count(`SELECT count(*) AS n FROM technology t WHERE NOT EXISTS (
      SELECT 1 FROM technology_project tp JOIN technology_owner o ON o.technology_id = tp.technology_id AND o.share >= 70
        JOIN project_participant pp ON pp.project_id = tp.project_id AND pp.organization_id = o.organization_id
        JOIN organization org ON org.id = o.organization_id AND org.helix = 'ACADEMIA'
       WHERE tp.technology_id = t.id)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM (SELECT technology_id FROM technology_owner GROUP BY 1 HAVING sum(share) <> 100) wrong`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM (SELECT technology_id FROM technology_inventor GROUP BY 1 HAVING sum(share) <> 100) wrong`)).toBe(0);
    // The current TRL is the latest assessment's, and every technology has been assessed.
    expect(await count(`SELECT count(*) AS n FROM technology t WHERE t.current_trl IS DISTINCT FROM
      (SELECT level FROM trl_assessment a WHERE a.technology_id = t.id ORDER BY assessed_on DESC, created_at DESC LIMIT 1)`)).toBe(0);
    // Licensors own the technology; licensees are companies that do not.
    expect(await count(`SELECT count(*) AS n FROM agreement a JOIN agreement_technology x ON x.agreement_id = a.id JOIN agreement_licensor l ON l.agreement_id = a.id
      WHERE NOT EXISTS (SELECT 1 FROM technology_owner o WHERE o.technology_id = x.technology_id AND o.organization_id = l.organization_id)
         OR EXISTS (SELECT 1 FROM technology_owner o WHERE o.technology_id = x.technology_id AND o.organization_id = a.licensee_organization_id)`)).toBe(0);
  });

  it('gives every organisation an active admin and every person one or two organisations', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM organization o WHERE NOT EXISTS (
        SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.role = 'ADMIN' AND m.status = 'ACTIVE')`),
    ).toBe(0);
    const perUser: { n: number }[] = await t.dataSource.query(
      `SELECT count(m.id)::int AS n FROM user_account u LEFT JOIN membership m ON m.user_id = u.id WHERE u.email LIKE '%@syn7.sample' GROUP BY u.id`,
    );
    expect(perUser.every(({ n }) => n === 1 || n === 2)).toBe(true);
  });

  it('lets every synthetic account sign in with the shared sample password', async () => {
    const [{ email }]: { email: string }[] = await t.dataSource.query(`SELECT email FROM user_account WHERE email LIKE '%@syn7.sample' ORDER BY email DESC LIMIT 1`);
    const response = await t.graphql(`mutation($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { accessToken } } }`, {
      input: { email, password: SYNTHETIC_PASSWORD },
    });
    expect(response.data.login.__typename).toBe('AuthPayload');
    const projects = await t.graphql(`{ projects(first: 5) { totalCount edges { node { code participants { role } } } } }`, undefined, {
      authorization: `Bearer ${response.data.login.accessToken}`,
    });
    expect(projects.errors).toBeUndefined();
    expect(projects.data.projects.totalCount).toBeGreaterThan(0);
  });

  it('does not duplicate anything on a second run with the same seed', async () => {
    const before = await fingerprint(t.dataSource, seed);
    const again = await generateSyntheticData(t.dataSource, { scale, seed });
    expect(again.created).toBe(false);
    expect(again.counts).toEqual(report.counts);
    expect(await fingerprint(t.dataSource, seed)).toEqual(before);
  });

  it('keeps another seed apart, beside the first', async () => {
    const other = await generateSyntheticData(t.dataSource, { scale, seed: 8 });
    expect(other.created).toBe(true);
    expect(other.counts.projects).toBe(planned.projects);
    expect(await count(`SELECT count(*) AS n FROM project WHERE code LIKE 'SYN7-%'`)).toBe(planned.projects);
    const [ours, theirs] = [await fingerprint(t.dataSource, seed), await fingerprint(t.dataSource, 8)];
    expect(theirs.projects).not.toBe(ours.projects);
  });

  it('gives the same data for the same seed in another database', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions({ url: database.url }));
    try {
      await dataSource.initialize();
      const second = await generateSyntheticData(dataSource, { scale, seed });
      expect(second.counts).toEqual(report.counts);
      expect(await fingerprint(dataSource, seed)).toEqual(await fingerprint(t.dataSource, seed));
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    }
  });
});
