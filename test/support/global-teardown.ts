import './resolve-ts.cjs';
import type { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { withAdminClient } from './test-database.js';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (template) await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
  await (globalThis as { testPostgres?: EmbeddedPostgres }).testPostgres?.stop();
}
