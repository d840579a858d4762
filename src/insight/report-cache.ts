import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { RevisionCache } from '../common/revision-cache.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

/** The reports' figures, kept until a record behind them changes (`insight_revision`, see the InsightRevision migration). */
@Injectable()
export class ReportCache extends RevisionCache {
  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig, @Inject(APP_LOGGER) logger: Logger) {
    super(dataSource, config, logger, 'insight_revision');
  }
}
