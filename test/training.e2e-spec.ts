import type { Account } from './support/accounts.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import type { Organization } from './support/memberships.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const create = graphql(`mutation TrainingCreate($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {
  __typename
  ... on TrainingProgramme { id title titleEn curriculumUrl field startsOn endsOn version runner { id } partners { id } intakes { year } }
  ... on ErrorResult { code message field }
} }`);
const update = graphql(`mutation TrainingUpdate($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) {
  __typename
  ... on TrainingProgramme { id title endsOn version }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const invite = graphql(`mutation TrainingInvite($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {
  __typename
  ... on TrainingPartner { id status version organization { id } programme { id } }
  ... on ErrorResult { code message field }
} }`);
const answer = graphql(`mutation TrainingAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {
  __typename
  ... on TrainingPartner { id status version answeredAt }
  ... on InvalidTrainingPartnerTransitionError { currentStatus allowedStatuses }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const contribute = graphql(`mutation TrainingContribute($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {
  __typename
  ... on TrainingPartner { id version contributions { year seatsFunded graduatesHired } }
  ... on TrainingPartnerStateError { currentStatus }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const intake = graphql(`mutation TrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {
  __typename
  ... on TrainingProgramme { id version intakes { year trainees graduates } }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const one = graphql(`query TrainingOne($id: ID!) { trainingProgramme(id: $id) {
  id title runner { id } intakes { year trainees graduates } partners { status organization { id } contributions { year seatsFunded graduatesHired } } } }`);
const list = graphql(`query TrainingList($filter: TrainingProgrammeFilter) { trainingProgrammes(first: 100, filter: $filter) { totalCount edges { node { id title } } } }`);

const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('training programmes', () => {
  let t: TestApp;
  let fx: Fixtures;
  let uniAdmin: Account;
  let uniMember: Account;
  let companyAdmin: Account;
  let company2Admin: Account;
  let thirdAdmin: Account;
  let university: Organization;
  let company: Organization;
  let company2: Organization;
  let programme: string;
  let partner: string;
  let declined: string;

  beforeAll(async () => {
    t = await startTestApp();
    fx = fixtures(t);
    [uniAdmin, companyAdmin, company2Admin, thirdAdmin] = await Promise.all([1, 2, 3, 4].map(() => fx.newUser()));
    university = await fx.newOrganization({ admin: uniAdmin, verified: true, name: 'Sample data: Eastern International University', helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    company = await fx.newOrganization({ admin: companyAdmin, verified: true, name: 'Sample data: Becamex IDC', helix: 'INDUSTRY', kind: 'STATE_OWNED_ENTERPRISE' });
    company2 = await fx.newOrganization({ admin: company2Admin, verified: true, name: 'Sample data: second company', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' });
    await fx.newOrganization({ admin: thirdAdmin, name: 'Sample data: third organisation' });
    uniMember = await fx.newMember(university, uniAdmin);
  }, 120_000);
  afterAll(() => t?.close());

  it('lets a university’s editors record a programme; a company cannot run one', async () => {
    const response = await t.graphql(create, {
      input: {
        runnerOrganizationId: university.id,
        title: 'Kỹ sư tự động hóa (sample data)',
        titleEn: 'Automation engineers (sample data)',
        curriculumUrl: 'https://eiu.example/automation',
        field: 'Automation engineering',
        startsOn: '2023-09-01',
      },
    }, uniAdmin.headers);
    const created = expectResult(response.data?.createTrainingProgramme, 'TrainingProgramme', response);
    expect(created).toMatchObject({ version: 1, endsOn: null, runner: { id: university.id }, partners: [], intakes: [] });
    programme = created.id;

    const byCompany = await t.graphql(create, { input: { runnerOrganizationId: company.id, title: 'Sample data: course', startsOn: '2024-01-01' } }, companyAdmin.headers);
    expect(expectResult(byCompany.data?.createTrainingProgramme, 'InvalidInputError').field).toBe('input.runnerOrganizationId');
    const backwards = await t.graphql(create, { input: { runnerOrganizationId: university.id, title: 'Sample data: course', startsOn: '2024-01-01', endsOn: '2023-01-01' } }, uniAdmin.headers);
    expect(expectResult(backwards.data?.createTrainingProgramme, 'InvalidInputError').field).toBe('input.endsOn');
    expect(errorCode(await t.graphql(create, { input: { runnerOrganizationId: university.id, title: 'Sample data: course', startsOn: '2024-01-01' } }, uniMember.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(create, { input: { runnerOrganizationId: university.id, title: 'Sample data: course', startsOn: '2024-01-01' } }))).toBe('UNAUTHENTICATED');

    const stale = await t.graphql(update, { input: { id: programme, expectedVersion: 9, endsOn: '2027-06-30' } }, uniAdmin.headers);
    expect(expectResult(stale.data?.updateTrainingProgramme, 'VersionConflictError').currentVersion).toBe(1);
    const changed = await t.graphql(update, { input: { id: programme, expectedVersion: 1, endsOn: '2027-06-30' } }, uniAdmin.headers);
    expect(expectResult(changed.data?.updateTrainingProgramme, 'TrainingProgramme')).toMatchObject({ endsOn: '2027-06-30', version: 2 });
    expect(errorCode(await t.graphql(update, { input: { id: programme, expectedVersion: 2, title: 'Sample data: taken' } }, companyAdmin.headers))).toBe('FORBIDDEN');
  });

  it('invites partners, whose own editors accept or decline; invitations are seen by the parties only', async () => {
    const invited = await t.graphql(invite, { input: { programmeId: programme, organizationId: company.id } }, uniAdmin.headers);
    partner = expectResult(invited.data?.inviteTrainingPartner, 'TrainingPartner', invited).id;
    declined = expectResult((await t.graphql(invite, { input: { programmeId: programme, organizationId: company2.id } }, uniAdmin.headers)).data?.inviteTrainingPartner, 'TrainingPartner').id;
    const twice = await t.graphql(invite, { input: { programmeId: programme, organizationId: company.id } }, uniAdmin.headers);
    expect(expectResult(twice.data?.inviteTrainingPartner, 'InvalidInputError').field).toBe('input.organizationId');
    const itself = await t.graphql(invite, { input: { programmeId: programme, organizationId: university.id } }, uniAdmin.headers);
    expect(expectResult(itself.data?.inviteTrainingPartner, 'InvalidInputError').field).toBe('input.organizationId');
    expect(errorCode(await t.graphql(invite, { input: { programmeId: programme, organizationId: company2.id } }, companyAdmin.headers))).toBe('FORBIDDEN');

    // The invitations: the parties see them, the public and third organisations do not.
    const partnersSeenBy = async (headers?: Record<string, string>) => (await t.graphql(one, { id: programme }, headers)).data?.trainingProgramme?.partners.map((p) => p.status);
    expect(await partnersSeenBy(uniMember.headers)).toEqual(['INVITED', 'INVITED']);
    expect(await partnersSeenBy(companyAdmin.headers)).toEqual(['INVITED']);
    expect(await partnersSeenBy()).toEqual([]);
    expect(await partnersSeenBy(thirdAdmin.headers)).toEqual([]);

    // Only the partner's editors answer: the runner cannot answer for it, a third organisation does not see it.
    expect(errorCode(await t.graphql(answer, { input: { partnerId: partner, expectedVersion: 1, accept: true } }, uniAdmin.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(answer, { input: { partnerId: partner, expectedVersion: 1, accept: true } }, thirdAdmin.headers))).toBe('NOT_FOUND');
    const stale = await t.graphql(answer, { input: { partnerId: partner, expectedVersion: 3, accept: true } }, companyAdmin.headers);
    expect(expectResult(stale.data?.answerTrainingInvitation, 'VersionConflictError').currentVersion).toBe(1);
    const accepted = await t.graphql(answer, { input: { partnerId: partner, expectedVersion: 1, accept: true } }, companyAdmin.headers);
    expect(expectResult(accepted.data?.answerTrainingInvitation, 'TrainingPartner')).toMatchObject({ status: 'ACTIVE', version: 2 });
    const no = await t.graphql(answer, { input: { partnerId: declined, expectedVersion: 1, accept: false } }, company2Admin.headers);
    expect(expectResult(no.data?.answerTrainingInvitation, 'TrainingPartner')).toMatchObject({ status: 'DECLINED' });
    const changeOfMind = await t.graphql(answer, { input: { partnerId: declined, expectedVersion: 2, accept: true } }, company2Admin.headers);
    expect(expectResult(changeOfMind.data?.answerTrainingInvitation, 'InvalidTrainingPartnerTransitionError')).toMatchObject({ currentStatus: 'DECLINED', allowedStatuses: [] });

    expect(await partnersSeenBy()).toEqual(['ACTIVE']);
    expect((await t.graphql(list, { filter: { partnerOrganizationId: company.id } })).data?.trainingProgrammes.totalCount).toBe(1);
    expect((await t.graphql(list, { filter: { partnerOrganizationId: company2.id } })).data?.trainingProgrammes.totalCount).toBe(0);
    expect((await t.graphql(list, { filter: { search: 'tu dong hoa' } })).data?.trainingProgrammes.edges.map((e) => e.node.id)).toEqual([programme]);
  });

  it('records intakes (the runner) and seats and hires (an active partner), public as counts', async () => {
    const first = await t.graphql(intake, { input: { programmeId: programme, expectedVersion: 2, year: 2023, trainees: 40, graduates: 0 } }, uniAdmin.headers);
    expect(expectResult(first.data?.recordTrainingIntake, 'TrainingProgramme')).toMatchObject({ version: 3, intakes: [{ year: 2023, trainees: 40, graduates: 0 }] });
    const corrected = await t.graphql(intake, { input: { programmeId: programme, expectedVersion: 3, year: 2023, trainees: 40, graduates: 35 } }, uniAdmin.headers);
    expect(expectResult(corrected.data?.recordTrainingIntake, 'TrainingProgramme')).toMatchObject({ version: 4, intakes: [{ year: 2023, trainees: 40, graduates: 35 }] });
    const more = await t.graphql(intake, { input: { programmeId: programme, expectedVersion: 4, year: 2023, trainees: 10, graduates: 35 } }, uniAdmin.headers);
    expect(expectResult(more.data?.recordTrainingIntake, 'InvalidInputError').field).toBe('input.graduates');
    const future = await t.graphql(intake, { input: { programmeId: programme, expectedVersion: 4, year: 2199, trainees: 10, graduates: 0 } }, uniAdmin.headers);
    expect(expectResult(future.data?.recordTrainingIntake, 'InvalidInputError').field).toBe('input.year');
    expect(errorCode(await t.graphql(intake, { input: { programmeId: programme, expectedVersion: 4, year: 2023, trainees: 1, graduates: 0 } }, companyAdmin.headers))).toBe('FORBIDDEN');

    const seats = await t.graphql(contribute, { input: { partnerId: partner, expectedVersion: 2, year: 2023, seatsFunded: 12, graduatesHired: 9 } }, companyAdmin.headers);
    expect(expectResult(seats.data?.recordTrainingContribution, 'TrainingPartner')).toMatchObject({ version: 3, contributions: [{ year: 2023, seatsFunded: 12, graduatesHired: 9 }] });
    const stale = await t.graphql(contribute, { input: { partnerId: partner, expectedVersion: 2, year: 2023, seatsFunded: 1, graduatesHired: 1 } }, companyAdmin.headers);
    expect(expectResult(stale.data?.recordTrainingContribution, 'VersionConflictError').currentVersion).toBe(3);
    const notPartner = await t.graphql(contribute, { input: { partnerId: declined, expectedVersion: 2, year: 2023, seatsFunded: 1, graduatesHired: 1 } }, company2Admin.headers);
    expect(expectResult(notPartner.data?.recordTrainingContribution, 'TrainingPartnerStateError').currentStatus).toBe('DECLINED');
    expect(errorCode(await t.graphql(contribute, { input: { partnerId: partner, expectedVersion: 3, year: 2023, seatsFunded: 1, graduatesHired: 1 } }, uniAdmin.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(contribute, { input: { partnerId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, year: 2023, seatsFunded: 1, graduatesHired: 1 } }, companyAdmin.headers))).toBe('NOT_FOUND');

    const publicView = (await t.graphql(one, { id: programme })).data?.trainingProgramme;
    expect(publicView).toMatchObject({
      runner: { id: university.id },
      intakes: [{ year: 2023, trainees: 40, graduates: 35 }],
      partners: [{ status: 'ACTIVE', organization: { id: company.id }, contributions: [{ year: 2023, seatsFunded: 12, graduatesHired: 9 }] }],
    });
    const facts = await t.dataSource.query(`SELECT organization_id, role, year, trainees, graduates, seats_funded, graduates_hired FROM training_fact WHERE programme_id = $1 ORDER BY role DESC`, [programme]);
    expect(facts).toEqual([
      { organization_id: university.id, role: 'RUNNER', year: 2023, trainees: 40, graduates: 35, seats_funded: null, graduates_hired: null },
      { organization_id: company.id, role: 'PARTNER', year: 2023, trainees: null, graduates: null, seats_funded: 12, graduates_hired: 9 },
    ]);
    const audit = await t.dataSource.query(`SELECT DISTINCT organization_id FROM audit_event WHERE entity_id = $1`, [partner]);
    expect(new Set(audit.map((row: { organization_id: string }) => row.organization_id))).toEqual(new Set([university.id, company.id]));
  });

  it('answers null for an unknown programme and lists programmes by runner', async () => {
    expect((await t.graphql(one, { id: '00000000-0000-4000-8000-000000000000' })).data?.trainingProgramme).toBeNull();
    expect((await t.graphql(list, { filter: { runnerOrganizationId: university.id } })).data?.trainingProgrammes.totalCount).toBe(1);
    expect((await t.graphql(list, { filter: { runnerOrganizationId: company.id } })).data?.trainingProgrammes.totalCount).toBe(0);
  });
});
