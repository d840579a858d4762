import { addMonths, daysBetween, deadlinesOf, type FilingDates } from './ip-deadlines.js';
import { IpDeadlineKind, IpFilingStatus, IpType } from './technology.enums.js';

const filing = (fields: Partial<FilingDates>): FilingDates => ({
  type: IpType.PATENT,
  jurisdiction: 'VN',
  status: IpFilingStatus.FILED,
  priorityDate: '2024-03-15',
  filingDate: '2024-03-15',
  grantDate: null,
  ...fields,
});
const kinds = (found: { kind: IpDeadlineKind; dueOn: string }[]) => found.map(({ kind, dueOn }) => [kind, dueOn]);

describe('IP deadlines', () => {
  it('add months as PostgreSQL does: the day is kept or clamped to the month’s last day', () => {
    expect(addMonths('2024-03-15', 30)).toBe('2026-09-15');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-12-31', 1)).toBe('2025-01-31');
    expect(daysBetween('2024-12-31', '2025-01-31')).toBe(31);
    expect(daysBetween('2025-01-31', '2024-12-31')).toBe(-31);
  });

  it('give a pending Vietnamese patent its priority year and its 42-month examination request', () => {
    expect(kinds(deadlinesOf(filing({}), '2024-04-01'))).toEqual([
      [IpDeadlineKind.PRIORITY_YEAR, '2025-03-15'],
      [IpDeadlineKind.EXAMINATION_REQUEST, '2027-09-15'],
    ]);
  });

  it('count from the priority date when an earlier filing’s priority is claimed, and give 36 months for utility solutions', () => {
    expect(kinds(deadlinesOf(filing({ type: IpType.UTILITY_SOLUTION, priorityDate: '2023-11-30', filingDate: '2024-03-15' }), '2024-04-01'))).toEqual([
      [IpDeadlineKind.PRIORITY_YEAR, '2024-11-30'],
      [IpDeadlineKind.EXAMINATION_REQUEST, '2026-11-30'],
    ]);
  });

  it('give designs a six-month priority period and no examination request', () => {
    expect(kinds(deadlinesOf(filing({ type: IpType.INDUSTRIAL_DESIGN, priorityDate: '2024-08-31', filingDate: '2024-08-31' }), '2024-09-01'))).toEqual([
      [IpDeadlineKind.PRIORITY_YEAR, '2025-02-28'],
    ]);
  });

  it('give a PCT application its 30-month national and 31-month European phase entries', () => {
    expect(kinds(deadlinesOf(filing({ jurisdiction: 'PCT', priorityDate: '2024-03-15', filingDate: '2025-03-14', status: IpFilingStatus.PUBLISHED }), '2025-06-01'))).toEqual([
      [IpDeadlineKind.PRIORITY_YEAR, '2025-03-15'],
      [IpDeadlineKind.PCT_NATIONAL_PHASE, '2026-09-15'],
      [IpDeadlineKind.EP_REGIONAL_PHASE, '2026-10-15'],
    ]);
  });

  it('drop the examination request once examination has started, and everything once the filing has ended', () => {
    expect(kinds(deadlinesOf(filing({ status: IpFilingStatus.UNDER_EXAMINATION }), '2024-04-01'))).toEqual([[IpDeadlineKind.PRIORITY_YEAR, '2025-03-15']]);
    for (const status of [IpFilingStatus.ABANDONED, IpFilingStatus.REJECTED, IpFilingStatus.WITHDRAWN, IpFilingStatus.LAPSED, IpFilingStatus.EXPIRED]) {
      expect(deadlinesOf(filing({ status }), '2024-04-01')).toEqual([]);
    }
    expect(deadlinesOf(filing({ type: IpType.COPYRIGHT }), '2024-04-01')).toEqual([]);
  });

  it('give a granted patent its next annual fee on a filing anniversary after the grant, and its 20-year term', () => {
    const granted = filing({ status: IpFilingStatus.GRANTED, grantDate: '2027-06-01' });
    expect(kinds(deadlinesOf(granted, '2027-06-10'))).toEqual([
      [IpDeadlineKind.PRIORITY_YEAR, '2025-03-15'],
      [IpDeadlineKind.ANNUAL_FEE, '2028-03-15'],
      [IpDeadlineKind.TERM_EXPIRY, '2044-03-15'],
    ]);
    // Before the grant date is reached the next fee is the first anniversary after the grant.
    expect(deadlinesOf(granted, '2026-01-01').find((deadline) => deadline.kind === IpDeadlineKind.ANNUAL_FEE)?.dueOn).toBe('2028-03-15');
    // On the anniversary itself the fee is still due that day; the last fee is in the twentieth year.
    expect(deadlinesOf(granted, '2030-03-15').find((deadline) => deadline.kind === IpDeadlineKind.ANNUAL_FEE)?.dueOn).toBe('2030-03-15');
    expect(deadlinesOf(granted, '2043-03-16').find((deadline) => deadline.kind === IpDeadlineKind.ANNUAL_FEE)).toBeUndefined();
  });

  it('give a granted utility solution a 10-year term and a design 5-year renewals up to 15 years', () => {
    expect(deadlinesOf(filing({ type: IpType.UTILITY_SOLUTION, status: IpFilingStatus.GRANTED, grantDate: '2025-01-01' }), '2025-02-01').find((d) => d.kind === IpDeadlineKind.TERM_EXPIRY)?.dueOn).toBe('2034-03-15');
    const design = filing({ type: IpType.INDUSTRIAL_DESIGN, status: IpFilingStatus.GRANTED, grantDate: '2024-10-01' });
    expect(kinds(deadlinesOf(design, '2025-01-01')).filter(([kind]) => kind !== IpDeadlineKind.PRIORITY_YEAR)).toEqual([
      [IpDeadlineKind.RENEWAL, '2029-03-15'],
      [IpDeadlineKind.TERM_EXPIRY, '2039-03-15'],
    ]);
    expect(deadlinesOf(design, '2029-03-16').find((d) => d.kind === IpDeadlineKind.RENEWAL)?.dueOn).toBe('2034-03-15');
    expect(deadlinesOf(design, '2034-03-16').find((d) => d.kind === IpDeadlineKind.RENEWAL)).toBeUndefined();
  });

  it('apply the 20-year patent term outside Viet Nam but not to the international (PCT) phase', () => {
    const us = filing({ jurisdiction: 'US', status: IpFilingStatus.GRANTED, grantDate: '2026-01-01' });
    expect(deadlinesOf(us, '2026-02-01').map((d) => d.kind)).toEqual([IpDeadlineKind.PRIORITY_YEAR, IpDeadlineKind.ANNUAL_FEE, IpDeadlineKind.TERM_EXPIRY]);
    expect(deadlinesOf({ ...us, jurisdiction: 'PCT' }, '2026-02-01').map((d) => d.kind)).toEqual([IpDeadlineKind.PRIORITY_YEAR]);
    expect(deadlinesOf(filing({ jurisdiction: 'US' }), '2024-04-01').map((d) => d.kind)).toEqual([IpDeadlineKind.PRIORITY_YEAR]);
  });
});
