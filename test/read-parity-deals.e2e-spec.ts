import { register, type Account } from './support/accounts.js';
import { createDemand, createOffer, createOrganizationOfKind, ownedTechnology, publish } from './support/exchange.js';
import { createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { fixtures } from './support/fixtures.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const agreementSelection = `id code title type status territory fieldOfUse effectiveOn expiresOn executedOn endedOn version createdAt updatedAt
  licensors { id name } licensee { id name } technologies { id code }
  terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { id description amount { amount currency } dueOn status } }
  obligations { id kind description dueOn owedBy status metOn outcomeNote reportedMetOn reportedAt overdue version }
  receipts { id } costs { id } distributions { id }`;
const offerSelection = `id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn
  concepts version createdAt updatedAt organization { id name } technology { id code } interests { id status message createdAt withdrawnAt organization { id } }`;
const demandSelection = `id title description sectors keywords language minTrl status publishedOn expiresOn concepts version createdAt updatedAt
  budget { min max currency } organization { id name } interests { id message }`;
const dealSelection = `id stage agreementId version createdAt updatedAt broker { id name } provider { id name } seeker { id name }
  offer { ${offerSelection} } demand { ${demandSelection} } interest { id status message offer { id } demand { id } organization { id } }
  agreement { id } history { from to at byUserId byName note }`;

describe('reads answer as the objects built by writes', () => {
  let t: TestApp;
  let admin: Account;
  let seekerAdmin: Account;
  let brokerAdmin: Account;
  let outsider: Account;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, seekerAdmin, brokerAdmin, outsider] = await Promise.all(['owner', 'seeker', 'broker', 'outsider'].map((name) => register(t, `${name}@parity.example.org`)));
  });
  afterAll(() => t?.close());

  it('agreements and obligations', async () => {
    const owner = await createOrganization(t, admin, 'Sample parity owner');
    const licensee = await createOrganization(t, seekerAdmin, 'Sample parity licensee');
    const technology = await fixtures(t).newTechnology(admin, { owners: [{ organizationId: owner.id, share: '100', validFrom: '2020-01-01' }] });
    for (const terms of [
      { currency: 'VND', upfrontFee: '1500000', royaltyRate: '3.5', milestonePayments: [{ description: 'Sample data: first sale', amount: '250000000', dueOn: '2027-01-01' }, { description: 'Sample data: second', amount: '1000' }] },
      { currency: 'EUR', upfrontFee: '12.50', royaltyRate: '5', milestonePayments: [{ description: 'Sample data: cents', amount: '0.05' }] },
      { currency: 'USD', royaltyRate: '0.0001' },
    ]) {
      const created = await t.graphql(
        `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename ... on Agreement { ${agreementSelection} } ... on ErrorResult { message } } }`,
        { input: { code: `SAMPLE-P-${terms.currency}`, title: 'Sample data: parity', type: 'LICENCE_EXCLUSIVE', technologyIds: [technology.id], licensorIds: [owner.id], licenseeId: licensee.id, territory: ['VN'], ...terms } },
        admin.headers,
      );
      expect(created.errors).toBeUndefined();
      const { __typename, ...written } = created.data.createAgreement;
      expect(__typename).toBe('Agreement');
      const obligation = await t.graphql(
        `mutation($input: AddObligationInput!) { addObligation(input: $input) { ... on AgreementObligation { id kind dueOn overdue reportedAt agreement { ${agreementSelection} } } } }`,
        { input: { agreementId: written.id, kind: 'REPORT', description: 'Sample data: report', dueOn: '2020-01-31', owedBy: 'LICENSEE' } },
        admin.headers,
      );
      expect(obligation.errors).toBeUndefined();
      for (const reader of [admin, seekerAdmin]) {
        const read = await t.graphql(`query($id: ID) { agreement(id: $id) { ${agreementSelection} } }`, { id: written.id }, reader.headers);
        expect(read.errors).toBeUndefined();
        // Costs and distributions stay with the licensors' side: the licensee reads null.
        const side = reader === admin ? {} : { costs: null, distributions: null };
        expect(read.data.agreement).toEqual({ ...obligation.data.addObligation.agreement, ...side });
        expect({ ...read.data.agreement, obligations: [], version: written.version, updatedAt: written.updatedAt }).toEqual({ ...written, obligations: [], ...side });
        const listed = await t.graphql(
          `query($filter: ObligationFilter) { agreementObligations(filter: $filter) { edges { node { id kind dueOn overdue reportedAt agreement { ${agreementSelection} } } } } }`,
          { filter: { agreementId: written.id } },
          reader.headers,
        );
        expect(listed.data.agreementObligations.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
          { ...obligation.data.addObligation, agreement: { ...obligation.data.addObligation.agreement, ...side } },
        ]);
      }
    }
  });

  it('offers, demands, interests and deals', async () => {
    const provider = (await createOrganizationOfKind(t, admin, 'UNIVERSITY', 'ACADEMIA')).id;
    const seeker = (await createOrganization(t, seekerAdmin)).id;
    const broker = (await createOrganizationOfKind(t, brokerAdmin, 'INTERMEDIARY', 'CIVIL_SOCIETY')).id;
    const technologyId = await ownedTechnology(t, admin, provider, 5, 'Sample data: parity sensor');
    for (const [price, budget] of [
      [{ amount: '1500000000', currency: 'VND' }, { min: '1000000', currency: 'VND' }],
      [{ amount: '12.50', currency: 'EUR' }, { min: '10.5', max: '2000', currency: 'EUR' }],
      [null, null],
    ] as const) {
      const offer = await createOffer(t, admin, { organizationId: provider, technologyId, title: 'Sample data: parity offer', details: 'Sample data: details', price, priceNote: 'negotiable' });
      const publishedOffer = await publish(t, admin, 'offer', offer);
      const demand = await createDemand(t, seekerAdmin, { organizationId: seeker, title: 'Sample data: parity demand', budget, minTrl: 3 });
      await publish(t, seekerAdmin, 'demand', demand);
      const interest = await t.graphql(
        graphql(`mutation ReadParityDealsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } ... on ErrorResult { message } } }`),
        { input: { organizationId: seeker, offerId: publishedOffer.id, message: 'Sample data: interested' } },
        seekerAdmin.headers,
      );
      expect(interest.data.expressInterest.__typename).toBe('ExchangeInterest');
      const opened = await t.graphql(
        `mutation($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { ${dealSelection} } ... on ErrorResult { message } } }`,
        { input: { brokerOrganizationId: broker, offerId: publishedOffer.id, demandId: demand.id, interestId: expectResult(interest.data.expressInterest, 'ExchangeInterest').id, note: 'Sample data' } },
        brokerAdmin.headers,
      );
      expect(opened.data.openDeal.__typename).toBe('Deal');
      const { __typename, ...written } = opened.data.openDeal;
      for (const reader of [brokerAdmin, admin, seekerAdmin]) {
        const read = await t.graphql(`query($id: ID!) { deal(id: $id) { ${dealSelection} } }`, { id: written.id }, reader.headers);
        expect(read.errors).toBeUndefined();
        // What code resolves for this reader, through a write's result, against the read path.
        const viaInterest = await t.graphql(`query { exchangeInterests(first: 50) { edges { node { id offer { ${offerSelection} } } } } }`, {}, reader.headers);
        const codeOffer = viaInterest.data.exchangeInterests.edges.find((edge: { node: { id: string } }) => edge.node.id === expectResult(interest.data.expressInterest, 'ExchangeInterest').id)?.node.offer;
        if (reader !== brokerAdmin) expect(codeOffer).toEqual(read.data.deal.offer);
        if (reader === brokerAdmin) expect(read.data.deal).toEqual(written);
        const offerRead = await t.graphql(`query($id: ID!) { technologyOffer(id: $id) { ${offerSelection} } }`, { id: publishedOffer.id }, reader.headers);
        expect(offerRead.data.technologyOffer).toEqual(read.data.deal.offer);
        const demandRead = await t.graphql(`query($id: ID!) { technologyDemand(id: $id) { ${demandSelection} } }`, { id: demand.id }, reader.headers);
        expect(demandRead.data.technologyDemand).toEqual(read.data.deal.demand);
      }
      // Terms and budgets are for partners and the item's own organisation: the seeker's organisation is not verified.
      const seekerView = await t.graphql(graphql(`query Deal($id: ID!) { deal(id: $id) { offer { details price { amount } priceNote } demand { budget { min } } } }`), { id: written.id }, seekerAdmin.headers);
      expect(seekerView.data.deal.offer).toEqual({ details: null, price: null, priceNote: null });
      expect(seekerView.data.deal.demand.budget).toEqual(budget && { min: expect.any(String) });
      const outsiderView = await t.graphql(graphql(`query TechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min } } }`), { id: demand.id }, outsider.headers);
      expect(outsiderView.data.technologyDemand.budget).toBeNull();
      const ownerView = await t.graphql(graphql(`query ReadParityDealsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { details priceNote } }`), { id: publishedOffer.id }, admin.headers);
      expect(ownerView.data.technologyOffer).toEqual({ details: 'Sample data: details', priceNote: 'negotiable' });
      const budgetRead = await t.graphql(graphql(`query ReadParityDealsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min max currency } } }`), { id: demand.id }, seekerAdmin.headers);
      expect(budgetRead.data.technologyDemand.budget).toEqual(demand.budget);
    }
  });
});
