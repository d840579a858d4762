import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { AppError, foundOr, notVisible } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { ObligationModel } from './agreement.model.js';
import { AgreementService } from './agreement.service.js';
import type { AddObligationInput, RecordObligationOutcomeInput, ReportObligationMetInput } from './dto/agreement.inputs.js';
import { AgreementObligationEntity } from './obligation.entity.js';
import { agreementLifecycle, ObligationParty, obligationLifecycle, ObligationStatus } from './obligation.enums.js';
import { actingUserId } from '../common/acting-user.js';
import { databaseToday, futureDayProblem } from '../common/database-today.js';
import { updateVersioned } from '../database/versioned-update.js';
import { AgreementStateError, InvalidObligationTransitionError } from './agreement.errors.js';

const auditedFields: (keyof AgreementObligationEntity)[] = ['kind', 'description', 'dueOn', 'owedBy', 'status', 'metOn', 'outcomeNote', 'reportedMetOn'];

/**
 * Obligations under agreements. The licensors' editors add them and decide the outcome (MET, MISSED,
 * WAIVED); the owing party's editors may report one met first, which the licensors then confirm.
 */
@Injectable()
export class ObligationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly agreements: AgreementService,
  ) {}

  async add(ctx: RequestContext, input: AddObligationInput): Promise<ObligationModel | AgreementStateError> {
    const manager = managerOf(ctx, this.dataSource);
    const agreement = await this.agreements.lockToManage(ctx, manager, input.agreementId);
    if (agreementLifecycle.isFinal(agreement.status)) {
      return new AgreementStateError(`A ${agreement.status} agreement takes no new obligations`, agreement.status, 'input.agreementId');
    }
    const inserted = await manager.insert(AgreementObligationEntity, {
      agreementId: agreement.id,
      kind: input.kind,
      description: input.description,
      dueOn: input.dueOn,
      owedBy: input.owedBy,
      createdBy: actingUserId(ctx),
    });
    const obligation = await manager.findOneByOrFail(AgreementObligationEntity, { id: (inserted.identifiers[0] as { id: string }).id });
    const { licensorIds } = await this.agreements.partiesOf(manager, agreement.id);
    await this.agreements.auditTo(ctx, licensorIds, {
      action: 'agreement.obligation_added',
      entityType: 'AgreementObligation',
      entityId: obligation.id,
      changes: changesBetween(null, obligation, auditedFields),
    });
    return ObligationModel.fromEntity(obligation, await databaseToday(ctx, this.dataSource));
  }

  /** The owing party says it was met; the status stays PENDING until the licensors decide. */
  async reportMet(ctx: RequestContext, input: ReportObligationMetInput): Promise<ObligationModel | VersionConflictError | InvalidObligationTransitionError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await this.visible(ctx, manager, input.obligationId);
    const { licensorIds, licenseeId } = await this.agreements.partiesOf(manager, seen.agreementId);
    const owing = seen.owedBy === ObligationParty.LICENSEE ? [licenseeId] : licensorIds;
    if (!(await this.access.canAny(ctx, 'organization.write', owing))) throw new AppError('FORBIDDEN', 'Only editors of the party that owes the obligation may report it met');
    const current = await this.lock(manager, seen.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (!obligationLifecycle.canMove(current.status, ObligationStatus.MET)) {
      return new InvalidObligationTransitionError(current.status, ObligationStatus.MET, obligationLifecycle.allowedFrom(current.status));
    }
    const future = futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.metOn', input.metOn]]);
    if (future) return future;
    const next = { ...current, reportedMetOn: input.metOn };
    return this.write(ctx, current, next, input.expectedVersion, 'agreement.obligation_reported', licensorIds, { reportedBy: ctx.userId ?? null, reportedAt: () => 'now()' });
  }

  /** The licensors' decision: MET (on the given or reported day), MISSED or WAIVED. */
  async recordOutcome(
    ctx: RequestContext,
    input: RecordObligationOutcomeInput,
  ): Promise<ObligationModel | VersionConflictError | InvalidObligationTransitionError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await this.visible(ctx, manager, input.obligationId);
    await this.access.requireAccess(ctx, 'agreement.manage', seen.agreementId);
    const current = await this.lock(manager, seen.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (!obligationLifecycle.canMove(current.status, input.status)) {
      return new InvalidObligationTransitionError(current.status, input.status, obligationLifecycle.allowedFrom(current.status));
    }
    const next = { ...current, status: input.status, outcomeNote: input.note !== undefined ? input.note : current.outcomeNote };
    if (input.status === ObligationStatus.MET) {
      next.metOn = input.metOn ?? current.reportedMetOn;
      if (!next.metOn) return new InvalidInputError('Give the day it was met as `metOn`', 'input.metOn');
      const future = futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.metOn', next.metOn]]);
      if (future) return future;
    } else if (input.metOn) {
      return new InvalidInputError('metOn goes only with MET', 'input.metOn');
    }
    const { licensorIds, licenseeId } = await this.agreements.partiesOf(manager, current.agreementId);
    return this.write(ctx, current, next, input.expectedVersion, 'agreement.obligation_decided', [...licensorIds, licenseeId], { decidedBy: ctx.userId ?? null });
  }

  /** An agreement's obligations by due date, batched per request (the caller is a party). */
  async obligationsOf(ctx: RequestContext, agreementId: string): Promise<ObligationModel[]> {
    const today = await databaseToday(ctx, this.dataSource);
    const rows = await ctx
      .loader('agreement.obligations', () => new DataLoader<string, AgreementObligationEntity[]>(async (ids) => {
        const found = await this.dataSource
          .getRepository(AgreementObligationEntity)
          .createQueryBuilder('ob')
          .where('ob.agreement_id IN (:...ids)', { ids })
          .orderBy('ob.due_on')
          .addOrderBy('ob.id')
          .getMany();
        return ids.map((id) => found.filter((row) => row.agreementId === id));
      }))
      .load(agreementId);
    return rows.map((row) => ObligationModel.fromEntity(row, today));
  }

  /** Who owes the obligation and on which agreement, for a party to it; outsiders learn nothing. */
  private async visible(ctx: RequestContext, manager: EntityManager, id: string): Promise<Pick<AgreementObligationEntity, 'id' | 'agreementId' | 'owedBy'>> {
    const found = await manager.findOne(AgreementObligationEntity, { where: { id }, select: { id: true, agreementId: true, owedBy: true } });
    if (!found || !(await this.access.can(ctx, 'agreement.read', found.agreementId))) {
      if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this obligation');
      throw notVisible('obligation');
    }
    return found;
  }

  /** The obligation locked for a change, once the caller is known to be allowed. */
  private async lock(manager: EntityManager, id: string): Promise<AgreementObligationEntity> {
    return foundOr(await manager.getRepository(AgreementObligationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'obligation');
  }


  private async write(
    ctx: RequestContext,
    current: AgreementObligationEntity,
    next: AgreementObligationEntity,
    expectedVersion: number,
    action: string,
    audience: string[],
    extra: Record<string, unknown>,
  ): Promise<ObligationModel | VersionConflictError> {
    const manager = managerOf(ctx, this.dataSource);
    const conflict = await updateVersioned(
      manager,
      AgreementObligationEntity,
      current,
      { status: next.status, metOn: next.metOn, outcomeNote: next.outcomeNote, reportedMetOn: next.reportedMetOn, ...extra },
      expectedVersion,
    );
    if (conflict) return conflict;
    await this.agreements.auditTo(ctx, audience, {
      action,
      entityType: 'AgreementObligation',
      entityId: current.id,
      changes: changesBetween(current, next, auditedFields),
    });
    return ObligationModel.fromEntity(await manager.findOneByOrFail(AgreementObligationEntity, { id: current.id }), await databaseToday(ctx, this.dataSource));
  }
}
