import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import {
  createDemand,
  createOffer,
  createOrganizationOfKind,
  daysFromToday,
  ownedTechnology,
  publish,
  publishOffer,
  renewOffer,
} from './support/exchange.js';
import { addMember, createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { CreateOfferInput, ExchangeSector, ExchangeStatus } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

const readOffer = graphql(`query ExchangeTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { ...OfferFields technology { id } } }`);
const listOffers = graphql(`query TechnologyOffers($filter: OfferFilter, $first: Int, $after: String) { technologyOffers(filter: $filter, first: $first, after: $after) {
  totalCount edges { cursor node { id title status } } pageInfo { hasNextPage endCursor } } }`);
const readDemand = graphql(`query ExchangeTechnologyDemand($id: ID!) { technologyDemand(id: $id) { ...DemandFields } }`);
const withdrawOffer = graphql(`mutation WithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) {
  __typename ... on TechnologyOffer { status version } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code field } } }`);
const updateOffer = graphql(`mutation ExchangeUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) {
  __typename ... on TechnologyOffer { title version trl } ... on ErrorResult { code message field } } }`);
const expressInterest = graphql(`mutation ExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {
  __typename ... on ExchangeInterest { id status message organization { id } offer { id } } ... on ErrorResult { code message field } } }`);
const withdrawInterest = graphql(`mutation WithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename ... on ExchangeInterest { status withdrawnAt } ... on ErrorResult { code } } }`);

describe('technology exchange: offers, demands and interests', () => {
  let t: TestApp;
  const people: Record<string, Account> = {};
  let eiu: string;
  let becamex: string;
  let technologyId: string;
  let offer: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['eiuAdmin', 'eiuEditor', 'eiuMember', 'becamexAdmin', 'becamexEditor', 'outsider']) {
      people[name] = await register(t, `${name.toLowerCase()}@example.org`);
    }
    eiu = (await createOrganizationOfKind(t, people.eiuAdmin, 'UNIVERSITY', 'ACADEMIA')).id;
    becamex = (await createOrganization(t, people.becamexAdmin)).id;
    await addMember(t, people.eiuAdmin, eiu, people.eiuEditor, 'EDITOR');
    await addMember(t, people.eiuAdmin, eiu, people.eiuMember, 'MEMBER');
    await addMember(t, people.becamexAdmin, becamex, people.becamexEditor, 'EDITOR');
    technologyId = await ownedTechnology(t, people.eiuEditor, eiu, 6, 'Sample data: water-quality sensor');
  });
  afterAll(() => t.close());

  it('lets an owner’s editor offer a technology it owns, in DRAFT at the technology’s TRL, and nobody else', async () => {
    const input = {
      organizationId: eiu,
      technologyId,
      title: 'Low-cost IoT water-quality sensor (sample data)',
      summary: 'Probes measure dissolved oxygen and turbidity.',
      details: 'Sample data: bill of materials and field trial results.',
      sectors: ['WATER', 'AQUACULTURE'],
      keywords: [' sensor ', ''],
      price: { amount: '250000000', currency: 'VND' },
      priceNote: 'negotiable',
    } as const;
    const attempt = (account: Account, extra: Partial<CreateOfferInput> = {}) =>
      t.graphql(graphql(`mutation ExchangeCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on ErrorResult { code field } } }`),
        { input: { kind: 'LICENCE', language: 'EN', ...input, ...extra } }, account.headers);
    expect((await attempt(people.outsider)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await attempt(people.eiuMember)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Becamex's editor may write for Becamex but does not manage EIU's technology.
    expect((await attempt(people.becamexEditor, { organizationId: becamex })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await attempt(people.eiuEditor, { trl: 10 })).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.trl' });
    expect((await attempt(people.eiuEditor, { sectors: ['SPACE' as ExchangeSector] } /* not a sector */)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const created = await createOffer(t, people.eiuEditor, input);
    expect(created).toMatchObject({ status: 'DRAFT', trl: 6, version: 1, keywords: ['sensor'], publishedOn: null, details: input.details });
    expect(created.concepts).toEqual(expect.arrayContaining(['iot', 'sensor', 'water_quality']));
    offer = created;
  });

  it('keeps drafts to the organisation’s members', async () => {
    expect((await t.graphql(readOffer, { id: offer.id })).data.technologyOffer).toBeNull();
    expect((await t.graphql(readOffer, { id: offer.id }, people.becamexEditor.headers)).data.technologyOffer).toBeNull();
    expect((await t.graphql(readOffer, { id: offer.id }, people.eiuMember.headers)).data.technologyOffer).toMatchObject({ status: 'DRAFT', technology: { id: technologyId } });
    expect((await t.graphql(listOffers, {})).data.technologyOffers.totalCount).toBe(0);
    const changed = await t.graphql(withdrawOffer, { input: { id: offer.id, expectedVersion: 1 } }, people.becamexEditor.headers);
    expect(changed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byMember = await t.graphql(withdrawOffer, { input: { id: offer.id, expectedVersion: 1 } }, people.eiuMember.headers);
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('publishes with an expiry date after today and at most two years ahead, once', async () => {
    const tryPublish = (expiresOn: string, version = offer.version) => t.graphql(publishOffer, { input: { id: offer.id, expectedVersion: version, expiresOn } }, people.eiuEditor.headers);
    expect((await tryPublish(daysFromToday(0))).data.publishOffer).toMatchObject({ __typename: 'InvalidInputError', field: 'input.expiresOn' });
    expect((await tryPublish(daysFromToday(800))).data.publishOffer).toMatchObject({ __typename: 'InvalidInputError', field: 'input.expiresOn' });
    expect((await tryPublish(daysFromToday(30), 7)).data.publishOffer.__typename).toBe('VersionConflictError');
    const published = (await tryPublish(daysFromToday(30))).data.publishOffer;
    expect(published).toMatchObject({ __typename: 'TechnologyOffer', status: 'PUBLISHED', publishedOn: daysFromToday(0), expiresOn: daysFromToday(30), version: 2 });
    offer = expectResult(published, 'TechnologyOffer');
    const again = (await tryPublish(daysFromToday(40))).data.publishOffer;
    expect(again).toMatchObject({ __typename: 'InvalidExchangeTransitionError', code: 'INVALID_TRANSITION', allowedStatuses: ['EXPIRED', 'WITHDRAWN'] });
    const [audit] = await t.dataSource.query(`SELECT organization_id, changes FROM audit_event WHERE action = 'offer.published' AND entity_id = $1`, [offer.id]);
    expect(audit.organization_id).toBe(eiu);
    expect(audit.changes.status).toEqual({ before: 'DRAFT', after: 'PUBLISHED' });
  });

  it('shows anyone the public summary, and details and price only to members of verified organisations', async () => {
    const terms = { details: 'Sample data: bill of materials and field trial results.', price: { amount: '250000000', currency: 'VND' }, priceNote: 'negotiable' };
    const hidden = { details: null, price: null, priceNote: null };
    const anonymous = (await t.graphql(readOffer, { id: offer.id })).data.technologyOffer;
    expect(anonymous).toMatchObject({ title: 'Low-cost IoT water-quality sensor (sample data)', status: 'PUBLISHED', ...hidden, technology: null, organization: { id: eiu } });
    const stranger = (await t.graphql(readOffer, { id: offer.id }, people.outsider.headers)).data.technologyOffer;
    expect(stranger).toMatchObject(hidden);
    // Anyone may register and create an organisation: until a platform admin verifies it, its members are no partners.
    const unverified = (await t.graphql(readOffer, { id: offer.id }, people.becamexEditor.headers)).data.technologyOffer;
    expect(unverified).toMatchObject({ title: 'Low-cost IoT water-quality sensor (sample data)', ...hidden });
    const ownMember = (await t.graphql(readOffer, { id: offer.id }, people.eiuMember.headers)).data.technologyOffer;
    expect(ownMember).toMatchObject(terms);
    const keyOf = async (organizationId: string) =>
      ({ 'x-api-key': (await t.graphql(graphql(`mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
        { input: { organizationId, name: 'Sample key', scopes: ['READ'] } }, people.becamexAdmin.headers)).data.createApiKey.secret as string });
    const becamexKey = await keyOf(becamex);
    expect((await t.graphql(readOffer, { id: offer.id }, becamexKey)).data.technologyOffer).toMatchObject(hidden);

    const platformAdmin = await register(t, 'exchange-operator@example.org');
    await makePlatformAdmin(t, platformAdmin);
    const verified = await t.graphql(graphql(`mutation ExchangeVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }`), { id: becamex }, platformAdmin.headers);
    expect(verified.data.verifyOrganization).toEqual({ verified: true });
    const partner = (await t.graphql(readOffer, { id: offer.id }, people.becamexEditor.headers)).data.technologyOffer;
    expect(partner).toMatchObject({
      ...terms,
      // The technology record itself stays confidential to its owners.
      technology: null,
    });
    expect((await t.graphql(readOffer, { id: offer.id }, becamexKey)).data.technologyOffer).toMatchObject(terms);
    expect((await t.graphql(listOffers, {})).data.technologyOffers.totalCount).toBe(1);
  });

  it('filters by status, sector, TRL, words without accents and expiry window, page by page', async () => {
    const second = await createOffer(t, people.eiuEditor, { organizationId: eiu, technologyId, title: 'Cảm biến độ mặn cho ruộng lúa (sample data)', language: 'VI', sectors: ['AGRICULTURE'], trl: 4 });
    await publish(t, people.eiuEditor, 'offer', second, 200);
    const titles = async (filter: Record<string, unknown>) =>
      (await t.graphql(listOffers, { filter })).data.technologyOffers.edges.map((edge: { node: { title: string } }) => edge.node.title);
    expect(await titles({ sector: 'AGRICULTURE' })).toEqual(['Cảm biến độ mặn cho ruộng lúa (sample data)']);
    expect(await titles({ minTrl: 5 })).toEqual(['Low-cost IoT water-quality sensor (sample data)']);
    expect(await titles({ maxTrl: 4 })).toEqual(['Cảm biến độ mặn cho ruộng lúa (sample data)']);
    expect(await titles({ search: 'cam bien lua' })).toEqual(['Cảm biến độ mặn cho ruộng lúa (sample data)']);
    expect(await titles({ search: 'WATER-QUALITY sensor' })).toEqual(['Low-cost IoT water-quality sensor (sample data)']);
    expect(await titles({ expiringWithinDays: 60 })).toEqual(['Low-cost IoT water-quality sensor (sample data)']);
    expect(await titles({ status: 'DRAFT' })).toEqual([]);
    const firstPage = (await t.graphql(listOffers, { first: 1 })).data.technologyOffers;
    expect(firstPage).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const secondPage = (await t.graphql(listOffers, { first: 1, after: firstPage.pageInfo.endCursor })).data.technologyOffers;
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    expect(secondPage.edges[0].node.id).not.toBe(firstPage.edges[0].node.id);
  });

  it('never serves an offer past its expiry date as PUBLISHED, stores EXPIRED on the next write, and renews it', async () => {
    await t.dataSource.query(`UPDATE technology_offer SET published_on = CURRENT_DATE - 40, expires_on = CURRENT_DATE - 1 WHERE id = $1`, [offer.id]);
    expect((await t.graphql(readOffer, { id: offer.id })).data.technologyOffer).toBeNull();
    const own = (await t.graphql(readOffer, { id: offer.id }, people.eiuMember.headers)).data.technologyOffer;
    expect(own.status).toBe('EXPIRED');
    const statuses = async (status: ExchangeStatus) => (await t.graphql(listOffers, { filter: { status } }, people.eiuMember.headers)).data.technologyOffers.totalCount;
    expect(await statuses('EXPIRED')).toBe(1);
    expect(await statuses('PUBLISHED')).toBe(1);

    const renew = (expiresOn: string, version: number) => t.graphql(renewOffer, { input: { id: offer.id, expectedVersion: version, expiresOn } }, people.eiuEditor.headers);
    const tooEarly = (await renew(daysFromToday(0), own.version)).data.renewOffer;
    expect(tooEarly).toMatchObject({ __typename: 'InvalidInputError', field: 'input.expiresOn' });
    // The refused renewal still wrote down that the offer had expired.
    const [stored] = await t.dataSource.query(`SELECT status, version FROM technology_offer WHERE id = $1`, [offer.id]);
    expect(stored).toEqual({ status: 'EXPIRED', version: own.version });
    expect(await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'offer.expired' AND entity_id = $1`, [offer.id])).toHaveLength(1);

    const renewed = (await renew(daysFromToday(100), own.version)).data.renewOffer;
    expect(renewed).toMatchObject({ __typename: 'TechnologyOffer', status: 'PUBLISHED', expiresOn: daysFromToday(100), publishedOn: daysFromToday(0) });
    // Renewing a published offer must extend it, never shorten it.
    const shorter = (await renew(daysFromToday(50), expectResult(renewed, 'TechnologyOffer').version)).data.renewOffer;
    expect(shorter).toMatchObject({ __typename: 'InvalidInputError', message: expect.stringContaining('after the current expiry date') });
    const longer = (await renew(daysFromToday(150), expectResult(renewed, 'TechnologyOffer').version)).data.renewOffer;
    expect(longer).toMatchObject({ status: 'PUBLISHED', expiresOn: daysFromToday(150), publishedOn: daysFromToday(0) });
    offer = expectResult(longer, 'TechnologyOffer');
  });

  it('lets an organisation express interest once in another’s published offer, seen by both sides', async () => {
    const express = (account: Account, organizationId: string, extra: Record<string, unknown> = { offerId: offer.id }) =>
      t.graphql(expressInterest, { input: { organizationId, message: 'Sample data: we would like a pilot.', ...extra } }, account.headers);
    const own = (await express(people.eiuEditor, eiu)).data.expressInterest;
    expect(own).toMatchObject({ __typename: 'InterestNotAllowedError', field: 'input.offerId' });
    const both = await express(people.becamexEditor, becamex, { offerId: offer.id, demandId: offer.id });
    expect(both.errors?.[0]).toMatchObject({ message: 'Give exactly one of offerId or demandId', extensions: { code: 'BAD_USER_INPUT', field: 'input.demandId' } });
    // An explicit null is the same as leaving the field out: here, neither is given.
    const neither = await express(people.becamexEditor, becamex, { offerId: null, demandId: null });
    expect(neither.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.offerId' });
    expect((await express(people.outsider, becamex)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const interest = (await express(people.becamexEditor, becamex)).data.expressInterest;
    expect(interest).toMatchObject({ __typename: 'ExchangeInterest', status: 'OPEN', organization: { id: becamex }, offer: { id: offer.id } });
    expect((await express(people.becamexAdmin, becamex)).data.expressInterest.__typename).toBe('AlreadyInterestedError');

    const seenBy = async (account: Account) =>
      (await t.graphql(graphql(`query ExchangeInterests { exchangeInterests { totalCount edges { node { id } } } }`), {}, account.headers)).data.exchangeInterests.totalCount;
    expect(await seenBy(people.eiuMember)).toBe(1);
    expect(await seenBy(people.becamexEditor)).toBe(1);
    expect(await seenBy(people.outsider)).toBe(0);
    const onOffer = (await t.graphql(graphql(`query ExchangeTechnologyOffer($id: ID!) { technologyOffer(id: $id) { interests { id message } } }`), { id: offer.id }, people.eiuMember.headers)).data.technologyOffer;
    expect(onOffer.interests).toEqual([{ id: expectResult(interest, 'ExchangeInterest').id, message: 'Sample data: we would like a pilot.' }]);
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'interest.expressed' AND organization_id = ANY($1)`, [[eiu, becamex]]);
    expect(audit.n).toBe(2);

    // The offering side reads it but cannot withdraw it; the interested side can, and may then express interest again.
    expect((await t.graphql(withdrawInterest, { id: expectResult(interest, 'ExchangeInterest').id }, people.eiuEditor.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(withdrawInterest, { id: expectResult(interest, 'ExchangeInterest').id }, people.outsider.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const withdrawn = (await t.graphql(withdrawInterest, { id: expectResult(interest, 'ExchangeInterest').id }, people.becamexEditor.headers)).data.withdrawInterest;
    expect(withdrawn).toMatchObject({ __typename: 'ExchangeInterest', status: 'WITHDRAWN' });
    expect((await express(people.becamexEditor, becamex)).data.expressInterest.__typename).toBe('ExchangeInterest');
  });

  it('refuses interest in an offer that is no longer published', async () => {
    const draft = await createOffer(t, people.eiuEditor, { organizationId: eiu, technologyId, title: 'Sample data: draft offer', trl: 5 });
    const attempt = await t.graphql(expressInterest, { input: { organizationId: becamex, offerId: draft.id, message: 'Sample data.' } }, people.becamexEditor.headers);
    expect(attempt.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const asMember = await t.graphql(expressInterest, { input: { organizationId: eiu, offerId: draft.id, message: 'Sample data.' } }, people.eiuEditor.headers);
    expect(asMember.data.expressInterest.__typename).toBe('InterestNotAllowedError');
  });

  it('withdraws for good: a withdrawn offer is neither renewed nor edited', async () => {
    const third = await createOffer(t, people.eiuEditor, { organizationId: eiu, technologyId, title: 'Sample data: to be withdrawn', trl: 5 });
    const published = await publish(t, people.eiuEditor, 'offer', third);
    const withdrawn = (await t.graphql(withdrawOffer, { input: { id: published.id, expectedVersion: published.version } }, people.eiuEditor.headers)).data.withdrawOffer;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN' });
    const again = (await t.graphql(withdrawOffer, { input: { id: published.id, expectedVersion: expectResult(withdrawn, 'TechnologyOffer').version } }, people.eiuEditor.headers)).data.withdrawOffer;
    expect(again).toMatchObject({ __typename: 'InvalidExchangeTransitionError', allowedStatuses: [] });
    const renewal = (await t.graphql(renewOffer, { input: { id: published.id, expectedVersion: expectResult(withdrawn, 'TechnologyOffer').version, expiresOn: daysFromToday(10) } }, people.eiuEditor.headers)).data.renewOffer;
    expect(renewal.__typename).toBe('InvalidExchangeTransitionError');
    const edit = (await t.graphql(updateOffer, { input: { id: published.id, expectedVersion: expectResult(withdrawn, 'TechnologyOffer').version, title: 'New' } }, people.eiuEditor.headers)).data.updateOffer;
    expect(edit.__typename).toBe('InvalidExchangeTransitionError');
    expect((await t.graphql(readOffer, { id: published.id })).data.technologyOffer).toBeNull();
  });

  it('edits an offer with the version it read', async () => {
    const edited = (await t.graphql(updateOffer, { input: { id: offer.id, expectedVersion: offer.version, title: 'Low-cost IoT water-quality sensor, v2 (sample data)', trl: 5 } }, people.eiuEditor.headers)).data.updateOffer;
    expect(edited).toMatchObject({ __typename: 'TechnologyOffer', trl: 5, version: offer.version + 1 });
    const stale = (await t.graphql(updateOffer, { input: { id: offer.id, expectedVersion: offer.version, title: 'Stale' } }, people.eiuEditor.headers)).data.updateOffer;
    expect(stale.__typename).toBe('VersionConflictError');
  });

  it('publishes demands with a budget range that only partners see', async () => {
    const refused = await t.graphql(graphql(`mutation ExchangeCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on ErrorResult { field } } }`),
      { input: { organizationId: becamex, title: 'Sample data', description: 'Sample data', language: 'VI', budget: { min: '500', max: '100' } } }, people.becamexEditor.headers);
    expect(refused.data.createDemand).toEqual({ __typename: 'InvalidInputError', field: 'input.budget.max' });
    const member = await t.graphql(graphql(`mutation ExchangeCreateDemand2($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }`),
      { input: { organizationId: becamex, title: 'Sample data', description: 'Sample data', language: 'VI' } }, people.eiuEditor.headers);
    expect(member.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const demand = await createDemand(t, people.becamexEditor, {
      organizationId: becamex,
      title: 'Cần cảm biến chất lượng nước (sample data)',
      description: 'Giám sát nước thải khu công nghiệp.',
      sectors: ['WATER'],
      minTrl: 5,
      budget: { min: '100000000', max: '500000000' },
    });
    expect(demand).toMatchObject({ status: 'DRAFT', minTrl: 5, budget: { min: '100000000', max: '500000000', currency: 'VND' } });
    expect((await t.graphql(readDemand, { id: demand.id })).data.technologyDemand).toBeNull();
    await publish(t, people.becamexEditor, 'demand', demand, 60);
    const anonymous = (await t.graphql(readDemand, { id: demand.id })).data.technologyDemand;
    expect(anonymous).toMatchObject({ status: 'PUBLISHED', budget: null, description: 'Giám sát nước thải khu công nghiệp.' });
    const partner = (await t.graphql(readDemand, { id: demand.id }, people.eiuMember.headers)).data.technologyDemand;
    expect(partner.budget).toEqual({ min: '100000000', max: '500000000', currency: 'VND' });
    const listed = await t.graphql(graphql(`query TechnologyDemands { technologyDemands(filter: {search: "chat luong nuoc", maxTrl: 6}) { totalCount } }`));
    expect(listed.data.technologyDemands.totalCount).toBe(1);
    const tooLow = await t.graphql(graphql(`query ExchangeTechnologyDemands { technologyDemands(filter: {maxTrl: 4}) { totalCount } }`));
    expect(tooLow.data.technologyDemands.totalCount).toBe(0);
  });
});
