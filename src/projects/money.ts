import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { displayAmount } from '../common/currency.js';
import { FitsCurrency, IsCurrencyCode } from '../common/validation.js';

/** Amounts are exact decimals carried as strings (never floating point), up to 18 digits and 2 decimals. */
export const decimalPattern = /^\d{1,18}(\.\d{1,2})?$/;

@ObjectType({ description: 'An exact amount of money in an ISO 4217 currency.' })
export class Money {
  @Field({ description: 'Exact decimal as a string, written with the currency’s decimals: "1500000000" VND, "12.50" EUR. Never rounded.' })
  amount: string;

  @Field({ description: 'ISO 4217 currency code, e.g. VND, EUR.' })
  currency: string;

  static of(amount: string | null, currency: string | null): Money | null {
    if (amount === null || currency === null) return null;
    const money = new Money();
    money.currency = currency.trim();
    money.amount = displayAmount(amount, money.currency);
    return money;
  }
}

@InputType({ description: 'An exact amount of money.' })
export class MoneyInput {
  @Field({ description: 'Exact decimal as a string with no more decimals than the currency has, e.g. "250000000" VND or "12.50" EUR.' })
  @Matches(decimalPattern, { message: 'amount must be a non-negative decimal with at most 2 decimals, written as a string' })
  @FitsCurrency('currency')
  amount: string;

  @Field({ defaultValue: 'VND', description: 'ISO 4217 currency code with 0 or 2 decimals; VND when omitted. The amount has no more decimals than it.' })
  @IsCurrencyCode()
  currency: string = 'VND';
}
