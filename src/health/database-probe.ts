import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { databaseHealthOf } from '../common/database-health.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';

/**
 * Whether the database answers now, within the readiness timeout: a database that hangs must not
 * hang the question. Readiness asks it, and so does the outage log to notice the end of an outage.
 */
@Injectable()
export class DatabaseProbe implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    databaseHealthOf(this.logger).probeWith(() => this.answers());
  }

  onApplicationShutdown(): void {
    databaseHealthOf(this.logger).stop();
  }

  async answers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.config.readinessTimeoutMs)));
    // The statement may still be waiting when the timeout answers; its late failure is of no interest.
    const answered = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      const ok = await Promise.race([answered, timedOut]);
      if (ok) databaseHealthOf(this.logger).answered();
      return ok;
    } finally {
      clearTimeout(timer);
    }
  }
}
