import type { Account } from './support/accounts.js';
import { fixtures } from './support/fixtures.js';
import type { Organization } from './support/memberships.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/**
 * The incubation journey: an incubator at a university runs a programme and opens a cohort; a
 * startup applies, is admitted, meets milestones with a mentor from a business and graduates, and
 * its spin-off record links to the programme. Beside it, what each caller may not do or see.
 */

const createProgramme = graphql(`mutation IncubationCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {
  __typename ... on IncubationProgramme { id kind name version organization { id } } ... on ErrorResult { errorCode message field } } }`);
const createCohort = graphql(`mutation IncubationCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {
  __typename ... on IncubationCohort { id status version programme { id } } ... on ErrorResult { errorCode message field } } }`);
const updateCohort = graphql(`mutation IncubationUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {
  __typename ... on IncubationCohort { id status version }
  ... on InvalidIncubationCohortTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }`);
const apply = graphql(`mutation IncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {
  __typename
  ... on IncubationApplication { id status version pitch startup { id helix kind } cohort { id } programme { id } }
  ... on IncubationCohortNotOpenError { cohortStatus applicationsCloseOn }
  ... on ErrorResult { errorCode message field } } }`);
const changeStatus = graphql(`mutation IncubationChangeStatus($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {
  __typename ... on IncubationApplication { id status version endedOn decidedAt decisionReason }
  ... on InvalidIncubationApplicationTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }`);
const setConsent = graphql(`mutation IncubationSetConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {
  __typename ... on IncubationApplication { id publicConsent version } ... on ErrorResult { errorCode message field } } }`);
const assignMentor = graphql(`mutation IncubationAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {
  __typename ... on IncubationMentor { id current since user { id } organization { id } } ... on ErrorResult { errorCode message field } } }`);
const addMilestone = graphql(`mutation IncubationAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) {
  __typename ... on IncubationMilestone { id status version } ... on ErrorResult { errorCode message field } } }`);
const markMilestone = graphql(`mutation IncubationMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) {
  __typename ... on IncubationMilestone { id status metOn version }
  ... on InvalidIncubationMilestoneTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }`);
const addReport = graphql(`mutation IncubationAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) {
  __typename ... on IncubationReport { id jobs fundsRaised { amount currency } } ... on ErrorResult { errorCode message field } } }`);
const createSpinOff = graphql(`mutation IncubationCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }`);

const file = graphql(`query IncubationFile($id: ID!) { incubationApplication(id: $id) {
  id status pitch decisionReason publicConsent startup { id } programme { id name }
  mentors { user { id } organization { id } current } milestones { title status metOn } reports { jobs fundsRaised { amount currency } } } }`);
const files = graphql(`query IncubationFiles($filter: IncubationApplicationFilter) { incubationApplications(filter: $filter) { totalCount edges { node { id pitch } } } }`);
const publicView = graphql(`query IncubationPublicView($id: ID!) { incubationProgramme(id: $id) {
  id name organization { id } cohorts { totalCount edges { node { id status graduates { id } } } } } }`);
const spinOffIncubations = graphql(`query IncubationSpinOffs($parent: ID!) { spinOffs(filter: { parentOrganizationId: $parent }) { edges { node {
  organization { id }
  incubations { totalCount edges { node { id status pitch mentors { current } reports { jobs } milestones { title } programme { id } } } } } } } }`);
const nestedFiles = graphql(`query IncubationNestedFiles($first: Int) { incubationProgrammes(first: $first) { edges { node { id organization { name }
  cohorts(first: $first) { edges { node { id graduates { name } } } } } } }
  incubationApplications(first: $first) { edges { node { id pitch startup { name } cohort { name programme { name } } mentors { user { displayName } organization { name } }
    milestones { title } reports { fundsRaised { amount } } } } } }`);
const organizationIncubations = graphql(`query IncubationOfOrganization($id: ID!) { organization(id: $id) { incubations { totalCount edges { node { id status pitch } } } } }`);

const errorCode = (response: { errors?: { extensions?: { code?: string; field?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('incubation', () => {
  let t: TestApp;
  let fx: ReturnType<typeof fixtures>;
  let universityAdmin: Account;
  let incubatorEditor: Account;
  let incubatorMember: Account;
  let businessAdmin: Account;
  let mentor: Account;
  let otherMentor: Account;
  let founder: Account;
  let secondFounder: Account;
  let outsider: Account;
  let university: Organization;
  let incubator: Organization;
  let business: Organization;
  let secondStartup: Organization;
  let outsiderCompany: Organization;
  let programmeId: string;
  let cohort: { id: string; version: number };
  let application: { id: string; version: number; startupId: string };
  let second: { id: string; version: number };
  let today: string;

  const dayFrom = (days: number) => {
    const date = new Date(`${today}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    fx = fixtures(t);
    [{ today }] = await t.dataSource.query(`SELECT CURRENT_DATE::text AS today`);
    [universityAdmin, businessAdmin, founder, secondFounder, outsider] = await Promise.all([fx.newUser(), fx.newUser(), fx.newUser(), fx.newUser(), fx.newUser()]);
    university = await fx.newOrganization({ admin: universityAdmin, helix: 'ACADEMIA', kind: 'UNIVERSITY', name: 'Sample university (sample data)' });
    incubator = await fx.newOrganization({ admin: universityAdmin, helix: 'ACADEMIA', kind: 'INCUBATOR', parentId: university.id, name: 'Sample university incubator (sample data)' });
    incubatorEditor = await fx.newMember(incubator, universityAdmin, 'EDITOR');
    incubatorMember = await fx.newMember(incubator, universityAdmin, 'MEMBER');
    business = await fx.newOrganization({ admin: businessAdmin, helix: 'INDUSTRY', kind: 'STATE_OWNED_ENTERPRISE', name: 'Sample industrial developer (sample data)' });
    mentor = await fx.newMember(business, businessAdmin, 'MEMBER');
    otherMentor = await fx.newMember(business, businessAdmin, 'MEMBER');
    secondStartup = await fx.newOrganization({ admin: secondFounder, name: 'Sample second startup (sample data)' });
    outsiderCompany = await fx.newOrganization({ admin: outsider, name: 'Sample outsider startup (sample data)' });
  });

  afterAll(() => t?.close());

  it('lets the incubator’s editors start a programme and a cohort, refusing a cohort that ends before it starts', async () => {
    const created = await t.graphql(createProgramme, { input: { organizationId: incubator.id, kind: 'INCUBATOR', name: 'Sample incubation programme (sample data)' } }, incubatorEditor.headers);
    const programme = expectResult(created.data.createIncubationProgramme, 'IncubationProgramme', created);
    expect(programme).toMatchObject({ kind: 'INCUBATOR', version: 1, organization: { id: incubator.id } });
    programmeId = programme.id;

    const backwards = await t.graphql(createCohort, { input: { programmeId, name: 'Sample cohort', startsOn: dayFrom(30), endsOn: dayFrom(10) } }, incubatorEditor.headers);
    expect(expectResult(backwards.data.createIncubationCohort, 'InvalidInputError')).toMatchObject({ errorCode: 'INVALID_INPUT', field: 'input.endsOn' });
    expect(await count('incubation_cohort')).toBe(0);

    // A member who is no editor may not; another organisation does not even see the runner.
    expect(errorCode(await t.graphql(createCohort, { input: { programmeId, name: 'Sample cohort', startsOn: dayFrom(1), endsOn: dayFrom(90) } }, incubatorMember.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(createProgramme, { input: { organizationId: incubator.id, kind: 'ACCELERATOR', name: 'Sample hijack' } }, outsider.headers))).toBe('NOT_FOUND');

    const made = await t.graphql(createCohort, { input: { programmeId, name: 'Sample cohort 2026 (sample data)', startsOn: dayFrom(1), endsOn: dayFrom(180), seats: 2 } }, incubatorEditor.headers);
    const planned = expectResult(made.data.createIncubationCohort, 'IncubationCohort', made);
    expect(planned).toMatchObject({ status: 'PLANNED', programme: { id: programmeId } });
    cohort = planned;
  });

  it('takes applications only while the cohort is OPEN, and opens it only at the version read', async () => {
    const early = await t.graphql(apply, { input: { cohortId: cohort.id, newStartup: { name: 'Sample too early startup', slug: 'sample-too-early' }, pitch: 'Sample pitch' } }, founder.headers);
    expect(expectResult(early.data.applyToIncubationCohort, 'IncubationCohortNotOpenError')).toMatchObject({ errorCode: 'COHORT_NOT_OPEN', cohortStatus: 'PLANNED' });
    expect(await t.dataSource.query(`SELECT 1 FROM organization WHERE slug = 'sample-too-early'`)).toEqual([]);
    expect(await count('incubation_application')).toBe(0);

    const stale = await t.graphql(updateCohort, { input: { id: cohort.id, expectedVersion: cohort.version + 5, status: 'OPEN' } }, incubatorEditor.headers);
    expect(expectResult(stale.data.updateIncubationCohort, 'VersionConflictError')).toMatchObject({ errorCode: 'VERSION_CONFLICT' });
    const finished = await t.graphql(updateCohort, { input: { id: cohort.id, expectedVersion: cohort.version, status: 'FINISHED' } }, incubatorEditor.headers);
    expect(expectResult(finished.data.updateIncubationCohort, 'InvalidIncubationCohortTransitionError').allowedStatuses).toEqual(['OPEN', 'CANCELLED']);
    const opened = await t.graphql(updateCohort, { input: { id: cohort.id, expectedVersion: cohort.version, status: 'OPEN' } }, incubatorEditor.headers);
    cohort = expectResult(opened.data.updateIncubationCohort, 'IncubationCohort', opened);
    expect(cohort).toMatchObject({ status: 'OPEN', version: 2 });
  });

  it('lets a founder apply with a new startup (becoming its admin) and another with the startup they edit', async () => {
    const response = await t.graphql(apply, { input: { cohortId: cohort.id, newStartup: { name: 'Sample Cảm Biến Nước (sample data)' }, pitch: 'Sample pitch: cheap water sensors' } }, founder.headers);
    const applied = expectResult(response.data.applyToIncubationCohort, 'IncubationApplication', response);
    expect(applied).toMatchObject({ status: 'APPLIED', pitch: 'Sample pitch: cheap water sensors', startup: { helix: 'INDUSTRY', kind: 'STARTUP' }, cohort: { id: cohort.id }, programme: { id: programmeId } });
    application = { id: applied.id, version: applied.version, startupId: applied.startup.id };
    const [membership] = await t.dataSource.query(`SELECT role FROM membership WHERE organization_id = $1 AND user_id = $2`, [application.startupId, founder.id]);
    expect(membership.role).toBe('ADMIN');

    // An organisation that is no startup cannot apply; nor can someone who does not edit the startup.
    const notStartup = await t.graphql(apply, { input: { cohortId: cohort.id, startupOrganizationId: business.id, pitch: 'Sample pitch' } }, businessAdmin.headers);
    expect(expectResult(notStartup.data.applyToIncubationCohort, 'InvalidInputError').field).toBe('input.startupOrganizationId');
    expect(errorCode(await t.graphql(apply, { input: { cohortId: cohort.id, startupOrganizationId: secondStartup.id, pitch: 'Sample pitch' } }, founder.headers))).toBe('NOT_FOUND');

    const other = await t.graphql(apply, { input: { cohortId: cohort.id, startupOrganizationId: secondStartup.id, pitch: 'Sample pitch: second' } }, secondFounder.headers);
    second = expectResult(other.data.applyToIncubationCohort, 'IncubationApplication', other);
    const again = await t.graphql(apply, { input: { cohortId: cohort.id, startupOrganizationId: secondStartup.id, pitch: 'Sample pitch: again' } }, secondFounder.headers);
    expect(expectResult(again.data.applyToIncubationCohort, 'InvalidInputError').message).toMatch(/already applied/);

    // Both parties hear of the application: it is in the runner's trail and in the startup's.
    const audited = await t.dataSource.query(`SELECT organization_id FROM audit_change WHERE entity_type = 'IncubationApplication' AND entity_id = $1 AND action = 'incubation_application.applied'`, [application.id]);
    expect(audited.map((row: { organization_id: string }) => row.organization_id).sort()).toEqual([incubator.id, application.startupId].sort());
  });

  it('lets only the runner’s editors decide: the startup cannot admit itself', async () => {
    const self = await t.graphql(changeStatus, { input: { id: application.id, expectedVersion: application.version, status: 'ADMITTED' } }, founder.headers);
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(changeStatus, { input: { id: application.id, expectedVersion: application.version, status: 'ADMITTED' } }, incubatorMember.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(changeStatus, { input: { id: application.id, expectedVersion: application.version, status: 'ADMITTED' } }, outsider.headers))).toBe('NOT_FOUND');
    const [{ status }] = await t.dataSource.query(`SELECT status FROM incubation_application WHERE id = $1`, [application.id]);
    expect(status).toBe('APPLIED');

    const admitted = await t.graphql(changeStatus, { input: { id: application.id, expectedVersion: application.version, status: 'ADMITTED', reason: 'Sample reason: strong team' } }, incubatorEditor.headers);
    const result = expectResult(admitted.data.changeIncubationApplicationStatus, 'IncubationApplication', admitted);
    expect(result).toMatchObject({ status: 'ADMITTED', decisionReason: 'Sample reason: strong team', endedOn: null });
    expect(result.decidedAt).not.toBeNull();
    application.version = result.version;
    const both = await t.graphql(changeStatus, { input: { id: second.id, expectedVersion: second.version, status: 'ADMITTED' } }, incubatorEditor.headers);
    second = expectResult(both.data.changeIncubationApplicationStatus, 'IncubationApplication', both);

    // An admitted startup cannot be withdrawn, only leave; a decided one is not decided again.
    const withdraw = await t.graphql(changeStatus, { input: { id: application.id, expectedVersion: application.version, status: 'WITHDRAWN' } }, founder.headers);
    expect(expectResult(withdraw.data.changeIncubationApplicationStatus, 'InvalidIncubationApplicationTransitionError').allowedStatuses).toEqual(['GRADUATED', 'LEFT', 'FAILED']);
  });

  it('assigns mentors who are active members of the organisation they come from', async () => {
    const notMember = await t.graphql(assignMentor, { input: { applicationId: application.id, userId: outsider.id, organizationId: business.id } }, incubatorEditor.headers);
    expect(expectResult(notMember.data.assignIncubationMentor, 'InvalidInputError').field).toBe('input.userId');
    expect(errorCode(await t.graphql(assignMentor, { input: { applicationId: application.id, userId: mentor.id, organizationId: business.id } }, founder.headers))).toBe('FORBIDDEN');
    const future = await t.graphql(assignMentor, { input: { applicationId: application.id, userId: mentor.id, organizationId: business.id, since: dayFrom(3) } }, incubatorEditor.headers);
    expect(expectResult(future.data.assignIncubationMentor, 'InvalidInputError').field).toBe('input.since');
    expect(await count('incubation_mentor')).toBe(0);

    const assigned = await t.graphql(assignMentor, { input: { applicationId: application.id, userId: mentor.id, organizationId: business.id } }, incubatorEditor.headers);
    expect(expectResult(assigned.data.assignIncubationMentor, 'IncubationMentor', assigned)).toMatchObject({ current: true, since: today, user: { id: mentor.id }, organization: { id: business.id } });
    const secondMentor = await t.graphql(assignMentor, { input: { applicationId: second.id, userId: otherMentor.id, organizationId: business.id } }, incubatorEditor.headers);
    expectResult(secondMentor.data.assignIncubationMentor, 'IncubationMentor', secondMentor);
  });

  it('lets the startup plan milestones and its mentor mark them, and no other mentor', async () => {
    const added = await t.graphql(addMilestone, { input: { applicationId: application.id, title: 'Sample milestone: first paying customer', dueOn: dayFrom(60) } }, founder.headers);
    const milestone = expectResult(added.data.addIncubationMilestone, 'IncubationMilestone', added);
    expect(milestone.status).toBe('PLANNED');

    // The mentor of another startup does not see this file at all.
    expect(errorCode(await t.graphql(markMilestone, { input: { id: milestone.id, expectedVersion: milestone.version, status: 'MET' } }, otherMentor.headers))).toBe('NOT_FOUND');
    // The startup plans, but does not mark its own milestones.
    expect(errorCode(await t.graphql(markMilestone, { input: { id: milestone.id, expectedVersion: milestone.version, status: 'MET' } }, founder.headers))).toBe('FORBIDDEN');
    const future = await t.graphql(markMilestone, { input: { id: milestone.id, expectedVersion: milestone.version, status: 'MET', metOn: dayFrom(2) } }, mentor.headers);
    expect(expectResult(future.data.markIncubationMilestone, 'InvalidInputError').field).toBe('input.metOn');
    const stale = await t.graphql(markMilestone, { input: { id: milestone.id, expectedVersion: milestone.version + 1, status: 'MET' } }, mentor.headers);
    expect(expectResult(stale.data.markIncubationMilestone, 'VersionConflictError').errorCode).toBe('VERSION_CONFLICT');

    const met = await t.graphql(markMilestone, { input: { id: milestone.id, expectedVersion: milestone.version, status: 'MET' } }, mentor.headers);
    expect(expectResult(met.data.markIncubationMilestone, 'IncubationMilestone', met)).toMatchObject({ status: 'MET', metOn: today, version: 2 });
    const again = await t.graphql(markMilestone, { input: { id: milestone.id, expectedVersion: 2, status: 'MISSED' } }, mentor.headers);
    expect(expectResult(again.data.markIncubationMilestone, 'InvalidIncubationMilestoneTransitionError').allowedStatuses).toEqual([]);
  });

  it('takes the startup’s reports, refusing bad periods, amounts and jobs', async () => {
    const report = (input: Record<string, unknown>) =>
      t.graphql(addReport, { input: { applicationId: application.id, periodStart: dayFrom(-90), periodEnd: dayFrom(-1), fundsRaised: { amount: '500000000', currency: 'VND' }, jobs: 4, ...input } as never }, founder.headers);
    const negative = await report({ jobs: -1 });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.extensions?.field).toBe('input.jobs');
    const unknownCurrency = await report({ fundsRaised: { amount: '10', currency: 'XYZ' } });
    expect(errorCode(unknownCurrency)).toBe('BAD_USER_INPUT');
    expect(unknownCurrency.errors?.[0]?.extensions?.field).toBe('input.fundsRaised.currency');
    expect(expectResult((await report({ periodEnd: dayFrom(5) })).data.addIncubationReport, 'InvalidInputError').field).toBe('input.periodEnd');
    expect(expectResult((await report({ periodStart: dayFrom(-1), periodEnd: dayFrom(-9) })).data.addIncubationReport, 'InvalidInputError').field).toBe('input.periodEnd');
    // The runner reads reports but does not write the startup's.
    expect(
      errorCode(
        await t.graphql(addReport, { input: { applicationId: application.id, periodStart: dayFrom(-90), periodEnd: dayFrom(-1), fundsRaised: { amount: '1', currency: 'VND' }, jobs: 1 } }, incubatorEditor.headers),
      ),
    ).toBe('FORBIDDEN');
    expect(await count('incubation_report')).toBe(0);

    const written = await report({});
    expect(expectResult(written.data.addIncubationReport, 'IncubationReport', written)).toMatchObject({ jobs: 4, fundsRaised: { amount: '500000000', currency: 'VND' } });
    expect(expectResult((await report({})).data.addIncubationReport, 'InvalidInputError').message).toMatch(/already reported/);
  });

  it('shows a mentor the files they mentor, and only those', async () => {
    const mine = await t.graphql(files, {}, mentor.headers);
    expect(mine.data.incubationApplications.edges.map((edge) => edge.node.id)).toEqual([application.id]);
    const filtered = await t.graphql(files, { filter: { mentoredByMe: true } }, mentor.headers);
    expect(filtered.data.incubationApplications.totalCount).toBe(1);
    const read = await t.graphql(file, { id: application.id }, mentor.headers);
    expect(read.data.incubationApplication).toMatchObject({ pitch: 'Sample pitch: cheap water sensors', reports: [{ jobs: 4 }], milestones: [{ status: 'MET' }], mentors: [{ current: true }] });
    expect((await t.graphql(file, { id: second.id }, mentor.headers)).data.incubationApplication).toBeNull();
    // The runner's members read every file of the programme.
    expect((await t.graphql(files, { filter: { programmeId } }, incubatorMember.headers)).data.incubationApplications.totalCount).toBe(2);
  });

  it('graduates the startup (not in the future), which consents to show it, and links it from its spin-off', async () => {
    const future = await t.graphql(changeStatus, { input: { id: application.id, expectedVersion: application.version, status: 'GRADUATED', endedOn: dayFrom(1) } }, incubatorEditor.headers);
    expect(expectResult(future.data.changeIncubationApplicationStatus, 'InvalidInputError').field).toBe('input.endedOn');
    const graduated = await t.graphql(changeStatus, { input: { id: application.id, expectedVersion: application.version, status: 'GRADUATED' } }, incubatorEditor.headers);
    const result = expectResult(graduated.data.changeIncubationApplicationStatus, 'IncubationApplication', graduated);
    expect(result).toMatchObject({ status: 'GRADUATED', endedOn: today });
    // The runner cannot give the startup's consent.
    expect(errorCode(await t.graphql(setConsent, { input: { id: application.id, expectedVersion: result.version, publicConsent: true } }, incubatorEditor.headers))).toBe('FORBIDDEN');
    const consented = await t.graphql(setConsent, { input: { id: application.id, expectedVersion: result.version, publicConsent: true } }, founder.headers);
    expect(expectResult(consented.data.setIncubationConsent, 'IncubationApplication', consented).publicConsent).toBe(true);

    const secondGraduated = await t.graphql(changeStatus, { input: { id: second.id, expectedVersion: second.version, status: 'GRADUATED' } }, incubatorEditor.headers);
    expectResult(secondGraduated.data.changeIncubationApplicationStatus, 'IncubationApplication', secondGraduated);

    // The university records the startup as its spin-off (its admin edits the startup too).
    await fx.addMember({ id: application.startupId }, founder, universityAdmin, 'EDITOR');
    const spinOff = await t.graphql(createSpinOff, { input: { parentOrganizationId: university.id, organizationId: application.startupId, foundedOn: dayFrom(-200) } }, universityAdmin.headers);
    expectResult(spinOff.data.createSpinOff, 'SpinOff', spinOff);
    const linked = await t.graphql(spinOffIncubations, { parent: university.id }, founder.headers);
    const [node] = linked.data.spinOffs.edges.map((edge) => edge.node);
    expect(node.incubations.edges.map((edge) => edge.node)).toEqual([
      { id: application.id, status: 'GRADUATED', pitch: 'Sample pitch: cheap water sensors', mentors: [{ current: true }], reports: [{ jobs: 4 }], milestones: [{ title: 'Sample milestone: first paying customer' }], programme: { id: programmeId } },
    ]);

    const facts = await t.dataSource.query(`SELECT programme_id, runner_organization_id, startup_organization_id, status, public_consent, ended_on::text FROM incubation_fact WHERE id = $1`, [application.id]);
    expect(facts).toEqual([{ programme_id: programmeId, runner_organization_id: incubator.id, startup_organization_id: application.startupId, status: 'GRADUATED', public_consent: true, ended_on: today }]);
    const mentors = await t.dataSource.query(`SELECT user_id, organization_id FROM incubation_mentor_fact WHERE application_id = $1`, [application.id]);
    expect(mentors).toEqual([{ user_id: mentor.id, organization_id: business.id }]);
  });

  it('shows outsiders and anonymous callers only the public summary: programme, cohorts, consented graduates', async () => {
    for (const headers of [outsider.headers, undefined]) {
      const view = await t.graphql(publicView, { id: programmeId }, headers);
      expect(view.data.incubationProgramme).toMatchObject({ id: programmeId, organization: { id: incubator.id } });
      // The second startup graduated too, but did not consent.
      expect(view.data.incubationProgramme.cohorts.edges.map((edge) => edge.node.graduates)).toEqual([[{ id: application.startupId }]]);
      const linked = await t.graphql(spinOffIncubations, { parent: university.id }, headers);
      expect(linked.data.spinOffs.edges[0].node.incubations.edges.map((edge) => edge.node)).toEqual([
        { id: application.id, status: 'GRADUATED', pitch: null, mentors: [], reports: [], milestones: [], programme: { id: programmeId } },
      ]);
      expect((await t.graphql(organizationIncubations, { id: secondStartup.id }, headers)).data.organization.incubations.totalCount).toBe(0);
    }
    expect((await t.graphql(files, {}, outsider.headers)).data.incubationApplications.totalCount).toBe(0);
    expect((await t.graphql(file, { id: application.id }, outsider.headers)).data.incubationApplication).toBeNull();
    expect(errorCode(await t.graphql(files, {}))).toBe('UNAUTHENTICATED');
  });

  it('lets another organisation change nothing', async () => {
    const before = await t.dataSource.query(`SELECT id, version, status, public_consent FROM incubation_application ORDER BY id`);
    const attempts = [
      t.graphql(changeStatus, { input: { id: application.id, expectedVersion: 4, status: 'FAILED' } }, outsider.headers),
      t.graphql(setConsent, { input: { id: second.id, expectedVersion: 3, publicConsent: true } }, outsider.headers),
      t.graphql(addReport, { input: { applicationId: second.id, periodStart: dayFrom(-30), periodEnd: dayFrom(-1), fundsRaised: { amount: '1', currency: 'VND' }, jobs: 1 } }, outsider.headers),
      t.graphql(addMilestone, { input: { applicationId: second.id, title: 'Sample intrusion', dueOn: dayFrom(10) } }, outsider.headers),
      t.graphql(assignMentor, { input: { applicationId: second.id, userId: outsider.id, organizationId: outsiderCompany.id } }, outsider.headers),
      t.graphql(updateCohort, { input: { id: cohort.id, expectedVersion: cohort.version, status: 'CANCELLED' } }, outsider.headers),
      t.graphql(apply, { input: { cohortId: cohort.id, startupOrganizationId: application.startupId, pitch: 'Sample' } }, outsider.headers),
    ];
    for (const response of await Promise.all(attempts)) expect(errorCode(response)).toBe('NOT_FOUND');
    expect(await t.dataSource.query(`SELECT id, version, status, public_consent FROM incubation_application ORDER BY id`)).toEqual(before);
  });

  it('reads programmes and files with everything below them in a fixed number of statements, whatever the page size', async () => {
    const statementsFor = async (first: number) => {
      const before = t.statementCount();
      const response = await t.graphql(nestedFiles, { first }, incubatorMember.headers);
      expect(response.errors).toBeUndefined();
      expect(response.data.incubationApplications.edges).toHaveLength(first);
      return t.statementCount() - before;
    };
    const small = await statementsFor(1);
    expect(await statementsFor(2)).toBe(small);
    expect(small).toBeLessThanOrEqual(5);
  });
});
