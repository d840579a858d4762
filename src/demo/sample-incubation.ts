import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../identity/credentials.js';

/**
 * Incubation in the sample ecosystem: a sample incubator of EIU runs a programme with a finished
 * cohort (a graduate that consented to be shown and is EIU's spin-off, a startup that failed, one
 * declined) and an OPEN one; mentors from sample businesses, milestones and half-yearly reports.
 * Every text is labelled as sample data. Written once: a database that has the sample programme is
 * left as it is.
 */

const label = '(sample data)';

const organizations = [
  { slug: 'sample-eiu-incubator', name: 'Vườn ươm Khởi nghiệp EIU Mẫu', nameEn: `Sample EIU Startup Incubator ${label}`, helix: 'ACADEMIA', kind: 'INCUBATOR', parent: 'eiu' },
  { slug: 'sample-agritech-startup', name: 'Khởi nghiệp Nông nghiệp số Mẫu', nameEn: `Sample AgriTech Startup ${label}`, helix: 'INDUSTRY', kind: 'STARTUP', parent: null },
  { slug: 'sample-edtech-startup', name: 'Khởi nghiệp Giáo dục số Mẫu', nameEn: `Sample EdTech Startup ${label}`, helix: 'INDUSTRY', kind: 'STARTUP', parent: null },
] as const;

/** Mentors: people of sample businesses and of the sample polytechnic (accounts nobody can sign in with). */
const mentors = [
  { email: 'sample.mentor.water@ecosystem.sample', name: `Sample mentor, water technology engineer ${label}`, organization: 'sample-water-tech' },
  { email: 'sample.mentor.polytechnic@ecosystem.sample', name: `Sample mentor, automation lecturer ${label}`, organization: 'sample-polytechnic' },
] as const;

/** Loads the sample incubation once; returns whether it did now. */
export async function seedSampleIncubation(manager: EntityManager, authorId: string): Promise<boolean> {
  const [present] = await manager.query(`SELECT 1 FROM incubation_programme WHERE name_en = $1 LIMIT 1`, [`Sample startup incubation programme ${label}`]);
  if (present) return false;
  for (const organization of organizations) {
    await manager.query(
      `INSERT INTO organization (slug, name, name_en, helix, kind, parent_id, country, province, description, verified)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM organization WHERE slug = $6), 'VN', 'Bình Dương', $7, true) ON CONFLICT (slug) DO NOTHING`,
      [organization.slug, organization.name, organization.nameEn, organization.helix, organization.kind, organization.parent, `A fictional organisation of the sample ecosystem ${label}.`],
    );
  }
  const rows: { slug: string; id: string }[] = await manager.query(`SELECT slug, id FROM organization WHERE slug LIKE 'sample-%'`);
  const ids = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  const mentorIds: string[] = [];
  for (const mentor of mentors) {
    const [user]: { id: string }[] = await manager.query(
      `INSERT INTO user_account (email, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
      [mentor.email, mentor.name, await hashPassword(randomBytes(24).toString('base64url'))],
    );
    await manager.query(
      `INSERT INTO membership (organization_id, user_id, role, status, position) VALUES ($1, $2, 'MEMBER', 'ACTIVE', $3)
       ON CONFLICT (organization_id, user_id) WHERE status IN ('ACTIVE', 'REQUESTED') DO NOTHING`,
      [ids[mentor.organization], user.id, `Mentor ${label}`],
    );
    mentorIds.push(user.id);
  }

  const [programme]: { id: string }[] = await manager.query(
    `INSERT INTO incubation_programme (organization_id, kind, name, name_en, description, created_by)
     VALUES ($1, 'INCUBATOR', $2, $3, $4, $5) RETURNING id`,
    [
      ids['sample-eiu-incubator'],
      `Chương trình ươm tạo khởi nghiệp ${label}`,
      `Sample startup incubation programme ${label}`,
      `Nine months of mentoring, lab access at the Fablab and introductions to industrial partners for student and alumni startups ${label}.`,
      authorId,
    ],
  );
  const cohort = async (name: string, startsOn: string, endsOn: string, closeOn: string | null, status: string) => {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO incubation_cohort (programme_id, name, starts_on, ends_on, applications_close_on, seats, status) VALUES ($1, $2, $3::date, $4::date, $5::date, 5, $6) RETURNING id`,
      [programme.id, name, startsOn, endsOn, closeOn, status],
    );
    return row.id;
  };
  const finished = await cohort(`Khóa 2024 ${label}`, '2024-03-01', '2024-12-15', '2024-02-15', 'FINISHED');
  // The next intake takes applications on a first start, whenever that is.
  const [{ opens, starts, ends }]: { opens: string; starts: string; ends: string }[] = await manager.query(
    `SELECT (CURRENT_DATE + 45)::text AS opens, (CURRENT_DATE + 60)::text AS starts, (CURRENT_DATE + 330)::text AS ends`,
  );
  const open = await cohort(`Khóa tiếp theo ${label}`, starts, ends, opens, 'OPEN');

  const application = async (cohortId: string, slug: string, status: string, pitch: string, decided: string | null, endedOn: string | null, consent: boolean) => {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO incubation_application (cohort_id, startup_organization_id, pitch, status, decided_at, decided_by, decision_reason, ended_on, public_consent, applied_by, created_at)
       VALUES ($1, $2, $3, $4, $5::timestamptz, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE $6::uuid END, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE $7 END, $8::date, $9, $6,
               coalesce($5::timestamptz - interval '20 days', now()))
       RETURNING id`,
      [cohortId, ids[slug], `${pitch} ${label}`, status, decided, authorId, `Decision of the selection panel ${label}`, endedOn, consent],
    );
    return row.id;
  };
  const graduate = await application(finished, 'sample-logistics-startup', 'GRADUATED', 'Route optimisation for dry-port trucking, licensed from EIU research.', '2024-02-25', '2024-12-15', true);
  const failed = await application(finished, 'sample-agritech-startup', 'FAILED', 'Soil sensors for rubber and cashew farms.', '2024-02-25', '2024-09-30', false);
  await application(finished, 'sample-edtech-startup', 'DECLINED', 'An app for vocational exam practice.', '2024-02-25', null, false);
  await application(open, 'sample-agritech-startup', 'APPLIED', 'Soil sensors, second attempt with a field-tested prototype.', null, null, false);

  for (const [applicationId, mentor, since, endedOn] of [
    [graduate, 0, '2024-03-01', '2024-12-15'],
    [graduate, 1, '2024-06-01', null],
    [failed, 1, '2024-03-01', '2024-09-30'],
  ] as const) {
    await manager.query(
      `INSERT INTO incubation_mentor (application_id, user_id, organization_id, since, ended_on, assigned_by) VALUES ($1, $2, $3, $4::date, $5::date, $6)`,
      [applicationId, mentorIds[mentor], ids[mentors[mentor].organization], since, endedOn, authorId],
    );
  }
  for (const [applicationId, title, dueOn, status, metOn] of [
    [graduate, 'First pilot with a logistics park', '2024-06-30', 'MET', '2024-06-12'],
    [graduate, 'Seed round closed', '2024-11-30', 'MET', '2024-11-20'],
    [failed, 'Prototype tested in the field', '2024-07-31', 'MISSED', null],
  ] as const) {
    await manager.query(
      `INSERT INTO incubation_milestone (application_id, title, due_on, status, met_on, note, created_by) VALUES ($1, $2, $3::date, $4, $5::date, $6, $7)`,
      [applicationId, `${title} ${label}`, dueOn, status, metOn, `Milestone of the sample ecosystem ${label}`, authorId],
    );
  }
  for (const [applicationId, periodStart, periodEnd, funds, jobs] of [
    [graduate, '2024-01-01', '2024-06-30', '500000000', 4],
    [graduate, '2024-07-01', '2024-12-31', '1200000000', 7],
    [graduate, '2025-01-01', '2025-06-30', '2500000000', 11],
    [failed, '2024-01-01', '2024-06-30', '0', 2],
  ] as const) {
    await manager.query(
      `INSERT INTO incubation_report (application_id, period_start, period_end, funds_raised, currency, jobs, reported_by) VALUES ($1, $2::date, $3::date, $4, 'VND', $5, $6)`,
      [applicationId, periodStart, periodEnd, funds, jobs, authorId],
    );
  }
  return true;
}
