import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Metrics } from './metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics` for Prometheus. A route of Fastify's, outside Nest's guard: a scraper is not a caller
 * of the API (no session, no budget), and its bearer token is not an access token. With METRICS_TOKEN
 * set, a scrape without `Authorization: Bearer <token>` is refused.
 */
@Injectable()
export class MetricsRoute implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const expected = this.config.metrics.token === undefined ? undefined : digest(`Bearer ${this.config.metrics.token}`);
    fastify.get('/metrics', async (request: FastifyRequest, reply: FastifyReply) => {
      // Compared as digests of equal length, in constant time.
      if (expected && !timingSafeEqual(digest(String(request.headers.authorization ?? '')), expected)) {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer')
          .send({ error: { code: 'UNAUTHENTICATED', message: 'Send the metrics token as Authorization: Bearer <token>', field: null } });
      }
      return reply.header('content-type', this.metrics.contentType).header('cache-control', 'no-store').send(await this.metrics.scrape());
    });
  }
}
