/**
 * The ISO 4217 currencies the platform accepts, with their minor-unit exponents (List One of the
 * standard, funds codes included). Amounts are stored as numeric(20, 2), so the few currencies with
 * three or four decimals (BHD, KWD, CLF...) are not accepted; precious metals and testing codes have
 * no minor unit and are not money here. The database holds the same list (`currency_minor_unit`),
 * generated from this one by its migration. Arithmetic on money happens in integer minor units
 * (BigInt), never in floating point.
 */
export const currencyExponents: Readonly<Record<string, 0 | 2>> = {
  // No minor unit in use.
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0,
  VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  // Two decimals.
  AED: 2, AFN: 2, ALL: 2, AMD: 2, AOA: 2, ARS: 2, AUD: 2, AWG: 2, AZN: 2, BAM: 2, BBD: 2, BDT: 2, BGN: 2,
  BMD: 2, BND: 2, BOB: 2, BOV: 2, BRL: 2, BSD: 2, BTN: 2, BWP: 2, BYN: 2, BZD: 2, CAD: 2, CDF: 2, CHE: 2,
  CHF: 2, CHW: 2, CNY: 2, COP: 2, COU: 2, CRC: 2, CUP: 2, CVE: 2, CZK: 2, DKK: 2, DOP: 2, DZD: 2, EGP: 2,
  ERN: 2, ETB: 2, EUR: 2, FJD: 2, FKP: 2, GBP: 2, GEL: 2, GHS: 2, GIP: 2, GMD: 2, GTQ: 2, GYD: 2, HKD: 2,
  HNL: 2, HTG: 2, HUF: 2, IDR: 2, ILS: 2, INR: 2, IRR: 2, JMD: 2, KES: 2, KGS: 2, KHR: 2, KPW: 2, KYD: 2,
  KZT: 2, LAK: 2, LBP: 2, LKR: 2, LRD: 2, LSL: 2, MAD: 2, MDL: 2, MGA: 2, MKD: 2, MMK: 2, MNT: 2, MOP: 2,
  MRU: 2, MUR: 2, MVR: 2, MWK: 2, MXN: 2, MXV: 2, MYR: 2, MZN: 2, NAD: 2, NGN: 2, NIO: 2, NOK: 2, NPR: 2,
  NZD: 2, PAB: 2, PEN: 2, PGK: 2, PHP: 2, PKR: 2, PLN: 2, QAR: 2, RON: 2, RSD: 2, RUB: 2, SAR: 2, SBD: 2,
  SCR: 2, SDG: 2, SEK: 2, SGD: 2, SHP: 2, SLE: 2, SOS: 2, SRD: 2, SSP: 2, STN: 2, SVC: 2, SYP: 2, SZL: 2,
  THB: 2, TJS: 2, TMT: 2, TOP: 2, TRY: 2, TTD: 2, TWD: 2, TZS: 2, UAH: 2, USD: 2, USN: 2, UYU: 2, UZS: 2,
  VED: 2, VES: 2, WST: 2, XCD: 2, XCG: 2, YER: 2, ZAR: 2, ZMW: 2, ZWG: 2,
};

export function isKnownCurrency(code: string): boolean {
  return Object.hasOwn(currencyExponents, code);
}

/** Why `amount` is not an amount of `currency`, or undefined: an unknown currency, or more decimals than it has ("5.5" JPY). */
export function amountProblem(amount: string, currency: string): string | undefined {
  if (!isKnownCurrency(currency)) return undefined;
  if (toMinor(amount, currency) !== undefined) return undefined;
  const exponent = exponentOf(currency);
  return exponent === 0 ? `${currency} has no minor unit: give a whole amount` : `${currency} has ${exponent} decimals at most`;
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
 * How the API writes an amount: with the currency's decimals ("1500000000" VND, "12.50" EUR). An
 * amount that does not fit (only rows written before the currency rules could hold one) is shown as
 * stored. Never rounded.
 */
export function displayAmount(amount: string, currency: string): string {
  const code = currency.trim();
  if (!isKnownCurrency(code)) return amount;
  const minor = toMinor(amount, code);
  return minor === undefined ? amount : fromMinor(minor, code);
}
