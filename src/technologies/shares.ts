/** A share written as a decimal string ("33.34"), in hundredths of a percent (3334), exactly. */
export function hundredths(share: string): number {
  const [whole, fraction = ''] = share.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** Hundredths back to a decimal string with two decimals: 9999 -> "99.99". */
export function percent(value: number): string {
  return `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

export interface OwnershipPeriod {
  share: string;
  validFrom: string;
  validUntil: string | null;
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The first day on which some ownership is valid and the shares do not total exactly 100, with the
 * total found; undefined when every such day totals 100. The total can only change on a start day
 * or the day after an end day, so those are the days to look at (as the database's check does).
 */
export function ownerSharesProblem(periods: OwnershipPeriod[]): { day: string; total: string } | undefined {
  const days = [...new Set(periods.flatMap((period) => (period.validUntil ? [period.validFrom, nextDay(period.validUntil)] : [period.validFrom])))].sort();
  for (const day of days) {
    if (!periods.some((period) => validOn(period, day))) continue;
    const total = sharesOn(periods, day);
    if (total !== 10_000) return { day, total: percent(total) };
  }
  return undefined;
}

/** The inventors' total when it is not exactly 100 (an empty list is fine); undefined otherwise. */
export function inventorSharesProblem(shares: string[]): string | undefined {
  if (shares.length === 0) return undefined;
  const total = shares.reduce((sum, share) => sum + hundredths(share), 0);
  return total === 10_000 ? undefined : percent(total);
}

function validOn(period: OwnershipPeriod, day: string): boolean {
  return period.validFrom <= day && (period.validUntil === null || period.validUntil >= day);
}

/** The owners' shares valid on `day`, in hundredths. */
export function sharesOn(periods: OwnershipPeriod[], day: string): number {
  return periods.filter((period) => validOn(period, day)).reduce((sum, period) => sum + hundredths(period.share), 0);
}

/**
 * The organisations whose share is smaller on some day under `after` than under `before` (removed
 * owners included), sorted. Shares change only on start days and on days after end days, so those
 * days of either list are the ones to compare.
 */
export function shrunkOwners(before: (OwnershipPeriod & { organizationId: string })[], after: (OwnershipPeriod & { organizationId: string })[]): string[] {
  const days = [...new Set([...before, ...after].flatMap((period) => (period.validUntil ? [period.validFrom, nextDay(period.validUntil)] : [period.validFrom])))];
  const of = (periods: (OwnershipPeriod & { organizationId: string })[], organizationId: string) => periods.filter((period) => period.organizationId === organizationId);
  const shrunk = [...new Set(before.map((period) => period.organizationId))].filter((organizationId) =>
    days.some((day) => sharesOn(of(after, organizationId), day) < sharesOn(of(before, organizationId), day)),
  );
  return shrunk.sort();
}
