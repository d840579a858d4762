import { fixtures } from './support/fixtures.js';
import type { Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/** Facts that have happened (a filing, a grant, a receipt, a payment, a founding) cannot be dated after today. */
describe('days of facts are not in the future', () => {
  let t: TestApp;
  let editor: Account;
  let technologyId: string;
  let agreementId: string;
  let today: string;
  let tomorrow: string;

  beforeAll(async () => {
    t = await startTestApp();
    const fx = fixtures(t);
    editor = await fx.newUser();
    const university = await fx.newOrganization({ admin: editor, helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    const licensee = await fx.newOrganization({ admin: editor, helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' });
    technologyId = (await fx.newTechnology(editor, { ownerIds: [university.id] })).id;
    agreementId = (await fx.newAgreement(editor, { technologyIds: [technologyId], licensorIds: [university.id], licenseeId: licensee.id, active: true })).id;
    [{ today, tomorrow }] = await t.dataSource.query(`SELECT CURRENT_DATE::text AS today, (CURRENT_DATE + 1)::text AS tomorrow`);
  });
  afterAll(() => t.close());

  const file = (values: Record<string, unknown>) =>
    t.graphql(
      graphql(`mutation FutureDatesFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on ErrorResult { message field } } }`),
      { input: { technologyId, type: 'PATENT', jurisdiction: 'VN', title: 'Sample data', filingDate: today, ...values } },
      editor.headers,
    );

  it('refuses a filing dated after today, and a priority date after the filing date', async () => {
    expect((await file({ filingDate: tomorrow, applicationNumber: '1-2031-00001' })).data.fileIpProtection).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'input.filingDate',
      message: `filingDate must not be in the future (today is ${today})`,
    });
    expect((await file({ filingDate: '2025-03-01', priorityDate: '2025-03-02', applicationNumber: '1-2025-00002' })).data.fileIpProtection).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'input.priorityDate',
    });
    expect((await file({ filingDate: '2025-03-01', priorityDate: '2025-02-01', applicationNumber: '1-2025-00003' })).data.fileIpProtection.__typename).toBe('IpFiling');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM ip_filing WHERE technology_id = $1`, [technologyId]);
    expect(count).toBe(1);
  });

  it('refuses a grant dated after today', async () => {
    const filed = await t.graphql(
      graphql(`mutation FutureDatesFileIpProtection2($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { ... on IpFiling { id version } } }`),
      { input: { technologyId, type: 'PATENT', jurisdiction: 'VN', title: 'Sample data', filingDate: '2024-01-10', applicationNumber: '1-2024-00004' } },
      editor.headers,
    );
    const { id, version } = filed.data.fileIpProtection;
    const granted = await t.graphql(
      graphql(`mutation FutureDatesUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename ... on ErrorResult { field } } }`),
      { input: { id, expectedVersion: version, grantDate: tomorrow, registrationNumber: '1-0041234' } },
      editor.headers,
    );
    expect(granted.data.updateIpFiling).toMatchObject({ __typename: 'InvalidInputError', field: 'input.grantDate' });
  });

  it('refuses a receipt or a cost dated after today, and records one dated today', async () => {
    const receipt = (receivedOn: string) =>
      t.graphql(
        graphql(`mutation FutureDatesRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename ... on ErrorResult { field } } }`),
        { input: { agreementId, kind: 'ROYALTY', amount: '1000000', receivedOn } },
        editor.headers,
      );
    expect((await receipt(tomorrow)).data.recordRevenueReceipt).toEqual({ __typename: 'InvalidInputError', field: 'input.receivedOn' });
    expect((await receipt(today)).data.recordRevenueReceipt.__typename).toBe('RevenueReceipt');
    const cost = await t.graphql(
      graphql(`mutation FutureDatesRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename ... on ErrorResult { field } } }`),
      { input: { agreementId, kind: 'PATENT', amount: '500000', incurredOn: tomorrow } },
      editor.headers,
    );
    expect(cost.data.recordRevenueCost).toEqual({ __typename: 'InvalidInputError', field: 'input.incurredOn' });
  });
});
