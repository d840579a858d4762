import { seedDemoData } from '../src/demo/seed.js';
import { createPlatformAdmin } from '../src/identity/platform-admin.js';
import { password, register, type Account } from './support/accounts.js';
import { fixtures } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { CreateProjectInput, InviteParticipantInput, MemberRole, ParticipantRole, ProjectStatus } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

const projectFields = `id code title status version visibility helices isTripleHelix budget { amount currency }
  contributionsByHelix { helix cash { amount currency } inKind { amount currency } }
  participants { id role status organization { slug } contribution { cash { amount currency } inKindDescription } }`;
const lookup = `query($code: String) { project(code: $code) { ${projectFields} } }`;
const create = graphql(`mutation ProjectsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {
  __typename ... on Project { id code version status } ... on ErrorResult { code message field } } }`);
const invite = graphql(`mutation ProjectsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {
  __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code field } } }`);
const participation = (name: string) => `mutation($id: ID!) { ${name}(participantId: $id) {
  __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }`;
const transition = graphql(`mutation ProjectsTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) {
  __typename ... on Project { status version } ... on InvalidTransitionError { allowedStatuses } ... on ErrorResult { code } } }`);

describe('joint projects', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const people: Record<string, Account> = {};
  let project: { id: string; code: string };
  const participants: Record<string, string> = {};

  /** Makes `account` a member of the organisation with `role`, through an invitation from the platform operator. */
  const join = async (operator: Record<string, string>, slug: string, account: Account, role: MemberRole) => {
    const invited = await t.graphql(
      graphql(`mutation ProjectsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { ... on InvitationCreated { token } } }`),
      { input: { organizationId: ids[slug], email: account.email, role } },
      operator,
    );
    await t.graphql(graphql(`mutation ProjectsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }`), { input: { token: invited.data.inviteMember.token } }, account.headers);
  };

  const read = async (headers?: Record<string, string>) => (await t.graphql(lookup, { code: project.code }, headers)).data.project;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
    for (const row of await t.dataSource.query(`SELECT slug, id FROM organization`)) ids[row.slug] = row.id;
    await createPlatformAdmin(t.dataSource, { email: 'ops@example.org', password });
    const signedIn = await t.graphql(`mutation { login(input: {email: "ops@example.org", password: "${password}"}) { ... on AuthPayload { accessToken } } }`);
    const operator = { authorization: `Bearer ${signedIn.data.login.accessToken}` };
    for (const [name, slug, role] of [
      ['becamexEditor', 'becamex-idc', 'EDITOR'],
      ['fablabEditor', 'eiu-fablab', 'EDITOR'],
      ['dostEditor', 'binh-duong-dost', 'EDITOR'],
      ['committeeEditor', 'binh-duong-peoples-committee', 'EDITOR'],
      ['eiuMember', 'eiu', 'MEMBER'],
    ] as const) {
      people[name] = await register(t, `${name.toLowerCase()}@example.org`);
      await join(operator, slug, people[name], role);
    }
    people.outsider = await register(t, 'outsider@example.org');
  });
  afterAll(() => t.close());

  it('lets an editor start a project coordinated by their organisation, and nobody else', async () => {
    const input: CreateProjectInput = {
      coordinatorId: ids['becamex-idc'],
      code: 'bd-smart-2026-01',
      title: 'Nhà máy thông minh Bình Dương (sample data)',
      summary: 'Sample data: a smart-factory pilot.',
      budget: { amount: '1500000000', currency: 'VND' },
      icfFactors: ['INNOVATION', 'KNOWLEDGE_WORKFORCE'],
      keywords: ['smart factory', 'IoT'],
      startDate: '2026-01-01',
      endDate: '2027-06-30',
    };
    const denied = await t.graphql(create, { input: { ...input, code: 'BD-OTHER-01' } }, people.fablabEditor.headers);
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const member = await t.graphql(create, { input: { ...input, coordinatorId: ids.eiu, code: 'EIU-01' } }, people.eiuMember.headers);
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badDates = await t.graphql(create, { input: { ...input, code: 'BD-DATES', endDate: '2025-01-01' } }, people.becamexEditor.headers);
    expect(badDates.data.createProject).toMatchObject({ __typename: 'InvalidInputError', field: 'input.endDate' });
    const badMoney = await t.graphql(create, { input: { ...input, code: 'BD-MONEY', budget: { amount: '1.005', currency: 'VND' } } }, people.becamexEditor.headers);
    expect(badMoney.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.budget.amount' });

    const created = await t.graphql(create, { input }, people.becamexEditor.headers);
    expect(created.data.createProject).toMatchObject({ __typename: 'Project', code: 'BD-SMART-2026-01', status: 'DRAFT', version: 1 });
    project = expectResult(created.data.createProject, 'Project');
    const taken = await t.graphql(create, { input }, people.becamexEditor.headers);
    expect(taken.data.createProject).toMatchObject({ __typename: 'ProjectCodeTakenError', field: 'input.code' });
  });

  it('adds organisations only with their consent, and becomes triple helix when academia joins', async () => {
    const byCoordinator = async (slug: string, role: ParticipantRole, extra: Partial<InviteParticipantInput> = {}) =>
      (await t.graphql(invite, { input: { projectId: project.id, organizationId: ids[slug], role, ...extra } }, people.becamexEditor.headers)).data.inviteParticipant;
    const fablab = await byCoordinator('eiu-fablab', 'PARTNER', { inKindDescription: 'Sample data: lab time and makers', inKindValue: { amount: '120000000' } });
    const dost = await byCoordinator('binh-duong-dost', 'FUNDER', { cash: { amount: '500000000' } });
    expect([expectResult(fablab, 'ProjectParticipant').status, expectResult(dost, 'ProjectParticipant').status]).toEqual(['INVITED', 'INVITED']);
    participants.fablab = expectResult(fablab, 'ProjectParticipant').id;
    participants.dost = expectResult(dost, 'ProjectParticipant').id;
    expect((await byCoordinator('eiu-fablab', 'ADVISOR')).__typename).toBe('AlreadyParticipatingError');
    expect((await byCoordinator('eindhoven', 'COORDINATOR')).__typename).toBe('InvalidInputError');

    expect((await read(people.becamexEditor.headers)).isTripleHelix).toBe(false);
    // The coordinator cannot accept for the invited organisation.
    const forged = await t.graphql(participation('acceptParticipation'), { id: expectResult(fablab, 'ProjectParticipant').id }, people.becamexEditor.headers);
    expect(forged.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const [id, who] of [[expectResult(fablab, 'ProjectParticipant').id, people.fablabEditor], [expectResult(dost, 'ProjectParticipant').id, people.dostEditor]] as const) {
      const accepted = await t.graphql(participation('acceptParticipation'), { id }, who.headers);
      expect(accepted.data.acceptParticipation.status).toBe('ACTIVE');
    }
    const again = await t.graphql(participation('acceptParticipation'), { id: expectResult(fablab, 'ProjectParticipant').id }, people.fablabEditor.headers);
    expect(again.data.acceptParticipation.__typename).toBe('ParticipationStateError');

    const seen = await read(people.becamexEditor.headers);
    expect(seen.isTripleHelix).toBe(true);
    expect(seen.helices).toEqual(['GOVERNMENT', 'INDUSTRY', 'ACADEMIA']);
    expect(seen.contributionsByHelix).toEqual([
      { helix: 'ACADEMIA', cash: [], inKind: [{ amount: '120000000', currency: 'VND' }] },
      { helix: 'GOVERNMENT', cash: [{ amount: '500000000', currency: 'VND' }], inKind: [] },
    ]);
    // A mutation's answer is built in code, not read in one statement: its derived fields read the same.
    const updated = await t.graphql(
      graphql(`mutation ProjectsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project {
        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } } } } }`),
      { input: { id: seen.id, expectedVersion: seen.version, title: seen.title } },
      people.becamexEditor.headers,
    );
    expect(updated.data.updateProject).toEqual({
      __typename: 'Project',
      helices: seen.helices,
      isTripleHelix: seen.isTripleHelix,
      contributionsByHelix: seen.contributionsByHelix,
    });
  });

  it('lets the coordinator change a participant’s contribution with the version it read', async () => {
    const update = graphql(`mutation ProjectsUpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) {
      __typename ... on ProjectParticipant { version contribution { cash { amount currency } } } ... on ErrorResult { code field } } }`);
    const [row] = await t.dataSource.query(`SELECT version FROM project_participant WHERE id = $1`, [participants.dost]);
    const done = await t.graphql(update, { input: { participantId: participants.dost, expectedVersion: row.version, cash: { amount: '600000000', currency: 'VND' } } }, people.becamexEditor.headers);
    expect(done.data.updateParticipant).toEqual({ __typename: 'ProjectParticipant', version: row.version + 1, contribution: { cash: { amount: '600000000', currency: 'VND' } } });
    const stale = await t.graphql(update, { input: { participantId: participants.dost, expectedVersion: row.version, cash: null } }, people.becamexEditor.headers);
    expect(stale.data.updateParticipant.__typename).toBe('VersionConflictError');
    const promote = await t.graphql(update, { input: { participantId: participants.dost, expectedVersion: row.version + 1, role: 'COORDINATOR' } }, people.becamexEditor.headers);
    expect(promote.data.updateParticipant).toMatchObject({ __typename: 'InvalidInputError', field: 'input.role' });
    const byParticipant = await t.graphql(update, { input: { participantId: participants.dost, expectedVersion: row.version + 1, cash: null } }, people.dostEditor.headers);
    expect(byParticipant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const restored = await t.graphql(update, { input: { participantId: participants.dost, expectedVersion: row.version + 1, cash: { amount: '500000000', currency: 'VND' } } }, people.becamexEditor.headers);
    expect(restored.data.updateParticipant.__typename).toBe('ProjectParticipant');
  });

  it('shows each caller what they should see and no more', async () => {
    const partner = await read(people.fablabEditor.headers);
    expect(partner.budget).toEqual({ amount: '1500000000', currency: 'VND' });
    expect(partner.participants.map((p: { organization: { slug: string } }) => p.organization.slug)).toEqual(['becamex-idc', 'eiu-fablab', 'binh-duong-dost']);
    // A member of EIU is not a member of its Fablab: a PARTNERS project of the Fablab stays hidden.
    expect(await read(people.eiuMember.headers)).toBeNull();
    expect(await read(people.outsider.headers)).toBeNull();
    expect(await read()).toBeNull();
    const listed = await t.graphql(graphql(`query ProjectsProjects { projects { totalCount } }`), {}, people.eiuMember.headers);
    expect(listed.data.projects.totalCount).toBe(0);

    // Made public, anyone reads it, but money stays with the participants.
    const current = await read(people.becamexEditor.headers);
    const made = await t.graphql(
      graphql(`mutation ProjectsUpdateProject2($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { visibility version } } }`),
      { input: { id: project.id, expectedVersion: current.version, visibility: 'PUBLIC' } },
      people.becamexEditor.headers,
    );
    expect(made.data.updateProject).toMatchObject({ visibility: 'PUBLIC', version: current.version + 1 });
    for (const headers of [undefined, people.outsider.headers, people.eiuMember.headers]) {
      const view = await read(headers);
      expect(view.title).toMatch(/thông minh/);
      expect(view.budget).toBeNull();
      expect(view.contributionsByHelix).toBeNull();
      expect(view.participants.every((p: { contribution: unknown }) => p.contribution === null)).toBe(true);
    }
  });

  it('lets only the coordinator’s editors change it, and refuses a stale version without writing', async () => {
    const current = await read(people.becamexEditor.headers);
    const update = graphql(`mutation ProjectsUpdateProject3($input: UpdateProjectInput!) { updateProject(input: $input) {
      __typename ... on Project { version title } ... on VersionConflictError { currentVersion } } }`);
    const byPartner = await t.graphql(update, { input: { id: project.id, expectedVersion: current.version, title: 'Taken over' } }, people.fablabEditor.headers);
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stale = await t.graphql(update, { input: { id: project.id, expectedVersion: current.version - 1, title: 'Stale' } }, people.becamexEditor.headers);
    expect(stale.data.updateProject).toEqual({ __typename: 'VersionConflictError', currentVersion: current.version });
    expect((await read(people.becamexEditor.headers)).title).toBe(current.title);
  });

  it('follows its lifecycle and names the legal moves when asked for an illegal one', async () => {
    const move = async (status: ProjectStatus) => {
      const { version } = await read(people.becamexEditor.headers);
      return (await t.graphql(transition, { input: { id: project.id, status, expectedVersion: version } }, people.becamexEditor.headers)).data.transitionProject;
    };
    expect(await move('ACTIVE')).toEqual({ __typename: 'InvalidTransitionError', code: 'INVALID_TRANSITION', allowedStatuses: ['PROPOSED', 'CANCELLED'] });
    expect(expectResult((await move('PROPOSED')), 'Project').status).toBe('PROPOSED');
    expect(expectResult((await move('ACTIVE')), 'Project').status).toBe('ACTIVE');
    expect(expectResult((await move('ON_HOLD')), 'Project').status).toBe('ON_HOLD');
    expect(expectResult((await move('ACTIVE')), 'Project').status).toBe('ACTIVE');
    expect(await move('DRAFT')).toEqual({ __typename: 'InvalidTransitionError', code: 'INVALID_TRANSITION', allowedStatuses: ['ON_HOLD', 'COMPLETED', 'CANCELLED'] });
  });

  it('keeps exactly one active coordinator: it cannot leave, and hands over in one step', async () => {
    const coordinatorId = (await read(people.becamexEditor.headers)).participants.find((p: { role: string }) => p.role === 'COORDINATOR').id;
    const leave = await t.graphql(participation('leaveProject'), { id: coordinatorId }, people.becamexEditor.headers);
    expect(leave.data.leaveProject.__typename).toBe('CoordinatorRequiredError');

    // Two hand-overs at once, to different participants: one wins, one coordinator remains.
    const [a, b] = await Promise.all([
      t.graphql(participation('transferCoordination'), { id: participants.fablab }, people.becamexEditor.headers),
      t.graphql(participation('transferCoordination'), { id: participants.dost }, people.becamexEditor.headers),
    ]);
    const outcomes = [a.data?.transferCoordination?.__typename ?? a.errors?.[0].extensions?.code, b.data?.transferCoordination?.__typename ?? b.errors?.[0].extensions?.code];
    expect(outcomes).toContain('ProjectParticipant');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM project_participant WHERE project_id = $1 AND role = 'COORDINATOR' AND status = 'ACTIVE'`, [project.id]);
    expect(count).toBe(1);
  });

  it('finds projects by triple helix, helix, organisation, status, ICF factor and accent-insensitive search', async () => {
    const codes = async (filter: Record<string, unknown>) =>
      (await t.graphql(graphql(`query ProjectsProjects2($f: ProjectFilter) { projects(filter: $f) { totalCount edges { node { code } } } }`), { f: filter }, people.dostEditor.headers)).data.projects.edges.map(
        (edge: { node: { code: string } }) => edge.node.code,
      );
    for (const filter of [
      { tripleHelixOnly: true },
      { helix: 'ACADEMIA' },
      { organizationId: ids['eiu-fablab'] },
      { status: ['ACTIVE'] },
      { icfFactor: 'INNOVATION' },
      { search: 'nha may thong minh' },
      { search: 'iot' },
      { activeFrom: '2026-06-01', activeUntil: '2026-07-01' },
    ]) {
      expect([filter, await codes(filter)]).toEqual([filter, ['BD-SMART-2026-01']]);
    }
    for (const filter of [{ helix: 'CIVIL_SOCIETY' }, { status: ['DRAFT'] }, { icfFactor: 'BROADBAND' }, { search: 'hospital' }, { activeFrom: '2028-01-01' }]) {
      expect(await codes(filter)).toEqual([]);
    }
  });

  it('lists projects with their participants and helices in the same number of statements for 5 or 50', async () => {
    // Sixty projects in one statement: through the API, hundreds of requests for a test about the read's cost.
    await t.dataSource.query(
      `WITH p AS (
         INSERT INTO project (code, title, visibility, created_by)
         SELECT 'SAMPLE-' || i, 'Sample project ' || i, 'PUBLIC', $1 FROM generate_series(1, 60) AS i RETURNING id
       )
       INSERT INTO project_participant (project_id, organization_id, role, status)
       SELECT p.id, o.id, CASE WHEN o.slug = 'becamex-idc' THEN 'COORDINATOR' ELSE 'PARTNER' END, 'ACTIVE'
         FROM p CROSS JOIN organization o WHERE o.slug IN ('becamex-idc', 'eiu', 'binh-duong-dost')`,
      [people.becamexEditor.id],
    );
    const query = graphql(`query ProjectsProjects3($first: Int) { projects(first: $first) { edges { node {
      code helices isTripleHelix budget { amount } milestones { title overdue } participants { role organization { name } contribution { cash { amount } } }
    } } } }`);
    const statements = async (first: number) => {
      const before = t.statementCount();
      const response = await t.graphql(query, { first }, people.becamexEditor.headers);
      expect(response.errors).toBeUndefined();
      expect(response.data.projects.edges).toHaveLength(first);
      return t.statementCount() - before;
    };
    const small = await statements(5);
    expect(await statements(50)).toBe(small);
  });

  it('plans milestones and deliverables, marks them done or missed, and flags the overdue', async () => {
    // Coordination was handed over above: the coordinator's editor plans, another participant's may not.
    const editors: Record<string, Account> = { 'becamex-idc': people.becamexEditor, 'eiu-fablab': people.fablabEditor, 'binh-duong-dost': people.dostEditor };
    const coordinator = (await read(people.becamexEditor.headers)).participants.find((p: { role: string; status: string }) => p.role === 'COORDINATOR' && p.status === 'ACTIVE');
    const editor = editors[coordinator.organization.slug];
    const other = people.becamexEditor === editor ? people.dostEditor : people.becamexEditor;
    const add = graphql(`mutation ProjectsAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status overdue version completedOn } }`);
    const past = await t.graphql(add, { input: { projectId: project.id, title: 'Sample data: kick-off report', kind: 'DELIVERABLE', dueDate: '2026-01-15' } }, editor.headers);
    const future = await t.graphql(add, { input: { projectId: project.id, title: 'Sample data: pilot line running', dueDate: '2099-06-30' } }, editor.headers);
    expect(past.data.addMilestone).toMatchObject({ status: 'PLANNED', overdue: true, completedOn: null });
    expect(future.data.addMilestone.overdue).toBe(false);
    const byPartner = await t.graphql(add, { input: { projectId: project.id, title: 'x', dueDate: '2026-02-01' } }, other.headers);
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const update = graphql(`mutation ProjectsUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) {
      __typename ... on Milestone { status completedOn overdue version } ... on ErrorResult { code field } } }`);
    const done = await t.graphql(update, { input: { id: past.data.addMilestone.id, expectedVersion: 1, status: 'DONE', completedOn: '2026-01-20' } }, editor.headers);
    expect(done.data.updateMilestone).toEqual({ __typename: 'Milestone', status: 'DONE', completedOn: '2026-01-20', overdue: false, version: 2 });
    const stale = await t.graphql(update, { input: { id: past.data.addMilestone.id, expectedVersion: 1, status: 'MISSED' } }, editor.headers);
    expect(stale.data.updateMilestone.__typename).toBe('VersionConflictError');
    const missed = await t.graphql(update, { input: { id: past.data.addMilestone.id, expectedVersion: 2, status: 'MISSED' } }, editor.headers);
    expect(missed.data.updateMilestone).toMatchObject({ status: 'MISSED', completedOn: null });
    const wrong = await t.graphql(update, { input: { id: future.data.addMilestone.id, expectedVersion: 1, completedOn: '2026-01-01' } }, editor.headers);
    expect(wrong.data.updateMilestone).toMatchObject({ __typename: 'InvalidInputError', field: 'input.completedOn' });

    const listed = await t.graphql(graphql(`query ProjectsProject($code: String) { project(code: $code) { milestones { title dueDate } } }`), { code: project.code }, people.dostEditor.headers);
    expect(listed.data.project.milestones.map((m: { dueDate: string }) => m.dueDate)).toEqual(['2026-01-15', '2099-06-30']);
  });

  it('groups projects in programmes, which the owner’s admins create and only its editors fill', async () => {
    const listed = await t.graphql(graphql(`query ProjectsProgrammes { programmes { id code name owner { slug } } }`));
    const smartCity = listed.data.programmes.find((programme) => programme.code === 'BD-SMART-CITY')!;
    expect(smartCity).toMatchObject({ name: 'Binh Duong Smart City', owner: { slug: 'binh-duong-peoples-committee' } });
    const byEditor = await t.graphql(
      graphql(`mutation ProjectsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }`),
      { input: { code: 'SAMPLE-PROGRAMME', name: 'Sample data', ownerOrganizationId: ids['becamex-idc'] } },
      people.becamexEditor.headers,
    );
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The People's Committee owns the programme: another organisation's project joins it only by the committee's hand.
    const byOther = await t.graphql(create, { input: { coordinatorId: ids['binh-duong-dost'], code: 'BD-SC-00', title: 'Sample data: smart lighting', programmeId: smartCity.id } }, people.dostEditor.headers);
    expect(byOther.data.createProject).toMatchObject({ __typename: 'ProgrammeConsentRequiredError', code: 'PROGRAMME_CONSENT_REQUIRED', field: 'input.programmeId' });
    const created = await t.graphql(create, { input: { coordinatorId: ids['binh-duong-peoples-committee'], code: 'BD-SC-01', title: 'Sample data: smart lighting', programmeId: smartCity.id } }, people.committeeEditor.headers);
    expect(created.data.createProject.__typename).toBe('Project');
    const read = await t.graphql(`{ project(code: "BD-SC-01") { programme { code } } projects(filter: {programmeId: "${smartCity.id}"}) { totalCount } }`, {}, people.committeeEditor.headers);
    expect(read.data).toEqual({ project: { programme: { code: 'BD-SMART-CITY' } }, projects: { totalCount: 1 } });
  });

  it('lists an organisation’s projects, and lets participants decline, leave or be removed', async () => {
    const ofFablab = await t.graphql(graphql(`query ProjectsOrganization { organization(slug: "eiu-fablab") { projects { totalCount edges { node { code } } } } }`));
    expect(ofFablab.data.organization.projects.edges.map((edge: { node: { code: string } }) => edge.node.code)).toEqual(['BD-SMART-2026-01']);

    const editors: Record<string, Account> = { 'becamex-idc': people.becamexEditor, 'eiu-fablab': people.fablabEditor, 'binh-duong-dost': people.dostEditor };
    const current = (await read(people.becamexEditor.headers)).participants;
    const coordinator = current.find((p: { role: string; status: string }) => p.role === 'COORDINATOR' && p.status === 'ACTIVE');
    const editor = editors[coordinator.organization.slug];
    const inviteAs = async (slug: string) =>
      (await t.graphql(invite, { input: { projectId: project.id, organizationId: ids[slug], role: 'ADVISOR' } }, editor.headers)).data.inviteParticipant;

    // Eindhoven's editor declines; a declined invitation cannot be accepted afterwards.
    const eindhovenEditor = await register(t, 'editor@eindhoven.example');
    await fixtures(t).admit(ids.eindhoven, eindhovenEditor, 'EDITOR');
    const toEindhoven = await inviteAs('eindhoven');
    const declined = await t.graphql(participation('declineParticipation'), { id: expectResult(toEindhoven, 'ProjectParticipant').id }, eindhovenEditor.headers);
    expect(declined.data.declineParticipation).toMatchObject({ status: 'DECLINED' });
    const late = await t.graphql(participation('acceptParticipation'), { id: expectResult(toEindhoven, 'ProjectParticipant').id }, eindhovenEditor.headers);
    expect(late.data.acceptParticipation.__typename).toBe('ParticipationStateError');

    // The coordinator withdraws an invitation; only the coordinator may.
    const toForum = await inviteAs('intelligent-community-forum');
    // The project is public by now: others may read it, so they are told FORBIDDEN rather than NOT_FOUND.
    const byOther = await t.graphql(participation('removeParticipant'), { id: expectResult(toForum, 'ProjectParticipant').id }, eindhovenEditor.headers);
    expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await t.graphql(participation('removeParticipant'), { id: expectResult(toForum, 'ProjectParticipant').id }, editor.headers);
    expect(removed.data.removeParticipant).toMatchObject({ status: 'REMOVED' });

    // An active participant that is not the coordinator leaves.
    const leaver = current.find((p: { role: string; status: string }) => p.role !== 'COORDINATOR' && p.status === 'ACTIVE');
    const left = await t.graphql(participation('leaveProject'), { id: leaver.id }, editors[leaver.organization.slug].headers);
    expect(left.data.leaveProject).toMatchObject({ status: 'LEFT' });
    const after = await read(people.dostEditor.headers);
    expect(after.participants.find((p: { id: string }) => p.id === leaver.id).status).toBe('LEFT');
  });

  it('records every change in the audit trail of the coordinating or participating organisation', async () => {
    const rows: { action: string }[] = await t.dataSource.query(`SELECT action FROM audit_event WHERE action LIKE 'project.%' ORDER BY id`);
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['project.created', 'project.participant_invited', 'project.participant_accepted', 'project.updated', 'project.status_changed', 'project.coordination_transferred']),
    );
  });
});
