import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { exactlyOneOf } from '../common/validation.js';
import { foundOr, notVisible } from '../common/errors.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { DemandService } from './demand.service.js';
import type { ExpressInterestInput } from './dto/exchange.inputs.js';
import { ExchangeInterestEntity } from './exchange.entity.js';
import { ExchangeStatus, InterestStatus } from './exchange.enums.js';
import { InterestModel } from './exchange.model.js';
import { OfferService } from './offer.service.js';
import { actingUserId } from '../common/acting-user.js';
import { AlreadyInterestedError, InterestNotAllowedError } from './exchange.errors.js';

/** The organisation owning the interest's item. */
const itemOwner = `coalesce((SELECT io.organization_id FROM technology_offer io WHERE io.id = i.offer_id),
                            (SELECT id2.organization_id FROM technology_demand id2 WHERE id2.id = i.demand_id))`;

/**
 * Expressions of interest. An organisation's editors express interest in a published offer or
 * demand of another organisation, at most one open at a time per item (a unique index says so);
 * the interested organisation and the item's organisation both read it; the interested
 * organisation's editors withdraw it. Each change is audited for both organisations.
 */
@Injectable()
export class InterestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly offers: OfferService,
    private readonly demands: DemandService,
  ) {}

  async express(ctx: RequestContext, input: ExpressInterestInput): Promise<InterestModel | InterestNotAllowedError | AlreadyInterestedError | InvalidInputError> {
    const of = exactlyOneOf(input, ['offerId', 'demandId'], 'input.');
    await this.access.requireAccess(ctx, 'organization.write', input.organizationId);
    const item = of === 'offerId' ? await this.offers.require(ctx, input.offerId!) : await this.demands.require(ctx, input.demandId!);
    const field = `input.${of}`;
    if (item.organizationId === input.organizationId) return new InterestNotAllowedError('An organisation cannot express interest in its own offer or demand', field);
    if (item.effectiveStatus !== ExchangeStatus.PUBLISHED) return new InterestNotAllowedError(`The item is ${item.effectiveStatus}, not published`, field);
    const manager = managerOf(ctx, this.dataSource);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ExchangeInterestEntity)
      .values({
        organizationId: input.organizationId,
        offerId: input.offerId ?? null,
        demandId: input.demandId ?? null,
        message: input.message,
        createdBy: actingUserId(ctx),
      })
      .orIgnore()
      .returning('id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return new AlreadyInterestedError('The organisation already has an open expression of interest in this item', field);
    const interest = await manager.findOneByOrFail(ExchangeInterestEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, interest, item.organizationId, 'expressed', { status: { before: null, after: InterestStatus.OPEN } });
    ctx.clearLoaders();
    return InterestModel.fromEntity(interest);
  }

  async withdraw(ctx: RequestContext, id: string): Promise<InterestModel | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await manager.findOneBy(ExchangeInterestEntity, { id });
    const owner = seen ? await this.ownerOf(seen) : undefined;
    if (!seen || !owner || !(await this.access.canAny(ctx, 'organization.read', [seen.organizationId, owner]))) {
      throw notVisible('expression of interest');
    }
    if (!(await this.access.can(ctx, 'organization.write', seen.organizationId))) {
      throw this.access.forbidden(ctx, 'Only editors and admins of the interested organisation may withdraw its interest');
    }
    const interest = foundOr(await manager.getRepository(ExchangeInterestEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'expression of interest');
    if (interest.status === InterestStatus.WITHDRAWN) return new InvalidInputError('This expression of interest is already withdrawn', 'id');
    await manager.update(ExchangeInterestEntity, { id }, { status: InterestStatus.WITHDRAWN, withdrawnAt: () => 'now()' });
    await this.record(ctx, interest, owner, 'withdrawn', { status: { before: InterestStatus.OPEN, after: InterestStatus.WITHDRAWN } });
    ctx.clearLoaders();
    return InterestModel.fromEntity(await manager.findOneByOrFail(ExchangeInterestEntity, { id }));
  }

  /** Expressions of interest the caller may read (its organisations' own, and those in its organisations' items), newest first. */
  /** The interests in an offer or demand that the caller may read, newest first; batched per request. */
  forItem(ctx: RequestContext, kind: 'offer' | 'demand', itemId: string): Promise<InterestModel[]> {
    const column = kind === 'offer' ? 'offer_id' : 'demand_id';
    return ctx
      .loader(`exchange.interestsBy.${kind}`, () => new DataLoader<string, InterestModel[]>(async (ids) => {
        const query = managerOf(ctx, this.dataSource).getRepository(ExchangeInterestEntity).createQueryBuilder('i')
          .where(`i.${column} IN (:...ids)`, { ids: [...ids] })
          .orderBy('i.created_at', 'DESC')
          .addOrderBy('i.id', 'DESC');
        await this.restrictToReadable(ctx, query);
        const rows = await query.getMany();
        return ids.map((id) => rows.filter((row) => (kind === 'offer' ? row.offerId : row.demandId) === id).map(InterestModel.fromEntity));
      }))
      .load(itemId);
  }

  /** One interest the caller may read, or null; batched per request. */
  findById(ctx: RequestContext, id: string): Promise<InterestModel | null> {
    return ctx
      .loader('exchange.interestById', () => new DataLoader<string, InterestModel | null>(async (ids) => {
        const query = managerOf(ctx, this.dataSource).getRepository(ExchangeInterestEntity).createQueryBuilder('i').where('i.id IN (:...ids)', { ids: [...ids] });
        await this.restrictToReadable(ctx, query);
        const byId = new Map((await query.getMany()).map((row) => [row.id, InterestModel.fromEntity(row)]));
        return ids.map((key) => byId.get(key) ?? null);
      }))
      .load(id);
  }

  private async restrictToReadable(ctx: RequestContext, query: SelectQueryBuilder<ExchangeInterestEntity>): Promise<void> {
    const readable = await this.access.readableOrganizationIds(ctx);
    if (readable === 'all') return;
    query.andWhere(`(i.organization_id = ANY(:interestReaders) OR ${itemOwner} = ANY(:interestReaders))`, { interestReaders: readable });
  }

  private async ownerOf(interest: ExchangeInterestEntity): Promise<string | undefined> {
    const [row]: { owner: string }[] = await this.dataSource.query(
      `SELECT ${itemOwner.replaceAll('i.offer_id', '$1::uuid').replaceAll('i.demand_id', '$2::uuid')} AS owner`,
      [interest.offerId, interest.demandId],
    );
    return row?.owner;
  }

  private async record(ctx: RequestContext, interest: ExchangeInterestEntity, itemOwnerId: string, verb: string, changes: Record<string, { before: unknown; after: unknown }>): Promise<void> {
    for (const organizationId of [interest.organizationId, itemOwnerId]) {
      await this.audit.record(ctx, { action: `interest.${verb}`, organizationId, entityType: 'ExchangeInterest', entityId: interest.id, changes });
    }
  }

}
