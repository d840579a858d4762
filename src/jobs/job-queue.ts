import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';
import { Metrics } from '../observability/metrics.js';

export const JOB_DATABASE_URL = Symbol('JOB_DATABASE_URL');

/** The queue's own schema in the application's database. */
export const jobSchema = 'pgboss';

export interface Retry {
  /** Retries after the first attempt. */
  retryLimit: number;
  /** Seconds before the first retry; with backoff, each next one waits about twice as long (with jitter). */
  retryDelay: number;
  retryBackoff: boolean;
}

export interface JobDefinition<T extends object> {
  name: string;
  retry: Retry;
  /** Jobs of this kind handled at once by one process. */
  concurrency?: number;
  /** Runs one job; throwing fails the attempt, which is retried as `retry` says. */
  handle(job: PgBoss.JobWithMetadata<T>): Promise<void>;
}

export interface RecurringJob {
  name: string;
  /** A cron expression, in UTC. */
  cron: string;
  run(): Promise<void>;
}

/** Work a worker process does every `JOB_RELAY_INTERVAL_MS`: moving what outboxes hold into the queue. */
export interface Relay {
  name: string;
  run(): Promise<void>;
}

export interface QueueFigures {
  name: string;
  waiting: number;
  retrying: number;
  active: number;
  failed: number;
}

/**
 * The job queue: pg-boss, in the application's own database (schema `pgboss`), so it needs no server
 * of its own and works on the embedded default. Domains register their jobs, recurring jobs and
 * outbox relays when their modules start; the processes whose SERVICE_ROLE runs workers (`all`, the
 * default, or `worker`) run them, the others (`web`) only write to the outboxes. Jobs are queued in
 * the transaction of the work that makes them (`enqueue`), so none is lost or sent for a change that
 * was rolled back.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly recurring: RecurringJob[] = [];
  private readonly relays: Relay[] = [];
  private relayTimer: NodeJS.Timeout | undefined;
  private relaying: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    @Inject(JOB_DATABASE_URL) private readonly databaseUrl: string,
    metrics: Metrics,
  ) {
    const figures = () => this.figures();
    metrics.gauge({
      name: 'job_queue_jobs',
      help: 'Background jobs not yet done, by queue and state (waiting, retrying, active, failed: kept a week).',
      labelNames: ['queue', 'state'],
      async collect() {
        for (const queue of await figures()) {
          for (const state of ['waiting', 'retrying', 'active', 'failed'] as const) this.set({ queue: queue.name, state }, queue[state]);
        }
      },
    });
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  every(job: RecurringJob): void {
    this.recurring.push(job);
  }

  relay(relay: Relay): void {
    this.relays.push(relay);
  }

  /** Queues a job in `manager`'s transaction: it exists exactly when the transaction commits. */
  async enqueue<T extends object>(manager: EntityManager, name: string, data: T, options: { startAfter?: Date } = {}): Promise<void> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`no job is defined under the name ${name}`);
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
    await (await this.started()).send(name, data, { ...definition.retry, startAfter: options.startAfter, db });
  }

  /** Each queue's jobs by state, for platform admins and the metrics. */
  async figures(): Promise<QueueFigures[]> {
    const rows: { name: string; state: string; count: number }[] = await this.query(
      `SELECT name, state::text, count(*)::int AS count FROM ${jobSchema}.job WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`,
    );
    return [...this.definitions.keys(), ...this.recurring.map((job) => job.name)].sort().map((name) => {
      const count = (state: string) => rows.find((row) => row.name === name && row.state === state)?.count ?? 0;
      return { name, waiting: count('created'), retrying: count('retry'), active: count('active'), failed: count('failed') };
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.workers) return;
    const boss = await this.started();
    for (const definition of this.definitions.values()) {
      await boss.createQueue(definition.name, { name: definition.name, ...definition.retry });
      await boss.work(definition.name, { batchSize: definition.concurrency ?? 5, includeMetadata: true, pollingIntervalSeconds: 1 }, (jobs) => this.runBatch(definition, jobs as PgBoss.JobWithMetadata<object>[]));
    }
    for (const job of this.recurring) {
      await boss.createQueue(job.name, { name: job.name, retryLimit: 0 });
      await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
      await boss.work(job.name, async () => job.run());
    }
    this.relayTimer = setInterval(() => void this.relayOnce(), this.config.jobs.relayIntervalMs);
    this.logger.info({ jobs: [...this.definitions.keys()], recurring: this.recurring.map((job) => `${job.name} (${job.cron})`) }, 'job workers started');
  }

  /** Runs every relay once now (the workers do it on their own every interval). */
  relayOnce(): Promise<void> {
    this.relaying ??= (async () => {
      for (const relay of this.relays) {
        try {
          await relay.run();
        } catch (error) {
          this.logger.error({ err: error, relay: relay.name }, 'an outbox relay failed; it runs again at the next interval');
        }
      }
    })().finally(() => (this.relaying = undefined));
    return this.relaying;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.relayTimer);
    await this.relaying;
    const boss = await this.startup?.catch(() => undefined);
    await boss?.stop({ graceful: true, wait: true, timeout: Math.max(1_000, this.config.shutdownGraceMs - 1_000) });
  }

  private async runBatch(definition: JobDefinition<object>, jobs: PgBoss.JobWithMetadata<object>[]): Promise<void> {
    // One failure must fail its job only: the others of the batch are settled one by one.
    const boss = await this.started();
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await definition.handle(job);
          await boss.complete(definition.name, job.id);
        } catch (error) {
          await boss.fail(definition.name, job.id, { message: (error as Error).message });
        }
      }),
    );
  }

  private async query<T>(sql: string): Promise<T[]> {
    const boss = await this.started();
    return (await boss.getDb().executeSql(sql, [])).rows as T[];
  }

  private startup: Promise<PgBoss> | undefined;

  private started(): Promise<PgBoss> {
    this.startup ??= (async () => {
      const boss = new PgBoss({
        connectionString: this.databaseUrl,
        schema: jobSchema,
        max: 3,
        application_name: 'triple-helix-jobs',
        // Only processes that run workers schedule and maintain; the others only queue.
        supervise: this.config.jobs.workers,
        schedule: this.config.jobs.workers,
      });
      boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
      await boss.start();
      return boss;
    })();
    return this.startup;
  }
}
