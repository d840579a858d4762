import type { DataSource } from 'typeorm';
import { InvalidInputError } from './graphql/common-errors.js';
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

/**
 * The first of the named days that lies after `today` (facts such as a filing, a grant, a receipt
 * or a payment cannot), as a problem naming its field; undefined when none does.
 */
export function futureDayProblem(today: string, days: [field: string, day: string | null | undefined][]): InvalidInputError | undefined {
  const found = days.find(([, day]) => day != null && day > today);
  return found && new InvalidInputError(`${found[0].replace(/^input\./, '')} must not be in the future (today is ${today})`, found[0]);
}
