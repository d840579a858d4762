import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AgreementService } from '../agreements/agreement.service.js';
import { AgreementType } from '../agreements/agreement.enums.js';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { exactlyOneOf } from '../common/validation.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { foundOr, notFound } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { databaseToday, futureDayProblem } from '../common/database-today.js';
import { OrganizationAdminService } from '../organizations/organization-admin.service.js';
import { SlugTakenError } from '../organizations/organization.errors.js';
import type { CreateSpinOffInput, UpdateSpinOffInput } from './dto/spin-off.inputs.js';
import { SpinOffEntity } from './spin-off.entity.js';
import { spinOffLifecycle } from './spin-off.enums.js';
import { SpinOffModel } from './spin-off.model.js';
import { updateVersioned } from '../database/versioned-update.js';
import { InvalidSpinOffTransitionError } from './spin-off.errors.js';

const auditedFields: (keyof SpinOffEntity)[] = ['organizationId', 'parentOrganizationId', 'agreementId', 'foundedOn', 'equityHeld', 'status'];

/** Rights a spin-off can work under: a licence or an assignment. */
const usableTypes = [AgreementType.LICENCE_EXCLUSIVE, AgreementType.LICENCE_NON_EXCLUSIVE, AgreementType.ASSIGNMENT];

@Injectable()
export class SpinOffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organizationAdmin: OrganizationAdminService,
    private readonly agreements: AgreementService,
  ) {}

  /** The parent's editors record a spin-off, creating the startup organisation when asked (the caller becomes its admin). */
  async create(ctx: RequestContext, input: CreateSpinOffInput): Promise<SpinOffModel | InvalidInputError | SlugTakenError> {
    await this.access.requireAccess(ctx, 'organization.write', input.parentOrganizationId);
    const startup = exactlyOneOf(input, ['organizationId', 'newStartup'], 'input.');
    const manager = managerOf(ctx, this.dataSource);
    const future = futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.foundedOn', input.foundedOn]]);
    if (future) return future;
    const startupId = await this.organizationAdmin.startup(ctx, startup === 'organizationId' ? input.organizationId : undefined, input.newStartup, {
      existing: 'input.organizationId',
      created: 'input.newStartup',
    });
    if (typeof startupId !== 'string') return startupId;
    if (startupId === input.parentOrganizationId) return new InvalidInputError('An organisation is not its own spin-off', 'input.organizationId');
    const agreementProblem = input.agreementId ? await this.agreementProblem(ctx, input.agreementId, startupId) : undefined;
    if (agreementProblem) return agreementProblem;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SpinOffEntity)
      .values({
        organizationId: startupId,
        parentOrganizationId: input.parentOrganizationId,
        agreementId: input.agreementId ?? null,
        foundedOn: input.foundedOn,
        equityHeld: input.equityHeld ?? null,
        createdBy: ctx.userId!,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new InvalidInputError('That organisation is already recorded as a spin-off', 'input.organizationId');
    const spinOff = await manager.findOneByOrFail(SpinOffEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.audit.record(ctx, {
      action: 'spin_off.created',
      organizationId: input.parentOrganizationId,
      entityType: 'SpinOff',
      entityId: spinOff.id,
      changes: changesBetween(null, spinOff, auditedFields),
    });
    ctx.clearLoaders();
    return SpinOffModel.fromEntity(spinOff);
  }

  async update(ctx: RequestContext, input: UpdateSpinOffInput): Promise<SpinOffModel | VersionConflictError | InvalidInputError | InvalidSpinOffTransitionError> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await manager.findOne(SpinOffEntity, { where: { id: input.id }, select: { id: true, parentOrganizationId: true } });
    if (!seen) throw notFound('spin-off');
    await this.access.requireAccess(ctx, 'organization.write', seen.parentOrganizationId);
    const current = foundOr(await manager.getRepository(SpinOffEntity).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }), 'spin-off');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const next: SpinOffEntity = { ...current };
    if (input.status != null && input.status !== current.status) {
      if (!spinOffLifecycle.canMove(current.status, input.status)) {
        return new InvalidSpinOffTransitionError(current.status, input.status, spinOffLifecycle.allowedFrom(current.status));
      }
      next.status = input.status;
    }
    if (input.foundedOn != null) next.foundedOn = input.foundedOn;
    const future = futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.foundedOn', input.foundedOn]]);
    if (future) return future;
    if (input.equityHeld !== undefined) next.equityHeld = input.equityHeld;
    if (input.agreementId !== undefined) {
      next.agreementId = input.agreementId;
      const problem = input.agreementId ? await this.agreementProblem(ctx, input.agreementId, current.organizationId) : undefined;
      if (problem) return problem;
    }
    const conflict = await updateVersioned(manager, SpinOffEntity, current, { status: next.status, foundedOn: next.foundedOn, equityHeld: next.equityHeld, agreementId: next.agreementId }, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(SpinOffEntity, { id: current.id });
    await this.audit.record(ctx, {
      action: next.status !== current.status ? 'spin_off.status_changed' : 'spin_off.updated',
      organizationId: current.parentOrganizationId,
      entityType: 'SpinOff',
      entityId: current.id,
      changes: changesBetween(current, after, auditedFields),
    });
    return SpinOffModel.fromEntity(after);
  }

  /** The equity held is confidential: members of the parent and of the startup see it. */
  async equityOf(ctx: RequestContext, spinOff: SpinOffModel): Promise<string | null> {
    if (spinOff.equityHeld === null) return null;
    const allowed = await this.access.canAny(ctx, 'organization.read', [spinOff.parentOrganizationId, spinOff.organizationId]);
    return allowed ? spinOff.equityHeld : null;
  }

  /** The agreement must be a licence or assignment with the startup as licensee, and visible to the caller. */
  private async agreementProblem(ctx: RequestContext, agreementId: string, startupId: string): Promise<InvalidInputError | undefined> {
    const agreement = await this.agreements.findById(ctx, agreementId);
    if (!agreement) return new InvalidInputError('No such agreement, or you are no party to it', 'input.agreementId');
    if (!usableTypes.includes(agreement.type)) return new InvalidInputError('A spin-off works under a licence or an assignment', 'input.agreementId');
    if (agreement.licenseeOrganizationId !== startupId) return new InvalidInputError('The startup must be the agreement’s licensee', 'input.agreementId');
    return undefined;
  }
}
