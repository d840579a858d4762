import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module.js';
import { AppError } from '../errors.js';

/** A fixed window after one hit. */
export interface Window {
  /** Whether the hit fitted under the limit. */
  allowed: boolean;
  /** What the window holds after the hit (refused charges are not kept). */
  used: number;
  /** Milliseconds until the window closes. */
  resetMs: number;
}

interface CounterStore {
  /**
   * Adds `amount` to the window of `key`. With `refundAbove`, an addition that would take the window
   * over that limit is not kept (a budget is not spent on work that was refused).
   */
  hit(key: string, amount: number, windowMs: number, refundAbove?: number): Promise<Window>;
  close(): Promise<void>;
}

/** Fixed windows in this process: right for one instance. */
class MemoryCounters implements CounterStore {
  private readonly windows = new Map<string, { used: number; resetAt: number }>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000).unref();

  async hit(key: string, amount: number, windowMs: number, refundAbove?: number): Promise<Window> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { used: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    const allowed = refundAbove === undefined || window.used + amount <= refundAbove;
    if (allowed || refundAbove === undefined) window.used += amount;
    return { allowed, used: window.used, resetMs: window.resetAt - now };
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}

/** Fixed windows in Redis, shared by every instance: one atomic script per hit. */
class RedisCounters implements CounterStore {
  // ARGV: amount, window ms, refund limit (-1: keep every hit).
  private static readonly script = `
    local amount = tonumber(ARGV[1])
    local used = redis.call('INCRBY', KEYS[1], amount)
    if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
    local limit = tonumber(ARGV[3])
    if limit >= 0 and used > limit then
      used = redis.call('DECRBY', KEYS[1], amount)
      return {0, used, redis.call('PTTL', KEYS[1])}
    end
    return {1, used, redis.call('PTTL', KEYS[1])}`;

  constructor(private readonly redis: Redis) {}

  async hit(key: string, amount: number, windowMs: number, refundAbove?: number): Promise<Window> {
    const [allowed, used, ttl] = (await this.redis.eval(RedisCounters.script, 1, `rate:${key}`, amount, windowMs, refundAbove ?? -1)) as [
      number,
      number,
      number,
    ];
    return { allowed: allowed === 1, used, resetMs: ttl > 0 ? ttl : windowMs };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/**
 * Counts attempts and spends budgets per key in fixed windows. With REDIS_URL the counts hold across
 * instances; if Redis cannot be reached, requests are let through (and logged) rather than refused.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly store: CounterStore;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {
    this.store = config.redisUrl
      ? new RedisCounters(new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }))
      : new MemoryCounters();
  }

  /**
   * Counts one attempt and refuses it with RATE_LIMITED (and the seconds to wait) once the window
   * holds more than `limit`. Refused attempts count too: guessing on does not reopen the window.
   */
  async consume(key: string, limit: number, windowMs = 60_000, what = 'requests'): Promise<void> {
    const window = await this.hit(key, 1, windowMs);
    if (window && window.used > limit) throw rateLimited(`Too many ${what}`, window.resetMs);
  }

  /**
   * Spends `amount` of the budget `limit` of `key` if it fits; a charge that does not fit is not kept.
   * Answers the window after the charge, or undefined when the counters cannot be reached.
   */
  charge(key: string, amount: number, limit: number, windowMs = 60_000): Promise<Window | undefined> {
    return this.hit(key, amount, windowMs, limit);
  }

  private async hit(key: string, amount: number, windowMs: number, refundAbove?: number): Promise<Window | undefined> {
    try {
      return await this.store.hit(key, amount, windowMs, refundAbove);
    } catch (error) {
      this.logger.warn({ err: error }, 'rate-limit counters unreachable; request let through');
      return undefined;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}

/** RATE_LIMITED with the whole seconds until the window reopens. */
export function rateLimited(what: string, resetMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(resetMs / 1000));
  return new AppError('RATE_LIMITED', `${what}; try again in ${retryAfterSeconds} s`, undefined, { retryAfterSeconds });
}
