import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../identity/credentials.js';
import { seedSampleIncubation } from './sample-incubation.js';
import { seedSampleTalent } from './sample-talent.js';

/**
 * A small sample ecosystem beside the real actors, so that every report and chart shows something
 * on a first start: fictional organisations, thirty joint projects over eight years across the
 * helices, technologies assessed at several TRLs with disclosures and patents, a licence with
 * royalties, a spin-off that graduated from a sample incubator (see sample-incubation.ts), offers and
 * demands on the exchange, a brokered deal, placements of sample people between the organisations
 * and a training programme (sample-talent.ts). Everything is
 * labelled as sample data (names, descriptions, codes starting SAMPLE-), and it is written once: a
 * database that has the sample projects is left as it is.
 */

const label = '(sample data)';

const sampleOrganizations = [
  { slug: 'sample-polytechnic', name: 'Trường Cao đẳng Kỹ thuật Mẫu', nameEn: `Sample Polytechnic College ${label}`, helix: 'ACADEMIA', kind: 'UNIVERSITY' },
  { slug: 'sample-water-tech', name: 'Công ty Công nghệ Nước Mẫu', nameEn: `Sample Water Technology JSC ${label}`, helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' },
  { slug: 'sample-logistics-startup', name: 'Khởi nghiệp Logistics Mẫu', nameEn: `Sample Smart Logistics Startup ${label}`, helix: 'INDUSTRY', kind: 'STARTUP' },
  { slug: 'sample-district', name: 'UBND Huyện Mẫu', nameEn: `Sample District People’s Committee ${label}`, helix: 'GOVERNMENT', kind: 'PEOPLES_COMMITTEE' },
  { slug: 'sample-makers', name: 'Hội Nhà sáng chế Mẫu', nameEn: `Sample Makers Association ${label}`, helix: 'CIVIL_SOCIETY', kind: 'NGO' },
];

/** Who coordinates each project in turn, and who joins it (partners, a funder, an advisor). */
const coordinators = ['eiu', 'becamex-idc', 'binh-duong-dost', 'sample-polytechnic', 'sample-water-tech', 'eindhoven'];
const partnerPool = ['eiu', 'becamex-idc', 'sample-water-tech', 'sample-polytechnic', 'eiu-fablab', 'sample-logistics-startup', 'sample-makers', 'intelligent-community-forum'];
const funders = ['binh-duong-dost', 'binh-duong-peoples-committee', 'sample-district', 'eindhoven'];

const themes = [
  ['Giám sát chất lượng nước ao nuôi tôm', 'Water-quality monitoring for shrimp ponds', ['SUSTAINABILITY', 'INNOVATION']],
  ['Đèn đường thông minh khu công nghiệp', 'Smart street lighting for industrial parks', ['BROADBAND', 'SUSTAINABILITY']],
  ['Đào tạo kỹ sư tự động hóa', 'Training automation engineers', ['KNOWLEDGE_WORKFORCE']],
  ['Nền tảng dịch vụ công trực tuyến', 'Online public-service platform', ['DIGITAL_EQUALITY', 'COMMUNITY_ENGAGEMENT']],
  ['Tối ưu hóa logistics cảng cạn', 'Dry-port logistics optimisation', ['INNOVATION']],
  ['Xử lý nước thải công nghiệp', 'Industrial wastewater treatment', ['SUSTAINABILITY']],
  ['Phòng thí nghiệm chế tạo cho học sinh', 'Fab lab for school pupils', ['KNOWLEDGE_WORKFORCE', 'COMMUNITY_ENGAGEMENT']],
  ['Cảm biến giao thông đô thị', 'Urban traffic sensing', ['BROADBAND', 'INNOVATION']],
  ['Năng lượng mặt trời áp mái nhà xưởng', 'Rooftop solar for factories', ['SUSTAINABILITY', 'INNOVATION']],
  ['Truy xuất nguồn gốc nông sản', 'Farm produce traceability', ['DIGITAL_EQUALITY', 'INNOVATION']],
] as const;

const technologies = [
  { code: 'SAMPLE-TECH-WQS', title: 'Cảm biến chất lượng nước IoT giá rẻ', owner: 'eiu', trls: [3, 5, 7], sectors: ['WATER', 'AQUACULTURE'], year: 2021 },
  { code: 'SAMPLE-TECH-MEMBRANE', title: 'Màng lọc nước thải công nghiệp', owner: 'sample-polytechnic', trls: [2, 4, 6], sectors: ['WATER', 'ENVIRONMENT'], year: 2020 },
  { code: 'SAMPLE-TECH-ROUTE', title: 'Thuật toán tối ưu tuyến vận tải', owner: 'eiu', trls: [4, 6], sectors: ['ICT'], year: 2022 },
  { code: 'SAMPLE-TECH-LIGHT', title: 'Bộ điều khiển đèn đường thích ứng', owner: 'becamex-idc', trls: [5, 8], sectors: ['ENERGY', 'ELECTRONICS'], year: 2019 },
  { code: 'SAMPLE-TECH-SOLAR', title: 'Giá đỡ pin mặt trời nhẹ', owner: 'sample-water-tech', trls: [3], sectors: ['ENERGY', 'MANUFACTURING'], year: 2024 },
  { code: 'SAMPLE-TECH-TRACE', title: 'Nhãn truy xuất nguồn gốc nông sản', owner: 'sample-polytechnic', trls: [2, 4], sectors: ['AGRICULTURE', 'ICT'], year: 2023 },
] as const;

/** Loads the sample ecosystem once; returns whether it did now. */
export async function seedSampleEcosystem(manager: EntityManager): Promise<boolean> {
  const [present] = await manager.query(`SELECT 1 FROM project WHERE code LIKE 'SAMPLE-%' LIMIT 1`);
  if (present) return false;
  // The records' author: an account nobody can sign in with (its password is never kept).
  const [author]: { id: string }[] = await manager.query(
    `INSERT INTO user_account (email, display_name, password_hash) VALUES ('sample.data@ecosystem.sample', $1, $2)
     ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
    [`Sample data author ${label}`, await hashPassword(randomBytes(24).toString('base64url'))],
  );
  for (const organization of sampleOrganizations) {
    await manager.query(
      `INSERT INTO organization (slug, name, name_en, helix, kind, country, province, description, verified)
       VALUES ($1, $2, $3, $4, $5, 'VN', 'Bình Dương', $6, true) ON CONFLICT (slug) DO NOTHING`,
      [organization.slug, organization.name, organization.nameEn, organization.helix, organization.kind, `A fictional organisation of the sample ecosystem ${label}.`],
    );
  }
  const ids = await organizationIds(manager);
  const projectIds = await seedProjects(manager, author.id, ids);
  const technologyIds = await seedTechnologies(manager, author.id, ids, projectIds);
  await seedCommercialisation(manager, author.id, ids, technologyIds);
  await seedSampleIncubation(manager, author.id);
  await seedSampleTalent(manager, author.id, ids);
  return true;
}

async function organizationIds(manager: EntityManager): Promise<Record<string, string>> {
  const rows: { slug: string; id: string }[] = await manager.query(`SELECT slug, id FROM organization`);
  return Object.fromEntries(rows.map((row) => [row.slug, row.id]));
}

/** Thirty projects, 2019 to 2026, each with a coordinator, partners of other helices and often a funder. */
async function seedProjects(manager: EntityManager, authorId: string, ids: Record<string, string>): Promise<string[]> {
  const projectIds: string[] = [];
  for (let index = 0; index < 30; index++) {
    const year = 2019 + (index % 8);
    const [titleVi, titleEn, factors] = themes[index % themes.length];
    const coordinator = coordinators[index % coordinators.length];
    const partners = [partnerPool[index % partnerPool.length], partnerPool[(index * 3 + 1) % partnerPool.length]].filter((slug) => slug !== coordinator);
    const funder = index % 3 === 2 ? undefined : funders[index % funders.length];
    const finished = year < 2025;
    const [project]: { id: string }[] = await manager.query(
      `INSERT INTO project (code, title, summary, status, start_date, end_date, budget_amount, budget_currency, visibility, icf_factors, keywords, programme_id, created_by)
       VALUES ($1, $2, $3, $4, make_date($5, 1 + $6 % 12, 1), $7, $8, 'VND', $9, $10, $11,
               CASE WHEN $12 THEN (SELECT id FROM programme WHERE code = 'BD-SMART-CITY') END, $13)
       RETURNING id`,
      [
        `SAMPLE-${year}-${String(index + 1).padStart(2, '0')}`,
        `${titleVi} ${label}`,
        `${titleEn}: a joint project of the sample ecosystem ${label}.`,
        finished ? 'COMPLETED' : 'ACTIVE',
        year,
        index,
        finished ? `${year + 1}-06-30` : null,
        String((400 + 37 * index) * 1_000_000),
        index % 5 === 4 ? 'PARTNERS' : 'PUBLIC',
        [...factors],
        ['sample data'],
        index % 3 === 0,
        authorId,
      ],
    );
    projectIds.push(project.id);
    const participants: [slug: string, role: string, cash: string | null, inKind: string | null][] = [
      [coordinator, 'COORDINATOR', null, String((50 + index) * 1_000_000)],
      ...partners.map((slug, at): [string, string, string | null, string | null] => [slug, 'PARTNER', at === 0 ? String((20 + 3 * index) * 1_000_000) : null, null]),
      ...(funder && funder !== coordinator ? [[funder, 'FUNDER', String((100 + 11 * index) * 1_000_000), null] as [string, string, string, null]] : []),
    ];
    for (const [slug, role, cash, inKind] of participants) {
      await manager.query(
        `INSERT INTO project_participant (project_id, organization_id, role, status, since, cash_amount, cash_currency, in_kind_value_amount, in_kind_value_currency, in_kind_description)
         VALUES ($1, $2, $3, 'ACTIVE', make_date($4, 1 + $5 % 12, 1), $6, CASE WHEN $6::numeric IS NULL THEN NULL ELSE 'VND' END,
                 $7, CASE WHEN $7::numeric IS NULL THEN NULL ELSE 'VND' END, CASE WHEN $7::numeric IS NULL THEN NULL ELSE $8 END)`,
        [project.id, ids[slug], role, year, index, cash, inKind, `Staff time and equipment ${label}`],
      );
    }
  }
  return projectIds;
}

/** Technologies from the projects, owned by their institutions, assessed over the years, disclosed and some patented. */
async function seedTechnologies(manager: EntityManager, authorId: string, ids: Record<string, string>, projectIds: string[]): Promise<string[]> {
  const technologyIds: string[] = [];
  for (const [index, technology] of technologies.entries()) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO technology (code, title, abstract, fields, keywords, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [technology.code, `${technology.title} ${label}`, `A technology of the sample ecosystem ${label}.`, [...technology.sectors], ['sample data'], authorId],
    );
    technologyIds.push(row.id);
    await manager.query(`INSERT INTO technology_owner (technology_id, organization_id, share, valid_from) VALUES ($1, $2, 100, make_date($3, 1, 1))`, [
      row.id,
      ids[technology.owner],
      technology.year,
    ]);
    await manager.query(`INSERT INTO technology_inventor (technology_id, external_name, share) VALUES ($1, $2, 60), ($1, $3, 40)`, [
      row.id,
      `Sample inventor ${String.fromCharCode(65 + index)} ${label}`,
      `Sample inventor ${String.fromCharCode(71 + index)} ${label}`,
    ]);
    await manager.query(`INSERT INTO technology_project (technology_id, project_id) VALUES ($1, $2)`, [row.id, projectIds[index * 4]]);
    for (const [step, level] of technology.trls.entries()) {
      await manager.query(
        `INSERT INTO trl_assessment (technology_id, level, assessed_on, evidence, assessor_name, recorded_by) VALUES ($1, $2, make_date($3, 3, 15), $4, $5, $6)`,
        [row.id, level, Math.min(technology.year + step, 2026), `Assessment of the sample ecosystem ${label}.`, `Sample technology transfer office ${label}`, authorId],
      );
    }
    await manager.query(
      `INSERT INTO invention_disclosure (technology_id, organization_id, title, status, decision, submitted_at, decided_at, created_by)
       VALUES ($1, $2, $3, $4, $5, make_date($6, 2, 1), CASE WHEN $5::text IS NULL THEN NULL ELSE make_date($6, 4, 1) END, $7)`,
      [row.id, ids[technology.owner], `Disclosure: ${technology.title} ${label}`, index < 4 ? 'DECIDED' : 'SUBMITTED', index < 4 ? 'PROTECT' : null, technology.year, authorId],
    );
    if (index < 4) {
      await manager.query(
        `INSERT INTO ip_filing (technology_id, type, jurisdiction, title, application_number, filing_date, priority_date, status, grant_date, registration_number, created_by)
         VALUES ($1, 'PATENT', 'VN', $2, $3, make_date($4, 6, 1), make_date($4, 6, 1), $5, $6, $7, $8)`,
        [
          row.id,
          `${technology.title} ${label}`,
          `1-${technology.year}-9${String(index).padStart(4, '0')}`,
          technology.year,
          index < 2 ? 'GRANTED' : 'FILED',
          index < 2 ? `${technology.year + 2}-09-01` : null,
          index < 2 ? `1-00${index}9999` : null,
          authorId,
        ],
      );
    }
  }
  return technologyIds;
}

/** A licence with royalties, a spin-off, offers and demands on the exchange, and a brokered deal. */
async function seedCommercialisation(manager: EntityManager, authorId: string, ids: Record<string, string>, technologyIds: string[]): Promise<void> {
  const [agreement]: { id: string }[] = await manager.query(
    `INSERT INTO agreement (code, title, type, status, licensee_organization_id, territory, currency, upfront_fee, royalty_rate, effective_on, executed_on, created_by)
     VALUES ('SAMPLE-LIC-2023-01', $1, 'LICENCE_NON_EXCLUSIVE', 'ACTIVE', $2, '{VN}', 'VND', 150000000, 3.5, '2023-07-01', '2023-06-15', $3)
     RETURNING id`,
    [`Licence of the water-quality sensor ${label}`, ids['sample-water-tech'], authorId],
  );
  await manager.query(`INSERT INTO agreement_licensor (agreement_id, organization_id) VALUES ($1, $2)`, [agreement.id, ids.eiu]);
  await manager.query(`INSERT INTO agreement_technology (agreement_id, technology_id) VALUES ($1, $2)`, [agreement.id, technologyIds[0]]);
  for (const [kind, amount, receivedOn] of [['UPFRONT', 150000000, '2023-07-10'], ['ROYALTY', 42500000, '2024-01-20'], ['ROYALTY', 61800000, '2025-01-20'], ['ROYALTY', 75300000, '2026-01-20']] as const) {
    await manager.query(
      `INSERT INTO revenue_receipt (agreement_id, kind, amount, currency, received_on, reference, recorded_by) VALUES ($1, $2, $3, 'VND', $4, $5, $6)`,
      [agreement.id, kind, amount, receivedOn, `SAMPLE-${kind}-${receivedOn.slice(0, 4)}`, authorId],
    );
  }
  await manager.query(
    `INSERT INTO spin_off (organization_id, parent_organization_id, agreement_id, founded_on, status, created_by) VALUES ($1, $2, NULL, '2024-05-01', 'ACTIVE', $3)`,
    [ids['sample-logistics-startup'], ids.eiu, authorId],
  );
  const offers = [
    [0, 'Low-cost IoT water-quality sensor for aquaculture', 'Solar-powered probes report dissolved oxygen, pH and turbidity.', 'EN', ['WATER', 'AQUACULTURE'], 7],
    [1, 'Màng lọc nước thải cho khu công nghiệp', 'Màng siêu lọc tái sử dụng nước thải công nghiệp.', 'VI', ['WATER', 'ENVIRONMENT'], 6],
    [3, 'Adaptive street-light controller', 'Dims street lights by traffic and daylight; proven in an industrial park.', 'EN', ['ENERGY', 'ELECTRONICS'], 8],
  ] as const;
  const offerIds: string[] = [];
  for (const [technology, title, summary, language, sectors, trl] of offers) {
    const [offer]: { id: string }[] = await manager.query(
      `INSERT INTO technology_offer (organization_id, technology_id, kind, title, summary, trl, sectors, keywords, language, status, published_on, expires_on, created_by)
       VALUES ($1, $2, 'LICENCE', $3, $4, $5, $6, '{sample data}', $7, 'PUBLISHED', CURRENT_DATE - 30, CURRENT_DATE + 335, $8) RETURNING id`,
      [ids[technologies[technology].owner], technologyIds[technology], `${title} ${label}`, `${summary} ${label}`, trl, [...sectors], language.toLowerCase(), authorId],
    );
    offerIds.push(offer.id);
  }
  const demands = [
    ['becamex-idc', 'Cần giải pháp giám sát nước thải khu công nghiệp', 'Giám sát chất lượng nước thải theo thời gian thực.', 'vi', ['WATER', 'ENVIRONMENT'], 5],
    ['sample-district', 'Smart lighting for district roads', 'Street lights that save energy on rural roads.', 'en', ['ENERGY'], 6],
  ] as const;
  let firstDemand: string | undefined;
  for (const [owner, title, description, language, sectors, minTrl] of demands) {
    const [demand]: { id: string }[] = await manager.query(
      `INSERT INTO technology_demand (organization_id, title, description, min_trl, sectors, keywords, language, status, published_on, expires_on, created_by)
       VALUES ($1, $2, $3, $4, $5, '{sample data}', $6, 'PUBLISHED', CURRENT_DATE - 20, CURRENT_DATE + 345, $7) RETURNING id`,
      [ids[owner], `${title} ${label}`, `${description} ${label}`, minTrl, [...sectors], language, authorId],
    );
    firstDemand ??= demand.id;
  }
  await manager.query(
    `INSERT INTO deal (broker_organization_id, provider_organization_id, seeker_organization_id, offer_id, demand_id, stage, created_by)
     VALUES ($1, $2, $3, $4, $5, 'NEGOTIATING', $6)`,
    [ids['sample-technology-transfer-office'], ids['sample-polytechnic'], ids['becamex-idc'], offerIds[1], firstDemand, authorId],
  );
}
