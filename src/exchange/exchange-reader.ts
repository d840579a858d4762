import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError, notVisible } from '../common/errors.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import type { Selection } from '../common/read/selection.js';
import type { RequestContext } from '../common/request-context.js';
import type { DealsArgs, DemandsArgs, InterestsArgs, OffersArgs } from './dto/exchange.inputs.js';
import { dealPage, dealReadable, exchangeItemPage, exchangeItemReadable, interestPage, type ItemKind } from './exchange.read.js';

/**
 * The read path of the exchange: an offer, a demand or a deal, or a page of them, with whatever the
 * client selected under it, in one statement (see `JsonReader`), restricted in SQL to what the caller may read.
 */
@Injectable()
export class ExchangeReader {
  constructor(private readonly reader: JsonReader) {}

  /** One offer or demand; null when there is none or the caller may not read it. */
  item(ctx: RequestContext, kind: ItemKind, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.one(ctx, info, typeOf[kind], 'x', (scope) => `${tableOf[kind]} x WHERE x.id = ${scope.params.add(id)}::uuid AND ${exchangeItemReadable('x', kind, scope)}`);
  }

  /** Offers or demands by id that the caller may read, each answering `selection`, in one statement (e.g. the ranked candidates of matching). */
  async itemsById(ctx: RequestContext, kind: ItemKind, ids: string[], selection: Selection): Promise<Map<string, unknown>> {
    if (ids.length === 0) return new Map();
    const scope = await this.reader.scope(ctx);
    const match = `x.id = ANY(${scope.params.add(ids)}::uuid[])`;
    const node = this.reader.json(typeOf[kind], 'x', selection, scope);
    const rows = await this.reader.run(ctx)(
      `SELECT x.id, ${node} AS node FROM ${tableOf[kind]} x WHERE ${match} AND ${exchangeItemReadable('x', kind, scope)}`,
      scope.params.values,
    );
    return new Map(rows.map((row) => [row.id as string, row.node]));
  }

  offers(ctx: RequestContext, args: OffersArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'TechnologyOffer', 'x', (scope) => exchangeItemPage('x', 'offer', args, scope));
  }

  demands(ctx: RequestContext, args: DemandsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'TechnologyDemand', 'x', (scope) => exchangeItemPage('x', 'demand', args, scope));
  }

  interests(ctx: RequestContext, args: InterestsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'ExchangeInterest', 'i', (scope) => interestPage('i', args, scope));
  }

  /** One deal the caller is party to; NOT_FOUND otherwise (UNAUTHENTICATED for an existing deal asked anonymously, as `requireOnDeal` says). */
  async deal(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    const node = await this.reader.one(ctx, info, 'Deal', 'd', (scope) => `deal d WHERE d.id = ${scope.params.add(id)}::uuid AND ${dealReadable('d', scope)}`);
    if (node) return node;
    if (ctx.principal.kind === 'anonymous' && (await this.reader.run(ctx)(`SELECT 1 FROM deal WHERE id = $1::uuid`, [id])).length > 0) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to see this deal');
    }
    throw notVisible('deal');
  }

  deals(ctx: RequestContext, args: DealsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'Deal', 'd', (scope) => dealPage('d', args, scope));
  }
}

const typeOf: Record<ItemKind, string> = { offer: 'TechnologyOffer', demand: 'TechnologyDemand' };
const tableOf: Record<ItemKind, string> = { offer: 'technology_offer', demand: 'technology_demand' };
