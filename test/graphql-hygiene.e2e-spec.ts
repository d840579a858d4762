import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { printApiSchema } from '../src/common/graphql/schema.js';
import { ShutdownState } from '../src/health/shutdown-state.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Operations in this file stay strings: they test the transport and validation themselves (malformed, unknown fields, wrong types, raw bodies and content types).

describe('GraphQL hygiene', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has schema.gql up to date with the running application (run `npm run schema` when this fails)', async () => {
    const live = printApiSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(await readFile('schema.gql', 'utf8')).toBe(live);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter(
      (type: GraphQLNamedType) => !type.name.startsWith('__') && !isSpecifiedScalarType(type),
    );
    for (const type of types) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(types.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const before = t.statementCount();
    const deep = `{ organization(slug: "eiu") { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }`;
    const response = await t.graphql(deep);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'The query is nested 10 levels deep; the limit is 8. Split it into several queries.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 8, found: 10 },
      },
    ]);
    expect(t.statementCount()).toBe(before);
    const allowed = await t.graphql(`{ organization(slug: "eiu") { parent { parent { parent { parent { parent { id } } } } } } }`);
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses unknown enum values, written inline or passed as variables', async () => {
    const inline = await t.graphql(`{ organizations(filter: {helix: MONARCHY}) { totalCount } }`);
    expect(inline.status).toBe(400);
    expect(inline.errors?.[0]).toMatchObject({ message: expect.stringContaining('"MONARCHY" does not exist in "Helix" enum'), extensions: { code: 'BAD_USER_INPUT' } });
    const variable = await t.graphql(`query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`, { f: { kind: 'CASTLE' } });
    expect(variable.errors?.[0]).toMatchObject({ message: expect.stringContaining('CASTLE'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses syntax errors, unknown fields and arguments of the wrong type', async () => {
    for (const query of ['{ organizations { ', '{ organizations { nonsense } }', '{ organizations(first: "ten") { totalCount } }']) {
      const response = await t.graphql(query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('returns the request id it was given, or a new one', async () => {
    const given = await t.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts "extensions": null and "variables": null, as the GraphQL-over-HTTP spec allows', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }', variables: null, operationName: null, extensions: null } });
    expect([response.statusCode, response.json().data]).toEqual([200, { __typename: 'Query' }]);
  });

  it('answers application/graphql-response+json to clients that accept it, without data when nothing ran', async () => {
    const ask = (query: string) =>
      t.app.inject({ method: 'POST', url: '/graphql', headers: { accept: 'application/graphql-response+json, application/json;q=0.9' }, payload: { query } });
    const ran = await ask('{ __typename }');
    expect([ran.statusCode, ran.headers['content-type'], ran.json().data]).toEqual([200, 'application/graphql-response+json; charset=utf-8', { __typename: 'Query' }]);
    const refused = await ask('{ nonsense }');
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect('data' in refused.json()).toBe(false);
    const plain = await t.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ nonsense }' } });
    expect([plain.headers['content-type'], plain.json().data]).toEqual(['application/json; charset=utf-8', null]);
  });

  it('refuses form and multipart bodies (a browser sends those cross-site without asking), before anything runs', async () => {
    const mutation = `mutation { register(input: {email: "csrf@example.org", password: "a long passphrase here", displayName: "C"}) { __typename } }`;
    const form = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `query=${encodeURIComponent(mutation)}`,
    });
    const multipart = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${mutation}\r\n--x--\r\n`,
    });
    const plain = await t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ query: mutation }) });
    for (const response of [form, multipart, plain]) {
      expect(response.statusCode).toBe(415);
      expect(response.json().errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await t.dataSource.query(`SELECT 1 FROM user_account WHERE email = 'csrf@example.org'`)).toEqual([]);
  });

  it('answers malformed bodies as the client’s fault, never INTERNAL', async () => {
    const send = (payload: string, contentType = 'application/json') => t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': contentType }, payload });
    const cases: [string, number, string][] = [
      ['', 400, 'BAD_USER_INPUT'],
      ['{"query": "{ __typename }"', 400, 'BAD_USER_INPUT'],
      ['{"query": 42}', 400, 'BAD_USER_INPUT'],
      ['[]', 400, 'BAD_USER_INPUT'],
      ['"text"', 400, 'BAD_USER_INPUT'],
      ['{}', 400, 'BAD_USER_INPUT'],
      ['{"query": "{ __typename }", "variables": 5}', 400, 'BAD_USER_INPUT'],
      // Mercurius would take a query that is JSON for a ready-made syntax tree.
      [JSON.stringify({ query: JSON.stringify({ kind: 'Document', definitions: [] }) }), 400, 'BAD_USER_INPUT'],
      [JSON.stringify({ query: '42' }), 400, 'BAD_USER_INPUT'],
      [JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }), 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await send(payload);
      expect([payload.slice(0, 40), response.statusCode, response.json().errors?.[0]?.extensions?.code]).toEqual([payload.slice(0, 40), status, code]);
    }
  });

  it('supports automatic persisted queries: a hash alone, then the query with its hash once', async () => {
    const query = '{ organizations(first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/graphql', payload });
    const unknown = await post({ extensions: persisted });
    expect(unknown.json().errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    expect((await post({ query, extensions: persisted })).json().data.organizations.totalCount).toEqual(expect.any(Number));
    expect((await post({ extensions: persisted })).json().data.organizations.totalCount).toEqual(expect.any(Number));
    const mismatch = await post({ query: '{ __typename }', extensions: persisted });
    expect(mismatch.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const malformed = await post({ extensions: { persistedQuery: { version: 2, sha256Hash: 'nope' } } });
    expect([malformed.statusCode, malformed.json().errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('answers liveness, and readiness while the database answers and until shutdown begins', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ok', database: 'ok' }]);
    t.app.get(ShutdownState).stopping = true;
    const stopping = await t.app.inject({ method: 'GET', url: '/health/ready' });
    t.app.get(ShutdownState).stopping = false;
    expect(stopping.statusCode).toBe(503);
  });
});

describe('GraphQL errors in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' });
  });
  afterAll(() => t.close());

  it('hides the cause of an internal error: no SQL, no stack trace', async () => {
    await t.dataSource.query('ALTER TABLE organization RENAME TO organization_moved');
    try {
      const response = await t.graphql(`{ organizations { totalCount } }`);
      expect(response.errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['organizations'], extensions: { code: 'INTERNAL' } },
      ]);
      expect(JSON.stringify(response)).not.toMatch(/organization_moved|relation|SELECT|at /);
    } finally {
      await t.dataSource.query('ALTER TABLE organization_moved RENAME TO organization');
    }
  });

  it('suggests no field or type names to strangers', async () => {
    const response = await t.graphql(`{ organizationz { totalCount } }`);
    expect(response.errors?.[0]).toMatchObject({ message: 'Cannot query field "organizationz" on type "Query".', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('turns introspection off when configured to', async () => {
    const response = await t.graphql(`{ __schema { types { name } } }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/introspection/i) });
  });

  it('serves no IDE in production', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/graphiql' })).statusCode).toBe(404);
  });
});
