import { day, editorsA, people, readersA, staleVersion, validCallers, type PrincipalName, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import { graphql } from '../graphql/index.js';

/**
 * Incubation: A (a university) runs a programme with an OPEN cohort. B's admin founded a startup that
 * applied and was admitted (`admitted`), and another that graduated and consented to show it
 * (`graduated`); B's admin also mentors, for B, a third startup they are not a member of (`mentored`).
 */

export interface Fixtures {
  w: World;
  programme: string;
  cohort: string;
  /** ADMITTED; its startup is administered by adminB; it has a report for the period `reported`. */
  admitted: { id: string; startup: string };
  reported: { periodStart: string; periodEnd: string };
  /** ADMITTED, of a startup outside the matrix; adminB is its current mentor (for B). */
  mentored: string;
  /** A milestone of `mentored`. */
  milestone: string;
  /** GRADUATED, consented; its startup is administered by adminB. */
  graduated: { id: string; startup: string };
}

const applyMutation = graphql(`mutation AuthzIncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {
  __typename ... on IncubationApplication { id version startup { id } } } }`);
const moveMutation = graphql(`mutation AuthzIncubationMove($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {
  __typename ... on IncubationApplication { id version } } }`);

async function setUp(w: World): Promise<Fixtures> {
  const programme = await w.must('adminA', graphql(`mutation AuthzIncubationSetUpProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename ... on IncubationProgramme { id } } }`), {
    input: { organizationId: w.orgA, kind: 'INCUBATOR', name: 'Sample matrix programme (sample data)' },
  });
  const cohort = await w.must('adminA', graphql(`mutation AuthzIncubationSetUpCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename ... on IncubationCohort { id version } } }`), {
    input: { programmeId: programme.id, name: 'Sample matrix cohort', startsOn: day(-10), endsOn: day(100) },
  });
  await w.must('adminA', graphql(`mutation AuthzIncubationOpen($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename ... on IncubationCohort { id } } }`), {
    input: { id: cohort.id, expectedVersion: cohort.version, status: 'OPEN' },
  });
  const admit = async (id: string, version: number) => w.must('adminA', moveMutation, { input: { id, expectedVersion: version, status: 'ADMITTED' } });

  const first = await w.must('adminB', applyMutation, { input: { cohortId: cohort.id, newStartup: { name: `Sample matrix startup ${w.unique()}` }, pitch: 'Sample pitch' } });
  await admit(first.id, first.version);
  const reported = { periodStart: day(-60), periodEnd: day(-31) };
  await w.must('adminB', graphql(`mutation AuthzIncubationReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename ... on IncubationReport { id } } }`), {
    input: { applicationId: first.id, ...reported, fundsRaised: { amount: '100000000', currency: 'VND' }, jobs: 3 },
  });

  const other = await w.must('platformAdmin', applyMutation, { input: { cohortId: cohort.id, startupOrganizationId: await w.throwawayOrganization(), pitch: 'Sample pitch' } });
  await admit(other.id, other.version);
  await w.must('adminA', graphql(`mutation AuthzIncubationMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename ... on IncubationMentor { id } } }`), {
    input: { applicationId: other.id, userId: w.accounts.get('adminB')!.id, organizationId: w.orgB },
  });
  const milestone = await w.must('adminA', graphql(`mutation AuthzIncubationMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename ... on IncubationMilestone { id } } }`), {
    input: { applicationId: other.id, title: 'Sample milestone', dueOn: day(30) },
  });

  const third = await w.must('adminB', applyMutation, { input: { cohortId: cohort.id, newStartup: { name: `Sample matrix graduate ${w.unique()}` }, pitch: 'Sample pitch' } });
  const admitted = await admit(third.id, third.version);
  const graduated = await w.must('adminA', moveMutation, { input: { id: third.id, expectedVersion: admitted.version, status: 'GRADUATED' } });
  await w.must('adminB', graphql(`mutation AuthzIncubationConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename ... on IncubationApplication { id } } }`), {
    input: { id: third.id, expectedVersion: graduated.version, publicConsent: true },
  });

  return {
    w,
    programme: programme.id,
    cohort: cohort.id,
    admitted: { id: first.id, startup: first.startup.id },
    reported,
    mentored: other.id,
    milestone: milestone.id,
    graduated: { id: third.id, startup: third.startup.id },
  };
}

/** Parties to a file: members and keys of the runner (A), and the startup's people (B's admin founded them). */
const partiesOfFile: PrincipalName[] = [...readersA, 'adminB'];
/** The startup's editors act for it: B's admin, and platform admins. */
const startupEditors: PrincipalName[] = ['adminB', 'platformAdmin'];
/** Anyone signed in as a person may apply with a new startup (they become its admin); keys create no organisations. */
const persons: PrincipalName[] = people;

const rows: Row<Fixtures>[] = [
  {
    name: 'query incubationProgramme (public, with cohorts and consented graduates)',
    query: graphql(`query AuthzIncubationProgramme($id: ID!) { incubationProgramme(id: $id) { id cohorts { edges { node { id graduates { id } } } } } }`),
    variables: (f) => ({ id: f.programme }),
    judge: (data: any, f: Fixtures) =>
      data.incubationProgramme?.cohorts.edges[0]?.node.graduates.some((graduate: { id: string }) => graduate.id === f.graduated.startup) ? 'allowed' : 'denied',
    allowed: validCallers,
  },
  {
    name: 'query incubationProgrammes (lists the programme of A)',
    query: graphql(`query AuthzIncubationProgrammes($filter: IncubationProgrammeFilter) { incubationProgrammes(filter: $filter) { edges { node { id } } } }`),
    variables: (f) => ({ filter: { organizationId: f.w.orgA } }),
    judge: (data: any, f: Fixtures) => (data.incubationProgrammes.edges.some((edge: { node: { id: string } }) => edge.node.id === f.programme) ? 'allowed' : 'denied'),
    allowed: validCallers,
  },
  {
    name: 'query incubationApplication of the startup of B (with pitch and decision reason)',
    query: graphql(`query AuthzIncubationFile($id: ID!) { incubationApplication(id: $id) { id pitch decisionReason reports { jobs } } }`),
    variables: (f) => ({ id: f.admitted.id }),
    judge: (data: any) => (data.incubationApplication?.pitch ? 'allowed' : 'denied'),
    allowed: partiesOfFile,
  },
  {
    name: 'query incubationApplications (lists the file B’s admin mentors)',
    query: graphql(`query AuthzIncubationFiles { incubationApplications(first: 100) { edges { node { id } } } }`),
    judge: (data: any, f: Fixtures) => (data.incubationApplications.edges.some((edge: { node: { id: string } }) => edge.node.id === f.mentored) ? 'allowed' : 'denied'),
    allowed: partiesOfFile,
  },
  {
    name: 'Organization.incubations: a consented graduation, its pitch only to the parties',
    query: graphql(`query AuthzIncubationOfStartup($id: ID!) { organization(id: $id) { incubations { edges { node { id pitch mentors { current } } } } } }`),
    variables: (f) => ({ id: f.graduated.startup }),
    judge: (data: any) => (data.organization?.incubations.edges[0]?.node.pitch ? 'allowed' : 'denied'),
    allowed: partiesOfFile,
  },
  {
    name: 'mutation createIncubationProgramme for A',
    query: graphql(`mutation AuthzIncubationRowsCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename } }`),
    variables: (f) => ({ input: { organizationId: f.w.orgA, kind: 'ACCELERATOR', name: 'Sample matrix accelerator (sample data)' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateIncubationProgramme (stale version)',
    query: graphql(`mutation AuthzIncubationRowsUpdateProgramme($input: UpdateIncubationProgrammeInput!) { updateIncubationProgramme(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.programme, expectedVersion: staleVersion, name: 'Sample renamed' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation createIncubationCohort in the programme of A',
    query: graphql(`mutation AuthzIncubationRowsCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename } }`),
    variables: (f) => ({ input: { programmeId: f.programme, name: 'Sample matrix cohort', startsOn: day(10), endsOn: day(40) } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateIncubationCohort (stale version)',
    query: graphql(`mutation AuthzIncubationRowsUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.cohort, expectedVersion: staleVersion, status: 'RUNNING' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation applyToIncubationCohort with a new startup',
    query: graphql(`mutation AuthzIncubationRowsApplyNew($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }`),
    variables: (f) => ({ input: { cohortId: f.cohort, newStartup: { name: `Sample applicant ${f.w.unique()}` }, pitch: 'Sample pitch' } }),
    allowed: persons,
  },
  {
    name: 'mutation applyToIncubationCohort for the startup of B (already applied)',
    query: graphql(`mutation AuthzIncubationRowsApplyAgain($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }`),
    variables: (f) => ({ input: { cohortId: f.cohort, startupOrganizationId: f.admitted.startup, pitch: 'Sample pitch' } }),
    allowed: startupEditors,
  },
  {
    name: 'mutation changeIncubationApplicationStatus to GRADUATED (runner; stale version)',
    query: graphql(`mutation AuthzIncubationRowsDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.admitted.id, expectedVersion: staleVersion, status: 'GRADUATED' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation changeIncubationApplicationStatus to LEFT (startup; stale version)',
    query: graphql(`mutation AuthzIncubationRowsLeave($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.admitted.id, expectedVersion: staleVersion, status: 'LEFT' } }),
    allowed: startupEditors,
  },
  {
    name: 'mutation setIncubationConsent (in the startup’s name; stale version)',
    query: graphql(`mutation AuthzIncubationRowsConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.admitted.id, expectedVersion: staleVersion, publicConsent: true } }),
    // Consent is the startup's own: platform admins do not give it.
    allowed: ['adminB'],
  },
  {
    name: 'mutation assignIncubationMentor (already mentoring)',
    query: graphql(`mutation AuthzIncubationRowsAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename } }`),
    variables: (f) => ({ input: { applicationId: f.mentored, userId: f.w.accounts.get('adminB')!.id, organizationId: f.w.orgB } }),
    allowed: editorsA,
  },
  {
    name: 'mutation endIncubationMentor (not a mentor)',
    query: graphql(`mutation AuthzIncubationRowsEndMentor($input: EndIncubationMentorInput!) { endIncubationMentor(input: $input) { __typename } }`),
    variables: (f) => ({ input: { applicationId: f.mentored, userId: f.w.accounts.get('outsider')!.id } }),
    allowed: editorsA,
  },
  {
    name: 'mutation addIncubationMilestone (runner or startup)',
    query: graphql(`mutation AuthzIncubationRowsAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename } }`),
    variables: (f) => ({ input: { applicationId: f.admitted.id, title: 'Sample matrix milestone', dueOn: day(20) } }),
    allowed: [...editorsA, 'adminB'],
  },
  {
    name: 'mutation markIncubationMilestone (mentor or runner; stale version)',
    query: graphql(`mutation AuthzIncubationRowsMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.milestone, expectedVersion: staleVersion, status: 'MET' } }),
    allowed: [...editorsA, 'adminB'],
  },
  {
    name: 'mutation addIncubationReport (period already reported)',
    query: graphql(`mutation AuthzIncubationRowsAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename } }`),
    variables: (f) => ({ input: { applicationId: f.admitted.id, ...f.reported, fundsRaised: { amount: '1', currency: 'VND' }, jobs: 1 } }),
    allowed: startupEditors,
  },
];

export const incubationRows: RowModule<Fixtures> = { setUp, rows };
