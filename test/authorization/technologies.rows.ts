import { day, editorsA, judges, readersA, staleVersion, type PrincipalName, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import { graphql } from '../graphql/index.js';
import type { TechnologyInventorInput } from '../graphql/graphql.js';
import { expectResult } from '../support/results.js';

/** Technologies and their owners, invention disclosures, IP filings. */

export interface Fixtures {
  w: World;
  /** Owned wholly by A; memberA is its inventor. */
  technology: string;
  /** Owned half by A, half by B, with B's proposal to shrink A's share open. */
  shared: string;
  disclosure: string;
  filing: string;
  /** A fresh technology of A and B with B's open proposal to shrink A's share; returns the proposal. */
  proposal(): Promise<string>;
}

const createTechnology = graphql(`mutation AuthzTechnologiesRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id version } } }`);
const setOwners = graphql(`mutation AuthzTechnologiesRowsSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) { __typename ... on TechnologyOwnersProposal { id } } }`);

async function setUp(w: World): Promise<Fixtures> {
  const technologyInput = (owners: { organizationId: string; share: string }[], inventors: TechnologyInventorInput[]) => ({
    input: { code: `SAMPLE-T-${w.unique()}`, title: 'Sample data: technology', abstract: 'Sample data.', owners, inventors },
  });
  const technology = await w.must('editorA', createTechnology, technologyInput([{ organizationId: w.orgA, share: '100' }], [{ userId: w.accounts.get('memberA')!.id, share: '100' }]));
  const proposal = async () => {
    const shared = await w.must(
      'editorA',
      createTechnology,
      technologyInput([{ organizationId: w.orgA, share: '50' }, { organizationId: w.orgB, share: '50' }], [{ externalName: 'Sample inventor', share: '100' }]),
    );
    const proposed = await w.must('adminB', setOwners, {
      input: { technologyId: shared.id, expectedVersion: shared.version, owners: [{ organizationId: w.orgA, share: '10' }, { organizationId: w.orgB, share: '90' }] },
    });
    return { technology: shared.id, proposal: expectResult(proposed, 'TechnologyOwnersProposal').id };
  };
  const shared = await proposal();
  const disclosure = await w.must('editorA', graphql(`mutation CreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ... on InventionDisclosure { id } } }`), {
    input: { technologyId: technology.id, organizationId: w.orgA, title: 'Sample data: disclosure' },
  });
  const filing = await w.must('editorA', graphql(`mutation FileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } } }`), {
    input: { technologyId: technology.id, type: 'PATENT', jurisdiction: 'VN', filingDate: day(-30) },
  });
  return { w, technology: technology.id, shared: shared.technology, disclosure: disclosure.id, filing: filing.id, proposal: async () => (await proposal()).proposal };
}

/** Managers of A's technology and its inventor (memberA) author its disclosures. */
const authorsA: PrincipalName[] = [...editorsA, 'memberA'];
/** Editors and admins of an owner answer a proposal for it: consent is the owner's, not the platform's. */
const ownerEditorsA: PrincipalName[] = ['editorA', 'adminA', 'writeKeyA'];

const rows: Row<Fixtures>[] = [
  {
    name: 'query technology of A (null when hidden)',
    query: graphql(`query Technology($id: ID) { technology(id: $id) { id } }`),
    variables: (f) => ({ id: f.technology }),
    judge: judges.found,
    allowed: readersA,
  },
  {
    name: 'query technologies (lists A’s)',
    query: graphql(`query AuthzTechnologiesRowsTechnologies { technologies(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.technology, 'technologies'),
    allowed: readersA,
  },
  {
    name: 'Technology.ownersProposal (null to all but the owners’ editors)',
    query: graphql(`query AuthzTechnologiesRowsTechnology($id: ID) { technology(id: $id) { ownersProposal { id } } }`),
    variables: (f) => ({ id: f.shared }),
    judge: judges.present('technology', 'ownersProposal'),
    allowed: [...editorsA, 'adminB'],
  },
  {
    name: 'mutation createTechnology owned by A',
    query: createTechnology,
    variables: (f) => ({ input: { code: `SAMPLE-T-${f.w.unique()}`, title: 'Sample data', owners: [{ organizationId: f.w.orgA, share: '100' }], inventors: [] } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateTechnology of A (stale version)',
    query: graphql(`mutation AuthzTechnologiesRowsUpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.technology, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation assessTrl of A’s technology',
    query: graphql(`mutation AuthzTechnologiesRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }`),
    variables: (f) => ({ input: { technologyId: f.technology, level: 3, evidence: 'Sample data: report.' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation setTechnologyInventors of A (stale version)',
    query: graphql(`mutation AuthzTechnologiesRowsSetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) { __typename } }`),
    variables: (f) => ({ input: { technologyId: f.technology, expectedVersion: staleVersion, inventors: [{ externalName: 'Sample inventor', share: '100' }] } }),
    allowed: editorsA,
  },
  {
    name: 'mutation setTechnologyOwners of A (stale version)',
    query: setOwners,
    variables: (f) => ({ input: { technologyId: f.technology, expectedVersion: staleVersion, owners: [{ organizationId: f.w.orgA, share: '100' }] } }),
    allowed: editorsA,
  },
  {
    name: 'mutation acceptTechnologyOwners (B’s proposal shrinking A)',
    query: graphql(`mutation AcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.proposal() }),
    allowed: ownerEditorsA,
  },
  {
    name: 'mutation declineTechnologyOwners (B’s proposal shrinking A)',
    query: graphql(`mutation DeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.proposal() }),
    allowed: ownerEditorsA,
  },
  {
    name: 'query disclosure to A (null when hidden)',
    query: graphql(`query Disclosure($id: ID!) { disclosure(id: $id) { id } }`),
    variables: (f) => ({ id: f.disclosure }),
    judge: judges.found,
    allowed: readersA,
  },
  {
    name: 'query disclosures (lists the one to A)',
    query: graphql(`query Disclosures { disclosures(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.disclosure, 'disclosures'),
    allowed: readersA,
  },
  {
    name: 'query myDisclosures (lists the one of memberA’s invention)',
    query: graphql(`query MyDisclosures { myDisclosures(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.disclosure, 'myDisclosures'),
    allowed: ['memberA'],
  },
  {
    name: 'mutation createDisclosure of A’s technology',
    query: graphql(`mutation AuthzTechnologiesRowsCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename } }`),
    variables: (f) => ({ input: { technologyId: f.technology, organizationId: f.w.orgA, title: 'Sample data: disclosure' } }),
    allowed: authorsA,
  },
  {
    name: 'mutation updateDisclosure (stale version)',
    query: graphql(`mutation UpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.disclosure, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: authorsA,
  },
  {
    name: 'mutation submitDisclosure (stale version)',
    query: graphql(`mutation SubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.disclosure, expectedVersion: staleVersion } }),
    allowed: authorsA,
  },
  {
    name: 'mutation startDisclosureEvaluation (stale version)',
    query: graphql(`mutation StartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.disclosure, expectedVersion: staleVersion } }),
    allowed: editorsA,
  },
  {
    name: 'mutation decideDisclosure (stale version)',
    query: graphql(`mutation DecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.disclosure, expectedVersion: staleVersion, decision: 'PROTECT' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation discloseInvention to A (the caller among the inventors)',
    query: graphql(`mutation DiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) { __typename } }`),
    variables: (f, caller) => {
      const account = f.w.accounts.get(caller);
      return {
        input: {
          organizationId: f.w.orgA,
          code: `SAMPLE-I-${f.w.unique()}`,
          title: 'Sample data: invention',
          inventors: [account ? { userId: account.id, share: '100' } : { externalName: 'Sample inventor', share: '100' }],
        },
      };
    },
    allowed: ['memberA', ...editorsA],
  },
  {
    name: 'query ipFiling of A’s technology (null when hidden)',
    query: graphql(`query IpFiling($id: ID!) { ipFiling(id: $id) { id } }`),
    variables: (f) => ({ id: f.filing }),
    judge: judges.found,
    allowed: readersA,
  },
  {
    name: 'query ipFilings (lists A’s)',
    query: graphql(`query IpFilings { ipFilings(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.filing, 'ipFilings'),
    allowed: readersA,
  },
  {
    name: 'query upcomingDeadlines (lists those of A’s filing)',
    query: graphql(`query UpcomingDeadlines { upcomingDeadlines(withinDays: 3650, first: 500) { filing { id } } }`),
    judge: (data, f) => (data.upcomingDeadlines.some((deadline: { filing: { id: string } }) => deadline.filing.id === f.filing) ? 'allowed' : 'denied'),
    allowed: readersA,
  },
  {
    name: 'mutation fileIpProtection for A’s technology',
    query: graphql(`mutation AuthzTechnologiesRowsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename } }`),
    variables: (f) => ({ input: { technologyId: f.technology, type: 'UTILITY_SOLUTION', jurisdiction: 'VN', filingDate: day(-10) } }),
    allowed: editorsA,
  },
  {
    name: 'mutation updateIpFiling (stale version)',
    query: graphql(`mutation UpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.filing, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation transitionIpFiling (stale version)',
    query: graphql(`mutation TransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.filing, expectedVersion: staleVersion, status: 'ABANDONED' } }),
    allowed: editorsA,
  },
];

export const technologyRows: RowModule<Fixtures> = { setUp, rows };
