import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The GraphQL-over-HTTP spec's own conformance audit (graphql-http), over a real socket. */
describe('GraphQL over HTTP conformance', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { listen: true });
  });
  afterAll(() => t.close());

  it('fails no MUST of the spec', async () => {
    const results = await auditServer({ url: `${t.url}/graphql` });
    expect(results.length).toBeGreaterThan(30);
    const failures = results.filter((result) => result.status === 'error').map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
  });
});
