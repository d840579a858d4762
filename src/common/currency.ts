/**
 * ISO 4217 minor-unit exponents of the currencies the platform accepts for agreements and revenue.
 * Amounts are stored as numeric(20, 2), so currencies with three decimals (BHD, KWD...) are not
 * accepted. Arithmetic on money happens in integer minor units (BigInt), never in floating point.
 */
export const currencyExponents: Readonly<Record<string, 0 | 2>> = {
  // No minor unit in use.
  VND: 0, JPY: 0, KRW: 0, CLP: 0, ISK: 0, PYG: 0, UGX: 0, XAF: 0, XOF: 0,
  // Two decimals.
  USD: 2, EUR: 2, GBP: 2, SGD: 2, AUD: 2, CAD: 2, CHF: 2, CNY: 2, HKD: 2, TWD: 2, THB: 2, MYR: 2, IDR: 2, PHP: 2,
  INR: 2, LAK: 2, KHR: 2, MMK: 2, NZD: 2, SEK: 2, NOK: 2, DKK: 2, PLN: 2, CZK: 2, ZAR: 2, BRL: 2, AED: 2,
};

export function isKnownCurrency(code: string): boolean {
  return Object.hasOwn(currencyExponents, code);
}

export function exponentOf(currency: string): 0 | 2 {
  const exponent = currencyExponents[currency.trim()];
  if (exponent === undefined) throw new Error(`unsupported currency ${currency}`);
  return exponent;
}

const decimal = /^(\d+)(?:\.(\d+))?$/;

/**
 * An exact non-negative decimal string as integer minor units of the currency; undefined when it is
 * not a decimal or carries more precision than the currency has (e.g. "10.5" VND). Trailing zeros
 * beyond the exponent are accepted ("1000.00" VND is 1000 đồng), as the database returns them.
 */
export function toMinor(amount: string, currency: string): bigint | undefined {
  const match = decimal.exec(amount.trim());
  if (!match) return undefined;
  const exponent = exponentOf(currency);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > exponent) return undefined;
  return BigInt(match[1]) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
}

/** Integer minor units as a decimal string with exactly the currency's decimals ("850000" VND, "12.50" EUR). */
export function fromMinor(minor: bigint, currency: string): string {
  const exponent = exponentOf(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${whole}` : whole;
}

/**
 * How the API writes an amount: with the currency's decimals ("1500000000" VND, "12.50" EUR) when it
 * fits them, as stored otherwise (a VND project budget may carry cents; an unlisted currency keeps
 * two decimals). Never rounded.
 */
export function displayAmount(amount: string, currency: string): string {
  const code = currency.trim();
  if (!isKnownCurrency(code)) return amount;
  const minor = toMinor(amount, code);
  return minor === undefined ? amount : fromMinor(minor, code);
}
