import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** pg's pool. */
interface Pool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs one of the statements asked on nearly every request (the session check, the caller's
 * memberships, a cache's revision) as a named statement on the pool: PostgreSQL parses and plans it
 * once per connection, and no TypeORM query runner is set up for it. Counted as every statement is.
 * `name` must stand for this one text.
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[] = []): Promise<T[]> {
  dataSource.logger.logQuery(text);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  return (await pool.query({ name, text, values })).rows as T[];
}
