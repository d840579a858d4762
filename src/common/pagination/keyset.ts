import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors.js';
import { decodeCursor } from './cursor.js';
import { OrderDirection } from './page-info.js';

/** One ordering a list offers: the sort column, the tie-breaking id column, and the cursor key. */
export interface KeysetOrder {
  /** Written into cursors, e.g. `NAME:ASC`; a cursor of another ordering is refused. */
  key: string;
  column: string;
  idColumn: string;
  direction: OrderDirection;
  /** Timestamps travel in cursors as ISO strings. */
  isTime: boolean;
}

/**
 * Turns a filtered query into one page: rows after the cursor (compared as the pair (sort key, id),
 * which an index on both serves), in order, one more than asked so the page knows if more follow.
 */
export function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  first: number,
  after: string | undefined,
): SelectQueryBuilder<T> {
  const page = query.clone();
  if (after !== undefined) {
    const cursor = decodeCursor(after, order.key);
    if (order.isTime && Number.isNaN(Date.parse(cursor.value))) throw badUserInput('after is not a cursor returned by this API', 'after');
    page.andWhere(`(${order.column}, ${order.idColumn}) ${order.direction === OrderDirection.ASC ? '>' : '<'} (:cursorValue, :cursorId)`, {
      cursorValue: order.isTime ? new Date(cursor.value) : cursor.value,
      cursorId: cursor.id,
    });
  }
  return page.orderBy(order.column, order.direction).addOrderBy(order.idColumn, order.direction).limit(first + 1);
}
