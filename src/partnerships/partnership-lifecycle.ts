import { PartnershipStatus } from './partnership.entity.js';

/** DRAFT -> ACTIVE -> EXPIRED or TERMINATED; a draft may also be abandoned (TERMINATED). */
const moves: Record<PartnershipStatus, PartnershipStatus[]> = {
  [PartnershipStatus.DRAFT]: [PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED],
  [PartnershipStatus.ACTIVE]: [PartnershipStatus.EXPIRED, PartnershipStatus.TERMINATED],
  [PartnershipStatus.EXPIRED]: [],
  [PartnershipStatus.TERMINATED]: [],
};

/** The statuses a partnership may move to from `from`. */
export function allowedPartnershipMoves(from: PartnershipStatus): PartnershipStatus[] {
  return [...moves[from]];
}

export function canMovePartnership(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return moves[from].includes(to);
}

/**
 * Whether `value` is a real calendar day written `YYYY-MM-DD` (year 0001 to 9999), e.g. not
 * `2023-02-29`.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
