import { seedDemoData } from '../src/demo/seed.js';
import { seedSampleEcosystem } from '../src/demo/sample-ecosystem.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/** What a new user of the embedded default sees on a first start: the real actors and a labelled sample ecosystem, with every report filled. */
describe('a first start with the sample ecosystem', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
    expect(await t.dataSource.transaction((manager) => seedSampleEcosystem(manager))).toBe(true);
  });
  afterAll(() => t.close());

  it('is loaded once: a second run changes nothing', async () => {
    const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM project`))[0].n;
    const before = await count();
    expect(await t.dataSource.transaction((manager) => seedSampleEcosystem(manager))).toBe(false);
    expect(await count()).toBe(before);
  });

  it('labels every sample record as sample data', async () => {
    const unlabelled = await t.dataSource.query(
      `SELECT code FROM project WHERE title NOT LIKE '%(sample data)%'
       UNION ALL SELECT code FROM technology WHERE title NOT LIKE '%(sample data)%'
       UNION ALL SELECT title FROM technology_offer WHERE title NOT LIKE '%(sample data)%'
       UNION ALL SELECT slug FROM organization WHERE slug LIKE 'sample-%' AND description NOT ILIKE '%sample%'
       UNION ALL SELECT name FROM incubation_programme WHERE name NOT LIKE '%(sample data)%' OR name_en NOT LIKE '%(sample data)%' OR description NOT LIKE '%(sample data)%'
       UNION ALL SELECT name FROM incubation_cohort WHERE name NOT LIKE '%(sample data)%'
       UNION ALL SELECT pitch FROM incubation_application WHERE pitch NOT LIKE '%(sample data)%' OR decision_reason NOT LIKE '%(sample data)%'
       UNION ALL SELECT title FROM incubation_milestone WHERE title NOT LIKE '%(sample data)%'
       UNION ALL SELECT u.display_name FROM incubation_mentor m JOIN user_account u ON u.id = m.user_id WHERE u.display_name NOT LIKE '%(sample data)%'
       UNION ALL SELECT title FROM placement WHERE title NOT LIKE '%(sample data)%' OR topic NOT LIKE '%(sample data)%'
       UNION ALL SELECT display_name FROM user_account u WHERE EXISTS (SELECT 1 FROM placement p WHERE p.person_user_id = u.id) AND display_name NOT LIKE '%(sample data)%'
       UNION ALL SELECT title FROM training_programme WHERE title NOT LIKE '%(sample data)%' OR title_en NOT LIKE '%(sample data)%'`,
    );
    expect(unlabelled).toEqual([]);
  });

  it('shows anyone a synergy trend over several years, a network, ICF factors and contributions', async () => {
    const response = await t.graphql(graphql(`query FirstStartTripleHelixSynergy {
      tripleHelixSynergy { projects tripleHelixProjects byYear { year projects } }
      collaborationNetwork(first: 5) { top { organization { slug } degree } }
      icfFactors { factor projects }
      helixContributions { helix kind amount suppressed }
    }`));
    expect(response.errors).toBeUndefined();
    const { tripleHelixSynergy, collaborationNetwork, icfFactors, helixContributions } = response.data;
    expect(tripleHelixSynergy.projects).toBeGreaterThanOrEqual(20);
    expect(tripleHelixSynergy.tripleHelixProjects).toBeGreaterThan(5);
    expect(tripleHelixSynergy.byYear.filter((year: { projects: number }) => year.projects > 0).length).toBeGreaterThanOrEqual(6);
    expect(collaborationNetwork.top.length).toBe(5);
    expect(icfFactors.every((factor: { projects: number }) => factor.projects > 0)).toBe(true);
    expect(helixContributions.some((row: { suppressed: boolean }) => !row.suppressed)).toBe(true);
  });

  it('fills the commercialisation funnel from disclosures to licence income', async () => {
    const response = await t.graphql(graphql(`query FirstStartCommercialisationFunnel { commercialisationFunnel {
      total { disclosures patentFilings patentsGranted licencesExecuted startupsFormed licenceIncome { currency amount suppressed } } } }`));
    expect(response.errors).toBeUndefined();
    const { total } = response.data.commercialisationFunnel;
    expect(total).toMatchObject({ disclosures: 6, patentFilings: 4, patentsGranted: 2, licencesExecuted: 1, startupsFormed: 1 });
    expect(total.licenceIncome.length).toBeGreaterThan(0);
  });

  it('draws the charts with something in them', async () => {
    for (const url of ['/charts/helix-triangle.svg', '/charts/synergy-trend.svg', '/charts/bridging-organizations.svg']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toMatch(/<svg/);
      expect(response.body).not.toMatch(/No data|Không có dữ liệu/i);
    }
  });

  it('has placements in every kind and status, public talent flow counts and a training programme with partners and intakes', async () => {
    const [kinds] = await t.dataSource.query(`SELECT count(DISTINCT kind)::int AS kinds, count(DISTINCT status)::int AS statuses FROM placement`);
    expect(kinds).toEqual({ kinds: 5, statuses: 6 });
    const response = await t.graphql(graphql(`query FirstStartTalentFlows {
      talentFlows { cells { year kind homeHelix hostHelix placements suppressed } }
      trainingProgrammes { edges { node { title runner { slug } partners { status organization { slug } contributions { year seatsFunded graduatesHired } } intakes { year trainees } } } }
    }`));
    expect(response.errors).toBeUndefined();
    const { talentFlows, trainingProgrammes } = response.data;
    expect(talentFlows.cells).toContainEqual({ year: 2025, kind: 'INTERNSHIP', homeHelix: 'ACADEMIA', hostHelix: 'INDUSTRY', placements: 3, suppressed: false });
    expect(talentFlows.cells.some((cell: { suppressed: boolean }) => cell.suppressed)).toBe(true);
    const programme = trainingProgrammes.edges[0].node;
    expect(programme.runner?.slug).toBe('eiu');
    expect(programme.partners.map((partner) => partner.organization?.slug).sort()).toEqual(['becamex-idc', 'sample-water-tech']);
    expect(programme.intakes).toHaveLength(3);
  });

  it('has offers and demands on the exchange, a brokered deal and a licence with royalties', async () => {
    const exchange = await t.graphql(graphql(`query FirstStartTechnologyOffers { technologyOffers { totalCount } technologyDemands { totalCount } }`));
    expect(exchange.data.technologyOffers.totalCount).toBe(3);
    expect(exchange.data.technologyDemands.totalCount).toBe(2);
    const [{ deals, receipts }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM deal) AS deals, (SELECT count(*)::int FROM revenue_receipt) AS receipts`,
    );
    expect({ deals, receipts }).toEqual({ deals: 1, receipts: 4 });
  });

  it('runs a sample incubator at EIU: public cohorts, a consenting graduate that is a spin-off, and an OPEN intake', async () => {
    const response = await t.graphql(graphql(`query FirstStartIncubation { incubationProgrammes(filter: { search: "sample" }) { edges { node {
      organization { slug parent { slug } } cohorts { edges { node { status graduates { slug } } } } } } }
      spinOffs { edges { node { organization { slug } incubations { edges { node { status pitch programme { nameEn } } } } } } } }`));
    expect(response.errors).toBeUndefined();
    const [programme] = response.data.incubationProgrammes.edges.map((edge) => edge.node);
    expect(programme.organization).toEqual({ slug: 'sample-eiu-incubator', parent: { slug: 'eiu' } });
    expect(programme.cohorts.edges.map((edge) => edge.node)).toEqual([
      { status: 'OPEN', graduates: [] },
      { status: 'FINISHED', graduates: [{ slug: 'sample-logistics-startup' }] },
    ]);
    const [spinOff] = response.data.spinOffs.edges.map((edge) => edge.node);
    expect(spinOff.incubations.edges.map((edge) => edge.node)).toEqual([{ status: 'GRADUATED', pitch: null, programme: { nameEn: 'Sample startup incubation programme (sample data)' } }]);
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM incubation_fact) AS applications, (SELECT count(*)::int FROM incubation_mentor_fact) AS mentors, (SELECT count(*)::int FROM incubation_report) AS reports`,
    );
    expect(counts).toEqual({ applications: 4, mentors: 3, reports: 4 });
  });
});
