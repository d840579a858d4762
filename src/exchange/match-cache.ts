import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { RevisionCache } from '../common/revision-cache.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

/** Rankings of matches, kept until an offer or a demand changes (`exchange_revision`, see the ExchangeRevision migration). */
@Injectable()
export class MatchCache extends RevisionCache {
  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig, @Inject(APP_LOGGER) logger: Logger) {
    super(dataSource, config, logger, 'exchange_revision');
  }
}
