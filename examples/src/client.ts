import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** Where the API is: `API_URL` (default http://localhost:3000), GraphQL at `/graphql` over HTTP and WebSocket. */
export const apiUrl = (process.env.API_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** The access token of `register`/`login` (`API_TOKEN`), or an API key (`API_KEY`), if the caller has one. */
export interface Credentials {
  token?: string;
  apiKey?: string;
}

export const credentialsFromEnvironment = (): Credentials => ({ token: process.env.API_TOKEN, apiKey: process.env.API_KEY });

function credentialHeaders({ token, apiKey }: Credentials): Record<string, string> {
  if (token) return { authorization: `Bearer ${token}` };
  if (apiKey) return { 'x-api-key': apiKey };
  return {};
}

/** A GraphQL error as the API sends it: `extensions.code` is stable (UNAUTHENTICATED, RATE_LIMITED, ...). */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; retryable?: boolean; [key: string]: unknown };
}

export class ApiRequestFailed extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
  ) {
    super(`the API answered ${status}: ${errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ')}`);
  }
}

/**
 * Sends one operation over HTTP with fetch and returns its data, typed from the document. Errors the
 * operation could not run past (bad credentials, limits, a refused request) throw `ApiRequestFailed`;
 * a mutation's expected failures are not errors but members of its result union (see create-organization.ts).
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  credentials: Credentials = {},
): Promise<TResult> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...credentialHeaders(credentials) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: ApiError[] };
  if (body.errors?.length || body.data === undefined || body.data === null) throw new ApiRequestFailed(response.status, body.errors ?? []);
  return body.data;
}

/**
 * A WebSocket client for subscriptions (graphql-ws protocol, the same /graphql path). Credentials go
 * in the connection_init payload, as the headers would: `authorization` or `x-api-key`.
 */
export function subscriptionClient(credentials: Credentials = {}): Client {
  return createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: credentialHeaders(credentials),
    retryAttempts: 0,
  });
}

/** Subscribes and yields each event's data, typed from the document, until the caller stops. */
export async function* subscribe<TResult, TVariables>(client: Client, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): AsyncGenerator<TResult> {
  for await (const result of client.iterate<TResult>({ query: print(document), variables: variables as Record<string, unknown> })) {
    if (result.errors?.length) throw new ApiRequestFailed(200, result.errors as ApiError[]);
    if (result.data) yield result.data;
  }
}

/** Runs an example's main function: exit code 1 and the reason on failure. */
export function run(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
