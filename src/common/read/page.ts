import { lazy } from '../lazy.js';
import type { ConnectionShape } from '../pagination/connection.js';
import { decodeCursor, encodeCursor, type SortValueKind } from '../pagination/cursor.js';
import { OrderDirection } from '../pagination/page-info.js';
import type { NestedPage } from './read-model.js';
import { SqlParams } from './sql.js';

/** Runs one statement with positional parameters. */
export type RunSql = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** One ordering of a list read in SQL: what cursors carry, the sort column and its text in cursors. */
export interface SqlKeyset {
  /** Written into cursors, e.g. `CREATED_AT:ASC`. */
  key: string;
  kind: SortValueKind;
  /** The sort column and the tie-breaking id, as SQL over the list's alias. */
  column: string;
  id: string;
  /** The sort value as cursors write it (timestamps as `isoTimestamp` gives them). */
  cursorValue: string;
  direction: OrderDirection;
}

/** A page of a root list: its rows (see `NestedPage`, with conditions written with `params` before anything else), and the JSON of one row, written after them. */
export interface SqlPage extends NestedPage {
  params: SqlParams;
  node: () => string;
}

const sqlTypes: Record<SortValueKind, string> = { timestamp: 'timestamptz', date: 'date', bigint: 'bigint', text: 'text' };

/** `ORDER BY` of a keyset: the sort column, then the id, both in the list's direction. */
export function keysetOrder(keyset: SqlKeyset): string {
  const direction = keyset.direction === OrderDirection.ASC ? 'ASC' : 'DESC';
  return `${keyset.column} ${direction}, ${keyset.id} ${direction}`;
}

/**
 * The rows `after` the cursor, or those `atOrBefore` it (is there a previous page?), compared as the
 * pair (sort key, id), which an index on both serves. The cursor is checked completely first.
 */
export function keysetComparison(keyset: SqlKeyset, params: SqlParams, cursor: string, side: 'after' | 'atOrBefore'): string {
  const position = decodeCursor(cursor, keyset.key, keyset.kind);
  const ascending = keyset.direction === OrderDirection.ASC;
  const operator = side === 'after' ? (ascending ? '>' : '<') : ascending ? '<=' : '>=';
  return `(${keyset.column}, ${keyset.id}) ${operator} (${params.add(position.value)}::${sqlTypes[keyset.kind]}, ${params.add(position.id)}::uuid)`;
}

/** A page read inside its parent's statement (see `JsonReader`), as the connection clients see. */
export interface NestedPageJson {
  key: string;
  rows: [unknown, string, string][];
  more: boolean;
  total?: number | PromiseLike<number>;
  before?: boolean | PromiseLike<boolean>;
}

export function connectionOf(page: NestedPageJson): ConnectionShape<unknown> {
  const edges = page.rows.map(([node, value, id]) => ({ node, cursor: encodeCursor({ order: page.key, value, id }) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.more, hasPreviousPage: page.before ?? false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total ?? 0,
  };
}

/**
 * One page of a list in one statement: the rows after the cursor, each already answered as JSON, one
 * more than asked to tell whether more follow. `totalCount` and `hasPreviousPage` run only when
 * selected (one statement each).
 */
export async function readPage(run: RunSql, page: SqlPage): Promise<ConnectionShape<unknown>> {
  const { keyset, first, after } = page;
  const listParams = page.params.values.length;
  const where = after == null ? page.where : [...page.where, keysetComparison(keyset, page.params, after, 'after')];
  const node = page.node();
  const rows =
    first === 0
      ? []
      : await run(
          `SELECT ${node} AS node, ${keyset.cursorValue} AS cursor_value, ${keyset.id} AS cursor_id
             FROM ${page.from} ${whereClause(where)} ORDER BY ${keysetOrder(keyset)} LIMIT ${first + 1}`,
          page.params.values,
        );
  const listOnly = () => {
    const params = new SqlParams();
    params.values.push(...page.params.values.slice(0, listParams));
    return params;
  };
  return connectionOf({
    key: keyset.key,
    rows: rows.slice(0, first).map((row) => [row.node, String(row.cursor_value), String(row.cursor_id)]),
    more: rows.length > first,
    before:
      after == null
        ? false
        : lazy(async () => {
            const params = listOnly();
            const found = await run(`SELECT 1 FROM ${page.from} ${whereClause([...page.where, keysetComparison(keyset, params, after, 'atOrBefore')])} LIMIT 1`, params.values);
            return found.length > 0;
          }),
    total: lazy(async () => {
      const params = listOnly();
      const counted = page.counted ?? page;
      const [row] = await run(`SELECT count(*)::int AS count FROM ${counted.from} ${whereClause(counted.where)}`, params.values);
      return row.count as number;
    }),
  });
}

function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
