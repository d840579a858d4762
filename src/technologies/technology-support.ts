import type { EntityManager } from 'typeorm';
import { SharesSubject } from './technology.enums.js';
import { hundredths, percent, sharesOn, type OwnershipPeriod } from './shares.js';
import { SharesDoNotTotalError } from './technology.errors.js';

const sharesConstraints = 'technology_owner_shares_total, technology_inventor_shares_total';

/**
 * Runs writes to owners or inventors and has the database check their shares at once instead of at
 * commit. The service checks first and answers a typed error; this catches anything it missed (a
 * concurrent change) and answers the same typed error, with the writes undone.
 */
export async function withSharesChecked(
  manager: EntityManager,
  written: WrittenShares,
  write: () => Promise<void>,
): Promise<SharesDoNotTotalError | undefined> {
  await manager.query(`SAVEPOINT technology_shares`);
  try {
    await write();
    await manager.query(`SET CONSTRAINTS ${sharesConstraints} IMMEDIATE`);
    await manager.query(`SET CONSTRAINTS ${sharesConstraints} DEFERRED`);
    await manager.query(`RELEASE SAVEPOINT technology_shares`);
    return undefined;
  } catch (error) {
    const failure = error as { code?: string; constraint?: string; message?: string };
    if (failure.code !== '23514' || !failure.constraint?.endsWith('_shares_total')) throw error;
    await manager.query(`ROLLBACK TO SAVEPOINT technology_shares`);
    await manager.query(`RELEASE SAVEPOINT technology_shares`);
    return sharesErrorFromDatabase(failure.constraint, failure.message ?? '', written);
  }
}

/** What was written, to name the total on the day the database's check names. */
export interface WrittenShares {
  owners?: OwnershipPeriod[];
  ownersField?: string;
  inventorShares?: string[];
  inventorsField?: string;
}

/** The typed error for the database check's failure: the day from its message, the total from what was written. */
export function sharesErrorFromDatabase(constraint: string, message: string, written: WrittenShares): SharesDoNotTotalError {
  if (constraint === 'technology_inventor_shares_total') {
    const total = /total ([\d.]+)/.exec(message)?.[1] ?? percent((written.inventorShares ?? []).reduce((sum, share) => sum + hundredths(share), 0));
    return new SharesDoNotTotalError(SharesSubject.INVENTORS, total, null, written.inventorsField ?? 'inventors');
  }
  const day = /on (\d{4}-\d{2}-\d{2})/.exec(message)?.[1] ?? null;
  const total = day ? percent(sharesOn(written.owners ?? [], day)) : 'unknown';
  return new SharesDoNotTotalError(SharesSubject.OWNERS, total, day, written.ownersField ?? 'owners');
}
