import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { JsonReader } from '../common/read/json-reader.js';
import type { SqlKeyset } from '../common/read/page.js';
import { selectionOf } from '../common/read/selection.js';
import { isoTimestamp } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { exactlyOneOf } from '../common/validation.js';
import type { DisclosuresArgs } from './dto/disclosure.inputs.js';
import type { IpFilingsArgs, UpcomingDeadlinesArgs } from './dto/ip-filing.inputs.js';
import type { TechnologiesArgs, TechnologyLookupArgs } from './dto/technology.inputs.js';
import { deadlineRulesJson } from './ip-deadlines.js';
import {
  deadlineRows,
  disclosureConditions,
  disclosureReadable,
  filingConditions,
  ownedTodayBy,
  technologyPage,
  technologyReadable,
} from './technology.read.js';

/**
 * The read path of technologies, their disclosures and IP filings: a lookup, a page or a list, with
 * whatever the client selected under it, in one statement (see `JsonReader`), restricted in SQL to
 * what the caller may read.
 */
@Injectable()
export class TechnologyReader {
  constructor(private readonly reader: JsonReader) {}

  /** One technology by id or code; null when there is none or the caller may not read it. */
  technology(ctx: RequestContext, { id, code }: TechnologyLookupArgs, info: GraphQLResolveInfo): Promise<unknown> {
    const by = exactlyOneOf({ id, code }, ['id', 'code']);
    return this.reader.one(ctx, info, 'Technology', 't', (scope) => {
      const match = by === 'id' ? `t.id = ${scope.params.add(id)}::uuid` : `t.code = ${scope.params.add(code!.trim().toUpperCase())}::text`;
      return `technology t WHERE ${match} AND ${technologyReadable('t.id', scope)}`;
    });
  }

  /** Technologies the caller may read, filtered and keyset-paginated; newest first by default. */
  technologies(ctx: RequestContext, args: TechnologiesArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'Technology', 't', (scope) => technologyPage('t', args, scope));
  }

  /** One disclosure; null when there is none or the caller may not read it. */
  disclosure(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.one(ctx, info, 'InventionDisclosure', 'd', (scope) => `invention_disclosure d WHERE d.id = ${scope.params.add(id)}::uuid AND ${disclosureReadable('d', scope)}`);
  }

  /** Disclosures the caller may read, filtered, newest first. */
  disclosures(ctx: RequestContext, args: DisclosuresArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'InventionDisclosure', 'd', (scope) => ({
      from: 'invention_disclosure d',
      where: [...(scope.all ? [] : [disclosureReadable('d', scope)]), ...disclosureConditions('d', args.filter, scope)],
      keyset: newestFirst('d'),
      first: args.first ?? defaultPageSize,
      after: args.after,
    }));
  }

  /** One filing; null when there is none or the caller may not read its technology. */
  ipFiling(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.one(ctx, info, 'IpFiling', 'f', (scope) => `ip_filing f WHERE f.id = ${scope.params.add(id)}::uuid AND ${technologyReadable('f.technology_id', scope)}`);
  }

  /** Filings of technologies the caller may read, filtered, newest first. */
  ipFilings(ctx: RequestContext, args: IpFilingsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'IpFiling', 'f', (scope) => ({
      from: 'ip_filing f',
      where: [...(scope.all ? [] : [technologyReadable('f.technology_id', scope)]), ...filingConditions('f', args.filter, scope.params)],
      keyset: newestFirst('f'),
      first: args.first ?? defaultPageSize,
      after: args.after,
    }));
  }

  /** Deadlines from today to `withinDays` ahead of filings the caller may read, soonest first. */
  async upcomingDeadlines(ctx: RequestContext, args: UpcomingDeadlinesArgs, info: GraphQLResolveInfo): Promise<unknown[]> {
    const scope = await this.reader.scope(ctx);
    const { params } = scope;
    const where = [`d.due_on BETWEEN CURRENT_DATE AND CURRENT_DATE + ${params.add(args.withinDays)}::integer`];
    if (!scope.all) where.push(technologyReadable('f.technology_id', scope));
    if (args.organizationId) where.push(ownedTodayBy('f.technology_id', `${params.add(args.organizationId)}::uuid`));
    const limit = params.add(args.first ?? 100);
    const rows = await this.reader.run(ctx)(
      `SELECT ${this.reader.json('IpDeadline', 'd', selectionOf(info), scope)} AS node
         FROM ip_filing f CROSS JOIN LATERAL ${deadlineRows('f', params.add(deadlineRulesJson()))} d
        WHERE ${where.join(' AND ')}
        ORDER BY d.due_on, f.id, d.kind
        LIMIT ${limit}::integer`,
      params.values,
    );
    return rows.map((row) => row.node);
  }
}

/** Newest first, by creation time. */
function newestFirst(alias: string): SqlKeyset {
  return { key: 'CREATED_AT:DESC', kind: 'timestamp', column: `${alias}.created_at`, id: `${alias}.id`, cursorValue: isoTimestamp(`${alias}.created_at`), direction: OrderDirection.DESC };
}
