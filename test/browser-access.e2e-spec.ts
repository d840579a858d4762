import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const typename = graphql(`query BrowserAccessTypename { __typename }`);

/** A browser's preflight before a cross-origin JSON POST carrying a token. */
const preflight = (t: TestApp, origin: string, url = '/graphql') =>
  t.app.inject({
    method: 'OPTIONS',
    url,
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });

const corsHeaders = (headers: Record<string, unknown>) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

describe('CORS', () => {
  describe('with no origin configured (the default)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('sends no CORS header and answers no preflight', async () => {
      const response = await t.graphql(typename, {}, { origin: 'https://a.example' });
      expect(response.data).toEqual({ __typename: 'Query' });
      expect(corsHeaders(response.headers)).toEqual([]);
      const refused = await preflight(t, 'https://a.example');
      expect(refused.statusCode).toBe(404);
      expect(corsHeaders(refused.headers)).toEqual([]);
    });
  });

  describe('with an allow-list', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ CORS_ORIGINS: 'https://a.example,https://b.example:8443' });
    });
    afterAll(() => t.close());

    it('answers the preflight of an allowed origin with the methods and headers a GraphQL client needs, without credentials', async () => {
      const response = await preflight(t, 'https://b.example:8443');
      expect(response.statusCode).toBe(204);
      expect(response.headers).toMatchObject({
        'access-control-allow-origin': 'https://b.example:8443',
        'access-control-allow-methods': 'GET, HEAD, POST',
        'access-control-max-age': '600',
      });
      const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(', ');
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-api-key', 'idempotency-key']));
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      expect(String(response.headers.vary)).toMatch(/origin/i);
    });

    it('lets an allowed origin read answers and the headers clients use', async () => {
      const response = await t.graphql(typename, {}, { origin: 'https://a.example' });
      expect(response.data).toEqual({ __typename: 'Query' });
      expect(response.headers['access-control-allow-origin']).toBe('https://a.example');
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      const exposed = String(response.headers['access-control-expose-headers']).toLowerCase().split(', ');
      expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'ratelimit-remaining', 'retry-after']));
    });

    it.each(['https://evil.example', 'http://a.example', 'https://a.example:444', 'https://sub.a.example', 'null'])('gives %s no CORS header and no preflight', async (origin) => {
      const response = await t.graphql(typename, {}, { origin });
      expect(corsHeaders(response.headers)).toEqual([]);
      const refused = await preflight(t, origin);
      expect(refused.statusCode).toBe(404);
      expect(corsHeaders(refused.headers)).toEqual([]);
    });

    it('refuses a preflight that names no method', async () => {
      const response = await t.app.inject({ method: 'OPTIONS', url: '/graphql', headers: { origin: 'https://a.example' } });
      expect(response.statusCode).toBe(400);
    });
  });
});

describe('GraphiQL', () => {
  describe('when the IDE is on', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ GRAPHQL_IDE: 'true' });
    });
    afterAll(() => t.close());

    it('serves the page and every file it references itself, and lets the page load nothing from another host', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/graphiql', headers: { host: 'api.example.org' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = response.body;

      // Every URL the page names, in any attribute that loads something.
      const references = [...html.matchAll(/\s(?:src|href|data-endpoint)="([^"]*)"/g)].map((match) => match[1]);
      expect(references.length).toBeGreaterThanOrEqual(7);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script
      expect(html).not.toMatch(/\sstyle="/); // no inline style attribute
      // No icon to fetch: an empty data: URL.
      expect(references.filter((reference) => reference.startsWith('data:'))).toEqual(['data:,']);
      for (const reference of references.filter((url) => !url.startsWith('data:'))) {
        const url = new URL(reference, 'https://api.example.org/graphiql');
        expect({ reference, host: url.host }).toEqual({ reference, host: 'api.example.org' });
        expect(reference).toMatch(/^\/(?!\/)/);
      }

      for (const reference of references.filter((url) => url.startsWith('/graphiql/assets/'))) {
        const asset = await t.app.inject({ method: 'GET', url: reference });
        expect({ reference, status: asset.statusCode }).toEqual({ reference, status: 200 });
        expect(asset.headers['content-type']).toMatch(reference.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
        expect(asset.headers['cache-control']).toContain('immutable');
        expect(asset.rawPayload.length).toBeGreaterThan(40);
        if (reference.endsWith('.css')) {
          // What a stylesheet loads (fonts, images) is embedded, or on this host.
          const loads = [...asset.body.matchAll(/url\(\s*["']?([^"')]*)/g)].map((match) => match[1]);
          expect(loads.filter((url) => !url.startsWith('data:') && !/^\/(?!\/)/.test(url))).toEqual([]);
        }
      }

      const policy = String(response.headers['content-security-policy']);
      const directives = new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      // No source anywhere names a host or a scheme that reaches one.
      const sources = [...directives.values()].flat();
      expect(sources.filter((source) => !/^'(self|none|nonce-[A-Za-z0-9+/=]+)'$/.test(source) && source !== 'data:')).toEqual([]);
      // The style nonce is the page's own, and new on every load.
      const nonce = /data-style-nonce="([^"]+)"/.exec(html)![1];
      expect(directives.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
      const again = await t.app.inject({ method: 'GET', url: '/graphiql' });
      expect(/data-style-nonce="([^"]+)"/.exec(again.body)![1]).not.toBe(nonce);
    });

    it('starts GraphiQL against /graphql, with subscriptions over graphql-ws at the same path', async () => {
      const html = (await t.app.inject({ method: 'GET', url: '/graphiql' })).body;
      expect(html).toContain('data-endpoint="/graphql"');
      const start = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
      expect(start.map((url) => url.replace(/\.[0-9a-f]{16}\./, '.'))).toEqual([
        '/graphiql/assets/react.js',
        '/graphiql/assets/react-dom.js',
        '/graphiql/assets/graphql-ws.js',
        '/graphiql/assets/graphiql.js',
        '/graphiql/assets/start.js',
      ]);
      const script = (await t.app.inject({ method: 'GET', url: start.at(-1)! })).body;
      expect(script).toContain('graphqlWs.createClient');
      expect(script).toContain("'wss:' : 'ws:'");
    });

    it('answers 404 for files it does not serve', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/graphiql/assets/react.0000000000000000.js' })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/graphiql/assets/../package.json' })).statusCode).toBe(404);
    });
  });

  it('is not served when the IDE is off', async () => {
    const t = await startTestApp();
    try {
      expect((await t.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
