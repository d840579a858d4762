import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Selection } from '../common/read/selection.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { DemandService } from './demand.service.js';
import { ExchangeReader } from './exchange-reader.js';
import { MatchCache } from './match-cache.js';
import { DemandMatchModel, OfferMatchModel } from './exchange.model.js';
import { conceptLabels, matchSource, rankingQuery, rowReasons, type MatchDirection, type MatchRow, type MatchSource } from './matching-query.js';
import { OfferService } from './offer.service.js';

/**
 * Matching of offers and demands across Vietnamese and English. Each text is annotated on write
 * with glossary concepts (so "cảm biến chất lượng nước", "cam bien chat luong nuoc" and "water-quality
 * sensor" share `sensor` and `water_quality`); a match scores shared concepts, shared words and
 * wording (full text and trigrams over accent-folded text) and shared sectors, calibrated to a
 * score whose bands say how likely the match meets the need (see `matching.ts`). Only published, unexpired counterparts of other organisations are ranked; offers
 * below a demand's minimum TRL are excluded, not merely ranked lower.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offers: OfferService,
    private readonly demands: DemandService,
    private readonly reader: ExchangeReader,
    private readonly rankings: MatchCache,
  ) {}

  /** The ranked offers; each answers `offer`, the client's selection under it, read with the others in one statement. */
  async matchesForDemand(ctx: RequestContext, demandId: string, first: number, offer: Selection): Promise<OfferMatchModel[]> {
    const demand = await this.demands.require(ctx, demandId);
    const source = await this.source(ctx, 'technology_demand', demandId, demand.minTrl);
    const rows = await this.rank(ctx, 'offersForDemand', source, first);
    const labels = await this.labels(ctx, rows);
    const offers = await this.reader.itemsById(ctx, 'offer', rows.map((row) => row.id), offer);
    return rows
      .filter((row) => offers.has(row.id))
      .map((row) => Object.assign(new OfferMatchModel(), { offer: offers.get(row.id), score: row.score, reasons: this.reasons(row, labels) }));
  }

  /** The ranked demands; each answers `demand`, the client's selection under it, read with the others in one statement. */
  async matchesForOffer(ctx: RequestContext, offerId: string, first: number, demand: Selection): Promise<DemandMatchModel[]> {
    const offer = await this.offers.require(ctx, offerId);
    const assessed = await this.offers.assessedTrl(ctx, offer.technologyId);
    const source = await this.source(ctx, 'technology_offer', offerId, Math.min(offer.trl, assessed ?? 0));
    const rows = await this.rank(ctx, 'demandsForOffer', source, first);
    const labels = await this.labels(ctx, rows);
    const demands = await this.reader.itemsById(ctx, 'demand', rows.map((row) => row.id), demand);
    return rows
      .filter((row) => demands.has(row.id))
      .map((row) => Object.assign(new DemandMatchModel(), { demand: demands.get(row.id), score: row.score, reasons: this.reasons(row, labels) }));
  }

  private source(ctx: RequestContext, table: 'technology_offer' | 'technology_demand', id: string, trl: number | null): Promise<MatchSource> {
    return matchSource(managerOf(ctx, this.dataSource), table, id, trl);
  }

  /**
   * The ranking, kept until an offer or a demand changes: a client showing a demand's matches asks
   * again and again, and the ranking reads every published counterpart. It depends on the source's
   * features only (published counterparts are public), never on the caller. Inside a transaction it
   * is read there, so that a change of the same transaction counts.
   */
  private rank(ctx: RequestContext, direction: MatchDirection, source: MatchSource, first: number): Promise<MatchRow[]> {
    const { sql, parameters } = rankingQuery(direction, source, first);
    return ctx.manager ? ctx.manager.query(sql, parameters) : this.rankings.query<MatchRow>(sql, parameters);
  }

  private labels(ctx: RequestContext, rows: MatchRow[]): Promise<Map<string, string>> {
    return conceptLabels(managerOf(ctx, this.dataSource), rows);
  }

  private reasons(row: MatchRow, labels: Map<string, string>) {
    return rowReasons(row, labels);
  }
}
