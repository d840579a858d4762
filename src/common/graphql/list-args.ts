import type { Type } from '@nestjs/common';
import { ArgsType } from '@nestjs/graphql';
import { PaginationArgs } from '../pagination/pagination.args.js';
import { OptionalInput } from './input-fields.js';

/** A page of a list (`first`, `after`) narrowed by an optional `filter` of the given input type; `things` names the records ("offers"). */
export function FilteredListArgs<F>(filter: Type<F>, things: string): Type<PaginationArgs & { filter?: F }> {
  @ArgsType()
  class FilteredList extends PaginationArgs {
    @OptionalInput(() => filter, `Conditions the ${things} must meet.`)
    filter?: F;
  }
  return FilteredList;
}
