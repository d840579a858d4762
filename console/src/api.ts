/**
 * The console's only way to the service: the public GraphQL API at the same origin, with the signed-in
 * person's access token. The access token lives in memory only; the refresh token is kept in this tab's
 * sessionStorage so that a reload keeps the session (see README, "Admin console"). No cookies are used.
 */

export interface SessionUser {
  id: string;
  displayName: string;
  email: string | null;
  platformRole: 'PLATFORM_ADMIN' | 'USER';
}

interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: SessionUser;
}

/** A refusal: a GraphQL error's `extensions.code`, or a result union's `errorCode`. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string | null,
  ) {
    super(message);
  }
}

export type SessionEnd = 'signedOut' | 'expired';

const refreshKey = 'th-console.refresh';
const endpoint = document.getElementById('console')?.getAttribute('data-endpoint') ?? '/graphql';
/** Renew this long before the access token stops working. */
const renewAheadMs = 60_000;

const authPayload = `accessToken accessTokenExpiresAt refreshToken user { id displayName email platformRole }`;

let tokens: Tokens | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let renewing: Promise<boolean> | null = null;
const listeners = new Set<(user: SessionUser | null, ended?: SessionEnd) => void>();

export function onSessionChange(listener: (user: SessionUser | null, ended?: SessionEnd) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentUser(): SessionUser | null {
  return tokens?.user ?? null;
}

function store(next: Tokens | null, ended?: SessionEnd): void {
  tokens = next;
  clearTimeout(renewTimer);
  try {
    if (next) sessionStorage.setItem(refreshKey, next.refreshToken);
    else sessionStorage.removeItem(refreshKey);
  } catch {
    // Storage refused (private mode): the session then lasts until the tab reloads.
  }
  if (next) {
    const wait = Math.max(5_000, Date.parse(next.accessTokenExpiresAt) - Date.now() - renewAheadMs);
    renewTimer = setTimeout(() => void renew(), wait);
  }
  for (const listener of listeners) listener(next?.user ?? null, ended);
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function post(query: string, variables: Record<string, unknown> | undefined, accessToken: string | undefined): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  let response: Response;
  try {
    response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'omit' });
  } catch {
    throw new ApiError('NETWORK', 'The service did not answer');
  }
  try {
    return (await response.json()) as GraphQLAnswer;
  } catch {
    throw new ApiError(response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL', `HTTP ${response.status}`);
  }
}

/** Trades the refresh token for new tokens (each refresh token works once); false when the session is over. */
function renew(): Promise<boolean> {
  const refreshToken = tokens?.refreshToken ?? readStoredRefresh();
  if (!refreshToken) return Promise.resolve(false);
  renewing ??= (async () => {
    try {
      const answer = await post(
        `mutation ConsoleRefresh($token: String!) { refreshSession(refreshToken: $token) { __typename ... on AuthPayload { ${authPayload} } ... on ErrorResult { errorCode message } } }`,
        { token: refreshToken },
        undefined,
      );
      const result = answer.data?.refreshSession as (Tokens & { __typename: string }) | undefined;
      if (result?.__typename === 'AuthPayload') {
        store(result);
        return true;
      }
      store(null, tokens ? 'expired' : undefined);
      return false;
    } catch {
      return false;
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}

function readStoredRefresh(): string | null {
  try {
    return sessionStorage.getItem(refreshKey);
  } catch {
    return null;
  }
}

/** After a reload: the session goes on when this tab still holds a refresh token that works. */
export async function resume(): Promise<boolean> {
  if (!readStoredRefresh()) return false;
  return renew();
}

/**
 * Sends an operation as the signed-in person. A token about to expire is renewed first; an answer
 * UNAUTHENTICATED is retried once after renewing, and ends the session when renewing fails.
 */
export async function request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  if (tokens && Date.parse(tokens.accessTokenExpiresAt) - Date.now() < 10_000) await renew();
  let answer = await post(query, variables, tokens?.accessToken);
  if (answer.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') && tokens) {
    if (await renew()) answer = await post(query, variables, tokens?.accessToken);
    else {
      store(null, 'expired');
      throw new ApiError('SESSION_EXPIRED', 'The session has ended');
    }
  }
  const error = answer.errors?.[0];
  if (error) throw new ApiError(error.extensions?.code ?? 'INTERNAL', error.message, error.extensions?.field);
  return (answer.data ?? {}) as T;
}

/** A result union's refusal (`... on ErrorResult { errorCode message field }`) as an error; otherwise the result. */
export function expectResult<T extends { __typename: string }>(result: T, typename: string): T {
  if (result.__typename !== typename) {
    const refusal = result as unknown as { errorCode?: string; message?: string; field?: string };
    throw new ApiError(refusal.errorCode ?? 'INTERNAL', refusal.message ?? result.__typename, refusal.field);
  }
  return result;
}

export async function login(email: string, password: string): Promise<void> {
  const answer = await request<{ login: Tokens & { __typename: string } }>(
    `mutation ConsoleLogin($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { ${authPayload} } ... on ErrorResult { errorCode message field } } }`,
    { input: { email, password } },
  );
  store(expectResult(answer.login, 'AuthPayload'));
}

export async function logout(): Promise<void> {
  try {
    if (tokens) await request(`mutation ConsoleLogout { logout }`);
  } catch {
    // Signed out here whatever the service answered.
  }
  store(null, 'signedOut');
}

/**
 * Runs a mutation whose answer is a result union, and gives its `field` when it is a `typename`;
 * a refusal (`... on ErrorResult`) is thrown as an ApiError.
 */
export async function mutate<T extends { __typename: string }>(query: string, variables: Record<string, unknown>, field: string, typename: string): Promise<T> {
  const answer = await request<Record<string, T>>(query, variables);
  return expectResult(answer[field], typename);
}
