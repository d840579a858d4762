import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config.js';
import { startDatabaseServer } from './database/database-server.js';
import { migrations } from '../migrations/index.js';
import { isDatabaseUnavailable } from './common/database-errors.js';
import { databaseHealthOf } from './common/database-health.js';
import { entities } from './entities.js';
import { SqlLogger } from './database/query-counter.js';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  logger?: Logger;
  /** Waiting for a connection longer than this fails (the database is down or saturated). */
  connectTimeoutMs?: number;
  /** Statements running longer than this are stopped. */
  statementTimeoutMs?: number;
}

/** The one description of the database, used by the app, the command line and the tests. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities,
    migrations,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Extensions are created by the migrations, not by TypeORM when it connects.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new SqlLogger(settings.logger),
    maxQueryExecutionTime: 500,
    // Pooled connections the server dropped (a restart, an outage) open one reported outage, not a line each.
    poolErrorHandler: (error: Error) => {
      if (!settings.logger) return;
      if (isDatabaseUnavailable(error)) databaseHealthOf(settings.logger).failed(error);
      else settings.logger.warn({ err: error }, 'a pooled database connection failed');
    },
    extra: {
      max: settings.poolSize ?? 10,
      application_name: 'triple-helix-api',
      connectionTimeoutMillis: settings.connectTimeoutMs ?? 5_000,
      // A statement that runs away is stopped by the server rather than holding a connection; a
      // server that hangs (and so stops nothing) is given up by the client a little later.
      statement_timeout: settings.statementTimeoutMs ?? 30_000,
      query_timeout: (settings.statementTimeoutMs ?? 30_000) + 1_000,
      idle_in_transaction_session_timeout: 60_000,
      // PostgreSQL's JIT compiles a plan whose estimated cost is high (a report over every project)
      // for longer than it then runs: 0.6 s of a 0.9 s report. The statements here are short or
      // cached, so compiling never pays.
      options: '-c jit=off',
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/**
 * Runs `work` on the configured database, for a command: `DATABASE_URL`, or the embedded server,
 * started for it and stopped after.
 */
export async function onConfiguredDatabase<T>(config: AppConfig, logger: Logger, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const server = await startDatabaseServer(config, logger);
  const dataSource = createDataSource({ url: server.url, logger });
  try {
    await dataSource.initialize();
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await server.stop();
  }
}
