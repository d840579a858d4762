import type { Type } from '@nestjs/common';
import { Field, InterfaceType, createUnionType } from '@nestjs/graphql';
import type { GraphQLContext } from '../request-context.js';
import { noteErrorCodes } from './operation-outcome.js';

/**
 * Expected failures of a mutation are data, not exceptions: the mutation returns a union of its
 * result and error types that share this interface, so clients handle them with `... on ErrorResult`.
 */
@InterfaceType('ErrorResult', { description: 'An expected failure of a mutation, returned as data.' })
export abstract class ErrorResult {
  @Field({ description: 'Stable machine-readable code, e.g. `EMAIL_TAKEN`.' })
  code: string;

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
