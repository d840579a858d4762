import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, changesBetween, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { notFound } from '../common/errors.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import type { RecordPermission } from '../common/access/permission.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { updateLocked, updateVersioned } from '../database/versioned-update.js';
import { UserModel } from '../identity/user.model.js';
import { UserService } from '../identity/user.service.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type { AgreePlacementInput, ChangePlacementStatusInput, ProposePlacementInput, UpdatePlacementInput } from './dto/placement.inputs.js';
import { PlacementEntity } from './placement.entity.js';
import { PlacementSide, PlacementStatus, placementLifecycle } from './placement.enums.js';
import { InvalidPlacementTransitionError, PlacementAgreementError } from './placement.errors.js';
import { PlacementModel } from './placement.model.js';

/**
 * Fields whose changes the audit trail keeps, with their values. The person is never among them:
 * once they withdraw, the trail the organisations read must not say who it was. The title and
 * topic may name the person: the trail says that they changed, not what they say.
 */
const auditedFields: (keyof PlacementEntity)[] = ['kind', 'startsOn', 'endsOn', 'status', 'supervisorUserId', 'tutorUserId', 'homeAgreedAt', 'hostAgreedAt'];
const textFields: (keyof PlacementEntity)[] = ['title', 'topic'];

/** The terms both sides agree to. */
const termFields = ['kind', 'title', 'topic', 'startsOn', 'endsOn'] as const;

/** Statuses after which nothing but the person's withdrawal changes a placement. */
const ended = [PlacementStatus.COMPLETED, PlacementStatus.CANCELLED, PlacementStatus.WITHDRAWN];

/** Status changes either side's editors make; AGREED comes from both sides' agreement, WITHDRAWN from the person. */
const managedStatuses = [PlacementStatus.RUNNING, PlacementStatus.COMPLETED, PlacementStatus.CANCELLED];

/**
 * Placements of people at other organisations. The editors of one side (home or host) propose a
 * placement, which records their side's agreement; the editors of the other side agree, and it is
 * AGREED. A change of its terms while PROPOSED withdraws the agreement of the side the writer does
 * not speak for. Either side's editors start, complete or cancel it. The person alone withdraws it:
 * then the organisations keep the record but no longer learn who it was, and it counts nowhere.
 * Every change is audited once for each side, so both sides' trails and webhooks hear of it.
 */
@Injectable()
export class PlacementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly users: UserService,
    private readonly organizations: OrganizationService,
  ) {}

  async propose(ctx: RequestContext, input: ProposePlacementInput): Promise<PlacementModel | InvalidInputError> {
    const home = input.homeOrganizationId.toLowerCase();
    const host = input.hostOrganizationId.toLowerCase();
    if (home === host) return new InvalidInputError('A placement is at another organisation than the home one', 'input.hostOrganizationId');
    for (const [id, field] of [[home, 'input.homeOrganizationId'], [host, 'input.hostOrganizationId']]) {
      if (!(await this.organizations.findById(ctx, id))) return new InvalidInputError('No such organisation', field);
    }
    const spoken = await this.access.checkAccess(ctx, 'organization.speakFor', [home, host]);
    if (spoken.size === 0) {
      if (await this.access.canAny(ctx, 'organization.read', [home, host])) {
        throw this.access.forbidden(ctx, 'Only editors and admins of the home or host organisation propose a placement');
      }
      await this.access.requireAny(ctx, 'organization.speakFor', [home, host]);
    }
    const sideOf = (side: PlacementSide) => (side === PlacementSide.HOME ? home : host);
    let side = input.side;
    if (side && !spoken.has(sideOf(side))) throw this.access.forbidden(ctx, `You are no editor or admin of the ${side.toLowerCase()} organisation`);
    if (!side) {
      if (spoken.size === 2) return new InvalidInputError('You edit both organisations: name the side you propose for', 'input.side');
      side = spoken.has(home) ? PlacementSide.HOME : PlacementSide.HOST;
    }
    const problem = periodProblem(input.startsOn, input.endsOn) ?? (await this.peopleProblem(ctx, input.personUserId, home, host, input.supervisorUserId, input.tutorUserId));
    if (problem) return problem;

    const manager = managerOf(ctx, this.dataSource);
    const agreedBy = side === PlacementSide.HOME ? { homeAgreedBy: ctx.userId!, homeAgreedAt: () => 'now()' } : { hostAgreedBy: ctx.userId!, hostAgreedAt: () => 'now()' };
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(PlacementEntity)
      .values({
        kind: input.kind,
        personUserId: input.personUserId.toLowerCase(),
        homeOrganizationId: home,
        hostOrganizationId: host,
        supervisorUserId: input.supervisorUserId?.toLowerCase() ?? null,
        tutorUserId: input.tutorUserId?.toLowerCase() ?? null,
        title: input.title,
        topic: input.topic ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        status: PlacementStatus.PROPOSED,
        proposedBySide: side,
        createdBy: ctx.userId!,
        ...agreedBy,
      } as object)
      .returning('id')
      .execute();
    const created = await manager.findOneByOrFail(PlacementEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, 'placement.proposed', created, changesOf(null, created));
    return this.present(ctx, created);
  }

  async update(ctx: RequestContext, input: UpdatePlacementInput): Promise<PlacementModel | VersionConflictError | InvalidInputError> {
    const { manager, placement: current } = await this.lock(ctx, input.id, 'placement.manage');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (ended.includes(current.status)) return new InvalidInputError(`A ${current.status} placement no longer changes`, 'input.id');

    const next: PlacementEntity = { ...current };
    if (input.kind != null) next.kind = input.kind;
    if (input.title != null) next.title = input.title;
    if (input.topic !== undefined) next.topic = input.topic ?? null;
    if (input.startsOn != null) next.startsOn = input.startsOn;
    if (input.endsOn != null) next.endsOn = input.endsOn;
    const termsChanged = termFields.some((field) => next[field] !== current[field]);
    if (termsChanged && current.status !== PlacementStatus.PROPOSED) {
      return new InvalidInputError(`The terms of a ${current.status} placement are agreed: cancel it and propose a new one`, 'input');
    }
    const problem = periodProblem(next.startsOn, next.endsOn);
    if (problem) return problem;

    if (input.supervisorUserId !== undefined && input.supervisorUserId?.toLowerCase() !== current.supervisorUserId) {
      await this.requireSide(ctx, current.hostOrganizationId, 'Only editors and admins of the host choose its supervisor');
      next.supervisorUserId = input.supervisorUserId?.toLowerCase() ?? null;
    }
    if (input.tutorUserId !== undefined && input.tutorUserId?.toLowerCase() !== current.tutorUserId) {
      await this.requireSide(ctx, current.homeOrganizationId, 'Only editors and admins of the home organisation choose its tutor');
      next.tutorUserId = input.tutorUserId?.toLowerCase() ?? null;
    }
    const people = await this.peopleProblem(
      ctx,
      current.personUserId,
      current.homeOrganizationId,
      current.hostOrganizationId,
      next.supervisorUserId !== current.supervisorUserId ? next.supervisorUserId : null,
      next.tutorUserId !== current.tutorUserId ? next.tutorUserId : null,
      false,
    );
    if (people) return people;

    const changes: Partial<PlacementEntity> = {
      kind: next.kind, title: next.title, topic: next.topic, startsOn: next.startsOn, endsOn: next.endsOn,
      supervisorUserId: next.supervisorUserId, tutorUserId: next.tutorUserId,
    };
    if (termsChanged) {
      // New terms: the sides the writer speaks for agree to them by writing them; the others are asked again.
      const spoken = await this.access.checkAccess(ctx, 'organization.speakFor', [current.homeOrganizationId, current.hostOrganizationId]);
      const now = new Date();
      Object.assign(
        changes,
        spoken.has(current.homeOrganizationId) ? { homeAgreedBy: ctx.userId!, homeAgreedAt: now } : { homeAgreedBy: null, homeAgreedAt: null },
        spoken.has(current.hostOrganizationId) ? { hostAgreedBy: ctx.userId!, hostAgreedAt: now } : { hostAgreedBy: null, hostAgreedAt: null },
      );
    }
    if (Object.keys(changesOf(current, { ...current, ...changes })).length === 0) return this.present(ctx, current);
    const conflict = await updateVersioned(manager, PlacementEntity, current, changes, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(PlacementEntity, { id: current.id });
    await this.record(ctx, 'placement.updated', after, changesOf(current, after));
    return this.present(ctx, after);
  }

  /** The editors of a side agree for every side they speak for that has not agreed yet; the second side's agreement makes it AGREED. */
  async agree(ctx: RequestContext, input: AgreePlacementInput): Promise<PlacementModel | VersionConflictError | PlacementAgreementError> {
    const { manager, placement: current } = await this.lock(ctx, input.id, 'placement.read');
    const sides = [current.homeOrganizationId, current.hostOrganizationId];
    const spoken = await this.access.checkAccess(ctx, 'organization.speakFor', sides);
    if (spoken.size === 0) {
      await this.access.requireAccess(ctx, 'placement.manage', current.id);
      throw this.access.forbidden(ctx, 'Only editors and admins of a side agree for it');
    }
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (current.status !== PlacementStatus.PROPOSED) {
      return new PlacementAgreementError(`A ${current.status} placement is not waiting for agreement: sides agree only while it is PROPOSED`, current.status);
    }
    const changes: Partial<PlacementEntity> = {};
    if (spoken.has(current.homeOrganizationId) && !current.homeAgreedAt) Object.assign(changes, { homeAgreedBy: ctx.userId!, homeAgreedAt: new Date() });
    if (spoken.has(current.hostOrganizationId) && !current.hostAgreedAt) Object.assign(changes, { hostAgreedBy: ctx.userId!, hostAgreedAt: new Date() });
    if (Object.keys(changes).length === 0) {
      return new PlacementAgreementError('The side you speak for has agreed already: the other side’s editors and admins agree for it', current.status);
    }
    if ((current.homeAgreedAt || changes.homeAgreedAt) && (current.hostAgreedAt || changes.hostAgreedAt)) changes.status = PlacementStatus.AGREED;
    const conflict = await updateVersioned(manager, PlacementEntity, current, changes, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(PlacementEntity, { id: current.id });
    await this.record(ctx, 'placement.agreed', after, changesOf(current, after));
    return this.present(ctx, after);
  }

  async changeStatus(ctx: RequestContext, input: ChangePlacementStatusInput): Promise<PlacementModel | VersionConflictError | InvalidPlacementTransitionError> {
    const { manager, placement: current } = await this.lock(ctx, input.id, 'placement.manage');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const allowed = placementLifecycle.allowedFrom(current.status).filter((status) => managedStatuses.includes(status));
    if (!allowed.includes(input.status)) {
      const hint =
        input.status === PlacementStatus.AGREED ? 'it becomes AGREED when both sides agree (agreePlacement)'
        : input.status === PlacementStatus.WITHDRAWN ? 'only the person withdraws it (withdrawPlacement)'
        : undefined;
      return new InvalidPlacementTransitionError(current.status, input.status, allowed, hint);
    }
    const conflict = await updateVersioned(manager, PlacementEntity, current, { status: input.status }, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(PlacementEntity, { id: current.id });
    await this.record(ctx, 'placement.status_changed', after, changesOf(current, after));
    return this.present(ctx, after);
  }

  /**
   * The person withdraws their placement, whatever its status and version: it is theirs. The
   * organisations keep the record without the person, and the trail they read does not say who acted.
   */
  async withdraw(ctx: RequestContext, id: string): Promise<PlacementModel | InvalidPlacementTransitionError> {
    const { manager, placement: current } = await this.lock(ctx, id, 'placement.withdraw');
    if (!placementLifecycle.canMove(current.status, PlacementStatus.WITHDRAWN)) {
      return new InvalidPlacementTransitionError(current.status, PlacementStatus.WITHDRAWN, placementLifecycle.allowedFrom(current.status));
    }
    await updateLocked(manager, PlacementEntity, current.id, { status: PlacementStatus.WITHDRAWN, withdrawnAt: () => 'now()' } as object);
    const after = await manager.findOneByOrFail(PlacementEntity, { id: current.id });
    await this.record(ctx, 'placement.withdrawn', after, { status: { before: current.status, after: after.status } }, true);
    return this.present(ctx, after);
  }

  /** The person placed, to those who may know who it is: everyone who reads it until the person withdraws it, the person always. */
  async personOf(ctx: RequestContext, placement: PlacementModel): Promise<UserModel | null> {
    if (placement.status === PlacementStatus.WITHDRAWN && ctx.userId !== placement.personUserId) return null;
    return this.users.byId(ctx, placement.personUserId);
  }

  userOf(ctx: RequestContext, userId: string | null): Promise<UserModel | null> {
    return userId ? this.users.byId(ctx, userId) : Promise.resolve(null);
  }

  /** The placement as the caller may see it: without its texts once the person withdrew it, unless the caller is the person. */
  private present(ctx: RequestContext, entity: PlacementEntity): PlacementModel {
    const model = PlacementModel.fromEntity(entity);
    if (entity.status === PlacementStatus.WITHDRAWN && ctx.userId !== entity.personUserId) Object.assign(model, { title: null, topic: null });
    return model;
  }

  /** The placement locked for a change once the caller holds `permission` on it (NOT_FOUND to those who may not see it). */
  private async lock(ctx: RequestContext, id: string, permission: RecordPermission): Promise<{ manager: EntityManager; placement: PlacementEntity }> {
    await this.access.requireAccess(ctx, permission, id.toLowerCase());
    const manager = managerOf(ctx, this.dataSource);
    const placement = await manager.getRepository(PlacementEntity).findOne({ where: { id: id.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
    if (!placement) throw notFound('placement');
    return { manager, placement };
  }

  private async requireSide(ctx: RequestContext, organizationId: string, message: string): Promise<void> {
    if (!(await this.access.can(ctx, 'organization.write', organizationId))) throw this.access.forbidden(ctx, message);
  }

  /**
   * Why the people named cannot be placed (a typed error), if they cannot: the person must be an active
   * member of the home organisation, the supervisor of the host, the tutor of the home one, and
   * neither of them the person.
   */
  private async peopleProblem(
    ctx: RequestContext,
    personUserId: string,
    home: string,
    host: string,
    supervisorUserId: string | null | undefined,
    tutorUserId: string | null | undefined,
    checkPerson = true,
  ): Promise<InvalidInputError | undefined> {
    const person = personUserId.toLowerCase();
    const asked: [field: string, userId: string, organizationId: string, what: string][] = [];
    if (checkPerson) asked.push(['input.personUserId', person, home, 'The person placed must be an active member of the home organisation']);
    if (supervisorUserId) asked.push(['input.supervisorUserId', supervisorUserId.toLowerCase(), host, 'The supervisor must be an active member of the host organisation']);
    if (tutorUserId) asked.push(['input.tutorUserId', tutorUserId.toLowerCase(), home, 'The tutor must be an active member of the home organisation']);
    for (const [field, userId] of asked) {
      if (field !== 'input.personUserId' && userId === person) return new InvalidInputError('The person placed is not their own supervisor or tutor', field);
    }
    if (asked.length === 0) return undefined;
    const rows: { user_id: string; organization_id: string }[] = await managerOf(ctx, this.dataSource).query(
      `SELECT user_id, organization_id FROM membership_role WHERE status = 'ACTIVE' AND user_id = ANY($1::uuid[]) AND organization_id = ANY($2::uuid[])`,
      [asked.map(([, userId]) => userId), [home, host]],
    );
    for (const [field, userId, organizationId, message] of asked) {
      if (!rows.some((row) => row.user_id === userId && row.organization_id === organizationId)) return new InvalidInputError(message, field);
    }
    return undefined;
  }

  /** Audits the change once for each side, so both sides' trails, subscribers and webhooks hear of it. */
  private async record(ctx: RequestContext, action: string, placement: PlacementEntity, changes: AuditChanges, withoutActor = false): Promise<void> {
    await this.audit.recordForEach(ctx, [placement.homeOrganizationId, placement.hostOrganizationId], { action, entityType: 'Placement', entityId: placement.id, changes, withoutActor });
  }
}

/** The audited changes: values of the plain fields, and only the fact that the texts changed. */
function changesOf(before: PlacementEntity | null, after: PlacementEntity): AuditChanges {
  const changes = changesBetween(before, after, auditedFields);
  for (const [field, change] of Object.entries(changesBetween(before, after, textFields))) if (change) changes[field] = { before: null, after: null };
  return changes;
}

function periodProblem(startsOn: string, endsOn: string): InvalidInputError | undefined {
  // YYYY-MM-DD strings compare as the days they name.
  return endsOn < startsOn ? new InvalidInputError(`endsOn (${endsOn}) must not be before startsOn (${startsOn})`, 'input.endsOn') : undefined;
}

