import { AppError, badUserInput } from '../../common/errors.js';
import { ExchangeLanguage, ExchangeSector } from '../exchange.enums.js';
import type { ItemKind } from '../exchange.read.js';

/** The formats of the feed, by the extension of their address. */
export type FeedFormat = 'json' | 'csv' | 'atom';

export const feedFormats: readonly FeedFormat[] = ['json', 'csv', 'atom'];

/** Changes per page unless `limit` says otherwise, and the most a page holds. */
export const defaultFeedLimit = 100;
export const maxFeedLimit = 500;

/**
 * Where a page starts: after the change at `at` (an ISO timestamp, to the millisecond) of the item `id`,
 * walking oldest first (`asc`, the order pullers synchronise in) or newest first (`desc`, the order of the
 * Atom feed's first page, for watchers).
 */
export interface FeedCursor {
  order: 'asc' | 'desc';
  at: string;
  id: string;
}

/** A request for one page of the feed, its parameters checked. */
export interface FeedRequest {
  kinds: ItemKind[];
  kind: 'offers' | 'demands' | 'all';
  sector?: ExchangeSector;
  language?: ExchangeLanguage;
  limit: number;
  /** Changes at or after this time (an ISO timestamp), oldest first. */
  since?: string;
  cursor?: FeedCursor;
}

const parameters = ['kind', 'sector', 'lang', 'since', 'cursor', 'limit'] as const;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A date, or a date and time with seconds (and fraction) and a zone: what RFC 3339 and Atom write.
const isoInstant = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function bad(message: string, field: string): AppError {
  return badUserInput(message, field);
}

/** The one value of a parameter; a repeated parameter is refused. */
function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw bad(`Give ${name} once`, name);
  return value;
}

/** An instant the database and JavaScript read alike, as an ISO timestamp in UTC to the millisecond. */
function instant(value: string, field: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (!isoInstant.test(value) || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 || date.getUTCFullYear() > 9999) {
    throw bad(`${field} must be an ISO 8601 date (2026-01-31) or date and time with a zone (2026-01-31T08:00:00Z)`, field);
  }
  // Dates that roll over (2026-02-30) are refused rather than moved.
  if (date.toISOString().slice(0, 10) !== value.slice(0, 10) && !/[+-]\d{2}:\d{2}$/.test(value)) {
    throw bad(`${field} is not a day of the calendar`, field);
  }
  return date.toISOString();
}

export function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, o: cursor.order, t: cursor.at, i: cursor.id })).toString('base64url');
}

export function decodeCursor(value: string): FeedCursor {
  const invalid = bad('cursor is not a cursor this feed gave: start again without it, or from a since date', 'cursor');
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) throw invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const { v, o, t, i } = (parsed ?? {}) as Record<string, unknown>;
  if (v !== 1 || (o !== 'asc' && o !== 'desc') || typeof t !== 'string' || typeof i !== 'string' || !uuid.test(i)) throw invalid;
  const at = new Date(t);
  if (Number.isNaN(at.getTime()) || at.toISOString() !== t) throw invalid;
  return { order: o, at: t, id: i };
}

/** The page a query string asks for; BAD_USER_INPUT naming the parameter at fault otherwise. */
export function parseFeedRequest(query: Record<string, unknown>): FeedRequest {
  const unknown = Object.keys(query).filter((name) => !(parameters as readonly string[]).includes(name));
  if (unknown.length > 0) throw bad(`Unknown parameter ${unknown[0]}: the feed takes ${parameters.join(', ')}`, unknown[0]);

  const kind = single(query, 'kind') ?? 'all';
  if (kind !== 'offers' && kind !== 'demands' && kind !== 'all') throw bad('kind must be offers, demands or all', 'kind');
  const kinds: ItemKind[] = kind === 'offers' ? ['offer'] : kind === 'demands' ? ['demand'] : ['offer', 'demand'];

  const sectorValue = single(query, 'sector');
  const sector = sectorValue === undefined ? undefined : (Object.values(ExchangeSector) as string[]).find((known) => known === sectorValue.toUpperCase());
  if (sectorValue !== undefined && !sector) throw bad(`sector must be one of ${Object.values(ExchangeSector).join(', ')}`, 'sector');

  const langValue = single(query, 'lang');
  const language = langValue === undefined ? undefined : (Object.values(ExchangeLanguage) as string[]).find((known) => known === langValue.toLowerCase());
  if (langValue !== undefined && !language) throw bad(`lang must be one of ${Object.values(ExchangeLanguage).join(', ')}`, 'lang');

  const limitValue = single(query, 'limit');
  const limit = limitValue === undefined ? defaultFeedLimit : /^\d{1,4}$/.test(limitValue) ? Number(limitValue) : NaN;
  if (!(limit >= 1 && limit <= maxFeedLimit)) throw bad(`limit must be a whole number from 1 to ${maxFeedLimit}`, 'limit');

  const sinceValue = single(query, 'since');
  const cursorValue = single(query, 'cursor');
  if (sinceValue !== undefined && cursorValue !== undefined) throw bad('Give since or cursor, not both: a cursor already knows where it stands', 'cursor');

  return {
    kinds,
    kind,
    sector: sector as ExchangeSector | undefined,
    language: language as ExchangeLanguage | undefined,
    limit,
    since: sinceValue === undefined ? undefined : instant(sinceValue, 'since'),
    cursor: cursorValue === undefined ? undefined : decodeCursor(cursorValue),
  };
}

/** The query string of a page of the same feed: its filters, and where it starts. */
export function feedQuery(request: FeedRequest, start: { cursor?: FeedCursor; since?: string } = {}): string {
  const query = new URLSearchParams();
  if (request.kind !== 'all') query.set('kind', request.kind);
  if (request.sector) query.set('sector', request.sector);
  if (request.language) query.set('lang', request.language);
  if (request.limit !== defaultFeedLimit) query.set('limit', String(request.limit));
  if (start.since) query.set('since', start.since);
  if (start.cursor) query.set('cursor', encodeCursor(start.cursor));
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
