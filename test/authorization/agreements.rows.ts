import { activateAgreement, createAgreement } from '../support/agreements.js';
import { adminsA, day, editorsA, judges, readersA, staleVersion, validCallers, type PrincipalName, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import { graphql } from '../graphql/index.js';

/** Agreements and their obligations, revenue and its distribution, spin-offs. */

export interface Fixtures {
  w: World;
  technology: string;
  /** ACTIVE; A licenses A's technology to B. */
  agreement: string;
  /** Owed by the licensee B, overdue. */
  obligation: string;
  /** A line of a distribution of the agreement's income, to the inventor memberA. */
  line: string;
  spinOff: string;
}

async function setUp(w: World): Promise<Fixtures> {
  const technology = await w.must(
    'editorA',
    graphql(`mutation AuthzAgreementsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }`),
    { input: { code: `SAMPLE-T-${w.unique()}`, title: 'Sample data', owners: [{ organizationId: w.orgA, share: '100' }], inventors: [{ userId: w.accounts.get('memberA')!.id, share: '100' }] } },
  );
  // The support helpers take an account's headers: a session of A's editor of its own.
  const editor = { ...w.accounts.get('editorA')!, headers: await w.as('editorA') };
  const agreement = await createAgreement(w.t, editor, { technologyIds: [technology.id], licensorIds: [w.orgA], licenseeId: w.orgB, upfrontFee: '1000000' });
  await activateAgreement(w.t, editor, agreement.id, agreement.version);
  const obligation = await w.must('editorA', graphql(`mutation AuthzAgreementsRowsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }`), {
    input: { agreementId: agreement.id, kind: 'REPORT', description: 'Sample data: report', dueOn: day(-5), owedBy: 'LICENSEE' },
  });
  await w.must('adminA', graphql(`mutation SetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) { __typename } }`), {
    input: { organizationId: w.orgA, inventorsShare: '30', unitsShare: '30', institutionShare: '40', validFrom: '2020-01-01' },
  });
  await w.must('editorA', graphql(`mutation RecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename } }`), {
    input: { agreementId: agreement.id, kind: 'UPFRONT', amount: '1000000', receivedOn: day(-3) },
  });
  await w.must('editorA', graphql(`mutation DistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) { __typename } }`), { id: agreement.id, upTo: day(0) });
  const [line] = await w.sql(`SELECT id FROM distribution_line WHERE user_id = $1`, [w.accounts.get('memberA')!.id]);
  const spinOff = await w.must('editorA', graphql(`mutation CreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }`), {
    input: { parentOrganizationId: w.orgA, newStartup: { name: `Sample startup ${w.unique()}`, country: 'VN' }, foundedOn: '2025-03-01', equityHeld: '10' },
  });
  return { w, technology: technology.id, agreement: agreement.id, obligation: obligation.id, line: line.id, spinOff: spinOff.id };
}

/** The parties to the agreement: A (licensor) and B (licensee). */
const partiesReaders: PrincipalName[] = [...readersA, 'adminB'];

const rows: Row<Fixtures>[] = [
  {
    name: 'query agreement of A and B (null when hidden)',
    query: graphql(`query AuthzAgreementsRowsAgreement($id: ID) { agreement(id: $id) { id } }`),
    variables: (f) => ({ id: f.agreement }),
    judge: judges.found,
    allowed: partiesReaders,
  },
  {
    name: 'query agreements (lists A’s licence to B)',
    query: graphql(`query AuthzAgreementsRowsAgreements { agreements(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.agreement, 'agreements'),
    allowed: partiesReaders,
  },
  {
    name: 'Agreement.costs (licensors’ side: null to the licensee)',
    query: graphql(`query AuthzAgreementsRowsAgreement2($id: ID) { agreement(id: $id) { costs { id } } }`),
    variables: (f) => ({ id: f.agreement }),
    judge: judges.present('agreement', 'costs'),
    allowed: readersA,
  },
  {
    name: 'Agreement.distributions (licensors’ side: null to the licensee)',
    query: graphql(`query AuthzAgreementsRowsAgreement3($id: ID) { agreement(id: $id) { distributions { id } } }`),
    variables: (f) => ({ id: f.agreement }),
    judge: judges.present('agreement', 'distributions'),
    allowed: readersA,
  },
  {
    name: 'Organization.distributionPolicies of A (null to non-members)',
    query: graphql(`query AuthzAgreementsRowsOrganization($id: ID) { organization(id: $id) { distributionPolicies { id } } }`),
    variables: (f) => ({ id: f.w.orgA }),
    judge: judges.present('organization', 'distributionPolicies'),
    allowed: readersA,
  },
  {
    name: 'query agreementObligations (lists B’s obligation under A’s licence)',
    query: graphql(`query AuthzAgreementsRowsAgreementObligations { agreementObligations(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.obligation, 'agreementObligations'),
    allowed: partiesReaders,
  },
  {
    name: 'query overdueObligations (lists B’s overdue obligation)',
    query: graphql(`query AuthzAgreementsRowsOverdueObligations { overdueObligations(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.obligation, 'overdueObligations'),
    allowed: partiesReaders,
  },
  {
    name: 'mutation createAgreement on A’s technology',
    query: graphql(`mutation AuthzAgreementsRowsCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }`),
    variables: (f) => ({
      input: { code: `SAMPLE-A-${f.w.unique()}`, title: 'Sample data: licence', type: 'OPTION', technologyIds: [f.technology], licensorIds: [f.w.orgA], licenseeId: f.w.orgB },
    }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateAgreement (stale version)',
    query: graphql(`mutation AuthzAgreementsRowsUpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.agreement, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation transitionAgreement (stale version)',
    query: graphql(`mutation AuthzAgreementsRowsTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.agreement, expectedVersion: staleVersion, status: 'TERMINATED', on: day(0) } }),
    allowed: editorsA,
  },
  {
    name: 'mutation addObligation to A’s licence',
    query: graphql(`mutation AuthzAgreementsRowsAddObligation2($input: AddObligationInput!) { addObligation(input: $input) { __typename } }`),
    variables: (f) => ({ input: { agreementId: f.agreement, kind: 'PAYMENT', description: 'Sample data: payment', dueOn: day(30), owedBy: 'LICENSEE' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation reportObligationMet (owed by B; stale version)',
    query: graphql(`mutation AuthzAgreementsRowsReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) { __typename } }`),
    variables: (f) => ({ input: { obligationId: f.obligation, expectedVersion: staleVersion, metOn: day(-1) } }),
    allowed: ['adminB', 'platformAdmin'],
  },
  {
    name: 'mutation recordObligationOutcome (stale version)',
    query: graphql(`mutation AuthzAgreementsRowsRecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) { __typename } }`),
    variables: (f) => ({ input: { obligationId: f.obligation, expectedVersion: staleVersion, status: 'WAIVED' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation recordRevenueReceipt under A’s licence',
    query: graphql(`mutation RecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename } }`),
    variables: (f) => ({ input: { agreementId: f.agreement, kind: 'ROYALTY', amount: '1000', receivedOn: day(-1) } }),
    allowed: editorsA,
  },
  {
    name: 'mutation recordRevenueCost under A’s licence',
    query: graphql(`mutation RecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename } }`),
    variables: (f) => ({ input: { agreementId: f.agreement, kind: 'LEGAL', amount: '10', incurredOn: day(-1) } }),
    allowed: editorsA,
  },
  {
    name: 'mutation distributeRevenue of A’s licence',
    query: graphql(`mutation DistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) { __typename } }`),
    variables: (f) => ({ id: f.agreement, upTo: day(0) }),
    allowed: editorsA,
  },
  {
    name: 'mutation markDistributionLinePaid (stale version)',
    query: graphql(`mutation MarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) { __typename } }`),
    variables: (f) => ({ input: { lineId: f.line, expectedVersion: staleVersion, paidOn: day(0) } }),
    allowed: editorsA,
  },
  {
    name: 'mutation setDistributionPolicy of A',
    query: graphql(`mutation SetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) { __typename } }`),
    variables: (f) => ({ input: { organizationId: f.w.orgA, inventorsShare: '30', unitsShare: '30', institutionShare: '40', validFrom: day(1) } }),
    allowed: adminsA,
  },
  {
    name: 'query myDistributionLines (lists memberA’s line as inventor)',
    query: graphql(`query MyDistributionLines { myDistributionLines(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.line, 'myDistributionLines'),
    allowed: ['memberA'],
  },
  {
    name: 'query spinOffs (public; lists A’s)',
    query: graphql(`query SpinOffs { spinOffs(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.spinOff, 'spinOffs'),
    allowed: validCallers,
  },
  {
    name: 'SpinOff.equityHeld of A’s spin-off (null to others)',
    query: graphql(`query AuthzAgreementsRowsSpinOffs { spinOffs(first: 100) { edges { node { id equityHeld } } } }`),
    judge: (data, f) => (data.spinOffs.edges.find((edge: { node: { id: string } }) => edge.node.id === f.spinOff)?.node.equityHeld == null ? 'denied' : 'allowed'),
    allowed: readersA,
  },
  {
    name: 'mutation createSpinOff of A (a new startup)',
    query: graphql(`mutation AuthzAgreementsRowsCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename } }`),
    variables: (f) => ({ input: { parentOrganizationId: f.w.orgA, newStartup: { name: `Sample startup ${f.w.unique()}`, country: 'VN' }, foundedOn: '2025-06-01' } }),
    // Creating the startup makes the caller its admin: for people, not keys.
    allowed: ['editorA', 'adminA', 'platformAdmin'],
  },
  {
    name: 'mutation updateSpinOff of A (stale version)',
    query: graphql(`mutation UpdateSpinOff($input: UpdateSpinOffInput!) { updateSpinOff(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.spinOff, expectedVersion: staleVersion, equityHeld: '12' } }),
    allowed: editorsA,
  },
];

export const agreementRows: RowModule<Fixtures> = { setUp, rows };
