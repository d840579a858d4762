import { editorsA, judges, readersA, staleVersion, validCallers, adminsA, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import { graphql } from '../graphql/index.js';
import type { ProjectVisibility } from '../graphql/graphql.js';
import { expectResult } from '../support/results.js';

/** Projects, their participants and milestones, and programmes. */

export interface Fixtures {
  w: World;
  /** A PARTNERS project A coordinates: only participants read it. */
  project: string;
  /** A PUBLIC project A coordinates: anyone reads its public fields, money stays with the participants. */
  publicProject: string;
  /** A's participation (as coordinator) in `project`. */
  coordinator: string;
  milestone: string;
  /** An organisation (SQL, sample data) with no one of the matrix in it. */
  throwawayOrganization(): Promise<string>;
  /** A new project of `coordinatorId`'s, made by `by`, with the organisation invited; returns the participant. */
  invited(by: string, coordinatorId: string, organizationId: string): Promise<{ project: string; participant: string }>;
  /** Programmes owned by A and by B. */
  programmeA: string;
  programmeB: string;
  /** A new project of `coordinatorId`'s, made by `by`. */
  newProjectOf(by: string, coordinatorId: string): Promise<string>;
  /** A pending request, made by `by`, to put a new project of `coordinatorId`'s in the programme. */
  pendingRequest(by: string, coordinatorId: string, programmeId: string): Promise<string>;
}

const createProject = graphql(`mutation AuthzProjectsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id participants { id } } } }`);
const requestAttachment = graphql(`mutation RequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename ... on ProgrammeAttachmentRequest { id } } }`);
const inviteParticipant = graphql(`mutation AuthzProjectsRowsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) { __typename ... on ProjectParticipant { id } } }`);

async function setUp(w: World): Promise<Fixtures> {
  const newProject = async (by: string, coordinatorId: string, visibility: ProjectVisibility = 'PARTNERS') =>
    w.must(by, createProject, {
      input: {
        coordinatorId,
        code: `SAMPLE-P-${w.unique()}`,
        title: 'Sample data: project',
        visibility,
        budget: { amount: '1000000', currency: 'VND' },
      },
    });
  const project = await newProject('editorA', w.orgA);
  const publicProject = await newProject('editorA', w.orgA, 'PUBLIC');
  const milestone = await w.must('editorA', graphql(`mutation AddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`), {
    input: { projectId: project.id, kind: 'MILESTONE', title: 'Sample data: milestone', dueDate: '2027-01-01' },
  });
  // A technology out of the public project, assessed twice: the project's TRL gained is a figure.
  const technology = await w.must(
    'editorA',
    graphql(`mutation AuthzProjectsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }`),
    { input: { code: `SAMPLE-T-${w.unique()}`, title: 'Sample data', owners: [{ organizationId: w.orgA, share: '100' }], inventors: [], projectIds: [publicProject.id] } },
  );
  for (const [level, assessedOn] of [[2, '2025-01-10'], [4, '2025-06-10']] as const) {
    await w.must('editorA', graphql(`mutation AuthzProjectsRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }`), {
      input: { technologyId: technology.id, level, assessedOn, evidence: 'Sample data: report.' },
    });
  }
  const programmeOf = async (by: string, ownerOrganizationId: string) =>
    (await w.must(by, graphql(`mutation AuthzProjectsRowsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id } } }`), {
      input: { ownerOrganizationId, code: `SAMPLE-PG-${w.unique()}`, name: 'Sample data: programme' },
    })).id;
  const programmeA = await programmeOf('adminA', w.orgA);
  const programmeB = await programmeOf('adminB', w.orgB);
  const pendingRequest = async (by: string, coordinatorId: string, programmeId: string) => {
    const projectId = (await newProject(by, coordinatorId)).id;
    return expectResult(await w.must(by, requestAttachment, { input: { projectId, programmeId } }), 'ProgrammeAttachmentRequest').id;
  };
  // A's public project has asked to join B's programme: its requests are something to read.
  await w.must('editorA', requestAttachment, { input: { projectId: publicProject.id, programmeId: programmeB } });
  const invite = async (by: string, projectId: string, organizationId: string) =>
    (await w.must(by, inviteParticipant, { input: { projectId, organizationId, role: 'PARTNER', cash: { amount: '100', currency: 'VND' } } })).id;
  return {
    w,
    project: project.id,
    publicProject: publicProject.id,
    coordinator: project.participants[0].id,
    milestone: milestone.id,
    throwawayOrganization: w.throwawayOrganization,
    invited: async (by, coordinatorId, organizationId) => {
      const created = await newProject(by, coordinatorId);
      return { project: created.id, participant: await invite(by, created.id, organizationId) };
    },
    programmeA,
    programmeB,
    newProjectOf: async (by, coordinatorId) => (await newProject(by, coordinatorId)).id,
    pendingRequest,
  };
}

const rows: Row<Fixtures>[] = [
  { name: 'query programmes', query: graphql(`query Programmes { programmes { id } }`), allowed: validCallers },
  {
    name: 'query project (PARTNERS, of A; null when hidden)',
    query: graphql(`query AuthzProjectsRowsProject($id: ID) { project(id: $id) { id } }`),
    variables: (f) => ({ id: f.project }),
    judge: judges.found,
    allowed: readersA,
  },
  {
    name: 'query projects (lists the PARTNERS project of A)',
    query: graphql(`query AuthzProjectsRowsProjects { projects(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.project, 'projects'),
    allowed: readersA,
  },
  {
    name: 'Project.budget of a PUBLIC project (null to non-participants)',
    query: graphql(`query AuthzProjectsRowsProject2($id: ID) { project(id: $id) { budget { amount } } }`),
    variables: (f) => ({ id: f.publicProject }),
    judge: judges.present('project', 'budget'),
    allowed: readersA,
  },
  {
    name: 'Project.contributionsByHelix of a PUBLIC project (null to non-participants)',
    query: graphql(`query AuthzProjectsRowsProject3($id: ID) { project(id: $id) { contributionsByHelix { helix } } }`),
    variables: (f) => ({ id: f.publicProject }),
    judge: judges.present('project', 'contributionsByHelix'),
    allowed: readersA,
  },
  {
    name: 'Project.trlGained of a PUBLIC project (null to non-participants)',
    query: graphql(`query AuthzProjectsRowsProject4($id: ID) { project(id: $id) { trlGained } }`),
    variables: (f) => ({ id: f.publicProject }),
    judge: judges.present('project', 'trlGained'),
    allowed: readersA,
  },
  {
    name: 'ProjectParticipant.contribution of a PUBLIC project (null to non-participants)',
    query: graphql(`query AuthzProjectsRowsProject5($id: ID) { project(id: $id) { participants { contribution { cash { amount } } } } }`),
    variables: (f) => ({ id: f.publicProject }),
    judge: (data) => (data.project?.participants?.[0]?.contribution == null ? 'denied' : 'allowed'),
    allowed: readersA,
  },
  {
    name: 'mutation createProgramme owned by A',
    query: graphql(`mutation AuthzProjectsRowsCreateProgramme2($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }`),
    variables: (f) => ({ input: { ownerOrganizationId: f.w.orgA, code: `SAMPLE-PG-${f.w.unique()}`, name: 'Sample data: programme' } }),
    allowed: adminsA,
  },
  {
    name: 'mutation createProject coordinated by A',
    query: createProject,
    variables: (f) => ({ input: { coordinatorId: f.w.orgA, code: `SAMPLE-P-${f.w.unique()}`, title: 'Sample data: project' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateProject of A (stale version)',
    query: graphql(`mutation AuthzProjectsRowsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.project, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation transitionProject of A (stale version)',
    query: graphql(`mutation TransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.project, expectedVersion: staleVersion, status: 'PROPOSED' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation addMilestone to a project of A',
    query: graphql(`mutation AddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`),
    variables: (f) => ({ input: { projectId: f.project, kind: 'DELIVERABLE', title: 'Sample data: deliverable', dueDate: '2027-06-01' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateMilestone of A (stale version)',
    query: graphql(`mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.milestone, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation inviteParticipant into a project of A',
    query: inviteParticipant,
    variables: async (f) => ({ input: { projectId: f.project, organizationId: await f.throwawayOrganization(), role: 'PARTNER' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateParticipant of A (stale version)',
    query: graphql(`mutation UpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) { __typename } }`),
    variables: (f) => ({ input: { participantId: f.coordinator, expectedVersion: staleVersion, inKindDescription: 'Sample data' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation removeParticipant (an invitation of A’s project)',
    query: graphql(`mutation RemoveParticipant($id: ID!) { removeParticipant(participantId: $id) { __typename } }`),
    variables: async (f) => ({ id: (await f.invited('editorA', f.w.orgA, await f.throwawayOrganization())).participant }),
    allowed: editorsA,
  },
  {
    name: 'mutation transferCoordination of A’s project (to an invited organisation: refused as data)',
    query: graphql(`mutation TransferCoordination($id: ID!) { transferCoordination(participantId: $id) { __typename } }`),
    variables: async (f) => ({ id: (await f.invited('editorA', f.w.orgA, await f.throwawayOrganization())).participant }),
    allowed: editorsA,
  },
  {
    name: 'mutation acceptParticipation (A invited into B’s project)',
    query: graphql(`mutation AuthzProjectsRowsAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) { __typename } }`),
    variables: async (f) => ({ id: (await f.invited('adminB', f.w.orgB, f.w.orgA)).participant }),
    allowed: editorsA,
  },
  {
    name: 'mutation declineParticipation (A invited into B’s project)',
    query: graphql(`mutation DeclineParticipation($id: ID!) { declineParticipation(participantId: $id) { __typename } }`),
    variables: async (f) => ({ id: (await f.invited('adminB', f.w.orgB, f.w.orgA)).participant }),
    allowed: editorsA,
  },
  {
    name: 'mutation leaveProject (A active in B’s project)',
    query: graphql(`mutation LeaveProject($id: ID!) { leaveProject(participantId: $id) { __typename } }`),
    variables: async (f) => {
      const { participant } = await f.invited('adminB', f.w.orgB, f.w.orgA);
      await f.w.must('adminA', graphql(`mutation AuthzProjectsRowsAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) { __typename } }`), { id: participant });
      return { id: participant };
    },
    allowed: editorsA,
  },
];

rows.push(
  {
    name: 'Programme.attachmentRequests of A’s programme (null for others)',
    query: graphql(`query AuthzProjectsRowsProgrammes { programmes { id attachmentRequests(first: 1) { totalCount } } }`),
    judge: (data, f) => (data.programmes?.find((programme: { id: string }) => programme.id === f.programmeA)?.attachmentRequests == null ? 'denied' : 'allowed'),
    allowed: readersA,
  },
  {
    name: 'Project.programmeRequests of A’s PUBLIC project (null for others)',
    query: graphql(`query AuthzProjectsRowsProject6($id: ID) { project(id: $id) { programmeRequests { id } } }`),
    variables: (f) => ({ id: f.publicProject }),
    judge: judges.present('project', 'programmeRequests'),
    allowed: readersA,
  },
  {
    name: 'mutation requestProgrammeAttachment (a new project of A into B’s programme; platform admins attach it at once)',
    query: graphql(`mutation AuthzProjectsRowsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename } }`),
    variables: async (f) => ({ input: { projectId: await f.newProjectOf('editorA', f.w.orgA), programmeId: f.programmeB } }),
    allowed: editorsA,
  },
  {
    name: 'mutation acceptProgrammeAttachment (B’s project into A’s programme)',
    query: graphql(`mutation AcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.pendingRequest('adminB', f.w.orgB, f.programmeA) }),
    allowed: editorsA,
  },
  {
    name: 'mutation declineProgrammeAttachment (B’s project into A’s programme)',
    query: graphql(`mutation DeclineProgrammeAttachment($id: ID!) { declineProgrammeAttachment(requestId: $id, reason: "Sample data") { __typename } }`),
    variables: async (f) => ({ id: await f.pendingRequest('adminB', f.w.orgB, f.programmeA) }),
    allowed: editorsA,
  },
  {
    name: 'mutation withdrawProgrammeAttachment (A’s project into B’s programme)',
    query: graphql(`mutation WithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.pendingRequest('editorA', f.w.orgA, f.programmeB) }),
    allowed: editorsA,
  },
);

export const projectRows: RowModule<Fixtures> = { setUp, rows };
