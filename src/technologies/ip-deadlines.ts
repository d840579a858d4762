import { IpDeadlineKind, IpFilingStatus, IpType } from './technology.enums.js';

/**
 * One deadline rule: from which date, how many months later, for which kinds of right, in which
 * jurisdictions and while the filing is in which statuses. A recurring rule (fees, renewals) gives
 * its next occurrence on or after today and after the grant.
 */
export interface DeadlineRule {
  kind: IpDeadlineKind;
  description: string;
  /** The legal provision the period comes from. */
  source: string;
  types: IpType[];
  /** Applies only in these jurisdictions; null means in every jurisdiction but `exceptJurisdictions`. */
  jurisdictions: string[] | null;
  exceptJurisdictions: string[];
  statuses: IpFilingStatus[];
  /** PRIORITY: the priority date (the filing date when none is claimed); FILING: the filing date. */
  base: 'PRIORITY' | 'FILING';
  months: number;
  /** Recurring every so many months, the last occurrence at `lastMonths`. */
  everyMonths: number | null;
  lastMonths: number | null;
}

const pending = [IpFilingStatus.FILED, IpFilingStatus.PUBLISHED, IpFilingStatus.UNDER_EXAMINATION];
const alive = [...pending, IpFilingStatus.GRANTED];
const granted = [IpFilingStatus.GRANTED];
const inventions = [IpType.PATENT, IpType.UTILITY_SOLUTION];

const rule = (fields: Omit<DeadlineRule, 'exceptJurisdictions' | 'everyMonths' | 'lastMonths'> & Partial<DeadlineRule>): DeadlineRule => ({
  exceptJurisdictions: [],
  everyMonths: null,
  lastMonths: null,
  ...fields,
});

/** The deadline rules. "Law on IP" is Viet Nam's Law on Intellectual Property No. 50/2005/QH11 as amended by Law No. 07/2022/QH15. */
export const deadlineRules: readonly DeadlineRule[] = [
  // Paris Convention for the Protection of Industrial Property, Art. 4C(1); Law on IP Art. 91(1).
  rule({
    kind: IpDeadlineKind.PRIORITY_YEAR,
    description: 'File abroad claiming this priority within 12 months of the priority date',
    source: 'Paris Convention Art. 4C(1); Law on IP Art. 91',
    types: inventions,
    jurisdictions: null,
    statuses: alive,
    base: 'PRIORITY',
    months: 12,
  }),
  rule({
    kind: IpDeadlineKind.PRIORITY_YEAR,
    description: 'File abroad claiming this priority within 6 months of the priority date',
    source: 'Paris Convention Art. 4C(1); Law on IP Art. 91',
    types: [IpType.INDUSTRIAL_DESIGN],
    jurisdictions: null,
    statuses: alive,
    base: 'PRIORITY',
    months: 6,
  }),
  // Patent Cooperation Treaty Art. 22(1) and 39(1)(a) (30 months); EPC Rule 159(1) (31 months).
  rule({
    kind: IpDeadlineKind.PCT_NATIONAL_PHASE,
    description: 'Enter the national phase within 30 months of the priority date',
    source: 'PCT Art. 22(1), Art. 39(1)(a)',
    types: inventions,
    jurisdictions: ['PCT'],
    statuses: pending,
    base: 'PRIORITY',
    months: 30,
  }),
  rule({
    kind: IpDeadlineKind.EP_REGIONAL_PHASE,
    description: 'Enter the European regional phase within 31 months of the priority date',
    source: 'EPC Rule 159(1)',
    types: [IpType.PATENT],
    jurisdictions: ['PCT'],
    statuses: pending,
    base: 'PRIORITY',
    months: 31,
  }),
  // Law on IP Art. 113(2): 42 months from the filing or priority date for inventions, 36 for utility solutions.
  rule({
    kind: IpDeadlineKind.EXAMINATION_REQUEST,
    description: 'Request substantive examination within 42 months of the priority (or filing) date',
    source: 'Law on IP Art. 113(2)',
    types: [IpType.PATENT],
    jurisdictions: ['VN'],
    statuses: [IpFilingStatus.FILED, IpFilingStatus.PUBLISHED],
    base: 'PRIORITY',
    months: 42,
  }),
  rule({
    kind: IpDeadlineKind.EXAMINATION_REQUEST,
    description: 'Request substantive examination within 36 months of the priority (or filing) date',
    source: 'Law on IP Art. 113(2)',
    types: [IpType.UTILITY_SOLUTION],
    jurisdictions: ['VN'],
    statuses: [IpFilingStatus.FILED, IpFilingStatus.PUBLISHED],
    base: 'PRIORITY',
    months: 36,
  }),
  // Law on IP Art. 94(1): annual fees keep a granted patent in force; due by each anniversary of the filing date.
  rule({
    kind: IpDeadlineKind.ANNUAL_FEE,
    description: 'Pay the annual fee by the anniversary of the filing date',
    source: 'Law on IP Art. 94(1)',
    types: [IpType.PATENT],
    jurisdictions: null,
    exceptJurisdictions: ['PCT'],
    statuses: granted,
    base: 'FILING',
    months: 12,
    everyMonths: 12,
    lastMonths: 228,
  }),
  rule({
    kind: IpDeadlineKind.ANNUAL_FEE,
    description: 'Pay the annual fee by the anniversary of the filing date',
    source: 'Law on IP Art. 94(1)',
    types: [IpType.UTILITY_SOLUTION],
    jurisdictions: ['VN'],
    statuses: granted,
    base: 'FILING',
    months: 12,
    everyMonths: 12,
    lastMonths: 108,
  }),
  // Law on IP Art. 93(4): a design is protected 5 years from filing, renewable twice for 5 years each.
  rule({
    kind: IpDeadlineKind.RENEWAL,
    description: 'Renew the design registration for another 5 years',
    source: 'Law on IP Art. 93(4)',
    types: [IpType.INDUSTRIAL_DESIGN],
    jurisdictions: ['VN'],
    statuses: granted,
    base: 'FILING',
    months: 60,
    everyMonths: 60,
    lastMonths: 120,
  }),
  // Law on IP Art. 93(2)-(4); TRIPS Art. 33 (20 years for patents everywhere).
  rule({
    kind: IpDeadlineKind.TERM_EXPIRY,
    description: 'Protection ends 20 years after the filing date',
    source: 'Law on IP Art. 93(2); TRIPS Art. 33',
    types: [IpType.PATENT],
    jurisdictions: null,
    exceptJurisdictions: ['PCT'],
    statuses: granted,
    base: 'FILING',
    months: 240,
  }),
  rule({
    kind: IpDeadlineKind.TERM_EXPIRY,
    description: 'Protection ends 10 years after the filing date',
    source: 'Law on IP Art. 93(3)',
    types: [IpType.UTILITY_SOLUTION],
    jurisdictions: ['VN'],
    statuses: granted,
    base: 'FILING',
    months: 120,
  }),
  rule({
    kind: IpDeadlineKind.TERM_EXPIRY,
    description: 'Protection ends 15 years after the filing date, when renewed twice',
    source: 'Law on IP Art. 93(4)',
    types: [IpType.INDUSTRIAL_DESIGN],
    jurisdictions: ['VN'],
    statuses: granted,
    base: 'FILING',
    months: 180,
  }),
];

export interface FilingDates {
  type: IpType;
  jurisdiction: string;
  status: IpFilingStatus;
  priorityDate: string;
  filingDate: string;
  grantDate: string | null;
}

export interface ComputedDeadline {
  kind: IpDeadlineKind;
  dueOn: string;
  description: string;
  source: string;
}

function applies(rule: DeadlineRule, filing: FilingDates): boolean {
  return (
    rule.types.includes(filing.type) &&
    rule.statuses.includes(filing.status) &&
    (rule.jurisdictions === null || rule.jurisdictions.includes(filing.jurisdiction)) &&
    !rule.exceptJurisdictions.includes(filing.jurisdiction)
  );
}

/**
 * The deadlines of a filing as of `today`, soonest first. One-off deadlines are given even when past
 * (so a missed one shows); recurring ones give the next occurrence on or after today and the grant.
 * The SQL of `deadlinesSql` computes the same from the same rules.
 */
export function deadlinesOf(filing: FilingDates, today: string, rules: readonly DeadlineRule[] = deadlineRules): ComputedDeadline[] {
  const found: ComputedDeadline[] = [];
  for (const rule of rules) {
    if (!applies(rule, filing)) continue;
    const base = rule.base === 'PRIORITY' ? filing.priorityDate : filing.filingDate;
    let dueOn: string | undefined;
    if (rule.everyMonths === null) {
      dueOn = addMonths(base, rule.months);
    } else {
      const notBefore = filing.grantDate && filing.grantDate > today ? filing.grantDate : today;
      for (let months = rule.months; months <= (rule.lastMonths ?? rule.months); months += rule.everyMonths) {
        const candidate = addMonths(base, months);
        if (candidate >= notBefore) {
          dueOn = candidate;
          break;
        }
      }
    }
    if (dueOn) found.push({ kind: rule.kind, dueOn, description: rule.description, source: rule.source });
  }
  return found.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.kind.localeCompare(b.kind)));
}

/**
 * A day `months` months after `date` (YYYY-MM-DD), as PostgreSQL adds an interval of months: the
 * day of the month is kept, or the month's last day when it is shorter (31 Aug + 6 months = 28/29 Feb).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12;
  const lastDay = [31, isLeap(newYear) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][newMonth];
  return `${String(newYear).padStart(4, '0')}-${String(newMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The rules as the JSON that `deadlinesSql` reads with jsonb_to_recordset. */
export function deadlineRulesJson(rules: readonly DeadlineRule[] = deadlineRules): string {
  return JSON.stringify(
    rules.map((rule) => ({
      kind: rule.kind,
      types: rule.types,
      jurisdictions: rule.jurisdictions,
      except_jurisdictions: rule.exceptJurisdictions,
      statuses: rule.statuses,
      base: rule.base,
      months: rule.months,
      every_months: rule.everyMonths,
      last_months: rule.lastMonths,
      description: rule.description,
      source: rule.source,
    })),
  );
}

/**
 * SQL of a subquery giving (kind, due_on, description, source) for the filing row `f` as of `today`,
 * like `deadlinesOf`. `rules` is a placeholder bound to `deadlineRulesJson()`, `today` a date expression.
 */
export function deadlinesSql(f: string, rules: string, today: string): string {
  return `(SELECT r.kind, due.due_on, r.description, r.source
      FROM jsonb_to_recordset(CAST(${rules} AS jsonb)) AS r(kind text, types text[], jurisdictions text[], except_jurisdictions text[], statuses text[],
             base text, months integer, every_months integer, last_months integer, description text, source text)
      CROSS JOIN LATERAL (
        SELECT min(x.day) AS due_on
          FROM generate_series(r.months, coalesce(r.last_months, r.months), coalesce(r.every_months, 1)) AS m(months)
          CROSS JOIN LATERAL (SELECT ((CASE r.base WHEN 'PRIORITY' THEN ${f}.priority_date ELSE ${f}.filing_date END) + make_interval(months => m.months))::date AS day) x
         WHERE r.every_months IS NULL OR x.day >= greatest(${today}, coalesce(${f}.grant_date, ${today}))
      ) due
     WHERE ${f}.type = ANY (r.types) AND ${f}.status = ANY (r.statuses)
       AND (r.jurisdictions IS NULL OR ${f}.jurisdiction = ANY (r.jurisdictions))
       AND NOT (${f}.jurisdiction = ANY (r.except_jurisdictions))
       AND due.due_on IS NOT NULL)`;
}
