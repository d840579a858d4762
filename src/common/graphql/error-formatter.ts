import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { databaseInputError, isDatabaseUnavailable, loggableError, serviceUnavailable } from '../database-errors.js';
import { databaseHealthOf } from '../database-health.js';
import { AppError, httpStatusOf, retryableCodes, type ErrorCode } from '../errors.js';
import { tokenLimitError } from './operation-limits.js';
import { InvalidScalarValue, lastName } from './scalars.js';

const httpStatusCodes: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Mercurius' and Fastify's errors about the request itself carry a code and a 4xx status. */
interface TransportError extends Error {
  code?: unknown;
  statusCode?: unknown;
  errors?: unknown[];
}

interface FormatOptions {
  production: boolean;
  logger: Logger;
  requestId?: string;
  maxTokens: number;
}

/**
 * The one place where errors become what clients see: every error gets `extensions.code`; messages of
 * unexpected errors are replaced in production; stack traces and SQL never leave the server.
 */
export function formatErrors(errors: readonly GraphQLError[], options: FormatOptions): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    // Mercurius wraps parsing and validation failures in one error that lists them.
    const inner = (error.originalError as TransportError | undefined)?.errors;
    if (Array.isArray(inner)) return inner.map((item) => requestError(item, options));
    return [formatOne(error, options)];
  });
}

/**
 * The HTTP status of an answer: 200 when the operation ran (its errors are in the body); otherwise the
 * status of what stopped it (400 for a bad request, 429 over budget, 503 when the database is down).
 */
export function statusFor(errors: readonly GraphQLFormattedError[], data: unknown): number {
  const codes = errors.map((error) => error.extensions?.code as ErrorCode | undefined);
  if (codes.length > 0 && codes.every((code) => code === 'SERVICE_UNAVAILABLE') && !data) return 503;
  if (data !== undefined) return 200;
  const first = codes.find((code) => code !== undefined);
  return first ? httpStatusOf[first] : 400;
}

function formatOne(error: GraphQLError, options: FormatOptions): GraphQLFormattedError {
  const refused = refusedScalarValue(error);
  if (refused) return clientError(error, 'BAD_USER_INPUT', refused.message, refused.field);
  const original = error.originalError as TransportError | undefined;
  if (isDatabaseUnavailable(original)) {
    // Counted, not logged one by one: an outage is one warning and a summary per interval. Lookups
    // that met the outage (credentials, say) already threw SERVICE_UNAVAILABLE; the rest are driver errors.
    databaseHealthOf(options.logger).refused(original);
    const unavailable = original instanceof AppError ? original : serviceUnavailable();
    return clientError(error, unavailable.code, unavailable.message, undefined, unavailable.details);
  }
  if (original instanceof AppError) return clientError(error, original.code, original.message, original.field, original.details);
  if (original instanceof HttpException) {
    const code = httpStatusCodes[original.getStatus()];
    if (code) return clientError(error, code, httpMessage(original));
  }
  const refusedByDatabase = databaseInputError(original);
  if (refusedByDatabase) {
    // The database's own rules caught input that an edge check should have refused: answer as the
    // caller's error, and say which check is missing.
    options.logger.warn({ err: loggableError(original), path: error.path, reqId: options.requestId }, 'the database refused input that no edge check caught');
    return clientError(error, refusedByDatabase.code, refusedByDatabase.message, refusedByDatabase.field);
  }
  if (!original || original instanceof GraphQLError) {
    // Raised by graphql-js itself (syntax, validation, variable coercion) or by a limit rule.
    return requestError(original ?? error, options);
  }
  const transport = transportError(original, options);
  if (transport) return { ...transport, ...(error.path ? { path: error.path } : {}) };
  options.logger.error({ err: loggableError(original), path: error.path, reqId: options.requestId }, 'unexpected error in a GraphQL operation');
  return clientError(error, 'INTERNAL', options.production ? 'Internal server error' : original.message);
}

/** A failure of the request as a whole (syntax, validation, limits), before anything ran. */
function requestError(item: unknown, options: FormatOptions): GraphQLFormattedError {
  if (item instanceof GraphQLError) {
    const refused = refusedScalarValue(item);
    if (refused) return clientError(item, 'BAD_USER_INPUT', refused.message, refused.field);
    const tokens = tokenLimitError(item.message, options.maxTokens);
    const error = tokens ?? item;
    const code = typeof error.extensions?.code === 'string' && error.extensions.code in httpStatusOf ? (error.extensions.code as ErrorCode) : 'BAD_USER_INPUT';
    const message = options.production ? withoutSuggestions(error.message) : error.message;
    return clientError(error, code, message, undefined, code === 'BAD_USER_INPUT' ? undefined : error.extensions);
  }
  return transportError(item as TransportError, options) ?? { message: String((item as Error)?.message ?? 'The request is not valid'), extensions: { code: 'BAD_USER_INPUT' } };
}

/**
 * Mercurius and Fastify refuse malformed requests with their own errors (a body that is not JSON, a
 * `query` that is not a string, an unknown persisted query, a body over the limit): the client's fault,
 * told with a code of ours.
 */
function transportError(error: TransportError, options: FormatOptions): GraphQLFormattedError | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.code === 'MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND' && error.message === 'PersistedQueryNotFound') {
    return { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } };
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : undefined;
  const known = typeof error.code === 'string' && /^(FST_|MER_ERR_)/.test(error.code);
  if (!known && (status === undefined || status >= 500)) return undefined;
  const code = (status && httpStatusCodes[status]) ?? 'BAD_USER_INPUT';
  const message = options.production ? withoutSuggestions(error.message) : error.message;
  return { message, extensions: { code } };
}

/**
 * A value a scalar (such as `Date`) refused, worded as the validation pipe words its refusals: the
 * field's name and what it must be, and the path as `field` (`input.owners.0.validFrom`). A literal's
 * error knows its path; for a variable, graphql-js names it in its message (`… at "input.validFrom"; …`).
 */
function refusedScalarValue(error: GraphQLError): { message: string; field?: string } | undefined {
  const refused = error instanceof InvalidScalarValue ? error : error.originalError instanceof InvalidScalarValue ? error.originalError : undefined;
  if (!refused) return undefined;
  const known = refused.extensions.field;
  if (typeof known === 'string') return { message: refused.message, field: known };
  // Compiled queries (graphql-jit) word it without the path.
  if (!error.message.endsWith(`; ${refused.message}`)) return { message: refused.message };
  const prefix = error.message.slice(0, -refused.message.length - 2);
  const variable = /^Variable "\$(\w+)" got invalid value /.exec(prefix)?.[1];
  const at = / at "([\w.[\]]+)"$/.exec(prefix)?.[1];
  const field = (at ?? variable)?.replace(/\[(\d+)\]/g, '.$1');
  return field ? { message: `${lastName(field)} ${refused.problem}`, field } : { message: refused.message };
}

/** graphql-js suggests field and type names ("Did you mean …?"); in production that maps the schema for strangers. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*\?$/s, '');
}

function clientError(
  error: GraphQLError,
  code: ErrorCode,
  message = error.message,
  field?: string,
  details?: Record<string, unknown>,
): GraphQLFormattedError {
  return {
    message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { ...details, code, ...(field ? { field } : {}), ...(retryableCodes.has(code) ? { retryable: true } : {}) },
  };
}

/** class-validator's messages arrive as a list in the exception's response. */
function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return exception.message;
}
