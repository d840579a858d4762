import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { addMember, createOrganization } from './support/memberships.js';
import { startTestApp, type AnyOperation, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const createProject = graphql(`mutation ProgrammeRequestsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {
  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }`);
const updateProject = graphql(`mutation ProgrammeRequestsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {
  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }`);
const createProgramme = graphql(`mutation ProgrammeRequestsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }`);
graphql(`fragment ProgrammeRequestFields on ProgrammeAttachmentRequest { id status requestMessage reason projectCode projectTitle fromProgrammeId requestingOrganizationId requestedById decidedById decidedAt
  programme { code } requestingOrganization { id } }`);
const requestAttachment = graphql(`mutation ProgrammeRequestsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) {
  __typename
  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields }
  ... on Project { id version programme { code } }
  ... on ProgrammeRequestOpenError { requestId }
  ... on ErrorResult { code message field } } }`);
const accept = graphql(`mutation ProgrammeRequestsAcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) {
  __typename
  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields project { version programme { code } } }
  ... on ProgrammeRequestStateError { status }
  ... on ProjectMovedError { currentProgrammeId }
  ... on ErrorResult { code message field } } }`);
const decline = graphql(`mutation ProgrammeRequestsDeclineProgrammeAttachment($id: ID!, $reason: String) { declineProgrammeAttachment(requestId: $id, reason: $reason) {
  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }`);
const withdraw = graphql(`mutation ProgrammeRequestsWithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) {
  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }`);
const programmeRequests = graphql(`query ProgrammeRequestsProgrammes($status: ProgrammeRequestStatus, $first: Int, $after: String) { programmes { code
  attachmentRequests(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id status projectCode } } } } }`);
const projectRequests = graphql(`query ProgrammeRequestsProject($id: ID!) { project(id: $id) { version programme { code } programmeRequests { id status programme { code } } } }`);
const auditLog = graphql(`query ProgrammeRequestsAuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action entityType entityId } } } }`);

/** The first event of a subscription (graphql-ws over WebSocket), or a failure after 5 s. */
function firstEvent(url: string, query: AnyOperation, variables: Record<string, unknown>, who: Account): { event: Promise<unknown>; ready: Promise<void>; stop: () => Promise<void> } {
  const client = createClient({
    url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: who.headers.authorization }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined,
  });
  const event = new Promise<unknown>((resolve, reject) => {
    client.subscribe({ query: query.toString(), variables }, { next: resolve, error: reject, complete: () => undefined });
    setTimeout(() => reject(new Error('no event within 5 s')), 5000).unref();
  });
  // The server needs a moment to register the subscription before the change happens.
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 300).unref());
  return { event, ready, stop: () => client.dispose() as Promise<void> };
}

const unknownId = '00000000-0000-4000-8000-000000000000';

/** The error code of the first error, or the result's typename: what the caller was told. */
const outcome = (response: { data?: Record<string, { __typename?: string } | null> | null; errors?: { message: string; extensions?: { code?: string } }[] }) =>
  response.errors?.length ? { code: response.errors[0].extensions?.code, message: response.errors[0].message } : { typename: Object.values(response.data ?? {})[0]?.__typename };

describe('requests to put a project in another organisation’s programme', () => {
  let t: TestApp;
  const people: Record<string, Account> = {};
  let committee: { id: string };
  let university: { id: string };
  let programme: { id: string; code: string };
  let projectCount = 0;

  beforeAll(async () => {
    t = await startTestApp({}, { listen: true });
    for (const name of ['platformAdmin', 'ownerAdmin', 'ownerEditor', 'ownerMember', 'uniAdmin', 'uniEditor', 'uniMember', 'outsider']) {
      people[name] = await register(t, `${name.toLowerCase()}@example.org`);
    }
    await makePlatformAdmin(t, people.platformAdmin);
    committee = await createOrganization(t, people.ownerAdmin, 'Sample data: provincial committee');
    await addMember(t, people.ownerAdmin, committee.id, people.ownerEditor, 'EDITOR');
    await addMember(t, people.ownerAdmin, committee.id, people.ownerMember, 'MEMBER');
    university = await createOrganization(t, people.uniAdmin, 'Sample data: university');
    await addMember(t, people.uniAdmin, university.id, people.uniEditor, 'EDITOR');
    await addMember(t, people.uniAdmin, university.id, people.uniMember, 'MEMBER');
    await createOrganization(t, people.outsider, 'Sample data: outsider');
    programme = expectResult((await t.graphql(createProgramme, { input: { code: 'SAMPLE-SMART', name: 'Sample data: smart-city programme', ownerOrganizationId: committee.id } }, people.ownerAdmin.headers))
      .data.createProgramme, 'Programme');
  });
  afterAll(() => t.close());

  /** A new project coordinated by the university, outside any programme. */
  const universityProject = async () => {
    const created = await t.graphql(createProject, { input: { coordinatorId: university.id, code: `SAMPLE-REQ-${++projectCount}`, title: 'Sample data' } }, people.uniEditor.headers);
    expect(created.data.createProject.__typename).toBe('Project');
    return created.data.createProject as { id: string; code: string; version: number };
  };
  const ask = (who: Account, projectId: string, programmeId = programme.id, message?: string) =>
    t.graphql(requestAttachment, { input: { projectId, programmeId, message } }, who.headers);
  const actions = async (admin: Account, organizationId: string) =>
    (await t.graphql(auditLog, { org: organizationId }, admin.headers)).data.auditLog.edges.map((edge: { node: { action: string; entityId: string } }) => edge.node);

  it('points createProject and updateProject refusals to the request', async () => {
    const refused = await t.graphql(createProject, { input: { coordinatorId: university.id, code: 'SAMPLE-REQ-0', title: 'Sample data', programmeId: programme.id } }, people.uniEditor.headers);
    expect(refused.data.createProject).toMatchObject({ __typename: 'ProgrammeConsentRequiredError', message: expect.stringContaining('requestProgrammeAttachment') });
  });

  it('runs the whole flow: the coordinator asks, the owner sees and accepts, the project joins, both are told', async () => {
    const project = await universityProject();
    const asked = await ask(people.uniEditor, project.id, programme.id, '  Sample data: our Fablab sensors fit the programme.  ');
    const request = expectResult(asked.data.requestProgrammeAttachment, 'ProgrammeAttachmentRequest');
    expect(request).toMatchObject({
      __typename: 'ProgrammeAttachmentRequest',
      status: 'PENDING',
      requestMessage: 'Sample data: our Fablab sensors fit the programme.',
      projectCode: project.code,
      fromProgrammeId: null,
      requestingOrganizationId: university.id,
      requestedById: people.uniEditor.id,
      decidedAt: null,
      programme: { code: 'SAMPLE-SMART' },
    });

    // The owner's members see it on the programme; the coordinator's members see it on the project.
    const listed = await t.graphql(programmeRequests, { status: 'PENDING' }, people.ownerMember.headers);
    const mine = listed.data.programmes.find((p) => p.code === 'SAMPLE-SMART');
    expect(mine?.attachmentRequests).toMatchObject({ totalCount: 1, edges: [{ node: { id: request.id, status: 'PENDING', projectCode: project.code } }] });
    const onProject = await t.graphql(projectRequests, { id: project.id }, people.uniMember.headers);
    expect(onProject.data.project.programmeRequests).toEqual([{ id: request.id, status: 'PENDING', programme: { code: 'SAMPLE-SMART' } }]);
    // Nobody else does.
    for (const who of [people.outsider, people.uniMember, undefined]) {
      const theirs = await t.graphql(programmeRequests, {}, who?.headers);
      expect(theirs.data.programmes.find((p) => p.code === 'SAMPLE-SMART')?.attachmentRequests).toBeNull();
    }
    const ownerOnProject = await t.graphql(projectRequests, { id: project.id }, people.ownerEditor.headers);
    expect(ownerOnProject.data.project).toBeNull();

    // Deciding is for the owner's editors and admins.
    expect(outcome(await t.graphql(accept, { id: request.id }, people.ownerMember.headers))).toMatchObject({ code: 'FORBIDDEN' });
    expect(outcome(await t.graphql(accept, { id: request.id }, people.uniEditor.headers))).toMatchObject({ code: 'FORBIDDEN' });
    expect(outcome(await t.graphql(accept, { id: request.id }, people.outsider.headers))).toMatchObject({ code: 'NOT_FOUND' });
    expect(outcome(await t.graphql(accept, { id: request.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });

    // Followers of the project and of the owner hear of the acceptance once it is committed.
    const projectFeed = firstEvent(t.url!, graphql(`subscription ProgrammeRequestsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }`), { id: project.id }, people.uniMember);
    const ownerFeed = firstEvent(t.url!, graphql(`subscription ProgrammeRequestsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityType } }`), { id: committee.id }, people.ownerMember);
    await Promise.all([projectFeed.ready, ownerFeed.ready]);
    const accepted = await t.graphql(accept, { id: request.id }, people.ownerEditor.headers);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptProgrammeAttachment).toMatchObject({
      __typename: 'ProgrammeAttachmentRequest',
      status: 'ACCEPTED',
      decidedById: people.ownerEditor.id,
      decidedAt: expect.any(String),
      reason: null,
      // The owner cannot read a partners-only project: the request still says which it is.
      project: null,
    });
    expect(await projectFeed.event).toEqual({ data: { projectChanged: { projectId: project.id, action: 'project.updated', entityType: 'Project' } } });
    expect(await ownerFeed.event).toEqual({ data: { organizationActivity: { action: 'programme.project_attached', entityType: 'Programme' } } });
    await Promise.all([projectFeed.stop(), ownerFeed.stop()]);
    const after = await t.graphql(projectRequests, { id: project.id }, people.uniEditor.headers);
    expect(after.data.project).toMatchObject({ version: project.version + 1, programme: { code: 'SAMPLE-SMART' }, programmeRequests: [{ status: 'ACCEPTED' }] });

    // Both organisations see it in their activity; the project's update is audited as any other.
    const universityActions = await actions(people.uniAdmin, university.id);
    expect(universityActions).toEqual(expect.arrayContaining([
      { action: 'programme_request.created', entityType: 'ProgrammeAttachmentRequest', entityId: request.id },
      { action: 'programme_request.accepted', entityType: 'ProgrammeAttachmentRequest', entityId: request.id },
      { action: 'project.updated', entityType: 'Project', entityId: project.id },
    ]));
    const committeeActions = await actions(people.ownerAdmin, committee.id);
    expect(committeeActions).toEqual(expect.arrayContaining([
      { action: 'programme_request.created', entityType: 'ProgrammeAttachmentRequest', entityId: request.id },
      { action: 'programme_request.accepted', entityType: 'ProgrammeAttachmentRequest', entityId: request.id },
      { action: 'programme.project_attached', entityType: 'Programme', entityId: programme.id },
    ]));

    // A decided request is final.
    const again = await t.graphql(accept, { id: request.id }, people.ownerEditor.headers);
    expect(again.data.acceptProgrammeAttachment).toMatchObject({ __typename: 'ProgrammeRequestStateError', code: 'PROGRAMME_REQUEST_STATE', status: 'ACCEPTED' });
    const already = await ask(people.uniEditor, project.id);
    expect(already.data.requestProgrammeAttachment).toMatchObject({ __typename: 'InvalidInputError', field: 'input.programmeId' });
  });

  it('keeps one open request per project and programme, and lets the owner decline and the coordinator withdraw', async () => {
    const project = await universityProject();
    const first = expectResult((await ask(people.uniEditor, project.id)).data.requestProgrammeAttachment, 'ProgrammeAttachmentRequest');
    expect(first.status).toBe('PENDING');
    const second = await ask(people.uniAdmin, project.id);
    expect(second.data.requestProgrammeAttachment).toMatchObject({ __typename: 'ProgrammeRequestOpenError', code: 'PROGRAMME_REQUEST_OPEN', requestId: first.id });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM programme_attachment_request WHERE project_id = $1`, [project.id]);
    expect(count).toBe(1);

    const declined = await t.graphql(decline, { id: first.id, reason: '  Sample data: outside the programme’s scope. ' }, people.ownerAdmin.headers);
    expect(declined.data.declineProgrammeAttachment).toMatchObject({ status: 'DECLINED', reason: 'Sample data: outside the programme’s scope.', decidedById: people.ownerAdmin.id });
    expect((await t.graphql(withdraw, { id: first.id }, people.uniEditor.headers)).data.withdrawProgrammeAttachment).toMatchObject({
      __typename: 'ProgrammeRequestStateError',
      status: 'DECLINED',
    });

    // Once decided, the coordinator may ask again; the owner may not withdraw for it.
    const retry = expectResult((await ask(people.uniEditor, project.id)).data.requestProgrammeAttachment, 'ProgrammeAttachmentRequest');
    expect(retry).toMatchObject({ __typename: 'ProgrammeAttachmentRequest', status: 'PENDING' });
    expect(outcome(await t.graphql(withdraw, { id: retry.id }, people.ownerEditor.headers))).toMatchObject({ code: 'FORBIDDEN' });
    expect(outcome(await t.graphql(withdraw, { id: retry.id }, people.uniMember.headers))).toMatchObject({ code: 'FORBIDDEN' });
    expect(outcome(await t.graphql(withdraw, { id: retry.id }, people.outsider.headers))).toMatchObject({ code: 'NOT_FOUND' });
    const withdrawn = await t.graphql(withdraw, { id: retry.id }, people.uniEditor.headers);
    expect(withdrawn.data.withdrawProgrammeAttachment).toMatchObject({ status: 'WITHDRAWN', decidedById: people.uniEditor.id, decidedAt: expect.any(String) });
    const after = await t.graphql(accept, { id: retry.id }, people.ownerEditor.headers);
    expect(after.data.acceptProgrammeAttachment).toMatchObject({ __typename: 'ProgrammeRequestStateError', status: 'WITHDRAWN' });

    const committeeActions = (await actions(people.ownerAdmin, committee.id)).map((row: { action: string }) => row.action);
    expect(committeeActions).toEqual(expect.arrayContaining(['programme_request.declined', 'programme_request.withdrawn']));
    const project_ = await t.graphql(projectRequests, { id: project.id }, people.uniMember.headers);
    expect(project_.data.project).toMatchObject({ version: project.version, programme: null });
    expect(project_.data.project.programmeRequests.map((r: { status: string }) => r.status)).toEqual(['WITHDRAWN', 'DECLINED']);
  });

  it('lets only the coordinator’s editors ask, and hides other organisations’ projects', async () => {
    const project = await universityProject();
    expect(outcome(await ask(people.outsider, project.id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(outcome(await ask(people.uniMember, project.id))).toMatchObject({ code: 'FORBIDDEN' });
    // The programme owner's editor cannot pull someone else's project in either.
    expect(outcome(await ask(people.ownerEditor, project.id))).toMatchObject({ code: 'NOT_FOUND' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM programme_attachment_request WHERE project_id = $1`, [project.id]);
    expect(count).toBe(0);
  });

  it('attaches at once for whoever may attach directly, and says so', async () => {
    const own = await t.graphql(createProject, { input: { coordinatorId: committee.id, code: 'SAMPLE-REQ-OWN', title: 'Sample data' } }, people.ownerEditor.headers);
    const direct = await ask(people.ownerEditor, expectResult(own.data.createProject, 'Project').id);
    expect(direct.data.requestProgrammeAttachment).toMatchObject({ __typename: 'Project', version: 2, programme: { code: 'SAMPLE-SMART' } });
    const project = await universityProject();
    const byAdmin = await ask(people.platformAdmin, project.id);
    expect(byAdmin.data.requestProgrammeAttachment).toMatchObject({ __typename: 'Project', version: project.version + 1, programme: { code: 'SAMPLE-SMART' } });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM programme_attachment_request WHERE project_id = $1`, [project.id]);
    expect(count).toBe(0);
  });

  it('refuses to accept when the project changed programme since it asked', async () => {
    const project = await universityProject();
    const request = expectResult((await ask(people.uniEditor, project.id)).data.requestProgrammeAttachment, 'ProgrammeAttachmentRequest');
    const own = (await t.graphql(createProgramme, { input: { code: 'SAMPLE-UNI', name: 'Sample data: university programme', ownerOrganizationId: university.id } }, people.uniAdmin.headers))
      .data.createProgramme;
    const moved = await t.graphql(updateProject, { input: { id: project.id, expectedVersion: project.version, programmeId: expectResult(own, 'Programme').id } }, people.uniEditor.headers);
    expect(moved.data.updateProject).toMatchObject({ __typename: 'Project', programme: { code: 'SAMPLE-UNI' } });
    const refused = await t.graphql(accept, { id: request.id }, people.ownerEditor.headers);
    expect(refused.data.acceptProgrammeAttachment).toMatchObject({ __typename: 'ProjectMovedError', code: 'PROJECT_MOVED', currentProgrammeId: expectResult(own, 'Programme').id });
    const after = await t.graphql(projectRequests, { id: project.id }, people.uniEditor.headers);
    expect(after.data.project).toMatchObject({ version: project.version + 1, programme: { code: 'SAMPLE-UNI' }, programmeRequests: [{ id: request.id, status: 'PENDING' }] });
  });

  it('answers hostile and unknown ids with clear errors, never INTERNAL', async () => {
    const project = await universityProject();
    const cases: [string, AnyOperation, Record<string, unknown>, Account, Record<string, unknown>][] = [
      ['request id not a UUID', accept, { id: 'not-a-uuid' }, people.ownerEditor, { code: 'BAD_USER_INPUT' }],
      ['request id injected', decline, { id: `' OR 1=1 --` }, people.ownerEditor, { code: 'BAD_USER_INPUT' }],
      ['request id unknown', accept, { id: unknownId }, people.ownerEditor, { code: 'NOT_FOUND' }],
      ['request id unknown (withdraw)', withdraw, { id: unknownId }, people.uniEditor, { code: 'NOT_FOUND' }],
      ['request id unknown (decline)', decline, { id: unknownId }, people.platformAdmin, { code: 'NOT_FOUND' }],
      ['reason too long', decline, { id: unknownId, reason: 'x'.repeat(2001) }, people.ownerEditor, { code: 'BAD_USER_INPUT', field: 'reason' }],
      ['project id not a UUID', requestAttachment, { input: { projectId: 'x', programmeId: programme.id } }, people.uniEditor, { code: 'BAD_USER_INPUT', field: 'input.projectId' }],
      ['programme id not a UUID', requestAttachment, { input: { projectId: project.id, programmeId: '1; DROP TABLE project' } }, people.uniEditor, { code: 'BAD_USER_INPUT', field: 'input.programmeId' }],
      ['project id unknown', requestAttachment, { input: { projectId: unknownId, programmeId: programme.id } }, people.uniEditor, { code: 'NOT_FOUND' }],
      ['programme id unknown', requestAttachment, { input: { projectId: project.id, programmeId: unknownId } }, people.uniEditor, { code: 'NOT_FOUND', field: 'input.programmeId' }],
      ['message with a NUL byte', requestAttachment, { input: { projectId: project.id, programmeId: programme.id, message: 'a\u0000b' } }, people.uniEditor, { code: 'BAD_USER_INPUT' }],
      ['message too long', requestAttachment, { input: { projectId: project.id, programmeId: programme.id, message: 'x'.repeat(2001) } }, people.uniEditor, { code: 'BAD_USER_INPUT', field: 'input.message' }],
      ['cursor forged', programmeRequests, { after: 'bm90IGEgY3Vyc29y' }, people.ownerEditor, { code: 'BAD_USER_INPUT' }],
    ];
    for (const [what, operation, variables, who, expected] of cases) {
      const response = await t.graphql(operation, variables, who.headers);
      expect({ what, ...response.errors?.[0]?.extensions }).toMatchObject({ what, ...expected });
    }
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM programme_attachment_request WHERE project_id = $1`, [project.id]);
    expect(count).toBe(0);
  });

  it('refuses archived organisations both asking and deciding, with the reason', async () => {
    const archivedRefusal = { code: 'FORBIDDEN', message: expect.stringContaining('archived') };
    // A coordinator archived after asking can neither ask again nor withdraw.
    const admin = await register(t, 'archived-admin@example.org');
    const company = await createOrganization(t, admin, 'Sample data: archived company');
    const created = await t.graphql(createProject, { input: { coordinatorId: company.id, code: 'SAMPLE-REQ-ARCH', title: 'Sample data' } }, admin.headers);
    const pending = expectResult((await ask(admin, expectResult(created.data.createProject, 'Project').id)).data.requestProgrammeAttachment, 'ProgrammeAttachmentRequest');
    const other = await t.graphql(createProject, { input: { coordinatorId: company.id, code: 'SAMPLE-REQ-ARCH2', title: 'Sample data' } }, admin.headers);
    // An owner archived with a request waiting cannot decide it.
    const ownerAdmin = await register(t, 'archived-owner@example.org');
    const owner = await createOrganization(t, ownerAdmin, 'Sample data: archived owner');
    const archivedProgramme = (await t.graphql(createProgramme, { input: { code: 'SAMPLE-ARCHIVED', name: 'Sample data', ownerOrganizationId: owner.id } }, ownerAdmin.headers)).data.createProgramme;
    const project = await universityProject();
    const waiting = expectResult((await ask(people.uniEditor, project.id, expectResult(archivedProgramme, 'Programme').id)).data.requestProgrammeAttachment, 'ProgrammeAttachmentRequest');
    expect(waiting.status).toBe('PENDING');
    for (const id of [company.id, owner.id]) {
      const done = await t.graphql(graphql(`mutation ProgrammeRequestsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }`), { id }, people.platformAdmin.headers);
      expect(done.data.archiveOrganization.archivedAt).toEqual(expect.any(String));
    }
    expect(outcome(await ask(admin, expectResult(other.data.createProject, 'Project').id))).toEqual(archivedRefusal);
    expect(outcome(await t.graphql(withdraw, { id: pending.id }, admin.headers))).toEqual(archivedRefusal);
    expect(outcome(await t.graphql(accept, { id: waiting.id }, ownerAdmin.headers))).toEqual(archivedRefusal);
    expect(outcome(await t.graphql(decline, { id: waiting.id }, ownerAdmin.headers))).toEqual(archivedRefusal);
    const rows = await t.dataSource.query(`SELECT status FROM programme_attachment_request WHERE id = ANY($1) ORDER BY status`, [[pending.id, waiting.id]]);
    expect(rows).toEqual([{ status: 'PENDING' }, { status: 'PENDING' }]);
  });

  it('keeps decided requests final and one open request per project and programme in the database too', async () => {
    const project = await universityProject();
    const request = expectResult((await ask(people.uniEditor, project.id)).data.requestProgrammeAttachment, 'ProgrammeAttachmentRequest');
    await expect(
      // The database's own rule, below the API.
      t.dataSource.query(`INSERT INTO programme_attachment_request (project_id, programme_id, requesting_organization_id) VALUES ($1, $2, $3)`, [project.id, programme.id, university.id]),
    ).rejects.toMatchObject({ constraint: 'programme_attachment_request_open_key' });
    await expect(t.dataSource.query(`UPDATE programme_attachment_request SET status = 'DECLINED' WHERE id = $1`, [request.id])).rejects.toMatchObject({
      constraint: 'programme_attachment_request_decided_when_closed',
    });
    await t.graphql(withdraw, { id: request.id }, people.uniEditor.headers);
    await expect(t.dataSource.query(`UPDATE programme_attachment_request SET status = 'PENDING', decided_at = NULL, decided_by = NULL WHERE id = $1`, [request.id])).rejects.toMatchObject({
      constraint: 'programme_attachment_request_final',
    });
  });

  it('reads a page of requests, with their relations, in a number of statements that does not grow with the page', async () => {
    for (let i = 0; i < 6; i++) await ask(people.uniEditor, (await universityProject()).id, programme.id, `Sample data ${i}`);
    const query = graphql(`query ProgrammeRequestsProgrammes2($first: Int, $after: String) { programmes { code attachmentRequests(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { node { id status projectCode project { code } programme { code owner { name } } requestingOrganization { name } } } } } }`);
    const statements = async (first: number, after?: string) => {
      const before = t.statementCount();
      const response = await t.graphql(query, { first, after }, people.platformAdmin.headers);
      expect(response.errors).toBeUndefined();
      const page = response.data.programmes.find((p) => p.code === 'SAMPLE-SMART')!.attachmentRequests;
      expect(page.edges).toHaveLength(first);
      return { count: t.statementCount() - before, page };
    };
    const small = await statements(2);
    const large = await statements(6);
    expect(large.count).toBe(small.count);
    // The next page follows on, newest first, with no overlap.
    const next = await statements(2, small.page.pageInfo.endCursor);
    expect(next.page.pageInfo.hasPreviousPage).toBe(true);
    expect(next.page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(large.page.edges.slice(2, 4).map((e: { node: { id: string } }) => e.node.id));

    // A page of projects with their requests: the same count of statements for 2 projects as for 6.
    const projectsQuery = graphql(`query ProgrammeRequestsProjects($first: Int) { projects(first: $first) { edges { node { code programmeRequests { id status programme { code } requestingOrganization { name } } } } } }`);
    const projectStatements = async (first: number) => {
      const before = t.statementCount();
      const response = await t.graphql(projectsQuery, { first }, people.uniMember.headers);
      expect(response.errors).toBeUndefined();
      expect(response.data.projects.edges).toHaveLength(first);
      expect(response.data.projects.edges.every((e: { node: { programmeRequests: unknown[] } }) => e.node.programmeRequests.length > 0)).toBe(true);
      return t.statementCount() - before;
    };
    expect(await projectStatements(6)).toBe(await projectStatements(2));
  });
});
