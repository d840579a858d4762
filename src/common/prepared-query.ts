import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** pg's pool or one of its clients. */
export interface Queryable {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs a statement straight on pg (the pool, or `client` when given), without a TypeORM query
 * runner; with a `name`, as a named statement that PostgreSQL parses and plans once per connection
 * (`name` must stand for this one text). Counted as every statement is.
 */
export async function sqlRows<T>(dataSource: DataSource, statement: { name?: string; text: string; values: unknown[] }, client?: Queryable): Promise<T[]> {
  dataSource.logger.logQuery(statement.text);
  const target = client ?? ((dataSource.driver as PostgresDriver).master as Queryable);
  const { name, text, values } = statement;
  return (await target.query(name ? { name, text, values } : { text, values })).rows as T[];
}

/** One of the statements asked on nearly every request (the session check, the caller's memberships, a cache's revision), named. */
export function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[] = []): Promise<T[]> {
  return sqlRows<T>(dataSource, { name, text, values });
}
