import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../../partnerships/partnership-lifecycle.js';

/** A real calendar day written `YYYY-MM-DD`. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'the value'} must be a calendar date written YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** Exact non-negative decimal amounts as strings, up to 18 digits and 2 decimals (the currency may allow fewer). */
export const amountPattern = /^\d{1,18}(\.\d{1,2})?$/;

/** Percentages with up to two decimals, 0 to 100. */
export const percentPattern = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

export const trimmedOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
