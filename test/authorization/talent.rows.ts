import { editorsA, readersA, staleVersion, validCallers, type PrincipalName, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import { graphql } from '../graphql/index.js';

/**
 * Placements of people between organisations, the public talent flow counts, and training
 * programmes with their partners. A is a university (home, runner), B a company (host, partner);
 * memberA is the person placed.
 */

export interface Fixtures {
  w: World;
  /** A PROPOSED placement of memberA from A at B, proposed by A's admin. */
  placement: string;
  /** The same, withdrawn by memberA: only memberA learns who it is about. */
  withdrawn: string;
  /** A new PROPOSED placement of memberA from A at B, proposed by A's admin. */
  fresh(): Promise<string>;
  /** A training programme run by A, with B as an ACTIVE partner. */
  programme: string;
  /** B's partnership in `programme`. */
  partner: string;
  /** A new programme run by A. */
  freshProgramme(): Promise<string>;
  /** A new invitation of B to a new programme of A. */
  freshInvitation(): Promise<string>;
}

const proposePlacement = graphql(`mutation AuthzTalentRowsProposePlacement($input: ProposePlacementInput!) { proposePlacement(input: $input) { __typename ... on Placement { id } } }`);
const createTrainingProgramme = graphql(`mutation AuthzTalentRowsCreateTrainingProgramme($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { __typename ... on TrainingProgramme { id } } }`);
const inviteTrainingPartner = graphql(`mutation AuthzTalentRowsInviteTrainingPartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) { __typename ... on TrainingPartner { id } } }`);

async function setUp(w: World): Promise<Fixtures> {
  const placementInput = () => ({
    kind: 'INTERNSHIP' as const,
    personUserId: w.accounts.get('memberA')!.id,
    homeOrganizationId: w.orgA,
    hostOrganizationId: w.orgB,
    title: 'Sample data: internship',
    topic: 'Sample data: topic',
    startsOn: '2025-06-01',
    endsOn: '2025-08-31',
  });
  const fresh = async () => (await w.must('adminA', proposePlacement, { input: placementInput() })).id;
  const freshProgramme = async () =>
    (await w.must('adminA', createTrainingProgramme, { input: { runnerOrganizationId: w.orgA, title: `Sample data: programme ${w.unique()}`, startsOn: '2024-09-01' } })).id;
  const freshInvitation = async () => (await w.must('adminA', inviteTrainingPartner, { input: { programmeId: await freshProgramme(), organizationId: w.orgB } })).id;
  const withdrawn = await fresh();
  await w.must('memberA', graphql(`mutation AuthzTalentRowsWithdrawFixture($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id } } }`), { id: withdrawn });
  const programme = await freshProgramme();
  const partner = (await w.must('adminA', inviteTrainingPartner, { input: { programmeId: programme, organizationId: w.orgB } })).id;
  await w.must(
    'adminB',
    graphql(`mutation AuthzTalentRowsAcceptFixture($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename ... on TrainingPartner { id } } }`),
    { input: { partnerId: partner, expectedVersion: 1, accept: true } },
  );
  return { w, placement: await fresh(), withdrawn, fresh, programme, partner, freshProgramme, freshInvitation };
}

/** Members and keys of either side read a placement (memberA is also the person placed). */
const sidesReaders: PrincipalName[] = [...readersA, 'adminB'];
/** Editors and admins of either side manage it (people only); platform admins too. */
const sidesManagers: PrincipalName[] = ['editorA', 'adminA', 'adminB', 'platformAdmin'];
/** Agreement and proposal are given by the sides' own editors and admins: never by a platform admin for them. */
const sidesSpeakers: PrincipalName[] = ['editorA', 'adminA', 'adminB'];
/** B's editors and admins (adminB), and platform admins. */
const editorsB: PrincipalName[] = ['adminB', 'platformAdmin'];

const rows: Row<Fixtures>[] = [
  {
    name: 'query placement of A at B (null when hidden)',
    query: graphql(`query AuthzTalentRowsPlacement($id: ID!) { placement(id: $id) { id } }`),
    variables: (f) => ({ id: f.placement }),
    judge: (data) => (data?.placement ? 'allowed' : 'denied'),
    allowed: sidesReaders,
  },
  {
    name: 'query placements (lists the one of A at B)',
    query: graphql(`query AuthzTalentRowsPlacements { placements(first: 100) { edges { node { id } } } }`),
    judge: (data, f: Fixtures) => ((data?.placements?.edges ?? []).some((edge: { node: { id: string } }) => edge.node.id === f.placement) ? 'allowed' : 'denied'),
    allowed: sidesReaders,
  },
  {
    name: 'Organization.placements of B (lists the one of A at B)',
    query: graphql(`query AuthzTalentRowsOrganizationPlacements($id: ID!) { organization(id: $id) { placements(first: 100) { edges { node { id } } } } }`),
    variables: (f) => ({ id: f.w.orgB }),
    judge: (data, f: Fixtures) => ((data?.organization?.placements?.edges ?? []).some((edge: { node: { id: string } }) => edge.node.id === f.placement) ? 'allowed' : 'denied'),
    allowed: sidesReaders,
  },
  {
    name: 'Placement.person, title and topic of a withdrawn placement (the person only)',
    query: graphql(`query AuthzTalentRowsWithdrawnPerson($id: ID!) { placement(id: $id) { person { id } title topic } }`),
    variables: (f) => ({ id: f.withdrawn }),
    judge: (data) => (data?.placement?.person && data.placement.title && data.placement.topic ? 'allowed' : 'denied'),
    allowed: ['memberA'],
  },
  {
    name: 'Placement.person, title and topic of a proposed placement (its readers)',
    query: graphql(`query AuthzTalentRowsPerson($id: ID!) { placement(id: $id) { person { id } title topic } }`),
    variables: (f) => ({ id: f.placement }),
    judge: (data) => (data?.placement?.person && data.placement.title ? 'allowed' : 'denied'),
    allowed: sidesReaders,
  },
  {
    name: 'mutation proposePlacement of memberA from A at B',
    query: proposePlacement,
    variables: (f) => ({
      input: { kind: 'SECONDMENT', personUserId: f.w.accounts.get('memberA')!.id, homeOrganizationId: f.w.orgA, hostOrganizationId: f.w.orgB, title: 'Sample data: secondment', startsOn: '2025-01-01', endsOn: '2025-03-31' },
    }),
    allowed: sidesSpeakers,
  },
  {
    name: 'mutation updatePlacement (stale version)',
    query: graphql(`mutation AuthzTalentRowsUpdatePlacement($input: UpdatePlacementInput!) { updatePlacement(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.placement, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: sidesManagers,
  },
  {
    name: 'mutation agreePlacement (fresh proposal of A: B agrees, A is told it agreed already)',
    query: graphql(`mutation AuthzTalentRowsAgreePlacement($input: AgreePlacementInput!) { agreePlacement(input: $input) { __typename } }`),
    variables: async (f) => ({ input: { id: await f.fresh(), expectedVersion: 1 } }),
    allowed: sidesSpeakers,
  },
  {
    name: 'mutation changePlacementStatus (stale version)',
    query: graphql(`mutation AuthzTalentRowsChangePlacementStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.placement, expectedVersion: staleVersion, status: 'CANCELLED' } }),
    allowed: sidesManagers,
  },
  {
    name: 'mutation withdrawPlacement (fresh placement of memberA: the person only)',
    query: graphql(`mutation AuthzTalentRowsWithdrawPlacement($id: ID!) { withdrawPlacement(id: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.fresh() }),
    allowed: ['memberA'],
  },
  {
    name: 'query talentFlows (public counts)',
    query: graphql(`query AuthzTalentRowsTalentFlows { talentFlows { cells { year placements suppressed } } }`),
    allowed: validCallers,
  },
  {
    name: 'query trainingProgrammes (public)',
    query: graphql(`query AuthzTalentRowsTrainingProgrammes { trainingProgrammes(first: 100) { edges { node { id partners { status contributions { year } } intakes { year } } } } }`),
    judge: (data, f: Fixtures) => ((data?.trainingProgrammes?.edges ?? []).some((edge: { node: { id: string } }) => edge.node.id === f.programme) ? 'allowed' : 'denied'),
    allowed: validCallers,
  },
  {
    name: 'query trainingProgramme of A (public)',
    query: graphql(`query AuthzTalentRowsTrainingProgramme($id: ID!) { trainingProgramme(id: $id) { id runner { id } } }`),
    variables: (f) => ({ id: f.programme }),
    judge: (data) => (data?.trainingProgramme ? 'allowed' : 'denied'),
    allowed: validCallers,
  },
  {
    name: 'mutation createTrainingProgramme run by A',
    query: createTrainingProgramme,
    variables: (f) => ({ input: { runnerOrganizationId: f.w.orgA, title: `Sample data: programme ${f.w.unique()}`, startsOn: '2024-09-01' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateTrainingProgramme (stale version)',
    query: graphql(`mutation AuthzTalentRowsUpdateTrainingProgramme($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.programme, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation recordTrainingIntake (stale version)',
    query: graphql(`mutation AuthzTalentRowsRecordTrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) { __typename } }`),
    variables: (f) => ({ input: { programmeId: f.programme, expectedVersion: staleVersion, year: 2024, trainees: 30, graduates: 0 } }),
    allowed: editorsA,
  },
  {
    name: 'mutation inviteTrainingPartner B (fresh programme of A)',
    query: inviteTrainingPartner,
    variables: async (f) => ({ input: { programmeId: await f.freshProgramme(), organizationId: f.w.orgB } }),
    allowed: editorsA,
  },
  {
    name: 'mutation answerTrainingInvitation (fresh invitation of B)',
    query: graphql(`mutation AuthzTalentRowsAnswerTrainingInvitation($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename } }`),
    variables: async (f) => ({ input: { partnerId: await f.freshInvitation(), expectedVersion: 1, accept: true } }),
    allowed: editorsB,
  },
  {
    name: 'mutation recordTrainingContribution of B (stale version)',
    query: graphql(`mutation AuthzTalentRowsRecordTrainingContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) { __typename } }`),
    variables: (f) => ({ input: { partnerId: f.partner, expectedVersion: staleVersion, year: 2024, seatsFunded: 5, graduatesHired: 2 } }),
    allowed: editorsB,
  },
];

export const talentRows: RowModule<Fixtures> = { setUp, rows };
