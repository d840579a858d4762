import { databaseInputError } from '../database-errors.js';
import { AppError, httpStatusOf, type ErrorCode } from '../errors.js';

/** What errors of the libraries in front of the service (GraphQL, Fastify, Nest) may carry. */
interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  originalError?: unknown;
  extensions?: { code?: unknown };
  getStatus?: () => number;
}

const isCallersStatus = (status: unknown) => typeof status === 'number' && status >= 400 && status < 500;

/**
 * Whether an error is the caller's mistake (bad input, unknown or hidden record, missing or refused
 * credentials, a limit, a malformed request: any 4xx) rather than a fault of the service. The log
 * keeps `error` for faults someone must look at; a caller's mistake is `info`.
 */
export function isCallersMistake(error: unknown): boolean {
  if (Array.isArray(error)) return error.length > 0 && error.every(isCallersMistake);
  if (!error || typeof error !== 'object') return false;
  if (error instanceof AppError) return isCallersStatus(httpStatusOf[error.code]);
  const candidate = error as ErrorLike;
  // A GraphQLError: what it wraps decides; graphql-js' own (syntax, validation, variables) wrap nothing.
  if ((error as Error).name === 'GraphQLError') {
    if (candidate.originalError) return isCallersMistake(candidate.originalError);
    const code = candidate.extensions?.code;
    return typeof code === 'string' && code in httpStatusOf ? isCallersStatus(httpStatusOf[code as ErrorCode]) : true;
  }
  if (typeof candidate.getStatus === 'function') return isCallersStatus(candidate.getStatus());
  if (isCallersStatus(candidate.statusCode)) return true;
  return databaseInputError(error) !== undefined;
}

/** The error a log call is about: given alone, in a list, or as the `err` of its fields. */
export function errorOfLogCall(first: unknown): unknown {
  if (first instanceof Error || Array.isArray(first)) return first;
  return typeof first === 'object' && first !== null ? (first as { err?: unknown }).err : undefined;
}
