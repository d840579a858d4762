import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppError, httpStatusOf } from './errors.js';

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
      .status(httpStatusOf[error.code])
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ error: { code: error.code, message: error.message, field: error.field ?? null } }));
  }
}
