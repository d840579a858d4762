import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../common/access/access.service.js';
import { isoTimestamp, SqlParams } from '../../common/read/sql.js';
import { effectiveStatusSql } from '../exchange-lifecycle.js';
import type { ExchangeStatus } from '../exchange.enums.js';
import {
  exchangeItemChangedAt,
  exchangeItemChangedSince,
  exchangeItemReadable,
  exchangeItemRetired,
  exchangeItemSummaryJson,
  itemTable,
  type ItemKind,
} from '../exchange.read.js';
import type { FeedCursor, FeedRequest } from './feed-request.js';

/** The public summary of an offer or demand; every field null in a tombstone. */
export interface FeedSummary {
  title: string;
  summary: string;
  sectors: string[];
  keywords: string[];
  language: string;
  offerKind: string | null;
  trl: number | null;
  assessedTrl: number | null;
  minTrl: number | null;
  publishedOn: string | null;
  expiresOn: string | null;
  organization: { name: string; nameEn: string | null; country: string } | null;
}

/** One change of the feed: the item as anyone may read it now, or its tombstone once it left the exchange. */
export interface FeedChange {
  id: string;
  kind: ItemKind;
  status: ExchangeStatus;
  /** When it last changed as readers see it (ISO, UTC, to the millisecond): the feed's order, with the id. */
  updatedAt: string;
  /** Null for a tombstone (WITHDRAWN or EXPIRED): only the id, kind, status and change time are public then. */
  item: FeedSummary | null;
}

/** A page of changes, and where the walk stands after it. */
export interface FeedPage {
  changes: FeedChange[];
  /** Where the next page starts, when the walk has more now. */
  next: FeedCursor | undefined;
  /** Where to carry on later (after the last change given, or where this page started): always set for oldest-first walks. */
  resume: FeedCursor | undefined;
}

/**
 * The exchange feed: what anyone may read of the offers and demands (the read path's own conditions,
 * `exchangeItemReadable` under the public read scope, and its public fields), in the order of their last
 * change and then id, with tombstones for those that left the exchange (`exchangeItemRetired`). The same
 * for every caller, so shared caches may keep it.
 *
 * A page is two statements whatever its size: the horizon, then the changes. A change is served only
 * once every transaction that could still commit an earlier change time has ended (the horizon is the
 * start of the oldest transaction open on the database), so a puller that walks on from its last change
 * never skips one that committed late.
 */
@Injectable()
export class ExchangeFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async page(request: FeedRequest, newestFirst: boolean): Promise<FeedPage> {
    const horizon = await this.horizon();
    const params = new SqlParams();
    const scope = await this.access.publicReadScope(params);
    const order = request.cursor?.order ?? (newestFirst && !request.since ? 'desc' : 'asc');
    const direction = order === 'asc' ? 'ASC' : 'DESC';
    const limit = params.add(request.limit + 1);
    const horizonParam = `${params.add(horizon)}::timestamptz`;
    const cursorAt = request.cursor ? `${params.add(request.cursor.at)}::timestamptz` : undefined;
    const cursorId = request.cursor ? `${params.add(request.cursor.id)}::uuid` : undefined;
    const since = request.since ? `${params.add(request.since)}::timestamptz` : undefined;
    const sector = request.sector ? `${params.add(request.sector)}::text` : undefined;
    const language = request.language ? `${params.add(request.language)}::text` : undefined;

    const branch = (kind: ItemKind) => {
      const changedAt = exchangeItemChangedAt('x');
      const where = [`(${exchangeItemReadable('x', kind, scope)} OR ${exchangeItemRetired('x')})`, `${changedAt} < ${horizonParam}`];
      if (sector) where.push(`x.sectors @> ARRAY[${sector}]`);
      if (language) where.push(`x.language = ${language}`);
      if (since) where.push(`${changedAt} >= ${since}`, exchangeItemChangedSince('x', since));
      if (cursorAt && cursorId) {
        where.push(`(${changedAt}, x.id) ${order === 'asc' ? '>' : '<'} (${cursorAt}, ${cursorId})`);
        if (order === 'asc') where.push(exchangeItemChangedSince('x', cursorAt));
      }
      return `(SELECT x.id, '${kind}' AS kind, ${changedAt} AS changed_at, ${effectiveStatusSql('x')} AS status,
                      CASE WHEN ${exchangeItemReadable('x', kind, scope)} THEN ${exchangeItemSummaryJson('x', kind, scope)} END AS item
                 FROM ${itemTable[kind]} x WHERE ${where.join(' AND ')}
                ORDER BY 3 ${direction}, 1 ${direction} LIMIT ${limit})`;
    };
    const sql = `SELECT c.id, c.kind, ${isoTimestamp('c.changed_at')} AS "updatedAt", c.status, c.item
                   FROM (${request.kinds.map(branch).join(' UNION ALL ')}) c
                  ORDER BY c.changed_at ${direction}, c.id ${direction} LIMIT ${limit}`;
    const rows: FeedChange[] = await this.dataSource.query(sql, params.values);

    const changes = rows.slice(0, request.limit);
    const last = changes.at(-1);
    const after = last ? { order, at: last.updatedAt, id: last.id } : undefined;
    const next = rows.length > request.limit ? after : undefined;
    // An empty oldest-first page resumes where it started: at its cursor, or just before `since`.
    const start = request.cursor ?? (request.since ? { order, at: new Date(Date.parse(request.since) - 1).toISOString(), id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' } : undefined);
    const resume = order === 'asc' ? (after ?? start ?? { order, at: '1970-01-01T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' }) : undefined;
    return { changes, next, resume };
  }

  /**
   * The start of the oldest transaction open on this database (but this one), to the millisecond below,
   * or now: changes before it are all committed or never will be.
   */
  private async horizon(): Promise<string> {
    const [row]: { horizon: string }[] = await this.dataSource.query(
      `SELECT ${isoTimestamp(`(date_trunc('milliseconds', coalesce(min(a.xact_start), statement_timestamp())) - interval '1 millisecond')`)} AS horizon
         FROM pg_stat_activity a
        WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL AND a.backend_type = 'client backend'`,
    );
    return row.horizon;
  }
}
