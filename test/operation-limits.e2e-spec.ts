import { getIntrospectionQuery } from 'graphql';
import { password, register, type Account } from './support/accounts.js';
import { createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Operations in this file stay strings: they are posted as raw payloads to probe depth, cost, alias and size limits, several deliberately over them or built at run time.

let addresses = 0;
/** A fresh address per budget, so tests never share one. */
const address = () => `10.77.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
  extensions?: { cost?: { requested: number; limit: number; remaining: number; resetAt: string } };
}

async function post(t: TestApp, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}, remoteAddress = address()): Promise<Answer> {
  const response = await t.app.inject({ method: 'POST', url: '/graphql', remoteAddress, payload: { query, variables }, headers });
  return { status: response.statusCode, headers: response.headers, ...(response.json() as object) };
}

const nestedPages = `{ organizations(first: 100) { edges { node { projects(first: 100) { edges { node { code title } } } } } } }`;

describe('limits checked before an operation runs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function refusedBeforeRunning(query: string, variables?: Record<string, unknown>) {
    const before = t.statementCount();
    const answer = await post(t, query, variables);
    expect(t.statementCount()).toBe(before);
    expect(answer.status).toBe(400);
    expect(answer.data ?? null).toBeNull();
    return answer.errors ?? [];
  }

  it('refuses an operation that may return more objects than the cost limit, naming the limit', async () => {
    const [error] = await refusedBeforeRunning(nestedPages);
    expect(error).toMatchObject({
      message: expect.stringMatching(/^The operation may return about \d+ objects; the limit is 20000\./),
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', maximum: 20000, found: expect.any(Number) },
    });
    // 1 + 100 × (edge + node + connection + 100 × (edge + node))
    expect(error.extensions?.found).toBe(20_301);
  });

  it('multiplies by the page asked for, also through variables', async () => {
    const query = `query($n: Int) { organizations(first: $n) { edges { node { projects(first: $n) { edges { node { code } } } } } } }`;
    const small = await post(t, query, { n: 2 });
    const large = await post(t, query, { n: 100 });
    expect(small.errors).toBeUndefined();
    // 1 + 2 × (edge + node + projects connection + 2 × (edge + node)) = 15 objects: 1 point.
    expect(small.extensions?.cost?.requested).toBe(1);
    expect(large.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', found: 1 + 100 * (3 + 100 * 2) });
  });

  it('refuses too many aliases, so one request cannot ask the same thing thousands of times', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: organizations(first: 1) { totalCount }`).join(' ');
    const [error] = await refusedBeforeRunning(`{ ${aliases} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', maximum: 30, found: 31 });
  });

  it('stops reading a document past the token limit', async () => {
    const aliases = Array.from({ length: 4000 }, (_, i) => `a${i}: organizations(first: 100) { edges { node { id name } } }`).join(' ');
    const [error] = await refusedBeforeRunning(`{ ${aliases} }`);
    expect(error).toMatchObject({ message: 'The document has more than 2000 tokens; the limit is 2000', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens' } });
  });

  it('refuses too many directives', async () => {
    const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ');
    const [error] = await refusedBeforeRunning(`{ organizations ${directives} { totalCount } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives', maximum: 50, found: 51 });
  });

  it('answers the standard introspection query in development, and charges it like any query', async () => {
    const answer = await post(t, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.__schema.types.length).toBeGreaterThan(100);
    expect(answer.extensions?.cost?.requested).toBeGreaterThan(10);
  });

  it('still refuses introspection that would multiply the schema by itself', async () => {
    const [nested] = await refusedBeforeRunning(`{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`);
    expect(nested.message).toBe('Maximum introspection depth exceeded');
    // Each copy: 1 + 10 types × (1 + 10 fields × (1 + 10 args × (1 + type))) = 2,111 objects.
    const copies = Array.from({ length: 10 }, (_, i) => `s${i}: __schema { types { fields { args { type { name } } } } }`).join(' ');
    const [costly] = await refusedBeforeRunning(`{ ${copies} }`);
    expect(costly.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', found: 21_110 });
  });
});

describe('a budget of points per caller', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '20' });
  });
  afterAll(() => t.close());

  it('charges every operation, even __typename alone and introspection, and tells what is left', async () => {
    const from = address();
    const first = await post(t, `{ __typename }`, undefined, {}, from);
    const second = await post(t, `{ __schema { queryType { name } } }`, undefined, {}, from);
    expect(first.extensions?.cost).toMatchObject({ requested: 1, limit: 20, remaining: 19, resetAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(second.extensions?.cost).toMatchObject({ requested: 1, remaining: 18 });
    expect(second.headers).toMatchObject({ 'ratelimit-limit': '20', 'ratelimit-remaining': '18', 'ratelimit-reset': expect.stringMatching(/^\d+$/) });
  });

  it('charges by cost, and refuses an operation that does not fit as a whole, without spending', async () => {
    const from = address();
    // organizations(first: 100) with two objects per item: 201 objects, 3 points.
    const page = `{ organizations(first: 100) { edges { node { id } } } }`;
    const answers: Answer[] = [];
    for (let i = 0; i < 7; i++) answers.push(await post(t, page, undefined, {}, from));
    expect(answers.slice(0, 6).map((a) => a.extensions?.cost?.remaining)).toEqual([17, 14, 11, 8, 5, 2]);
    expect(answers[6]).toMatchObject({ status: 429, data: null, extensions: { cost: { requested: 3, remaining: 2 } } });
    expect(answers[6].errors).toHaveLength(1);
    // Two root fields over budget: neither answers (no partial data).
    const both = await post(t, `{ a: organizations(first: 100) { edges { node { id } } } b: __typename }`, undefined, {}, from);
    expect(both).toMatchObject({ status: 429, data: null });
    // What did not fit was not spent: a one-point query still fits twice.
    expect((await post(t, `{ __typename }`, undefined, {}, from)).extensions?.cost?.remaining).toBe(1);
    expect((await post(t, `{ __typename }`, undefined, {}, from)).extensions?.cost?.remaining).toBe(0);
  });
});

describe('credentials and secrets', () => {
  let t: TestApp;
  let person: Account;

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000', AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE: '1000', AUTH_SESSION_RATE_LIMIT_PER_MINUTE: '3' });
    person = await register(t, 'holder@example.org');
  });
  afterAll(() => t.close());

  it('refuses several sign-ins, registrations or password changes in one operation, whatever the aliases', async () => {
    const guesses = Array.from({ length: 20 }, (_, i) => `g${i}: login(input: {email: "holder@example.org", password: "guess ${i}"}) { __typename }`).join(' ');
    const [error] = (await post(t, `mutation { ${guesses} }`)).errors ?? [];
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'attempts', maximum: 1, found: 20 });
    const changes = `mutation { a: changePassword(input: {currentPassword: "x1", newPassword: "another long passphrase"}) { __typename }
      b: changePassword(input: {currentPassword: "x2", newPassword: "another long passphrase"}) { __typename } }`;
    expect((await post(t, changes, undefined, person.headers)).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'attempts' });
  });

  it('limits password changes per session', async () => {
    const change = `mutation { changePassword(input: {currentPassword: "a wrong guess", newPassword: "another long passphrase"}) { __typename } }`;
    const answers: Answer[] = [];
    for (let i = 0; i < 4; i++) answers.push(await post(t, change, undefined, person.headers));
    expect(answers.slice(0, 3).map((a) => a.data?.changePassword.__typename)).toEqual(['InvalidCredentialsError', 'InvalidCredentialsError', 'InvalidCredentialsError']);
    expect(answers[3].errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/^Too many password changes in this session/) });
  });

  it('refuses a request that carries two credentials that disagree', async () => {
    const owner = await register(t, 'keyholder@example.org');
    const organization = await createOrganization(t, owner);
    const created = await post(t, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`, {
      input: { organizationId: organization.id, name: 'Integrator', scopes: ['READ'] },
    }, owner.headers);
    const { secret, apiKey } = created.data.createApiKey;
    const mixed = await post(t, `{ __typename }`, undefined, { ...owner.headers, 'x-api-key': secret });
    expect(mixed.status).toBe(401);
    expect(mixed.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/not both/) });
    await post(t, `mutation($id: ID!) { revokeApiKey(id: $id) { active } }`, { id: apiKey.id }, owner.headers);
    // A revoked key does not become harmless because a valid token rides along, nor the other way round.
    expect((await post(t, `{ __typename }`, undefined, { ...owner.headers, 'x-api-key': secret })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post(t, `{ __typename }`, undefined, { authorization: 'Bearer not-a-token', 'x-api-key': secret })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await post(t, `{ __typename }`, undefined, { authorization: `Bearer ${secret}`, 'x-api-key': secret })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a caller’s request id only when it is short and plain, in answers and in the audit trail', async () => {
    const hostile = 'x'.repeat(300);
    for (const given of [hostile, 'line\nbreak', '<script>', '']) {
      const response = await t.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': given } });
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const kept = await t.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'trace-2026.12:04_a' } });
    expect(kept.headers['x-request-id']).toBe('trace-2026.12:04_a');
    await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'x-request-id': hostile },
      payload: { query: `mutation { register(input: {email: "traced@example.org", password: "${password}", displayName: "T"}) { __typename } }` },
    });
    const [row] = await t.dataSource.query(`SELECT request_id FROM audit_event WHERE action = 'user.registered' ORDER BY occurred_at DESC LIMIT 1`);
    expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
