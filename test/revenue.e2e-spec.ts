import { register, type Account } from './support/accounts.js';
import { activateAgreement, createAgreement } from './support/agreements.js';
import { addMember, createOrganization, type Organization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { fixtures } from './support/fixtures.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const receiptMutation = graphql(`mutation RevenueRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {
  __typename
  ... on RevenueReceipt { id kind amount { amount currency } receivedOn distributionId milestonePaymentId }
  ... on AgreementStateError { currentStatus }
  ... on ErrorResult { code message field }
} }`);
const costMutation = graphql(`mutation RevenueRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {
  __typename
  ... on RevenueCost { id kind amount { amount currency } technologyId }
  ... on ErrorResult { code message field }
} }`);
const policyMutation = graphql(`mutation RevenueSetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {
  __typename
  ... on DistributionPolicy { id inventorsShare unitsShare institutionShare validFrom }
  ... on ErrorResult { code message field }
} }`);
graphql(`fragment RevenueLineFields on DistributionLine { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn paymentReference periodEnd version
  payer { id } organization { id } }`);
const distributeMutation = graphql(`mutation RevenueDistributeRevenue($agreementId: ID!, $upTo: Date!) { distributeRevenue(agreementId: $agreementId, upTo: $upTo) {
  __typename
  ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency } lines { ...RevenueLineFields } }
  ... on MissingDistributionPolicyError { organizationId }
  ... on NegativeNetRevenueError { gross { amount } costs { amount } }
  ... on ErrorResult { code message field }
} }`);
const paidMutation = graphql(`mutation RevenueMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {
  __typename
  ... on DistributionLine { id status paidOn paymentReference version }
  ... on ErrorResult { code message field }
} }`);
const agreementRevenue = graphql(`query RevenueAgreement($id: ID!) { agreement(id: $id) {
  id terms { currency }
  receipts { id amount { amount } distributionId }
  costs { id amount { amount } distributionId }
  distributions { id net { amount } lines { id amount { amount } } }
} }`);
const myLines = graphql(`query RevenueMyDistributionLines { myDistributionLines { totalCount edges { node { id amount { amount } beneficiaryKind inventorName agreement { id } } } } }`);

const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('revenue', () => {
  let t: TestApp;
  let uniAdmin: Account;
  let uniEditor: Account;
  let inventor: Account;
  let instituteAdmin: Account;
  let licenseeAdmin: Account;
  let outsider: Account;
  let university: Organization;
  let institute: Organization;
  let labOne: Organization;
  let labTwo: Organization;
  let licensee: Organization;
  let technology: { id: string; inventorIds: string[] };
  let agreementId: string;

  const receipt = (account: Account, values: Record<string, unknown> = {}) =>
    t.graphql(receiptMutation, { input: { agreementId, kind: 'ROYALTY', amount: '1000000', receivedOn: '2026-06-30', reference: 'Sample data: RY-2026-Q2', ...values } }, account.headers);
  const cost = (account: Account, values: Record<string, unknown> = {}) =>
    t.graphql(costMutation, { input: { agreementId, kind: 'PATENT', amount: '150000', incurredOn: '2026-05-10', technologyId: technology.id, ...values } }, account.headers);
  const policy = (account: Account, organizationId: string, values: Record<string, unknown> = {}) =>
    t.graphql(policyMutation, { input: { organizationId, inventorsShare: '30', unitsShare: '30', institutionShare: '40', validFrom: '2025-01-01', ...values } }, account.headers);
  const distribute = (account: Account, upTo: string, id = agreementId) => t.graphql(distributeMutation, { agreementId: id, upTo }, account.headers);

  beforeAll(async () => {
    t = await startTestApp();
    [uniAdmin, uniEditor, inventor, instituteAdmin, licenseeAdmin, outsider] = await Promise.all(
      ['uni-admin', 'uni-editor', 'inventor', 'institute-admin', 'licensee-admin', 'outsider'].map((name) => register(t, `${name}@revenue.example.org`, `Sample ${name}`)),
    );
    university = await createOrganization(t, uniAdmin, 'Sample university');
    institute = await createOrganization(t, instituteAdmin, 'Sample institute');
    labOne = await createOrganization(t, uniAdmin, 'Sample lab one');
    labTwo = await createOrganization(t, uniAdmin, 'Sample lab two');
    licensee = await createOrganization(t, licenseeAdmin, 'Sample licensee');
    await createOrganization(t, outsider, 'Sample unrelated');
    await addMember(t, uniAdmin, university.id, uniEditor, 'EDITOR');
    await addMember(t, uniAdmin, university.id, inventor, 'MEMBER');
    technology = await fixtures(t).newTechnology(uniAdmin, {
      owners: [{ organizationId: university.id, share: '70', validFrom: '2020-01-01' }, { organizationId: institute.id, share: '30', validFrom: '2020-01-01' }],
      inventors: [
        { userId: inventor.id, affiliationOrganizationId: labOne.id, share: '50' },
        { externalName: 'Sample external inventor', affiliationOrganizationId: labTwo.id, share: '30' },
        { externalName: 'Sample inventor without unit', share: '20' },
      ],
    });
    const agreement = await createAgreement(t, uniEditor, { technologyIds: [technology.id], licensorIds: [university.id, institute.id], licenseeId: licensee.id, royaltyRate: '5' });
    agreementId = agreement.id;
    await activateAgreement(t, uniEditor, agreement.id, agreement.version);
  });

  afterAll(() => t?.close());

  it('sets policies that total exactly 100, by the organisation’s admins', async () => {
    expect((await policy(uniAdmin, university.id, { institutionShare: '39.99' })).data.setDistributionPolicy).toMatchObject({ __typename: 'InvalidInputError' });
    expect(errorCode(await policy(uniEditor, university.id))).toBe('FORBIDDEN');
    expect(errorCode(await policy(outsider, university.id))).toBe('NOT_FOUND');
    expect((await policy(uniAdmin, university.id)).data.setDistributionPolicy).toMatchObject({ inventorsShare: '30', unitsShare: '30', institutionShare: '40', validFrom: '2025-01-01' });
    expect((await policy(uniAdmin, university.id)).data.setDistributionPolicy).toMatchObject({ __typename: 'InvalidInputError', field: 'input.validFrom' });
    // The database's own check, below the API that refuses this first.
    await expect(t.dataSource.query(`INSERT INTO distribution_policy (organization_id, inventors_share, units_share, institution_share, valid_from, created_by) VALUES ($1, 50, 50, 1, '2024-01-01', $2)`, [university.id, uniAdmin.id]))
      .rejects.toThrow(/distribution_policy_shares_total/);
    const seen = await t.graphql(graphql(`query RevenueOrganization($id: ID!) { organization(id: $id) { distributionPolicies { validFrom } } }`), { id: university.id }, inventor.headers);
    expect(seen.data.organization.distributionPolicies).toEqual([{ validFrom: '2025-01-01' }]);
    const hidden = await t.graphql(graphql(`query RevenueOrganization($id: ID!) { organization(id: $id) { distributionPolicies { validFrom } } }`), { id: university.id }, outsider.headers);
    expect(hidden.data.organization.distributionPolicies).toBeNull();
  });

  it('records receipts and costs in the agreement’s currency, whole đồng only, by the licensors’ editors only', async () => {
    expect((await receipt(uniEditor, { amount: '10.5' })).data.recordRevenueReceipt).toMatchObject({ __typename: 'InvalidInputError', field: 'input.amount' });
    expect((await receipt(uniEditor, { amount: '0' })).data.recordRevenueReceipt).toMatchObject({ __typename: 'InvalidInputError', field: 'input.amount' });
    expect(errorCode(await receipt(licenseeAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await receipt(inventor))).toBe('FORBIDDEN');
    expect(errorCode(await receipt(outsider))).toBe('NOT_FOUND');
    expect(errorCode(await cost(licenseeAdmin))).toBe('FORBIDDEN');
    const other = await fixtures(t).newTechnology(uniAdmin, { owners: [{ organizationId: university.id, share: '100', validFrom: '2020-01-01' }] });
    expect((await cost(uniEditor, { technologyId: other.id })).data.recordRevenueCost).toMatchObject({ __typename: 'InvalidInputError', field: 'input.technologyId' });
    // The database's own checks, below the API that refuses these first.
    await expect(
      t.dataSource.query(`INSERT INTO revenue_receipt (agreement_id, kind, amount, currency, received_on, recorded_by) VALUES ($1, 'ROYALTY', 5, 'EUR', '2026-01-01', $2)`, [agreementId, uniAdmin.id]),
    ).rejects.toThrow(/agreement's currency/);
    await expect(
      t.dataSource.query(`INSERT INTO revenue_receipt (agreement_id, kind, amount, currency, received_on, recorded_by) VALUES ($1, 'ROYALTY', 5.5, 'VND', '2026-01-01', $2)`, [agreementId, uniAdmin.id]),
    ).rejects.toThrow(/revenue_receipt_money_iso4217/);

    const negotiating = await createAgreement(t, uniEditor, { technologyIds: [technology.id], licensorIds: [university.id], licenseeId: licensee.id });
    expect((await receipt(uniEditor, { agreementId: negotiating.id })).data.recordRevenueReceipt).toMatchObject({ __typename: 'AgreementStateError', currentStatus: 'NEGOTIATING' });
  });

  it('refuses to distribute while an owner has no policy, naming it', async () => {
    expect((await receipt(uniEditor)).data.recordRevenueReceipt).toMatchObject({ __typename: 'RevenueReceipt', amount: { amount: '1000000', currency: 'VND' }, distributionId: null });
    expect((await cost(uniEditor)).data.recordRevenueCost).toMatchObject({ __typename: 'RevenueCost', amount: { amount: '150000', currency: 'VND' } });
    const refused = (await distribute(uniEditor, '2026-06-30')).data.distributeRevenue;
    expect(refused).toMatchObject({ __typename: 'MissingDistributionPolicyError', organizationId: institute.id });
    expect(expectResult(refused, 'MissingDistributionPolicyError').message).toContain('Sample institute');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM revenue_distribution`))[0].n).toBe(0);
  });

  it('distributes a worked example exactly: 1,000,000 VND minus 150,000 costs, owners 70/30, inventors 50/30/20, policies 30/30/40', async () => {
    await policy(instituteAdmin, institute.id);
    expect(errorCode(await distribute(licenseeAdmin, '2026-06-30'))).toBe('FORBIDDEN');
    expect(errorCode(await distribute(inventor, '2026-06-30'))).toBe('FORBIDDEN');
    expect(errorCode(await distribute(outsider, '2026-06-30'))).toBe('NOT_FOUND');

    const distribution = expectResult((await distribute(uniEditor, '2026-06-30')).data.distributeRevenue, 'RevenueDistribution');
    expect(distribution).toMatchObject({
      __typename: 'RevenueDistribution',
      periodEnd: '2026-06-30',
      gross: { amount: '1000000', currency: 'VND' },
      costs: { amount: '150000' },
      net: { amount: '850000', currency: 'VND' },
    });
    const [mine, external, withoutUnit] = technology.inventorIds;
    const amounts = (payer: string) =>
      Object.fromEntries(
        distribution.lines
          .filter((line: { payer: { id: string } }) => line.payer.id === payer)
          .map((line: { beneficiaryKind: string; technologyInventorId: string | null; organization: { id: string } | null; amount: { amount: string } }) => [
            line.beneficiaryKind === 'INVENTOR' ? line.technologyInventorId : `${line.beneficiaryKind}:${line.organization!.id}`,
            line.amount.amount,
          ]),
      );
    expect(amounts(university.id)).toEqual({
      [mine]: '89250', [external]: '53550', [withoutUnit]: '35700',
      [`UNIT:${labOne.id}`]: '89250', [`UNIT:${labTwo.id}`]: '53550',
      // 40% of 595,000 plus the unit part of the inventor without a unit.
      [`INSTITUTION:${university.id}`]: '273700',
    });
    expect(amounts(institute.id)).toEqual({
      [mine]: '38250', [external]: '22950', [withoutUnit]: '15300',
      [`UNIT:${labOne.id}`]: '38250', [`UNIT:${labTwo.id}`]: '22950',
      [`INSTITUTION:${institute.id}`]: '117300',
    });
    const total = distribution.lines.reduce((sum: bigint, line: { amount: { amount: string } }) => sum + BigInt(line.amount.amount), 0n);
    expect(total).toBe(850_000n);
    const mineLine = distribution.lines.find((line: { technologyInventorId: string }) => line.technologyInventorId === mine);
    expect(mineLine).toMatchObject({ inventorUserId: inventor.id, inventorName: 'Sample inventor', status: 'PENDING' });
    expect(distribution.lines.find((line) => line.technologyInventorId === external)?.inventorName).toBe('Sample external inventor');

    const audit = await t.dataSource.query(`SELECT organization_id FROM audit_event WHERE action = 'revenue.distributed'`);
    expect(new Set(audit.map((row: { organization_id: string }) => row.organization_id))).toEqual(new Set([university.id, institute.id]));
  });

  it('never counts a receipt or cost twice', async () => {
    expect((await distribute(uniEditor, '2026-10-31')).data.distributeRevenue).toMatchObject({ __typename: 'NothingToDistributeError' });
    await receipt(uniEditor, { amount: '300001', receivedOn: '2026-09-30', kind: 'UPFRONT' });
    await receipt(uniEditor, { amount: '777', receivedOn: '2026-11-15' });
    const second = expectResult((await distribute(uniEditor, '2026-10-31')).data.distributeRevenue, 'RevenueDistribution');
    expect(second).toMatchObject({ gross: { amount: '300001' }, costs: { amount: '0' }, net: { amount: '300001' } });
    expect(second.lines.reduce((sum: bigint, line: { amount: { amount: string } }) => sum + BigInt(line.amount.amount), 0n)).toBe(300_001n);

    const seen = (await t.graphql(agreementRevenue, { id: agreementId }, uniEditor.headers)).data.agreement;
    expect(seen.distributions.map((d: { net: { amount: string } }) => d.net.amount)).toEqual(['850000', '300001']);
    expect(seen.receipts.filter((r: { distributionId: string | null }) => r.distributionId === null).map((r: { amount: { amount: string } }) => r.amount.amount)).toEqual(['777']);
    const [{ counted }] = await t.dataSource.query(`SELECT count(DISTINCT distribution_id)::int AS counted FROM revenue_receipt WHERE agreement_id = $1 AND distribution_id IS NOT NULL`, [agreementId]);
    expect(counted).toBe(2);
    // A counted receipt is settled in the database too.
    await expect(t.dataSource.query(`UPDATE revenue_receipt SET amount = 1 WHERE agreement_id = $1 AND distribution_id IS NOT NULL`, [agreementId])).rejects.toThrow(/distributed/);
  });

  it('carries costs forward when they exceed receipts, writing nothing', async () => {
    await cost(uniEditor, { amount: '5000', incurredOn: '2026-11-10', kind: 'LEGAL' });
    const refused = (await distribute(uniEditor, '2026-11-30')).data.distributeRevenue;
    expect(refused).toMatchObject({ __typename: 'NegativeNetRevenueError', gross: { amount: '777' }, costs: { amount: '5000' } });
    const seen = (await t.graphql(agreementRevenue, { id: agreementId }, uniEditor.headers)).data.agreement;
    expect(seen.distributions).toHaveLength(2);
    expect(seen.costs.filter((c: { distributionId: string | null }) => c.distributionId === null)).toHaveLength(1);
  });

  it('shows terms and receipts to the licensee but keeps the licensors’ costs and shares to them, nothing to others, and inventors their own lines', async () => {
    const asLicensee = (await t.graphql(agreementRevenue, { id: agreementId }, licenseeAdmin.headers)).data.agreement;
    expect(asLicensee.receipts.length).toBeGreaterThan(0);
    expect(asLicensee.costs).toBeNull();
    expect(asLicensee.distributions).toBeNull();
    const asOwnerMember = (await t.graphql(agreementRevenue, { id: agreementId }, inventor.headers)).data.agreement;
    expect(asOwnerMember.distributions).toHaveLength(2);
    expect(asOwnerMember.costs.length).toBeGreaterThan(0);
    expect((await t.graphql(agreementRevenue, { id: agreementId }, outsider.headers)).data.agreement).toBeNull();

    const own = (await t.graphql(myLines, {}, inventor.headers)).data.myDistributionLines;
    expect(own.totalCount).toBe(4);
    expect(own.edges.every((e: { node: { beneficiaryKind: string; inventorName: string } }) => e.node.beneficiaryKind === 'INVENTOR' && e.node.inventorName === 'Sample inventor')).toBe(true);
    expect((await t.graphql(myLines, {}, outsider.headers)).data.myDistributionLines.totalCount).toBe(0);
  });

  it('marks lines paid once, by the licensors’ editors', async () => {
    const [line] = (await t.graphql(agreementRevenue, { id: agreementId }, uniEditor.headers)).data.agreement.distributions[0].lines;
    const input = { lineId: line.id, paidOn: '2026-07-15', reference: 'Sample data: TT-001', expectedVersion: 1 };
    expect(errorCode(await t.graphql(paidMutation, { input }, licenseeAdmin.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(paidMutation, { input }, outsider.headers))).toBe('NOT_FOUND');
    expect((await t.graphql(paidMutation, { input: { ...input, expectedVersion: 9 } }, uniEditor.headers)).data.markDistributionLinePaid).toMatchObject({ __typename: 'VersionConflictError' });
    expect((await t.graphql(paidMutation, { input }, uniEditor.headers)).data.markDistributionLinePaid).toMatchObject({ status: 'PAID', paidOn: '2026-07-15', paymentReference: 'Sample data: TT-001', version: 2 });
    expect((await t.graphql(paidMutation, { input: { ...input, expectedVersion: 2 } }, uniEditor.headers)).data.markDistributionLinePaid).toMatchObject({ __typename: 'DistributionLinePaidError' });
    await expect(t.dataSource.query(`UPDATE distribution_line SET amount = amount + 1 WHERE id = $1`, [line.id])).rejects.toThrow(/fixed/);
  });

  it('settles a milestone payment with a MILESTONE receipt', async () => {
    const agreement = await createAgreement(t, uniEditor, {
      technologyIds: [technology.id],
      licensorIds: [university.id],
      licenseeId: licensee.id,
      currency: 'EUR',
      milestonePayments: [{ description: 'Sample data: first sale', amount: '2500.50' }],
    });
    await activateAgreement(t, uniEditor, agreement.id, agreement.version);
    const paymentId = agreement.terms.milestonePayments[0].id;
    const wrongKind = (await receipt(uniEditor, { agreementId: agreement.id, amount: '2500.50', milestonePaymentId: paymentId })).data.recordRevenueReceipt;
    expect(wrongKind).toMatchObject({ __typename: 'InvalidInputError', field: 'input.milestonePaymentId' });
    const settled = (await receipt(uniEditor, { agreementId: agreement.id, kind: 'MILESTONE', amount: '2500.5', milestonePaymentId: paymentId })).data.recordRevenueReceipt;
    expect(settled).toMatchObject({ amount: { amount: '2500.50', currency: 'EUR' }, milestonePaymentId: paymentId });
    const terms = await t.graphql(`query($id: ID!) { agreement(id: $id) { terms { milestonePayments { status } } } }`, { id: agreement.id }, licenseeAdmin.headers);
    expect(terms.data.agreement.terms.milestonePayments).toEqual([{ status: 'PAID' }]);
    const twice = (await receipt(uniEditor, { agreementId: agreement.id, kind: 'MILESTONE', amount: '1', milestonePaymentId: paymentId })).data.recordRevenueReceipt;
    expect(twice).toMatchObject({ __typename: 'InvalidInputError' });
  });
});
