import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { databaseInputError, isDatabaseUnavailable, loggableError, serviceUnavailable } from '../database-errors.js';
import { AppError, type ErrorCode } from '../errors.js';

const httpStatusCodes: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

interface ErrorWithList extends Error {
  errors?: unknown[];
}

/**
 * The one place where errors become what clients see: every error gets `extensions.code`; messages of
 * unexpected errors are replaced in production; stack traces and SQL never leave the server.
 */
export function formatErrors(errors: readonly GraphQLError[], options: { production: boolean; logger: Logger; requestId?: string }): GraphQLFormattedError[] {
  return errors.flatMap((error) => {
    // Mercurius wraps validation and depth-limit failures in one error that lists them.
    const inner = (error.originalError as ErrorWithList | undefined)?.errors;
    if (Array.isArray(inner)) return inner.map(requestError);
    return [formatOne(error, options)];
  });
}

function formatOne(error: GraphQLError, options: { production: boolean; logger: Logger; requestId?: string }): GraphQLFormattedError {
  const original = error.originalError;
  if (original instanceof AppError) return clientError(error, original.code, original.message, original.field, original.details);
  if (original instanceof HttpException) {
    const code = httpStatusCodes[original.getStatus()];
    if (code) return clientError(error, code, httpMessage(original));
  }
  if (isDatabaseUnavailable(original)) {
    const unavailable = serviceUnavailable();
    return clientError(error, unavailable.code, unavailable.message, undefined, unavailable.details);
  }
  const refused = databaseInputError(original);
  if (refused) {
    // The database's own rules caught input that an edge check should have refused: answer as the
    // caller's error, and say which check is missing.
    options.logger.warn({ err: loggableError(original), path: error.path, reqId: options.requestId }, 'the database refused input that no edge check caught');
    return clientError(error, refused.code, refused.message, refused.field);
  }
  if (!original || original instanceof GraphQLError) {
    // Raised by graphql-js itself: syntax, validation or variable coercion. The request is at fault.
    return clientError(error, 'BAD_USER_INPUT');
  }
  options.logger.error({ err: loggableError(original), path: error.path, reqId: options.requestId }, 'unexpected error in a GraphQL operation');
  return clientError(error, 'INTERNAL', options.production ? 'Internal server error' : original.message);
}

/** A failure of the request as a whole (syntax, validation, depth), before anything ran. */
function requestError(item: unknown): GraphQLFormattedError {
  if (item instanceof GraphQLError) return clientError(item, 'BAD_USER_INPUT');
  const depth = /query depth \((\d+)\) exceeds the query depth limit of (\d+)/.exec(String((item as Error).message));
  const message = depth
    ? `The query is nested ${depth[1]} levels deep; the limit is ${depth[2]}. Split it into several queries.`
    : String((item as Error).message);
  return { message, extensions: { code: 'BAD_USER_INPUT' } };
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
    extensions: { code, ...(field ? { field } : {}), ...details },
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

