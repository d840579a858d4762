import { randomInt } from 'node:crypto';
import { password, register } from './support/accounts.js';
import { redisAnswers, redisUrl } from './support/redis.js';
import { startTestApp, type AnyOperation, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const haveRedis = await redisAnswers();

/** A fresh address per test, so counters never meet across tests, files or runs. */
const address = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function post(t: TestApp, remoteAddress: string, query: AnyOperation, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const response = await t.app.inject({ method: 'POST', url: '/graphql', remoteAddress, payload: { query: query.toString(), variables }, headers });
  return { status: response.statusCode, headers: response.headers, ...(response.json() as { data?: any; errors?: any[]; extensions?: any }) };
}

const login = graphql(`mutation RateLimitsLogin($input: LoginInput!) { login(input: $input) { __typename } }`);

describe('abuse limits (in-process counters)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A registration costs 2 points (a write and its answer), a small query 1.
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '10', AUTH_RATE_LIMIT_PER_MINUTE: '4', AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('throttles sign-in attempts per account, whatever the address', async () => {
    await register(t, 'target@example.org');
    const attempts = [];
    for (let i = 0; i < 4; i++) attempts.push(await post(t, address(), login, { input: { email: 'TARGET@example.org', password: 'guess number ' + i } }));
    expect(attempts.slice(0, 3).map((a) => a.data.login.__typename)).toEqual(['InvalidCredentialsError', 'InvalidCredentialsError', 'InvalidCredentialsError']);
    expect(attempts[3].errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
    expect(attempts[3].errors?.[0].message).toMatch(/^Too many sign-in attempts for this account; try again in \d+ s/);
    // Even the right password waits now: the limit does not tell guesses from the owner.
    const owner = await post(t, address(), login, { input: { email: 'target@example.org', password } });
    expect(owner.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('throttles registrations per email address, whatever the address they come from', async () => {
    const attempts = [];
    for (let i = 0; i < 4; i++) {
      attempts.push(await post(t, address(), graphql(`mutation RateLimitsRegister($input: RegisterInput!) { register(input: $input) { __typename } }`), {
        input: { email: 'Same.Person@example.org', password, displayName: 'Same' },
      }));
    }
    expect(attempts.slice(0, 3).map((a) => a.data.register.__typename)).toEqual(['AuthPayload', 'EmailTakenError', 'EmailTakenError']);
    expect(attempts[3].errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(/^Too many registration attempts for this email address/),
    });
  });

  it('throttles registrations and sign-ins per address', async () => {
    const from = address();
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await post(t, from, graphql(`mutation RateLimitsRegister($input: RegisterInput!) { register(input: $input) { __typename } }`), {
        input: { email: `burst${i}@example.org`, password, displayName: 'Burst' },
      }));
    }
    expect(results.slice(0, 4).every((r) => r.data?.register.__typename === 'AuthPayload')).toBe(true);
    expect(results[4].errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/^Too many registrations from this address/) });
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM user_account WHERE email = 'burst4@example.org'`))[0].n)).toBe(0);
  });

  it('gives every principal a budget of points, and says when to come back', async () => {
    const from = address();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await post(t, from, graphql(`query RateLimitsOrganizations { organizations { totalCount } }`)));
    expect(answers.slice(0, 10).every((a) => a.errors === undefined)).toBe(true);
    expect(answers[9].extensions.cost).toMatchObject({ requested: 1, limit: 10, remaining: 0 });
    expect(answers[10].status).toBe(429);
    expect(answers[10].errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryable: true },
      message: expect.stringMatching(/^This operation costs 1 points and 0 of 10 are left this minute; try again in \d+ s$/),
    });
    expect(Number(answers[10].headers['retry-after'])).toBeGreaterThan(0);
    // Another caller has a budget of its own.
    expect((await post(t, address(), graphql(`query RateLimitsOrganizations { organizations { totalCount } }`))).errors).toBeUndefined();
  });
});

(haveRedis ? describe : describe.skip)('abuse limits shared through Redis by several instances', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const env = { REDIS_URL: redisUrl, RATE_LIMIT_PER_MINUTE: '4' };
    [first, second] = await Promise.all([startTestApp(env), startTestApp(env)]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('counts requests made through either instance against one budget', async () => {
    const from = address();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await post(i % 2 === 0 ? first : second, from, graphql(`query RateLimitsOrganizations { organizations { totalCount } }`)));
    expect(answers.slice(0, 4).every((a) => a.errors === undefined)).toBe(true);
    expect(answers[4].errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('the caller’s address behind a proxy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => t.close());

  it('comes from X-Forwarded-For when one proxy is trusted, so each client has its own budget', async () => {
    const proxy = address();
    const ask = (client: string) => post(t, proxy, graphql(`query RateLimitsOrganizations { organizations { totalCount } }`), {}, { 'x-forwarded-for': client });
    const [a, b] = [address(), address()];
    expect((await ask(a)).errors).toBeUndefined();
    expect((await ask(a)).errors).toBeUndefined();
    expect((await ask(a)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect((await ask(b)).errors).toBeUndefined();
  });
});
