import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { EmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseServer {
  url: string;
  /** Whether the database is the embedded default (the demo actors are loaded into it). */
  embedded: boolean;
  stop(): Promise<void>;
}

/** The operator's server when `DATABASE_URL` is set; otherwise the embedded one, started here. */
export async function startDatabaseServer(config: AppConfig, logger: Logger): Promise<DatabaseServer> {
  if (config.database.url) {
    return { url: config.database.url, embedded: false, stop: async () => undefined };
  }
  const server = new EmbeddedPostgres({
    dataDir: config.embedded.dataDir,
    port: config.embedded.port,
    log: (level, message) => logger[level]({ component: 'embedded-postgres' }, message),
  });
  const { url } = await server.start();
  return { url, embedded: true, stop: () => server.stop() };
}
