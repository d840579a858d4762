import { Catch, Inject, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../config/config.module.js';
import { databaseInputError, isDatabaseUnavailable, loggableError, serviceUnavailable } from './database-errors.js';
import { databaseHealthOf } from './database-health.js';
import { AppError, httpStatusOf } from './errors.js';
import { noteErrorCodes } from './graphql/operation-outcome.js';

/**
 * Plain HTTP routes (not GraphQL) answer an AppError with its status and the same code, message and
 * field a GraphQL client would get, as JSON. A database that cannot answer is SERVICE_UNAVAILABLE
 * (503, retryable), counted rather than logged per request; input the database refused is the
 * caller's error, as in GraphQL; anything else is Nest's to answer.
 */
@Catch()
export class HttpAppErrorFilter extends BaseExceptionFilter {
  constructor(@Inject(APP_LOGGER) private readonly logger: Logger) {
    super();
  }

  override catch(error: unknown, host: ArgumentsHost): void {
    if (isDatabaseUnavailable(error)) {
      databaseHealthOf(this.logger).refused(error);
      return sendAppError(host, error instanceof AppError ? error : serviceUnavailable());
    }
    if (error instanceof AppError) return sendAppError(host, error);
    const refused = databaseInputError(error);
    if (refused) {
      this.logger.warn({ err: loggableError(error) }, 'the database refused input that no edge check caught');
      return sendAppError(host, refused);
    }
    super.catch(error, host);
  }
}

function sendAppError(host: ArgumentsHost, error: AppError): void {
  const reply = host.switchToHttp().getResponse<FastifyReply>();
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  noteErrorCodes(reply.request, [error.code]);
  // The route may have declared another content type (an SVG picture, say): the error is JSON.
  void reply
    .status(httpStatusOf[error.code])
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify({ error: { code: error.code, message: error.message, field: error.field ?? null } }));
}
