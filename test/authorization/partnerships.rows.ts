import { judges, readersA, staleVersion, type PrincipalName, type Row, type RowModule, type World } from '../support/authorization-matrix.js';

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

const createPartnership = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { __typename ... on Partnership { id } } }`;

async function setUp(w: World): Promise<Fixtures> {
  const fresh = async () =>
    (await w.must('adminA', createPartnership, { input: { partyIds: [w.orgA, w.orgB], title: 'Sample data: partnership', type: 'MOU' } })).id as string;
  const amendment = async () => {
    const partnership = await fresh();
    await w.must('adminB', `mutation($id: ID!) { acceptPartnership(partnershipId: $id) { __typename ... on Partnership { id } } }`, { id: partnership });
    const active = await w.must('adminA', `mutation($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename ... on Partnership { id version } } }`, { id: partnership });
    const proposed = await w.must('adminA', `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename ... on PartnershipAmendment { id } } }`, {
      input: { id: partnership, expectedVersion: active.version, title: 'Sample data: amended' },
    });
    return { partnership, amendment: proposed.id as string };
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
    query: `query($id: ID!) { partnership(id: $id) { id } }`,
    variables: (f) => ({ id: f.partnership }),
    judge: judges.found,
    allowed: partiesReaders,
  },
  {
    name: 'query partnerships (lists the one of A and B)',
    query: `{ partnerships(first: 100) { edges { node { id } } } }`,
    judge: judges.lists((f: Fixtures) => f.partnership, 'partnerships'),
    allowed: partiesReaders,
  },
  {
    name: 'Partnership.consents (of a partnership one reads)',
    query: `query($id: ID!) { partnership(id: $id) { consents { organizationId } } }`,
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
    query: `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename } }`,
    variables: (f) => ({ input: { id: f.partnership, expectedVersion: staleVersion, title: 'Sample data: renamed' } }),
    allowed: partiesAdmins,
  },
  {
    name: 'mutation changePartnershipStatus to ACTIVE (consent pending)',
    query: `mutation($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename } }`,
    variables: (f) => ({ id: f.partnership }),
    allowed: partiesAdmins,
  },
  {
    name: 'mutation acceptPartnership (fresh DRAFT)',
    query: `mutation($id: ID!) { acceptPartnership(partnershipId: $id) { __typename } }`,
    variables: async (f) => ({ id: await f.fresh() }),
    allowed: partiesEditors,
  },
  {
    name: 'mutation declinePartnership (fresh DRAFT)',
    query: `mutation($id: ID!) { declinePartnership(partnershipId: $id) { __typename } }`,
    variables: async (f) => ({ id: await f.fresh() }),
    allowed: partiesEditors,
  },
  {
    name: 'mutation addPartnershipParty (fresh DRAFT)',
    query: `mutation($p: ID!, $o: ID!) { addPartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }`,
    variables: async (f) => ({ p: await f.fresh(), o: await f.throwawayOrganization() }),
    allowed: partiesAdmins,
  },
  {
    name: 'mutation removePartnershipParty B (too few parties)',
    query: `mutation($p: ID!, $o: ID!) { removePartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }`,
    variables: (f) => ({ p: f.partnership, o: f.w.orgB }),
    allowed: partiesAdmins,
  },
  {
    name: 'Partnership.amendment (of an ACTIVE partnership one reads)',
    query: `query($id: ID!) { partnership(id: $id) { amendment { id } } }`,
    variables: async (f) => ({ id: (await f.amendment()).partnership }),
    judge: judges.present('partnership', 'amendment'),
    allowed: partiesReaders,
  },
  {
    name: 'mutation acceptPartnershipAmendment (fresh amendment)',
    query: `mutation($id: ID!) { acceptPartnershipAmendment(amendmentId: $id) { __typename } }`,
    variables: async (f) => ({ id: (await f.amendment()).amendment }),
    allowed: partiesEditors,
  },
  {
    name: 'mutation declinePartnershipAmendment (fresh amendment)',
    query: `mutation($id: ID!) { declinePartnershipAmendment(amendmentId: $id) { __typename } }`,
    variables: async (f) => ({ id: (await f.amendment()).amendment }),
    allowed: partiesEditors,
  },
];

export const partnershipRows: RowModule<Fixtures> = { setUp, rows };
