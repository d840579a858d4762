import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { foundOr } from '../common/errors.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { OrganizationKind } from '../organizations/organization.enums.js';
import { DemandService } from './demand.service.js';
import type { AdvanceDealInput, DropDealInput, OpenDealInput } from './dto/exchange.inputs.js';
import { dealLifecycle } from './exchange-lifecycle.js';
import { DealEntity, DealStageChangeEntity, ExchangeInterestEntity, TechnologyOfferEntity } from './exchange.entity.js';
import { DealStage, ExchangeStatus, InterestStatus } from './exchange.enums.js';
import { DealModel, DealStageChangeModel } from './exchange.model.js';
import { OfferService } from './offer.service.js';
import { actingUserId } from '../common/acting-user.js';
import { updateVersioned } from '../database/versioned-update.js';
import { DealAgreementMismatchError, InvalidDealTransitionError } from './exchange.errors.js';
import { AgreementService } from '../agreements/agreement.service.js';
import { OrganizationService } from '../organizations/organization.service.js';

/**
 * Brokered deals. The broker must be a verified organisation of kind INTERMEDIARY (a broker,
 * consultancy or technology-transfer office): carrying deals is what that kind is for, and a party
 * cannot broker its own deal, and it moves deals forward only while verified. The broker's editors open and move deals one stage at a time; editors of the broker,
 * the provider or the seeker may drop one. AGREED names the agreement the deal produced, which the
 * database checks too. Every move is kept in the stage history and audited for all three
 * organisations, so each hears of it on `organizationActivity`.
 */
@Injectable()
export class DealService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly offers: OfferService,
    private readonly demands: DemandService,
    private readonly organizations: OrganizationService,
    private readonly agreements: AgreementService,
  ) {}

  async open(ctx: RequestContext, input: OpenDealInput): Promise<DealModel | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.write', input.brokerOrganizationId);
    const manager = managerOf(ctx, this.dataSource);
    const broker = await this.organizations.standingOf(manager, input.brokerOrganizationId);
    if (broker?.kind !== OrganizationKind.INTERMEDIARY) {
      return new InvalidInputError('Only an intermediary organisation (kind INTERMEDIARY) may broker a deal', 'input.brokerOrganizationId');
    }
    // A broker becomes a party that reads the deal and is heard by both sides: only once the platform has checked who it is.
    if (!broker.verified) {
      return new InvalidInputError('The intermediary must be verified by a platform admin before it brokers deals', 'input.brokerOrganizationId');
    }
    const offer = await this.offers.require(ctx, input.offerId);
    if (offer.effectiveStatus !== ExchangeStatus.PUBLISHED) return new InvalidInputError(`The offer is ${offer.effectiveStatus}, not published`, 'input.offerId');
    const providerId = offer.organizationId;
    const seekers = new Set<string>();
    if (input.demandId !== undefined) {
      const demand = await this.demands.require(ctx, input.demandId);
      if (demand.effectiveStatus !== ExchangeStatus.PUBLISHED) return new InvalidInputError(`The demand is ${demand.effectiveStatus}, not published`, 'input.demandId');
      seekers.add(demand.organizationId);
    }
    if (input.interestId !== undefined) {
      const interest = await manager.findOneBy(ExchangeInterestEntity, { id: input.interestId });
      const inOffer = interest?.offerId === input.offerId;
      const inDemand = input.demandId !== undefined && interest?.demandId === input.demandId && interest.organizationId === providerId;
      if (!interest || interest.status !== InterestStatus.OPEN || !(inOffer || inDemand)) {
        return new InvalidInputError('The interest must be open, and be the seeker’s interest in the offer or the provider’s in the demand', 'input.interestId');
      }
      if (inOffer) seekers.add(interest.organizationId);
    }
    if (input.seekerOrganizationId !== undefined) seekers.add(input.seekerOrganizationId);
    if (seekers.size === 0) return new InvalidInputError('Name the seeker: give a demand, an interest in the offer, or seekerOrganizationId', 'input.seekerOrganizationId');
    if (seekers.size > 1) return new InvalidInputError('The demand, the interest and seekerOrganizationId name different seekers', 'input.seekerOrganizationId');
    const [seekerId] = seekers;
    if (seekerId === providerId) return new InvalidInputError('The seeker cannot be the offer’s own organisation', 'input.seekerOrganizationId');
    if (!(await this.organizations.isActive(manager, seekerId))) return new InvalidInputError('No such organisation', 'input.seekerOrganizationId');

    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DealEntity)
      .values({
        brokerOrganizationId: input.brokerOrganizationId,
        providerOrganizationId: providerId,
        seekerOrganizationId: seekerId,
        offerId: input.offerId,
        demandId: input.demandId ?? null,
        interestId: input.interestId ?? null,
        stage: DealStage.INTEREST,
        createdBy: actingUserId(ctx),
      })
      .returning('id')
      .execute();
    const deal = await manager.findOneByOrFail(DealEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.history(ctx, manager, deal.id, null, DealStage.INTEREST, input.note ?? null);
    await this.record(ctx, deal, 'opened', {
      stage: { before: null, after: DealStage.INTEREST },
      offerId: { before: null, after: deal.offerId },
      demandId: { before: null, after: deal.demandId },
    });
    ctx.clearLoaders();
    return DealModel.fromEntity(deal);
  }

  /** The broker's editors: the next stage (or DROPPED); AGREED needs the agreement the deal produced. */
  async advance(ctx: RequestContext, input: AdvanceDealInput): Promise<DealModel | InvalidDealTransitionError | DealAgreementMismatchError | InvalidInputError | VersionConflictError> {
    const { manager, deal } = await this.lockForChange(ctx, input.id, 'move');
    if (deal.version !== input.expectedVersion) return new VersionConflictError(deal.version);
    if (!dealLifecycle.canMove(deal.stage, input.stage)) return new InvalidDealTransitionError(deal.stage, input.stage, dealLifecycle.allowedFrom(deal.stage));
    // The badge a deal was opened under must still hold: a broker that changed who it is carries nothing forward until verified again.
    const broker = await this.organizations.standingOf(manager, deal.brokerOrganizationId);
    if (input.stage !== DealStage.DROPPED && !broker?.verified) {
      return new InvalidInputError('The broker’s verification was withdrawn: it moves this deal again once a platform admin verifies it', 'input.id');
    }
    const agreementId = input.agreementId ?? null;
    if (input.stage === DealStage.AGREED) {
      if (!agreementId) return new InvalidInputError('AGREED needs the agreement the deal produced: give agreementId', 'input.agreementId');
      const offer = await manager.findOneByOrFail(TechnologyOfferEntity, { id: deal.offerId });
      const fits = await this.agreements.dealFit(manager, agreementId, { providerId: deal.providerOrganizationId, seekerId: deal.seekerOrganizationId, technologyId: offer.technologyId });
      if (!fits) {
        return new DealAgreementMismatchError(
          'The agreement must have the provider among its licensors, the seeker as its licensee, and cover the offered technology',
          'input.agreementId',
        );
      }
      if (!fits.signed) return new DealAgreementMismatchError('The agreement is still being negotiated: a deal is AGREED once its agreement is signed (executed)', 'input.agreementId');
    } else if (agreementId) {
      return new InvalidInputError('Only an AGREED deal names an agreement', 'input.agreementId');
    }
    return this.move(ctx, manager, deal, input.stage, agreementId, input.note ?? null);
  }

  /** Editors of the broker, the provider or the seeker: abandon the deal. */
  async drop(ctx: RequestContext, input: DropDealInput): Promise<DealModel | InvalidDealTransitionError | VersionConflictError> {
    const { manager, deal } = await this.lockForChange(ctx, input.id, 'drop');
    if (deal.version !== input.expectedVersion) return new VersionConflictError(deal.version);
    if (!dealLifecycle.canMove(deal.stage, DealStage.DROPPED)) return new InvalidDealTransitionError(deal.stage, DealStage.DROPPED, dealLifecycle.allowedFrom(deal.stage));
    return this.move(ctx, manager, deal, DealStage.DROPPED, null, input.note ?? null);
  }

  /** A deal the caller is party to; NOT_FOUND for everyone else. */
  /** The stage history of a deal, oldest first, batched per request (the deal itself was checked). */
  historyOf(ctx: RequestContext, dealId: string): Promise<DealStageChangeModel[]> {
    return ctx
      .loader('exchange.dealHistory', () => new DataLoader<string, DealStageChangeModel[]>(async (ids) => {
        const rows = await managerOf(ctx, this.dataSource)
          .getRepository(DealStageChangeEntity)
          .createQueryBuilder('h')
          .leftJoinAndSelect('h.changer', 'u')
          .where('h.deal_id IN (:...ids)', { ids: [...ids] })
          .orderBy('h.changed_at', 'ASC')
          .addOrderBy('h.id', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.dealId === id).map((row) => DealStageChangeModel.fromEntity(row, row.changer?.displayName ?? null)));
      }))
      .load(dealId);
  }

  private async move(ctx: RequestContext, manager: EntityManager, deal: DealEntity, stage: DealStage, agreementId: string | null, note: string | null): Promise<DealModel | VersionConflictError> {
    const conflict = await updateVersioned(manager, DealEntity, deal, { stage, agreementId });
    if (conflict) return conflict;
    await this.history(ctx, manager, deal.id, deal.stage, stage, note);
    const changes: AuditChanges = { stage: { before: deal.stage, after: stage } };
    if (agreementId) changes.agreementId = { before: null, after: agreementId };
    await this.record(ctx, deal, 'stage_changed', changes);
    ctx.clearLoaders();
    return DealModel.fromEntity(await manager.findOneByOrFail(DealEntity, { id: deal.id }));
  }

  /** The deal locked for a change: outsiders are told it does not exist, parties without the right FORBIDDEN. */
  private async lockForChange(ctx: RequestContext, id: string, permission: 'move' | 'drop'): Promise<{ manager: EntityManager; deal: DealEntity }> {
    await this.access.requireAccess(ctx, `deal.${permission}`, id);
    const manager = managerOf(ctx, this.dataSource);
    const deal = foundOr(await manager.getRepository(DealEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'deal');
    return { manager, deal };
  }

  private history(ctx: RequestContext, manager: EntityManager, dealId: string, from: DealStage | null, to: DealStage, note: string | null): Promise<unknown> {
    return manager.insert(DealStageChangeEntity, { dealId, fromStage: from, toStage: to, changedBy: ctx.userId ?? null, note });
  }

  /** Audited once for each of the three organisations, so each one's subscribers hear of the change. */
  private async record(ctx: RequestContext, deal: DealEntity, verb: string, changes: AuditChanges): Promise<void> {
    await this.audit.recordForEach(ctx, [deal.brokerOrganizationId, deal.providerOrganizationId, deal.seekerOrganizationId], { action: `deal.${verb}`, entityType: 'Deal', entityId: deal.id, changes });
  }

}
