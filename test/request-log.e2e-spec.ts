import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import { APP_LOGGER } from '../src/config/config.module.js';
import { register } from './support/accounts.js';
import { captureLog, type LogLine } from './support/log-capture.js';
import { createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

/** Every request is logged once, when answered, with what an operator needs to find it. */
describe('the request log', () => {
  let t: TestApp;
  let log: LogLine[];

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { listen: true });
    log = captureLog(t.app.get<Logger>(APP_LOGGER));
  });
  afterAll(() => t.close());

  const linesOf = (requestId: string) => log.filter((line) => line.reqId === requestId);

  it('writes one line per request, naming the operation, its status and its time, and no credential', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: '203.0.113.7',
      headers: { authorization: 'Bearer not-a-token', cookie: 'session=a-cookie-secret', 'x-request-id': 'log-test-1' },
      payload: { query: 'query Directory { organizations(first: 1) { totalCount } }', operationName: 'Directory' },
    });
    expect(response.headers['x-request-id']).toBe('log-test-1');
    const lines = linesOf('log-test-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request completed',
      operation: 'Directory',
      req: { method: 'POST', url: '/graphql', remoteAddress: '203.0.113.7' },
      res: { statusCode: response.statusCode },
      responseTime: expect.any(Number),
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/not-a-token|a-cookie-secret/);
    const keyed = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'x-api-key': 'thk_not-a-key', 'x-request-id': 'log-test-4' }, payload: { query: '{ __typename }' } });
    expect(keyed.statusCode).toBe(401);
    expect(linesOf('log-test-4')).toHaveLength(1);
    expect(JSON.stringify(linesOf('log-test-4'))).not.toContain('thk_not-a-key');
  });

  it('names the operation of a GET from its query string', async () => {
    const query = encodeURIComponent('query Ping { __typename }');
    const response = await t.app.inject({ method: 'GET', url: `/graphql?query=${query}&operationName=Ping`, headers: { 'x-request-id': 'log-test-2' } });
    expect(response.statusCode).toBe(200);
    expect(linesOf('log-test-2')).toEqual([expect.objectContaining({ msg: 'request completed', operation: 'Ping', req: expect.objectContaining({ method: 'GET' }) })]);
  });

  it('logs a request without an operation name, or to another path, all the same', async () => {
    await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'log-test-3' } });
    const [line] = linesOf('log-test-3');
    expect(line).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/health' } });
    expect(line.operation).toBeUndefined();
  });

  it('writes the request id and operation on every line of a request, those of the service too', async () => {
    const person = await register(t, 'log.founder@example.org');
    // A fault of the service: the table lost a column its writes need.
    await t.dataSource.query(`ALTER TABLE organization RENAME COLUMN short_name TO short_name_gone`);
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { ...person.headers, 'x-request-id': 'log-test-5' },
        payload: {
          query: graphql(`mutation LogBrokenFounding($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }`).toString(),
          variables: { input: { name: 'Sample data: broken table', helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } },
        },
      });
      expect(response.json().errors[0].extensions.code).toBe('INTERNAL');
    } finally {
      await t.dataSource.query(`ALTER TABLE organization RENAME COLUMN short_name_gone TO short_name`);
    }
    const lines = linesOf('log-test-5');
    // The SQL logger writes through the process logger, not the request's, and names no request itself.
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ['error', 'SQL statement failed'],
      ['error', 'unexpected error in a GraphQL operation'],
      ['info', 'request completed'],
    ]);
    for (const line of lines) expect(line).toMatchObject({ reqId: 'log-test-5', operation: 'LogBrokenFounding' });
  });

  it("logs a caller's mistakes at info, and only faults at error", async () => {
    log.length = 0;
    const person = await register(t, 'log.person@example.org');
    const stranger = await register(t, 'log.stranger@example.org');
    const organization = await createOrganization(t, person);
    const mistakes: { payload?: string | object; headers?: Record<string, string>; url?: string; method?: 'GET' | 'POST' }[] = [
      // Not JSON; not a JSON media type; no query.
      { payload: '{"query": ', headers: { 'content-type': 'application/json' } },
      { payload: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { payload: { variables: {} } },
      // Syntax and validation.
      { payload: { query: '{ organizations(' } },
      { payload: { query: '{ noSuchField }' } },
      { payload: { query: 'query LogBadVariable($first: Int) { organizations(first: $first) { totalCount } }', variables: { first: 'many' } } },
      // Credentials: none, bad, and another organisation's record.
      { payload: { query: 'query LogMe { me { id } }' } },
      { payload: { query: '{ __typename }' }, headers: { authorization: 'Bearer not-a-token' } },
      { payload: { query: `query LogDeal { deal(id: "${randomUUID()}") { id } }` }, headers: stranger.headers },
      { payload: { query: `query LogNotAnId { deal(id: "not-an-id") { id } }` }, headers: stranger.headers },
      // Over the limits of an operation.
      { payload: { query: `{ ${'__typename '.repeat(2_100)} }` } },
      // Plain routes.
      { method: 'GET', url: '/no-such-page' },
      { method: 'GET', url: '/charts/helix-triangle.svg', headers: { authorization: 'Bearer not-a-token' } },
    ];
    for (const [i, mistake] of mistakes.entries()) {
      const response = await t.app.inject({
        method: mistake.method ?? 'POST',
        url: mistake.url ?? '/graphql',
        headers: { ...mistake.headers, 'x-request-id': `log-mistake-${i}` },
        payload: mistake.payload,
      });
      expect(response.statusCode === 200 ? response.json().errors : response.statusCode).toBeDefined();
    }
    // A subscription refused for another organisation's activity.
    const client = createClient({
      url: t.url!.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: stranger.headers.authorization },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
    const refused = new Promise<unknown>((resolve) =>
      client.subscribe(
        { query: graphql(`subscription LogRefusedActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }`).toString(), variables: { id: organization.id } },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      ),
    );
    expect(JSON.stringify(await refused)).toMatch(/not visible to you/);
    await client.dispose();

    for (const [i] of mistakes.entries()) {
      expect(linesOf(`log-mistake-${i}`).map((line) => line.level)).toEqual(expect.arrayContaining(['info']));
    }
    const loud = log.filter((line) => line.level === 'error' || line.level === 'fatal' || line.level === 'warn');
    expect(loud).toEqual([]);
  });
});
