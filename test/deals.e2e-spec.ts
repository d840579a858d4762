import { register, type Account } from './support/accounts.js';
import { createDemand, createOffer, createOrganizationOfKind, ownedTechnology, publish } from './support/exchange.js';
import { addMember, createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { moveAgreement } from './support/agreements.js';
import { fixtures } from './support/fixtures.js';
import { graphql } from './graphql/index.js';
import type { DealStage } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

graphql(`fragment DealsDealFields on Deal { id stage version agreementId broker { id } provider { id } seeker { id } offer { id } demand { id }
  history { from to note byName } }`);
const openDeal = graphql(`mutation DealsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { ...DealsDealFields } ... on ErrorResult { code message field } } }`);
const advanceDeal = graphql(`mutation DealsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {
  __typename ... on Deal { stage version agreementId } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code message field } } }`);
const dropDeal = graphql(`mutation DealsDropDeal($input: DropDealInput!) { dropDeal(input: $input) {
  __typename ... on Deal { stage version } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code } } }`);
const readDeal = graphql(`query DealsDeal2($id: ID!) { deal(id: $id) { ...DealsDealFields } }`);

describe('brokered deals', () => {
  let t: TestApp;
  const people: Record<string, Account> = {};
  let eiu: string;
  let becamex: string;
  let broker: string;
  let notBroker: string;
  let technologyId: string;
  let offerId: string;
  let demandId: string;
  let deal: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['eiuAdmin', 'eiuEditor', 'becamexAdmin', 'becamexMember', 'brokerAdmin', 'brokerEditor', 'brokerMember', 'outsider']) {
      people[name] = await register(t, `${name.toLowerCase()}@example.org`);
    }
    eiu = (await createOrganizationOfKind(t, people.eiuAdmin, 'UNIVERSITY', 'ACADEMIA')).id;
    becamex = (await createOrganization(t, people.becamexAdmin)).id;
    broker = (await createOrganizationOfKind(t, people.brokerAdmin, 'INTERMEDIARY', 'CIVIL_SOCIETY')).id;
    notBroker = (await createOrganization(t, people.outsider)).id;
    await addMember(t, people.eiuAdmin, eiu, people.eiuEditor, 'EDITOR');
    await addMember(t, people.becamexAdmin, becamex, people.becamexMember, 'MEMBER');
    await addMember(t, people.brokerAdmin, broker, people.brokerEditor, 'EDITOR');
    await addMember(t, people.brokerAdmin, broker, people.brokerMember, 'MEMBER');
    technologyId = await ownedTechnology(t, people.eiuEditor, eiu, 6, 'Sample data: water-quality sensor');
    const offer = await createOffer(t, people.eiuEditor, { organizationId: eiu, technologyId, title: 'Low-cost IoT water-quality sensor (sample data)' });
    offerId = (await publish(t, people.eiuEditor, 'offer', offer)).id;
    const demand = await createDemand(t, people.becamexAdmin, { organizationId: becamex, title: 'Cần cảm biến chất lượng nước (sample data)', minTrl: 5 });
    demandId = (await publish(t, people.becamexAdmin, 'demand', demand)).id;
  });
  afterAll(() => t.close());

  it('is opened only by an intermediary’s editors, between the offer’s provider and a seeker', async () => {
    const input = { brokerOrganizationId: broker, offerId, demandId, note: 'Sample data: matched at the provincial exchange' };
    const notIntermediary = await t.graphql(openDeal, { input: { ...input, brokerOrganizationId: notBroker } }, people.outsider.headers);
    expect(notIntermediary.data.openDeal).toMatchObject({ __typename: 'InvalidInputError', field: 'input.brokerOrganizationId' });
    await t.dataSource.query(`UPDATE organization SET verified = false WHERE id = $1`, [broker]);
    const unverified = await t.graphql(openDeal, { input }, people.brokerEditor.headers);
    expect(unverified.data.openDeal).toMatchObject({ __typename: 'InvalidInputError', message: expect.stringContaining('verified') });
    await t.dataSource.query(`UPDATE organization SET verified = true WHERE id = $1`, [broker]);
    expect((await t.graphql(openDeal, { input }, people.brokerMember.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(openDeal, { input }, people.eiuEditor.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const conflicting = await t.graphql(openDeal, { input: { ...input, seekerOrganizationId: notBroker } }, people.brokerEditor.headers);
    expect(conflicting.data.openDeal).toMatchObject({ __typename: 'InvalidInputError', field: 'input.seekerOrganizationId' });
    const selfDeal = await t.graphql(openDeal, { input: { brokerOrganizationId: broker, offerId, seekerOrganizationId: eiu } }, people.brokerEditor.headers);
    expect(selfDeal.data.openDeal.__typename).toBe('InvalidInputError');

    const opened = (await t.graphql(openDeal, { input }, people.brokerEditor.headers)).data.openDeal;
    expect(opened).toMatchObject({
      __typename: 'Deal', stage: 'INTEREST', version: 1, agreementId: null,
      broker: { id: broker }, provider: { id: eiu }, seeker: { id: becamex }, offer: { id: offerId }, demand: { id: demandId },
      history: [{ from: null, to: 'INTEREST', note: 'Sample data: matched at the provincial exchange', byName: 'brokereditor' }],
    });
    deal = expectResult(opened, 'Deal');
  });

  it('is read by the three parties and nobody else', async () => {
    for (const account of [people.brokerMember, people.eiuEditor, people.becamexMember]) {
      expect((await t.graphql(readDeal, { id: deal.id }, account.headers)).data.deal.id).toBe(deal.id);
    }
    expect((await t.graphql(readDeal, { id: deal.id }, people.outsider.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql(readDeal, { id: deal.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const listed = async (account: Account, filter: Record<string, unknown> = {}) =>
      (await t.graphql(graphql(`query DealsDeals($filter: DealFilter) { deals(filter: $filter) { totalCount } }`), { filter }, account.headers)).data.deals.totalCount;
    expect(await listed(people.becamexMember)).toBe(1);
    expect(await listed(people.becamexMember, { stage: 'AGREED' })).toBe(0);
    expect(await listed(people.eiuEditor, { organizationId: becamex })).toBe(1);
    expect(await listed(people.outsider)).toBe(0);
  });

  it('moves one stage at a time, by the broker’s editors only, and tells the parties', async () => {
    const move = (account: Account, stage: DealStage, extra: { agreementId?: string; note?: string } = {}) =>
      t.graphql(advanceDeal, { input: { id: deal.id, expectedVersion: deal.version, stage, ...extra } }, account.headers);
    const skip = (await move(people.brokerEditor, 'NEGOTIATING')).data.advanceDeal;
    expect(skip).toMatchObject({ __typename: 'InvalidDealTransitionError', code: 'INVALID_DEAL_TRANSITION', allowedStages: ['INTRODUCED', 'DROPPED'] });
    expect((await move(people.eiuEditor, 'INTRODUCED')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await move(people.outsider, 'INTRODUCED')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await move(people.brokerEditor, 'INTRODUCED', { agreementId: deal.id })).data.advanceDeal).toMatchObject({ field: 'input.agreementId' });
    for (const stage of ['INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING'] as const) {
      const moved = (await move(people.brokerEditor, stage, { note: `Sample data: ${stage}` })).data.advanceDeal;
      expect(moved).toMatchObject({ __typename: 'Deal', stage, version: deal.version + 1 });
      deal = { ...deal, version: expectResult(moved, 'Deal').version };
    }
    expect((await t.graphql(advanceDeal, { input: { id: deal.id, expectedVersion: 1, stage: 'AGREED' } }, people.brokerEditor.headers)).data.advanceDeal.__typename).toBe('VersionConflictError');
    const heard = await t.dataSource.query(
      `SELECT organization_id FROM audit_event WHERE action = 'deal.stage_changed' AND entity_id = $1 AND changes->'stage'->>'after' = 'NDA_SIGNED' ORDER BY organization_id`,
      [deal.id],
    );
    expect(heard.map((row: { organization_id: string }) => row.organization_id)).toEqual([broker, eiu, becamex].sort());
  });

  it('becomes AGREED only with an agreement between the provider (licensor) and the seeker (licensee) on the offered technology', async () => {
    /** EIU licenses the offered technology to Becamex: executed on 2026-01-15, or still under negotiation. */
    const agreement = async (code: string, executed = true) => {
      const created = await fixtures(t).newAgreement(people.eiuEditor, { code, technologyIds: [technologyId], licensorIds: [eiu], licenseeId: becamex });
      if (executed) await moveAgreement(t, people.eiuEditor, created.id, 'EXECUTED', created.version, '2026-01-15');
      return created.id;
    };
    /** The parties the wrong way round: Becamex licensing EIU's technology to EIU. */
    const reversedAgreement = async (code: string) => {
      // In SQL: the API refuses an agreement whose licensor does not own the technology, and the deal must be shown one.
      const [row] = await t.dataSource.query(
        `INSERT INTO agreement (code, title, type, status, executed_on, licensee_organization_id, created_by)
         VALUES ($1, 'Sample data: licence', 'LICENCE_NON_EXCLUSIVE', 'EXECUTED', '2026-01-15', $2, $3) RETURNING id`,
        [code, eiu, people.eiuEditor.id],
      );
      // In SQL, with the agreement above: its licensor owns nothing it covers.
      await t.dataSource.query(`INSERT INTO agreement_licensor (agreement_id, organization_id) VALUES ($1, $2)`, [row.id, becamex]);
      // In SQL, with the agreement above.
      await t.dataSource.query(`INSERT INTO agreement_technology (agreement_id, technology_id) VALUES ($1, $2)`, [row.id, technologyId]);
      return row.id as string;
    };
    const agree = (agreementId?: string) =>
      t.graphql(advanceDeal, { input: { id: deal.id, expectedVersion: deal.version, stage: 'AGREED', agreementId } }, people.brokerEditor.headers);
    expect((await agree()).data.advanceDeal).toMatchObject({ __typename: 'InvalidInputError', field: 'input.agreementId' });
    const reversed = await reversedAgreement('SAMPLE-LIC-REVERSED');
    expect((await agree(reversed)).data.advanceDeal).toMatchObject({ __typename: 'DealAgreementMismatchError', field: 'input.agreementId' });
    // An agreement still under negotiation is not yet what the deal produced.
    const unsigned = await agreement('SAMPLE-LIC-TALKS', false);
    expect((await agree(unsigned)).data.advanceDeal).toMatchObject({ __typename: 'DealAgreementMismatchError', message: expect.stringContaining('negotiated') });
    await expect(t.dataSource.query(`UPDATE deal SET stage = 'AGREED', agreement_id = $2 WHERE id = $1`, [deal.id, unsigned])).rejects.toMatchObject({ constraint: 'deal_agreement_parties' });
    const right = await agreement('SAMPLE-LIC-01');
    // The database refuses a mismatch however it is written.
    await expect(t.dataSource.query(`UPDATE deal SET stage = 'AGREED', agreement_id = $2 WHERE id = $1`, [deal.id, reversed])).rejects.toMatchObject({ constraint: 'deal_agreement_parties' });
    await expect(t.dataSource.query(`UPDATE deal SET stage = 'AGREED' WHERE id = $1`, [deal.id])).rejects.toMatchObject({ constraint: 'deal_agreement_when_agreed' });

    const agreed = (await agree(right)).data.advanceDeal;
    expect(agreed).toMatchObject({ __typename: 'Deal', stage: 'AGREED', agreementId: right });
    const history = (await t.graphql(readDeal, { id: deal.id }, people.becamexMember.headers)).data.deal.history;
    expect(history.map((change: { to: string }) => change.to)).toEqual(['INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING', 'AGREED']);
    // The agreement itself shows to its parties; the broker, who is not one, sees only its id.
    const withAgreement = graphql(`query DealsDeal($id: ID!) { deal(id: $id) { agreementId agreement { id code licensee { id } } } }`);
    expect((await t.graphql(withAgreement, { id: deal.id }, people.becamexMember.headers)).data.deal).toEqual({
      agreementId: right, agreement: { id: right, code: 'SAMPLE-LIC-01', licensee: { id: becamex } },
    });
    expect((await t.graphql(withAgreement, { id: deal.id }, people.brokerEditor.headers)).data.deal).toEqual({ agreementId: right, agreement: null });
    // The technology lists the agreement to its parties, and its offer to anyone signed in who may read the technology.
    const onTechnology = graphql(`query DealsTechnology($id: ID!) { technology(id: $id) { agreements { edges { node { id } } } offers { totalCount edges { node { id } } } } }`);
    expect((await t.graphql(onTechnology, { id: technologyId }, people.eiuEditor.headers)).data.technology).toEqual({
      agreements: { edges: expect.arrayContaining([{ node: { id: right } }, { node: { id: reversed } }, { node: { id: unsigned } }]) },
      offers: { totalCount: 1, edges: [{ node: { id: offerId } }] },
    });
    const drop = (await t.graphql(dropDeal, { input: { id: deal.id, expectedVersion: expectResult(agreed, 'Deal').version } }, people.brokerEditor.headers)).data.dropDeal;
    expect(drop).toMatchObject({ __typename: 'InvalidDealTransitionError', allowedStages: [] });
    await expect(t.dataSource.query(`DELETE FROM deal_stage_change WHERE deal_id = $1`, [deal.id])).rejects.toThrow(/append-only/);
  });

  it('may be dropped by the provider’s or seeker’s editors, and not by their members', async () => {
    const interest = await fixtures(t).newInterest(people.becamexAdmin, { organizationId: becamex, offerId, message: 'Sample data' });
    const opened = expectResult((await t.graphql(openDeal, { input: { brokerOrganizationId: broker, offerId, interestId: interest.id } }, people.brokerEditor.headers)).data.openDeal, 'Deal');
    expect(opened).toMatchObject({ __typename: 'Deal', seeker: { id: becamex }, demand: null });
    const drop = (account: Account) => t.graphql(dropDeal, { input: { id: opened.id, expectedVersion: 1, note: 'Sample data: no budget' } }, account.headers);
    expect((await drop(people.becamexMember)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await drop(people.outsider)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await drop(people.becamexAdmin)).data.dropDeal).toMatchObject({ __typename: 'Deal', stage: 'DROPPED' });
  });

  it('reads offers, demands, interests and deals with everything below them in a fixed number of statements, whatever the page size', async () => {
    for (let index = 0; index < 5; index++) {
      const offer = await createOffer(t, people.eiuEditor, { organizationId: eiu, technologyId, title: `Sample data: sensor variant ${index}`, price: { amount: '1500000', currency: 'VND' } });
      const published = await publish(t, people.eiuEditor, 'offer', offer);
      const demand = await createDemand(t, people.becamexAdmin, { organizationId: becamex, title: `Sample data: need ${index}`, budget: { min: '1000', max: '2000.50', currency: 'EUR' } });
      await publish(t, people.becamexAdmin, 'demand', demand);
      await fixtures(t).newInterest(people.becamexAdmin, { organizationId: becamex, offerId: published.id });
      const opened = await t.graphql(openDeal, { input: { brokerOrganizationId: broker, offerId: published.id, seekerOrganizationId: becamex } }, people.brokerEditor.headers);
      expect(opened.data.openDeal.__typename).toBe('Deal');
    }
    const nested = graphql(`query DealsTechnologyOffers($first: Int) {
      technologyOffers(first: $first) { edges { node { title status details price { amount currency } priceNote organization { name } technology { code }
        interests { message organization { name } offer { title } } } } }
      technologyDemands(first: $first) { edges { node { title budget { min max currency } organization { name } interests { message } } } }
      exchangeInterests(first: $first) { edges { node { message status organization { name } offer { title organization { name } } demand { title } } } }
      deals(first: $first) { totalCount edges { node { stage broker { name } provider { name } seeker { name } offer { title price { amount } }
        demand { title } interest { message } agreement { code licensee { name } } history { to byName } } } }
    }`);
    const statementsFor = async (first: number) => {
      const before = t.statementCount();
      const response = await t.graphql(nested, { first }, people.eiuEditor.headers);
      expect(response.errors).toBeUndefined();
      for (const list of ['technologyOffers', 'technologyDemands', 'exchangeInterests', 'deals'] as const) expect(response.data[list].edges).toHaveLength(first);
      return t.statementCount() - before;
    };
    const small = await statementsFor(1);
    const large = await statementsFor(5);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});
