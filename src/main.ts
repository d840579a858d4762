import 'reflect-metadata';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory.js';
import { createLogger } from './common/logging/logger.js';
import { ConfigError, loadConfig, redactUrl, type AppConfig } from './config/config.js';
import { startDatabaseServer } from './database/database-server.js';
import { seedDemoAccounts } from './database/seed/demo-accounts.js';
import { seedDemoData } from './database/seed/seed.js';
import { ShutdownState } from './health/shutdown-state.js';

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  const database = await startDatabaseServer(config, logger);
  logger.info({ database: redactUrl(database.url), embedded: database.embedded }, 'database selected');
  if (config.auth.jwtSecretGenerated) {
    logger.warn('JWT_SECRET is not set: access tokens are signed with a random key of this process and stop working when it restarts (refresh tokens still work)');
  }

  let app: NestFastifyApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests, finishing those under way');
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs).unref();
    try {
      if (app) {
        app.get(ShutdownState).stopping = true;
        await app.close(); // stops listening, waits for requests, closes the pool
      }
      await database.stop();
      logger.info('stopped');
      clearTimeout(deadline);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    app = await createApp({ config, logger, databaseUrl: database.url });
    if (database.embedded && config.embedded.seedOnCreate) {
      const report = await seedDemoData(app.get(DataSource));
      logger.info(report, 'demo data loaded into the embedded database');
      // Demo accounts exist only on the embedded database, with random passwords kept beside it.
      const accountsFile = path.join(path.dirname(config.embedded.dataDir), 'demo-accounts.json');
      await seedDemoAccounts(app.get(DataSource), accountsFile);
      logger.warn(`this embedded database has demo accounts (sample data); their emails and passwords are in ${accountsFile}`);
    }
    await app.listen({ port: config.port, host: config.host });
    const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
    logger.info(`GraphQL API at http://${shown}:${config.port}/graphql${config.graphql.ide ? `, IDE at http://${shown}:${config.port}/graphiql` : ''}`);
  } catch (error) {
    logger.fatal({ err: error }, `could not start: ${(error as Error).message}`);
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
}

void bootstrap();
