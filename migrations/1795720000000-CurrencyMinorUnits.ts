import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each money column with the column naming its currency, per table; a constraint per table. */
const moneyColumns: [table: string, pairs: [amount: string, currency: string][]][] = [
  ['project', [['budget_amount', 'budget_currency']]],
  ['project_participant', [['cash_amount', 'cash_currency'], ['in_kind_value_amount', 'in_kind_value_currency']]],
  ['agreement', [['upfront_fee', 'currency']]],
  ['revenue_distribution', [['gross', 'currency'], ['costs', 'currency'], ['net', 'currency']]],
  ['distribution_line', [['amount', 'currency']]],
  ['revenue_receipt', [['amount', 'currency']]],
  ['revenue_cost', [['amount', 'currency']]],
  ['technology_offer', [['price_amount', 'price_currency']]],
  ['technology_demand', [['budget_min', 'budget_currency'], ['budget_max', 'budget_currency']]],
];

/** The revenue tables' earlier checks of whole amounts in currencies without decimals, which these replace. */
const wholeUnitColumns: Record<string, string[]> = {
  revenue_distribution: ['gross', 'costs'],
  distribution_line: ['amount'],
  revenue_receipt: ['amount'],
  revenue_cost: ['amount'],
};
const wholeUnitTables = Object.keys(wholeUnitColumns);

/** The condition for one table: every currency named is accepted, and every amount fits its currency's decimals. */
export function moneyCheck(pairs: [string, string][]): string {
  const currencies = [...new Set(pairs.map(([, currency]) => currency))];
  return [
    ...currencies.map((currency) => `(${currency} IS NULL OR currency_minor_unit(${currency}) IS NOT NULL)`),
    ...pairs.map(([amount, currency]) => `money_fits(${amount}, ${currency})`),
  ].join(' AND ');
}

/**
 * ISO 4217 in the database: the accepted currencies with their minor units (the list in
 * src/common/currency.ts as it was when this ran), and on every money column a check that its
 * currency is one of them and that the amount has no more decimals than it ("5.5" JPY is refused).
 * Rows written before may break the rule; their constraint then stays NOT VALID (it still holds for
 * every new or changed row) and a notice says which.
 */
export class CurrencyMinorUnits1795720000000 implements MigrationInterface {
  name = 'CurrencyMinorUnits1795720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION currency_minor_unit(code text) RETURNS smallint LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT minor_unit FROM (VALUES
          ('BIF', 0), ('CLP', 0), ('DJF', 0), ('GNF', 0), ('ISK', 0), ('JPY', 0), ('KMF', 0), ('KRW', 0),
          ('PYG', 0), ('RWF', 0), ('UGX', 0), ('UYI', 0), ('VND', 0), ('VUV', 0), ('XAF', 0), ('XOF', 0),
          ('XPF', 0), ('AED', 2), ('AFN', 2), ('ALL', 2), ('AMD', 2), ('AOA', 2), ('ARS', 2), ('AUD', 2),
          ('AWG', 2), ('AZN', 2), ('BAM', 2), ('BBD', 2), ('BDT', 2), ('BGN', 2), ('BMD', 2), ('BND', 2),
          ('BOB', 2), ('BOV', 2), ('BRL', 2), ('BSD', 2), ('BTN', 2), ('BWP', 2), ('BYN', 2), ('BZD', 2),
          ('CAD', 2), ('CDF', 2), ('CHE', 2), ('CHF', 2), ('CHW', 2), ('CNY', 2), ('COP', 2), ('COU', 2),
          ('CRC', 2), ('CUP', 2), ('CVE', 2), ('CZK', 2), ('DKK', 2), ('DOP', 2), ('DZD', 2), ('EGP', 2),
          ('ERN', 2), ('ETB', 2), ('EUR', 2), ('FJD', 2), ('FKP', 2), ('GBP', 2), ('GEL', 2), ('GHS', 2),
          ('GIP', 2), ('GMD', 2), ('GTQ', 2), ('GYD', 2), ('HKD', 2), ('HNL', 2), ('HTG', 2), ('HUF', 2),
          ('IDR', 2), ('ILS', 2), ('INR', 2), ('IRR', 2), ('JMD', 2), ('KES', 2), ('KGS', 2), ('KHR', 2),
          ('KPW', 2), ('KYD', 2), ('KZT', 2), ('LAK', 2), ('LBP', 2), ('LKR', 2), ('LRD', 2), ('LSL', 2),
          ('MAD', 2), ('MDL', 2), ('MGA', 2), ('MKD', 2), ('MMK', 2), ('MNT', 2), ('MOP', 2), ('MRU', 2),
          ('MUR', 2), ('MVR', 2), ('MWK', 2), ('MXN', 2), ('MXV', 2), ('MYR', 2), ('MZN', 2), ('NAD', 2),
          ('NGN', 2), ('NIO', 2), ('NOK', 2), ('NPR', 2), ('NZD', 2), ('PAB', 2), ('PEN', 2), ('PGK', 2),
          ('PHP', 2), ('PKR', 2), ('PLN', 2), ('QAR', 2), ('RON', 2), ('RSD', 2), ('RUB', 2), ('SAR', 2),
          ('SBD', 2), ('SCR', 2), ('SDG', 2), ('SEK', 2), ('SGD', 2), ('SHP', 2), ('SLE', 2), ('SOS', 2),
          ('SRD', 2), ('SSP', 2), ('STN', 2), ('SVC', 2), ('SYP', 2), ('SZL', 2), ('THB', 2), ('TJS', 2),
          ('TMT', 2), ('TOP', 2), ('TRY', 2), ('TTD', 2), ('TWD', 2), ('TZS', 2), ('UAH', 2), ('USD', 2),
          ('USN', 2), ('UYU', 2), ('UZS', 2), ('VED', 2), ('VES', 2), ('WST', 2), ('XCD', 2), ('XCG', 2),
          ('YER', 2), ('ZAR', 2), ('ZMW', 2), ('ZWG', 2)) AS accepted(code, minor_unit)
         WHERE accepted.code = $1
      $$`);
    // STRICT: a missing amount passes; an unknown currency fails (no minor unit to round to).
    await queryRunner.query(`
      CREATE FUNCTION money_fits(amount numeric, currency text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(amount = round(amount, currency_minor_unit(currency)), false)
      $$`);
    // The checks of whole đồng the revenue tables had are part of these now.
    for (const table of wholeUnitTables) await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_whole_units`);
    for (const [table, pairs] of moneyColumns) {
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_money_iso4217 CHECK (${moneyCheck(pairs)}) NOT VALID`);
      await queryRunner.query(`
        DO $$ BEGIN
          ALTER TABLE ${table} VALIDATE CONSTRAINT ${table}_money_iso4217;
        EXCEPTION WHEN check_violation THEN
          RAISE NOTICE '${table} holds amounts that do not fit their currency; ${table}_money_iso4217 stays NOT VALID';
        END $$`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of moneyColumns) await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_money_iso4217`);
    for (const [table, columns] of Object.entries(wholeUnitColumns)) {
      const checks = columns.map((amount) => `currency NOT IN ('VND', 'JPY', 'KRW', 'CLP', 'ISK', 'PYG', 'UGX', 'XAF', 'XOF') OR ${amount} = trunc(${amount})`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_whole_units CHECK (${checks.map((check) => `(${check})`).join(' AND ')})`);
    }
    await queryRunner.query(`DROP FUNCTION money_fits(numeric, text)`);
    await queryRunner.query(`DROP FUNCTION currency_minor_unit(text)`);
  }
}
