import { currencyExponents } from '../currency.js';

/** The positional parameters of one statement ($1, $2, ...), added while the statement is written. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A timestamp as the API writes it (`Date.toISOString`: UTC, milliseconds, `Z`). */
export function isoTimestamp(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

const wholeCurrencies = Object.entries(currencyExponents)
  .filter(([, exponent]) => exponent === 0)
  .map(([code]) => `'${code}'`)
  .join(', ');

/**
 * An amount written as `displayAmount` writes it: amounts are stored with two decimals, shown without
 * them in currencies that have no minor unit when nothing is lost ("1500000000" VND, "12.50" EUR).
 */
export function displayAmountSql(amount: string, currency: string): string {
  return `CASE WHEN trim(${currency}) IN (${wholeCurrencies}) AND ${amount} = trunc(${amount}) THEN trunc(${amount})::text ELSE ${amount}::text END`;
}

/** A `Money` object, or null when there is no amount. */
export function moneySql(amount: string, currency: string): string {
  return `CASE WHEN ${amount} IS NOT NULL AND ${currency} IS NOT NULL THEN json_build_object('amount', ${displayAmountSql(amount, currency)}, 'currency', trim(${currency})) END`;
}
