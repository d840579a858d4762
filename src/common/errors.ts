import type { RequestErrorCode } from './error-codes.js';

/**
 * Codes every GraphQL error carries in `extensions.code`, listed with their meaning in `error-codes.ts`
 * (values of the schema's `ErrorCode` enum). Expected business outcomes of a mutation are typed results
 * instead; these are for requests that cannot be answered as asked.
 */
export type ErrorCode = RequestErrorCode;

/** An error whose message is written for the caller and safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The argument or input field at fault, as a dotted path (e.g. `filter.country`). */
    readonly field?: string,
    /** More facts for the client, e.g. `retryAfterSeconds`. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badUserInput = (message: string, field?: string) => new AppError('BAD_USER_INPUT', message, field);

/** What does not exist (or is closed to everyone alike). */
export const notFound = (what = 'record', field?: string) => new AppError('NOT_FOUND', `No such ${what}`, field);

/** What callers may not see answers as absent: hidden and missing look the same. */
export const notVisible = (what: string) => new AppError('NOT_FOUND', `No such ${what}, or it is not visible to you`);

/** The record found, or NOT_FOUND as `notVisible` says it. */
export function foundOr<T>(record: T | null | undefined, what: string): T {
  if (record == null) throw notVisible(what);
  return record;
}

export const forbidden = (message = 'You may not do this') => new AppError('FORBIDDEN', message);

/** Whether a client may retry the same request unchanged later. */
export const retryableCodes: ReadonlySet<ErrorCode> = new Set(['RATE_LIMITED', 'SERVICE_UNAVAILABLE']);

/** The HTTP status that goes with each code, where the transport lets the code choose it. */
export const httpStatusOf: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PERSISTED_QUERY_NOT_FOUND: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};
