import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { NestPinoLogger } from './common/logging/logger.js';
import type { AppConfig } from './config/config.js';

/** Builds the application on Fastify with the JSON logger and request ids. */
export async function createApp(config: AppConfig, logger: Logger, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    requestIdHeader: 'x-request-id',
    requestIdLogLabel: 'reqId',
    genReqId: () => randomUUID(),
    // Idle keep-alive connections are closed at shutdown so that close() does not wait on them.
    forceCloseConnections: 'idle',
    bodyLimit: 1_048_576,
  });
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, logger, databaseUrl }), adapter, {
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  return app;
}

