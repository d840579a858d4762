import { PartnershipStatus } from './partnership.entity.js';
import { isCalendarDate } from '../common/validation.js';
import { partnershipLifecycle } from './partnership-lifecycle.js';

const { DRAFT, ACTIVE, EXPIRED, TERMINATED } = PartnershipStatus;

describe('partnership lifecycle', () => {
  it('allows exactly DRAFT→ACTIVE, DRAFT→TERMINATED, ACTIVE→EXPIRED and ACTIVE→TERMINATED', () => {
    const legal: string[] = [];
    for (const from of Object.values(PartnershipStatus)) {
      for (const to of Object.values(PartnershipStatus)) if (partnershipLifecycle.canMove(from, to)) legal.push(`${from}->${to}`);
    }
    expect(legal.sort()).toEqual(['ACTIVE->EXPIRED', 'ACTIVE->TERMINATED', 'DRAFT->ACTIVE', 'DRAFT->TERMINATED']);
    expect(partnershipLifecycle.allowedFrom(EXPIRED)).toEqual([]);
    expect(partnershipLifecycle.allowedFrom(TERMINATED)).toEqual([]);
    expect(partnershipLifecycle.allowedFrom(DRAFT)).toEqual([ACTIVE, TERMINATED]);
  });

  it.each(['2016-01-01', '2024-02-29', '0001-01-01', '9999-12-31', '0050-06-15'])('accepts the calendar date %p', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2023-02-29', '2016-13-01', '2016-00-10', '2016-01-32', '0000-01-01', '2016-1-1', '2016-01-01T00:00:00Z', ' 2016-01-01', '', 20160101, null])(
    'refuses %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});
