import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { databaseHealthOf } from '../common/database-health.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';

/**
 * Whether the database answers now, within the readiness timeout: a database that hangs must not
 * hang the question. It asks over a connection of its own, so a pool busy with a heavy load is not
 * taken for a database that is gone. Readiness asks it; so does the outage log, to notice the end of
 * an outage; and a watchdog asks it every few seconds, so that a database that hangs (and so fails no
 * statement until the statement timeout) opens an outage within seconds, and requests are refused at
 * once instead of waiting on it.
 */
@Injectable()
export class DatabaseProbe implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private client: pg.Client | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private asking: Promise<boolean> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    databaseHealthOf(this.logger).probeWith(() => this.answers());
  }

  onApplicationBootstrap(): void {
    const health = databaseHealthOf(this.logger);
    const every = Math.max(2 * this.config.readinessTimeoutMs, 2_000);
    this.watchdog = setInterval(() => {
      if (health.unavailable) return; // the outage log probes on its own while it lasts
      void this.answers().then((ok) => ok || health.failed(new Error(`the database did not answer within ${this.config.readinessTimeoutMs} ms`)));
    }, every).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.watchdog);
    databaseHealthOf(this.logger).stop();
    this.drop();
  }

  /** Concurrent askers share one question. */
  answers(): Promise<boolean> {
    this.asking ??= this.ask().finally(() => (this.asking = undefined));
    return this.asking;
  }

  private async ask(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.config.readinessTimeoutMs)));
    // The statement may still be waiting when the timeout answers; its late failure is of no interest.
    const answered = this.selectOne().then(
      () => true,
      () => false,
    );
    try {
      const ok = await Promise.race([answered, timedOut]);
      if (ok) databaseHealthOf(this.logger).answered();
      else this.drop(); // a connection that did not answer in time is not trusted again
      return ok;
    } finally {
      clearTimeout(timer);
    }
  }

  private async selectOne(): Promise<void> {
    if (!this.client) {
      const client = new pg.Client({
        connectionString: (this.dataSource.options as { url?: string }).url,
        connectionTimeoutMillis: this.config.readinessTimeoutMs,
        application_name: 'triple-helix-api probe',
      });
      client.on('error', () => this.drop());
      this.client = client;
      await client.connect();
    }
    await this.client.query('SELECT 1');
  }

  /** Forgets the connection without waiting on it: a server that hangs would never confirm the goodbye. */
  private drop(): void {
    const client = this.client as (pg.Client & { connection?: { stream?: { destroy(): void } } }) | undefined;
    this.client = undefined;
    if (!client) return;
    client.end().catch(() => undefined);
    client.connection?.stream?.destroy();
  }
}
