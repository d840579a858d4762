import { writeExchange, type ExchangeCounts } from './synthetic-exchange.js';
import { existingIncubationCounts, writeIncubation, type IncubationCounts } from './synthetic-incubation.js';
import { writeRevenue, type RevenueCounts } from './synthetic-revenue.js';
import { chance, idFor, startsWith, subjects, type PgClient } from './synthetic-support.js';

/**
 * Synthetic commercialisation records on top of the synthetic projects: technologies that came out
 * of projects with a university or institute among their participants, with owners, inventors and
 * TRL histories; their invention disclosures and IP filings; agreements that license some of them to
 * companies, with obligations and milestone payments; a few spin-off companies; the owners'
 * distribution policies, revenue and its distribution (synthetic-revenue.ts); the technology
 * exchange (synthetic-exchange.ts); and incubation programmes the startups go through
 * (synthetic-incubation.ts).
 *
 * Written set-based in SQL, inside the synthetic data's transaction. Randomness is a hash of the
 * seed and the row's key (`chance(...)`), so the same seed gives the same rows, ids included.
 */

export interface CommercialisationCounts extends RevenueCounts, ExchangeCounts, IncubationCounts {
  technologies: number;
  agreements: number;
  disclosures: number;
  ipFilings: number;
  obligations: number;
  milestonePayments: number;
  spinOffs: number;
  /** Organisations made here (spin-off startups, and a broker when the data has no intermediary). */
  organizations: number;
  /** Their admins' memberships. */
  memberships: number;
}

export type CommercialisationCountName = Exclude<keyof CommercialisationCounts, 'organizations' | 'memberships'>;

/** The counts of what a seed's commercialisation data holds, for a run that finds it already there. */
export async function existingCommercialisationCounts(client: PgClient, codePrefix: string, slugPrefix: string): Promise<Record<CommercialisationCountName, number>> {
  const { rows } = await client.query(
    `WITH t AS (SELECT id FROM technology WHERE code LIKE $1), a AS (SELECT id FROM agreement WHERE code LIKE $1),
          o AS (SELECT id FROM organization WHERE slug LIKE $2), d AS (SELECT id FROM revenue_distribution WHERE agreement_id IN (SELECT id FROM a)),
          offers AS (SELECT id FROM technology_offer WHERE technology_id IN (SELECT id FROM t))
     SELECT (SELECT count(*) FROM t)::int AS technologies,
            (SELECT count(*) FROM a)::int AS agreements,
            (SELECT count(*) FROM invention_disclosure WHERE technology_id IN (SELECT id FROM t))::int AS disclosures,
            (SELECT count(*) FROM ip_filing WHERE technology_id IN (SELECT id FROM t))::int AS "ipFilings",
            (SELECT count(*) FROM agreement_obligation WHERE agreement_id IN (SELECT id FROM a))::int AS obligations,
            (SELECT count(*) FROM agreement_milestone_payment WHERE agreement_id IN (SELECT id FROM a))::int AS "milestonePayments",
            (SELECT count(*) FROM spin_off WHERE organization_id IN (SELECT id FROM o))::int AS "spinOffs",
            (SELECT count(*) FROM distribution_policy WHERE organization_id IN (SELECT id FROM o))::int AS policies,
            (SELECT count(*) FROM revenue_receipt WHERE agreement_id IN (SELECT id FROM a))::int AS receipts,
            (SELECT count(*) FROM revenue_cost WHERE agreement_id IN (SELECT id FROM a))::int AS costs,
            (SELECT count(*) FROM d)::int AS distributions,
            (SELECT count(*) FROM distribution_line WHERE distribution_id IN (SELECT id FROM d))::int AS "distributionLines",
            (SELECT count(*) FROM offers)::int AS offers,
            (SELECT count(*) FROM technology_demand WHERE organization_id IN (SELECT id FROM o))::int AS demands,
            (SELECT count(*) FROM exchange_interest WHERE organization_id IN (SELECT id FROM o))::int AS interests,
            (SELECT count(*) FROM deal WHERE offer_id IN (SELECT id FROM offers))::int AS deals`,
    [startsWith(codePrefix), startsWith(slugPrefix)],
  );
  return { ...(rows[0] as Omit<Record<CommercialisationCountName, number>, keyof IncubationCounts>), ...(await existingIncubationCounts(client, slugPrefix)) };
}

export async function writeCommercialisation(
  client: PgClient,
  seed: number,
  prefixes: { codePrefix: string; slugPrefix: string },
  asOf: string,
  log: (message: string) => void,
): Promise<CommercialisationCounts> {
  const { codePrefix, slugPrefix } = prefixes;
  const like = startsWith(codePrefix);
  const subjectRows = subjects.map((_, i) => `(${i}, $${i * 3 + 5}, $${i * 3 + 6}, $${i * 3 + 7})`).join(', ');
  const subjectValues = subjects.flat();

  // About one in six running or finished projects with an academic participant produced a technology.
  const technologies = await client.query(
    `WITH subject(n, title, keywords, field) AS (VALUES ${subjectRows}),
     candidate AS (
       SELECT p.id AS project_id, p.code, p.created_by, coalesce(p.start_date, p.created_at::date) AS started,
              (SELECT pp.organization_id FROM project_participant pp JOIN organization o ON o.id = pp.organization_id
                WHERE pp.project_id = p.id AND pp.status = 'ACTIVE' AND o.helix = 'ACADEMIA' ORDER BY pp.created_at, pp.id LIMIT 1) AS academic_id,
              (SELECT pp.organization_id FROM project_participant pp JOIN organization o ON o.id = pp.organization_id
                WHERE pp.project_id = p.id AND pp.status = 'ACTIVE' AND o.helix = 'INDUSTRY' ORDER BY pp.created_at, pp.id LIMIT 1) AS company_id
         FROM project p
        WHERE p.code LIKE $2 AND p.status IN ('ACTIVE', 'ON_HOLD', 'COMPLETED')
     ),
     chosen AS (
       SELECT c.*, row_number() OVER (ORDER BY c.code) AS n
         FROM candidate c WHERE c.academic_id IS NOT NULL AND ${chance(`c.code || ':technology'`)} < 0.17
     ),
     made AS (
       INSERT INTO technology (id, code, title, abstract, fields, keywords, created_by, created_at, updated_at)
       SELECT ${idFor('technology', 'ch.n')}, $3 || 'T' || lpad(ch.n::text, 6, '0'),
              s.title || ' (sample ' || ch.n || ')',
              'Sample data: an invented research result of project ' || ch.code || ', generated by seed:synthetic.',
              ARRAY[s.field], string_to_array(s.keywords, ', '), ch.created_by,
              least(ch.started + 60, $4::date)::timestamptz, least(ch.started + 60, $4::date)::timestamptz
         FROM chosen ch JOIN subject s ON s.n = (ch.n * 7 + floor(${chance(`ch.code || ':subject'`)} * 12)::int) % 12
       RETURNING id, code
     ),
     origin AS (
       INSERT INTO technology_project (technology_id, project_id)
       SELECT m.id, ch.project_id FROM made m JOIN chosen ch ON m.code = $3 || 'T' || lpad(ch.n::text, 6, '0')
       RETURNING technology_id
     )
     SELECT (SELECT count(*) FROM made)::int AS n, (SELECT count(*) FROM origin)::int AS origins`,
    [seed, like, `${codePrefix}`, asOf, ...subjectValues],
  );
  const technologyCount = Number(technologies.rows[0].n);

  // Origin, owners (the university alone, or 70/30 with a company of the project), inventors (one to
  // three of the university's members) and one to three TRL assessments, rising.
  await client.query(
    `WITH origin AS (
       SELECT t.id AS technology_id, t.created_at::date AS since, t.code,
              (SELECT pp.organization_id FROM project_participant pp JOIN organization o ON o.id = pp.organization_id
                WHERE pp.project_id = tp.project_id AND pp.status = 'ACTIVE' AND o.helix = 'ACADEMIA' ORDER BY pp.created_at, pp.id LIMIT 1) AS academic_id,
              (SELECT pp.organization_id FROM project_participant pp JOIN organization o ON o.id = pp.organization_id
                WHERE pp.project_id = tp.project_id AND pp.status = 'ACTIVE' AND o.helix = 'INDUSTRY' ORDER BY pp.created_at, pp.id LIMIT 1) AS company_id
         FROM technology t JOIN technology_project tp ON tp.technology_id = t.id WHERE t.code LIKE $2
     ),
     split AS (
       SELECT o.*, (o.company_id IS NOT NULL AND ${chance(`o.code || ':co-owned'`)} < 0.3) AS shared FROM origin o
     )
     INSERT INTO technology_owner (id, technology_id, organization_id, share, valid_from)
     SELECT ${idFor('owner', `s.code || ':a'`)}, s.technology_id, s.academic_id, CASE WHEN s.shared THEN 70 ELSE 100 END, s.since FROM split s
     UNION ALL
     SELECT ${idFor('owner', `s.code || ':c'`)}, s.technology_id, s.company_id, 30, s.since FROM split s WHERE s.shared`,
    [seed, like],
  );
  await client.query(
    `WITH academic AS (
       SELECT t.id AS technology_id, t.code, o.organization_id,
              1 + floor(${chance(`t.code || ':inventors'`)} * 3)::int AS wanted
         FROM technology t JOIN technology_owner o ON o.technology_id = t.id
        WHERE t.code LIKE $2 AND o.share >= 70
     ),
     ranked AS (
       SELECT a.technology_id, a.code, a.organization_id, a.wanted, m.user_id,
              row_number() OVER (PARTITION BY a.technology_id ORDER BY md5(a.code || m.user_id::text)) AS rank
         FROM academic a JOIN membership m ON m.organization_id = a.organization_id AND m.status = 'ACTIVE'
     ),
     picked AS (
       SELECT r.*, count(*) OVER (PARTITION BY r.technology_id) AS team FROM ranked r WHERE r.rank <= r.wanted
     )
     INSERT INTO technology_inventor (id, technology_id, user_id, affiliation_organization_id, share)
     SELECT ${idFor('inventor', `p.code || ':' || p.rank`)}, p.technology_id, p.user_id, p.organization_id,
            (CASE p.team WHEN 1 THEN ARRAY[100] WHEN 2 THEN ARRAY[60, 40] ELSE ARRAY[50, 30, 20] END)[p.rank]
       FROM picked p`,
    [seed, like],
  );
  await client.query(
    `WITH steps AS (
       SELECT t.id AS technology_id, t.code, t.created_at::date AS since, t.created_by, step,
              1 + floor(${chance(`t.code || ':trl-steps'`)} * 3)::int AS steps,
              2 + floor(${chance(`t.code || ':trl-start'`)} * 3)::int AS start
         FROM technology t CROSS JOIN generate_series(0, 2) AS step WHERE t.code LIKE $2
     )
     INSERT INTO trl_assessment (id, technology_id, level, assessed_on, assessor_name, evidence, recorded_by, created_at)
     SELECT ${idFor('trl', `s.code || ':' || s.step`)}, s.technology_id, least(9, s.start + 2 * s.step),
            least(s.since + 120 * s.step, $3::date), 'Sample assessor (sample data)',
            'Sample data: invented test report ' || s.code || '-' || (s.step + 1), s.created_by,
            (least(s.since + 120 * s.step, $3::date))::timestamptz + s.step * interval '1 hour'
       FROM steps s WHERE s.step < s.steps`,
    [seed, like, asOf],
  );
  log(`${technologyCount} technologies with owners, inventors and TRL histories`);

  // About a third of the technologies are licensed or optioned to a company: the industrial partner
  // of their project when there is one, otherwise no agreement.
  const agreements = await client.query(
    `WITH licensable AS (
       SELECT t.id AS technology_id, t.code, t.created_by, t.created_at::date AS since,
              (SELECT o.organization_id FROM technology_owner o WHERE o.technology_id = t.id ORDER BY o.share DESC, o.id LIMIT 1) AS licensor_id,
              (SELECT pp.organization_id FROM technology_project tp JOIN project_participant pp ON pp.project_id = tp.project_id
                 JOIN organization org ON org.id = pp.organization_id
                WHERE tp.technology_id = t.id AND pp.status = 'ACTIVE' AND org.helix = 'INDUSTRY'
                  AND NOT EXISTS (SELECT 1 FROM technology_owner ow WHERE ow.technology_id = t.id AND ow.organization_id = pp.organization_id)
                ORDER BY pp.created_at, pp.id LIMIT 1) AS licensee_id,
              ${chance(`t.code || ':licensed'`)} AS luck, ${chance(`t.code || ':deal'`)} AS kind_luck
         FROM technology t WHERE t.code LIKE $2
     ),
     chosen AS (
       SELECT l.*, row_number() OVER (ORDER BY l.code) AS n FROM licensable l WHERE l.licensee_id IS NOT NULL AND l.luck < 0.45
     ),
     shaped AS (
       SELECT c.*,
              CASE WHEN c.kind_luck < 0.45 THEN 'LICENCE_NON_EXCLUSIVE' WHEN c.kind_luck < 0.7 THEN 'LICENCE_EXCLUSIVE'
                   WHEN c.kind_luck < 0.82 THEN 'OPTION' WHEN c.kind_luck < 0.9 THEN 'ASSIGNMENT' ELSE 'SPONSORED_RESEARCH' END AS type,
              CASE WHEN c.luck < 0.06 THEN 'NEGOTIATING' WHEN c.luck < 0.1 THEN 'EXECUTED' WHEN c.luck < 0.38 THEN 'ACTIVE'
                   WHEN c.luck < 0.42 THEN 'EXPIRED' ELSE 'TERMINATED' END AS status,
              least(c.since + 200 + floor(c.luck * 400)::int, $4::date) AS signed
         FROM chosen c
     ),
     made AS (
       INSERT INTO agreement (id, code, title, type, status, licensee_organization_id, territory, field_of_use, currency, upfront_fee, royalty_rate,
                              effective_on, expires_on, executed_on, ended_on, created_by, created_at, updated_at)
       SELECT ${idFor('agreement', 's.n')}, $3 || 'A' || lpad(s.n::text, 6, '0'), 'Sample licence of ' || s.code, s.type, s.status, s.licensee_id,
              ARRAY['VN'], 'Sample data: invented field of use', 'VND', (50 + floor(s.kind_luck * 20) * 25) * 1000000,
              CASE WHEN s.type LIKE 'LICENCE%' THEN 2 + floor(s.luck * 40) / 10 END,
              s.signed, s.signed + 5 * 365, CASE WHEN s.status <> 'NEGOTIATING' THEN s.signed END,
              CASE WHEN s.status IN ('EXPIRED', 'TERMINATED') THEN least(s.signed + 365, $4::date) END,
              s.created_by, (s.signed - 60)::timestamptz, s.signed::timestamptz
         FROM shaped s
       RETURNING id, code
     ),
     licensed AS (
       INSERT INTO agreement_technology (agreement_id, technology_id)
       SELECT m.id, s.technology_id FROM made m JOIN shaped s ON $3 || 'A' || lpad(s.n::text, 6, '0') = m.code
       RETURNING agreement_id
     ),
     granted AS (
       INSERT INTO agreement_licensor (agreement_id, organization_id)
       SELECT m.id, s.licensor_id FROM made m JOIN shaped s ON $3 || 'A' || lpad(s.n::text, 6, '0') = m.code
       RETURNING agreement_id
     )
     SELECT (SELECT count(*) FROM made)::int AS n, (SELECT count(*) FROM licensed) + (SELECT count(*) FROM granted) AS links`,
    [seed, like, codePrefix, asOf],
  );
  const licensedCount = Number(agreements.rows[0].n);

  const spinOffs = await writeSpinOffs(client, seed, like, codePrefix, slugPrefix, asOf);
  log(`${licensedCount + spinOffs.agreements} agreements, ${spinOffs.spinOffs} of them with spin-offs`);
  const ip = await writeDisclosuresAndFilings(client, seed, like, codePrefix, asOf);
  log(`${ip.disclosures} invention disclosures, ${ip.ipFilings} IP filings`);
  const terms = await writeAgreementTerms(client, seed, like, asOf);
  log(`${terms.obligations} obligations, ${terms.milestonePayments} milestone payments`);
  await client.query('ANALYZE technology, technology_owner, technology_inventor, agreement, agreement_technology, agreement_licensor, ip_filing, invention_disclosure');
  const revenue = await writeRevenue(client, seed, codePrefix, slugPrefix, asOf);
  log(`${revenue.policies} distribution policies, ${revenue.receipts} receipts, ${revenue.costs} costs, ${revenue.distributions} distributions with ${revenue.distributionLines} lines`);
  const exchange = await writeExchange(client, seed, codePrefix, slugPrefix, asOf);
  log(`${exchange.offers} offers, ${exchange.demands} demands, ${exchange.interests} interests, ${exchange.deals} deals`);
  // After the spin-offs, so that some of them went through incubation.
  const incubation = await writeIncubation(client, seed, slugPrefix, asOf);
  log(`${incubation.incubationProgrammes} incubation programmes, ${incubation.incubationCohorts} cohorts, ${incubation.incubationApplications} applications`);
  return {
    technologies: technologyCount,
    agreements: licensedCount + spinOffs.agreements,
    ...ip,
    ...terms,
    spinOffs: spinOffs.spinOffs,
    ...revenue,
    ...exchange,
    ...incubation,
    organizations: spinOffs.spinOffs + exchange.organizations,
    memberships: spinOffs.spinOffs + exchange.organizations,
  };
}

/**
 * A few technologies owned by one university alone, not licensed yet and assessed at TRL 4 or more,
 * become spin-off companies: a new startup (its admin the lead inventor, who then works in two
 * organisations) that holds an exclusive licence of the technology and in which the university keeps
 * some equity. About one technology in fifty, and at least one.
 */
async function writeSpinOffs(client: PgClient, seed: number, like: string, codePrefix: string, slugPrefix: string, asOf: string): Promise<{ spinOffs: number; agreements: number }> {
  const result = await client.query(
    `WITH candidate AS (
       SELECT t.id AS technology_id, t.code, t.title, t.created_at::date AS since, o.organization_id AS parent_id, parent.name AS parent_name, parent.province,
              (SELECT i.user_id FROM technology_inventor i
                WHERE i.technology_id = t.id AND i.user_id IS NOT NULL AND (SELECT count(*) FROM membership m WHERE m.user_id = i.user_id) = 1
                ORDER BY i.share DESC, i.id LIMIT 1) AS founder_id,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = o.organization_id AND m.status = 'ACTIVE' AND m.role = 'ADMIN' ORDER BY m.id LIMIT 1) AS parent_admin_id,
              ${chance(`t.code || ':spin-off'`)} AS luck
         FROM technology t JOIN technology_owner o ON o.technology_id = t.id AND o.share = 100
         JOIN organization parent ON parent.id = o.organization_id AND parent.helix = 'ACADEMIA'
        WHERE t.code LIKE $2 AND t.current_trl >= 4 AND t.created_at::date <= $4::date - 330 AND NOT EXISTS (SELECT 1 FROM agreement_technology x WHERE x.technology_id = t.id)
     ),
     chosen AS (
       SELECT c.*, row_number() OVER (ORDER BY c.luck, c.code) AS n,
              least(c.since + 240 + floor(c.luck * 3000)::int % 400, $4::date - 90) AS founded
         FROM candidate c WHERE c.founder_id IS NOT NULL AND c.parent_admin_id IS NOT NULL
     ),
     picked AS (
       SELECT c.* FROM chosen c WHERE c.n <= greatest(1, round((SELECT count(*) FROM technology WHERE code LIKE $2) / 50.0))
     ),
     startup AS (
       INSERT INTO organization (id, slug, name, name_en, helix, secondary_helices, kind, country, province, description, verified, created_at, updated_at)
       SELECT ${idFor('spin-off-organization', 'p.n')}, $5 || 'spinoff-' || p.n,
              'Công ty Cổ phần Khởi nghiệp Công nghệ ' || p.n || ' (spin-off)', 'Spin-off Technology Startup ' || p.n,
              'INDUSTRY', ARRAY['ACADEMIA'], 'STARTUP', 'VN', p.province,
              'Sample data: an invented spin-off company of ' || p.parent_name || ', founded on technology ' || p.code || ', generated by seed:synthetic. Not a real organisation.',
              false, p.founded::timestamptz + interval '9 hours', p.founded::timestamptz + interval '9 hours'
         FROM picked p
       RETURNING id
     ),
     admin AS (
       INSERT INTO membership (id, organization_id, user_id, role, status, position, since, created_at, updated_at)
       SELECT ${idFor('spin-off-membership', 'p.n')}, ${idFor('spin-off-organization', 'p.n')}, p.founder_id, 'ADMIN', 'ACTIVE', 'Founder (sample data)', p.founded,
              p.founded::timestamptz + interval '9 hours', p.founded::timestamptz + interval '9 hours'
         FROM picked p
       RETURNING id
     ),
     licence AS (
       INSERT INTO agreement (id, code, title, type, status, licensee_organization_id, territory, field_of_use, currency, upfront_fee, royalty_rate,
                              effective_on, expires_on, executed_on, created_by, version, created_at, updated_at)
       SELECT ${idFor('spin-off-agreement', 'p.n')}, $3 || 'S' || lpad(p.n::text, 6, '0'), 'Sample spin-off licence of ' || p.code, 'LICENCE_EXCLUSIVE', 'ACTIVE',
              ${idFor('spin-off-organization', 'p.n')}, ARRAY['VN'], 'Sample data: every field of use, for the spin-off', 'VND', 0, 2.5,
              p.founded + 30, p.founded + 30 + 10 * 365, p.founded + 30, p.parent_admin_id, 3,
              (p.founded + 10)::timestamptz, (p.founded + 30)::timestamptz
         FROM picked p
       RETURNING id
     ),
     licensed AS (
       INSERT INTO agreement_technology (agreement_id, technology_id)
       SELECT ${idFor('spin-off-agreement', 'p.n')}, p.technology_id FROM picked p
       RETURNING agreement_id
     ),
     granted AS (
       INSERT INTO agreement_licensor (agreement_id, organization_id)
       SELECT ${idFor('spin-off-agreement', 'p.n')}, p.parent_id FROM picked p
       RETURNING agreement_id
     ),
     spun AS (
       INSERT INTO spin_off (id, organization_id, parent_organization_id, agreement_id, founded_on, equity_held, status, created_by, version, created_at, updated_at)
       SELECT ${idFor('spin-off', 'p.n')}, ${idFor('spin-off-organization', 'p.n')}, p.parent_id, ${idFor('spin-off-agreement', 'p.n')}, p.founded,
              5 * (1 + floor(${chance(`p.code || ':equity'`)} * 6)),
              CASE WHEN ${chance(`p.code || ':spin-off-status'`)} < 0.8 THEN 'ACTIVE' WHEN ${chance(`p.code || ':spin-off-status'`)} < 0.9 THEN 'ACQUIRED' ELSE 'CLOSED' END,
              p.parent_admin_id, 1, (p.founded + 31)::timestamptz, (p.founded + 31)::timestamptz
         FROM picked p
       RETURNING id
     )
     SELECT (SELECT count(*) FROM spun)::int AS spin_offs, (SELECT count(*) FROM licence)::int AS agreements`,
    [seed, like, codePrefix, asOf, slugPrefix],
  );
  return { spinOffs: Number(result.rows[0].spin_offs), agreements: Number(result.rows[0].agreements) };
}

/**
 * Invention disclosures for most technologies (most DECIDED; licensed ones were decided PROTECT),
 * and IP filings for those decided PROTECT: a Vietnamese patent or utility solution whose status
 * follows its age (published at 19 months, examined, granted after three to five years, a few
 * abandoned, rejected or withdrawn), for some patents a PCT application within the priority year, and
 * for PCT applications past 30 months their national or regional phases.
 */
async function writeDisclosuresAndFilings(client: PgClient, seed: number, like: string, codePrefix: string, asOf: string): Promise<{ disclosures: number; ipFilings: number }> {
  const disclosures = await client.query(
    `WITH base AS (
       SELECT t.id AS technology_id, t.code, t.title, t.created_at::date AS since, t.created_by, o.organization_id,
              (SELECT i.user_id FROM technology_inventor i WHERE i.technology_id = t.id AND i.user_id IS NOT NULL ORDER BY i.share DESC, i.id LIMIT 1) AS inventor_id,
              (SELECT m.user_id FROM membership m WHERE m.organization_id = o.organization_id AND m.status = 'ACTIVE' AND m.role = 'ADMIN' ORDER BY m.id LIMIT 1) AS admin_id,
              EXISTS (SELECT 1 FROM agreement_technology x WHERE x.technology_id = t.id) AS licensed,
              ${chance(`t.code || ':disclosure'`)} AS luck, ${chance(`t.code || ':decision'`)} AS pick
         FROM technology t JOIN technology_owner o ON o.technology_id = t.id AND o.share >= 70
        WHERE t.code LIKE $2
     ),
     shaped AS (
       SELECT b.*, coalesce(b.inventor_id, b.created_by) AS discloser, coalesce(b.admin_id, b.created_by) AS decider,
              CASE WHEN b.licensed OR b.luck < 0.76 THEN 'DECIDED' WHEN b.luck < 0.83 THEN 'UNDER_EVALUATION' WHEN b.luck < 0.88 THEN 'SUBMITTED' ELSE 'DRAFT' END AS status,
              CASE WHEN b.licensed OR b.pick < 0.62 THEN 'PROTECT' WHEN b.pick < 0.86 THEN 'PUBLISH' ELSE 'RELEASE_TO_INVENTORS' END AS decision,
              least(b.since + 5, $3::date)::timestamptz + interval '2 hours' AS created,
              least(b.since + 12, $3::date)::timestamptz + interval '3 hours' AS submitted,
              least(b.since + 20, $3::date)::timestamptz + interval '4 hours' AS evaluated,
              least(b.since + 40 + floor(b.luck * 60)::int, $3::date)::timestamptz + interval '5 hours' AS decided
         FROM base b WHERE b.licensed OR b.luck < 0.93
     )
     INSERT INTO invention_disclosure (id, technology_id, organization_id, title, description, status, decision, decision_notes,
                                       submitted_at, submitted_by, decided_at, decided_by, created_by, version, created_at, updated_at)
     SELECT ${idFor('disclosure', 's.code')}, s.technology_id, s.organization_id, 'Disclosure: ' || s.title,
            'Sample data: an invented invention disclosure of ' || s.code || ', generated by seed:synthetic.', s.status,
            CASE WHEN s.status = 'DECIDED' THEN s.decision END,
            CASE WHEN s.status = 'DECIDED' THEN 'Sample data: invented evaluation (' || lower(s.decision) || ').' END,
            CASE WHEN s.status <> 'DRAFT' THEN s.submitted END, CASE WHEN s.status <> 'DRAFT' THEN s.discloser END,
            CASE WHEN s.status = 'DECIDED' THEN s.decided END, CASE WHEN s.status = 'DECIDED' THEN s.decider END,
            s.discloser, CASE s.status WHEN 'DRAFT' THEN 1 WHEN 'SUBMITTED' THEN 2 WHEN 'UNDER_EVALUATION' THEN 3 ELSE 4 END,
            s.created, CASE s.status WHEN 'DRAFT' THEN s.created WHEN 'SUBMITTED' THEN s.submitted WHEN 'UNDER_EVALUATION' THEN s.evaluated ELSE s.decided END
       FROM shaped s`,
    [seed, like, asOf],
  );

  // Vietnamese filings: a patent (six in ten) or a utility solution, filed some weeks after the decision.
  const national = await client.query(
    `WITH decided AS (
       SELECT d.technology_id, t.code, t.title, d.decided_at::date AS decided, d.decided_by,
              row_number() OVER (ORDER BY t.code) AS n,
              ${chance(`t.code || ':ip-type'`)} AS kind_luck, ${chance(`t.code || ':ip-fate'`)} AS fate
         FROM invention_disclosure d JOIN technology t ON t.id = d.technology_id
        WHERE t.code LIKE $2 AND d.decision = 'PROTECT'
     ),
     dated AS (
       SELECT d.*, CASE WHEN d.kind_luck < 0.6 THEN 'PATENT' ELSE 'UTILITY_SOLUTION' END AS type,
              least(d.decided + 20 + floor(d.kind_luck * 1000)::int % 60, $3::date) AS filed
         FROM decided d
     ),
     timed AS (
       SELECT d.*, (d.filed + interval '19 months')::date AS published, (d.filed + make_interval(months => 36 + floor(d.fate * 18)::int))::date AS granted
         FROM dated d
     ),
     shaped AS (
       SELECT t.*,
              CASE WHEN t.fate >= 0.94 AND t.filed < $3::date - 240 THEN (ARRAY['ABANDONED', 'REJECTED', 'WITHDRAWN'])[1 + floor((t.fate - 0.94) * 50)::int]
                   WHEN t.fate < 0.7 AND t.granted <= $3::date THEN CASE WHEN t.fate < 0.03 THEN 'LAPSED' ELSE 'GRANTED' END
                   WHEN t.published <= $3::date THEN CASE WHEN t.fate < 0.85 THEN 'UNDER_EXAMINATION' ELSE 'PUBLISHED' END
                   WHEN t.filed < $3::date - 90 AND t.fate < 0.3 THEN 'UNDER_EXAMINATION'
                   ELSE 'FILED' END AS status
         FROM timed t
     )
     INSERT INTO ip_filing (id, technology_id, type, jurisdiction, title, application_number, priority_date, filing_date, publication_date, publication_number,
                            grant_date, registration_number, expiry_date, status, created_by, version, created_at, updated_at)
     SELECT ${idFor('ip-filing', `s.code || ':VN'`)}, s.technology_id, s.type, 'VN', s.title,
            $4 || CASE s.type WHEN 'PATENT' THEN '1-' ELSE '2-' END || extract(year FROM s.filed) || '-' || lpad(s.n::text, 5, '0'),
            s.filed, s.filed,
            CASE WHEN s.published <= $3::date THEN s.published END,
            CASE WHEN s.published <= $3::date THEN $4 || 'VN-' || extract(year FROM s.published) || '-' || lpad(s.n::text, 5, '0') END,
            CASE WHEN s.status IN ('GRANTED', 'LAPSED') THEN s.granted END,
            CASE WHEN s.status IN ('GRANTED', 'LAPSED') THEN $4 || CASE s.type WHEN 'PATENT' THEN '1-' ELSE '2-' END || lpad(s.n::text, 7, '0') END,
            CASE WHEN s.status IN ('GRANTED', 'LAPSED') THEN (s.filed + CASE s.type WHEN 'PATENT' THEN interval '20 years' ELSE interval '10 years' END)::date END,
            s.status, s.decided_by,
            CASE s.status WHEN 'FILED' THEN 1 WHEN 'PUBLISHED' THEN 2 WHEN 'UNDER_EXAMINATION' THEN 2 + (s.published <= $3::date)::int WHEN 'GRANTED' THEN 4 WHEN 'LAPSED' THEN 5 ELSE 3 END,
            s.filed::timestamptz + interval '3 hours',
            least($3::date, CASE WHEN s.status IN ('GRANTED', 'LAPSED') THEN s.granted WHEN s.published <= $3::date THEN s.published ELSE s.filed END)::timestamptz + interval '4 hours'
       FROM shaped s`,
    [seed, like, asOf, codePrefix],
  );

  // PCT applications within the priority year for three patents in ten, published at 18 months.
  const international = await client.query(
    `WITH vn AS (
       SELECT f.id, f.technology_id, t.code, f.title, f.priority_date, f.filing_date, f.created_by,
              row_number() OVER (ORDER BY t.code) AS n, ${chance(`t.code || ':pct'`)} AS luck
         FROM ip_filing f JOIN technology t ON t.id = f.technology_id
        WHERE t.code LIKE $2 AND f.jurisdiction = 'VN' AND f.type = 'PATENT' AND f.status NOT IN ('ABANDONED', 'WITHDRAWN')
     ),
     shaped AS (
       SELECT v.*, (v.filing_date + interval '11 months')::date AS filed, (v.priority_date + interval '18 months')::date AS published
         FROM vn v WHERE v.luck < 0.3 AND (v.filing_date + interval '11 months')::date <= $3::date
     )
     INSERT INTO ip_filing (id, technology_id, type, jurisdiction, title, application_number, priority_date, filing_date, publication_date, publication_number,
                            status, parent_filing_id, created_by, version, created_at, updated_at)
     SELECT ${idFor('ip-filing', `s.code || ':PCT'`)}, s.technology_id, 'PATENT', 'PCT', s.title,
            $4 || 'PCT/VN' || extract(year FROM s.filed) || '/' || lpad(s.n::text, 6, '0'), s.priority_date, s.filed,
            CASE WHEN s.published <= $3::date THEN s.published END,
            CASE WHEN s.published <= $3::date THEN $4 || 'WO' || extract(year FROM s.published) || '/' || lpad(s.n::text, 6, '0') END,
            CASE WHEN s.luck < 0.02 THEN 'WITHDRAWN' WHEN s.published <= $3::date THEN 'PUBLISHED' ELSE 'FILED' END, s.id, s.created_by,
            CASE WHEN s.luck < 0.02 OR s.published <= $3::date THEN 2 ELSE 1 END,
            s.filed::timestamptz + interval '3 hours', least(s.published, $3::date)::timestamptz + interval '4 hours'
       FROM shaped s`,
    [seed, like, asOf, codePrefix],
  );

  // National and regional phases of PCT applications past 30 months: one or two offices each.
  const phases = await client.query(
    `WITH pct AS (
       SELECT f.id, f.technology_id, t.code, f.title, f.priority_date, f.created_by,
              (f.priority_date + interval '30 months')::date AS deadline, ${chance(`t.code || ':phases'`)} AS luck
         FROM ip_filing f JOIN technology t ON t.id = f.technology_id
        WHERE t.code LIKE $2 AND f.jurisdiction = 'PCT' AND f.status = 'PUBLISHED' AND (f.priority_date + interval '30 months')::date <= $3::date
     ),
     phase AS (
       SELECT p.*, k, (ARRAY['US', 'EP', 'JP', 'KR', 'CN', 'AU'])[1 + (floor(p.luck * 6)::int + 3 * k) % 6] AS office,
              p.deadline - floor(p.luck * 40)::int - 7 * k AS filed
         FROM pct p CROSS JOIN generate_series(0, 1) AS k WHERE k = 0 OR p.luck < 0.5
     )
     INSERT INTO ip_filing (id, technology_id, type, jurisdiction, title, application_number, priority_date, filing_date, status, parent_filing_id,
                            created_by, version, created_at, updated_at)
     SELECT ${idFor('ip-filing', `p.code || ':' || p.office`)}, p.technology_id, 'PATENT', p.office, p.title,
            $4 || p.office || '-' || substr(md5(p.code || p.office), 1, 10), p.priority_date, p.filed,
            CASE WHEN p.filed < $3::date - 365 THEN 'UNDER_EXAMINATION' ELSE 'FILED' END, p.id, p.created_by,
            CASE WHEN p.filed < $3::date - 365 THEN 2 ELSE 1 END, p.filed::timestamptz + interval '3 hours', p.filed::timestamptz + interval '3 hours'
       FROM phase p`,
    [seed, like, asOf, codePrefix],
  );
  return {
    disclosures: disclosures.rowCount ?? 0,
    ipFilings: (national.rowCount ?? 0) + (international.rowCount ?? 0) + (phases.rowCount ?? 0),
  };
}

/**
 * Obligations of signed agreements (reports and diligence owed by the licensee, assistance by the
 * licensors; those past met, missed or waived, those after an agreement ended waived) and milestone
 * payments for some licences and options (paid when they fell due; the receipts follow with revenue).
 */
async function writeAgreementTerms(client: PgClient, seed: number, like: string, asOf: string): Promise<{ obligations: number; milestonePayments: number }> {
  const obligations = await client.query(
    `WITH spec(position, kind, owed_by, days, licences_only, description) AS (VALUES
       (1, 'OTHER', 'LICENSOR', 90, false, 'Technical assistance and training of the licensee''s staff (sample data)'),
       (2, 'REPORT', 'LICENSEE', 365, true, 'Annual sales and royalty report, year 1 (sample data)'),
       (3, 'DILIGENCE_MILESTONE', 'LICENSEE', 540, false, 'First commercial sale of a product using the technology (sample data)'),
       (4, 'REPORT', 'LICENSEE', 730, true, 'Annual sales and royalty report, year 2 (sample data)'),
       (5, 'REPORT', 'LICENSEE', 1095, true, 'Annual sales and royalty report, year 3 (sample data)')),
     rows AS (
       SELECT a.id AS agreement_id, a.code, a.created_by, a.status, a.executed_on, a.ended_on, s.*, a.executed_on + s.days AS due,
              ${chance(`a.code || ':obligation:' || s.position`)} AS luck
         FROM agreement a CROSS JOIN spec s
        WHERE a.code LIKE $2 AND a.status <> 'NEGOTIATING' AND (a.type LIKE 'LICENCE%' OR NOT s.licences_only)
     ),
     shaped AS (
       SELECT r.*,
              CASE WHEN r.ended_on IS NOT NULL AND r.due > r.ended_on THEN 'WAIVED'
                   WHEN r.due >= $3::date THEN 'PENDING'
                   WHEN r.luck < 0.75 THEN 'MET' WHEN r.luck < 0.87 THEN 'MISSED' WHEN r.luck < 0.95 THEN 'WAIVED' ELSE 'PENDING' END AS outcome
         FROM rows r
     )
     INSERT INTO agreement_obligation (id, agreement_id, kind, description, due_on, owed_by, status, met_on, outcome_note, decided_by, created_by, version, created_at, updated_at)
     SELECT ${idFor('obligation', `s.code || ':' || s.position`)}, s.agreement_id, s.kind, s.description, s.due, s.owed_by, s.outcome,
            CASE WHEN s.outcome = 'MET' THEN s.due - floor(s.luck * 40)::int END,
            CASE s.outcome WHEN 'MISSED' THEN 'Sample data: invented shortfall.' WHEN 'WAIVED' THEN 'Sample data: waived by the licensors.' END,
            CASE WHEN s.outcome <> 'PENDING' THEN s.created_by END, s.created_by, CASE WHEN s.outcome = 'PENDING' THEN 1 ELSE 2 END,
            s.executed_on::timestamptz + interval '5 hours',
            (CASE WHEN s.outcome = 'PENDING' THEN s.executed_on ELSE least(greatest(s.due, s.ended_on), $3::date) END)::timestamptz + interval '6 hours'
       FROM shaped s`,
    [seed, like, asOf],
  );
  const payments = await client.query(
    `WITH rows AS (
       SELECT a.id AS agreement_id, a.code, a.executed_on, position, ${chance(`a.code || ':milestones'`)} AS luck
         FROM agreement a CROSS JOIN generate_series(1, 2) AS position
        WHERE a.code LIKE $2 AND a.status <> 'NEGOTIATING' AND a.type IN ('LICENCE_EXCLUSIVE', 'LICENCE_NON_EXCLUSIVE', 'OPTION')
     )
     INSERT INTO agreement_milestone_payment (id, agreement_id, position, description, amount, due_on, status, created_at)
     SELECT ${idFor('milestone-payment', `r.code || ':' || r.position`)}, r.agreement_id, r.position,
            CASE r.position WHEN 1 THEN 'On the first commercial sale (sample data)' ELSE 'On cumulative sales of 10,000 units (sample data)' END,
            (40 + floor(r.luck * 30) * 10 * r.position) * 1000000, r.executed_on + 365 * r.position,
            CASE WHEN r.executed_on + 365 * r.position + 30 <= $3::date AND ${chance(`r.code || ':paid:' || r.position`)} < 0.8 THEN 'PAID' ELSE 'PENDING' END,
            r.executed_on::timestamptz + interval '5 hours'
       FROM rows r WHERE r.luck < 0.55 AND (r.position = 1 OR r.luck < 0.3)`,
    [seed, like, asOf],
  );
  return { obligations: obligations.rowCount ?? 0, milestonePayments: payments.rowCount ?? 0 };
}
