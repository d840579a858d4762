import { createHmac, timingSafeEqual } from 'node:crypto';
import { graphql } from './graphql/index.js';
import type { WebhookEventType } from './graphql/graphql.js';
import type { Account } from './support/accounts.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { eventually, startWebhookReceiver, type ReceivedDelivery } from './support/webhook-receiver.js';

/**
 * The README's verification, as an integrator writes it with node:crypto alone (not the service's
 * own code): HMAC-SHA256 over "<webhook-id>.<webhook-timestamp>.<body>" keyed with the secret's base64
 * part, compared in constant time, the timestamp within five minutes.
 */
function verify(secret: string, delivery: ReceivedDelivery): boolean {
  const id = String(delivery.headers['webhook-id']);
  const timestamp = String(delivery.headers['webhook-timestamp']);
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${delivery.body}`).digest('base64');
  return String(delivery.headers['webhook-signature'])
    .split(' ')
    .some((signature) => {
      const [version, value] = signature.split(',');
      return version === 'v1' && value.length === expected.length && timingSafeEqual(Buffer.from(value), Buffer.from(expected));
    });
}

const createEndpoint = graphql(`mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
  __typename
  ... on WebhookEndpointWithSecret { secret endpoint { id url eventTypes status version } }
  ... on ErrorResult { code message field }
} }`);
const endpointDeliveries = graphql(`query WebhooksDeliveries($id: ID) { organization(id: $id) { webhookEndpoints { id status disabledReason
  deliveries(first: 50) { totalCount edges { node { id eventId eventType status attempts lastStatusCode redeliveryOf attemptLog { statusCode error durationMs } } } } } } }`);
const redeliver = graphql(`mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename ... on WebhookDelivery { id eventId status } ... on ErrorResult { code message } } }`);
const updateEndpoint = graphql(`mutation WebhooksUpdateEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {
  __typename ... on WebhookEndpoint { status version } ... on ErrorResult { code message field } } }`);

describe('webhooks', () => {
  let t: TestApp;
  let fx: Fixtures;
  let adminA: Account;
  let memberA: Account;
  let adminB: Account;
  let orgA: { id: string };
  let orgB: { id: string };
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  const register = async (admin: Account, organizationId: string, path: string, eventTypes: WebhookEventType[] = ['PROJECT', 'PARTICIPATION']) => {
    const response = await t.graphql(createEndpoint, { input: { organizationId, url: `${receiver.url}${path}`, eventTypes } }, admin.headers);
    return expectResult(response.data?.createWebhookEndpoint, 'WebhookEndpointWithSecret', response);
  };
  const arrivedAt = (path: string) => receiver.received.filter((delivery) => delivery.path === path);
  const events = (path: string) => arrivedAt(path).map((delivery) => JSON.parse(delivery.body) as { id: string; type: string; organizationId: string; projectId: string | null; entity: { type: string; id: string } });

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await startTestApp({ SERVICE_ROLE: 'all', JOB_RELAY_INTERVAL_MS: '100', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'loopback', WEBHOOK_RETRY_DELAY_SECONDS: '1', WEBHOOK_RETRY_MAX_DELAY_SECONDS: '2', WEBHOOK_RETRY_WINDOW_SECONDS: '120' });
    fx = fixtures(t);
    adminA = await fx.newUser();
    adminB = await fx.newUser();
    orgA = await fx.newOrganization({ admin: adminA, verified: true, name: 'Sample data: university A', helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    orgB = await fx.newOrganization({ admin: adminB, verified: true, name: 'Sample data: company B', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' });
    memberA = await fx.newMember(orgA, adminA);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('delivers a change to the organisation’s endpoint, signed so that the README’s check verifies it', async () => {
    const { secret, endpoint } = await register(adminA, orgA.id, '/a');
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ status: 'ACTIVE', eventTypes: ['PARTICIPATION', 'PROJECT'] });
    const project = await fx.newProject(adminA, { coordinatorId: orgA.id });

    const [delivery] = await eventually(() => arrivedAt('/a').length > 0 && arrivedAt('/a'), 45_000, 'the delivery');
    expect(verify(secret, delivery)).toBe(true);
    // Altered in any part, it no longer verifies.
    expect(verify(secret, { ...delivery, body: delivery.body.replace('project', 'prOject') })).toBe(false);
    const otherSecret = `${secret.slice(0, 10)}${secret[10] === 'A' ? 'B' : 'A'}${secret.slice(11)}`;
    expect(verify(otherSecret, delivery)).toBe(false);
    expect(delivery.headers['content-type']).toBe('application/json');
    const event = JSON.parse(delivery.body);
    expect(event).toMatchObject({ id: delivery.headers['webhook-id'], type: 'project.created', category: 'project', organizationId: orgA.id, projectId: project.id, entity: { type: 'Project', id: project.id } });
    // A thin event: it names what changed, never the values.
    expect(event.changedFields).toEqual(expect.arrayContaining(['title']));
    expect(delivery.body).not.toContain('Sample data: project');
  });

  it('sends an organisation only what it may see: its own changes and those of projects it takes part in', async () => {
    await register(adminB, orgB.id, '/b');
    const alone = await fx.newProject(adminA, { coordinatorId: orgA.id, title: 'Sample data: A alone' });
    const shared = await fx.newProject(adminA, { coordinatorId: orgA.id, title: 'Sample data: shared' });
    await fx.addParticipant(adminA, shared.id, orgB.id, adminB);
    await eventually(() => events('/b').some((event) => event.type === 'participant.accepted' || event.entity.type === 'ProjectParticipant'), 45_000, 'B hearing of its participation');
    await eventually(() => events('/a').some((event) => event.projectId === shared.id && event.entity.type === 'ProjectParticipant'), 45_000, 'A hearing of B joining');
    expect(events('/b').map((event) => event.projectId)).not.toContain(alone.id);
    expect(events('/b').every((event) => event.organizationId === orgB.id || event.projectId === shared.id)).toBe(true);
  });

  it('keeps retrying while the endpoint is down, then delivers each missed event once, by id', async () => {
    const { endpoint } = await register(adminA, orgA.id, '/flaky', ['PROJECT']);
    receiver.status = 503;
    const projects = [await fx.newProject(adminA, { coordinatorId: orgA.id }), await fx.newProject(adminA, { coordinatorId: orgA.id })];
    // Attempts fail and are logged with the endpoint's answer.
    await eventually(async () => {
      const data = (await t.graphql(endpointDeliveries, { id: orgA.id }, adminA.headers)).data;
      const flaky = data.organization!.webhookEndpoints!.find((candidate) => candidate.id === endpoint.id)!;
      return flaky.deliveries.edges.filter(({ node }) => node.status === 'RETRYING' && node.attemptLog[0]?.statusCode === 503).length >= 2;
    }, 45_000, 'failed attempts to be logged');
    receiver.status = 200;
    await eventually(() => projects.every((project) => events('/flaky').some((event) => event.projectId === project.id)), 45_000, 'the missed deliveries');
    const ids = events('/flaky').map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    const data = (await t.graphql(endpointDeliveries, { id: orgA.id }, adminA.headers)).data;
    const flaky = data.organization!.webhookEndpoints!.find((candidate) => candidate.id === endpoint.id)!;
    expect(flaky.deliveries.edges.every(({ node }) => node.status === 'SUCCEEDED' && node.attempts >= 2 && node.lastStatusCode === 200)).toBe(true);
  }, 120_000);

  it('redelivers on request, as the same event', async () => {
    const data = (await t.graphql(endpointDeliveries, { id: orgA.id }, adminA.headers)).data;
    const first = data.organization!.webhookEndpoints!.flatMap((endpoint) => endpoint.deliveries.edges.map(({ node }) => node)).find((node) => node.status === 'SUCCEEDED')!;
    const before = receiver.received.filter((delivery) => delivery.headers['webhook-id'] === first.eventId).length;
    const again = expectResult((await t.graphql(redeliver, { id: first.id }, adminA.headers)).data?.redeliverWebhook, 'WebhookDelivery');
    expect(again.eventId).toBe(first.eventId);
    // Delivered again, under the same id (the same event may also reach A's other endpoints: count at least one more).
    await eventually(async () => {
      const [row] = await t.dataSource.query(`SELECT status FROM webhook_delivery WHERE id = $1`, [again.id]);
      return row.status === 'SUCCEEDED';
    }, 45_000, 'the redelivery');
    expect(receiver.received.filter((delivery) => delivery.headers['webhook-id'] === first.eventId).length).toBeGreaterThan(before);
    // Nobody else redelivers A's deliveries, or learns they exist.
    expect((await t.graphql(redeliver, { id: first.id }, adminB.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql(redeliver, { id: first.id }, memberA.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('disables an endpoint after every attempt failed, tells its admins by mail, and can be enabled again', async () => {
    const { endpoint } = await register(adminA, orgA.id, '/dead', ['PROJECT']);
    // Nothing listens on port 9 of the loopback: every attempt is refused.
    await t.dataSource.query(`UPDATE webhook_endpoint SET url = 'http://127.0.0.1:9/dead' WHERE id = $1`, [endpoint.id]);
    await fx.newProject(adminA, { coordinatorId: orgA.id });
    // Its event is made older than the retry window: the next failed attempt is the last.
    await eventually(async () => (await t.dataSource.query(`SELECT 1 FROM webhook_delivery WHERE endpoint_id = $1`, [endpoint.id])).length > 0, 45_000, 'the delivery');
    await t.dataSource.query(`UPDATE webhook_delivery SET created_at = created_at - interval '1 day' WHERE endpoint_id = $1`, [endpoint.id]);
    const disabled = await eventually(async () => {
      const data = (await t.graphql(endpointDeliveries, { id: orgA.id }, adminA.headers)).data;
      const dead = data.organization!.webhookEndpoints!.find((candidate) => candidate.id === endpoint.id)!;
      return dead.status === 'DISABLED' && dead;
    }, 75_000, 'the endpoint to be disabled');
    expect(disabled.disabledReason).toContain('every attempt to deliver project.created');
    const delivery = disabled.deliveries.edges[0].node;
    expect(delivery.status).toBe('FAILED');
    expect(delivery.attempts).toBeGreaterThanOrEqual(1);
    expect(delivery.attemptLog).toHaveLength(delivery.attempts);
    expect(delivery.attemptLog.every((attempt) => attempt.statusCode === null && /ECONNREFUSED/.test(attempt.error ?? ''))).toBe(true);
    const [mail] = await t.dataSource.query(`SELECT recipient, payload FROM outbox_message WHERE kind = 'webhook_disabled'`);
    expect(mail.payload).toMatchObject({ url: 'http://127.0.0.1:9/dead' });
    const [version] = await t.dataSource.query(`SELECT version FROM webhook_endpoint WHERE id = $1`, [endpoint.id]);
    const enabled = await t.graphql(updateEndpoint, { input: { id: endpoint.id, expectedVersion: version.version, enabled: true } }, adminA.headers);
    expect(expectResult(enabled.data?.updateWebhookEndpoint, 'WebhookEndpoint').status).toBe('ACTIVE');
  }, 120_000);

  it.each([
    ['http://10.0.0.7/hook', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'private'],
    ['http://[fd00::1]/hook', 'private'],
    ['http://[::ffff:192.168.1.1]/hook', 'private'],
    ['ftp://example.org/hook', 'http(s)'],
    ['https://user:pw@example.org/hook', 'user name'],
    ['not a url', 'absolute'],
  ])('refuses %s as an endpoint, as a typed error', async (url, words) => {
    const response = await t.graphql(createEndpoint, { input: { organizationId: orgA.id, url, eventTypes: ['PROJECT'] } }, adminA.headers);
    const error = expectResult(response.data?.createWebhookEndpoint, 'InvalidInputError');
    expect(error).toMatchObject({ field: 'input.url' });
    expect(error.message).toContain(words);
  });

  it('lets only the organisation’s admins register or list endpoints', async () => {
    const asMember = await t.graphql(createEndpoint, { input: { organizationId: orgA.id, url: `${receiver.url}/m`, eventTypes: ['PROJECT'] } }, memberA.headers);
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asOther = await t.graphql(createEndpoint, { input: { organizationId: orgA.id, url: `${receiver.url}/o`, eventTypes: ['PROJECT'] } }, adminB.headers);
    expect(asOther.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const listed = await t.graphql(endpointDeliveries, { id: orgA.id }, memberA.headers);
    expect(listed.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});

describe('webhooks in the metrics', () => {
  it('shows delivery attempts by outcome and the queue’s depth', async () => {
    const t = await startTestApp({ SERVICE_ROLE: 'all', JOB_RELAY_INTERVAL_MS: '100', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'loopback' });
    const receiver = await startWebhookReceiver();
    try {
      const fx = fixtures(t);
      const admin = await fx.newUser();
      const organization = await fx.newOrganization({ admin, verified: true });
      const created = await t.graphql(createEndpoint, { input: { organizationId: organization.id, url: `${receiver.url}/m`, eventTypes: ['PROJECT'] } }, admin.headers);
      expectResult(created.data?.createWebhookEndpoint, 'WebhookEndpointWithSecret', created);
      await fx.newProject(admin, { coordinatorId: organization.id });
      await eventually(() => receiver.received.length > 0, 45_000, 'the delivery');
      const scraped = await eventually(async () => {
        const body = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
        return /webhook_delivery_attempts_total\{outcome="succeeded"\} 1/.test(body) && body;
      }, 30_000, 'the counted attempt');
      expect(scraped).toMatch(/job_queue_jobs\{queue="webhook\.deliver",state="waiting"\} \d+/);
      expect(scraped).toMatch(/job_queue_jobs\{queue="mail\.send",state="failed"\} 0/);
    } finally {
      await t.close();
      await receiver.close();
    }
  }, 90_000);
});
