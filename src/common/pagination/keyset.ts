import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, type SortValueKind } from './cursor.js';
import { OrderDirection } from './page-info.js';

/** One ordering a list offers: the sort column, the tie-breaking id column, and the cursor key. */
export interface KeysetOrder {
  /** Written into cursors, e.g. `NAME:ASC`; a cursor of another ordering is refused. */
  key: string;
  column: string;
  idColumn: string;
  direction: OrderDirection;
  /** What the sort column holds; timestamps travel in cursors as ISO strings. */
  kind: SortValueKind;
}

/** The cursor's position as SQL parameters, after checking the cursor completely. */
function position(order: KeysetOrder, after: string): { value: unknown; id: string } {
  const cursor = decodeCursor(after, order.key, order.kind);
  return { value: order.kind === 'timestamp' ? new Date(cursor.value) : cursor.value, id: cursor.id };
}

/**
 * Turns a filtered query into one page: rows after the cursor (compared as the pair (sort key, id),
 * which an index on both serves), in order, one more than asked so the page knows if more follow.
 * `after: null` is the first page, as Relay clients send it.
 */
export function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  first: number,
  after: string | null | undefined,
): SelectQueryBuilder<T> {
  const page = query.clone();
  if (after != null) {
    const { value, id } = position(order, after);
    page.andWhere(`(${order.column}, ${order.idColumn}) ${order.direction === OrderDirection.ASC ? '>' : '<'} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  return page.orderBy(order.column, order.direction).addOrderBy(order.idColumn, order.direction).limit(first + 1);
}

/**
 * Whether any row of the filtered query lies at or before the cursor, i.e. whether a page after it
 * has items before it (`hasPreviousPage`). One EXISTS probe, run only when the client asks.
 */
export function keysetPrecededBy<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, order: KeysetOrder, after: string | null | undefined): () => Promise<boolean> {
  return async () => {
    if (after == null) return false;
    const { value, id } = position(order, after);
    return query
      .clone()
      .andWhere(`(${order.column}, ${order.idColumn}) ${order.direction === OrderDirection.ASC ? '<=' : '>='} (:precedingValue, :precedingId)`, {
        precedingValue: value,
        precedingId: id,
      })
      .getExists();
  };
}
