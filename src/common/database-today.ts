import type { DataSource } from 'typeorm';
import type { RequestContext } from './request-context.js';

/**
 * The database's date (YYYY-MM-DD), read once per request, so that "today" is the same for every
 * rule and query of it, and the same the database's own checks and CURRENT_DATE conditions use.
 */
export function databaseToday(ctx: RequestContext, dataSource: DataSource): Promise<string> {
  return ctx.loader('databaseToday', async () => {
    const [row]: { today: string }[] = await (ctx.manager ?? dataSource.manager).query(`SELECT CURRENT_DATE::text AS today`);
    return row.today;
  });
}
