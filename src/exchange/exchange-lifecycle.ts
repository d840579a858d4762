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
