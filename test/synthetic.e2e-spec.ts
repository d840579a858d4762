import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/data-source.js';
import { generateSyntheticData, plannedCounts, SYNTHETIC_PASSWORD, type SyntheticReport } from '../scripts/synthetic/synthetic.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase } from './support/test-database.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

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
    disclosures: await digest(
      `SELECT md5(string_agg(concat_ws('|', d.id, t.code, d.organization_id, d.title, d.status, d.decision, d.submitted_at, d.submitted_by, d.decided_at, d.decided_by, d.created_by, d.version, d.created_at),
                E'\n' ORDER BY d.id)) AS digest
         FROM invention_disclosure d JOIN technology t ON t.id = d.technology_id WHERE t.code LIKE $1`,
      code,
    ),
    ipFilings: await digest(
      `SELECT md5(string_agg(concat_ws('|', f.id, t.code, f.type, f.jurisdiction, f.application_number, f.priority_date, f.filing_date, f.publication_date, f.grant_date,
                f.registration_number, f.expiry_date, f.status, f.parent_filing_id, f.created_at), E'\n' ORDER BY f.id)) AS digest
         FROM ip_filing f JOIN technology t ON t.id = f.technology_id WHERE t.code LIKE $1`,
      code,
    ),
    agreementTerms: await digest(
      `SELECT md5(concat_ws(E'\n',
                (SELECT string_agg(concat_ws('|', o.id, o.agreement_id, o.kind, o.due_on, o.owed_by, o.status, o.met_on), ',' ORDER BY o.id)
                   FROM agreement_obligation o JOIN agreement a ON a.id = o.agreement_id WHERE a.code LIKE $1),
                (SELECT string_agg(concat_ws('|', p.id, p.agreement_id, p.position, p.amount, p.due_on, p.status), ',' ORDER BY p.id)
                   FROM agreement_milestone_payment p JOIN agreement a ON a.id = p.agreement_id WHERE a.code LIKE $1),
                (SELECT string_agg(concat_ws('|', s.id, s.organization_id, s.parent_organization_id, s.agreement_id, s.founded_on, s.equity_held, s.status), ',' ORDER BY s.id)
                   FROM spin_off s JOIN agreement a ON a.id = s.agreement_id WHERE a.code LIKE $1))) AS digest`,
      code,
    ),
    revenue: await digest(
      `SELECT md5(concat_ws(E'\n',
                (SELECT string_agg(concat_ws('|', p.id, p.organization_id, p.inventors_share, p.units_share, p.institution_share, p.valid_from), ',' ORDER BY p.id)
                   FROM distribution_policy p WHERE p.organization_id IN (SELECT o.organization_id FROM technology_owner o JOIN technology t ON t.id = o.technology_id WHERE t.code LIKE $1)),
                (SELECT string_agg(concat_ws('|', r.id, r.kind, r.amount, r.received_on, r.milestone_payment_id, r.distribution_id), ',' ORDER BY r.id)
                   FROM revenue_receipt r JOIN agreement a ON a.id = r.agreement_id WHERE a.code LIKE $1),
                (SELECT string_agg(concat_ws('|', c.id, c.kind, c.amount, c.incurred_on, c.technology_id, c.distribution_id), ',' ORDER BY c.id)
                   FROM revenue_cost c JOIN agreement a ON a.id = c.agreement_id WHERE a.code LIKE $1),
                (SELECT string_agg(concat_ws('|', d.id, d.period_end, d.gross, d.costs, d.net, d.created_at), ',' ORDER BY d.id)
                   FROM revenue_distribution d JOIN agreement a ON a.id = d.agreement_id WHERE a.code LIKE $1),
                (SELECT string_agg(concat_ws('|', l.id, l.payer_organization_id, l.beneficiary_kind, l.technology_inventor_id, l.user_id, l.organization_id, l.amount, l.status, l.paid_on), ',' ORDER BY l.id)
                   FROM distribution_line l JOIN revenue_distribution d ON d.id = l.distribution_id JOIN agreement a ON a.id = d.agreement_id WHERE a.code LIKE $1))) AS digest`,
      code,
    ),
    offersAndDeals: await digest(
      `SELECT md5(concat_ws(E'\n',
                (SELECT string_agg(concat_ws('|', x.id, x.organization_id, x.kind, x.title, x.language, x.trl, x.sectors, x.concepts, x.price_amount, x.status, x.published_on, x.expires_on), ',' ORDER BY x.id)
                   FROM technology_offer x JOIN technology t ON t.id = x.technology_id WHERE t.code LIKE $1),
                (SELECT string_agg(concat_ws('|', x.id, x.broker_organization_id, x.provider_organization_id, x.seeker_organization_id, x.offer_id, x.demand_id, x.interest_id, x.stage, x.agreement_id, x.version, x.created_at,
                          (SELECT string_agg(concat_ws(':', h.id, h.from_stage, h.to_stage, h.changed_at), ';' ORDER BY h.changed_at, h.id) FROM deal_stage_change h WHERE h.deal_id = x.id)), ',' ORDER BY x.id)
                   FROM deal x JOIN technology_offer f ON f.id = x.offer_id JOIN technology t ON t.id = f.technology_id WHERE t.code LIKE $1))) AS digest`,
      code,
    ),
    demandsAndInterests: await digest(
      `SELECT md5(concat_ws(E'\n',
                (SELECT string_agg(concat_ws('|', d.id, o.slug, d.title, d.language, d.min_trl, d.budget_min, d.budget_max, d.concepts, d.status, d.published_on, d.expires_on), ',' ORDER BY d.id)
                   FROM technology_demand d JOIN organization o ON o.id = d.organization_id WHERE o.slug LIKE $1),
                (SELECT string_agg(concat_ws('|', i.id, o.slug, i.offer_id, i.demand_id, i.status, i.created_at, i.withdrawn_at), ',' ORDER BY i.id)
                   FROM exchange_interest i JOIN organization o ON o.id = i.organization_id WHERE o.slug LIKE $1))) AS digest`,
      slug,
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
    // Spin-off startups (and a broker, as this small sample has no intermediary) come on top of the planned organisations.
    const made = await count(`SELECT count(*) AS n FROM organization WHERE slug LIKE 'syn7-spinoff-%' OR slug = 'syn7-exchange-broker'`);
    expect(made).toBe(report.counts.spinOffs + 1);
    expect(report.counts).toMatchObject({ ...planned, organizations: planned.organizations + made });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE slug LIKE 'syn7-%'`)).toBe(planned.organizations + made);
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
    const rows: { helix: string; n: number }[] = await t.dataSource.query(
      `SELECT helix, count(*)::int AS n FROM organization WHERE slug NOT LIKE 'syn7-spinoff-%' AND slug <> 'syn7-exchange-broker' GROUP BY helix`,
    );
    const byHelix = Object.fromEntries(rows.map((row) => [row.helix, row.n]));
    // 15/45/25/15% of 10, largest remainders first.
    expect(byHelix).toEqual({ GOVERNMENT: 2, INDUSTRY: 5, ACADEMIA: 2, CIVIL_SOCIETY: 1 });
    expect(await count(`SELECT count(*) AS n FROM organization WHERE description NOT LIKE 'Sample data%'`)).toBe(0);
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

  it('adds disclosures, IP filings, obligations, spin-offs, revenue and the exchange, consistently', async () => {
    const c = report.counts;
    for (const name of [
      'disclosures', 'ipFilings', 'obligations', 'milestonePayments', 'spinOffs', 'policies', 'receipts', 'costs', 'distributions', 'distributionLines', 'offers', 'demands', 'interests', 'deals',
      'incubationProgrammes', 'incubationCohorts', 'incubationApplications',
      'placements', 'trainingProgrammes', 'trainingPartners', 'trainingIntakes',
    ] as const) {
      expect([name, c[name]]).toEqual([name, expect.any(Number)]);
      expect([name, c[name] > 0]).toEqual([name, true]);
    }
    expect(await count(`SELECT count(*) AS n FROM invention_disclosure`)).toBe(c.disclosures);
    expect(await count(`SELECT count(*) AS n FROM ip_filing`)).toBe(c.ipFilings);
    expect(await count(`SELECT count(*) AS n FROM deal`)).toBe(c.deals);
    expect(await count(`SELECT count(*) AS n FROM incubation_fact`)).toBe(c.incubationApplications);
    expect(c.incubationCohorts).toBe(3 * c.incubationProgrammes);
    // Admitted startups have a mentor from a business.
    expect(await count(`SELECT count(*) AS n FROM incubation_fact f WHERE f.status IN ('ADMITTED', 'GRADUATED', 'LEFT', 'FAILED')
      AND NOT EXISTS (SELECT 1 FROM incubation_mentor_fact m WHERE m.application_id = f.id)`)).toBe(0);
    // Most technologies were disclosed, most disclosures decided; filings follow PROTECT decisions only.
    expect(c.disclosures * 10).toBeGreaterThan(c.technologies * 8);
    expect(await count(`SELECT count(*) AS n FROM invention_disclosure WHERE status = 'DECIDED'`) * 2).toBeGreaterThan(c.disclosures);
    expect(await count(`SELECT count(*) AS n FROM ip_filing f WHERE NOT EXISTS (
      SELECT 1 FROM invention_disclosure d WHERE d.technology_id = f.technology_id AND d.decision = 'PROTECT')`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM ip_filing WHERE jurisdiction = 'VN'`)).toBeGreaterThan(0);
    // National phases and PCT applications claim the priority of their parent.
    expect(await count(`SELECT count(*) AS n FROM ip_filing f JOIN ip_filing p ON p.id = f.parent_filing_id
      WHERE f.priority_date <> p.priority_date OR f.filing_date < p.filing_date OR f.technology_id <> p.technology_id`)).toBe(0);
    // Spin-offs are startups licensed by their parent, each with an admin.
    expect(await count(`SELECT count(*) AS n FROM spin_off s JOIN organization o ON o.id = s.organization_id
      WHERE o.kind <> 'STARTUP' OR o.helix <> 'INDUSTRY' OR NOT EXISTS (
        SELECT 1 FROM agreement a JOIN agreement_licensor l ON l.agreement_id = a.id AND l.organization_id = s.parent_organization_id
         WHERE a.id = s.agreement_id AND a.licensee_organization_id = s.organization_id)`)).toBe(0);
    // Revenue only on signed agreements; every owner of a distributed technology has a policy.
    expect(await count(`SELECT count(*) AS n FROM revenue_receipt r JOIN agreement a ON a.id = r.agreement_id WHERE a.status = 'NEGOTIATING'`)).toBe(0);
    // Every published offer or demand has concepts for matching; texts say they are sample data.
    expect(await count(`SELECT count(*) AS n FROM technology_offer WHERE status = 'PUBLISHED' AND cardinality(concepts) = 0`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM technology_demand WHERE status = 'PUBLISHED' AND cardinality(concepts) = 0`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM technology_offer WHERE summary NOT ILIKE '%sample data%' AND summary NOT ILIKE '%dữ liệu mẫu%'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM technology_demand WHERE fold_text(description) NOT LIKE '%sample data%' AND fold_text(description) NOT LIKE '%du lieu mau%'`)).toBe(0);
    // Ids are in the uuid layout the API's id arguments accept.
    expect(
      await count(`SELECT count(*) AS n FROM (SELECT id FROM technology UNION ALL SELECT id FROM agreement UNION ALL SELECT id FROM ip_filing
        UNION ALL SELECT id FROM technology_offer UNION ALL SELECT id FROM technology_demand UNION ALL SELECT id FROM deal UNION ALL SELECT id FROM distribution_line) x
        WHERE x.id::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`),
    ).toBe(0);
    const languages: { language: string }[] = await t.dataSource.query(`SELECT DISTINCT language FROM technology_offer UNION SELECT DISTINCT language FROM technology_demand ORDER BY 1`);
    expect(languages.map((row) => row.language)).toEqual(['en', 'vi']);
  });

  it('reconciles every distribution exactly: receipts total its gross, costs its costs, lines its net', async () => {
    expect(report.counts.distributions).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) AS n FROM revenue_distribution d
        WHERE d.net <> d.gross - d.costs
           OR d.gross <> (SELECT coalesce(sum(amount), 0) FROM revenue_receipt WHERE distribution_id = d.id)
           OR d.costs <> (SELECT coalesce(sum(amount), 0) FROM revenue_cost WHERE distribution_id = d.id)
           OR d.net <> (SELECT coalesce(sum(amount), 0) FROM distribution_line WHERE distribution_id = d.id)`),
    ).toBe(0);
    // Lines go to the technology's inventors and owners, and amounts are whole dong.
    expect(await count(`SELECT count(*) AS n FROM distribution_line l JOIN revenue_distribution d ON d.id = l.distribution_id
      WHERE NOT EXISTS (SELECT 1 FROM agreement_technology x JOIN technology_owner o ON o.technology_id = x.technology_id
                         WHERE x.agreement_id = d.agreement_id AND o.organization_id = l.payer_organization_id)
         OR (l.beneficiary_kind = 'INVENTOR' AND NOT EXISTS (SELECT 1 FROM technology_inventor i WHERE i.id = l.technology_inventor_id AND i.user_id = l.user_id))
         OR l.amount <> trunc(l.amount)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM distribution_line WHERE beneficiary_kind = 'INVENTOR'`)).toBeGreaterThan(0);
  });

  it('carries deals through every stage; agreed ones name an agreement between their parties on the offered technology', async () => {
    const stages: { stage: string }[] = await t.dataSource.query(`SELECT DISTINCT stage FROM deal ORDER BY stage`);
    expect(stages.map((row) => row.stage)).toEqual(['AGREED', 'DROPPED', 'INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING']);
    expect(await count(`SELECT count(*) AS n FROM deal WHERE stage = 'AGREED'`)).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) AS n FROM deal d WHERE d.stage = 'AGREED' AND NOT EXISTS (
        SELECT 1 FROM agreement a
          JOIN agreement_licensor l ON l.agreement_id = a.id AND l.organization_id = d.provider_organization_id
          JOIN agreement_technology x ON x.agreement_id = a.id
          JOIN technology_offer o ON o.id = d.offer_id AND o.technology_id = x.technology_id
         WHERE a.id = d.agreement_id AND a.licensee_organization_id = d.seeker_organization_id AND a.status <> 'NEGOTIATING')`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM deal d JOIN organization b ON b.id = d.broker_organization_id WHERE b.kind <> 'INTERMEDIARY'`)).toBe(0);
    // The history ends at the current stage, one move per version.
    expect(
      await count(`SELECT count(*) AS n FROM deal d WHERE d.version <> (SELECT count(*) FROM deal_stage_change h WHERE h.deal_id = d.id)
         OR d.stage <> (SELECT h.to_stage FROM deal_stage_change h WHERE h.deal_id = d.id ORDER BY h.changed_at DESC, h.id LIMIT 1)`),
    ).toBe(0);
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
    const response = await t.graphql(graphql(`mutation SyntheticLogin($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { accessToken } } }`), {
      input: { email, password: SYNTHETIC_PASSWORD },
    });
    expect(response.data.login.__typename).toBe('AuthPayload');
    const projects = await t.graphql(graphql(`query SyntheticProjects { projects(first: 5) { totalCount edges { node { code participants { role } } } } }`), undefined, {
      authorization: `Bearer ${expectResult(response.data.login, 'AuthPayload').accessToken}`,
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
