import { Lifecycle } from '../common/lifecycle.js';
import { DealStage, ExchangeStatus } from './exchange.enums.js';

const { DRAFT, PUBLISHED, EXPIRED, WITHDRAWN } = ExchangeStatus;

/**
 * Offers and demands: DRAFT -> PUBLISHED -> EXPIRED | WITHDRAWN. EXPIRED is reached by the calendar
 * (the day after the expiry date), never by a request; renewal takes a PUBLISHED or EXPIRED item to
 * PUBLISHED with a later expiry date. A draft may be abandoned (WITHDRAWN), and so may an expired item.
 */
export const exchangeLifecycle = new Lifecycle<ExchangeStatus>({
  [DRAFT]: [PUBLISHED, WITHDRAWN],
  [PUBLISHED]: [EXPIRED, WITHDRAWN],
  [EXPIRED]: [PUBLISHED, WITHDRAWN],
  [WITHDRAWN]: [],
});

/** The statuses renewal starts from. */
export const renewableStatuses: readonly ExchangeStatus[] = [PUBLISHED, EXPIRED];

/** An item is published for at most this long from the day it is published or renewed. */
export const maxPublicationYears = 2;

/** Brokered deals move one stage at a time; DROPPED from any stage before AGREED. */
export const dealLifecycle = new Lifecycle<DealStage>({
  [DealStage.INTEREST]: [DealStage.INTRODUCED, DealStage.DROPPED],
  [DealStage.INTRODUCED]: [DealStage.NDA_SIGNED, DealStage.DROPPED],
  [DealStage.NDA_SIGNED]: [DealStage.NEGOTIATING, DealStage.DROPPED],
  [DealStage.NEGOTIATING]: [DealStage.AGREED, DealStage.DROPPED],
  [DealStage.AGREED]: [],
  [DealStage.DROPPED]: [],
});

/** The database's calendar: today and the latest expiry date allowed today. */
export interface PublicationWindow {
  today: string;
  latest: string;
}

/**
 * Why `expiresOn` cannot be the expiry date of a publication or renewal, or undefined when it can:
 * it must lie after today (and after `currentExpiry`, for a renewal of a published item, so that a
 * renewal never shortens the period) and at most `maxPublicationYears` ahead. Dates are YYYY-MM-DD,
 * which compare as the days they name.
 */
export function expiryProblem(expiresOn: string, window: PublicationWindow, currentExpiry?: string | null): string | undefined {
  if (expiresOn <= window.today) return `expiresOn must be after today (${window.today})`;
  if (currentExpiry && expiresOn <= currentExpiry) return `expiresOn must be after the current expiry date (${currentExpiry}) to renew`;
  if (expiresOn > window.latest) return `expiresOn must be at most ${maxPublicationYears} years ahead (${window.latest} at the latest)`;
  return undefined;
}

/**
 * The status as served: a published item whose expiry date has passed is EXPIRED, whether or not
 * that has been written yet (the stored status catches up on the next write to the item).
 */
export const effectiveStatusSql = (alias: string) =>
  `CASE WHEN ${alias}.status = 'PUBLISHED' AND ${alias}.expires_on < CURRENT_DATE THEN 'EXPIRED' ELSE ${alias}.status END`;

/** The condition for a status as served (see `effectiveStatusSql`), over the item at `alias`. */
export function statusCondition(status: ExchangeStatus, alias = 'x'): string {
  switch (status) {
    case ExchangeStatus.PUBLISHED:
      return `(${alias}.status = 'PUBLISHED' AND ${alias}.expires_on >= CURRENT_DATE)`;
    case ExchangeStatus.EXPIRED:
      return `(${alias}.status = 'EXPIRED' OR (${alias}.status = 'PUBLISHED' AND ${alias}.expires_on < CURRENT_DATE))`;
    default:
      return `${alias}.status = '${status}'`;
  }
}

/** Letters and digits only, so a search for "water-quality" finds "water quality". */
export function searchWords(search: string | undefined): string | undefined {
  return search?.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() || undefined;
}
