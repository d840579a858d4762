import type { Type } from '@nestjs/common';
import { Field, InterfaceType, createUnionType, registerEnumType } from '@nestjs/graphql';
import type { GraphQLContext } from '../request-context.js';
import { noteErrorCodes } from './operation-outcome.js';
import { errorCodes, type ResultErrorCode } from '../error-codes.js';

/** The codes as an enum object for the schema: each value is its own name. */
const ErrorCode = Object.fromEntries(Object.keys(errorCodes).map((code) => [code, code])) as Record<keyof typeof errorCodes, string>;

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'Every error code of the API: the `code` of the typed results of mutations (`ErrorResult`), and the `extensions.code` of GraphQL errors, which carry the same values as strings. New codes may be added; clients should treat an unknown code as a generic failure.',
  valuesMap: Object.fromEntries(Object.entries(errorCodes).map(([code, description]) => [code, { description }])),
});

/**
 * Expected failures of a mutation are data, not exceptions: the mutation returns a union of its
 * result and error types that share this interface, so clients handle them with `... on ErrorResult`.
 */
@InterfaceType('ErrorResult', { description: 'An expected failure of a mutation, returned as data.' })
export abstract class ErrorResult {
  @Field(() => String, {
    description: 'Stable machine-readable code, e.g. `EMAIL_TAKEN`: the same value as `errorCode`, as a string.',
    deprecationReason:
      'Use `errorCode`: the same value, typed as the `ErrorCode` enum. (`code` stays a String because a selection asking for `code` of a result type, such as `Project.code`, beside `ErrorResult.code` must get one type.)',
  })
  code: ResultErrorCode;

  @Field(() => ErrorCode, { description: 'Stable machine-readable code, e.g. `EMAIL_TAKEN`; `ErrorCode` says what each means.' })
  get errorCode(): ResultErrorCode {
    return this.code;
  }

  @Field({ description: 'What went wrong, written for people.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, when there is one.' })
  field?: string | null;

  constructor(message: string, field?: string) {
    this.message = message;
    this.field = field ?? null;
  }
}

/**
 * A mutation's result union: the success type and its error types, told apart by their class. An error
 * result's code is noted for the request's metrics (once per union value, not per field).
 */
export function resultUnion(name: string, description: string, types: () => readonly Type<unknown>[]) {
  return createUnionType({
    name,
    description,
    types: types as () => readonly [Type<unknown>, ...Type<unknown>[]],
    resolveType: (value: object, context: Partial<GraphQLContext> | undefined) => {
      if (value instanceof ErrorResult) noteErrorCodes(context?.req as object | undefined, [value.code]);
      return value.constructor as Type<unknown>;
    },
  });
}
