import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule, type AppSettings } from './app.module.js';
import { registerGraphqlHttpRules, requestIdOf } from './common/graphql/graphql-http.js';
import { registerLogContext, requestLogger } from './common/logging/log-context.js';
import { NestPinoLogger } from './common/logging/logger.js';
import { RequestLog } from './common/logging/request-log.js';

/** Fastify with the JSON logger and a request id on every request, log line and response. */
export function createHttpAdapter(logger: Logger, trustProxyHops = 0): FastifyAdapter {
  const adapter = new FastifyAdapter({
    // Behind proxies, the caller's address (for abuse limits and logs) comes from X-Forwarded-For.
    trustProxy: (_address: string, hop: number) => hop < trustProxyHops,
    loggerInstance: logger,
    logController: new RequestLog(),
    childLoggerFactory: requestLogger,
    // The caller's x-request-id is kept when it is safe to write into logs and the audit trail.
    requestIdHeader: false,
    genReqId: requestIdOf,
    // Idle keep-alive connections are closed at shutdown so that close() does not wait on them.
    forceCloseConnections: 'idle',
    bodyLimit: 1_048_576,
  });
  const fastify = adapter.getInstance();
  // First, so that every hook after it logs with the request's id.
  registerLogContext(fastify);
  registerGraphqlHttpRules(fastify);
  // Connections busy when shutdown begins are closed after their answer, instead of idling until the
  // keep-alive timeout holds the shutdown up.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });
  return adapter;
}

export function createApp(settings: AppSettings): Promise<NestFastifyApplication> {
  return NestFactory.create<NestFastifyApplication>(AppModule.forRoot(settings), createHttpAdapter(settings.logger, settings.config.trustProxyHops), {
    logger: new NestPinoLogger(settings.logger),
    abortOnError: false,
  });
}
