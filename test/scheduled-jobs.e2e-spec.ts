import { ApiKeyReminders } from '../src/api-keys/api-key-reminders.js';
import { ObligationReminders } from '../src/agreements/obligation-reminders.js';
import { ExchangeExpiry } from '../src/exchange/exchange-expiry.js';
import { SessionPruning } from '../src/identity/session-pruning.js';
import { IpDeadlineReminders } from '../src/technologies/ip-deadline-reminders.js';
import { graphql } from './graphql/index.js';
import type { Account } from './support/accounts.js';
import { createDemand, publish } from './support/exchange.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const createApiKey = graphql(`mutation ScheduledJobsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`);
const addObligation = graphql(`mutation ScheduledJobsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }`);
const fileIpProtection = graphql(`mutation ScheduledJobsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } ... on ErrorResult { code message } } }`);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The jobs the queue runs on a schedule: each does its work once, however often it runs. */
describe('scheduled jobs', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Account;
  let partnerAdmin: Account;
  let organization: { id: string };
  let partner: { id: string };

  const mails = (kind: string) => t.dataSource.query(`SELECT recipient, language, payload FROM outbox_message WHERE kind = $1 ORDER BY recipient`, [kind]);

  beforeAll(async () => {
    t = await startTestApp();
    fx = fixtures(t);
    admin = await fx.newUser({ email: 'admin@sample-university.example' });
    partnerAdmin = await fx.newUser({ email: 'admin@sample-partner.example' });
    organization = await fx.newOrganization({ admin, verified: true, name: 'Sample data: university', helix: 'ACADEMIA', kind: 'UNIVERSITY', country: 'VN' });
    partner = await fx.newOrganization({ admin: partnerAdmin, verified: true, name: 'Sample data: Eindhoven company', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY', country: 'NL' });
  });
  afterAll(() => t.close());

  it('are scheduled in the queue by the processes that run workers', async () => {
    const worker = await startTestApp({ SERVICE_ROLE: 'all' }, { database: t.database });
    try {
      const schedules: { name: string; cron: string }[] = await t.dataSource.query(`SELECT name, cron FROM pgboss.schedule ORDER BY name`);
      expect(schedules.map(({ name }) => name)).toEqual(['api-keys.remind', 'exchange.expire', 'ip-deadlines.remind', 'obligations.remind', 'sessions.prune']);
    } finally {
      await worker.close();
    }
  });

  it('stores published offers and demands past their expiry date as EXPIRED, with an audit row, once', async () => {
    const demand = await createDemand(t, admin, { organizationId: organization.id, title: 'Sample data: demand' });
    await publish(t, admin, 'demand', demand);
    const live = await createDemand(t, admin, { organizationId: organization.id, title: 'Sample data: live demand' });
    await publish(t, admin, 'demand', live);
    await t.dataSource.query(`UPDATE technology_demand SET published_on = CURRENT_DATE - 30, expires_on = CURRENT_DATE - 1 WHERE id = $1`, [demand.id]);

    expect(await t.app.get(ExchangeExpiry).expire()).toBe(1);
    expect(await t.app.get(ExchangeExpiry).expire()).toBe(0);
    const rows: { id: string; status: string }[] = await t.dataSource.query(`SELECT id, status FROM technology_demand WHERE id = ANY($1) ORDER BY status`, [[demand.id, live.id]]);
    expect(rows).toEqual([{ id: demand.id, status: 'EXPIRED' }, { id: live.id, status: 'PUBLISHED' }]);
    const [audit] = await t.dataSource.query(`SELECT action, organization_id, request_id FROM audit_event WHERE entity_id = $1 AND action = 'demand.expired'`, [demand.id]);
    expect(audit).toEqual({ action: 'demand.expired', organization_id: organization.id, request_id: 'job:exchange.expire' });
  });

  it('deletes sessions ended more than a week ago, keeping live ones', async () => {
    const [{ count: before }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM auth_session WHERE user_id = $1`, [admin.id]);
    const [old] = await t.dataSource.query(
      `INSERT INTO auth_session (user_id, expires_at, revoked_at, revoked_reason, created_at) VALUES ($1, now() + interval '20 days', now() - interval '8 days', 'LOGOUT', now() - interval '9 days') RETURNING id`,
      [admin.id],
    );
    await t.dataSource.query(`INSERT INTO auth_session (user_id, expires_at, created_at) VALUES ($1, now() - interval '10 days', now() - interval '40 days')`, [admin.id]);
    expect(await t.app.get(SessionPruning).prune()).toBeGreaterThanOrEqual(2);
    const [{ count: after }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM auth_session WHERE user_id = $1`, [admin.id]);
    expect(after).toBe(before);
    expect(await t.dataSource.query(`SELECT 1 FROM auth_session WHERE id = $1`, [old.id])).toEqual([]);
    // The admin's own session still works.
    expect((await t.graphql(graphql(`query ScheduledJobsMe { me { id } }`), {}, admin.headers)).data?.me?.id).toBe(admin.id);
  });

  it('tells an organisation’s admins of an API key expiring within a week, once, in their organisation’s language', async () => {
    await t.graphql(createApiKey, { input: { organizationId: organization.id, name: 'Sample data: dashboard', scopes: ['READ'], expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString() } }, admin.headers);
    await t.graphql(createApiKey, { input: { organizationId: organization.id, name: 'Sample data: later', scopes: ['READ'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } }, admin.headers);
    await t.app.get(ApiKeyReminders).remind();
    await t.app.get(ApiKeyReminders).remind();
    const sent = await mails('api_key_expiring');
    expect(sent).toEqual([{ recipient: 'admin@sample-university.example', language: 'vi', payload: expect.objectContaining({ keyName: 'Sample data: dashboard' }) }]);
  });

  it('reminds both sides of an agreement in force of an obligation falling due, once each', async () => {
    const technology = await fx.newTechnology(admin, { ownerIds: [organization.id] });
    const agreement = await fx.newAgreement(admin, { technologyIds: [technology.id], licensorIds: [organization.id], licenseeId: partner.id, active: true });
    const due = await t.graphql(addObligation, { input: { agreementId: agreement.id, kind: 'REPORT', description: 'Sample data: annual report', dueOn: day(5), owedBy: 'LICENSEE' } }, admin.headers);
    expectResult(due.data?.addObligation, 'AgreementObligation', due);
    await t.graphql(addObligation, { input: { agreementId: agreement.id, kind: 'REPORT', description: 'Sample data: far report', dueOn: day(90), owedBy: 'LICENSEE' } }, admin.headers);
    await t.app.get(ObligationReminders).remind();
    await t.app.get(ObligationReminders).remind();
    const sent = await mails('obligation_due');
    expect(sent.map((mail: { recipient: string; language: string }) => [mail.recipient, mail.language])).toEqual([
      ['admin@sample-partner.example', 'en'],
      ['admin@sample-university.example', 'vi'],
    ]);
    expect(sent[0].payload).toMatchObject({ obligation: 'Sample data: annual report', dueOn: day(5) });
  });

  it('reminds a technology’s owners of an IP deadline within 30 days, once', async () => {
    const technology = await fx.newTechnology(admin, { ownerIds: [organization.id] });
    // Filed eleven months and a half ago: claiming its priority abroad is due within the month.
    const filed = new Date();
    filed.setUTCMonth(filed.getUTCMonth() - 12);
    filed.setUTCDate(filed.getUTCDate() + 15);
    const filing = await t.graphql(fileIpProtection, { input: { technologyId: technology.id, type: 'PATENT', jurisdiction: 'VN', filingDate: filed.toISOString().slice(0, 10), applicationNumber: '1-2026-SAMPLE' } }, admin.headers);
    expectResult(filing.data?.fileIpProtection, 'IpFiling', filing);
    await t.app.get(IpDeadlineReminders).remind();
    await t.app.get(IpDeadlineReminders).remind();
    const sent = await mails('ip_deadline_due');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recipient: 'admin@sample-university.example', payload: { filing: '1-2026-SAMPLE' } });
  });
});
