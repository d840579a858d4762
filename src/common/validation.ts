import { applyDecorators, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { getMetadataStorage, IsUrl, Matches, validateSync, ValidateBy, type ValidationOptions } from 'class-validator';
import { AppError, badUserInput } from './errors.js';
import { assertStorableText } from './storable-text.js';
import { amountProblem, isKnownCurrency } from './currency.js';

/** What callers send: HTTP query strings, bodies and route parameters, and GraphQL arguments (@nestjs/graphql's paramtype 3). */
const callerInput = new Set<unknown>(['query', 'body', 'param', 3]);

/**
 * Names the field from the argument down (`input.country`), not just within the argument. Every
 * argument of every route and resolver (query strings and bodies of plain HTTP routes included) is
 * refused first if it holds text PostgreSQL cannot store.
 */
class FieldPathValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (callerInput.has(metadata.type)) assertStorableText(value, metadata.data ?? '');
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof AppError && error.field && metadata.data) {
        throw new AppError(error.code, error.message, `${metadata.data}.${error.field}`);
      }
      throw error;
    }
  }
}

type RuleLookup = (target: object, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];

/**
 * class-validator finds a class's rules by walking every class that has rules, on every validation and
 * again for each nested object: a tenth of a small request's time. The rules are declared as the
 * classes load, so each lookup is kept per class and options, and all are forgotten when a rule is added.
 */
function keepRuleLookups(): void {
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: RuleLookup;
    addValidationMetadata: (metadata: unknown) => void;
    rulesKept?: true;
  };
  if (storage.rulesKept) return;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let kept = new WeakMap<object, Map<string, unknown[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // An object without a constructor (no prototype) has no class to keep its rules under.
    if (typeof target !== 'function') return lookUp(target, schema, always, strictGroups, groups);
    const options = `${schema}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0001')}`;
    let byOptions = kept.get(target);
    if (!byOptions) kept.set(target, (byOptions = new Map()));
    let rules = byOptions.get(options);
    if (!rules) byOptions.set(options, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.addValidationMetadata = (metadata) => {
    kept = new WeakMap();
    add(metadata);
  };
  storage.rulesKept = true;
}

/**
 * Validates arguments and inputs at the edge. The first failure becomes a BAD_USER_INPUT error that
 * names the field (`filter.country`), so a client can point at it.
 */
export function createValidationPipe(): ValidationPipe {
  keepRuleLookups();
  return new FieldPathValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const [path, message] = firstFailure(errors);
      return badUserInput(message, path);
    },
  });
}

/**
 * Arguments read without a resolver (a connection a read model pages inside its parent's statement),
 * validated exactly as the pipe validates them.
 */
export function validArguments<T extends object>(type: new () => T, raw: Record<string, unknown>): T {
  const value = plainToInstance(type, raw);
  const errors = validateSync(value, { whitelist: true, forbidUnknownValues: false, stopAtFirstError: true });
  if (errors.length > 0) {
    const [path, message] = firstFailure(errors);
    throw badUserInput(message, path);
  }
  return value;
}

function firstFailure(errors: ValidationError[], prefix = ''): [string, string] {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return [path, message];
    if (error.children?.length) return firstFailure(error.children, path);
  }
  return [prefix || 'input', 'the input is not valid'];
}

/** For `@Transform`: surrounding spaces do not count in free text. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** For `@Transform`: surrounding spaces do not count, and text left empty means "none" (null). */
export const trimmedOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/**
 * Whether `value` is a real calendar day written `YYYY-MM-DD` (year 0001 to 9999), e.g. not
 * `2023-02-29`.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A real calendar day written `YYYY-MM-DD` (not 2023-02-29). */
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

/** Percentages with up to two decimals, 0 to 100, as exact decimal strings. */
export const percentPattern = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

/**
 * For "give exactly one of" arguments: the name of the one given, an explicit null counting as not
 * given (clients send `id: null`); BAD_USER_INPUT naming the field when none or several are given.
 */
export function exactlyOneOf<T extends object, K extends keyof T & string>(values: T, names: readonly K[], prefix = ''): K {
  const given = names.filter((name) => values[name] != null);
  if (given.length !== 1) throw badUserInput(`Give exactly one of ${names.join(' or ')}`, `${prefix}${given[1] ?? names[0]}`);
  return given[0];
}

/** Years a timestamp may have: four digits, well inside what PostgreSQL holds (4713 BC to 294276 AD). */
const firstStorableTime = Date.parse('0001-01-01T00:00:00.000Z');
const lastStorableTime = Date.parse('9999-12-31T23:59:59.999Z');

/** A real point in time in the years 0001 to 9999 (GraphQL's DateTime accepts years like -100000). */
export function IsStorableTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStorableTime',
      validator: {
        validate: (value: unknown) => value instanceof Date && value.getTime() >= firstStorableTime && value.getTime() <= lastStorableTime,
        defaultMessage: (args) => `${args?.property ?? 'the value'} must be a time between the years 0001 and 9999`,
      },
    },
    options,
  );
}

/**
 * An http(s) URL as the database's CHECK (`^https?://`) wants it: the scheme, which URLs treat
 * without regard to case, is written in lower case (`HTTPS://EXAMPLE.ORG` is kept as `https://EXAMPLE.ORG`).
 */
export function IsWebUrl(message: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase()) : value)),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message }),
    Matches(/^https?:\/\//, { message }),
  );
}

/** An ISO 4217 currency code the platform accepts (`currencyExponents`); the message says which kind of code is wanted. */
export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isKnownCurrency(value),
        defaultMessage: (args) => `${args?.property ?? 'currency'} must be an ISO 4217 currency code with 0 or 2 decimals, such as VND, USD or EUR`,
      },
    },
    options,
  );
}

/**
 * An amount with no more decimals than the currency named by the sibling property `currencyProperty`
 * has ("5.5" JPY is refused, not stored as 5.50). An unknown currency is its own field's error.
 */
export function FitsCurrency(currencyProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'fitsCurrency',
      validator: {
        validate: (value: unknown, args) => {
          const currency = (args?.object as Record<string, unknown> | undefined)?.[currencyProperty];
          return typeof value !== 'string' || typeof currency !== 'string' || amountProblem(value, currency) === undefined;
        },
        defaultMessage: (args) => {
          const currency = String((args?.object as Record<string, unknown>)[currencyProperty]);
          return `${args?.property ?? 'amount'}: ${amountProblem(String(args?.value), currency)}`;
        },
      },
    },
    options,
  );
}
