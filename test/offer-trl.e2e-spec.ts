import type { Account } from './support/accounts.js';
import { createOrganizationOfKind, publish } from './support/exchange.js';
import { fixtures } from './support/fixtures.js';
import { assessTrl, createTechnology } from './support/technologies.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const createOffer = graphql(`mutation OfferTrlCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {
  __typename ... on TechnologyOffer { id version trl assessedTrl trlVerified } ... on ErrorResult { message field } } }`);

/** An offer's TRL rests on its technology's assessments: it never states more, and filters go by the evidence. */
describe('an offer’s TRL comes from its technology’s assessments', () => {
  let t: TestApp;
  let editor: Account;
  let organizationId: string;
  let technologyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await fixtures(t).newUser();
    organizationId = (await createOrganizationOfKind(t, editor, 'UNIVERSITY', 'ACADEMIA')).id;
    technologyId = (await createTechnology(t, editor, { ownerIds: [organizationId], title: 'Sample data: membrane' })).id;
  });
  afterAll(() => t.close());

  const offer = (trl?: number) =>
    t.graphql(
      createOffer,
      { input: { organizationId, technologyId, kind: 'LICENCE', language: 'EN', title: 'Sample data: membrane licence', summary: 'Sample data.', trl } },
      editor.headers,
    );

  it('refuses an offer of a technology never assessed, whatever TRL it states', async () => {
    expect((await offer(9)).data.createOffer).toMatchObject({ __typename: 'InvalidInputError', field: 'input.trl' });
    expect((await offer()).data.createOffer).toMatchObject({ __typename: 'InvalidInputError', field: 'input.trl' });
  });

  it('refuses a TRL above the assessed one, and takes the assessed one when none is stated', async () => {
    await assessTrl(t, editor, technologyId, 6);
    expect((await offer(9)).data.createOffer).toMatchObject({ __typename: 'InvalidInputError', field: 'input.trl', message: 'trl 9 is above the technology’s assessed TRL 6' });
    expect((await offer()).data.createOffer).toMatchObject({ __typename: 'TechnologyOffer', trl: 6, assessedTrl: 6, trlVerified: true });
    expect((await offer(5)).data.createOffer).toMatchObject({ trl: 5, assessedTrl: 6, trlVerified: true });
  });

  it('shows a later, lower assessment as unverified, and filters by the evidence', async () => {
    const created = expectResult((await offer(6)).data.createOffer, 'TechnologyOffer');
    await publish(t, editor, 'offer', created);
    const byMinimum = graphql(`query OfferTrlTechnologyOffers($minTrl: Int) { technologyOffers(filter: { minTrl: $minTrl }) { edges { node { id trl assessedTrl trlVerified } } } }`);
    const before = await t.graphql(byMinimum, { minTrl: 6 });
    expect(before.data.technologyOffers.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(created.id);

    await assessTrl(t, editor, technologyId, 4);
    const after = await t.graphql(byMinimum, { minTrl: 6 });
    expect(after.data.technologyOffers.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(created.id);
    const shown = await t.graphql(graphql(`query OfferTrlTechnologyOffer($id: ID!) { technologyOffer(id: $id) { trl assessedTrl trlVerified } }`), { id: created.id });
    expect(shown.data.technologyOffer).toEqual({ trl: 6, assessedTrl: 4, trlVerified: false });
  });
});
