import { lazy } from '../lazy.js';
import type { ConnectionShape } from '../pagination/connection.js';
import { decodeCursor, encodeCursor, type SortValueKind } from '../pagination/cursor.js';
import { OrderDirection } from '../pagination/page-info.js';
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

export interface SqlPage {
  /** `table alias` (with joins if any). */
  from: string;
  /** Conditions of the list (filters and access), written with `params` before anything else was added to them. */
  where: string[];
  params: SqlParams;
  keyset: SqlKeyset;
  first: number;
  after: string | null | undefined;
  /** The JSON of one row (see `JsonReader.json`), written after `where` with the same `params`. */
  node: (params: SqlParams) => string;
}

const sqlTypes: Record<SortValueKind, string> = { timestamp: 'timestamptz', date: 'date', bigint: 'bigint', text: 'text' };

/**
 * One page of a list in one statement: the rows after the cursor, each already answered as JSON, one
 * more than asked to tell whether more follow. `totalCount` and `hasPreviousPage` run only when
 * selected (one statement each).
 */
export async function readPage(run: RunSql, page: SqlPage): Promise<ConnectionShape<unknown>> {
  const { keyset, first, after } = page;
  const listParams = page.params.values.length;
  const position = after == null ? undefined : decodeCursor(after, keyset.key, keyset.kind);
  const comparison = (params: SqlParams, operator: string) =>
    `(${keyset.column}, ${keyset.id}) ${operator} (${params.add(position!.value)}::${sqlTypes[keyset.kind]}, ${params.add(position!.id)}::uuid)`;
  const ascending = keyset.direction === OrderDirection.ASC;

  const where = [...page.where];
  if (position) where.push(comparison(page.params, ascending ? '>' : '<'));
  const node = page.node(page.params);
  const direction = ascending ? 'ASC' : 'DESC';
  const rows =
    first === 0
      ? []
      : await run(
          `SELECT ${node} AS node, ${keyset.cursorValue} AS cursor_value, ${keyset.id} AS cursor_id
             FROM ${page.from} ${whereClause(where)}
            ORDER BY ${keyset.column} ${direction}, ${keyset.id} ${direction} LIMIT ${first + 1}`,
          page.params.values,
        );
  const listOnly = () => {
    const params = new SqlParams();
    params.values.push(...page.params.values.slice(0, listParams));
    return params;
  };
  const edges = rows.slice(0, first).map((row) => ({
    node: row.node,
    cursor: encodeCursor({ order: keyset.key, value: String(row.cursor_value), id: String(row.cursor_id) }),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage:
        after == null
          ? false
          : lazy(async () => {
              const params = listOnly();
              const found = await run(`SELECT 1 FROM ${page.from} ${whereClause([...page.where, comparison(params, ascending ? '<=' : '>=')])} LIMIT 1`, params.values);
              return found.length > 0;
            }),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const params = listOnly();
      const [row] = await run(`SELECT count(*)::int AS count FROM ${page.from} ${whereClause(page.where)}`, params.values);
      return row.count as number;
    }),
  };
}

function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
