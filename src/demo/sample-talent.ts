import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../identity/credentials.js';

/**
 * Talent flows of the sample ecosystem: sample people (students, an engineer, a researcher) placed
 * between the real actors and the fictional sample organisations, in every kind and status (a
 * sample EIU student interning at Becamex IDC among them), and a training programme EIU runs with
 * businesses, with partners and intakes. Every text says "(sample data)"; the sample people are
 * accounts nobody can sign in with (their passwords are never kept). Written once: a database that
 * has the sample programme is left as it is.
 */

const label = '(sample data)';

/** Sample people: who they are and the organisation they are active members of. */
const people = {
  student1: ['sample.student1@eiu.sample', 'eiu'],
  student2: ['sample.student2@eiu.sample', 'eiu'],
  student3: ['sample.student3@eiu.sample', 'eiu'],
  student4: ['sample.student4@eiu.sample', 'eiu'],
  student5: ['sample.student5@eiu.sample', 'eiu'],
  researcher: ['sample.researcher@eiu.sample', 'eiu'],
  tutor: ['sample.tutor@eiu.sample', 'eiu'],
  polyStudent1: ['sample.student1@polytechnic.sample', 'sample-polytechnic'],
  polyStudent2: ['sample.student2@polytechnic.sample', 'sample-polytechnic'],
  supervisor: ['sample.supervisor@becamex.sample', 'becamex-idc'],
  engineer: ['sample.engineer@becamex.sample', 'becamex-idc'],
  officer: ['sample.officer@dost.sample', 'binh-duong-dost'],
} as const;

type Person = keyof typeof people;

/** [kind, person, home, host, title, starts, ends, status] */
const placements: [string, Person, string, string, string, string, string, string][] = [
  ['INTERNSHIP', 'student1', 'eiu', 'becamex-idc', 'Thực tập kỹ sư tại Becamex IDC', '2024-06-03', '2024-08-30', 'COMPLETED'],
  ['INTERNSHIP', 'student5', 'eiu', 'becamex-idc', 'Thực tập hệ thống chiếu sáng thông minh', '2025-06-02', '2025-08-29', 'RUNNING'],
  ['INTERNSHIP', 'student2', 'eiu', 'sample-water-tech', 'Internship in water-quality sensing', '2025-06-02', '2025-09-26', 'RUNNING'],
  ['INTERNSHIP', 'polyStudent1', 'sample-polytechnic', 'becamex-idc', 'Thực tập bảo trì tự động hóa', '2025-07-01', '2025-09-30', 'AGREED'],
  ['INTERNSHIP', 'student3', 'eiu', 'sample-logistics-startup', 'Internship in route optimisation', '2026-06-01', '2026-08-28', 'PROPOSED'],
  ['LAB_TRAINING', 'polyStudent2', 'sample-polytechnic', 'eiu-fablab', 'Đào tạo chế tạo tại Fablab EIU', '2025-03-03', '2025-05-30', 'COMPLETED'],
  ['SECONDMENT', 'engineer', 'becamex-idc', 'eiu', 'Secondment to teach industrial automation', '2025-09-01', '2026-01-30', 'RUNNING'],
  ['INDUSTRIAL_PHD', 'researcher', 'eiu', 'becamex-idc', 'Industrial PhD on smart industrial-park energy', '2025-10-01', '2028-09-30', 'AGREED'],
  ['JOINT_APPOINTMENT', 'officer', 'binh-duong-dost', 'eiu', 'Joint appointment as adjunct lecturer in innovation policy', '2024-09-01', '2025-06-30', 'CANCELLED'],
  ['INTERNSHIP', 'student4', 'eiu', 'sample-water-tech', 'Internship in membrane filtration', '2024-06-03', '2024-08-30', 'WITHDRAWN'],
];

/** Loads the sample talent flows once; returns whether it did now. */
export async function seedSampleTalent(manager: EntityManager, authorId: string, ids: Record<string, string>): Promise<boolean> {
  const [present] = await manager.query(`SELECT 1 FROM training_programme WHERE title LIKE $1 LIMIT 1`, [`%${label}%`]);
  if (present) return false;
  const userIds = {} as Record<Person, string>;
  for (const [person, [email, organization]] of Object.entries(people) as [Person, (typeof people)[Person]][]) {
    const [user]: { id: string }[] = await manager.query(
      `INSERT INTO user_account (email, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
      [email, `Sample ${person.replace(/([A-Z])/g, ' $1').replace(/\d/, ' $&').toLowerCase()} ${label}`, await hashPassword(randomBytes(24).toString('base64url'))],
    );
    userIds[person] = user.id;
    await manager.query(
      `INSERT INTO membership (organization_id, user_id, role, status, position, since)
       VALUES ($1, $2, 'MEMBER', 'ACTIVE', $3, '2023-09-01')
       ON CONFLICT (organization_id, user_id) WHERE status IN ('ACTIVE', 'REQUESTED') DO NOTHING`,
      [ids[organization], user.id, `Sample data`],
    );
  }
  for (const [kind, person, home, host, title, startsOn, endsOn, status] of placements) {
    const agreed = status !== 'PROPOSED';
    await manager.query(
      `INSERT INTO placement (kind, person_user_id, home_organization_id, host_organization_id, supervisor_user_id, tutor_user_id, title, topic,
                              starts_on, ends_on, status, proposed_by_side, home_agreed_by, home_agreed_at, host_agreed_by, host_agreed_at, withdrawn_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'HOME', $12, now(), $13, CASE WHEN $13::uuid IS NULL THEN NULL ELSE now() END,
               CASE WHEN $11 = 'WITHDRAWN' THEN now() END, $12)`,
      [
        kind,
        userIds[person],
        ids[home],
        ids[host],
        host === 'becamex-idc' ? userIds.supervisor : null,
        home === 'eiu' ? userIds.tutor : null,
        `${title} ${label}`,
        `A placement of the sample ecosystem ${label}.`,
        startsOn,
        endsOn,
        status,
        authorId,
        agreed ? authorId : null,
      ],
    );
  }

  const [programme]: { id: string }[] = await manager.query(
    `INSERT INTO training_programme (runner_organization_id, title, title_en, description, curriculum_url, field, starts_on, created_by)
     VALUES ($1, $2, $3, $4, NULL, $5, '2023-09-01', $6) RETURNING id`,
    [
      ids.eiu,
      `Chương trình kỹ sư tự động hóa cùng doanh nghiệp ${label}`,
      `Automation engineers with industry ${label}`,
      `Trainees learn industrial automation at EIU and its Fablab, and in the partners’ plants ${label}.`,
      'Automation engineering',
      authorId,
    ],
  );
  for (const [year, trainees, graduates] of [[2023, 40, 34], [2024, 48, 41], [2025, 55, 0]]) {
    await manager.query(`INSERT INTO training_intake (programme_id, year, trainees, graduates) VALUES ($1, $2, $3, $4)`, [programme.id, year, trainees, graduates]);
  }
  const partners: [slug: string, status: string, figures: [year: number, seats: number, hired: number][]][] = [
    ['becamex-idc', 'ACTIVE', [[2023, 10, 8], [2024, 12, 11], [2025, 15, 0]]],
    ['sample-water-tech', 'ACTIVE', [[2024, 4, 3], [2025, 5, 0]]],
    ['sample-logistics-startup', 'INVITED', []],
  ];
  for (const [slug, status, figures] of partners) {
    const [partner]: { id: string }[] = await manager.query(
      `INSERT INTO training_partner (programme_id, organization_id, status, invited_by, answered_by, answered_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $3 = 'INVITED' THEN NULL ELSE $4::uuid END, CASE WHEN $3 = 'INVITED' THEN NULL ELSE now() END) RETURNING id`,
      [programme.id, ids[slug], status, authorId],
    );
    for (const [year, seats, hired] of figures) {
      await manager.query(`INSERT INTO training_contribution (partner_id, year, seats_funded, graduates_hired) VALUES ($1, $2, $3, $4)`, [partner.id, year, seats, hired]);
    }
  }
  return true;
}
