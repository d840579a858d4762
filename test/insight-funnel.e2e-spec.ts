import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/**
 * The commercialisation funnel counts exactly the records behind it: each stage by its own date,
 * for the organisations in scope (with their units), and withholds the income of a single licensor.
 */
describe('commercialisationFunnel', () => {
  let t: TestApp;
  let creator: string;
  let admin: Account;
  let universityMember: Account;
  const org: Record<string, string> = {};

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);
  const funnelQuery = graphql(`query InsightFunnelCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {
    total { disclosures newPatentApplications patentFilings patentsGranted licencesExecuted optionsExecuted startupsFormed
            licenceIncome { currency amount suppressed agreements } researchExpenditure { currency amount suppressed projects } }
    years { year disclosures newPatentApplications patentsGranted licencesExecuted startupsFormed licenceIncome { amount } }
    conversions { from to rate } } }`);

  /** A technology owned by `owner` since 2020, with a disclosure submitted on `disclosedOn`. */
  // The funnel counts what happened in past years (disclosures, filings, grants, licences, receipts,
  // spin-offs): the API stamps such events with today, so the history is written directly.
  async function technology(code: string, owner: string, disclosedOn: string | null): Promise<string> {
    return t.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`INSERT INTO technology (code, title, created_by) VALUES ($1, 'Sample technology', $2) RETURNING id`, [code, creator]);
      await manager.query(`INSERT INTO technology_owner (technology_id, organization_id, share, valid_from) VALUES ($1, $2, 100, '2020-01-01')`, [row.id, owner]);
      if (disclosedOn) {
        await manager.query(
          `INSERT INTO invention_disclosure (technology_id, organization_id, title, status, submitted_at, created_by) VALUES ($1, $2, 'Sample disclosure', 'SUBMITTED', $3, $4)`,
          [row.id, owner, `${disclosedOn}T09:00:00Z`, creator],
        );
      }
      return row.id as string;
    });
  }

  async function filing(technologyId: string, type: string, filed: string, granted: string | null, parent: string | null = null): Promise<string> {
    const [row] = await sql(
      `INSERT INTO ip_filing (technology_id, type, jurisdiction, priority_date, filing_date, grant_date, registration_number, status, parent_filing_id, created_by)
       VALUES ($1, $2, 'VN', $3, $3, $4, CASE WHEN $4::date IS NULL THEN NULL ELSE 'SAMPLE-1' END, CASE WHEN $4::date IS NULL THEN 'FILED' ELSE 'GRANTED' END, $5, $6) RETURNING id`,
      [technologyId, type, filed, granted, parent, creator],
    );
    return row.id;
  }

  async function agreement(code: string, type: string, licensor: string, technologyId: string, executed: string | null): Promise<string> {
    const [row] = await sql(
      `INSERT INTO agreement (code, title, type, status, licensee_organization_id, executed_on, created_by)
       VALUES ($1, 'Sample agreement', $2, CASE WHEN $4::date IS NULL THEN 'NEGOTIATING' ELSE 'ACTIVE' END, $3, $4, $5) RETURNING id`,
      [code, type, org.company, executed, creator],
    );
    await sql(`INSERT INTO agreement_licensor (agreement_id, organization_id) VALUES ($1, $2)`, [row.id, licensor]);
    await sql(`INSERT INTO agreement_technology (agreement_id, technology_id) VALUES ($1, $2)`, [row.id, technologyId]);
    return row.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await register(t, 'funnel-admin@example.org');
    await makePlatformAdmin(t, admin);
    universityMember = await register(t, 'funnel-member@example.org');
    creator = admin.id;
    const make = async (slug: string, helix: string, kind: string, province: string, parent: string | null = null) =>
      (await sql(
        `INSERT INTO organization (slug, name, helix, kind, country, province, parent_id, description) VALUES ($1, $1, $2, $3, 'VN', $4, $5, 'Sample data') RETURNING id`,
        [slug, helix, kind, province, parent],
      ))[0].id as string;
    org.university = await make('funnel-university', 'ACADEMIA', 'UNIVERSITY', 'Bình Dương');
    org.lab = await make('funnel-lab', 'ACADEMIA', 'LAB', 'Bình Dương', org.university);
    org.institute = await make('funnel-institute', 'ACADEMIA', 'RESEARCH_INSTITUTE', 'Hà Nội');
    org.company = await make('funnel-company', 'INDUSTRY', 'PRIVATE_COMPANY', 'Bình Dương');
    org.startup = await make('funnel-startup', 'INDUSTRY', 'STARTUP', 'Bình Dương');
    await sql(`INSERT INTO membership (organization_id, user_id, role, status, since) VALUES ($1, $2, 'MEMBER', 'ACTIVE', CURRENT_DATE)`, [org.university, universityMember.id]);

    // University: 2 disclosures in 2024, 1 in 2025; its lab 1 in 2025; the institute (elsewhere) 1 in 2025.
    const sensor = await technology('FUNNEL-SENSOR', org.university, '2024-03-01');
    await technology('FUNNEL-MEMBRANE', org.university, '2024-11-30');
    const drone = await technology('FUNNEL-DRONE', org.university, '2025-02-01');
    const labTech = await technology('FUNNEL-LAB', org.lab, '2025-06-01');
    const instituteTech = await technology('FUNNEL-INSTITUTE', org.institute, '2025-01-15');
    await technology('FUNNEL-UNDISCLOSED', org.university, null);

    // Filings: a VN patent (2024, granted 2025) with a PCT claiming it (not new), a utility solution
    // (2025), a design (not a patent), and the institute's patent.
    const vn = await filing(sensor, 'PATENT', '2024-05-01', '2025-09-01');
    await filing(sensor, 'PATENT', '2025-04-30', null, vn);
    await filing(labTech, 'UTILITY_SOLUTION', '2025-07-01', null);
    await filing(drone, 'INDUSTRIAL_DESIGN', '2025-03-01', '2025-08-01');
    await filing(instituteTech, 'PATENT', '2025-02-01', null);

    // Agreements: a licence (2025) with two royalties, an option (2025), one still negotiating, and the institute's licence.
    const licence = await agreement('FUNNEL-LICENCE', 'LICENCE_NON_EXCLUSIVE', org.university, sensor, '2025-01-10');
    const option = await agreement('FUNNEL-OPTION', 'OPTION', org.lab, labTech, '2025-08-01');
    await agreement('FUNNEL-TALKS', 'LICENCE_EXCLUSIVE', org.university, drone, null);
    const elsewhere = await agreement('FUNNEL-ELSEWHERE', 'LICENCE_EXCLUSIVE', org.institute, instituteTech, '2025-03-01');
    for (const [agreementId, amount, on] of [[licence, '1000000', '2025-06-30'], [licence, '2500000', '2025-12-31'], [elsewhere, '7000000', '2025-05-01']]) {
      await sql(`INSERT INTO revenue_receipt (agreement_id, kind, amount, currency, received_on, recorded_by) VALUES ($1, 'ROYALTY', $2, 'VND', $3, $4)`, [agreementId, amount, on, creator]);
    }
    await sql(`INSERT INTO spin_off (organization_id, parent_organization_id, agreement_id, founded_on, created_by) VALUES ($1, $2, $3, '2025-10-01', $4)`, [org.startup, org.lab, option, creator]);

    // Research expenditure: a project the university coordinates, started 2025 with a budget.
    // It belongs to a programme and produced the lab's technology; another programme has nothing.
    const [programme] = await sql(`INSERT INTO programme (code, name, owner_organization_id) VALUES ('FUNNEL-PROGRAMME', 'Sample programme', $1) RETURNING id`, [org.university]);
    const [empty] = await sql(`INSERT INTO programme (code, name) VALUES ('FUNNEL-EMPTY', 'Sample empty programme') RETURNING id`);
    Object.assign(org, { programme: programme.id, emptyProgramme: empty.id });
    const [project] = await sql(
      `INSERT INTO project (code, title, status, start_date, budget_amount, programme_id, created_by) VALUES ('FUNNEL-P', 'Sample', 'ACTIVE', '2025-01-01', 800000000, $1, $2) RETURNING id`,
      [programme.id, creator],
    );
    await sql(`INSERT INTO project_participant (project_id, organization_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [project.id, org.university]);
    await sql(`INSERT INTO technology_project (technology_id, project_id) VALUES ($1, $2)`, [labTech, project.id]);
  });
  afterAll(() => t.close());

  const funnel = async (filter: Record<string, unknown>, account?: Account) => {
    const response = await t.graphql(funnelQuery, { filter }, account?.headers);
    expect(response.errors).toBeUndefined();
    return response.data.commercialisationFunnel;
  };

  it('counts an institution with its units, stage by stage and year by year', async () => {
    const result = await funnel({ organizationId: org.university }, universityMember);
    expect(result.total).toEqual({
      disclosures: 4, newPatentApplications: 2, patentFilings: 3, patentsGranted: 1, licencesExecuted: 1, optionsExecuted: 1, startupsFormed: 1,
      licenceIncome: [{ currency: 'VND', amount: '3500000', suppressed: false, agreements: 1 }],
      researchExpenditure: [{ currency: 'VND', amount: '800000000', suppressed: false, projects: 1 }],
    });
    expect(result.years).toEqual([
      { year: 2024, disclosures: 2, newPatentApplications: 1, patentsGranted: 0, licencesExecuted: 0, startupsFormed: 0, licenceIncome: [] },
      { year: 2025, disclosures: 2, newPatentApplications: 1, patentsGranted: 1, licencesExecuted: 1, startupsFormed: 1, licenceIncome: [{ amount: '3500000' }] },
    ]);
    expect(result.conversions).toEqual([
      { from: 'disclosures', to: 'newPatentApplications', rate: 0.5 },
      { from: 'newPatentApplications', to: 'patentsGranted', rate: 0.5 },
      { from: 'disclosures', to: 'licencesAndOptionsExecuted', rate: 0.5 },
      { from: 'disclosures', to: 'startupsFormed', rate: 0.25 },
      // No startup was incubated here: the incubation stages have no rate.
      { from: 'startupsIncubated', to: 'startupsGraduated', rate: null },
    ]);
    // Without its units, the lab's disclosure, utility solution, option and startup drop out.
    const alone = await funnel({ organizationId: org.university, includeUnits: false }, universityMember);
    expect(alone.total).toMatchObject({ disclosures: 3, newPatentApplications: 1, optionsExecuted: 0, startupsFormed: 0 });
  });

  it('filters by province and years, and counts everyone when unfiltered', async () => {
    expect((await funnel({ province: 'binh duong' })).total).toMatchObject({ disclosures: 4, licencesExecuted: 1 });
    expect((await funnel({ fromYear: 2025, toYear: 2025 })).total).toMatchObject({ disclosures: 3, newPatentApplications: 2, licencesExecuted: 2 });
    expect((await funnel({})).total).toMatchObject({ disclosures: 5, patentFilings: 4, licencesExecuted: 2, optionsExecuted: 1 });
  });

  it('counts a programme’s results: what came of the technologies its projects produced, and its projects’ budgets', async () => {
    expect((await funnel({ programmeId: org.programme }, admin)).total).toEqual({
      disclosures: 1, newPatentApplications: 1, patentFilings: 1, patentsGranted: 0, licencesExecuted: 0, optionsExecuted: 1, startupsFormed: 1,
      licenceIncome: [],
      researchExpenditure: [{ currency: 'VND', amount: '800000000', suppressed: false, projects: 1 }],
    });
    expect((await funnel({ programmeId: org.emptyProgramme }, admin)).total).toMatchObject({ disclosures: 0, patentFilings: 0, optionsExecuted: 0, startupsFormed: 0, researchExpenditure: [] });
    // With the organisations too: both must hold (the institute took no part in the programme).
    expect((await funnel({ programmeId: org.programme, organizationId: org.institute }, admin)).total).toMatchObject({ disclosures: 0, researchExpenditure: [] });
    const chart = await t.app.inject({ method: 'GET', url: `/charts/commercialisation-funnel.svg?programmeId=${org.programme}&includeUnits=false` });
    expect(chart.statusCode).toBe(200);
    expect(chart.body).toContain('one programme’s results');
    expect((await t.app.inject({ method: 'GET', url: `/charts/commercialisation-funnel.svg?includeUnits=perhaps` })).statusCode).toBe(400);
  });

  it('withholds one licensor’s income from others, and shows it to platform admins', async () => {
    const outsiderView = await funnel({ organizationId: org.university });
    expect(outsiderView.total.licenceIncome).toEqual([{ currency: 'VND', amount: null, suppressed: true, agreements: 1 }]);
    expect(outsiderView.total.researchExpenditure[0]).toMatchObject({ amount: null, suppressed: true });
    // Two licensors altogether: still too few for the public.
    expect((await funnel({})).total.licenceIncome[0]).toMatchObject({ amount: null, agreements: 2 });
    expect((await funnel({}, admin)).total.licenceIncome[0]).toMatchObject({ amount: '10500000', suppressed: false });
  });

  it('draws the funnel as an SVG picture', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/charts/commercialisation-funnel.svg?organizationId=${org.university}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(response.body).toContain('Commercialisation funnel');
    expect(response.body).toContain('>Invention disclosures<');
    expect(response.body).toMatch(/>4 · /);
  });
});
