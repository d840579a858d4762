import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { AgreementType } from '../agreements/agreement.enums.js';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { exactlyOneOf } from '../common/validation.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { notFound } from '../common/errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { encodeCursor } from '../common/pagination/cursor.js';
import { keysetPage, keysetPrecededBy, type KeysetOrder } from '../common/pagination/keyset.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { matchEveryWord } from '../common/search.js';
import { managerOf } from '../common/transaction.js';
import { OrganizationAdminService } from '../organizations/organization-admin.service.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { Helix, OrganizationKind } from '../organizations/organization.enums.js';
import { SlugTakenError } from '../organizations/organization.errors.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import type { CreateSpinOffInput, SpinOffsArgs, UpdateSpinOffInput } from './dto/spin-off.inputs.js';
import { SpinOffEntity } from './spin-off.entity.js';
import { spinOffLifecycle } from './spin-off.enums.js';
import { SpinOffModel } from './spin-off.model.js';
import { updateVersioned } from '../database/versioned-update.js';
import { InvalidSpinOffTransitionError } from './spin-off.errors.js';

const auditedFields: (keyof SpinOffEntity)[] = ['organizationId', 'parentOrganizationId', 'agreementId', 'foundedOn', 'equityHeld', 'status'];

/** Rights a spin-off can work under: a licence or an assignment. */
const usableTypes = [AgreementType.LICENCE_EXCLUSIVE, AgreementType.LICENCE_NON_EXCLUSIVE, AgreementType.ASSIGNMENT];

/** Must stay identical to the expression of `organization_search_idx`. */
const startupSearch = `fold_text(o.name || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.short_name, '') || ' ' || o.slug)`;

@Injectable()
export class SpinOffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organizationAdmin: OrganizationAdminService,
  ) {}

  /** The parent's editors record a spin-off, creating the startup organisation when asked (the caller becomes its admin). */
  async create(ctx: RequestContext, input: CreateSpinOffInput): Promise<SpinOffModel | InvalidInputError | SlugTakenError> {
    await this.access.require(ctx, 'write', input.parentOrganizationId);
    const startup = exactlyOneOf(input, ['organizationId', 'newStartup'], 'input.');
    const manager = managerOf(ctx, this.dataSource);
    let startupId: string;
    if (startup === 'organizationId' && input.organizationId) {
      await this.access.require(ctx, 'write', input.organizationId);
      const startup = await manager.findOneBy(OrganizationEntity, { id: input.organizationId });
      if (!startup || startup.helix !== Helix.INDUSTRY || startup.kind !== OrganizationKind.STARTUP) {
        return new InvalidInputError('A spin-off is an organisation of helix INDUSTRY and kind STARTUP', 'input.organizationId');
      }
      startupId = startup.id;
    } else {
      const created = await this.organizationAdmin.create(ctx, { ...input.newStartup!, helix: Helix.INDUSTRY, kind: OrganizationKind.STARTUP, secondaryHelices: [] });
      if (!(created instanceof OrganizationModel)) {
        created.field = created.field?.replace(/^input\./, 'input.newStartup.') ?? null;
        return created;
      }
      startupId = created.id;
    }
    if (startupId === input.parentOrganizationId) return new InvalidInputError('An organisation is not its own spin-off', 'input.organizationId');
    const agreementProblem = input.agreementId ? await this.agreementProblem(ctx, manager, input.agreementId, startupId) : undefined;
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
    const current = await manager.getRepository(SpinOffEntity).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound('spin-off');
    await this.access.require(ctx, 'write', current.parentOrganizationId);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const next: SpinOffEntity = { ...current };
    if (input.status != null && input.status !== current.status) {
      if (!spinOffLifecycle.canMove(current.status, input.status)) {
        return new InvalidSpinOffTransitionError(current.status, input.status, spinOffLifecycle.allowedFrom(current.status));
      }
      next.status = input.status;
    }
    if (input.foundedOn != null) next.foundedOn = input.foundedOn;
    if (input.equityHeld !== undefined) next.equityHeld = input.equityHeld;
    if (input.agreementId !== undefined) {
      next.agreementId = input.agreementId;
      const problem = input.agreementId ? await this.agreementProblem(ctx, manager, input.agreementId, current.organizationId) : undefined;
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

  /** Public list: spin-offs whose startup is not archived, newest first. */
  async list(ctx: RequestContext, args: SpinOffsArgs): Promise<ConnectionShape<SpinOffModel>> {
    const first = args.first ?? defaultPageSize;
    const orderKey = 'CREATED_AT:DESC';
    const filter = args.filter ?? {};
    const query = this.dataSource.getRepository(SpinOffEntity).createQueryBuilder('s').innerJoin(OrganizationEntity, 'o', 'o.id = s.organization_id');
    if (!this.access.isPlatformAdmin(ctx)) query.andWhere('o.archived_at IS NULL');
    if (filter.parentOrganizationId) query.andWhere('s.parent_organization_id = :parentId', { parentId: filter.parentOrganizationId });
    if (filter.status?.length) query.andWhere('s.status IN (:...statuses)', { statuses: filter.status });
    matchEveryWord(query, startupSearch, filter.search);
    const keyset: KeysetOrder = { key: orderKey, column: 's.created_at', idColumn: 's.id', direction: OrderDirection.DESC, kind: 'timestamp' };
    const page = keysetPage(query, keyset, first, args.after);
    const rows = first === 0 ? [] : await page.getMany();
    return pageOf(
      rows.map(SpinOffModel.fromEntity),
      { first, after: args.after, precededBy: keysetPrecededBy(query, keyset, args.after) },
      (node) => encodeCursor({ order: orderKey, value: node.createdAt.toISOString(), id: node.id }),
      () => query.getCount(),
    );
  }

  /** The equity held is confidential: members of the parent and of the startup see it. */
  async equityOf(ctx: RequestContext, spinOff: SpinOffModel): Promise<string | null> {
    if (spinOff.equityHeld === null) return null;
    const allowed = (await this.access.can(ctx, 'read', spinOff.parentOrganizationId)) || (await this.access.can(ctx, 'read', spinOff.organizationId));
    return allowed ? spinOff.equityHeld : null;
  }

  /** The agreement must be a licence or assignment with the startup as licensee, and visible to the caller. */
  private async agreementProblem(ctx: RequestContext, manager: EntityManager, agreementId: string, startupId: string): Promise<InvalidInputError | undefined> {
    const agreement = await manager.findOneBy(AgreementEntity, { id: agreementId });
    if (!agreement || !(await this.access.canOnAgreement(ctx, 'read', agreementId))) return new InvalidInputError('No such agreement, or you are no party to it', 'input.agreementId');
    if (!usableTypes.includes(agreement.type)) return new InvalidInputError('A spin-off works under a licence or an assignment', 'input.agreementId');
    if (agreement.licenseeOrganizationId !== startupId) return new InvalidInputError('The startup must be the agreement’s licensee', 'input.agreementId');
    return undefined;
  }
}
