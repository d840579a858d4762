import { DealStage, ExchangeStatus } from './exchange.enums.js';
import { dealLifecycle, exchangeLifecycle, expiryProblem } from './exchange-lifecycle.js';

describe('offer and demand lifecycle', () => {
  it('allows exactly the listed moves, and WITHDRAWN is final', () => {
    const legal: string[] = [];
    for (const from of Object.values(ExchangeStatus)) {
      for (const to of Object.values(ExchangeStatus)) if (exchangeLifecycle.canMove(from, to)) legal.push(`${from}->${to}`);
    }
    expect(legal.sort()).toEqual([
      'DRAFT->PUBLISHED', 'DRAFT->WITHDRAWN', 'EXPIRED->PUBLISHED', 'EXPIRED->WITHDRAWN', 'PUBLISHED->EXPIRED', 'PUBLISHED->WITHDRAWN',
    ]);
    expect(exchangeLifecycle.isFinal(ExchangeStatus.WITHDRAWN)).toBe(true);
  });
});

describe('deal lifecycle', () => {
  it('moves one stage at a time and drops from any stage before AGREED', () => {
    const order = [DealStage.INTEREST, DealStage.INTRODUCED, DealStage.NDA_SIGNED, DealStage.NEGOTIATING, DealStage.AGREED];
    for (let i = 0; i < order.length - 1; i++) {
      expect(dealLifecycle.allowedFrom(order[i])).toEqual([order[i + 1], DealStage.DROPPED]);
    }
    expect(dealLifecycle.canMove(DealStage.INTEREST, DealStage.NDA_SIGNED)).toBe(false);
    expect(dealLifecycle.canMove(DealStage.NEGOTIATING, DealStage.INTRODUCED)).toBe(false);
    expect(dealLifecycle.isFinal(DealStage.AGREED)).toBe(true);
    expect(dealLifecycle.isFinal(DealStage.DROPPED)).toBe(true);
  });
});

describe('expiry dates', () => {
  const window = { today: '2026-03-10', latest: '2028-03-10' };

  it('accepts a day after today and up to two years ahead', () => {
    expect(expiryProblem('2026-03-11', window)).toBeUndefined();
    expect(expiryProblem('2028-03-10', window)).toBeUndefined();
  });

  it.each([
    ['2026-03-10', /after today/],
    ['2025-12-31', /after today/],
    ['2028-03-11', /at most 2 years ahead/],
  ])('refuses %s', (date, message) => {
    expect(expiryProblem(date, window)).toMatch(message);
  });

  it('never lets a renewal shorten the period', () => {
    expect(expiryProblem('2026-06-01', window, '2026-09-01')).toMatch(/after the current expiry date/);
    expect(expiryProblem('2026-10-01', window, '2026-09-01')).toBeUndefined();
  });
});
