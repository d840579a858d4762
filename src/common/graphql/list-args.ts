import type { Type } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { OrderDirection } from '../pagination/page-info.js';
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

/**
 * The fields of an ordering input: a key of `keys` (a registered enum) and a direction, ascending
 * when omitted. The subclass gives the input type its name and description.
 */
export function OrderInput<K extends string>(keys: Record<string, K>): Type<{ field: K; direction: OrderDirection }> {
  @InputType({ isAbstract: true })
  class Order {
    @Field(() => keys, { description: 'The key to order by.' })
    @IsEnum(keys)
    field: K;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction; ascending when omitted.' })
    @IsEnum(OrderDirection)
    direction: OrderDirection = OrderDirection.ASC;
  }
  return Order;
}
