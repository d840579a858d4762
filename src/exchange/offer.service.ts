import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import DataLoader from 'dataloader';
import { Money } from '../projects/money.js';
import { TechnologyService } from '../technologies/technology.service.js';
import { TechnologyModel } from '../technologies/technology.model.js';
import type { CreateOfferInput, OffersArgs, UpdateOfferInput } from './dto/exchange.inputs.js';
import { ExchangeItemService, type ItemSpec } from './exchange-item.service.js';
import { TechnologyOfferEntity } from './exchange.entity.js';
import { ExchangeStatus } from './exchange.enums.js';
import { OfferModel } from './exchange.model.js';
import { actingUserId } from '../common/acting-user.js';
import { InvalidExchangeTransitionError } from './exchange.errors.js';
import { effectiveTrlOf } from './exchange.read.js';

/** The owners of a technology today, as the access layer counts them. */
const ownsToday = `EXISTS (SELECT 1 FROM technology_owner_today ow WHERE ow.technology_id = $1 AND ow.organization_id = $2)`;

/**
 * Technology offers. An organisation offers a technology it owns today; the caller must manage the
 * technology and be an editor of the offering organisation. Publishing and renewal check the
 * ownership again, so an organisation that sold its share cannot put the offer back on the exchange.
 */
@Injectable()
export class OfferService extends ExchangeItemService<TechnologyOfferEntity, OfferModel> {
  protected readonly spec: ItemSpec<TechnologyOfferEntity> = {
    kind: 'offer',
    entity: TechnologyOfferEntity,
    entityType: 'TechnologyOffer',
    action: 'offer',
  };

  protected readonly auditedFields: (keyof TechnologyOfferEntity)[] = [
    'kind', 'title', 'summary', 'details', 'trl', 'sectors', 'keywords', 'language', 'priceAmount', 'priceCurrency', 'priceNote',
    'status', 'publishedOn', 'expiresOn',
  ];

  constructor(
    @InjectDataSource() dataSource: DataSource,
    access: AccessService,
    audit: AuditService,
    private readonly technologies: TechnologyService,
  ) {
    super(dataSource, access, audit);
  }

  protected toModel(entity: TechnologyOfferEntity): OfferModel {
    return OfferModel.fromEntity(entity);
  }

  list(ctx: RequestContext, args: OffersArgs): Promise<ConnectionShape<OfferModel>> {
    const filter = args.filter;
    return this.listItems(ctx, args, filter, (query) => {
      if (filter?.minTrl !== undefined) query.andWhere(`${effectiveTrlOf('x')} >= :minTrl`, { minTrl: filter.minTrl });
      if (filter?.maxTrl !== undefined) query.andWhere(`${effectiveTrlOf('x')} <= :maxTrl`, { maxTrl: filter.maxTrl });
      if (filter?.kind) query.andWhere('x.kind = :kind', { kind: filter.kind });
      if (filter?.technologyId) query.andWhere('x.technology_id = :technologyId', { technologyId: filter.technologyId });
    });
  }

  async create(ctx: RequestContext, input: CreateOfferInput): Promise<OfferModel | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.write', input.organizationId);
    await this.access.requireAccess(ctx, 'technology.manage', input.technologyId);
    const manager = managerOf(ctx, this.dataSource);
    const [owns]: { owns: boolean }[] = await manager.query(`SELECT ${ownsToday} AS owns`, [input.technologyId, input.organizationId]);
    if (!owns.owns) return new InvalidInputError('The organisation does not own this technology today', 'input.organizationId');
    const assessed = await this.assessedTrl(ctx, input.technologyId);
    const refused = trlRefusal(input.trl, assessed);
    if (refused) return refused;
    const trl = input.trl ?? assessed!;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(TechnologyOfferEntity)
      .values({
        organizationId: input.organizationId,
        technologyId: input.technologyId,
        kind: input.kind,
        title: input.title,
        summary: input.summary,
        details: input.details ?? null,
        trl,
        sectors: input.sectors ?? [],
        keywords: input.keywords ?? [],
        language: input.language,
        priceAmount: input.price?.amount ?? null,
        priceCurrency: input.price?.currency ?? null,
        priceNote: input.priceNote ?? null,
        createdBy: actingUserId(ctx),
      })
      .returning('id')
      .execute();
    const created = await manager.findOneByOrFail(TechnologyOfferEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, created, 'created', changesBetween(null, created, this.auditedFields));
    return OfferModel.fromEntity(created);
  }

  async update(ctx: RequestContext, input: UpdateOfferInput): Promise<OfferModel | VersionConflictError | InvalidInputError | InvalidExchangeTransitionError> {
    const { manager, current } = await this.lockForChange(ctx, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (current.status === ExchangeStatus.WITHDRAWN) return new InvalidExchangeTransitionError(current.status, 'edited', []);
    const changes: Partial<TechnologyOfferEntity> = {};
    for (const field of ['kind', 'title', 'summary', 'trl', 'sectors', 'keywords', 'language'] as const) {
      if (input[field] != null) (changes as Record<string, unknown>)[field] = input[field];
    }
    if (input.details !== undefined) changes.details = input.details ?? null;
    if (input.priceNote !== undefined) changes.priceNote = input.priceNote ?? null;
    if (input.price !== undefined) {
      changes.priceAmount = input.price?.amount ?? null;
      changes.priceCurrency = input.price?.currency ?? null;
    }
    if (input.trl != null) {
      const refused = trlRefusal(input.trl, await this.assessedTrl(ctx, current.technologyId));
      if (refused) return refused;
    }
    if (Object.keys(changesBetween(current, { ...current, ...changes }, this.auditedFields)).length === 0) return OfferModel.fromEntity(current);
    return this.write(ctx, manager, current, changes, 'updated');
  }

  protected override async publicationRefusal(_ctx: RequestContext, manager: EntityManager, offer: TechnologyOfferEntity): Promise<InvalidInputError | undefined> {
    const [owns]: { owns: boolean }[] = await manager.query(`SELECT ${ownsToday} AS owns`, [offer.technologyId, offer.organizationId]);
    return owns.owns ? undefined : new InvalidInputError('The organisation no longer owns this technology, so it cannot offer it', 'input.id');
  }

  /**
   * Details and price are for partners (members of verified organisations) and for the offering
   * organisation's own members; others get null.
   */
  /** A technology's TRL as last assessed (public with its offers), batched per request. */
  assessedTrl(ctx: RequestContext, technologyId: string): Promise<number | null> {
    return ctx
      .loader('offer.assessedTrl', () => new DataLoader<string, number | null>(async (technologyIds) => {
        const rows: { id: string; current_trl: number | null }[] = await managerOf(ctx, this.dataSource).query(
          `SELECT id, current_trl FROM technology_fact WHERE id = ANY($1)`,
          [[...technologyIds]],
        );
        const byId = new Map(rows.map((row) => [row.id, row.current_trl]));
        return technologyIds.map((id) => byId.get(id) ?? null);
      }))
      .load(technologyId);
  }

  async details(ctx: RequestContext, offer: OfferModel): Promise<string | null> {
    return (await this.mayReadTerms(ctx, offer)) ? offer.details : null;
  }

  async price(ctx: RequestContext, offer: OfferModel): Promise<Money | null> {
    return (await this.mayReadTerms(ctx, offer)) ? Money.of(offer.priceAmount, offer.priceCurrency) : null;
  }

  async priceNote(ctx: RequestContext, offer: OfferModel): Promise<string | null> {
    return (await this.mayReadTerms(ctx, offer)) ? offer.priceNote : null;
  }

  private async mayReadTerms(ctx: RequestContext, offer: OfferModel): Promise<boolean> {
    return (await this.access.can(ctx, 'exchange.readPartnerDetails')) || this.access.can(ctx, 'organization.read', offer.organizationId);
  }

  /**
   * The technology behind the offer, only for those who may read it (owners, inventors, licensees);
   * the offer's public fields never require it. Batched per request.
   */
  async technologyOf(ctx: RequestContext, offer: OfferModel): Promise<TechnologyModel | null> {
    return this.technologies.findById(ctx, offer.technologyId);
  }
}

/**
 * An offer states the readiness its technology was assessed at, or less: never more, and nothing
 * before a first assessment (the assessment history is the evidence the exchange shows).
 */
function trlRefusal(declared: number | undefined, assessed: number | null): InvalidInputError | undefined {
  if (assessed === null) return new InvalidInputError('The technology has no TRL assessment yet: assess it (assessTrl) before offering it', 'input.trl');
  if (declared !== undefined && declared > assessed) return new InvalidInputError(`trl ${declared} is above the technology’s assessed TRL ${assessed}`, 'input.trl');
  return undefined;
}
