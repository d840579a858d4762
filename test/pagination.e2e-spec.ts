import { readFileSync } from 'node:fs';
import { buildSchema, isNonNullType } from 'graphql';
import { makePlatformAdmin, register } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { insertSampleOrganizations } from './support/sample-organizations.js';
import { graphql } from './graphql/index.js';
import type { OrganizationOrderField } from './graphql/graphql.js';

const page = graphql(`query Page($first: Int, $after: String, $orderBy: OrganizationOrder, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount
    edges { cursor node { id name createdAt } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`);

type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string; name: string; createdAt: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

describe('organisation pagination', () => {
  let t: TestApp;
  const total = 250;

  beforeAll(async () => {
    t = await startTestApp();
    await insertSampleOrganizations(t.dataSource, total);
  });
  afterAll(() => t.close());

  const fetchPage = async (variables: Record<string, unknown>): Promise<Page> => {
    const response = await t.graphql(page, variables);
    expect(response.errors).toBeUndefined();
    return response.data.organizations;
  };

  const walk = async (variables: Record<string, unknown>) => {
    const ids: string[] = [];
    const sizes: number[] = [];
    let after: string | undefined;
    for (;;) {
      const current = await fetchPage({ ...variables, after });
      expect(current.totalCount).toBe(total);
      ids.push(...current.edges.map((edge) => edge.node.id));
      sizes.push(current.edges.length);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!current.pageInfo.hasNextPage) return { ids, sizes, last: current };
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)!.cursor);
      after = current.pageInfo.endCursor!;
    }
  };

  it('walks every organisation exactly once, in name order with ties broken by id', async () => {
    const { ids, sizes } = await walk({ first: 100 });
    expect(sizes).toEqual([100, 100, 50]);
    const expected: { id: string }[] = await t.dataSource.query(`SELECT id FROM organization ORDER BY name, id`);
    expect(ids).toEqual(expected.map((row) => row.id));
  });

  it('walks newest first by creation time, where many rows share a timestamp', async () => {
    const { ids, sizes } = await walk({ first: 60, orderBy: { field: 'CREATED_AT', direction: 'DESC' } });
    expect(sizes).toEqual([60, 60, 60, 60, 10]);
    const expected: { id: string }[] = await t.dataSource.query(`SELECT id FROM organization ORDER BY created_at DESC, id DESC`);
    expect(ids).toEqual(expected.map((row) => row.id));
  });

  it('ends with a last page that says so, and an empty page after it', async () => {
    const { last } = await walk({ first: 100 });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.edges).toHaveLength(50);
    const beyond = await fetchPage({ first: 100, after: last.pageInfo.endCursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('returns 20 by default and nothing but the count for first: 0', async () => {
    expect((await fetchPage({})).edges).toHaveLength(20);
    const empty = await fetchPage({ first: 0 });
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBe(total);
    expect(empty.pageInfo.hasNextPage).toBe(false);
  });

  it('counts only what the filter matches, across pages', async () => {
    const filter = { helix: 'ACADEMIA', verified: true };
    const [{ count }]: { count: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM organization WHERE helix = 'ACADEMIA' AND verified`,
    );
    const first = await fetchPage({ first: 10, filter });
    expect(first.totalCount).toBe(count);
    const second = await fetchPage({ first: 100, filter, after: first.pageInfo.endCursor });
    expect(first.edges.length + second.edges.length).toBe(count);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('counts only when totalCount is asked for', async () => {
    const before = t.statementCount();
    await t.graphql(graphql(`query PaginationOrganizations { organizations(first: 5) { edges { node { id } } } }`));
    const withoutCount = t.statementCount() - before;
    await t.graphql(graphql(`query PaginationOrganizations2 { organizations(first: 5) { totalCount edges { node { id } } } }`));
    const withCount = t.statementCount() - before - withoutCount;
    expect(withCount).toBe(withoutCount + 1);
  });

  it.each([
    [101, 'first must be between 0 and 100'],
    [-1, 'first must be between 0 and 100'],
  ])('refuses first: %p', async (first, message) => {
    const response = await t.graphql(page, { first });
    expect(response.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field: 'first' } })]);
  });

  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each<[string, string, { field: OrganizationOrderField } | undefined]>([
    ['not base64 json', 'zzz', undefined],
    ['json of another shape', encoded({ a: 1 }), undefined],
    ['a bad id', encoded(['NAME:ASC', 'x', 'not-a-uuid']), undefined],
    ['a bad timestamp', encoded(['CREATED_AT:ASC', 'yesterday', '00000000-0000-4000-8000-000000000000']), { field: 'CREATED_AT' }],
  ])('refuses a malformed cursor (%s)', async (_case, after, orderBy) => {
    const response = await t.graphql(page, { after, orderBy });
    expect(response.errors).toEqual([
      expect.objectContaining({ message: 'after is not a cursor returned by this API', extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    ]);
  });

  it('takes after: null as the first page, as Relay clients send it', async () => {
    const first = await fetchPage({ first: 5 });
    const withNull = await fetchPage({ first: 5, after: null });
    expect(withNull.edges).toEqual(first.edges);
    expect(withNull.pageInfo).toEqual(first.pageInfo);
    expect(withNull.pageInfo.hasPreviousPage).toBe(false);
  });

  it('takes after: null as the first page on every list of the schema', async () => {
    const schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));
    const lists = Object.values(schema.getQueryType()!.getFields()).filter(
      (field) => field.args.some((arg) => arg.name === 'after') && !field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined),
    );
    expect(lists.length).toBeGreaterThan(10);
    const admin = await register(t, 'pagination-admin@example.org');
    await makePlatformAdmin(t, admin);
    for (const list of lists) {
      const response = await t.graphql(`{ ${list.name}(first: 1, after: null) { pageInfo { hasPreviousPage } } }`, undefined, admin.headers);
      expect({ list: list.name, errors: response.errors }).toEqual({ list: list.name, errors: undefined });
      expect(response.data[list.name].pageInfo.hasPreviousPage).toBe(false);
    }
  });

  it('says a page has items before it only when the list has an item at or before the cursor', async () => {
    // The very first organisation by name: nothing precedes it in any filtered list that leaves it out.
    const [firstByName]: { id: string; helix: string }[] = await t.dataSource.query(`SELECT id, helix FROM organization ORDER BY name, id LIMIT 1`);
    const cursor = (await fetchPage({ first: 1 })).pageInfo.endCursor;
    expect((await fetchPage({ first: 1 })).edges[0].node.id).toBe(firstByName.id);
    const otherHelix = ['ACADEMIA', 'INDUSTRY', 'GOVERNMENT'].find((helix) => helix !== firstByName.helix);
    const elsewhere = await fetchPage({ first: 5, after: cursor, filter: { helix: otherHelix } });
    expect(elsewhere.edges.length).toBeGreaterThan(0);
    expect(elsewhere.pageInfo.hasPreviousPage).toBe(false);
    const same = await fetchPage({ first: 5, after: cursor, filter: { helix: firstByName.helix } });
    expect(same.pageInfo.hasPreviousPage).toBe(true);
  });

  it.each<[string, OrganizationOrderField, string]>([
    ['a year PostgreSQL cannot hold', 'CREATED_AT', '-100000-01-01T00:00:00.000Z'],
    ['a day the calendar does not have', 'CREATED_AT', '2026-02-30T00:00:00.000Z'],
    ['a NUL in a name', 'NAME', 'a\u0000b'],
  ])('refuses a tampered cursor with %s', async (_case, field, value) => {
    const after = encoded([`${field}:ASC`, value, '00000000-0000-4000-8000-000000000000']);
    const response = await t.graphql(page, { after, orderBy: { field, direction: 'ASC' } });
    expect(response.errors).toEqual([
      expect.objectContaining({ message: 'after is not a cursor returned by this API', extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
    ]);
  });

  it('refuses a cursor taken from a list in another order', async () => {
    const byName = await fetchPage({ first: 1 });
    const response = await t.graphql(page, { after: byName.pageInfo.endCursor, orderBy: { field: 'CREATED_AT', direction: 'DESC' } });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/another order \(NAME:ASC\)/);
  });

  it('resolves parents and children with a fixed number of statements, whatever the page size', async () => {
    const nested = graphql(`query PaginationOrganizations3($first: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {
      name parent { name children { name } } children { name parent { name } }
    } } } }`);
    const statementsFor = async (first: number) => {
      const before = t.statementCount();
      const response = await t.graphql(nested, { first });
      expect(response.errors).toBeUndefined();
      expect(response.data.organizations.edges).toHaveLength(first);
      return t.statementCount() - before;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5);
  });
});
