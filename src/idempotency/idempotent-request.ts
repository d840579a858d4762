import { createHash } from 'node:crypto';
import { parse, type OperationDefinitionNode } from 'graphql';
import { retryableCodes, type ErrorCode } from '../common/errors.js';

export const idempotencyHeader = 'idempotency-key';

/** Printable ASCII, 1 to 255 characters (a UUID is the usual choice). */
const validKey = /^[ -~]{1,255}$/;

export function isValidIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && validKey.test(value);
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * Whether the operation a GraphQL request body asks to run is a mutation. Bodies that do not parse
 * are not: GraphQL answers them itself, and nothing is written.
 */
export function asksForMutation(body: unknown): boolean {
  const { query, operationName } = (typeof body === 'string' ? { query: body } : (body ?? {})) as GraphQLBody;
  if (typeof query !== 'string') return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  } catch {
    return false;
  }
  const chosen = typeof operationName === 'string' ? operations.find((operation) => operation.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  return chosen?.operation === 'mutation';
}

/** A fingerprint of what the request asks: the same document, operation and variables give the same hash. */
export function requestHash(body: unknown): Buffer {
  const { query, operationName, variables } = (typeof body === 'string' ? { query: body } : (body ?? {})) as GraphQLBody;
  return createHash('sha256')
    .update(canonicalJson({ query: query ?? null, operationName: operationName ?? null, variables: variables ?? null }))
    .digest();
}

/** JSON with object keys in order, so that `{"a":1,"b":2}` and `{"b":2,"a":1}` are one request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether an answer is a fault the client should retry rather than an outcome to replay: a server
 * error, or any error that says "try again" (database unavailable, over budget) or INTERNAL.
 */
export function isFault(statusCode: number, body: string): boolean {
  if (statusCode >= 500) return true;
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return (errors ?? []).some(({ extensions }) => extensions?.code === 'INTERNAL' || retryableCodes.has(extensions?.code as ErrorCode));
  } catch {
    return true;
  }
}
