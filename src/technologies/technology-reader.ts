import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { JsonReader } from '../common/read/json-reader.js';
import { readPage, type RunSql } from '../common/read/page.js';
import type { ReadScope } from '../common/read/read-model.js';
import { pathOf, selectionOf } from '../common/read/selection.js';
import { isoTimestamp, SqlParams } from '../common/read/sql.js';
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: JsonReader,
  ) {}

  /** One technology by id or code; null when there is none or the caller may not read it. */
  async technology(ctx: RequestContext, { id, code }: TechnologyLookupArgs, info: GraphQLResolveInfo): Promise<unknown> {
    const by = exactlyOneOf({ id, code }, ['id', 'code']);
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const match = by === 'id' ? `t.id = ${params.add(id)}::uuid` : `t.code = ${params.add(code!.trim().toUpperCase())}::text`;
    return this.one(ctx, 'Technology', 't', `technology t WHERE ${match} AND ${technologyReadable('t.id', scope)}`, info, scope);
  }

  /** Technologies the caller may read, filtered and keyset-paginated; newest first by default. */
  async technologies(ctx: RequestContext, args: TechnologiesArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    return readPage(this.run(ctx), { ...technologyPage('t', args, scope), params, node: () => this.node('Technology', 't', info, scope) });
  }

  /** One disclosure; null when there is none or the caller may not read it. */
  async disclosure(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    return this.one(ctx, 'InventionDisclosure', 'd', `invention_disclosure d WHERE d.id = ${params.add(id)}::uuid AND ${disclosureReadable('d', scope)}`, info, scope);
  }

  /** Disclosures the caller may read, filtered, newest first. */
  async disclosures(ctx: RequestContext, args: DisclosuresArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    return readPage(this.run(ctx), {
      from: 'invention_disclosure d',
      where: [...(scope.all ? [] : [disclosureReadable('d', scope)]), ...disclosureConditions('d', args.filter, scope)],
      params,
      keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: 'd.created_at', id: 'd.id', cursorValue: isoTimestamp('d.created_at'), direction: OrderDirection.DESC },
      first: args.first ?? defaultPageSize,
      after: args.after,
      node: () => this.node('InventionDisclosure', 'd', info, scope),
    });
  }

  /** One filing; null when there is none or the caller may not read its technology. */
  async ipFiling(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    return this.one(ctx, 'IpFiling', 'f', `ip_filing f WHERE f.id = ${params.add(id)}::uuid AND ${technologyReadable('f.technology_id', scope)}`, info, scope);
  }

  /** Filings of technologies the caller may read, filtered, newest first. */
  async ipFilings(ctx: RequestContext, args: IpFilingsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    return readPage(this.run(ctx), {
      from: 'ip_filing f',
      where: [...(scope.all ? [] : [technologyReadable('f.technology_id', scope)]), ...filingConditions('f', args.filter, params)],
      params,
      keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: 'f.created_at', id: 'f.id', cursorValue: isoTimestamp('f.created_at'), direction: OrderDirection.DESC },
      first: args.first ?? defaultPageSize,
      after: args.after,
      node: () => this.node('IpFiling', 'f', info, scope),
    });
  }

  /** Deadlines from today to `withinDays` ahead of filings the caller may read, soonest first. */
  async upcomingDeadlines(ctx: RequestContext, args: UpcomingDeadlinesArgs, info: GraphQLResolveInfo): Promise<unknown[]> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const where = [`d.due_on BETWEEN CURRENT_DATE AND CURRENT_DATE + ${params.add(args.withinDays)}::integer`];
    if (!scope.all) where.push(technologyReadable('f.technology_id', scope));
    if (args.organizationId) where.push(ownedTodayBy('f.technology_id', `${params.add(args.organizationId)}::uuid`));
    const limit = params.add(args.first ?? 100);
    const rows = await this.run(ctx)(
      `SELECT ${this.reader.json('IpDeadline', 'd', selectionOf(info), scope)} AS node
         FROM ip_filing f CROSS JOIN LATERAL ${deadlineRows('f', params.add(deadlineRulesJson()))} d
        WHERE ${where.join(' AND ')}
        ORDER BY d.due_on, f.id, d.kind
        LIMIT ${limit}::integer`,
      params.values,
    );
    return rows.map((row) => row.node);
  }

  private async one(ctx: RequestContext, type: string, alias: string, from: string, info: GraphQLResolveInfo, scope: ReadScope): Promise<unknown> {
    const node = this.reader.json(type, alias, selectionOf(info), scope);
    const [row] = await this.run(ctx)(`SELECT ${node} AS node FROM ${from}`, scope.params.values);
    return row?.node ?? null;
  }

  /** The JSON of one node of the connection `info` answers. */
  private node(type: string, alias: string, info: GraphQLResolveInfo, scope: ReadScope): string {
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    return this.reader.json(type, alias, pathOf(selectionOf(info), connection, ['edges', 'node']), scope);
  }

  private run(ctx: RequestContext): RunSql {
    return (sql, values) => (ctx.manager ?? this.dataSource.manager).query(sql, values);
  }
}
