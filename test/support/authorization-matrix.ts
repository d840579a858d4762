import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { makePlatformAdmin, password, register, type Account } from './accounts.js';
import { fixtures } from './fixtures.js';
import { addMember } from './memberships.js';
import type { ApiKeyScope, TypedDocumentString } from '../graphql/graphql.js';
import { queryText, startTestApp, type AnyOperation, type GraphQLResponse, type Present, type TestApp, type Variables } from './test-app.js';
import { graphql } from '../graphql/index.js';

/**
 * The authorization matrix: every operation of the schema run as every kind of caller, the whole
 * table of allowed and denied compared at once. The callers, the world they live in (organisations
 * A and B, keys and broken credentials of A) and the runner live here; the rows live beside the spec
 * files of each domain (test/authorization/*.rows.ts), and a coverage spec checks that the rows
 * name every root field of schema.gql.
 */

export type Outcome = 'allowed' | 'denied' | `unexpected: ${string}`;

export const principalNames = [
  'anonymous', 'outsider', 'memberA', 'editorA', 'adminA', 'adminB', 'platformAdmin',
  'readKeyA', 'writeKeyA', 'revokedKeyA', 'expiredKeyA', 'expiredToken', 'tamperedToken', 'disabledUser',
] as const;
export type PrincipalName = (typeof principalNames)[number];

/** People with a working session. */
export const people: PrincipalName[] = ['outsider', 'memberA', 'editorA', 'adminA', 'adminB', 'platformAdmin'];
/** Callers with working (or no) credentials: bad credentials are refused even on public operations. */
export const validCallers: PrincipalName[] = ['anonymous', ...people, 'readKeyA', 'writeKeyA'];
/** Anyone signed in with working credentials, people and keys. */
export const signedIn: PrincipalName[] = [...people, 'readKeyA', 'writeKeyA'];
/** Who reads organisation A's partner-visible records: its members, its keys, platform admins. */
export const readersA: PrincipalName[] = ['memberA', 'editorA', 'adminA', 'platformAdmin', 'readKeyA', 'writeKeyA'];
/** Who writes in organisation A's name: its editors and admins, its WRITE key, platform admins. */
export const editorsA: PrincipalName[] = ['editorA', 'adminA', 'platformAdmin', 'writeKeyA'];
/** Administration of A is for people: its admins and platform admins. */
export const adminsA: PrincipalName[] = ['adminA', 'platformAdmin'];
/** People of A (members, editors, admins), without its keys. */
export const peopleOfA: PrincipalName[] = ['memberA', 'editorA', 'adminA'];

export interface Principal {
  name: PrincipalName;
  /** Headers for one request. */
  headers(): Promise<Record<string, string>>;
  /** Forget the session: the last operation may have ended it (logout, changePassword). */
  renew?(): void;
}

export interface World {
  t: TestApp;
  accounts: Map<string, Account>;
  principals: Map<PrincipalName, Principal>;
  orgA: string;
  orgB: string;
  sql(query: string, parameters?: unknown[]): Promise<any[]>;
  /** A fresh session of the account (headers). */
  signIn(account: Account): Promise<Record<string, string>>;
  /** Headers of a fresh session of one of the people (or of `disabledUser`'s stale token). */
  as(name: string): Promise<Record<string, string>>;
  /** Runs an operation that must succeed as `name`, and returns its root field's result (not an error result); throws otherwise. */
  must<TResult, TVariables>(name: string, query: TypedDocumentString<TResult, TVariables>, variables?: Variables<TVariables>): Promise<Succeeded<TResult>>;
  /** A unique suffix for codes and names. */
  unique(): string;
  /** A new organisation (made through the API) with no one of the matrix in it. */
  throwawayOrganization(): Promise<string>;
}

/** The result of an operation's (one) root field, error results taken out. */
export type Succeeded<TResult> = Exclude<Present<TResult>[keyof Present<TResult>], { __typename?: `${string}Error` }>;

export interface Row<F> {
  /** What the row checks, for the table; the root field comes from the operation text. */
  name: string;
  query: AnyOperation;
  /** Fresh variables for one run (a new throwaway record where the operation consumes one). */
  variables?: (fixtures: F, caller: PrincipalName) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Who may, by principal name. */
  allowed: readonly PrincipalName[];
  /**
   * How data without an error counts, when it is not simply 'allowed': a nullable lookup of a
   * record that exists answers null when denied; a field shown only to some answers null to others;
   * a list shows the record or leaves it out.
   */
  judge?: (data: any, fixtures: F) => 'allowed' | 'denied';
  /** Ends the caller's sessions (so people sign in again before the next cell). */
  endsSessions?: boolean;
}

export interface RowModule<F> {
  /** Makes the fixtures of the rows once, through the API, in `world`. */
  setUp(world: World): Promise<F>;
  rows: Row<F>[];
}

const testSecret = 'test-secret-that-is-long-enough-for-hs256';
let sequence = 0;

const createOrganizationMutation = graphql(`mutation AuthorizationMatrixCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`);
const createKey = graphql(`mutation AuthorizationMatrixCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`);

/**
 * Starts the application and makes the callers: six people (outsider, a member, an editor and an
 * admin of A, an admin of B, a platform admin), A's READ and READ+WRITE keys, and the broken
 * credentials (a revoked and an expired key of A, an expired and a tampered token of adminA, a
 * disabled account). A (ACADEMIA, UNIVERSITY) and B (INDUSTRY, PRIVATE_COMPANY) are verified.
 */
export async function startWorld(options: { listen?: boolean } = {}): Promise<World> {
  const t = await startTestApp({}, { listen: options.listen });
  const accounts = new Map<string, Account>();
  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);
  const signIn = async (account: Account) => {
    const response = await t.graphql(graphql(`mutation Login($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }`), {
      input: { email: account.email, password },
    });
    return { authorization: `Bearer ${response.data.login.accessToken}` };
  };
  const unique = () => `${process.pid}-${++sequence}-${randomBytes(2).toString('hex')}`;

  for (const name of [...people, 'disabledUser']) accounts.set(name, await register(t, `${name.toLowerCase()}@matrix.example`, `Sample ${name}`));
  await makePlatformAdmin(t, accounts.get('platformAdmin')!);
  const adminA = accounts.get('adminA')!;

  const orgA: string = (await t.graphql(createOrganizationMutation, { input: { name: 'Sample Org A', helix: 'ACADEMIA', kind: 'UNIVERSITY', country: 'VN' } }, adminA.headers))
    .data.createOrganization.id;
  const orgB: string = (
    await t.graphql(createOrganizationMutation, { input: { name: 'Sample Org B', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY', country: 'VN' } }, accounts.get('adminB')!.headers)
  ).data.createOrganization.id;
  for (const id of [orgA, orgB]) {
    await t.graphql(graphql(`mutation AuthorizationMatrixVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }`), { id }, accounts.get('platformAdmin')!.headers);
  }
  for (const [name, role] of [['memberA', 'MEMBER'], ['editorA', 'EDITOR']] as const) {
    await addMember(t, adminA, orgA, accounts.get(name)!, role);
  }

  const keyOf = async (scopes: ApiKeyScope[]) => {
    const response = await t.graphql(createKey, { input: { organizationId: orgA, name: `matrix ${scopes.join('+')}`, scopes } }, adminA.headers);
    return response.data.createApiKey;
  };
  const readKey = await keyOf(['READ']);
  const writeKey = await keyOf(['READ', 'WRITE']);
  const revokedKey = await keyOf(['READ', 'WRITE']);
  await t.graphql(graphql(`mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`), { id: revokedKey.apiKey.id }, adminA.headers);
  const expiredKey = await keyOf(['READ', 'WRITE']);
  await sql(`UPDATE api_key SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiredKey.apiKey.id]);

  const disabled = accounts.get('disabledUser')!;
  await t.graphql(graphql(`mutation DisableUser($id: ID!) { disableUser(userId: $id) { id } }`), { id: disabled.id }, accounts.get('platformAdmin')!.headers);
  const [header, payload, signature] = adminA.accessToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const elevated = Buffer.from(JSON.stringify({ ...claims, sub: accounts.get('platformAdmin')!.id })).toString('base64url');

  const principals = new Map<PrincipalName, Principal>();
  const fixed = (headers: Record<string, string>): Principal['headers'] => async () => headers;
  principals.set('anonymous', { name: 'anonymous', headers: fixed({}) });
  for (const name of people) {
    let session: Promise<Record<string, string>> | undefined;
    principals.set(name, { name, headers: () => (session ??= signIn(accounts.get(name)!)), renew: () => (session = undefined) });
  }
  principals.set('readKeyA', { name: 'readKeyA', headers: fixed({ 'x-api-key': readKey.secret }) });
  principals.set('writeKeyA', { name: 'writeKeyA', headers: fixed({ authorization: `Bearer ${writeKey.secret}` }) });
  principals.set('revokedKeyA', { name: 'revokedKeyA', headers: fixed({ 'x-api-key': revokedKey.secret }) });
  principals.set('expiredKeyA', { name: 'expiredKeyA', headers: fixed({ 'x-api-key': expiredKey.secret }) });
  principals.set('expiredToken', {
    name: 'expiredToken',
    headers: fixed({ authorization: `Bearer ${jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 5 }, testSecret)}` }),
  });
  principals.set('tamperedToken', { name: 'tamperedToken', headers: fixed({ authorization: `Bearer ${header}.${elevated}.${signature}` }) });
  principals.set('disabledUser', { name: 'disabledUser', headers: fixed(disabled.headers) });

  // Fixtures are made with sessions of their own (cells must not spend them), signed in again when a
  // cell ended them (logout, changePassword).
  const sessions = new Map<string, Promise<Record<string, string>>>();
  const as = async (name: string) => signIn(accounts.get(name)!);
  const must = async (name: string, query: AnyOperation, variables: object = {}): Promise<any> => {
    const key = principals.get(name as PrincipalName);
    const send = async (fresh: boolean) => {
      if (name.endsWith('KeyA')) return t.graphql(query, variables, await key!.headers());
      if (fresh || !sessions.has(name)) sessions.set(name, as(name));
      return t.graphql(query, variables, await sessions.get(name)!);
    };
    let response = await send(false);
    if (response.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') response = await send(true);
    const data = response.data ? Object.values(response.data)[0] : undefined;
    const typename = (data as { __typename?: string } | null)?.__typename;
    if (response.errors || data == null || (typename && /Error$/.test(typename))) {
      throw new Error(`fixture failed as ${name}: ${queryText(query).slice(0, 80)} ${JSON.stringify(response.errors ?? response.data)}`);
    }
    return data;
  };
  // Throwaway organisations share one admin from outside the matrix.
  const fx = fixtures(t);
  let throwawayAdmin: Promise<Account> | undefined;
  const throwawayOrganization = async () => (await fx.newOrganization({ admin: await (throwawayAdmin ??= fx.newUser()), name: 'Sample throwaway' })).id;
  return { t, accounts, principals, orgA, orgB, sql, signIn, as, must: must as World['must'], unique, throwawayOrganization };
}

/** How one response counts: denied = UNAUTHENTICATED, FORBIDDEN or NOT_FOUND; a typed error result counts as allowed. */
export function outcomeOf<F>(response: GraphQLResponse, fixtures: F, judge?: Row<F>['judge']): Outcome {
  if (response.errors?.length) {
    const code = response.errors[0].extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'denied';
    return `unexpected: ${code} ${response.errors[0].message}`;
  }
  if (!response.data) return `unexpected: no data`;
  return judge ? judge(response.data, fixtures) : 'allowed';
}

export type Table = Record<string, Record<string, Outcome>>;

/** Runs every row as every caller, in order; returns the table it got and the table it expected. */
export async function runMatrix<F>(world: World, rows: Row<F>[], fixtures: F): Promise<{ actual: Table; expected: Table }> {
  const actual: Table = {};
  const expected: Table = {};
  for (const row of rows) {
    if (actual[row.name]) throw new Error(`two rows are named ${row.name}`);
    actual[row.name] = {};
    expected[row.name] = {};
    for (const name of principalNames) {
      const principal = world.principals.get(name)!;
      let outcome: Outcome;
      try {
        const variables = row.variables ? await row.variables(fixtures, name) : {};
        const response = await world.t.graphql(row.query, variables, await principal.headers());
        if (row.endsSessions) principal.renew?.();
        outcome = outcomeOf(response, fixtures, row.judge);
        if (process.env.MATRIX_TRACE) console.log(row.name, name, outcome, JSON.stringify(response.errors?.[0]?.message ?? response.data).slice(0, 200));
      } catch (error) {
        outcome = `unexpected: ${(error as Error).message}`;
      }
      actual[row.name][name] = outcome;
      expected[row.name][name] = row.allowed.includes(name) ? 'allowed' : 'denied';
    }
  }
  return { actual, expected };
}

/** The cells where the tables differ, as `row | caller: expected -> actual`. */
export function mismatches(actual: Table, expected: Table): string[] {
  return Object.keys(expected).flatMap((row) =>
    principalNames.filter((name) => actual[row]?.[name] !== expected[row][name]).map((name) => `${row} | ${name}: ${expected[row][name]} -> ${actual[row]?.[name]}`),
  );
}

/** Judges for rows whose answer is data either way. */
export const judges = {
  /** A nullable lookup of a record that exists: null is denied. */
  found: (data: any) => (Object.values(data)[0] == null ? 'denied' : 'allowed'),
  /** A nested field that is null (or absent) for those not allowed; `path` leads from the data to it. */
  present:
    (...path: string[]) =>
    (data: any) => {
      let value = data;
      for (const key of path) value = value?.[key];
      return value == null ? 'denied' : 'allowed';
    },
  /** A list (connection edges or plain list at `path`) that shows the record with id `id(fixtures)` or leaves it out. */
  lists:
    <F>(id: (fixtures: F) => string, ...path: string[]) =>
    (data: any, fixtures: F) => {
      let value = data;
      for (const key of path) value = value?.[key];
      const items: any[] = Array.isArray(value) ? value : (value?.edges ?? []).map((edge: { node: unknown }) => edge.node);
      return items.some((item) => item?.id === id(fixtures)) ? 'allowed' : 'denied';
    },
};

/** A date `days` from today, YYYY-MM-DD (UTC). */
export function day(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A version no record has: an allowed caller is answered VersionConflictError, and nothing changes. */
export const staleVersion = 99_999;

/**
 * Declares the matrix of a module's rows: the world and fixtures made once, then one test comparing
 * the whole table. `more` declares further tests on the same world (after the matrix ran).
 */
export function matrixSuite<F>(title: string, module: RowModule<F>, more?: (state: () => { world: World; fixtures: F }) => void): void {
  describe(`authorization matrix: ${title}`, () => {
    let world: World;
    let fixtures: F;
    beforeAll(async () => {
      world = await startWorld();
      fixtures = await module.setUp(world);
    });
    afterAll(() => world?.t.close());

    it('allows exactly what each caller may do, and denies the rest', async () => {
      const { actual, expected } = await runMatrix(world, module.rows, fixtures);
      // The differing cells first, named, then the whole table.
      expect(mismatches(actual, expected)).toEqual([]);
      expect(actual).toEqual(expected);
    });

    more?.(() => ({ world, fixtures }));
  });
}
