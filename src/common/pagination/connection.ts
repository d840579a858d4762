import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { lazy } from '../lazy.js';
import { PageInfo } from './page-info.js';

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when the field is selected (see `lazy`). */
  totalCount: number | PromiseLike<number>;
}

/**
 * A page from the rows of a keyset query that asked for `first + 1` rows: the extra row only tells
 * that more follow. `count` runs only if the client selects `totalCount`, and `precededBy` (whether
 * any item lies at or before the `after` cursor) only if it selects `hasPreviousPage`.
 */
export function pageOf<T>(
  rows: T[],
  page: { first: number; after: string | null | undefined; precededBy: () => Promise<boolean> },
  cursorOf: (node: T) => string,
  count: () => Promise<number>,
): ConnectionShape<T> {
  const edges = rows.slice(0, page.first).map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after == null ? false : lazy(page.precededBy),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(count),
  };
}

/** Builds the GraphQL type `<Name>Edge` and the fields of a connection of `<Name>`s. */
export function Connection<T>(node: Type<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with the cursor that points at it.` })
  class EdgeType implements Edge<T> {
    @Field(() => node, { description: `The ${name}.` })
    node: T;

    @Field({ description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
    cursor: string;
  }

  // The concrete subclass names and describes the type, e.g. `OrganizationConnection`.
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: `The ${plural} of this page, in order.` })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match the filter, over all pages.` })
    totalCount: number | PromiseLike<number>;
  }

  return ConnectionType;
}
