import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../../config/config.module.js';
import { AppError } from '../errors.js';

interface Window {
  count: number;
  /** Milliseconds until the window closes. */
  resetMs: number;
}

interface CounterStore {
  hit(key: string, windowMs: number): Promise<Window>;
  close(): Promise<void>;
}

/** Fixed windows in this process: right for one instance. */
class MemoryCounters implements CounterStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000).unref();

  async hit(key: string, windowMs: number): Promise<Window> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetMs: window.resetAt - now };
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
  private static readonly script = `
    local count = redis.call('INCR', KEYS[1])
    if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
    return {count, redis.call('PTTL', KEYS[1])}`;

  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number): Promise<Window> {
    const [count, ttl] = (await this.redis.eval(RedisCounters.script, 1, `rate:${key}`, windowMs)) as [number, number];
    return { count, resetMs: ttl > 0 ? ttl : windowMs };
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/**
 * Counts attempts per key in fixed windows and refuses those over the limit with RATE_LIMITED and
 * the seconds to wait. With REDIS_URL the count holds across instances; if Redis cannot be reached,
 * requests are let through (and logged) rather than refused.
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

  async consume(key: string, limit: number, windowMs = 60_000, what = 'requests'): Promise<void> {
    let window: Window;
    try {
      window = await this.store.hit(key, windowMs);
    } catch (error) {
      this.logger.warn({ err: error }, 'rate-limit counters unreachable; request let through');
      return;
    }
    if (window.count > limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil(window.resetMs / 1000));
      throw new AppError('RATE_LIMITED', `Too many ${what}; try again in ${retryAfterSeconds} s`, undefined, { retryAfterSeconds });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}
