import { createHash } from 'node:crypto';
import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { preparedQuery } from './prepared-query.js';

interface Entry {
  revision: string;
  storedAt: number;
  value: Promise<unknown>;
  /** How long the value took to compute, once it has. */
  computeMs?: number;
  /** A newer value under way, while this one is still served (`serveStale`). */
  refreshing?: Promise<void>;
}

export interface CacheOptions {
  /**
   * For figures that can take seconds (the network): when the last computation took longer than
   * `slowMs`, a change is answered with the value there is while the new one is computed in the
   * background, instead of making the caller wait.
   */
  serveStale?: boolean;
}

/** A computation slower than this is refreshed in the background when `serveStale` allows it. */
const slowMs = 500;

/**
 * Keeps what was computed from the database until the records behind it change: the database moves
 * a revision sequence whenever one does (its triggers run at commit, see the InsightRevision
 * migration). Entries are also dropped after `maxAgeMs`, which bounds how long a change committed at
 * the very moment of a read can go unseen. What depends on the caller is keyed by what the caller may
 * read (the organisations whose records it reads are part of the key or of the statement's
 * parameters), so nothing passes between callers. Each domain keeps its own cache over its own sequence.
 */
export class RevisionCache implements OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries = 256;
  private readonly maxAgeMs = 60_000;
  private reading: Promise<string> | undefined;
  /** With REDIS_URL, where instances share what they computed, under the revision it was computed at. */
  private readonly shared: Redis | undefined;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly logger: Logger,
    /** The sequence the records' triggers move. */
    private readonly sequence: string,
  ) {
    this.shared = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }) : undefined;
    // Errors are reported where a value is read or written; a Redis that is down is only a cache missed.
    this.shared?.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.shared?.quit().catch(() => undefined);
  }

  /** The rows of an SQL statement, read again only once the records behind it changed. */
  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.get(`${sql}\u0000${JSON.stringify(params)}`, () => this.dataSource.query(sql, params) as Promise<T[]>);
  }

  async get<T>(key: string, compute: () => Promise<T>, options: CacheOptions = {}): Promise<T> {
    const revision = await this.revision();
    const found = this.entries.get(key);
    if (found && found.revision === revision && Date.now() - found.storedAt < this.maxAgeMs) return found.value as Promise<T>;
    if (found && options.serveStale && (found.computeMs ?? 0) > slowMs) {
      found.refreshing ??= this.computed(() => this.sharedValue(key, revision, compute)).then(
        ({ value, ms }) => this.store(key, revision, Promise.resolve(value), ms),
        () => void (found.refreshing = undefined),
      );
      return found.value as Promise<T>;
    }
    // The promise is kept, so that requests arriving while it is computed share it.
    const running = this.computed(() => this.sharedValue(key, revision, compute));
    const value = running.then(({ value }) => value);
    this.store(key, revision, value);
    running.then(({ ms }) => {
      const entry = this.entries.get(key);
      if (entry?.value === value) entry.computeMs = ms;
    }, () => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }

  /**
   * The current revision. Reports asking at the same moment (a funnel sends seven statements at once)
   * share one read instead of each making their own.
   */
  private revision(): Promise<string> {
    this.reading ??= preparedQuery<{ revision: string }>(this.dataSource, `revision_of_${this.sequence}`, `SELECT last_value::text || ':' || is_called::text AS revision FROM ${this.sequence}`)
      .then((rows) => rows[0].revision)
      .finally(() => (this.reading = undefined));
    return this.reading;
  }

  private store(key: string, revision: string, value: Promise<unknown>, computeMs?: number): void {
    this.entries.delete(key);
    this.entries.set(key, { revision, storedAt: Date.now(), value, computeMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * The value another instance computed at this revision, or the value computed here (and offered
   * to the others). Values travel as JSON: dates arrive as ISO text, which the API writes as they are.
   */
  private async sharedValue<T>(key: string, revision: string, compute: () => Promise<T>): Promise<T> {
    if (!this.shared) return compute();
    const sharedKey = `${this.sequence}:${createHash('sha256').update(key).digest('base64url')}:${revision}`;
    try {
      const found = await this.shared.get(sharedKey);
      if (found !== null) return JSON.parse(found) as T;
    } catch (error) {
      this.logger.warn({ err: error }, 'the shared cache could not be read; computing the value here');
    }
    const value = await compute();
    this.shared.set(sharedKey, JSON.stringify(value), 'PX', this.maxAgeMs).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'the shared cache could not be written');
    });
    return value;
  }

  private async computed<T>(compute: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now();
    const value = await compute();
    return { value, ms: performance.now() - started };
  }
}
