import 'reflect-metadata';
import fs from 'node:fs/promises';
import net from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory.js';
import { keepHeapNearLiveSize } from './common/heap.js';
import { createLogger } from './common/logging/logger.js';
import { ConfigError, loadConfig, redactUrl, type AppConfig } from './config/config.js';
import { demoAccountsFile, startDatabaseServer, type DatabaseServer } from './database/database-server.js';
import { seedDemoAccounts } from './demo/demo-accounts.js';
import { seedDemoData } from './demo/seed.js';
import { seedSampleEcosystem } from './demo/sample-ecosystem.js';
import { ShutdownState } from './health/shutdown-state.js';

/** Signals that ask the service to stop: Ctrl-C, a service manager, a closed terminal. */
const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs the service until a signal, then stops it in order: no new requests, those under way finish,
 * the pool closes, the embedded database shuts down. A start that fails says why in one line and
 * stops what it had started; so does a signal that arrives while the service is still starting.
 */
function main(): void {
  const config = configOrExit();
  keepHeapNearLiveSize(config.heapGrowingPercent);
  const logger = createLogger(config);
  let database: DatabaseServer | undefined;
  /** The database's start, so that a stop forced while it is still under way can wait for it and stop it. */
  let databaseStarted: Promise<DatabaseServer | undefined> = Promise.resolve(undefined);
  let app: NestFastifyApplication | undefined;
  let stopping: Promise<void> | undefined;
  /** Set when shutdown outlasts SHUTDOWN_GRACE_MS. */
  let overran = false;

  const start = async (): Promise<boolean> => {
    try {
      if (config.jobs.http) await checkCanListen(config);
      const starting = startDatabaseServer(config, logger);
      databaseStarted = starting;
      const server = await starting;
      database = server;
      logger.info({ database: redactUrl(server.url), embedded: server.embedded }, 'database selected');
      if (config.auth.jwtSecretGenerated) {
        logger.warn('JWT_SECRET is not set: access tokens are signed with a random key of this process and stop working when it restarts (refresh tokens still work)');
      }
      if (stopping) return true;
      app = await createApp({ config, logger, databaseUrl: server.url });
      if (stopping) return true;
      if (server.embedded && config.embedded.seedOnCreate) await seedEmbeddedDatabase(app, server, config, logger);
      if (stopping) return true;
      if (!config.jobs.http) {
        await app.init();
        logger.info('running background jobs only (SERVICE_ROLE=worker): no HTTP');
        return true;
      }
      await listen(app, config);
      const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
      logger.info(`GraphQL API at http://${shown}:${config.port}/graphql${config.graphql.ide ? `, IDE at http://${shown}:${config.port}/graphiql` : ''}`);
      return true;
    } catch (error) {
      // The one line that says what to change; a fault nobody foresaw keeps its stack for a report.
      if (error instanceof ConfigError) logger.fatal(`could not start: ${error.message}`);
      else logger.fatal({ err: error }, `could not start: ${(error as Error).message}`);
      return false;
    }
  };

  const started = start();

  /** Stops once, whatever asks (signals, a failed start); only the grace deadline cuts it short. */
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      const deadline = setTimeout(() => void stopAfterDeadline(), config.shutdownGraceMs);
      const startedWell = await started;
      let stoppedWell = true;
      try {
        if (app) {
          app.get(ShutdownState).stopping = true;
          await app.close(); // stops listening, waits for requests, closes the pool
        }
        await database?.stop();
      } catch (error) {
        stoppedWell = false;
        logger.error({ err: error }, 'shutdown failed');
        await database?.stop().catch(() => undefined);
      }
      if (overran) return; // the deadline's path ends the process
      clearTimeout(deadline);
      // A failed start ends on its reason, already said.
      if (startedWell && stoppedWell) logger.info('stopped');
      process.exit(startedWell && stoppedWell ? 0 : 1);
    })());

  const stopAfterDeadline = async () => {
    overran = true;
    logger.error(`shutdown took longer than SHUTDOWN_GRACE_MS (${config.shutdownGraceMs} ms): stopping the database and exiting`);
    try {
      const server = await databaseStarted.catch(() => undefined);
      await server?.stop();
      logger.info('stopped');
    } catch (error) {
      logger.error({ err: error }, 'the embedded database did not stop');
    }
    process.exit(1);
  };

  for (const signal of stopSignals) {
    // `on`, not `once`: npm forwards the terminal's Ctrl-C that the service has already received, and a
    // second signal must not kill the process in the middle of its shutdown.
    process.on(signal, () => {
      if (stopping) {
        logger.debug({ signal }, 'already shutting down');
        return;
      }
      logger.info({ signal }, 'shutting down: no new requests, finishing those under way');
      void stop();
    });
  }
  void started.then((startedWell) => {
    if (!startedWell) void stop();
  });
}

function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Loads the demo actors (idempotent) and, on a new database, the sample ecosystem and the demo accounts with new passwords. */
async function seedEmbeddedDatabase(app: NestFastifyApplication, database: DatabaseServer, config: AppConfig, logger: Logger): Promise<void> {
  const dataSource = app.get(DataSource);
  const report = await seedDemoData(dataSource);
  logger.info(report, 'demo data loaded into the embedded database');
  // A new database also gets the labelled sample ecosystem, so that reports and charts show something.
  if (database.databaseCreated && (await dataSource.transaction((manager) => seedSampleEcosystem(manager)))) {
    logger.info('sample ecosystem (sample data: projects, technologies, a licence, offers and demands) loaded into the new embedded database');
  }
  // Demo accounts exist only on the embedded database, with random passwords kept beside it. A file
  // left from a database deleted since names accounts that no longer exist: they are made anew.
  const accountsFile = demoAccountsFile(config);
  if (database.databaseCreated) await fs.rm(accountsFile, { force: true });
  await seedDemoAccounts(dataSource, accountsFile);
  logger.warn(`this embedded database has demo accounts (sample data); their emails and passwords are in ${accountsFile}`);
}

/**
 * Fails at once, before the database starts, when HOST:PORT cannot be had, naming the setting to
 * change. (Should the port be taken later, the listen error is said the same way.)
 */
async function checkCanListen(config: AppConfig): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => reject(listenFailure(error, config)));
    probe.listen({ port: config.port, host: config.host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

async function listen(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.listen({ port: config.port, host: config.host }).catch((error: unknown) => Promise.reject(listenFailure(error, config)));
}

function listenFailure(error: unknown, config: AppConfig): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new ConfigError(`port ${config.port} is in use: set PORT to a free port`);
    case 'EACCES':
      return new ConfigError(`port ${config.port} needs privileges this account does not have: set PORT to a free port from 1024`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ConfigError(`HOST ${config.host} is not an address of this machine: set HOST to one (0.0.0.0 listens on all)`);
    default:
      return error;
  }
}

main();
