import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError, type ErrorCode } from './errors.js';

export const statusOf: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Plain HTTP routes (not GraphQL) answer an AppError with its status and the same code, message and
 * field a GraphQL client would get, as JSON.
 */
@Catch(AppError)
export class HttpAppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const retryAfter = error.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    // The route may have declared another content type (an SVG picture, say): the error is JSON.
    void reply
      .status(statusOf[error.code])
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ error: { code: error.code, message: error.message, field: error.field ?? null } }));
  }
}
