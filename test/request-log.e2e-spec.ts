import type { Logger } from 'pino';
import { APP_LOGGER } from '../src/config/config.module.js';
import { captureLog, type LogLine } from './support/log-capture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Every request is logged once, when answered, with what an operator needs to find it. */
describe('the request log', () => {
  let t: TestApp;
  let log: LogLine[];

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' });
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
});
