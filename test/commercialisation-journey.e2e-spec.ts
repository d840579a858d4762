import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { seedDemoData } from '../src/demo/seed.js';
import { makePlatformAdmin, password, register, type Account } from './support/accounts.js';
import { addMember, invite } from './support/memberships.js';
import { startTestApp, type AnyOperation, type GraphQLResponse, type TestApp, type Variables } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { AgreementStatus, CreateAgreementInput, CreateOfferInput, DealStage, TypedDocumentString } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

/**
 * From invention to income, on the real Binh Duong actors and through the API only: EIU runs a joint
 * project with Becamex IDC and the DOST, discloses the technology that came out of it, files a
 * Vietnamese patent, offers a licence on the exchange; Becamex IDC's demand, written in Vietnamese
 * without diacritics, finds it; a technology-transfer centre brokers the deal; EIU licenses the
 * technology to Becamex IDC, records a royalty and a patent cost, and distributes the net to the
 * đồng. Then who sees what.
 */

const errorCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
const sum = (amounts: string[]) => amounts.reduce((total, amount) => total + BigInt(amount), 0n);

/** The same day `months` later; the last day of that month when it has no such day. */
function monthsAfter(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

interface Follower {
  next(): Promise<unknown>;
  stop(): Promise<void>;
}

/** Follows a subscription over WebSocket (graphql-ws) and hands out its events in order. */
function follow<TResult, TVariables>(url: string, operation: TypedDocumentString<TResult, TVariables>, variables: Variables<TVariables>, headers: Record<string, string>): Follower {
  const client: Client = createClient({ url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: headers, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
  const events: unknown[] = [];
  const waiting: ((event: unknown) => void)[] = [];
  client.subscribe({ query: operation.toString(), variables: variables as Record<string, unknown> }, {
    next: (value) => (waiting.length > 0 ? waiting.shift()!(value) : events.push(value)),
    error: () => undefined,
    complete: () => undefined,
  });
  return {
    next: () =>
      events.length > 0
        ? Promise.resolve(events.shift())
        : new Promise((resolve, reject) => {
            waiting.push(resolve);
            setTimeout(() => reject(new Error('no event within 5 s')), 5000).unref();
          }),
    stop: () => client.dispose() as Promise<void>,
  };
}

const technologyMutation = graphql(`mutation CommercialisationJourneyCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {
  __typename
  ... on Technology { id code version currentTrl owners { organization { slug } share validFrom } inventors { id share externalName user { id } affiliationOrganization { slug } } projects { code } }
  ... on SharesDoNotTotalError { subject total day }
  ... on ErrorResult { code message field } } }`);
graphql(`fragment CommercialisationJourneyError on ErrorResult { code message field }`);
graphql(`fragment CommercialisationJourneyDisclosure on InventionDisclosure { id status decision version submittedBy { id } decidedBy { id } }`);
graphql(`fragment CommercialisationJourneyFiling on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate status deadlines { kind dueOn daysLeft legalSource } }`);
graphql(`fragment CommercialisationJourneyOffer on TechnologyOffer { id title summary details price { amount currency } priceNote trl status version organization { slug } }`);
graphql(`fragment CommercialisationJourneyDeal on Deal { id stage version agreementId broker { slug } provider { slug } seeker { slug } history { from to byName } }`);
graphql(`fragment CommercialisationJourneyAgreement on Agreement {
  id code status version executedOn effectiveOn licensors { slug } licensee { slug } technologies { code }
  terms { currency upfrontFee { amount currency } royaltyRate } }`);

const disclosureMutations = {
  createDisclosure: graphql(`mutation CommercialisationJourneyCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) {
    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError } }`),
  submitDisclosure: graphql(`mutation CommercialisationJourneySubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {
    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError
    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }`),
  startDisclosureEvaluation: graphql(`mutation CommercialisationJourneyStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {
    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError
    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }`),
  decideDisclosure: graphql(`mutation CommercialisationJourneyDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {
    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError
    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }`),
};
const advanceDeal = graphql(`mutation CommercialisationJourneyAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {
  __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError ... on InvalidDealTransitionError { allowedStages } } }`);
const agreementAsParty = graphql(`query CommercialisationJourneyAgreement($id: ID!) { agreement(id: $id) {
  code status licensee { slug } terms { currency upfrontFee { amount } royaltyRate }
  receipts { kind amount { amount currency } receivedOn distributionId }
  costs { kind amount { amount } filingReference distributionId } } }`);

describe('from a joint project’s invention to a distributed royalty', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const people: Record<string, Account> = {};
  /** Today on the database's clock, which the API's date checks use. */
  let today: string;
  /** The year's first day: when the joint project started and EIU's ownership and policy apply from. */
  let yearStart: string;
  let projectId: string;
  let technology: { id: string; code: string; version: number; inventors: { id: string; user: { id: string } | null }[] };
  let otherTechnologyId: string;
  let filing: { id: string; filingDate: string; applicationNumber: string };
  let offerId: string;
  let demandId: string;
  let interestId: string;
  let deal: { id: string; version: number };
  let agreement: { id: string; version: number };
  let distribution: { id: string; gross: { amount: string }; costs: { amount: string }; net: { amount: string }; lines: any[] };

  const as = <TResult, TVariables>(who: string, query: TypedDocumentString<TResult, TVariables>, variables?: Variables<TVariables>) => t.graphql(query, variables, people[who].headers);

  beforeAll(async () => {
    t = await startTestApp({}, { listen: true });
    await seedDemoData(t.dataSource);
    for (const row of await t.dataSource.query(`SELECT slug, id FROM organization`)) ids[row.slug] = row.id;
    [{ today, yearStart }] = await t.dataSource.query(`SELECT CURRENT_DATE::text AS today, date_trunc('year', CURRENT_DATE)::date::text AS "yearStart"`);
  });
  afterAll(() => t?.close());

  it('1. people sign up; EIU, Becamex IDC and the DOST get their admins and editors; a transfer centre opens', async () => {
    // There is deliberately no API to make a platform operator.
    people.operator = await register(t, 'operator@binhduong.example', 'Platform operator (sample data)');
    await makePlatformAdmin(t, people.operator);
    const admins = [
      ['eiuAdmin', 'eiu', 'hoa.le@eiu.example', 'Lê Thị Hoa'],
      ['becamexAdmin', 'becamex-idc', 'an.tran@becamex.example', 'Trần Văn An'],
      ['dostAdmin', 'binh-duong-dost', 'lan.vo@dost.example', 'Võ Thị Lan'],
    ] as const;
    for (const [name, slug, email, displayName] of admins) {
      people[name] = await register(t, email, displayName);
      expect(await addMember(t, people.operator, ids[slug], people[name], 'ADMIN')).toMatchObject({ role: 'ADMIN', status: 'ACTIVE' });
    }

    // EIU's admin invites an editor who has no account yet: accepting creates it and signs in.
    const token = await invite(t, people.eiuAdmin, ids.eiu, 'binh.pham@eiu.example', 'EDITOR');
    const accepted = await t.graphql(
      graphql(`mutation CommercialisationJourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } session { accessToken refreshToken user { id } } } } }`),
      { input: { token, password, displayName: 'Phạm Bình' } },
    );
    const session = expectResult(accepted.data.acceptInvitation, 'AcceptedInvitation').session;
    expect(expectResult(accepted.data.acceptInvitation, 'AcceptedInvitation').membership.role).toBe('EDITOR');
    people.eiuEditor = { id: session.user.id, email: 'binh.pham@eiu.example', accessToken: session.accessToken, refreshToken: session.refreshToken, headers: { authorization: `Bearer ${session.accessToken}` } };

    const colleagues = [
      ['inventor', 'eiuAdmin', 'eiu', 'khoa.tran@eiu.example', 'Trần Minh Khoa', 'MEMBER'],
      ['becamexEditor', 'becamexAdmin', 'becamex-idc', 'hung.nguyen@becamex.example', 'Nguyễn Văn Hùng', 'EDITOR'],
      ['becamexMember', 'becamexAdmin', 'becamex-idc', 'thu.do@becamex.example', 'Đỗ Thị Thu', 'MEMBER'],
      ['dostMember', 'dostAdmin', 'binh-duong-dost', 'quang.ho@dost.example', 'Hồ Quang', 'MEMBER'],
    ] as const;
    for (const [name, admin, slug, email, displayName, role] of colleagues) {
      people[name] = await register(t, email, displayName);
      await addMember(t, people[admin], ids[slug], people[name], role);
    }
    // Someone in an organisation with no part in any of this.
    people.outsider = await register(t, 'pieter@eindhoven.example', 'Pieter de Vries (sample data)');
    await addMember(t, people.operator, ids.eindhoven, people.outsider, 'MEMBER');

    // The broker: anyone may propose an organisation, of any kind; it stays unverified until checked.
    people.brokerAdmin = await register(t, 'director@bd-ttc.example', 'Lâm Văn Phúc');
    const created = await as('brokerAdmin', graphql(`mutation CommercialisationJourneyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {
      __typename ... on Organization { id kind helix verified } ... on ErrorResult { code message } } }`), {
      input: {
        name: 'Binh Duong Technology Transfer Centre (sample data)',
        helix: 'GOVERNMENT',
        kind: 'INTERMEDIARY',
        country: 'VN',
        province: 'Bình Dương',
        description: 'Sample data: a technology-transfer centre that brokers deals on the provincial exchange.',
      },
    });
    expect(created.data.createOrganization).toMatchObject({ __typename: 'Organization', kind: 'INTERMEDIARY', verified: false });
    ids.broker = expectResult(created.data.createOrganization, 'Organization').id;
    // A platform admin checks who the broker is before it may carry deals.
    const verified = await as('operator', graphql(`mutation CommercialisationJourneyVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }`), { id: ids.broker });
    expect(verified.data.verifyOrganization).toEqual({ id: ids.broker, verified: true });
    people.broker = await register(t, 'mai.nguyen@bd-ttc.example', 'Nguyễn Thị Mai');
    await addMember(t, people.brokerAdmin, ids.broker, people.broker, 'EDITOR');
  });

  it('2. EIU runs a triple-helix project with Becamex IDC and the DOST and records the technology that came out of it', async () => {
    const project = await as('eiuEditor', graphql(`mutation CommercialisationJourneyCreateProject($input: CreateProjectInput!) { createProject(input: $input) {
      __typename ... on Project { id version } ... on ErrorResult { code message } } }`), {
      input: {
        coordinatorId: ids.eiu,
        code: 'EIU-WATER-IOT-01',
        title: 'Water-quality monitoring for Binh Duong industrial parks (sample data)',
        summary: 'Sample data: low-cost sensors for effluent monitoring, piloted in Becamex industrial parks.',
        startDate: yearStart,
        keywords: ['water quality', 'IoT'],
      },
    });
    expect(project.data.createProject.__typename).toBe('Project');
    projectId = expectResult(project.data.createProject, 'Project').id;
    const invited: Record<string, string> = {};
    for (const [slug, role, cash] of [['becamex-idc', 'PARTNER', '300000000'], ['binh-duong-dost', 'FUNDER', '500000000']] as const) {
      const response = await as('eiuEditor', graphql(`mutation CommercialisationJourneyInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {
        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }`), {
        input: { projectId, organizationId: ids[slug], role, cash: { amount: cash, currency: 'VND' } },
      });
      expect(response.data.inviteParticipant).toMatchObject({ status: 'INVITED', role });
      invited[slug] = expectResult(response.data.inviteParticipant, 'ProjectParticipant').id;
    }
    for (const [slug, who] of [['becamex-idc', 'becamexEditor'], ['binh-duong-dost', 'dostAdmin']] as const) {
      const response = await as(who, graphql(`mutation CommercialisationJourneyAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {
        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }`), { id: invited[slug] });
      expect(expectResult(response.data.acceptParticipation, 'ProjectParticipant').status).toBe('ACTIVE');
    }
    const seen = await as('becamexMember', graphql(`query CommercialisationJourneyProject($id: ID) { project(id: $id) { isTripleHelix helices participants { role organization { slug } } } }`), { id: projectId });
    expect(seen.data.project.isTripleHelix).toBe(true);
    expect([...seen.data.project.helices].sort()).toEqual(['ACADEMIA', 'GOVERNMENT', 'INDUSTRY']);

    const input = {
      code: 'EIU-WQS-2026',
      title: 'Low-cost IoT water-quality sensor',
      abstract: 'A solar-powered probe measures pH, dissolved oxygen, turbidity and conductivity of industrial effluent and reports over LoRaWAN, at a tenth of the cost of imported stations.',
      fields: ['Environmental engineering', 'Electrical and electronic engineering'],
      keywords: ['water quality', 'sensor', 'IoT', 'LoRaWAN', 'wastewater'],
      projectIds: [projectId],
      owners: [{ organizationId: ids.eiu, share: '100', validFrom: yearStart }],
      inventors: [
        { userId: people.inventor.id, affiliationOrganizationId: ids['eiu-fablab'], share: '60' },
        { externalName: 'Nguyễn Thị Ngọc (sample data)', affiliationName: 'Independent water engineer', share: '30' },
      ],
    };
    // Shares must total exactly 100%: a typed answer says what they total.
    const short = await as('eiuEditor', technologyMutation, { input });
    expect(short.data.createTechnology).toMatchObject({ __typename: 'SharesDoNotTotalError', subject: 'INVENTORS', total: '90.00' });
    const overOwned = await as('eiuEditor', technologyMutation, { input: { ...input, owners: [{ organizationId: ids.eiu, share: '100', validFrom: yearStart }, { organizationId: ids['becamex-idc'], share: '10', validFrom: yearStart }] } });
    expect(overOwned.data.createTechnology).toMatchObject({ __typename: 'SharesDoNotTotalError', subject: 'OWNERS', total: '110.00' });
    // A Becamex editor cannot record a technology owned by EIU alone.
    expect(errorCode(await as('becamexEditor', technologyMutation, { input: { ...input, inventors: [] } }))).toBe('NOT_FOUND');

    input.inventors[1].share = '40';
    const created = await as('eiuEditor', technologyMutation, { input });
    technology = expectResult(created.data.createTechnology, 'Technology');
    expect(technology).toMatchObject({
      __typename: 'Technology',
      code: 'EIU-WQS-2026',
      currentTrl: null,
      owners: [{ organization: { slug: 'eiu' }, share: '100.00', validFrom: yearStart }],
      projects: [{ code: 'EIU-WATER-IOT-01' }],
    });
    expect(expectResult(created.data.createTechnology, 'Technology').inventors).toEqual(expect.arrayContaining([
      expect.objectContaining({ share: '60.00', user: { id: people.inventor.id }, affiliationOrganization: { slug: 'eiu-fablab' } }),
      expect.objectContaining({ share: '40.00', externalName: 'Nguyễn Thị Ngọc (sample data)', user: null, affiliationOrganization: null }),
    ]));

    const assess = (level: number, assessedOn: string, evidence: string) =>
      as('eiuEditor', graphql(`mutation CommercialisationJourneyAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename ... on Technology { currentTrl version } ... on ErrorResult { code message field } } }`), {
        input: { technologyId: technology.id, level, assessedOn, evidence, assessorName: 'EIU technology transfer office (sample data)' },
      });
    expect(expectResult((await assess(3, yearStart, 'Sample data: laboratory proof of concept.')).data.assessTrl, 'Technology').currentTrl).toBe(3);
    const trl6 = (await assess(6, today, 'Sample data: three-month field trial at a Becamex industrial park wastewater plant.')).data.assessTrl;
    expect(expectResult(trl6, 'Technology').currentTrl).toBe(6);
    technology.version = expectResult(trl6, 'Technology').version;
    const history = await as('inventor', graphql(`query CommercialisationJourneyTechnology($id: ID) { technology(id: $id) { currentTrl trlHistory { level assessedOn } } }`), { id: technology.id });
    expect(history.data.technology.currentTrl).toBe(6);
    expect(history.data.technology.trlHistory.map((entry: { level: number }) => entry.level).sort()).toEqual([3, 6]);
  });

  it('3. the inventor discloses the invention; EIU evaluates it and decides to protect it', async () => {
    // One of the disclosure's mutations, by name: the steps are alike, and answered alike.
    const run = (who: string, name: keyof typeof disclosureMutations, input: Record<string, unknown>) => as(who, disclosureMutations[name] as AnyOperation, { input });
    const created = await run('inventor', 'createDisclosure', {
      technologyId: technology.id,
      organizationId: ids.eiu,
      title: 'Low-cost IoT water-quality sensor',
      description: 'Sample data: a multi-parameter probe with self-cleaning optics and a LoRaWAN modem; novelty in the calibration-free turbidity method.',
    });
    expect(created.data.createDisclosure).toMatchObject({ __typename: 'InventionDisclosure', status: 'DRAFT', version: 1 });
    const disclosure = { id: created.data.createDisclosure.id as string, version: 1 };
    const step = (who: string, name: keyof typeof disclosureMutations, extra: Record<string, unknown> = {}) =>
      run(who, name, { id: disclosure.id, expectedVersion: disclosure.version, ...extra });
    const moved = (response: GraphQLResponse, status: string) => {
      const result = Object.values(response.data)[0] as { __typename: string; status: string; version: number };
      expect(result).toMatchObject({ __typename: 'InventionDisclosure', status });
      disclosure.version = result.version;
      return result;
    };

    // Out of order: the answer names the moves allowed from where it stands.
    expect((await step('eiuEditor', 'startDisclosureEvaluation')).data.startDisclosureEvaluation).toMatchObject({ __typename: 'InvalidDisclosureTransitionError', allowedStatuses: ['SUBMITTED'] });
    // While a draft, the inventors' shares are changed and checked again.
    const shares = await as('eiuEditor', graphql(`mutation CommercialisationJourneySetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {
      __typename ... on SharesDoNotTotalError { subject total } ... on ErrorResult { code } } }`), {
      input: { technologyId: technology.id, expectedVersion: technology.version, inventors: [{ userId: people.inventor.id, share: '60' }, { externalName: 'Nguyễn Thị Ngọc (sample data)', share: '50' }] },
    });
    expect(shares.data.setTechnologyInventors).toMatchObject({ __typename: 'SharesDoNotTotalError', subject: 'INVENTORS', total: '110.00' });

    expect(moved(await step('inventor', 'submitDisclosure'), 'SUBMITTED')).toMatchObject({ submittedBy: { id: people.inventor.id } });
    expect((await step('eiuEditor', 'decideDisclosure', { decision: 'PROTECT' })).data.decideDisclosure).toMatchObject({ __typename: 'InvalidDisclosureTransitionError', allowedStatuses: ['UNDER_EVALUATION'] });
    // The inventor cannot evaluate their own disclosure; Becamex, a project partner, cannot either.
    expect(errorCode(await step('inventor', 'startDisclosureEvaluation'))).toBe('FORBIDDEN');
    expect(errorCode(await step('becamexEditor', 'startDisclosureEvaluation'))).toBe('NOT_FOUND');
    moved(await step('eiuEditor', 'startDisclosureEvaluation'), 'UNDER_EVALUATION');
    const decided = moved(await step('eiuEditor', 'decideDisclosure', { decision: 'PROTECT', notes: 'Sample data: novel, inventive and wanted by industrial parks.' }), 'DECIDED');
    expect(decided).toMatchObject({ decision: 'PROTECT', decidedBy: { id: people.eiuEditor.id } });
    expect((await step('eiuEditor', 'decideDisclosure', { decision: 'PUBLISH' })).data.decideDisclosure).toMatchObject({ __typename: 'InvalidDisclosureTransitionError', allowedStatuses: [] });
    const mine = await as('inventor', graphql(`query CommercialisationJourneyMyDisclosures { myDisclosures { edges { node { title status decision } } } }`));
    expect(mine.data.myDisclosures.edges.map((edge: { node: unknown }) => edge.node)).toEqual([{ title: 'Low-cost IoT water-quality sensor', status: 'DECIDED', decision: 'PROTECT' }]);
  });

  it('4. EIU files a Vietnamese patent, and its deadlines come up with the right dates', async () => {
    // Filed on the last day of last month: the deadlines fall on month ends, where date arithmetic slips.
    const [{ filedOn }] = await t.dataSource.query(`SELECT (date_trunc('month', CURRENT_DATE) - interval '1 day')::date::text AS "filedOn"`);
    const applicationNumber = `1-${filedOn.slice(0, 4)}-07321`;
    const file = (who: string) => as(who, graphql(`mutation CommercialisationJourneyFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {
      __typename ...CommercialisationJourneyFiling ...CommercialisationJourneyError } }`), {
      input: { technologyId: technology.id, type: 'PATENT', jurisdiction: 'VN', applicationNumber, filingDate: filedOn, title: 'Thiết bị cảm biến chất lượng nước giá rẻ kết nối IoT' },
    });
    expect(errorCode(await file('inventor'))).toBe('FORBIDDEN');
    const filed = (await file('eiuEditor')).data.fileIpProtection;
    expect(filed).toMatchObject({ __typename: 'IpFiling', type: 'PATENT', jurisdiction: 'VN', applicationNumber, filingDate: filedOn, priorityDate: filedOn, status: 'FILED' });
    filing = { id: expectResult(filed, 'IpFiling').id, filingDate: filedOn, applicationNumber };

    // By hand: the Paris priority year ends 12 months after the priority date; examination must be
    // requested within 42 months (Law on IP Art. 113(2)).
    const priorityYear = monthsAfter(filedOn, 12);
    const examination = monthsAfter(filedOn, 42);
    expect(expectResult(filed, 'IpFiling').deadlines.map((d: { kind: string; dueOn: string }) => [d.kind, d.dueOn])).toEqual([
      ['PRIORITY_YEAR', priorityYear],
      ['EXAMINATION_REQUEST', examination],
    ]);
    const upcoming = graphql(`query CommercialisationJourneyUpcomingDeadlines($within: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $within, organizationId: $organizationId) {
      kind dueOn daysLeft legalSource filing { id applicationNumber } } }`);
    const withinYear = (await as('eiuEditor', upcoming, { within: 366, organizationId: ids.eiu })).data.upcomingDeadlines;
    expect(withinYear).toEqual([{ kind: 'PRIORITY_YEAR', dueOn: priorityYear, daysLeft: daysBetween(today, priorityYear), legalSource: expect.stringContaining('Paris Convention'), filing: { id: filing.id, applicationNumber } }]);
    const withinFiveYears = (await as('inventor', upcoming, { within: 1826 })).data.upcomingDeadlines;
    expect(withinFiveYears.map((d: { kind: string; dueOn: string; daysLeft: number }) => [d.kind, d.dueOn, d.daysLeft])).toEqual([
      ['PRIORITY_YEAR', priorityYear, daysBetween(today, priorityYear)],
      ['EXAMINATION_REQUEST', examination, daysBetween(today, examination)],
    ]);
    // Becamex, a project partner, is no owner: EIU's filings are not its business.
    expect((await as('becamexEditor', upcoming, { within: 1826 })).data.upcomingDeadlines).toEqual([]);
  });

  it('5. EIU offers a licence; Becamex IDC’s demand without diacritics finds it first; the public sees the summary only', async () => {
    const createOffer = (input: CreateOfferInput) =>
      as('eiuEditor', graphql(`mutation CommercialisationJourneyCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ...CommercialisationJourneyOffer ...CommercialisationJourneyError } }`), { input });
    const publishing = {
      publishOffer: graphql(`mutation CommercialisationJourneyPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename ...CommercialisationJourneyError } }`),
      publishDemand: graphql(`mutation CommercialisationJourneyPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename ...CommercialisationJourneyError } }`),
    };
    const publish = async (name: 'publishOffer' | 'publishDemand', who: string, item: { id: string; version: number }) => {
      const response = await as(who, publishing[name] as AnyOperation, { input: { id: item.id, expectedVersion: item.version, expiresOn: monthsAfter(today, 6) } });
      expect(response.data[name].__typename).toBe(name === 'publishOffer' ? 'TechnologyOffer' : 'TechnologyDemand');
    };

    const offer = (await createOffer({
      organizationId: ids.eiu,
      technologyId: technology.id,
      kind: 'LICENCE',
      language: 'EN',
      title: 'Low-cost IoT water-quality sensor',
      summary: 'Solar-powered probes measure pH, dissolved oxygen and turbidity of industrial effluent and report over LoRaWAN. Vietnamese patent pending.',
      details: 'Sample data: bill of materials, field-trial report and calibration protocol.',
      price: { amount: '150000000', currency: 'VND' },
      priceNote: 'Upfront fee plus a running royalty; negotiable',
      sectors: ['WATER', 'ENVIRONMENT'],
      keywords: ['water quality', 'sensor', 'IoT'],
    })).data.createOffer;
    expect(offer).toMatchObject({ __typename: 'TechnologyOffer', status: 'DRAFT', trl: 6 });
    await publish('publishOffer', 'eiuEditor', expectResult(offer, 'TechnologyOffer'));
    offerId = expectResult(offer, 'TechnologyOffer').id;

    // A near miss, so that first place means something: EIU's air-quality sensor, in Vietnamese.
    const air = await as('eiuEditor', technologyMutation, {
      input: { code: 'EIU-AQS-2026', title: 'Cảm biến chất lượng không khí giá rẻ', abstract: 'Sample data.', owners: [{ organizationId: ids.eiu, share: '100', validFrom: yearStart }] },
    });
    otherTechnologyId = expectResult(air.data.createTechnology, 'Technology').id;
    // An offer states no more than the technology was assessed at.
    await as('eiuEditor', graphql(`mutation JourneyAssessAirSensor($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }`), {
      input: { technologyId: otherTechnologyId, level: 5, evidence: 'Sample data: pilot in a residential area.', assessorName: 'EIU technology transfer office (sample data)' },
    });
    const airOffer = (await createOffer({
      organizationId: ids.eiu, technologyId: otherTechnologyId, kind: 'LICENCE', language: 'VI', trl: 5, sectors: ['ENVIRONMENT'],
      title: 'Cảm biến chất lượng không khí giá rẻ', summary: 'Đo bụi mịn PM2.5 trong khu dân cư (sample data).',
    })).data.createOffer;
    await publish('publishOffer', 'eiuEditor', expectResult(airOffer, 'TechnologyOffer'));

    const demand = (await as('becamexEditor', graphql(`mutation CommercialisationJourneyCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {
      __typename ... on TechnologyDemand { id version status } ... on ErrorResult { code message field } } }`), {
      input: {
        organizationId: ids['becamex-idc'],
        language: 'VI',
        title: 'cam bien chat luong nuoc cho khu cong nghiep',
        description: 'can giam sat chat luong nuoc thai tai cac khu cong nghiep, ket noi IoT, gia thap',
        sectors: ['WATER'],
        minTrl: 5,
        budget: { min: '100000000', max: '500000000', currency: 'VND' },
      },
    })).data.createDemand;
    expect(demand).toMatchObject({ __typename: 'TechnologyDemand', status: 'DRAFT' });
    await publish('publishDemand', 'becamexEditor', expectResult(demand, 'TechnologyDemand'));
    demandId = expectResult(demand, 'TechnologyDemand').id;

    const matches = await as('becamexMember', graphql(`query CommercialisationJourneyMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score offer { id organization { slug } } reasons { kind detail weight } } }`), { id: demandId });
    const ranked = matches.data.matchesForDemand as { score: number; offer: { id: string }; reasons: { kind: string; detail: string }[] }[];
    expect(ranked[0].offer).toEqual({ id: offerId, organization: { slug: 'eiu' } });
    expect(ranked.slice(1).every((match) => match.score < ranked[0].score)).toBe(true);
    expect(ranked[0].reasons).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'CROSS_LANGUAGE_TERM', detail: 'water quality / chất lượng nước' }),
      expect.objectContaining({ kind: 'SECTOR' }),
      expect.objectContaining({ kind: 'TRL', detail: 'TRL 6 meets the minimum of 5' }),
    ]));

    const readOffer = graphql(`query CommercialisationJourneyTechnologyOffer($id: ID!) { technologyOffer(id: $id) { ...CommercialisationJourneyOffer } }`);
    const anonymous = (await t.graphql(readOffer, { id: offerId })).data.technologyOffer;
    expect(anonymous).toMatchObject({ title: 'Low-cost IoT water-quality sensor', status: 'PUBLISHED', trl: 6, organization: { slug: 'eiu' }, details: null, price: null, priceNote: null });
    expect(anonymous.summary).toContain('LoRaWAN');
    const partner = (await as('becamexMember', readOffer, { id: offerId })).data.technologyOffer;
    expect(partner).toMatchObject({ details: 'Sample data: bill of materials, field-trial report and calibration protocol.', priceNote: 'Upfront fee plus a running royalty; negotiable' });
    // Prices keep two decimals whatever the currency, unlike the agreement's amounts (whole đồng).
    expect(partner.price).toEqual({ amount: expect.stringMatching(/^150000000(\.00)?$/), currency: 'VND' });
  });

  it('6. Becamex IDC expresses interest; the transfer centre brokers the deal up to negotiation, and the parties hear of it', async () => {
    const interest = await as('becamexEditor', graphql(`mutation CommercialisationJourneyExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {
      __typename ... on ExchangeInterest { id status } ... on ErrorResult { code message field } } }`), {
      input: { organizationId: ids['becamex-idc'], offerId, message: 'Sample data: we would like to pilot the sensor in two industrial parks.' },
    });
    expect(interest.data.expressInterest).toMatchObject({ __typename: 'ExchangeInterest', status: 'OPEN' });
    interestId = expectResult(interest.data.expressInterest, 'ExchangeInterest').id;

    const openDeal = graphql(`mutation CommercialisationJourneyOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError } }`);
    const input = { brokerOrganizationId: ids.broker, offerId, demandId, interestId, note: 'Sample data: matched on the provincial exchange' };
    // Only an intermediary brokers: EIU's editor cannot open a deal in the centre's name.
    expect(errorCode(await as('eiuEditor', openDeal, { input }))).toBe('NOT_FOUND');
    const opened = (await as('broker', openDeal, { input })).data.openDeal;
    expect(opened).toMatchObject({
      __typename: 'Deal', stage: 'INTEREST', agreementId: null,
      broker: { slug: expect.stringContaining('binh-duong-technology-transfer-centre') }, provider: { slug: 'eiu' }, seeker: { slug: 'becamex-idc' },
    });
    deal = { id: expectResult(opened, 'Deal').id, version: expectResult(opened, 'Deal').version };

    const advance = (stage: DealStage, extra: { note?: string } = {}, who = 'broker') => as(who, advanceDeal, { input: { id: deal.id, expectedVersion: deal.version, stage, ...extra } });
    expect((await advance('NEGOTIATING')).data.advanceDeal).toMatchObject({ __typename: 'InvalidDealTransitionError', allowedStages: ['INTRODUCED', 'DROPPED'] });
    expect(errorCode(await advance('INTRODUCED', {}, 'becamexEditor'))).toBe('FORBIDDEN');

    // Becamex IDC's member follows the organisation's activity while the broker moves the deal.
    const activity = follow(t.url!, graphql(`subscription CommercialisationJourneyOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action entityType entityId } }`), { id: ids['becamex-idc'] }, people.becamexMember.headers);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const stage of ['INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING'] as const) {
        const moved = (await advance(stage, { note: `Sample data: ${stage.toLowerCase()}` })).data.advanceDeal;
        expect(moved).toMatchObject({ __typename: 'Deal', stage, version: deal.version + 1 });
        deal.version = expectResult(moved, 'Deal').version;
        expect(await activity.next()).toEqual({
          data: { organizationActivity: { organizationId: ids['becamex-idc'], action: 'deal.stage_changed', entityType: 'Deal', entityId: deal.id } },
        });
      }
    } finally {
      await activity.stop();
    }
    const seen = await as('eiuEditor', graphql(`query CommercialisationJourneyDeal($id: ID!) { deal(id: $id) { stage history { from to byName } } }`), { id: deal.id });
    expect(seen.data.deal.history.map((change: { to: string }) => change.to)).toEqual(['INTEREST', 'INTRODUCED', 'NDA_SIGNED', 'NEGOTIATING']);
    expect(seen.data.deal.history.every((change: { byName: string }) => change.byName === 'Nguyễn Thị Mai')).toBe(true);
    expect(errorCode(await as('outsider', graphql(`query CommercialisationJourneyDeal2($id: ID!) { deal(id: $id) { id } }`), { id: deal.id }))).toBe('NOT_FOUND');
  });

  it('7. EIU licenses the technology to Becamex IDC; the broker closes the deal on that agreement', async () => {
    const create = (input: CreateAgreementInput) =>
      as('eiuEditor', graphql(`mutation CommercialisationJourneyCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {
        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError } }`), { input });
    const created = (await create({
      code: 'EIU-LIC-WQS-01',
      title: 'Non-exclusive licence of the low-cost IoT water-quality sensor (sample data)',
      type: 'LICENCE_NON_EXCLUSIVE',
      technologyIds: [technology.id],
      licensorIds: [ids.eiu],
      licenseeId: ids['becamex-idc'],
      territory: ['VN'],
      fieldOfUse: 'Monitoring of water and effluent in industrial parks',
      currency: 'VND',
      upfrontFee: '150000000',
      royaltyRate: '3.5',
    })).data.createAgreement;
    expect(created).toMatchObject({
      __typename: 'Agreement', status: 'NEGOTIATING', licensors: [{ slug: 'eiu' }], licensee: { slug: 'becamex-idc' }, technologies: [{ code: 'EIU-WQS-2026' }],
      terms: { currency: 'VND', upfrontFee: { amount: '150000000', currency: 'VND' }, royaltyRate: '3.5' },
    });
    agreement = { id: expectResult(created, 'Agreement').id, version: expectResult(created, 'Agreement').version };

    const transition = (status: AgreementStatus, on?: string, who = 'eiuEditor') =>
      as(who, graphql(`mutation CommercialisationJourneyTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {
        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError ... on InvalidAgreementTransitionError { currentStatus allowedStatuses } } }`), {
        input: { id: agreement.id, expectedVersion: agreement.version, status, on },
      });
    expect((await transition('ACTIVE', today)).data.transitionAgreement).toMatchObject({ __typename: 'InvalidAgreementTransitionError', currentStatus: 'NEGOTIATING', allowedStatuses: ['EXECUTED', 'TERMINATED'] });
    expect(errorCode(await transition('EXECUTED', today, 'becamexEditor'))).toBe('FORBIDDEN');
    const executed = (await transition('EXECUTED', today)).data.transitionAgreement;
    expect(executed).toMatchObject({ status: 'EXECUTED', executedOn: today });
    agreement.version = expectResult(executed, 'Agreement').version;
    const active = (await transition('ACTIVE', today)).data.transitionAgreement;
    expect(active).toMatchObject({ status: 'ACTIVE', effectiveOn: today });
    agreement.version = expectResult(active, 'Agreement').version;

    // An agreement on another technology does not close this deal.
    const option = (await create({
      code: 'EIU-OPT-AQS-01', title: 'Option on the air-quality sensor (sample data)', type: 'OPTION',
      technologyIds: [otherTechnologyId], licensorIds: [ids.eiu], licenseeId: ids['becamex-idc'],
    })).data.createAgreement;
    const agree = (agreementId: string) => as('broker', advanceDeal, { input: { id: deal.id, expectedVersion: deal.version, stage: 'AGREED', agreementId } });
    expect((await agree(expectResult(option, 'Agreement').id)).data.advanceDeal).toMatchObject({ __typename: 'DealAgreementMismatchError', field: 'input.agreementId' });
    const agreed = (await agree(agreement.id)).data.advanceDeal;
    expect(agreed).toMatchObject({ __typename: 'Deal', stage: 'AGREED', agreementId: agreement.id });
    // The broker sees which agreement the deal produced, but not its terms: it is no party.
    expect((await as('broker', graphql(`query CommercialisationJourneyAgreement2($id: ID!) { agreement(id: $id) { id } }`), { id: agreement.id })).data.agreement).toBeNull();
  });

  it('8. EIU records a royalty and a patent cost and distributes the net exactly, to the đồng', async () => {
    const receipt = await as('eiuEditor', graphql(`mutation CommercialisationJourneyRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {
      __typename ... on RevenueReceipt { id kind amount { amount currency } } ... on ErrorResult { code message field } } }`), {
      input: { agreementId: agreement.id, kind: 'ROYALTY', amount: '123456789', receivedOn: today, reference: 'Sample data: BCM-RY-Q3' },
    });
    expect(receipt.data.recordRevenueReceipt).toMatchObject({ __typename: 'RevenueReceipt', amount: { amount: '123456789', currency: 'VND' } });
    const cost = await as('eiuEditor', graphql(`mutation CommercialisationJourneyRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {
      __typename ... on RevenueCost { id kind amount { amount currency } filingReference } ... on ErrorResult { code message field } } }`), {
      input: { agreementId: agreement.id, kind: 'PATENT', amount: '4500001', incurredOn: filing.filingDate, technologyId: technology.id, filingReference: filing.applicationNumber, description: 'Sample data: filing and publication fees' },
    });
    expect(cost.data.recordRevenueCost).toMatchObject({ __typename: 'RevenueCost', amount: { amount: '4500001', currency: 'VND' }, filingReference: filing.applicationNumber });

    const policy = (who: string) => as(who, graphql(`mutation CommercialisationJourneySetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {
      __typename ... on DistributionPolicy { inventorsShare unitsShare institutionShare validFrom } ... on ErrorResult { code message field } } }`), {
      input: { organizationId: ids.eiu, inventorsShare: '40', unitsShare: '30', institutionShare: '30', validFrom: yearStart, note: 'Sample data: EIU rector’s decision on sharing licence income' },
    });
    expect(errorCode(await policy('eiuEditor'))).toBe('FORBIDDEN');
    expect((await policy('eiuAdmin')).data.setDistributionPolicy).toMatchObject({ inventorsShare: '40', unitsShare: '30', institutionShare: '30', validFrom: yearStart });

    const distribute = (who: string) => as(who, graphql(`mutation CommercialisationJourneyDistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) {
      __typename ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency }
        lines { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn version payer { slug } organization { slug } } }
      ...CommercialisationJourneyError } }`), { id: agreement.id, upTo: today });
    expect(errorCode(await distribute('becamexEditor'))).toBe('FORBIDDEN');
    distribution = expectResult((await distribute('eiuEditor')).data.distributeRevenue, 'RevenueDistribution');
    expect(distribution).toMatchObject({ __typename: 'RevenueDistribution', periodEnd: today, gross: { amount: '123456789', currency: 'VND' }, costs: { amount: '4500001' }, net: { amount: '118956788', currency: 'VND' } });
    expect(BigInt(distribution.gross.amount) - BigInt(distribution.costs.amount)).toBe(BigInt(distribution.net.amount));
    expect(sum(distribution.lines.map((line) => line.amount.amount))).toBe(118_956_788n);

    /*
     * By hand. Net = 123,456,789 − 4,500,001 = 118,956,788 đồng, all EIU's (100% owner).
     * Policy 40 / 30 / 30; inventors Khoa 60% (unit: EIU Fablab) and Ngọc 40% (no unit on the
     * platform, so her unit part goes to the institution):
     *   Khoa (inventor)  40% × 60%          = 24% → 28,549,629.12
     *   Ngọc (inventor)  40% × 40%          = 16% → 19,033,086.08
     *   EIU Fablab (unit) 30% × 60%         = 18% → 21,412,221.84
     *   EIU (institution) 30% + 30% × 40%   = 42% → 49,961,850.96
     * Each line gets its exact share rounded down (118,956,786 in all); the 2 đồng left go one each to
     * the lines with the largest remainders: EIU (.96), then EIU Fablab (.84).
     */
    const [khoa, ngoc] = [technology.inventors.find((i) => i.user?.id === people.inventor.id)!.id, technology.inventors.find((i) => i.user === null)!.id];
    const byBeneficiary = Object.fromEntries(
      distribution.lines.map((line) => [line.beneficiaryKind === 'INVENTOR' ? line.technologyInventorId : `${line.beneficiaryKind}:${line.organization.slug}`, line.amount.amount]),
    );
    expect(byBeneficiary).toEqual({
      [khoa]: '28549629',
      [ngoc]: '19033086',
      'UNIT:eiu-fablab': '21412222',
      'INSTITUTION:eiu': '49961851',
    });
    expect(distribution.lines.every((line) => line.payer.slug === 'eiu' && line.status === 'PENDING' && line.amount.currency === 'VND')).toBe(true);
    expect(distribution.lines.find((line) => line.technologyInventorId === khoa)).toMatchObject({ inventorUserId: people.inventor.id, inventorName: 'Trần Minh Khoa' });
    expect(distribution.lines.find((line) => line.technologyInventorId === ngoc)).toMatchObject({ inventorUserId: null, inventorName: 'Nguyễn Thị Ngọc (sample data)' });

    // Counted once: the receipt and the cost now belong to this distribution.
    const counted = (await as('eiuEditor', agreementAsParty, { id: agreement.id })).data.agreement;
    expect(counted.receipts.map((r: { distributionId: string }) => r.distributionId)).toEqual([distribution.id]);
    expect(counted.costs.map((c: { distributionId: string }) => c.distributionId)).toEqual([distribution.id]);
    expect((await distribute('eiuEditor')).data.distributeRevenue.__typename).toBe('NothingToDistributeError');

    const line = distribution.lines.find((l) => l.technologyInventorId === khoa);
    const paid = await as('eiuEditor', graphql(`mutation CommercialisationJourneyMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {
      __typename ... on DistributionLine { status paidOn paymentReference amount { amount } } ... on ErrorResult { code message field } } }`), {
      input: { lineId: line.id, expectedVersion: line.version, paidOn: today, reference: 'Sample data: EIU-PAY-0042' },
    });
    expect(paid.data.markDistributionLinePaid).toEqual({ __typename: 'DistributionLine', status: 'PAID', paidOn: today, paymentReference: 'Sample data: EIU-PAY-0042', amount: { amount: '28549629' } });
  });

  it('9. the licensee reads the terms and receipts; others do not; the inventor sees their own line', async () => {
    const asLicensee = (await as('becamexMember', agreementAsParty, { id: agreement.id })).data.agreement;
    expect(asLicensee).toMatchObject({
      code: 'EIU-LIC-WQS-01', status: 'ACTIVE', licensee: { slug: 'becamex-idc' },
      terms: { currency: 'VND', upfrontFee: { amount: '150000000' }, royaltyRate: '3.5' },
      receipts: [{ kind: 'ROYALTY', amount: { amount: '123456789', currency: 'VND' }, receivedOn: today }],
    });

    // The DOST funded the project but is no party to the licence; Eindhoven has nothing to do with it.
    for (const who of ['dostMember', 'outsider', 'broker']) {
      expect((await as(who, agreementAsParty, { id: agreement.id })).data.agreement).toBeNull();
      expect((await as(who, graphql(`query CommercialisationJourneyAgreements { agreements { totalCount } }`))).data.agreements.totalCount).toBe(0);
    }
    expect(errorCode(await as('outsider', graphql(`mutation RecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename } }`), {
      input: { agreementId: agreement.id, kind: 'ROYALTY', amount: '1', receivedOn: today },
    }))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(agreementAsParty, { id: agreement.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.graphql(graphql(`query CommercialisationJourneyMyDistributionLines { myDistributionLines { totalCount } }`)))).toBe('UNAUTHENTICATED');

    const own = graphql(`query CommercialisationJourneyMyDistributionLines2 { myDistributionLines { totalCount edges { node { beneficiaryKind inventorName amount { amount currency } status paidOn agreement { code } } } } }`);
    expect((await as('inventor', own)).data.myDistributionLines).toEqual({
      totalCount: 1,
      edges: [{ node: { beneficiaryKind: 'INVENTOR', inventorName: 'Trần Minh Khoa', amount: { amount: '28549629', currency: 'VND' }, status: 'PAID', paidOn: today, agreement: { code: 'EIU-LIC-WQS-01' } } }],
    });
    expect((await as('becamexMember', own)).data.myDistributionLines.totalCount).toBe(0);

    // Each step was recorded in EIU's trail, read by its admin.
    const trail = await as('eiuAdmin', graphql(`query CommercialisationJourneyAuditLog($id: ID) { auditLog(organizationId: $id, first: 100) { edges { node { action } } } }`), { id: ids.eiu });
    const actions = new Set(trail.data.auditLog.edges.map((edge: { node: { action: string } }) => edge.node.action));
    for (const action of ['disclosure.decided', 'deal.stage_changed', 'revenue.distributed']) expect(actions).toContain(action);
  });
});
