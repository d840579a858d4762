import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { createOrganization } from './support/memberships.js';
import { assessTrl, createTechnology } from './support/technologies.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { expectResult } from './support/results.js';
import { graphql } from './graphql/index.js';
import type { IcfFactor } from './graphql/graphql.js';

/**
 * Reports that cannot be narrowed: an attacker who registers, creates an organisation and adds
 * records of their own to a group learns nothing about the other records in it; members of a parent
 * do not read a unit's figures; the network is built from what the caller may read.
 */
describe('disclosure control of the insight reports', () => {
  let t: TestApp;
  let victimAdmin: Account;
  let unitMember: Account;
  let attacker: Account;
  let admin: Account;
  let creator: string;
  let codes = 0;
  const org: Record<string, string> = {};

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);

  // The figures need projects started in past years, active at once, which the API does not make; the
  // organisations and memberships around them are written alike, without the audit trail the API leaves.
  async function organization(slug: string, verified: boolean, parentId: string | null = null): Promise<string> {
    const [row] = await sql(
      `INSERT INTO organization (slug, name, helix, kind, country, description, verified, parent_id)
       VALUES ($1, $1, 'INDUSTRY', 'PRIVATE_COMPANY', 'VN', 'Sample data', $2, $3) RETURNING id`,
      [slug, verified, parentId],
    );
    return row.id;
  }

  /** A project of `coordinator` (with `partners`) in `year`; its budget in VND or none. */
  async function project(options: { year: number; visibility: 'PUBLIC' | 'PARTNERS'; coordinator: string; partners?: string[]; budget?: string; factors?: string[] }): Promise<string> {
    const [row] = await sql(
      `INSERT INTO project (code, title, status, start_date, created_by, icf_factors, budget_amount, visibility)
       VALUES ($1, 'Sample', 'ACTIVE', make_date($2, 3, 1), $3, $4, $5, $6) RETURNING id`,
      [`DISCLOSURE-${++codes}`, options.year, creator, options.factors ?? [], options.budget ?? null, options.visibility],
    );
    await sql(`INSERT INTO project_participant (project_id, organization_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACTIVE')`, [row.id, options.coordinator]);
    for (const partner of options.partners ?? []) {
      await sql(`INSERT INTO project_participant (project_id, organization_id, role, status) VALUES ($1, $2, 'PARTNER', 'ACTIVE')`, [row.id, partner]);
    }
    return row.id;
  }

  const join = (account: Account, organizationId: string) =>
    sql(`INSERT INTO membership (organization_id, user_id, role, status, since) VALUES ($1, $2, 'ADMIN', 'ACTIVE', CURRENT_DATE)`, [organizationId, account.id]);

  /** The attacker's own project through the API: PUBLIC, proposed, with a budget. */
  async function attackerProject(coordinatorId: string, year: number, budget: string, factors: IcfFactor[]): Promise<string> {
    const created = await t.graphql(
      graphql(`mutation ReportDisclosureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } ... on ErrorResult { code message } } }`),
      {
        input: {
          code: `ATTACK-${++codes}`, title: 'Padding', coordinatorId, visibility: 'PUBLIC', icfFactors: factors,
          budget: { amount: budget, currency: 'VND' }, startDate: `${year}-06-01`,
        },
      },
      attacker.headers,
    );
    const { id, version } = expectResult(created.data.createProject, 'Project', created);
    const moved = await t.graphql(
      graphql(`mutation ReportDisclosureTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on ErrorResult { code message } } }`),
      { input: { id, expectedVersion: version, status: 'PROPOSED' } },
      attacker.headers,
    );
    expect(moved.data.transitionProject.__typename).toBe('Project');
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    victimAdmin = await register(t, 'disclosure-victim@example.org');
    unitMember = await register(t, 'disclosure-unit@example.org');
    attacker = await register(t, 'disclosure-attacker@example.org');
    admin = await register(t, 'disclosure-admin@example.org');
    await makePlatformAdmin(t, admin);
    creator = victimAdmin.id;
    org.victim = await organization('disclosure-victim', true);
    org.partner = await organization('disclosure-partner', true);
    org.secret = await organization('disclosure-secret-partner', true);
    org.unit = await organization('disclosure-unit', true, org.victim);
    for (const slug of ['v1', 'v2', 'v3', 'v4']) org[slug] = await organization(`disclosure-${slug}`, true);
    await join(victimAdmin, org.victim);
    await join(unitMember, org.unit);
    org.attacker = (await createOrganization(t, attacker, 'Padding Ltd')).id;
  });
  afterAll(() => t.close());

  const icfQuery = graphql(`query ReportDisclosureIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects budgets { currency amount suppressed projects } } }`);
  const innovationBudget = async (filter: Record<string, unknown>, account?: Account) => {
    const response = await t.graphql(icfQuery, { filter }, account?.headers);
    expect(response.errors).toBeUndefined();
    return response.data.icfFactors.find((row) => row.factor === 'INNOVATION')?.budgets;
  };

  it('icfFactors: two zero-budget public projects of an unverified organisation do not reveal the one real budget', async () => {
    await project({ year: 2031, visibility: 'PARTNERS', coordinator: org.victim, budget: '987654321', factors: ['INNOVATION'] });
    await attackerProject(org.attacker, 2031, '0', ['INNOVATION']);
    await attackerProject(org.attacker, 2031, '0', ['INNOVATION']);
    const filter = { fromYear: 2031, toYear: 2031 };
    for (const caller of [undefined, attacker]) {
      expect(await innovationBudget(filter, caller)).toEqual([{ currency: 'VND', amount: null, suppressed: true, projects: 3 }]);
    }
    // Even if the attacker's organisation were verified, it is the caller's own: it does not count.
    await sql(`UPDATE organization SET verified = true WHERE id = $1`, [org.attacker]);
    expect(await innovationBudget(filter, attacker)).toEqual([{ currency: 'VND', amount: null, suppressed: true, projects: 3 }]);
    await sql(`UPDATE organization SET verified = false WHERE id = $1`, [org.attacker]);
    // Those who read every record, and platform admins, see the total.
    expect(await innovationBudget(filter, admin)).toEqual([{ currency: 'VND', amount: '987654321', suppressed: false, projects: 3 }]);
  });

  it('icfFactors: a total of three verified organisations, none dominating, is public; one that a single budget dominates is not', async () => {
    for (const slug of ['v1', 'v2', 'v3']) await project({ year: 2032, visibility: 'PARTNERS', coordinator: org[slug], budget: '100', factors: ['INNOVATION'] });
    expect(await innovationBudget({ fromYear: 2032, toYear: 2032 })).toEqual([{ currency: 'VND', amount: '300', suppressed: false, projects: 3 }]);
    // A fourth budget, 80% of the total: the total would tell it.
    await project({ year: 2032, visibility: 'PARTNERS', coordinator: org.v4, budget: '1200', factors: ['INNOVATION'] });
    expect(await innovationBudget({ fromYear: 2032, toYear: 2032 })).toEqual([{ currency: 'VND', amount: null, suppressed: true, projects: 4 }]);
    expect(await innovationBudget({ fromYear: 2032, toYear: 2032 }, admin)).toEqual([{ currency: 'VND', amount: '1500', suppressed: false, projects: 4 }]);
  });

  it('icfFactors: budgets of the attacker’s own organisations do not dilute a dominant one until its total is public', async () => {
    await project({ year: 2037, visibility: 'PARTNERS', coordinator: org.victim, budget: '1000000', factors: ['INNOVATION'] });
    for (const slug of ['v1', 'v2', 'v3']) await project({ year: 2037, visibility: 'PARTNERS', coordinator: org[slug], budget: '1', factors: ['INNOVATION'] });
    // Five organisations of the attacker's, none of them dominating either: the total less their budgets would be the victim's.
    await attackerProject(org.attacker, 2037, '1000000', ['INNOVATION']);
    for (let i = 0; i < 4; i++) await attackerProject((await createOrganization(t, attacker, `Padding ${i}`)).id, 2037, '1000000', ['INNOVATION']);
    for (const caller of [undefined, attacker]) {
      expect(await innovationBudget({ fromYear: 2037, toYear: 2037 }, caller)).toEqual([{ currency: 'VND', amount: null, suppressed: true, projects: 9 }]);
    }
  });

  it('icfFactors: a contributor does not count for its own members, who would learn the others’ sum from it', async () => {
    for (const slug of ['v1', 'v2', 'v3']) await project({ year: 2036, visibility: 'PARTNERS', coordinator: org[slug], budget: '100', factors: ['INNOVATION'] });
    const memberOfV1 = await register(t, 'disclosure-v1@example.org');
    await join(memberOfV1, org.v1);
    expect(await innovationBudget({ fromYear: 2036, toYear: 2036 })).toEqual([{ currency: 'VND', amount: '300', suppressed: false, projects: 3 }]);
    expect(await innovationBudget({ fromYear: 2036, toYear: 2036 }, memberOfV1)).toEqual([{ currency: 'VND', amount: null, suppressed: true, projects: 3 }]);
  });

  it('helixContributions: contributions of the attacker’s own organisations do not reveal the one real contribution', async () => {
    const real = await project({ year: 2038, visibility: 'PARTNERS', coordinator: org.victim });
    await sql(`UPDATE project_participant SET cash_amount = 777777, cash_currency = 'VND' WHERE project_id = $1`, [real]);
    // The attacker's projects, each with a small cash contribution of one of its organisations (INDUSTRY, as the victim).
    const ownOrganizations = [org.attacker, ...(await Promise.all([0, 1].map(async (i) => (await createOrganization(t, attacker, `Contributor ${i}`)).id)))];
    for (const organizationId of ownOrganizations) {
      const id = await attackerProject(organizationId, 2038, '0', []);
      await sql(`UPDATE project_participant SET cash_amount = 1, cash_currency = 'VND' WHERE project_id = $1`, [id]);
    }
    const query = graphql(`query ReportDisclosureHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations } }`);
    for (const caller of [undefined, attacker]) {
      const response = await t.graphql(query, { filter: { fromYear: 2038, toYear: 2038 } }, caller?.headers);
      expect(response.data.helixContributions).toEqual([{ helix: 'INDUSTRY', kind: 'CASH', currency: 'VND', amount: null, suppressed: true, organizations: 4 }]);
    }
  });

  it('trlProgression: two TRL-9 technologies linked to someone else’s public project do not reveal its technology’s TRL', async () => {
    const target = await project({ year: 2033, visibility: 'PUBLIC', coordinator: org.victim });
    const confidential = await createTechnology(t, victimAdmin, { ownerIds: [org.victim], projectIds: [target] });
    await assessTrl(t, victimAdmin, confidential.id, 4);
    for (let i = 0; i < 2; i++) {
      const padding = await createTechnology(t, attacker, { ownerIds: [org.attacker], projectIds: [target] });
      await assessTrl(t, attacker, padding.id, 9);
    }
    const query = graphql(`query ReportDisclosureTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) { technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } averageGainPerProject } }`);
    const filter = { fromYear: 2033, toYear: 2033 };
    for (const caller of [undefined, attacker]) {
      const response = await t.graphql(query, { filter }, caller?.headers);
      expect(response.data.trlProgression).toEqual({
        technologies: 3, averageFirstLevel: null, averageCurrentLevel: null, averageGain: null, currentLevels: [], gains: [], averageGainPerProject: null,
      });
    }
    expect((await t.graphql(query, { filter }, admin.headers)).data.trlProgression.averageCurrentLevel).toBeCloseTo(22 / 3);
  });

  const funnelQuery = graphql(`query ReportDisclosureCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) { total { researchExpenditure { currency amount suppressed projects } } } }`);

  it('commercialisationFunnel: members of a parent do not read a unit’s confidential budget; the unit’s members do', async () => {
    await project({ year: 2034, visibility: 'PARTNERS', coordinator: org.unit, budget: '5550000' });
    const expenditure = async (account: Account) =>
      (await t.graphql(funnelQuery, { filter: { organizationId: org.victim, fromYear: 2034, toYear: 2034 } }, account.headers)).data.commercialisationFunnel.total.researchExpenditure;
    expect(await expenditure(victimAdmin)).toEqual([{ currency: 'VND', amount: null, suppressed: true, projects: 1 }]);
    expect(
      (await t.graphql(funnelQuery, { filter: { organizationId: org.unit, fromYear: 2034, toYear: 2034 } }, unitMember.headers)).data.commercialisationFunnel.total.researchExpenditure,
    ).toEqual([{ currency: 'VND', amount: '5550000', suppressed: false, projects: 1 }]);
  });

  const networkQuery = graphql(`query ReportDisclosureCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { organizations links top { organizationId } } }`);
  const networkOf = async (account?: Account) => {
    const response = await t.graphql(networkQuery, { filter: { organizationId: org.victim, fromYear: 2035, toYear: 2035 } }, account?.headers);
    expect(response.errors).toBeUndefined();
    return response.data.collaborationNetwork;
  };

  it('collaborationNetwork: a partner only in a PARTNERS project is not named to those who may not read it, even after its participants asked', async () => {
    await project({ year: 2035, visibility: 'PUBLIC', coordinator: org.victim, partners: [org.partner] });
    await project({ year: 2035, visibility: 'PARTNERS', coordinator: org.victim, partners: [org.secret] });
    // The participants' network first, so that a shared cache would hand it on.
    const members = await networkOf(victimAdmin);
    expect(members.top.map((p: { organizationId: string }) => p.organizationId).sort()).toEqual([org.victim, org.partner, org.secret].sort());
    for (const caller of [undefined, attacker]) {
      const network = await networkOf(caller);
      expect(network).toMatchObject({ organizations: 2, links: 1 });
      expect(network.top.map((p: { organizationId: string }) => p.organizationId).sort()).toEqual([org.victim, org.partner].sort());
    }
    const chart = await t.app.inject({ method: 'GET', url: `/charts/bridging-organizations.svg?organizationId=${org.victim}&fromYear=2035&toYear=2035` });
    expect(chart.statusCode).toBe(200);
    expect(chart.headers['cache-control']).toBe('private, max-age=300');
    expect(chart.body).not.toContain('disclosure-secret-partner');
    expect(chart.body).toContain('disclosure-partner');
  });
});
