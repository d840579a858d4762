import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';
import { databaseInputError, isDatabaseUnavailable, loggableError } from '../common/database-errors.js';

/**
 * TypeORM's logger, sending slow queries and failures to the JSON log. It also counts statements,
 * which the tests read to prove that nested lists cost a fixed number of queries.
 */
export class SqlLogger implements TypeOrmLogger {
  statements = 0;

  constructor(private readonly logger?: Logger) {}

  logQuery(): void {
    this.statements += 1;
  }
  /** The statement text and what PostgreSQL said, never the parameters (TypeORM passes them as a third argument, left unread). */
  logQueryError(error: string | Error, query: string): void {
    if (isDatabaseUnavailable(error)) return; // an outage is reported once, not per statement (see DatabaseHealth)
    const err = typeof error === 'string' ? { message: error } : loggableError(error);
    // Input the database refused (a duplicate, an unknown id) is answered as the caller's error, and
    // a unique key lost in a race is an expected answer: neither is a fault of the service.
    if (databaseInputError(error)) this.logger?.info({ err, query }, 'SQL statement refused its input');
    else this.logger?.error({ err, query }, 'SQL statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger?.warn({ durationMs: time, query }, 'slow SQL statement');
  }
  logSchemaBuild(message: string): void {
    this.logger?.debug(message);
  }
  logMigration(message: string): void {
    this.logger?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger?.warn(String(message));
    else this.logger?.debug(String(message));
  }
}
