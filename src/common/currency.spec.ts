import { displayAmount } from './currency.js';

describe('currency amounts', () => {
  it('writes amounts with the currency’s decimals', () => {
    expect(displayAmount('1500000000.00', 'VND')).toBe('1500000000');
    expect(displayAmount('12.5', 'EUR')).toBe('12.50');
    expect(displayAmount('12.50', 'EUR ')).toBe('12.50');
  });

  it('never rounds: an amount finer than the currency, or in an unlisted currency, stays as stored', () => {
    expect(displayAmount('500000000.50', 'VND')).toBe('500000000.50');
    expect(displayAmount('10.00', 'XYZ')).toBe('10.00');
  });
});
