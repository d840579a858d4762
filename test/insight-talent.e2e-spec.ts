import type { Account } from './support/accounts.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import type { Organization } from './support/memberships.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { CollaborationFilter, CollaborationKind } from './graphql/graphql.js';

/**
 * Placements, incubations and training partnerships in the reports: the network and the synergy
 * count them when the filter names their kinds, each as visible as the records behind it; the ICF
 * factors count them (withheld where a count could single out a person or a startup); the funnel
 * counts startups incubated and graduated.
 */

const network = graphql(`query InsightTalentNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, rankBy: DEGREE, first: 100) {
  organizations links top { organizationId degree collaborations } } }`);
const synergy = graphql(`query InsightTalentSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {
  projects academiaIndustry combinations { academia industry government civilSociety projects } byYear { year projects } } }`);
const icf = graphql(`query InsightTalentIcf($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects measures { measure count suppressed } } }`);
const selfAssessment = graphql(`query InsightTalentSelfAssessment($filter: CollaborationFilter) { icfSelfAssessment(filter: $filter) {
  factors { factor projects { measures { measure count suppressed } } } } }`);
const funnel = graphql(`query InsightTalentFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {
  total { startupsFormed startupsIncubated startupsGraduated } years { year startupsIncubated startupsGraduated } conversions { from to rate } } }`);

const propose = graphql(`mutation InsightTalentPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {
  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }`);
const agree = graphql(`mutation InsightTalentAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {
  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }`);
const withdraw = graphql(`mutation InsightTalentWithdraw($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id status } ... on ErrorResult { code message field } } }`);

const createProgramme = graphql(`mutation InsightTalentIncubationProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {
  __typename ... on IncubationProgramme { id } ... on ErrorResult { errorCode message field } } }`);
const createCohort = graphql(`mutation InsightTalentCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {
  __typename ... on IncubationCohort { id version } ... on ErrorResult { errorCode message field } } }`);
const updateCohort = graphql(`mutation InsightTalentOpenCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {
  __typename ... on IncubationCohort { id status version } ... on ErrorResult { errorCode message field } } }`);
const apply = graphql(`mutation InsightTalentApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {
  __typename ... on IncubationApplication { id version startup { id } } ... on ErrorResult { errorCode message field } } }`);
const changeStatus = graphql(`mutation InsightTalentDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {
  __typename ... on IncubationApplication { id status version } ... on ErrorResult { errorCode message field } } }`);
const setConsent = graphql(`mutation InsightTalentConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {
  __typename ... on IncubationApplication { id version publicConsent } ... on ErrorResult { errorCode message field } } }`);
const assignMentor = graphql(`mutation InsightTalentMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {
  __typename ... on IncubationMentor { id } ... on ErrorResult { errorCode message field } } }`);

const createTraining = graphql(`mutation InsightTalentTraining($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {
  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }`);
const invitePartner = graphql(`mutation InsightTalentInvitePartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {
  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }`);
const answerInvitation = graphql(`mutation InsightTalentAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {
  __typename ... on TrainingPartner { id version status } ... on ErrorResult { code message field } } }`);
const recordContribution = graphql(`mutation InsightTalentContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {
  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }`);
const recordIntake = graphql(`mutation InsightTalentIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {
  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }`);

type Kind = CollaborationKind;

describe('placements, incubation and training in the insight reports', () => {
  let t: TestApp;
  let fx: Fixtures;
  let year: number;
  /** An EIU-like university with its student, and a Becamex-like business: the internship's home and host. */
  let university: Organization;
  let business: Organization;
  let uniAdmin: Account;
  let student: Account;
  let businessAdmin: Account;
  let businessMember: Account;
  /** An organisation party to nothing, and its admin. */
  let outsider: Account;
  /** The university's incubator, its startup and a second business that trains with the university. */
  let incubator: Organization;
  let incubatorEditor: Account;
  let founder: Account;
  let startupId: string;
  let trainer: Organization;
  let trainerAdmin: Account;
  let placementId: string;

  const ask = async <T>(response: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> => {
    const result = await response;
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const networkOf = async (filter: CollaborationFilter, caller?: Account) => (await ask(t.graphql(network, { filter }, caller?.headers))).collaborationNetwork;
  const degreeOf = (result: Awaited<ReturnType<typeof networkOf>>, organizationId: string) => result.top.find((p) => p.organizationId === organizationId)?.degree ?? 0;
  /** Whether two organisations are linked: the network of the two alone has one link. */
  const linked = async (a: string, b: string, kinds: Kind[], caller?: Account, years = true) => {
    const result = await networkOf({ kinds, organizationId: a, includeUnits: false, ...(years ? { fromYear: year, toYear: year } : {}) }, caller);
    return result.top.some((p) => p.organizationId === b);
  };
  const measuresOf = async (factor: string, caller?: Account, filter: CollaborationFilter = { fromYear: year, toYear: year }) => {
    const { icfFactors } = await ask(t.graphql(icf, { filter }, caller?.headers));
    return Object.fromEntries(icfFactors.find((f) => f.factor === factor)!.measures.map((m) => [m.measure, m.count]));
  };
  const funnelOf = async (caller?: Account) => (await ask(t.graphql(funnel, { filter: { organizationId: incubator.id, fromYear: year, toYear: year } }, caller?.headers))).commercialisationFunnel;

  beforeAll(async () => {
    t = await startTestApp();
    fx = fixtures(t);
    [{ year }] = await t.dataSource.query(`SELECT extract(year FROM CURRENT_DATE)::int AS year`);
    [uniAdmin, businessAdmin, outsider, founder, trainerAdmin] = await Promise.all([1, 2, 3, 4, 5].map(() => fx.newUser()));
    university = await fx.newOrganization({ admin: uniAdmin, verified: true, name: 'Sample data: Eastern International University', helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    business = await fx.newOrganization({ admin: businessAdmin, verified: true, name: 'Sample data: Becamex IDC', helix: 'INDUSTRY', kind: 'STATE_OWNED_ENTERPRISE' });
    await fx.newOrganization({ admin: outsider, verified: true, name: 'Sample data: outsider', helix: 'GOVERNMENT', kind: 'PUBLIC_AGENCY' });
    trainer = await fx.newOrganization({ admin: trainerAdmin, verified: true, name: 'Sample data: training partner', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' });
    incubator = await fx.newOrganization({ admin: uniAdmin, name: 'Sample data: university incubator', helix: 'ACADEMIA', kind: 'INCUBATOR', parentId: university.id });
    student = await fx.newMember(university, uniAdmin, 'MEMBER', { displayName: 'Sample student' });
    businessMember = await fx.newMember(business, businessAdmin, 'MEMBER');
    incubatorEditor = await fx.newMember(incubator, uniAdmin, 'EDITOR');
  }, 120_000);
  afterAll(() => t?.close());

  it('counts an agreed internship as a link in its parties’ network and in the knowledge workforce, and forgets it when the student withdraws', async () => {
    const before = await measuresOf('KNOWLEDGE_WORKFORCE', uniAdmin);
    expect(before).toMatchObject({ PLACEMENTS: 0, INTERNSHIPS: 0 });
    expect(await linked(university.id, business.id, ['PLACEMENT'], uniAdmin)).toBe(false);

    // Proposed by the university (the home side), agreed by the business (the host).
    const proposed = await t.graphql(propose, {
      input: {
        kind: 'INTERNSHIP', title: 'Sample data: internship', personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: business.id,
        startsOn: `${year}-01-15`, endsOn: `${year}-03-31`,
      },
    }, uniAdmin.headers);
    const placement = expectResult(proposed.data?.proposePlacement, 'Placement', proposed);
    placementId = placement.id;
    // Only proposed: it counts nowhere yet.
    expect(await linked(university.id, business.id, ['PLACEMENT'], uniAdmin)).toBe(false);
    const agreed = await t.graphql(agree, { input: { id: placement.id, expectedVersion: placement.version } }, businessAdmin.headers);
    expect(expectResult(agreed.data?.agreePlacement, 'Placement', agreed).status).toBe('AGREED');

    // The members of either side see the link; the figures follow the write at once.
    expect(await linked(university.id, business.id, ['PLACEMENT'], uniAdmin)).toBe(true);
    expect(await linked(business.id, university.id, ['PLACEMENT', 'PROJECT'], businessMember)).toBe(true);
    const withPlacement = await networkOf({ kinds: ['PLACEMENT'], fromYear: year, toYear: year }, student);
    expect(withPlacement).toMatchObject({ organizations: 2, links: 1 });
    expect(degreeOf(withPlacement, university.id)).toBe(1);
    // An outsider, and anyone anonymous, do not: a placement is a person's.
    expect(await linked(university.id, business.id, ['PLACEMENT'], outsider)).toBe(false);
    expect(await linked(university.id, business.id, ['PLACEMENT'])).toBe(false);
    // Without kinds the network counts what it always did: projects and agreements.
    expect(await linked(university.id, business.id, undefined as never, uniAdmin)).toBe(false);
    // A research programme has no placements.
    expect((await networkOf({ kinds: ['PLACEMENT'], programmeId: university.id }, uniAdmin)).links).toBe(0);
    // Another year does not select it.
    expect((await networkOf({ kinds: ['PLACEMENT'], fromYear: year - 1, toYear: year - 1 }, uniAdmin)).links).toBe(0);

    // The knowledge workforce counts it, for those who read it; to others the count is withheld (too few organisations).
    expect(await measuresOf('KNOWLEDGE_WORKFORCE', uniAdmin)).toMatchObject({ PLACEMENTS: 1, INTERNSHIPS: 1, SECONDMENTS: 0 });
    expect(await measuresOf('KNOWLEDGE_WORKFORCE', businessMember)).toMatchObject({ PLACEMENTS: 1, INTERNSHIPS: 1 });
    expect(await measuresOf('KNOWLEDGE_WORKFORCE', outsider)).toMatchObject({ PLACEMENTS: null, INTERNSHIPS: null, SECONDMENTS: 0 });
    expect(await measuresOf('KNOWLEDGE_WORKFORCE')).toMatchObject({ PLACEMENTS: null });
    const assessment = (await ask(t.graphql(selfAssessment, { filter: { fromYear: year, toYear: year } }, uniAdmin.headers))).icfSelfAssessment;
    const workforce = assessment.factors.find((f) => f.factor === 'KNOWLEDGE_WORKFORCE')!.projects.measures;
    expect(workforce.find((m) => m.measure === 'PLACEMENTS')).toEqual({ measure: 'PLACEMENTS', count: 1, suppressed: false });
    const csv = await t.app.inject({ method: 'GET', url: `/reports/icf-self-assessment.csv?fromYear=${year}&toYear=${year}`, headers: uniAdmin.headers });
    expect(csv.body).toContain('KNOWLEDGE_WORKFORCE,records,placements,1,placements');
    const anonymousCsv = await t.app.inject({ method: 'GET', url: `/reports/icf-self-assessment.csv?fromYear=${year}&toYear=${year}` });
    expect(anonymousCsv.body).toContain('KNOWLEDGE_WORKFORCE,records,placements,,placements');
    expect(anonymousCsv.body).toMatch(/KNOWLEDGE_WORKFORCE,records,placements,,placements,[^\r]*WITHHELD/);

    // Synergy with placements counts it as an academia–industry collaboration, for its parties.
    const counted = (await ask(t.graphql(synergy, { filter: { kinds: ['PLACEMENT'], fromYear: year, toYear: year } }, uniAdmin.headers))).tripleHelixSynergy;
    expect(counted.projects).toBe(1);
    expect(counted.combinations).toEqual([{ academia: true, industry: true, government: false, civilSociety: false, projects: 1 }]);
    expect(counted.byYear).toEqual([{ year, projects: 1 }]);
    expect((await ask(t.graphql(synergy, { filter: { kinds: ['PLACEMENT'], fromYear: year, toYear: year } }))).tripleHelixSynergy.projects).toBe(0);
    // The default synergy is over projects only.
    expect((await ask(t.graphql(synergy, { filter: { fromYear: year, toYear: year } }, uniAdmin.headers))).tripleHelixSynergy.projects).toBe(0);

    // The student withdraws: the placement counts nowhere, for anyone.
    const withdrawn = await t.graphql(withdraw, { id: placementId }, student.headers);
    expect(expectResult(withdrawn.data?.withdrawPlacement, 'Placement', withdrawn).status).toBe('WITHDRAWN');
    expect(await linked(university.id, business.id, ['PLACEMENT'], uniAdmin)).toBe(false);
    expect(await linked(business.id, university.id, ['PLACEMENT'], businessMember)).toBe(false);
    expect(await measuresOf('KNOWLEDGE_WORKFORCE', uniAdmin)).toMatchObject({ PLACEMENTS: 0, INTERNSHIPS: 0 });
    expect((await ask(t.graphql(synergy, { filter: { kinds: ['PLACEMENT'], fromYear: year, toYear: year } }, uniAdmin.headers))).tripleHelixSynergy.projects).toBe(0);
  });

  it('counts an incubated startup that graduates in the funnel, in innovation and, for the parties, in the network', async () => {
    const programme = await t.graphql(createProgramme, { input: { organizationId: incubator.id, kind: 'INCUBATOR', name: 'Sample data: incubation programme' } }, incubatorEditor.headers);
    const programmeId = expectResult(programme.data?.createIncubationProgramme, 'IncubationProgramme', programme).id;
    const made = await t.graphql(createCohort, { input: { programmeId, name: 'Sample data: cohort', startsOn: `${year}-01-01`, endsOn: `${year}-12-31` } }, incubatorEditor.headers);
    const cohort = expectResult(made.data?.createIncubationCohort, 'IncubationCohort', made);
    const opened = await t.graphql(updateCohort, { input: { id: cohort.id, expectedVersion: cohort.version, status: 'OPEN' } }, incubatorEditor.headers);
    expectResult(opened.data?.updateIncubationCohort, 'IncubationCohort', opened);
    const applied = await t.graphql(apply, { input: { cohortId: cohort.id, newStartup: { name: 'Sample data: water sensors startup' }, pitch: 'Sample pitch' } }, founder.headers);
    let file = expectResult(applied.data?.applyToIncubationCohort, 'IncubationApplication', applied);
    startupId = file.startup.id;

    // An application alone is no incubation.
    const empty = await funnelOf(incubatorEditor);
    expect(empty.total).toMatchObject({ startupsIncubated: 0, startupsGraduated: 0 });
    expect(await measuresOf('INNOVATION', incubatorEditor)).toMatchObject({ STARTUPS_INCUBATED: 0, STARTUPS_GRADUATED: 0 });
    expect(await linked(incubator.id, startupId, ['INCUBATION'], incubatorEditor)).toBe(false);

    const admitted = await t.graphql(changeStatus, { input: { id: file.id, expectedVersion: file.version, status: 'ADMITTED' } }, incubatorEditor.headers);
    file = { ...file, ...expectResult(admitted.data?.changeIncubationApplicationStatus, 'IncubationApplication', admitted) };
    expect((await funnelOf(incubatorEditor)).total).toMatchObject({ startupsIncubated: 1, startupsGraduated: 0 });
    // The runner's and the startup's members see the link; no one else does before a consented graduation.
    expect(await linked(incubator.id, startupId, ['INCUBATION'], incubatorEditor)).toBe(true);
    expect(await linked(startupId, incubator.id, ['INCUBATION'], founder)).toBe(true);
    expect(await linked(incubator.id, startupId, ['INCUBATION'], outsider)).toBe(false);
    expect(await linked(incubator.id, startupId, ['INCUBATION'])).toBe(false);

    // A mentor from the business: a mentoring links the business and the startup, for the runner and the startup only.
    const mentored = await t.graphql(assignMentor, { input: { applicationId: file.id, userId: businessMember.id, organizationId: business.id } }, incubatorEditor.headers);
    expectResult(mentored.data?.assignIncubationMentor, 'IncubationMentor', mentored);
    expect(await linked(business.id, startupId, ['INCUBATION'], incubatorEditor)).toBe(true);
    expect(await linked(business.id, startupId, ['INCUBATION'], outsider)).toBe(false);

    const graduated = await t.graphql(changeStatus, { input: { id: file.id, expectedVersion: file.version, status: 'GRADUATED' } }, incubatorEditor.headers);
    file = { ...file, ...expectResult(graduated.data?.changeIncubationApplicationStatus, 'IncubationApplication', graduated) };
    const after = await funnelOf(incubatorEditor);
    expect(after.total).toMatchObject({ startupsIncubated: 1, startupsGraduated: 1, startupsFormed: 0 });
    expect(after.years).toEqual([{ year, startupsIncubated: 1, startupsGraduated: 1 }]);
    expect(after.conversions).toContainEqual({ from: 'startupsIncubated', to: 'startupsGraduated', rate: 1 });
    expect(await measuresOf('INNOVATION', incubatorEditor)).toMatchObject({ STARTUPS_INCUBATED: 1, STARTUPS_GRADUATED: 1, SPIN_OFFS_FORMED: 0 });
    expect(await measuresOf('INNOVATION', founder, { organizationId: startupId })).toMatchObject({ STARTUPS_INCUBATED: 1, STARTUPS_GRADUATED: 1 });
    // To others a count about one startup is withheld, and so is the rate.
    const anonymous = await funnelOf();
    expect(anonymous.total).toMatchObject({ startupsIncubated: null, startupsGraduated: null });
    expect(anonymous.conversions).toContainEqual({ from: 'startupsIncubated', to: 'startupsGraduated', rate: null });
    expect(await measuresOf('INNOVATION', outsider)).toMatchObject({ STARTUPS_INCUBATED: null, STARTUPS_GRADUATED: null });

    // Once the startup consents, its graduation is public, and so is the link; the mentoring stays confidential.
    expect(await linked(incubator.id, startupId, ['INCUBATION'])).toBe(false);
    const consented = await t.graphql(setConsent, { input: { id: file.id, expectedVersion: file.version, publicConsent: true } }, founder.headers);
    expectResult(consented.data?.setIncubationConsent, 'IncubationApplication', consented);
    expect(await linked(incubator.id, startupId, ['INCUBATION'])).toBe(true);
    expect(await linked(business.id, startupId, ['INCUBATION'])).toBe(false);
    // Incubation is no project: the project figures and the default network leave it out.
    expect(await linked(incubator.id, startupId, ['PROJECT', 'AGREEMENT'], incubatorEditor)).toBe(false);

    // The funnel chart draws the new stages.
    const chart = await t.app.inject({ method: 'GET', url: `/charts/commercialisation-funnel.svg?organizationId=${incubator.id}&lang=vi` });
    expect(chart.statusCode).toBe(200);
    expect(chart.body).toContain('Doanh nghiệp được ươm tạo');
    expect(chart.body).toContain('không công bố');
  });

  it('shows training partnerships publicly, dated by the years of their contributions', async () => {
    const created = await t.graphql(createTraining, { input: { runnerOrganizationId: university.id, title: 'Sample data: automation engineers', startsOn: `${year - 1}-09-01` } }, uniAdmin.headers);
    const programme = expectResult(created.data?.createTrainingProgramme, 'TrainingProgramme', created);
    const invited = await t.graphql(invitePartner, { input: { programmeId: programme.id, organizationId: trainer.id } }, uniAdmin.headers);
    const partner = expectResult(invited.data?.inviteTrainingPartner, 'TrainingPartner', invited);
    // An invitation is no partnership.
    expect(await linked(university.id, trainer.id, ['TRAINING'], undefined, false)).toBe(false);
    const accepted = await t.graphql(answerInvitation, { input: { partnerId: partner.id, expectedVersion: partner.version, accept: true } }, trainerAdmin.headers);
    const active = expectResult(accepted.data?.answerTrainingInvitation, 'TrainingPartner', accepted);

    // Public at once, for every year; a year filter needs a contribution in those years.
    expect(await linked(university.id, trainer.id, ['TRAINING'], undefined, false)).toBe(true);
    expect(await linked(university.id, trainer.id, ['TRAINING'])).toBe(false);
    const contributed = await t.graphql(recordContribution, { input: { partnerId: active.id, expectedVersion: active.version, year, seatsFunded: 5, graduatesHired: 2 } }, trainerAdmin.headers);
    expectResult(contributed.data?.recordTrainingContribution, 'TrainingPartner', contributed);
    expect(await linked(university.id, trainer.id, ['TRAINING'])).toBe(true);
    expect(await linked(trainer.id, university.id, ['TRAINING'], outsider)).toBe(true);
    const intake = await t.graphql(recordIntake, { input: { programmeId: programme.id, expectedVersion: programme.version, year, trainees: 30, graduates: 12 } }, uniAdmin.headers);
    expectResult(intake.data?.recordTrainingIntake, 'TrainingProgramme', intake);

    // Training figures are public: anyone reads them in the knowledge workforce.
    expect(await measuresOf('KNOWLEDGE_WORKFORCE')).toMatchObject({ TRAINEES: 30, TRAINING_GRADUATES: 12, SEATS_FUNDED: 5, GRADUATES_HIRED: 2 });
    expect(await measuresOf('KNOWLEDGE_WORKFORCE', undefined, { organizationId: trainer.id })).toMatchObject({ TRAINEES: 0, SEATS_FUNDED: 5, GRADUATES_HIRED: 2 });
    expect(await measuresOf('KNOWLEDGE_WORKFORCE', undefined, { fromYear: year - 1, toYear: year - 1 })).toMatchObject({ TRAINEES: 0, SEATS_FUNDED: 0 });
    // And the synergy counts the partnership as academia–industry for anyone.
    const counted = (await ask(t.graphql(synergy, { filter: { kinds: ['TRAINING'], fromYear: year, toYear: year } }))).tripleHelixSynergy;
    expect(counted.combinations).toEqual([{ academia: true, industry: true, government: false, civilSociety: false, projects: 1 }]);
  });

  it('keeps the kinds apart, and refuses a kind twice or one that does not exist', async () => {
    // All kinds at once, as the platform would see them: the consented graduation, the mentoring and the training partnership.
    const admin = await fx.platformAdmin();
    const everything = await networkOf({ kinds: ['PROJECT', 'AGREEMENT', 'PLACEMENT', 'INCUBATION', 'TRAINING'] }, admin);
    expect(degreeOf(everything, startupId)).toBe(2);
    expect(degreeOf(everything, university.id)).toBe(1);
    expect(everything.top.find((p) => p.organizationId === startupId)?.collaborations).toBe(2);
    // Statuses name projects: without kinds they leave agreements out, as before; with kinds, the kinds decide.
    expect((await networkOf({ statuses: ['ACTIVE'], kinds: ['TRAINING'] })).links).toBe(1);
    expect((await networkOf({ statuses: ['ACTIVE'] })).links).toBe(0);

    const twice = await t.graphql(network, { filter: { kinds: ['PLACEMENT', 'PLACEMENT'] } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknown = await t.graphql(network, { filter: { kinds: ['FRIENDSHIP' as Kind] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
