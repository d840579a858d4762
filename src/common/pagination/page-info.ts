import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

@ObjectType({ description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page; fetch them with `after: endCursor`.' })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description: 'True when items precede this page: it was asked for with `after`, and the list still has an item at or before that cursor.',
  })
  hasPreviousPage: boolean | PromiseLike<boolean>;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null when the page is empty.' })
  endCursor: string | null;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesMap: {
    ASC: { description: 'Smallest first (A to Z, oldest first).' },
    DESC: { description: 'Largest first (Z to A, newest first).' },
  },
});
