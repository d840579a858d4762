import { register } from '../support/accounts.js';
import { day, editorsA, judges, readersA, staleVersion, type PrincipalName, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import type { AnyOperation } from '../support/test-app.js';
import { graphql } from '../graphql/index.js';

/** The technology exchange: offers, demands, interests, matching and brokered deals. */

export interface Fixtures {
  w: World;
  technology: string;
  /** A's offer, published. */
  offer: string;
  /** A's offer and demand, in DRAFT: only A reads them. */
  draftOffer: string;
  draftDemand: string;
  /** B's demand, published. */
  demand: string;
  /** B's interest in A's published offer. */
  interest: string;
  /** Brokered by C (an intermediary none of the callers belongs to) between A (provider) and B (seeker). */
  deal: string;
  broker: string;
  /** A new published offer of A with B's interest in it; returns the interest. */
  freshInterest(): Promise<string>;
}

const createOffer = graphql(`mutation AuthzExchangeRowsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on TechnologyOffer { id version } } }`);
const createDemand = graphql(`mutation AuthzExchangeRowsCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on TechnologyDemand { id version } } }`);
const expressInterest = graphql(`mutation AuthzExchangeRowsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } } }`);

async function setUp(w: World): Promise<Fixtures> {
  const technology = await w.must(
    'editorA',
    graphql(`mutation AuthzExchangeRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }`),
    { input: { code: `SAMPLE-T-${w.unique()}`, title: 'Sample data: sensor', owners: [{ organizationId: w.orgA, share: '100' }], inventors: [] } },
  );
  // Offers state no more than the technology was assessed at.
  await w.must('editorA', graphql(`mutation ExchangeRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }`), {
    input: { technologyId: technology.id, level: 4, evidence: 'Sample data: laboratory test.' },
  });
  const offer = async (publish: boolean) => {
    const created = await w.must('editorA', createOffer, {
      input: { organizationId: w.orgA, technologyId: technology.id, kind: 'LICENCE', language: 'EN', title: 'Sample data: sensor licence', summary: 'Sample data.', details: 'Sample data: details', price: { amount: '1000', currency: 'VND' }, priceNote: 'Sample data: negotiable', trl: 4 },
    });
    if (publish) await w.must('editorA', graphql(`mutation AuthzExchangeRowsPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }`), { input: { id: created.id, expectedVersion: created.version, expiresOn: day(90) } });
    return created.id;
  };
  const demand = async (by: string, organizationId: string, publish: boolean) => {
    const created = await w.must(by, createDemand, {
      input: { organizationId, title: 'Sample data: sensor needed', description: 'Sample data.', language: 'EN', budget: { currency: 'VND', min: '10', max: '1000' } },
    });
    if (publish) await w.must(by, graphql(`mutation AuthzExchangeRowsPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }`), { input: { id: created.id, expectedVersion: created.version, expiresOn: day(90) } });
    return created.id;
  };
  const published = await offer(true);
  const interestIn = async (offerId: string) =>
    (await w.must('adminB', expressInterest, { input: { organizationId: w.orgB, offerId, message: 'Sample data: interested' } })).id;

  // C, an intermediary with an admin of its own, brokers a deal on A's offer for B.
  const brokerAdmin = await register(w.t, `broker-${w.unique()}@matrix.example`);
  w.accounts.set('brokerAdmin', brokerAdmin);
  const broker = (await w.must('brokerAdmin', graphql(`mutation AuthzExchangeRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id } } }`), {
    input: { name: 'Sample broker C', helix: 'INDUSTRY', kind: 'INTERMEDIARY', country: 'VN' },
  })).id;
  await w.must('platformAdmin', graphql(`mutation AuthzExchangeRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }`), { id: broker });
  const deal = await w.must('brokerAdmin', graphql(`mutation AuthzExchangeRowsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id } } }`), {
    input: { brokerOrganizationId: broker, offerId: published, seekerOrganizationId: w.orgB },
  });
  return {
    w,
    technology: technology.id,
    offer: published,
    draftOffer: await offer(false),
    draftDemand: await demand('editorA', w.orgA, false),
    demand: await demand('adminB', w.orgB, true),
    interest: await interestIn(published),
    deal: deal.id,
    broker,
    freshInterest: async () => interestIn(await offer(true)),
  };
}

/** Partners (members and keys of verified organisations) and the item's organisation. */
const partners: PrincipalName[] = [...readersA, 'adminB'];
/** Members and keys of the deal's provider A and seeker B (no caller belongs to its broker C). */
const dealReaders: PrincipalName[] = [...readersA, 'adminB'];

/** `mutation` (one of the item's lifecycle mutations, named `name`) sent with a stale version; a publication needs an expiry date too. */
const stale = (name: string, mutation: AnyOperation, pick: (f: Fixtures) => string, publication = false): Row<Fixtures> => ({
  name: `mutation ${name} of A (stale version)`,
  query: mutation,
  variables: (f) => ({ input: { id: pick(f), expectedVersion: staleVersion, ...(publication ? { expiresOn: day(60) } : {}) } }),
  allowed: editorsA,
});

const rows: Row<Fixtures>[] = [
  {
    name: 'query technologyOffer (A’s draft; null when hidden)',
    query: graphql(`query AuthzExchangeRowsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { id } }`),
    variables: (f) => ({ id: f.draftOffer }),
    judge: judges.found,
    allowed: readersA,
  },
  {
    name: 'query technologyOffers (lists A’s draft)',
    query: graphql(`query AuthzExchangeRowsTechnologyOffers { technologyOffers(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.draftOffer, 'technologyOffers'),
    allowed: readersA,
  },
  {
    name: 'TechnologyOffer.price of A’s published offer (partners only)',
    query: graphql(`query AuthzExchangeRowsTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { price { amount } } }`),
    variables: (f) => ({ id: f.offer }),
    judge: judges.present('technologyOffer', 'price'),
    allowed: partners,
  },
  {
    name: 'TechnologyOffer.details of A’s published offer (partners only)',
    query: graphql(`query AuthzExchangeRowsTechnologyOffer3($id: ID!) { technologyOffer(id: $id) { details } }`),
    variables: (f) => ({ id: f.offer }),
    judge: judges.present('technologyOffer', 'details'),
    allowed: partners,
  },
  {
    name: 'TechnologyOffer.priceNote of A’s published offer (partners only)',
    query: graphql(`query AuthzExchangeRowsTechnologyOffer4($id: ID!) { technologyOffer(id: $id) { priceNote } }`),
    variables: (f) => ({ id: f.offer }),
    judge: judges.present('technologyOffer', 'priceNote'),
    allowed: partners,
  },
  {
    name: 'TechnologyOffer.technology of A’s published offer (its readers only)',
    query: graphql(`query AuthzExchangeRowsTechnologyOffer5($id: ID!) { technologyOffer(id: $id) { technology { id } } }`),
    variables: (f) => ({ id: f.offer }),
    judge: judges.present('technologyOffer', 'technology'),
    allowed: readersA,
  },
  {
    name: 'TechnologyOffer.interests of A’s published offer (shows B’s interest)',
    query: graphql(`query AuthzExchangeRowsTechnologyOffer6($id: ID!) { technologyOffer(id: $id) { interests { id } } }`),
    variables: (f) => ({ id: f.offer }),
    judge: judges.lists((f: Fixtures) => f.interest, 'technologyOffer', 'interests'),
    allowed: partners,
  },
  {
    name: 'query technologyDemand (A’s draft; null when hidden)',
    query: graphql(`query AuthzExchangeRowsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { id } }`),
    variables: (f) => ({ id: f.draftDemand }),
    judge: judges.found,
    allowed: readersA,
  },
  {
    name: 'query technologyDemands (lists A’s draft)',
    query: graphql(`query AuthzExchangeRowsTechnologyDemands { technologyDemands(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.draftDemand, 'technologyDemands'),
    allowed: readersA,
  },
  {
    name: 'TechnologyDemand.budget of B’s published demand (partners only)',
    query: graphql(`query AuthzExchangeRowsTechnologyDemand2($id: ID!) { technologyDemand(id: $id) { budget { currency } } }`),
    variables: (f) => ({ id: f.demand }),
    judge: judges.present('technologyDemand', 'budget'),
    allowed: partners,
  },
  {
    name: 'query matchesForOffer (A’s draft)',
    query: graphql(`query AuthzExchangeRowsMatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score } }`),
    variables: (f) => ({ id: f.draftOffer }),
    allowed: readersA,
  },
  {
    name: 'query matchesForDemand (A’s draft)',
    query: graphql(`query AuthzExchangeRowsMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score } }`),
    variables: (f) => ({ id: f.draftDemand }),
    allowed: readersA,
  },
  {
    name: 'mutation createOffer of A’s technology',
    query: createOffer,
    variables: (f) => ({ input: { organizationId: f.w.orgA, technologyId: f.technology, kind: 'TRANSFER', language: 'VI', title: 'Sample data', summary: 'Sample data.', trl: 4 } }),
    allowed: editorsA,
  },
  stale('updateOffer', graphql(`mutation AuthzExchangeRowsStaleUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }`), (f) => f.draftOffer),
  stale('publishOffer', graphql(`mutation AuthzExchangeRowsStalePublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }`), (f) => f.draftOffer, true),
  stale('renewOffer', graphql(`mutation AuthzExchangeRowsStaleRenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) { __typename } }`), (f) => f.offer, true),
  stale('withdrawOffer', graphql(`mutation AuthzExchangeRowsStaleWithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) { __typename } }`), (f) => f.draftOffer),
  {
    name: 'mutation createDemand of A',
    query: createDemand,
    variables: (f) => ({ input: { organizationId: f.w.orgA, title: 'Sample data', description: 'Sample data.', language: 'VI' } }),
    allowed: editorsA,
  },
  stale('updateDemand', graphql(`mutation AuthzExchangeRowsStaleUpdateDemand($input: UpdateDemandInput!) { updateDemand(input: $input) { __typename } }`), (f) => f.draftDemand),
  stale('publishDemand', graphql(`mutation AuthzExchangeRowsStalePublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }`), (f) => f.draftDemand, true),
  stale('renewDemand', graphql(`mutation AuthzExchangeRowsStaleRenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) { __typename } }`), (f) => f.draftDemand, true),
  stale('withdrawDemand', graphql(`mutation AuthzExchangeRowsStaleWithdrawDemand($input: WithdrawExchangeItemInput!) { withdrawDemand(input: $input) { __typename } }`), (f) => f.draftDemand),
  {
    name: 'mutation expressInterest of A in B’s demand',
    query: expressInterest,
    variables: (f) => ({ input: { organizationId: f.w.orgA, demandId: f.demand, message: 'Sample data: we can help' } }),
    allowed: editorsA,
  },
  {
    name: 'mutation withdrawInterest (B’s, in a fresh offer of A)',
    query: graphql(`mutation AuthzExchangeRowsWithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename } }`),
    variables: async (f) => ({ id: await f.freshInterest() }),
    allowed: ['adminB', 'platformAdmin'],
  },
  {
    name: 'query exchangeInterests (lists B’s interest in A’s offer)',
    query: graphql(`query AuthzExchangeRowsExchangeInterests { exchangeInterests(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.interest, 'exchangeInterests'),
    allowed: partners,
  },
  {
    name: 'mutation openDeal brokered by C',
    query: graphql(`mutation AuthzExchangeRowsOpenDeal2($input: OpenDealInput!) { openDeal(input: $input) { __typename } }`),
    variables: (f) => ({ input: { brokerOrganizationId: f.broker, offerId: f.offer, seekerOrganizationId: f.w.orgB } }),
    allowed: ['platformAdmin'],
  },
  {
    name: 'query deal between A and B',
    query: graphql(`query AuthzExchangeRowsDeal($id: ID!) { deal(id: $id) { id } }`),
    variables: (f) => ({ id: f.deal }),
    allowed: dealReaders,
  },
  {
    name: 'query deals (lists the one between A and B)',
    query: graphql(`query Deals { deals(first: 100) { edges { node { id } } } }`),
    judge: judges.lists((f: Fixtures) => f.deal, 'deals'),
    allowed: dealReaders,
  },
  {
    name: 'mutation advanceDeal (stale version; the broker’s)',
    query: graphql(`mutation AuthzExchangeRowsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.deal, expectedVersion: staleVersion, stage: 'INTRODUCED' } }),
    allowed: ['platformAdmin'],
  },
  {
    name: 'mutation dropDeal (stale version; any party’s editors)',
    query: graphql(`mutation AuthzExchangeRowsDropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.deal, expectedVersion: staleVersion } }),
    allowed: [...editorsA, 'adminB'],
  },
];

export const exchangeRows: RowModule<Fixtures> = { setUp, rows };
