import './resolve-ts.cjs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/data-source.js';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { databaseUrl, withAdminClient } from './test-database.js';

/**
 * Picks the server the e2e tests use (DATABASE_URL when set, as CI does against the machine's
 * PostgreSQL; otherwise the embedded server in .data/test-postgres), and migrates a template
 * database from empty that each test file copies.
 */
export default async function globalSetup(): Promise<void> {
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    const server = new EmbeddedPostgres({
      dataDir: path.resolve(process.env.TEST_EMBEDDED_PG_DATA_DIR ?? '.data/test-postgres'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54329),
      log: (level, message) => level === 'warn' && console.warn(message),
    });
    admin = (await server.start()).url;
    (globalThis as { testPostgres?: EmbeddedPostgres }).testPostgres = server;
  }
  process.env.TEST_DATABASE_ADMIN_URL = admin;

  const template = `th_template_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${template}`));
  const dataSource = new DataSource(dataSourceOptions({ url: databaseUrl(template) }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.TEST_TEMPLATE_DATABASE = template;
}
