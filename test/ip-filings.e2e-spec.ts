import { addMonths } from '../src/technologies/ip-deadlines.js';
import { register, type Account } from './support/accounts.js';
import { addMember, createOrganization, type Organization } from './support/memberships.js';
import { createTechnology } from './support/technologies.js';
import { startTestApp, type AnyOperation, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

graphql(`fragment IpFilingFields on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate publicationDate grantDate registrationNumber status version
  parentFiling { id } technology { code } deadlines { kind dueOn daysLeft legalSource } }`);
const fileMutation = graphql(`mutation IpFilingsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {
  __typename ... on IpFiling { ...IpFilingFields } ... on ErrorResult { code message field } } }`);
const transitionMutation = graphql(`mutation IpFilingsTransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) {
  __typename ... on IpFiling { ...IpFilingFields } ... on InvalidIpFilingTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }`);
const updateMutation = graphql(`mutation IpFilingsUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) {
  __typename ... on IpFiling { ...IpFilingFields } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }`);
const upcoming = graphql(`query IpFilingsUpcomingDeadlines($withinDays: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $withinDays, organizationId: $organizationId) {
  kind dueOn daysLeft description legalSource filing { id jurisdiction } } }`);

describe('IP protection filings', () => {
  let t: TestApp;
  const people: Record<string, Account> = {};
  let eiu: Organization;
  let becamex: Organization;
  let technologyId: string;
  let otherTechnologyId: string;
  let today: string;
  let priority: string;
  const filings: Record<string, { id: string; version: number }> = {};

  const run = async (query: AnyOperation, input: Record<string, unknown>, who?: Account) => {
    const response = await t.graphql(query, { input }, who?.headers);
    return { result: response.data ? (Object.values(response.data)[0] as Record<string, any>) : undefined, error: response.errors?.[0].extensions };
  };
  const deadlines = async (withinDays: number, who: Account = people.eiuMember, organizationId?: string) =>
    (await t.graphql(upcoming, { withinDays, organizationId }, who.headers)).data.upcomingDeadlines as { kind: string; dueOn: string; daysLeft: number; filing: { id: string } }[];

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['eiuAdmin', 'eiuEditor', 'eiuMember', 'becamexAdmin', 'outsider', 'inventor']) people[name] = await register(t, `${name.toLowerCase()}@example.org`, name);
    eiu = await createOrganization(t, people.eiuAdmin, 'EIU (sample)');
    becamex = await createOrganization(t, people.becamexAdmin, 'Becamex (sample)');
    await addMember(t, people.eiuAdmin, eiu.id, people.eiuEditor, 'EDITOR');
    await addMember(t, people.eiuAdmin, eiu.id, people.eiuMember, 'MEMBER');
    ({ id: technologyId } = await createTechnology(t, people.eiuEditor, { code: 'EIU-IP-01', ownerIds: [eiu.id], inventors: [{ userId: people.inventor.id, share: '100' }] }));
    ({ id: otherTechnologyId } = await createTechnology(t, people.becamexAdmin, { code: 'BCM-IP-01', ownerIds: [becamex.id] }));
    [{ today }] = await t.dataSource.query(`SELECT CURRENT_DATE::text AS today`);
    // Filed almost a year ago: the priority year ends in about ten days.
    [{ priority }] = await t.dataSource.query(`SELECT (CURRENT_DATE - interval '12 months' + interval '10 days')::date::text AS priority`);
  });
  afterAll(() => t.close());

  it('lets the technology’s managers file, and refuses bad input and everyone else', async () => {
    const input = { technologyId, type: 'PATENT', jurisdiction: 'vn', filingDate: priority, applicationNumber: '1-2025-00001' };
    expect((await run(fileMutation, { ...input, jurisdiction: 'XX' }, people.eiuEditor)).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.jurisdiction' });
    expect((await run(fileMutation, { ...input, filingDate: '2025-02-30' }, people.eiuEditor)).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.filingDate' });
    expect((await run(fileMutation, { ...input, priorityDate: addMonths(priority, 1) }, people.eiuEditor)).result).toMatchObject({ __typename: 'InvalidInputError', field: 'input.priorityDate' });
    expect((await run(fileMutation, input, people.eiuMember)).error?.code).toBe('FORBIDDEN');
    expect((await run(fileMutation, input, people.inventor)).error?.code).toBe('FORBIDDEN');
    expect((await run(fileMutation, input, people.outsider)).error?.code).toBe('NOT_FOUND');
    expect((await run(fileMutation, input)).error?.code).toBe('UNAUTHENTICATED');

    const filed = (await run(fileMutation, input, people.eiuEditor)).result!;
    expect(filed).toMatchObject({ __typename: 'IpFiling', jurisdiction: 'VN', status: 'FILED', priorityDate: priority, version: 1, technology: { code: 'EIU-IP-01' } });
    expect(filed.deadlines.map((d: { kind: string; dueOn: string }) => [d.kind, d.dueOn])).toEqual([
      ['PRIORITY_YEAR', addMonths(priority, 12)],
      ['EXAMINATION_REQUEST', addMonths(priority, 42)],
    ]);
    filings.vn = { id: filed.id, version: 1 };

    const taken = await run(fileMutation, { ...input, applicationNumber: ' 1-2025-00001 ' }, people.eiuEditor);
    expect(taken.result).toMatchObject({ __typename: 'ApplicationNumberTakenError', field: 'input.applicationNumber' });
    const foreignParent = await run(fileMutation, { technologyId: otherTechnologyId, type: 'PATENT', jurisdiction: 'PCT', filingDate: today, parentFilingId: filed.id }, people.becamexAdmin);
    expect(foreignParent.result).toMatchObject({ __typename: 'InvalidInputError', field: 'input.parentFilingId' });
  });

  it('lets a PCT application claim the Vietnamese priority, with its phase-entry deadlines', async () => {
    const pct = (await run(fileMutation, { technologyId, type: 'PATENT', jurisdiction: 'PCT', filingDate: today, applicationNumber: 'PCT/VN2025/000001', parentFilingId: filings.vn.id }, people.eiuEditor)).result!;
    expect(pct).toMatchObject({ __typename: 'IpFiling', priorityDate: priority, filingDate: today, parentFiling: { id: filings.vn.id } });
    expect(pct.deadlines.map((d: { kind: string; dueOn: string }) => [d.kind, d.dueOn])).toEqual([
      ['PRIORITY_YEAR', addMonths(priority, 12)],
      ['PCT_NATIONAL_PHASE', addMonths(priority, 30)],
      ['EP_REGIONAL_PHASE', addMonths(priority, 31)],
    ]);
    expect(pct.deadlines[1].legalSource).toMatch(/PCT Art\. 22/);
    filings.pct = { id: pct.id, version: 1 };
    // The same number in another jurisdiction is another application.
    const us = (await run(fileMutation, { technologyId, type: 'PATENT', jurisdiction: 'US', filingDate: today, applicationNumber: '1-2025-00001', parentFilingId: filings.vn.id }, people.eiuEditor)).result!;
    expect(us.__typename).toBe('IpFiling');
    filings.us = { id: us.id, version: 1 };
  });

  it('lists the deadlines due within a window, soonest first, the same as each filing states', async () => {
    expect(await deadlines(5)).toEqual([]);
    const month = await deadlines(30);
    expect(month.map((d) => [d.kind, d.filing.id])).toEqual(
      [['PRIORITY_YEAR', filings.vn.id], ['PRIORITY_YEAR', filings.pct.id], ['PRIORITY_YEAR', filings.us.id]].sort((a, b) => (a[1] < b[1] ? -1 : 1)),
    );
    expect(month.every((d) => d.dueOn === addMonths(priority, 12) && d.daysLeft >= 0 && d.daysLeft <= 30)).toBe(true);
    const longer = await deadlines(3650);
    expect(longer.map((d) => d.dueOn)).toEqual([...longer.map((d) => d.dueOn)].sort());
    expect(longer.map((d) => d.kind)).toEqual(expect.arrayContaining(['PCT_NATIONAL_PHASE', 'EP_REGIONAL_PHASE', 'EXAMINATION_REQUEST']));

    // The list computed by the database agrees with each filing's own deadlines.
    const stated = await t.graphql(graphql(`query IpFilingsTechnology { technology(code: "EIU-IP-01") { ipFilings { id deadlines { kind dueOn daysLeft } } } }`), {}, people.eiuMember.headers);
    const expected = stated.data.technology.ipFilings
      .flatMap((filing: { id: string; deadlines: { kind: string; dueOn: string; daysLeft: number }[] }) => filing.deadlines.map((d) => ({ ...d, id: filing.id })))
      .filter((d: { daysLeft: number }) => d.daysLeft >= 0 && d.daysLeft <= 3650)
      .map((d: { kind: string; dueOn: string; id: string }) => `${d.dueOn} ${d.id} ${d.kind}`)
      .sort();
    expect(longer.map((d) => `${d.dueOn} ${d.filing.id} ${d.kind}`).sort()).toEqual(expected);

    expect(await deadlines(3650, people.inventor)).toHaveLength(longer.length);
    expect(await deadlines(3650, people.outsider)).toEqual([]);
    expect(await deadlines(3650, people.eiuMember, becamex.id)).toEqual([]);
    expect(await deadlines(3650, people.eiuMember, eiu.id)).toHaveLength(longer.length);
    expect((await t.graphql(upcoming, { withinDays: 3651 }, people.eiuMember.headers)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinDays' });
    expect((await t.graphql(upcoming, { withinDays: 30 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters filings by status, type, jurisdiction, owner and deadline window', async () => {
    const ids = async (filter: Record<string, unknown>, who: Account = people.eiuMember) =>
      (await t.graphql(graphql(`query IpFilingsIpFilings($filter: IpFilingFilter) { ipFilings(filter: $filter, first: 50) { totalCount edges { node { id } } } }`), { filter }, who.headers)).data.ipFilings.edges
        .map((edge: { node: { id: string } }) => edge.node.id)
        .sort();
    const all = [filings.vn.id, filings.pct.id, filings.us.id].sort();
    expect(await ids({})).toEqual(all);
    expect(await ids({}, people.outsider)).toEqual([]);
    expect(await ids({ jurisdiction: 'pct' })).toEqual([filings.pct.id]);
    expect(await ids({ type: ['UTILITY_SOLUTION'] })).toEqual([]);
    expect(await ids({ status: ['FILED'], organizationId: eiu.id })).toEqual(all);
    expect(await ids({ organizationId: becamex.id })).toEqual([]);
    expect(await ids({ technologyId })).toEqual(all);
    expect(await ids({ deadlineWithinDays: 5 })).toEqual([]);
    expect(await ids({ deadlineWithinDays: 30 })).toEqual(all);
  });

  it('moves a filing through its life, requiring dates and numbers, and refuses illegal moves', async () => {
    const move = async (status: string, extra: Record<string, unknown> = {}, who = people.eiuEditor) =>
      (await run(transitionMutation, { id: filings.vn.id, expectedVersion: filings.vn.version, status, ...extra }, who)).result!;
    const advance = async (status: string, extra: Record<string, unknown> = {}) => {
      const moved = await move(status, extra);
      expect(moved).toMatchObject({ __typename: 'IpFiling', status });
      filings.vn.version = moved.version;
      return moved;
    };
    expect(await move('GRANTED')).toMatchObject({ __typename: 'InvalidIpFilingTransitionError', allowedStatuses: ['PUBLISHED', 'UNDER_EXAMINATION', 'ABANDONED', 'REJECTED', 'WITHDRAWN'] });
    expect(await move('PUBLISHED')).toMatchObject({ __typename: 'InvalidInputError', field: 'input.publicationDate' });
    expect((await run(transitionMutation, { id: filings.vn.id, expectedVersion: 1, status: 'PUBLISHED', publicationDate: today }, people.eiuMember)).error?.code).toBe('FORBIDDEN');
    expect((await run(transitionMutation, { id: filings.vn.id, expectedVersion: 1, status: 'PUBLISHED', publicationDate: today }, people.outsider)).error?.code).toBe('NOT_FOUND');
    await advance('PUBLISHED', { publicationDate: today, publicationNumber: 'VN-A-0001' });
    expect((await run(transitionMutation, { id: filings.vn.id, expectedVersion: 1, status: 'UNDER_EXAMINATION' }, people.eiuEditor)).result).toMatchObject({ __typename: 'VersionConflictError' });

    const examined = await advance('UNDER_EXAMINATION');
    expect(examined.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['PRIORITY_YEAR']);
    expect(await move('GRANTED', { grantDate: today })).toMatchObject({ __typename: 'InvalidInputError', field: 'input.registrationNumber' });
    expect(await move('GRANTED', { grantDate: '2000-01-01', registrationNumber: '1-0012345' })).toMatchObject({ __typename: 'InvalidInputError', field: 'input.grantDate' });
    const granted = await advance('GRANTED', { grantDate: today, registrationNumber: '1-0012345' });
    expect(granted.deadlines.map((d: { kind: string; dueOn: string }) => [d.kind, d.dueOn])).toEqual([
      ['ANNUAL_FEE', addMonths(priority, 12)],
      ['PRIORITY_YEAR', addMonths(priority, 12)],
      ['TERM_EXPIRY', addMonths(priority, 240)],
    ]);
    expect(await move('ABANDONED')).toMatchObject({ __typename: 'InvalidIpFilingTransitionError', allowedStatuses: ['LAPSED', 'EXPIRED'] });
    const cleared = await run(updateMutation, { id: filings.vn.id, expectedVersion: filings.vn.version, registrationNumber: null }, people.eiuEditor);
    expect(cleared.result).toMatchObject({ __typename: 'InvalidInputError', field: 'input.registrationNumber' });
    const corrected = await run(updateMutation, { id: filings.vn.id, expectedVersion: filings.vn.version, registrationNumber: '1-0012346' }, people.eiuEditor);
    expect(corrected.result).toMatchObject({ __typename: 'IpFiling', registrationNumber: '1-0012346', version: filings.vn.version + 1 });
    filings.vn.version += 1;
    const lapsed = await advance('LAPSED');
    expect(lapsed.deadlines).toEqual([]);
    expect(await move('GRANTED')).toMatchObject({ __typename: 'InvalidIpFilingTransitionError', allowedStatuses: [] });

    for (const [status, final] of [['WITHDRAWN', 'pct'], ['REJECTED', 'us']] as const) {
      const ended = (await run(transitionMutation, { id: filings[final].id, expectedVersion: 1, status }, people.eiuEditor)).result!;
      expect(ended).toMatchObject({ status, deadlines: [] });
    }
    expect(await deadlines(3650)).toEqual([]);

    const actions = await t.dataSource.query(`SELECT action, changes->'status'->>'after' AS status FROM audit_event WHERE entity_id = $1 AND organization_id = $2 ORDER BY occurred_at, id`, [filings.vn.id, eiu.id]);
    expect(actions.map((row: { action: string; status: string | null }) => row.status ?? row.action)).toEqual(['FILED', 'PUBLISHED', 'UNDER_EXAMINATION', 'GRANTED', 'ip_filing.updated', 'LAPSED']);
  });

  it('keeps a granted filing’s number and date in the database', async () => {
    await expect(t.dataSource.query(`UPDATE ip_filing SET grant_date = NULL WHERE id = $1`, [filings.vn.id])).rejects.toMatchObject({ constraint: 'ip_filing_granted_registered' });
    await expect(t.dataSource.query(`UPDATE ip_filing SET application_number = '1-2025-00001' WHERE id = $1`, [filings.pct.id])).resolves.toBeDefined();
    await expect(t.dataSource.query(`UPDATE ip_filing SET jurisdiction = 'VN' WHERE id = $1`, [filings.pct.id])).rejects.toMatchObject({ constraint: 'ip_filing_application_number_key' });
  });
});
