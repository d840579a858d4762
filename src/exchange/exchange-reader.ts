import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import { AppError } from '../common/errors.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import { readPage, type RunSql } from '../common/read/page.js';
import type { NestedPage, ReadScope } from '../common/read/read-model.js';
import { pathOf, selectionOf, type Selection } from '../common/read/selection.js';
import { SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import type { DealsArgs, DemandsArgs, InterestsArgs, OffersArgs } from './dto/exchange.inputs.js';
import { dealPage, dealReadable, exchangeItemPage, exchangeItemReadable, interestPage, type ItemKind } from './exchange.read.js';

/**
 * The read path of the exchange: an offer, a demand or a deal, or a page of them, with whatever the
 * client selected under it, in one statement (see `JsonReader`), restricted in SQL to what the caller may read.
 */
@Injectable()
export class ExchangeReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: JsonReader,
  ) {}

  /** One offer or demand; null when there is none or the caller may not read it. */
  async item(ctx: RequestContext, kind: ItemKind, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const match = `x.id = ${params.add(id)}::uuid`;
    const node = this.reader.json(kind === 'offer' ? 'TechnologyOffer' : 'TechnologyDemand', 'x', selectionOf(info), scope);
    const table = kind === 'offer' ? 'technology_offer' : 'technology_demand';
    const [row] = await this.run(ctx)(`SELECT ${node} AS node FROM ${table} x WHERE ${match} AND ${exchangeItemReadable('x', kind, scope)}`, params.values);
    return row?.node ?? null;
  }

  /** Offers or demands by id that the caller may read, each answering `selection`, in one statement (e.g. the ranked candidates of matching). */
  async itemsById(ctx: RequestContext, kind: ItemKind, ids: string[], selection: Selection): Promise<Map<string, unknown>> {
    if (ids.length === 0) return new Map();
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const match = `x.id = ANY(${params.add(ids)}::uuid[])`;
    const node = this.reader.json(kind === 'offer' ? 'TechnologyOffer' : 'TechnologyDemand', 'x', selection, scope);
    const table = kind === 'offer' ? 'technology_offer' : 'technology_demand';
    const rows = await this.run(ctx)(`SELECT x.id, ${node} AS node FROM ${table} x WHERE ${match} AND ${exchangeItemReadable('x', kind, scope)}`, params.values);
    return new Map(rows.map((row) => [row.id as string, row.node]));
  }

  offers(ctx: RequestContext, args: OffersArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.page(ctx, info, 'TechnologyOffer', 'x', (scope) => exchangeItemPage('x', 'offer', args, scope));
  }

  demands(ctx: RequestContext, args: DemandsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.page(ctx, info, 'TechnologyDemand', 'x', (scope) => exchangeItemPage('x', 'demand', args, scope));
  }

  interests(ctx: RequestContext, args: InterestsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.page(ctx, info, 'ExchangeInterest', 'i', (scope) => interestPage('i', args, scope));
  }

  /** One deal the caller is party to; NOT_FOUND otherwise (UNAUTHENTICATED for an existing deal asked anonymously, as `requireOnDeal` says). */
  async deal(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const match = `d.id = ${params.add(id)}::uuid`;
    const node = this.reader.json('Deal', 'd', selectionOf(info), scope);
    const [row] = await this.run(ctx)(`SELECT ${node} AS node FROM deal d WHERE ${match} AND ${dealReadable('d', scope)}`, params.values);
    if (row) return row.node;
    if (ctx.principal.kind === 'anonymous' && (await this.run(ctx)(`SELECT 1 FROM deal WHERE id = $1::uuid`, [id])).length > 0) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to see this deal');
    }
    throw new AppError('NOT_FOUND', 'No such deal, or it is not visible to you');
  }

  deals(ctx: RequestContext, args: DealsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.page(ctx, info, 'Deal', 'd', (scope) => dealPage('d', args, scope));
  }

  private async page(ctx: RequestContext, info: GraphQLResolveInfo, type: string, alias: string, rows: (scope: ReadScope) => NestedPage): Promise<ConnectionShape<unknown>> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    return readPage(this.run(ctx), {
      ...rows(scope),
      params,
      node: () => this.reader.json(type, alias, pathOf(selectionOf(info), connection, ['edges', 'node']), scope),
    });
  }

  private run(ctx: RequestContext): RunSql {
    return (sql, values) => (ctx.manager ?? this.dataSource.manager).query(sql, values);
  }
}
