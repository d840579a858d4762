import type { Account } from './support/accounts.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import type { Organization } from './support/memberships.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { eventually, startWebhookReceiver } from './support/webhook-receiver.js';
import { graphql } from './graphql/index.js';
import type { PlacementKind } from './graphql/graphql.js';

const propose = graphql(`mutation PlacementsPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {
  __typename
  ... on Placement { id kind title topic startsOn endsOn status proposedBy homeAgreedAt hostAgreedAt withdrawnAt version mine
    person { id displayName } supervisor { id } tutor { id } homeAgreedBy { id } hostAgreedBy { id } homeOrganization { id } hostOrganization { id } }
  ... on ErrorResult { code message field }
} }`);
const update = graphql(`mutation PlacementsUpdate($input: UpdatePlacementInput!) { updatePlacement(input: $input) {
  __typename
  ... on Placement { id title status version homeAgreedAt hostAgreedAt hostAgreedBy { id } supervisor { id } }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const agree = graphql(`mutation PlacementsAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {
  __typename
  ... on Placement { id status version homeAgreedAt hostAgreedAt }
  ... on PlacementAgreementError { currentStatus }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const changeStatus = graphql(`mutation PlacementsChangeStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) {
  __typename
  ... on Placement { id status version }
  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const withdraw = graphql(`mutation PlacementsWithdraw($id: ID!) { withdrawPlacement(id: $id) {
  __typename
  ... on Placement { id status title withdrawnAt person { id } }
  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }
  ... on ErrorResult { code message field }
} }`);
const one = graphql(`query PlacementsOne($id: ID!) { placement(id: $id) {
  id kind title topic status version mine person { id displayName } supervisor { id } tutor { id } homeOrganization { id } hostOrganization { id } } }`);
const list = graphql(`query PlacementsList($filter: PlacementFilter) { placements(first: 100, filter: $filter) {
  totalCount edges { node { id status title mine person { id } } } } }`);
const ofOrganization = graphql(`query PlacementsOfOrganization($id: ID!) { organization(id: $id) { placements(first: 100) { totalCount edges { node { id person { id } } } } } }`);
const flows = graphql(`query PlacementsTalentFlows($filter: TalentFlowsFilter) { talentFlows(filter: $filter) { cells { year kind homeHelix hostHelix placements suppressed } } }`);

const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('placements', () => {
  let t: TestApp;
  let fx: Fixtures;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  /** EIU-like university (home) and Becamex-like company (host), with their people. */
  let university: Organization;
  let company: Organization;
  let uniAdmin: Account;
  let tutor: Account;
  let student: Account;
  let companyAdmin: Account;
  let supervisor: Account;
  /** Two more verified organisations, so that a cell of placements can pass the disclosure rule. */
  let university2: Organization;
  let company2: Organization;
  let uni2Admin: Account;
  let company2Admin: Account;
  let student2: Account;
  let student3: Account;
  /** A third organisation, party to none of them. */
  let thirdAdmin: Account;
  let outsider: Account;
  let internship: string;

  const proposeAs = (caller: Account, input: Record<string, unknown>) =>
    t.graphql(propose, {
      input: {
        kind: 'INTERNSHIP' as PlacementKind,
        title: 'Sample data: internship',
        startsOn: '2025-06-01',
        endsOn: '2025-08-31',
        ...input,
      } as never,
    }, caller.headers);
  /** A placement proposed by the home's admin and agreed by the host's: AGREED. */
  const agreed = async (home: Account, host: Account, input: Record<string, unknown>) => {
    const proposed = expectResult((await proposeAs(home, input)).data?.proposePlacement, 'Placement');
    const response = await t.graphql(agree, { input: { id: proposed.id, expectedVersion: proposed.version } }, host.headers);
    return expectResult(response.data?.agreePlacement, 'Placement', response);
  };
  const cell = async (headers: Record<string, string> | undefined, kind: PlacementKind, home = 'ACADEMIA', host = 'INDUSTRY') => {
    const response = await t.graphql(flows, { filter: { fromYear: 2025, toYear: 2025 } }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.talentFlows.cells.find((c) => c.kind === kind && c.homeHelix === home && c.hostHelix === host && c.year === 2025);
  };
  const countRows = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await startTestApp({ SERVICE_ROLE: 'all', JOB_RELAY_INTERVAL_MS: '100', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'loopback' });
    fx = fixtures(t);
    [uniAdmin, companyAdmin, uni2Admin, company2Admin, thirdAdmin, outsider] = await Promise.all([1, 2, 3, 4, 5, 6].map(() => fx.newUser()));
    university = await fx.newOrganization({ admin: uniAdmin, verified: true, name: 'Sample data: Eastern International University', helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    company = await fx.newOrganization({ admin: companyAdmin, verified: true, name: 'Sample data: Becamex IDC', helix: 'INDUSTRY', kind: 'STATE_OWNED_ENTERPRISE' });
    university2 = await fx.newOrganization({ admin: uni2Admin, verified: true, name: 'Sample data: second university', helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    company2 = await fx.newOrganization({ admin: company2Admin, verified: true, name: 'Sample data: second company', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' });
    await fx.newOrganization({ admin: thirdAdmin, verified: true, name: 'Sample data: third organisation', helix: 'GOVERNMENT', kind: 'PUBLIC_AGENCY' });
    student = await fx.newMember(university, uniAdmin, 'MEMBER', { displayName: 'Sample student' });
    tutor = await fx.newMember(university, uniAdmin, 'MEMBER');
    supervisor = await fx.newMember(company, companyAdmin, 'MEMBER');
    student2 = await fx.newMember(university2, uni2Admin);
    student3 = await fx.newMember(university, uniAdmin);
    for (const [admin, organization] of [[uniAdmin, university], [companyAdmin, company]] as const) {
      const response = await t.graphql(
        graphql(`mutation PlacementsCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename } }`),
        { input: { organizationId: organization.id, url: `${receiver.url}/${organization.id}`, eventTypes: ['TALENT'] } },
        admin.headers,
      );
      expect(response.data?.createWebhookEndpoint.__typename).toBe('WebhookEndpointWithSecret');
    }
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('lets the university propose an internship at the company, which the company agrees to; then it runs and completes', async () => {
    const proposed = expectResult(
      (await proposeAs(uniAdmin, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: company.id, tutorUserId: tutor.id, supervisorUserId: supervisor.id, topic: 'Sample data: smart lighting' })).data
        ?.proposePlacement,
      'Placement',
    );
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      proposedBy: 'HOME',
      hostAgreedAt: null,
      homeAgreedBy: { id: uniAdmin.id },
      person: { id: student.id },
      tutor: { id: tutor.id },
      supervisor: { id: supervisor.id },
      mine: false,
      version: 1,
    });
    expect(proposed.homeAgreedAt).not.toBeNull();
    internship = proposed.id;

    // The proposing side cannot agree for the other: nothing changes.
    const own = await t.graphql(agree, { input: { id: internship, expectedVersion: 1 } }, uniAdmin.headers);
    expect(expectResult(own.data?.agreePlacement, 'PlacementAgreementError')).toMatchObject({ code: 'PLACEMENT_AGREEMENT', currentStatus: 'PROPOSED' });

    // A stale version is refused, nothing changed.
    const stale = await t.graphql(agree, { input: { id: internship, expectedVersion: 7 } }, companyAdmin.headers);
    expect(expectResult(stale.data?.agreePlacement, 'VersionConflictError').currentVersion).toBe(1);

    // The company changes the terms: its side agrees by writing them, the university's agreement is withdrawn.
    const changed = expectResult(
      (await t.graphql(update, { input: { id: internship, expectedVersion: 1, title: 'Sample data: internship in smart lighting' } }, companyAdmin.headers)).data?.updatePlacement,
      'Placement',
    );
    expect(changed).toMatchObject({ status: 'PROPOSED', version: 2, homeAgreedAt: null, hostAgreedBy: { id: companyAdmin.id } });

    const agreedNow = expectResult((await t.graphql(agree, { input: { id: internship, expectedVersion: 2 } }, uniAdmin.headers)).data?.agreePlacement, 'Placement');
    expect(agreedNow).toMatchObject({ status: 'AGREED', version: 3 });
    expect(agreedNow.homeAgreedAt).not.toBeNull();

    // The terms are fixed once agreed.
    const late = await t.graphql(update, { input: { id: internship, expectedVersion: 3, endsOn: '2025-09-30' } }, uniAdmin.headers);
    expect(expectResult(late.data?.updatePlacement, 'InvalidInputError').code).toBe('INVALID_INPUT');

    const running = await t.graphql(changeStatus, { input: { id: internship, expectedVersion: 3, status: 'RUNNING' } }, companyAdmin.headers);
    expect(expectResult(running.data?.changePlacementStatus, 'Placement')).toMatchObject({ status: 'RUNNING', version: 4 });
    const skipped = await t.graphql(changeStatus, { input: { id: internship, expectedVersion: 4, status: 'AGREED' } }, companyAdmin.headers);
    expect(expectResult(skipped.data?.changePlacementStatus, 'InvalidPlacementTransitionError')).toMatchObject({ currentStatus: 'RUNNING', allowedStatuses: ['COMPLETED', 'CANCELLED'] });
    const completed = await t.graphql(changeStatus, { input: { id: internship, expectedVersion: 4, status: 'COMPLETED' } }, uniAdmin.headers);
    expect(expectResult(completed.data?.changePlacementStatus, 'Placement')).toMatchObject({ status: 'COMPLETED', version: 5 });

    // Every change is in both sides' trails, without the person.
    const audit = await t.dataSource.query(`SELECT organization_id, action, changes::text AS changes FROM audit_event WHERE entity_id = $1`, [internship]);
    expect(new Set(audit.map((row: { organization_id: string }) => row.organization_id))).toEqual(new Set([university.id, company.id]));
    expect(audit.filter((row: { changes: string }) => row.changes.includes(student.id))).toEqual([]);
  });

  it('shows the student their own record, the sides theirs, and nothing to a third organisation or an anonymous caller', async () => {
    const mine = await t.graphql(list, { filter: { mine: true } }, student.headers);
    expect(mine.data?.placements.edges.map((edge) => edge.node)).toEqual([{ id: internship, status: 'COMPLETED', title: 'Sample data: internship in smart lighting', mine: true, person: { id: student.id } }]);
    for (const caller of [uniAdmin, companyAdmin, supervisor, tutor]) {
      const seen = await t.graphql(one, { id: internship }, caller.headers);
      expect(seen.data?.placement).toMatchObject({ id: internship, person: { id: student.id, displayName: 'Sample student' }, mine: false });
    }
    const viaOrganization = await t.graphql(ofOrganization, { id: company.id }, companyAdmin.headers);
    expect(viaOrganization.data?.organization?.placements.totalCount).toBe(1);

    expect((await t.graphql(one, { id: internship }, thirdAdmin.headers)).data?.placement).toBeNull();
    expect((await t.graphql(list, {}, thirdAdmin.headers)).data?.placements.totalCount).toBe(0);
    expect((await t.graphql(ofOrganization, { id: company.id }, thirdAdmin.headers)).data?.organization?.placements.totalCount).toBe(0);
    const refused = await t.graphql(changeStatus, { input: { id: internship, expectedVersion: 5, status: 'CANCELLED' } }, thirdAdmin.headers);
    expect(errorCode(refused)).toBe('NOT_FOUND');

    expect(errorCode(await t.graphql(list, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.graphql(one, { id: internship }))).toBe('UNAUTHENTICATED');
    expect((await t.graphql(ofOrganization, { id: company.id })).data?.organization?.placements.totalCount).toBe(0);
  });

  it('tells both sides’ webhooks of each change, never who the person is', async () => {
    // Five changes (proposed, updated, agreed, started, completed), each to both sides.
    const about = () => receiver.received.filter((delivery) => delivery.body.includes(internship));
    await eventually(() => [university.id, company.id].every((id) => about().filter((delivery) => delivery.path === `/${id}`).length === 5), 45_000, 'both sides hearing of every change');
    const bodies = about().map((delivery) => delivery.body);
    expect(bodies.some((body) => JSON.parse(body).category !== 'talent')).toBe(false);
    expect(bodies.filter((body) => body.includes(student.id))).toEqual([]);
  });

  it('refuses to place someone who is not a member, a period that ends before it starts, or at one’s own organisation; nothing is written', async () => {
    const before = await countRows('placement');
    const notMember = await proposeAs(uniAdmin, { personUserId: outsider.id, homeOrganizationId: university.id, hostOrganizationId: company.id });
    expect(expectResult(notMember.data?.proposePlacement, 'InvalidInputError')).toMatchObject({ field: 'input.personUserId' });
    const supervisorElsewhere = await proposeAs(uniAdmin, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: company.id, supervisorUserId: tutor.id });
    expect(expectResult(supervisorElsewhere.data?.proposePlacement, 'InvalidInputError')).toMatchObject({ field: 'input.supervisorUserId' });
    const backwards = await proposeAs(uniAdmin, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: company.id, startsOn: '2025-09-01', endsOn: '2025-08-01' });
    expect(expectResult(backwards.data?.proposePlacement, 'InvalidInputError')).toMatchObject({ field: 'input.endsOn' });
    const home = await proposeAs(uniAdmin, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: university.id });
    expect(expectResult(home.data?.proposePlacement, 'InvalidInputError')).toMatchObject({ field: 'input.hostOrganizationId' });
    // A member who is no editor, and an outsider, may not propose.
    expect(errorCode(await proposeAs(student, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: company.id }))).toBe('FORBIDDEN');
    expect(errorCode(await proposeAs(thirdAdmin, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: company.id }))).toBe('NOT_FOUND');
    // Unknown ids.
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await t.graphql(agree, { input: { id: unknown, expectedVersion: 1 } }, uniAdmin.headers))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(withdraw, { id: unknown }, student.headers))).toBe('NOT_FOUND');
    const nowhere = await proposeAs(uniAdmin, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: unknown });
    expect(expectResult(nowhere.data?.proposePlacement, 'InvalidInputError')).toMatchObject({ field: 'input.hostOrganizationId' });
    expect(await countRows('placement')).toBe(before);
  });

  it('counts agreed placements by year, kind and helix, withholding small cells from those who cannot read them', async () => {
    // One more internship from each university at the second company: three placements among four verified organisations.
    await agreed(uni2Admin, company2Admin, { personUserId: student2.id, homeOrganizationId: university2.id, hostOrganizationId: company2.id });
    await agreed(uniAdmin, company2Admin, { personUserId: student3.id, homeOrganizationId: university.id, hostOrganizationId: company2.id });
    // A proposal nobody agreed to counts nowhere.
    expectResult((await proposeAs(uniAdmin, { personUserId: student3.id, homeOrganizationId: university.id, hostOrganizationId: company.id })).data?.proposePlacement, 'Placement');
    expect(await cell(undefined, 'INTERNSHIP')).toEqual({ year: 2025, kind: 'INTERNSHIP', homeHelix: 'ACADEMIA', hostHelix: 'INDUSTRY', placements: 3, suppressed: false });

    // A single secondment of a company's staff at the university: suppressed for the public and the third organisation, shown to the sides.
    const engineer = await fx.newMember(company, companyAdmin);
    await agreed(companyAdmin, uniAdmin, { kind: 'SECONDMENT', personUserId: engineer.id, homeOrganizationId: company.id, hostOrganizationId: university.id });
    expect(await cell(undefined, 'SECONDMENT', 'INDUSTRY', 'ACADEMIA')).toMatchObject({ placements: null, suppressed: true });
    expect(await cell(thirdAdmin.headers, 'SECONDMENT', 'INDUSTRY', 'ACADEMIA')).toMatchObject({ placements: null, suppressed: true });
    expect(await cell(uniAdmin.headers, 'SECONDMENT', 'INDUSTRY', 'ACADEMIA')).toMatchObject({ placements: 1, suppressed: false });
    expect(await cell((await fx.platformAdmin()).headers, 'SECONDMENT', 'INDUSTRY', 'ACADEMIA')).toMatchObject({ placements: 1, suppressed: false });
    const filtered = await t.graphql(flows, { filter: { kinds: ['SECONDMENT'], organizationId: company2.id } });
    expect(filtered.data?.talentFlows.cells).toEqual([]);
  });

  it('lets the student withdraw their own record: the organisations keep it without the person, and it counts nowhere', async () => {
    // Withdrawing someone else's record: FORBIDDEN to those who see it, NOT_FOUND to others; nothing changes.
    expect(errorCode(await t.graphql(withdraw, { id: internship }, uniAdmin.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(withdraw, { id: internship }, (await fx.platformAdmin()).headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(withdraw, { id: internship }, student2.headers))).toBe('NOT_FOUND');
    expect((await t.graphql(one, { id: internship }, student.headers)).data?.placement?.status).toBe('COMPLETED');

    const withdrawn = expectResult((await t.graphql(withdraw, { id: internship }, student.headers)).data?.withdrawPlacement, 'Placement');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', title: 'Sample data: internship in smart lighting', person: { id: student.id } });
    expect(withdrawn.withdrawnAt).not.toBeNull();

    for (const caller of [uniAdmin, companyAdmin, supervisor, tutor, await fx.platformAdmin()]) {
      const seen = (await t.graphql(one, { id: internship }, caller.headers)).data?.placement;
      expect(seen).toMatchObject({ id: internship, status: 'WITHDRAWN', person: null, title: null, topic: null, mine: false });
      const listed = (await t.graphql(ofOrganization, { id: company.id }, caller.headers)).data?.organization?.placements.edges.find((edge) => edge.node.id === internship);
      expect(listed?.node.person).toBeNull();
    }
    expect((await t.graphql(one, { id: internship }, student.headers)).data?.placement).toMatchObject({ person: { id: student.id }, title: 'Sample data: internship in smart lighting', mine: true });

    // The trail the organisations read does not say who withdrew it.
    const [row] = await t.dataSource.query(`SELECT actor_user_id FROM audit_event WHERE entity_id = $1 AND action = 'placement.withdrawn' LIMIT 1`, [internship]);
    expect(row).toEqual({ actor_user_id: null });

    // Counts nowhere: the internship cell counts two, which one organisation dominates, so the public no longer sees it;
    // and the published view leaves the withdrawn placement out.
    expect(await cell((await fx.platformAdmin()).headers, 'INTERNSHIP')).toMatchObject({ placements: 2, suppressed: false });
    expect(await cell(undefined, 'INTERNSHIP')).toMatchObject({ placements: null, suppressed: true });
    expect(await t.dataSource.query(`SELECT id FROM placement_fact WHERE id = $1`, [internship])).toEqual([]);

    // Withdrawn is final.
    const again = await t.graphql(withdraw, { id: internship }, student.headers);
    expect(expectResult(again.data?.withdrawPlacement, 'InvalidPlacementTransitionError')).toMatchObject({ currentStatus: 'WITHDRAWN', allowedStatuses: [] });
    const edit = await t.graphql(changeStatus, { input: { id: internship, expectedVersion: 6, status: 'CANCELLED' } }, uniAdmin.headers);
    expect(expectResult(edit.data?.changePlacementStatus, 'InvalidPlacementTransitionError').currentStatus).toBe('WITHDRAWN');
  });

  it('names the proposing side when the caller edits both organisations', async () => {
    const both = await fx.newUser();
    await fx.addMember(university, uniAdmin, both, 'EDITOR');
    await fx.addMember(company, companyAdmin, both, 'EDITOR');
    const unnamed = await proposeAs(both, { personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: company.id });
    expect(expectResult(unnamed.data?.proposePlacement, 'InvalidInputError')).toMatchObject({ field: 'input.side' });
    const named = await proposeAs(both, { side: 'HOST', personUserId: student.id, homeOrganizationId: university.id, hostOrganizationId: company.id });
    expect(expectResult(named.data?.proposePlacement, 'Placement')).toMatchObject({ proposedBy: 'HOST', homeAgreedAt: null, hostAgreedBy: { id: both.id } });
  });
});

