import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { register, type Account } from './support/accounts.js';
import { startTestApp, type AnyOperation, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const creation = graphql(`mutation IdempotencyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug } } }`);
const input = (name: string) => ({ name, helix: 'ACADEMIA', kind: 'UNIVERSITY', country: 'VN' });

describe('Idempotency-Key on creating requests', () => {
  let t: TestApp;
  let lan: Account;
  let minh: Account;

  beforeAll(async () => {
    t = await startTestApp();
    lan = await register(t, 'lan.idempotent@example.org');
    minh = await register(t, 'minh.idempotent@example.org');
  });
  afterAll(() => t.close());

  const create = (headers: Record<string, string>, variables: Record<string, unknown>, query: AnyOperation = creation) =>
    t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ query, variables }) });
  const count = async (name: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM organization WHERE name = $1`, [name]))[0].n as number;

  it('replays the stored answer to a retry, without a second write', async () => {
    const key = randomUUID();
    const first = await create({ ...lan.headers, 'idempotency-key': key }, { input: input('Sample data: Idempotent Institute') });
    expect(first.statusCode).toBe(200);
    expect(first.json().data.createOrganization.__typename).toBe('Organization');
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    // The same request, its variables written in another order.
    const { name, ...rest } = input('Sample data: Idempotent Institute');
    const retry = await create({ ...lan.headers, 'idempotency-key': key }, { input: { ...rest, name } });
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toBe(first.body);
    expect(await count('Sample data: Idempotent Institute')).toBe(1);
  });

  it('refuses the same key for another request, naming the header', async () => {
    const key = randomUUID();
    await create({ ...lan.headers, 'idempotency-key': key }, { input: input('Sample data: First use') });
    const other = await create({ ...lan.headers, 'idempotency-key': key }, { input: input('Sample data: Second use') });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' } })]);
    expect(await count('Sample data: Second use')).toBe(0);
  });

  it('keeps keys per caller: another person with the same key and body makes their own', async () => {
    const key = randomUUID();
    const variables = { input: input('Sample data: Twin Labs') };
    const mine = await create({ ...lan.headers, 'idempotency-key': key }, variables);
    const theirs = await create({ ...minh.headers, 'idempotency-key': key }, variables);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().data.createOrganization.id).not.toBe(mine.json().data.createOrganization.id);
    expect(await count('Sample data: Twin Labs')).toBe(2);
  });

  it('never runs again a request whose writes committed, even if its answer was lost with its process', async () => {
    const key = randomUUID();
    const variables = { input: input('Sample data: Lost Answer Lab') };
    await create({ ...lan.headers, 'idempotency-key': key }, variables);
    const [row] = await t.dataSource.query(`SELECT committed_at FROM idempotent_request WHERE key = $1`, [key]);
    expect(row.committed_at).toBeInstanceOf(Date);
    // As a process that died between its commit and storing the answer leaves it, long ago.
    await t.dataSource.query(
      `UPDATE idempotent_request SET status_code = NULL, response_body = NULL, completed_at = NULL, created_at = now() - interval '10 minutes' WHERE key = $1`,
      [key],
    );
    const retry = await create({ ...lan.headers, 'idempotency-key': key }, variables);
    expect(retry.statusCode).toBe(409);
    expect(retry.json().errors[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'Idempotency-Key' }, message: expect.stringMatching(/answer was lost/) });
    expect(await count('Sample data: Lost Answer Lab')).toBe(1);

    // One that died before anything committed is simply run again.
    const unfinished = randomUUID();
    // A request that started ten minutes ago and never finished: only a crash leaves that behind.
    await t.dataSource.query(
      `INSERT INTO idempotent_request (principal, key, request_hash, created_at)
       SELECT principal, $2, request_hash, now() - interval '10 minutes' FROM idempotent_request WHERE key = $1`,
      [key, unfinished],
    );
    const rerun = await create({ ...lan.headers, 'idempotency-key': unfinished }, variables);
    expect(rerun.json().data.createOrganization.__typename).toBe('Organization');
    expect(await count('Sample data: Lost Answer Lab')).toBe(2);
  });

  it('answers CONFLICT (retryable) while the first request with the key is still under way', async () => {
    const key = randomUUID();
    const variables = { input: input('Sample data: Slow Works') };
    // Another session holds the organisation table, so the first request waits inside its transaction.
    const blocker = new pg.Client({ connectionString: t.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE organization IN SHARE ROW EXCLUSIVE MODE');
      const first = create({ ...lan.headers, 'idempotency-key': key }, variables);
      for (let attempt = 0; attempt < 50; attempt++) {
        const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotent_request WHERE key = $1`, [key]);
        if (n === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const second = await create({ ...lan.headers, 'idempotency-key': key }, variables);
      expect(second.statusCode).toBe(409);
      expect(second.headers['retry-after']).toBe('1');
      expect(second.json().errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
      await blocker.query('COMMIT');
      expect((await first).json().data.createOrganization.__typename).toBe('Organization');
    } finally {
      await blocker.end();
    }
    const later = await create({ ...lan.headers, 'idempotency-key': key }, variables);
    expect(later.headers['idempotent-replayed']).toBe('true');
    expect(await count('Sample data: Slow Works')).toBe(1);
  });

  it('refuses anonymous callers and malformed keys, and leaves queries alone', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      payload: { query: graphql(`mutation IdempotencyRegister { register(input: {email: "anon.idempotent@example.org", password: "a long passphrase", displayName: "Anon"}) { __typename } }`) },
    });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });

    for (const key of ['', 'x'.repeat(256), 'tab\there']) {
      const refused = await create({ ...lan.headers, 'idempotency-key': key }, { input: input('Sample data: Bad key') });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    }
    expect(await count('Sample data: Bad key')).toBe(0);

    const key = randomUUID();
    const query = graphql(`query IdempotencyOrganizations { organizations(first: 1) { totalCount } }`);
    for (let i = 0; i < 2; i++) {
      const read = await create({ ...lan.headers, 'idempotency-key': key }, {}, query);
      expect(read.statusCode).toBe(200);
      expect(read.headers['idempotent-replayed']).toBeUndefined();
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotent_request WHERE key = $1`, [key])).toEqual([{ n: 0 }]);
  });

  it('keeps nothing for credentials that fail: the request is refused as without the header', async () => {
    const key = randomUUID();
    const refused = await create({ authorization: 'Bearer not-a-token', 'idempotency-key': key }, { input: input('Sample data: Forged') });
    expect(refused.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotent_request WHERE key = $1`, [key])).toEqual([{ n: 0 }]);
    // (Answers that are faults, SERVICE_UNAVAILABLE, INTERNAL or RATE_LIMITED, give the key up: idempotent-request.spec.ts.)
  });
});
