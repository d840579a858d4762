import { judges, readersA, staleVersion, type PrincipalName, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import { graphql } from '../graphql/index.js';
import { expectResult } from '../support/results.js';

/** Partnerships between organisations and the parties' consent. */

export interface Fixtures {
  w: World;
  /** A DRAFT partnership of A and B, recorded by A's admin (A accepted, B not yet). */
  partnership: string;
  /** A new DRAFT partnership of A and B, recorded by A's admin. */
  fresh(): Promise<string>;
  throwawayOrganization(): Promise<string>;
  /** An open amendment of a new ACTIVE partnership of A and B, proposed by A's admin (B not asked yet). */
  amendment(): Promise<{ partnership: string; amendment: string }>;
}

const createPartnership = graphql(`mutation CreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { __typename ... on Partnership { id } } }`);

async function setUp(w: World): Promise<Fixtures> {
  const fresh = async () =>
    (await w.must('adminA', createPartnership, { input: { partyIds: [w.orgA, w.orgB], title: 'Sample data: partnership', type: 'MOU' } })).id;
  const amendment = async () => {
    const partnership = await fresh();
    await w.must('adminB', graphql(`mutation AcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename ... on Partnership { id } } }`), { id: partnership });
    const active = await w.must('adminA', graphql(`mutation ChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename ... on Partnership { id version } } }`), { id: partnership });
    const proposed = await w.must('adminA', graphql(`mutation UpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename ... on PartnershipAmendment { id } } }`), {
      input: { id: partnership, expectedVersion: active.version, title: 'Sample data: amended' },
    });
    return { partnership, amendment: expectResult(proposed, 'PartnershipAmendment').id };
  };
  return {
    w,
    partnership: await fresh(),
    fresh,
    amendment,
    throwawayOrganization: w.throwawayOrganization,
  };
}

/** Members and keys of either party read it. */
const partiesReaders: PrincipalName[] = [...readersA, 'adminB'];
/** Admins of either party: A's, B's, and platform admins (keys do no administration). */
const partiesAdmins: PrincipalName[] = ['adminA', 'adminB', 'platformAdmin'];
/**
 * Editors and admins of either party speak for it. Consent is the organisation's: platform admins
 * speak for none they are not members of, and partnership changes are for people, not keys.
 */
const partiesEditors: PrincipalName[] = ['editorA', 'adminA', 'adminB'];

const rows: Row<Fixtures>[] = [
  {
    name: 'query partnership of A and B (null when hidden)',
    query: graphql(`query Partnership($id: ID!) { partnership(id: $id) { id } }`),
    variables: (f) => ({ id: f.partnership }),
    judge: judges.found,
    allowed: partiesReaders,
  },
  {
    name: 'query partnerships (lists the one of A and B)',
    query: graphql(`query Partnerships { partnerships(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.partnership, 'partnerships'),
    allowed: partiesReaders,
  },
  {
    name: 'Partnership.consents (of a partnership one reads)',
    query: graphql(`query AuthzPartnershipsRowsPartnership($id: ID!) { partnership(id: $id) { consents { organizationId } } }`),
    variables: (f) => ({ id: f.partnership }),
    judge: judges.present('partnership', 'consents'),
    allowed: partiesReaders,
  },
  {
    name: 'mutation createPartnership of A and B',
    query: createPartnership,
    variables: (f) => ({ input: { partyIds: [f.w.orgA, f.w.orgB], title: 'Sample data: partnership', type: 'NDA' } }),
    allowed: partiesAdmins,
  },
  {
    name: 'mutation updatePartnership (stale version)',
    query: graphql(`mutation AuthzPartnershipsRowsUpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.partnership, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: partiesAdmins,
  },
  {
    name: 'mutation changePartnershipStatus to ACTIVE (consent pending)',
    query: graphql(`mutation AuthzPartnershipsRowsChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename } }`),
    variables: (f) => ({ id: f.partnership }),
    allowed: partiesAdmins,
  },
  {
    name: 'mutation acceptPartnership (fresh DRAFT)',
    query: graphql(`mutation AuthzPartnershipsRowsAcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.fresh() }),
    allowed: partiesEditors,
  },
  {
    name: 'mutation declinePartnership (fresh DRAFT)',
    query: graphql(`mutation DeclinePartnership($id: ID!) { declinePartnership(partnershipId: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.fresh() }),
    allowed: partiesEditors,
  },
  {
    name: 'mutation addPartnershipParty (fresh DRAFT)',
    query: graphql(`mutation AddPartnershipParty($p: ID!, $o: ID!) { addPartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }`),
    variables: async (f) => ({ p: await f.fresh(), o: await f.throwawayOrganization() }),
    allowed: partiesAdmins,
  },
  {
    name: 'mutation removePartnershipParty B (too few parties)',
    query: graphql(`mutation RemovePartnershipParty($p: ID!, $o: ID!) { removePartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }`),
    variables: (f) => ({ p: f.partnership, o: f.w.orgB }),
    allowed: partiesAdmins,
  },
  {
    name: 'Partnership.amendment (of an ACTIVE partnership one reads)',
    query: graphql(`query AuthzPartnershipsRowsPartnership2($id: ID!) { partnership(id: $id) { amendment { id } } }`),
    variables: async (f) => ({ id: (await f.amendment()).partnership }),
    judge: judges.present('partnership', 'amendment'),
    allowed: partiesReaders,
  },
  {
    name: 'mutation acceptPartnershipAmendment (fresh amendment)',
    query: graphql(`mutation AcceptPartnershipAmendment($id: ID!) { acceptPartnershipAmendment(amendmentId: $id) { __typename } }`),
    variables: async (f) => ({ id: (await f.amendment()).amendment }),
    allowed: partiesEditors,
  },
  {
    name: 'mutation declinePartnershipAmendment (fresh amendment)',
    query: graphql(`mutation DeclinePartnershipAmendment($id: ID!) { declinePartnershipAmendment(amendmentId: $id) { __typename } }`),
    variables: async (f) => ({ id: (await f.amendment()).amendment }),
    allowed: partiesEditors,
  },
];

export const partnershipRows: RowModule<Fixtures> = { setUp, rows };
