import { badUserInput } from '../errors.js';
import { isStorableText } from '../storable-text.js';
import { isCalendarDate } from '../validation.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A keyset cursor: the sort key and id of the last row seen, plus the ordering it belongs to, so a
 * cursor taken from one ordering is refused by another instead of silently skipping rows.
 */
export interface Cursor {
  order: string;
  value: string;
  id: string;
}

/**
 * What the sort value of a cursor is, so that a tampered one is refused before it reaches SQL:
 * `timestamp` as `Date.toISOString` writes it (years 0001-9999), `date` a calendar day `YYYY-MM-DD`,
 * `bigint` a non-negative PostgreSQL bigint, `text` text PostgreSQL can store.
 */
export type SortValueKind = 'timestamp' | 'date' | 'bigint' | 'text';

const maxBigint = 9223372036854775807n;
/** Longer than any sort column holds; beyond it a cursor was not made by this API. */
const maxTextLength = 2000;

const validSortValue: Record<SortValueKind, (value: string) => boolean> = {
  timestamp: (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !value.startsWith('0000') && isRoundTrip(value),
  date: isCalendarDate,
  bigint: (value) => /^\d{1,19}$/.test(value) && BigInt(value) <= maxBigint,
  text: (value) => value.length <= maxTextLength && isStorableText(value),
};

/** Whether the timestamp is one the calendar has (not 2026-02-30T…), written as this API writes it. */
function isRoundTrip(value: string): boolean {
  const time = new Date(value);
  return !Number.isNaN(time.getTime()) && time.toISOString() === value;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.value, cursor.id])).toString('base64url');
}

/**
 * The cursor in `raw`, checked completely: its shape, its ordering, an id that is a UUID and a sort
 * value of `kind`; anything else is BAD_USER_INPUT on `field`.
 */
export function decodeCursor(raw: string, expectedOrder: string, kind: SortValueKind, field = 'after'): Cursor {
  const notACursor = () => badUserInput(`${field} is not a cursor returned by this API`, field);
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === 'string') || !uuidPattern.test(parts[2] as string)) {
    throw notACursor();
  }
  const [order, value, id] = parts as [string, string, string];
  if (order !== expectedOrder) {
    if (!isStorableText(order) || order.length > 100) throw notACursor();
    throw badUserInput(`${field} is a cursor of a list in another order (${order}); use the same orderBy as the page it came from`, field);
  }
  if (!validSortValue[kind](value)) throw notACursor();
  return { order, value, id };
}
