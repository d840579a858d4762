import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { addMember, createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { ReportIndicatorInput } from './graphql/graphql.js';

/** ICF indicator measurements: reported by organisations, verified by platform admins, exported for the self-assessment. */
describe('ICF indicators and the self-assessment', () => {
  let t: TestApp;
  let editor: Account;
  let member: Account;
  let outsider: Account;
  let admin: Account;
  let province: string;

  const report = graphql(`mutation InsightIndicatorsReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) {
    __typename ... on IndicatorMeasurement { id factor indicator value unit status version organization { id } } ... on ErrorResult { code message field } } }`);
  const review = graphql(`mutation InsightIndicatorsReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) {
    __typename ... on IndicatorMeasurement { id status version reviewNote } ... on ErrorResult { code message field } } }`);
  const correct = graphql(`mutation InsightIndicatorsCorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) {
    __typename ... on IndicatorMeasurement { id status value version } ... on ErrorResult { code message field } } }`);
  const list = graphql(`query InsightIndicatorsIndicatorMeasurements($filter: IndicatorFilter) { indicatorMeasurements(filter: $filter) { totalCount edges { node { indicator value status } } } }`);

  const broadband = (value: string, extra: Partial<ReportIndicatorInput> = {}): ReportIndicatorInput => ({
    organizationId: province, factor: 'BROADBAND', indicator: 'Households with fixed broadband', value, unit: '%',
    periodStart: '2025-01-01', periodEnd: '2025-12-31', evidenceUrl: 'https://example.org/statistics/2025', ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    editor = await register(t, 'indicator-editor@example.org');
    member = await register(t, 'indicator-member@example.org');
    outsider = await register(t, 'indicator-outsider@example.org');
    admin = await register(t, 'indicator-admin@example.org');
    await makePlatformAdmin(t, admin);
    province = (await createOrganization(t, editor, 'Sample provincial department')).id;
    await addMember(t, editor, province, member, 'MEMBER');
  });
  afterAll(() => t.close());

  it('lets an editor report, keeps it from the public until verified, and refuses a second value for the period', async () => {
    const reported = (await t.graphql(report, { input: broadband('87.5') }, editor.headers)).data.reportIndicator;
    expect(reported).toMatchObject({ __typename: 'IndicatorMeasurement', value: '87.5', status: 'REPORTED', version: 1, organization: { id: province } });

    expect((await t.graphql(list, {})).data.indicatorMeasurements.totalCount).toBe(0);
    expect((await t.graphql(list, {}, outsider.headers)).data.indicatorMeasurements.totalCount).toBe(0);
    expect((await t.graphql(list, {}, member.headers)).data.indicatorMeasurements.totalCount).toBe(1);

    const again = (await t.graphql(report, { input: broadband('90', { indicator: 'households WITH fixed broadband' }) }, editor.headers)).data.reportIndicator;
    expect(again).toMatchObject({ __typename: 'InvalidInputError', field: 'input.indicator' });
    const byMember = await t.graphql(report, { input: broadband('1', { periodStart: '2024-01-01', periodEnd: '2024-12-31' }) }, member.headers);
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOutsider = await t.graphql(report, { input: broadband('1', { periodStart: '2024-01-01', periodEnd: '2024-12-31' }) }, outsider.headers);
    expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad values, periods and links with clear errors', async () => {
    const float = await t.graphql(report, { input: broadband('87.12345') }, editor.headers);
    expect(float.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value' });
    const link = await t.graphql(report, { input: broadband('1', { evidenceUrl: 'javascript:alert(1)' }) }, editor.headers);
    expect(link.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidenceUrl' });
    const backwards = (await t.graphql(report, { input: broadband('1', { periodStart: '2026-02-01', periodEnd: '2026-01-31' }) }, editor.headers)).data.reportIndicator;
    expect(backwards).toMatchObject({ __typename: 'InvalidInputError', field: 'input.periodEnd' });
  });

  it('lets only platform admins verify or reject (with a reason), and a correction asks for a new check', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM indicator_measurement WHERE factor = 'BROADBAND'`);
    const byEditor = await t.graphql(review, { input: { id, expectedVersion: 1, verified: true } }, editor.headers);
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = (await t.graphql(review, { input: { id, expectedVersion: 1, verified: false } }, admin.headers)).data.reviewIndicator;
    expect(noReason).toMatchObject({ __typename: 'InvalidInputError', field: 'input.note' });
    const verified = (await t.graphql(review, { input: { id, expectedVersion: 1, verified: true, note: 'Matches the statistics office table' } }, admin.headers)).data.reviewIndicator;
    expect(verified).toMatchObject({ status: 'VERIFIED', version: 2 });
    expect((await t.graphql(list, { filter: { factor: 'BROADBAND' } })).data.indicatorMeasurements.edges).toEqual([
      { node: { indicator: 'Households with fixed broadband', value: '87.5', status: 'VERIFIED' } },
    ]);

    const stale = (await t.graphql(correct, { input: { id, expectedVersion: 1, value: '88' } }, editor.headers)).data.correctIndicator;
    expect(stale).toMatchObject({ __typename: 'VersionConflictError' });
    const corrected = (await t.graphql(correct, { input: { id, expectedVersion: 2, value: '88' } }, editor.headers)).data.correctIndicator;
    expect(corrected).toMatchObject({ status: 'REPORTED', value: '88', version: 3 });
    expect((await t.graphql(list, {})).data.indicatorMeasurements.totalCount).toBe(0);
    await t.graphql(review, { input: { id, expectedVersion: 3, verified: true } }, admin.headers);
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['indicator.reported', 'indicator.verified', 'indicator.corrected', 'indicator.verified']);
  });

  it('exports the self-assessment as data and as CSV, with every factor and the verified measurements', async () => {
    await t.graphql(report, { input: broadband('-3', { indicator: '=SUM(A1)', factor: 'INNOVATION' }) }, editor.headers);
    await t.graphql(
      report,
      { input: { ...broadband('12', { indicator: 'Sample indicator, with "quotes"', factor: 'SUSTAINABILITY', evidenceUrl: null }) } },
      editor.headers,
    );
    const data = await t.graphql(graphql(`query InsightIndicatorsIcfSelfAssessment { icfSelfAssessment(filter: { fromYear: 2025, toYear: 2025 }) { fromYear toYear factors { factor projects { projects } measurements { indicator value status } } } }`));
    expect(data.errors).toBeUndefined();
    expect(data.data.icfSelfAssessment.factors).toHaveLength(6);
    expect(data.data.icfSelfAssessment.factors[0]).toEqual({
      factor: 'BROADBAND', projects: { projects: 0 }, measurements: [{ indicator: 'Households with fixed broadband', value: '88', status: 'VERIFIED' }],
    });

    const anonymous = await t.app.inject({ method: 'GET', url: '/reports/icf-self-assessment.csv?fromYear=2025&toYear=2025' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['content-type']).toContain('text/csv');
    const lines = anonymous.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('factor,section,item,value,unit,period_start,period_end,organization,status,evidence');
    expect(lines).toContain('BROADBAND,projects,projects,0,projects,2025-01-01,2025-12-31,,COMPUTED,');
    expect(lines).toContain('BROADBAND,indicator,Households with fixed broadband,88,%,2025-01-01,2025-12-31,Sample provincial department,VERIFIED,https://example.org/statistics/2025');
    expect(lines.filter((line) => line.includes(',indicator,'))).toHaveLength(1);

    // The organisation's own members also get its unverified rows, quoted safely.
    const own = await t.app.inject({ method: 'GET', url: '/reports/icf-self-assessment.csv?fromYear=2025&toYear=2025', headers: member.headers });
    expect(own.body).toContain(`SUSTAINABILITY,indicator,"Sample indicator, with ""quotes""",12,%,2025-01-01,2025-12-31,Sample provincial department,REPORTED,`);
    // Text a spreadsheet would run as a formula is defused; a negative number stays a number.
    expect(own.body).toContain(`INNOVATION,indicator,'=SUM(A1),-3,%,`);
  });
});
