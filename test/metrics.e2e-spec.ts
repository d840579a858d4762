import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { register } from './support/accounts.js';
import { createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const token = 'a-scraper-token-of-some-length';
const scraper = { authorization: `Bearer ${token}` };

/** The value of the first sample of `name` whose labels include `labels`, from Prometheus' text format. */
function sampleOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_:][A-Za-z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]));
    if (Object.entries(labels).every(([key, value]) => has[key] === value)) return Number(match[3]);
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

describe('/metrics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: token }, { listen: true });
  });
  afterAll(() => t.close());

  async function scrape(): Promise<string> {
    const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: scraper });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.body;
  }

  it('refuses a scrape without the token, or with another', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-the-token' }, { authorization: token }]) {
      const refused = await t.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer');
      expect(refused.body).not.toContain('http_requests_total');
    }
  });

  it('counts a named operation with its outcome and time', async () => {
    const directory = graphql(`query MetricsDirectory { organizations(first: 1) { totalCount } }`);
    expect((await t.graphql(directory)).status).toBe(200);
    expect((await t.graphql(directory)).status).toBe(200);
    const text = await scrape();
    const labels = { route: '/graphql', operation: 'MetricsDirectory', outcome: 'ok' };
    expect(sampleOf(text, 'http_requests_total', labels)).toBe(2);
    expect(sampleOf(text, 'http_request_duration_seconds_count', labels)).toBe(2);
    expect(sampleOf(text, 'http_request_duration_seconds_sum', labels)).toBeGreaterThan(0);
    expect(sampleOf(text, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(2);
    expect(sampleOf(text, 'api_errors_total', { operation: 'MetricsDirectory' })).toBeUndefined();
  });

  it('counts errors and error results by their code', async () => {
    const me = graphql(`query MetricsMe { me { id } }`);
    expect((await t.graphql(me)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const registration = graphql(`mutation MetricsRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code } } }`);
    const refused = await t.graphql(registration, { input: { email: 'not-an-email', password: 'a-long-enough-password-1', displayName: 'Nobody' } });
    expect(refused.data.register).toMatchObject({ code: 'INVALID_INPUT' });
    // Refused before GraphQL runs: not JSON.
    await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query": ' });

    const text = await scrape();
    expect(sampleOf(text, 'http_requests_total', { operation: 'MetricsMe', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(sampleOf(text, 'api_errors_total', { route: '/graphql', operation: 'MetricsMe', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sampleOf(text, 'http_requests_total', { operation: 'MetricsRegister', outcome: 'INVALID_INPUT' })).toBe(1);
    expect(sampleOf(text, 'api_errors_total', { operation: 'MetricsRegister', code: 'INVALID_INPUT' })).toBe(1);
    expect(sampleOf(text, 'http_requests_total', { route: '/graphql', operation: 'anonymous', outcome: 'BAD_USER_INPUT' })).toBe(1);
  });

  it('labels plain routes by their pattern, unnamed operations as anonymous, and unknown paths as unmatched', async () => {
    await t.app.inject({ method: 'GET', url: '/health/live' });
    await t.graphql('{ __typename }');
    await t.app.inject({ method: 'GET', url: '/no-such-page/123' });
    const text = await scrape();
    expect(sampleOf(text, 'http_requests_total', { route: '/health/live', operation: '', outcome: 'ok' })).toBe(1);
    expect(sampleOf(text, 'http_requests_total', { route: '/graphql', operation: 'anonymous', outcome: 'ok' })).toBe(1);
    expect(sampleOf(text, 'http_requests_total', { route: 'unmatched', outcome: 'NOT_FOUND' })).toBe(1);
    expect(text).not.toContain('/no-such-page/123');
  });

  it('reports the database pool, the process, and the subscriptions open', async () => {
    let text = await scrape();
    expect(sampleOf(text, 'db_pool_connections_open')).toBeGreaterThan(0);
    expect(sampleOf(text, 'db_pool_connections_idle')).toBeGreaterThanOrEqual(0);
    expect(sampleOf(text, 'db_pool_waiting_requests')).toBe(0);
    expect(sampleOf(text, 'db_pool_connections_max')).toBe(10);
    expect(sampleOf(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleOf(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(sampleOf(text, 'graphql_subscriptions_open')).toBe(0);

    const admin = await register(t, 'metrics.admin@example.org');
    const organization = await createOrganization(t, admin);
    const client: Client = createClient({
      url: t.url!.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: admin.headers.authorization },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    const subscription = graphql(`subscription MetricsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }`);
    const stop = client.subscribe({ query: subscription.toString(), variables: { id: organization.id } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    try {
      for (let attempt = 0; attempt < 50 && sampleOf(text, 'graphql_subscriptions_open') !== 1; attempt++) {
        await sleep(100);
        text = await scrape();
      }
      expect(sampleOf(text, 'graphql_subscriptions_open')).toBe(1);
      stop();
      for (let attempt = 0; attempt < 50 && sampleOf(text, 'graphql_subscriptions_open') !== 0; attempt++) {
        await sleep(100);
        text = await scrape();
      }
      expect(sampleOf(text, 'graphql_subscriptions_open')).toBe(0);
    } finally {
      await client.dispose();
    }
  });

  it('names no organisation, person or id in any label', async () => {
    const text = await scrape();
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(text).not.toMatch(/example\.org|Sample organisation/);
  });
});

describe('/metrics when turned off', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ METRICS_ENABLED: 'false' });
  });
  afterAll(() => t.close());

  it('does not exist', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
  });
});
