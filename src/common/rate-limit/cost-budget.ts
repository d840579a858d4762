import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { principalKey, type RequestContext } from '../request-context.js';
import { RateLimiter, rateLimited } from './rate-limiter.js';

/** What a caller learns of its budget with every answer (`extensions.cost`), as GitHub's `rateLimit` tells. */
export interface CostStatus {
  /** Points this operation cost. */
  requested: number;
  /** Points per window. */
  limit: number;
  remaining: number;
  /** When the window starts again (ISO 8601). */
  resetAt: string;
}

/** Objects per point: GitHub's normalisation, so a small query costs 1 and a page of 50 with lists about 12. */
export const objectsPerPoint = 100;

export const pointsFor = (objects: number) => Math.max(1, Math.ceil(objects / objectsPerPoint));

/** Somewhere to write response headers (a Fastify reply). */
interface HeaderSink {
  header(name: string, value: string): unknown;
}

/**
 * Each principal (person, API key, anonymous address) has a budget of points per minute, shared
 * through Redis when REDIS_URL is set. An operation is charged as a whole before it runs; one that does
 * not fit is refused whole (RATE_LIMITED, HTTP 429) and costs nothing. Every answer carries the
 * IETF `RateLimit-*` headers.
 */
@Injectable()
export class CostBudget {
  constructor(
    private readonly rateLimiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async charge(ctx: RequestContext, points: number, reply: HeaderSink | undefined): Promise<CostStatus> {
    const limit = this.config.rateLimits.pointsPerMinute;
    const window = await this.rateLimiter.charge(`budget:${budgetKey(ctx)}`, points, limit);
    const resetMs = window?.resetMs ?? 60_000;
    const used = window?.used ?? 0;
    const status: CostStatus = {
      requested: points,
      limit,
      remaining: Math.max(0, limit - used),
      resetAt: new Date(Date.now() + resetMs).toISOString(),
    };
    ctx.cost = status;
    if (reply) {
      reply.header('ratelimit-limit', String(limit));
      reply.header('ratelimit-remaining', String(status.remaining));
      reply.header('ratelimit-reset', String(Math.ceil(resetMs / 1000)));
    }
    if (window && !window.allowed) {
      const error = rateLimited(`This operation costs ${points} points and ${status.remaining} of ${limit} are left this minute`, resetMs);
      reply?.header('retry-after', String(error.details?.retryAfterSeconds));
      throw error;
    }
    return status;
  }
}

/** People and keys by id, anonymous callers by address. */
const budgetKey = (ctx: RequestContext) => principalKey(ctx.principal) ?? `ip:${ctx.ip}`;
