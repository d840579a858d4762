import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { foundOr, notFound } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type { InviteParticipantInput, UpdateParticipantInput } from './dto/project.inputs.js';
import { Money } from './money.js';
import { ParticipantEntity, type ProjectEntity } from './project.entity.js';
import { Contribution, ParticipantModel, type ProjectModel } from './project.model.js';
import { ProjectService } from './project.service.js';
import { ParticipantRole, ParticipantStatus } from '../common/access/vocabulary.js';
import { updateLocked } from '../database/versioned-update.js';
import { AlreadyParticipatingError, CoordinatorRequiredError, ParticipationStateError } from './project.errors.js';

const auditedFields: (keyof ParticipantEntity)[] = [
  'organizationId', 'role', 'status', 'since', 'until', 'cashAmount', 'cashCurrency', 'inKindDescription', 'inKindValueAmount', 'inKindValueCurrency',
];

/**
 * Who takes part in a project. Nobody is added without consent: the coordinator invites, the invited
 * organisation's editors or admins accept or decline. Every change locks the project row first, so
 * with the unique index on the active coordinator there is always exactly one.
 */
@Injectable()
export class ParticipantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly projects: ProjectService,
    private readonly organizations: OrganizationService,
  ) {}

  async invite(ctx: RequestContext, input: InviteParticipantInput): Promise<ParticipantModel | AlreadyParticipatingError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const project = await this.projects.lockFor(ctx, manager, input.projectId, 'project.edit');
    if (input.role === ParticipantRole.COORDINATOR) {
      return new InvalidInputError('Invite as another role, then hand coordination over with transferCoordination', 'input.role');
    }
    if (!(await this.organizations.isActive(manager, input.organizationId))) throw notFound('organisation');
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ParticipantEntity)
      .values({
        projectId: project.id,
        organizationId: input.organizationId,
        role: input.role,
        status: ParticipantStatus.INVITED,
        cashAmount: input.cash?.amount ?? null,
        cashCurrency: input.cash?.currency ?? null,
        inKindDescription: input.inKindDescription ?? null,
        inKindValueAmount: input.inKindValue?.amount ?? null,
        inKindValueCurrency: input.inKindValue?.currency ?? null,
        invitedBy: ctx.userId ?? null,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new AlreadyParticipatingError('This organisation already takes part in the project or is invited to it', 'input.organizationId');
    const participant = await manager.findOneByOrFail(ParticipantEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, 'project.participant_invited', null, participant);
    return ParticipantModel.fromEntity(participant, project.visibility);
  }

  /** The coordinator's editors change a participant's role or contributions; a stale version writes nothing. */
  async updateParticipant(
    ctx: RequestContext,
    input: UpdateParticipantInput,
  ): Promise<ParticipantModel | VersionConflictError | InvalidInputError | ParticipationStateError> {
    const { manager, participant, project } = await this.locked(ctx, input.participantId, 'coordinator');
    if (participant.version !== input.expectedVersion) return new VersionConflictError(participant.version);
    if (participant.status !== ParticipantStatus.ACTIVE && participant.status !== ParticipantStatus.INVITED) {
      return new ParticipationStateError(`This participation is ${participant.status}`, 'input.participantId');
    }
    if (input.role && (input.role === ParticipantRole.COORDINATOR) !== (participant.role === ParticipantRole.COORDINATOR)) {
      return new InvalidInputError('Coordination moves only with transferCoordination', 'input.role');
    }
    const changes: Partial<ParticipantEntity> = {};
    if (input.role) changes.role = input.role;
    if (input.cash !== undefined) Object.assign(changes, { cashAmount: input.cash?.amount ?? null, cashCurrency: input.cash?.currency ?? null });
    if (input.inKindDescription !== undefined) changes.inKindDescription = input.inKindDescription ?? null;
    if (input.inKindValue !== undefined) {
      Object.assign(changes, { inKindValueAmount: input.inKindValue?.amount ?? null, inKindValueCurrency: input.inKindValue?.currency ?? null });
    }
    const after = await this.update(manager, participant, changes);
    await this.record(ctx, 'project.participant_updated', participant, after);
    return ParticipantModel.fromEntity(after, project.visibility);
  }

  /** The invited organisation's editors or admins accept (it becomes active) or decline. */
  async respond(ctx: RequestContext, participantId: string, accept: boolean): Promise<ParticipantModel | ParticipationStateError> {
    const { manager, participant, project } = await this.locked(ctx, participantId, 'participant');
    if (participant.status !== ParticipantStatus.INVITED) {
      return new ParticipationStateError(`This participation is ${participant.status}, not an open invitation`, 'participantId');
    }
    const status = accept ? ParticipantStatus.ACTIVE : ParticipantStatus.DECLINED;
    const after = await this.update(manager, participant, { status, respondedBy: ctx.userId ?? null, ...(accept ? { since: () => 'CURRENT_DATE' } : {}) });
    await this.record(ctx, accept ? 'project.participant_accepted' : 'project.participant_declined', participant, after);
    return ParticipantModel.fromEntity(after, project.visibility);
  }

  /** An organisation leaves a project; the coordinator must hand its role over first. */
  async leave(ctx: RequestContext, participantId: string): Promise<ParticipantModel | CoordinatorRequiredError | ParticipationStateError> {
    const { manager, participant, project } = await this.locked(ctx, participantId, 'participant');
    return this.end(ctx, manager, project, participant, ParticipantStatus.LEFT, 'project.participant_left');
  }

  /** The coordinator removes a participant (or withdraws an invitation). */
  async remove(ctx: RequestContext, participantId: string): Promise<ParticipantModel | CoordinatorRequiredError | ParticipationStateError> {
    const { manager, participant, project } = await this.locked(ctx, participantId, 'coordinator');
    return this.end(ctx, manager, project, participant, ParticipantStatus.REMOVED, 'project.participant_removed');
  }

  /** Hands coordination to an active participant; the old coordinator stays as a partner. */
  async transferCoordination(ctx: RequestContext, participantId: string): Promise<ParticipantModel | ParticipationStateError> {
    const { manager, participant, project } = await this.locked(ctx, participantId, 'coordinator');
    if (participant.status !== ParticipantStatus.ACTIVE || participant.role === ParticipantRole.COORDINATOR) {
      return new ParticipationStateError('Coordination goes to an active participant that is not the coordinator', 'participantId');
    }
    const coordinator = await manager.findOneByOrFail(ParticipantEntity, { projectId: project.id, role: ParticipantRole.COORDINATOR, status: ParticipantStatus.ACTIVE });
    // Demote first: the unique index allows one active coordinator at any moment.
    const former = await this.update(manager, coordinator, { role: ParticipantRole.PARTNER });
    const next = await this.update(manager, participant, { role: ParticipantRole.COORDINATOR });
    await this.record(ctx, 'project.coordination_transferred', coordinator, former);
    await this.record(ctx, 'project.coordination_transferred', participant, next);
    return ParticipantModel.fromEntity(next, project.visibility);
  }

  /** Participants of a project, batched per request; ended participations are listed too. */
  async participantsOf(ctx: RequestContext, project: ProjectModel): Promise<ParticipantModel[]> {
    const loader = ctx.loader('project.participants', () => new DataLoader<string, ParticipantEntity[]>(async (ids) => {
      const rows = await this.dataSource.getRepository(ParticipantEntity).find({ where: { projectId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return ids.map((id) => rows.filter((row) => row.projectId === id));
    }));
    return (await loader.load(project.id)).map((row) => ParticipantModel.fromEntity(row, project.visibility));
  }

  /** Contributions are for participants' eyes: null for others. */
  async contributionOf(ctx: RequestContext, participant: ParticipantModel): Promise<Contribution | null> {
    if (!(await this.access.can(ctx, 'project.readConfidential', participant.projectId))) return null;
    const contribution = new Contribution();
    contribution.cash = Money.of(participant.cashAmount, participant.cashCurrency);
    contribution.inKindDescription = participant.inKindDescription;
    contribution.inKindValue = Money.of(participant.inKindValueAmount, participant.inKindValueCurrency);
    return contribution;
  }

  private async end(
    ctx: RequestContext,
    manager: EntityManager,
    project: ProjectEntity,
    participant: ParticipantEntity,
    status: ParticipantStatus,
    action: string,
  ): Promise<ParticipantModel | CoordinatorRequiredError | ParticipationStateError> {
    if (participant.status !== ParticipantStatus.ACTIVE && participant.status !== ParticipantStatus.INVITED) {
      return new ParticipationStateError(`This participation is already ${participant.status}`, 'participantId');
    }
    if (participant.role === ParticipantRole.COORDINATOR) {
      return new CoordinatorRequiredError('The coordinator cannot leave or be removed; hand coordination to another participant first', 'participantId');
    }
    // Never before it began: the period must stay ordered.
    const after = await this.update(manager, participant, {
      status,
      ...(participant.status === ParticipantStatus.ACTIVE ? { until: () => 'GREATEST(CURRENT_DATE, since)' } : {}),
    });
    await this.record(ctx, action, participant, after);
    return ParticipantModel.fromEntity(after, project.visibility);
  }

  /**
   * The participant and its project, the project row locked so participant changes happen one at a
   * time, once the caller may act: as the coordinator's editors, or as the participant's own.
   */
  private async locked(ctx: RequestContext, participantId: string, actingAs: 'coordinator' | 'participant') {
    const manager = managerOf(ctx, this.dataSource);
    const found = foundOr(await manager.findOneBy(ParticipantEntity, { id: participantId }), 'participant');
    if (actingAs === 'coordinator') {
      await this.access.requireAccess(ctx, 'project.edit', found.projectId);
    } else {
      await this.access.requireAccess(ctx, 'project.read', found.projectId);
      await this.access.requireAccess(ctx, 'organization.write', found.organizationId);
    }
    const project = foundOr(await this.projects.lock(manager, found.projectId), 'participant');
    const participant = await manager.findOneByOrFail(ParticipantEntity, { id: participantId });
    return { manager, participant, project };
  }


  private async update(
    manager: EntityManager,
    participant: ParticipantEntity,
    changes: { [K in keyof ParticipantEntity]?: ParticipantEntity[K] | (() => string) },
  ): Promise<ParticipantEntity> {
    await updateLocked(manager, ParticipantEntity, participant.id, changes as object);
    return manager.findOneByOrFail(ParticipantEntity, { id: participant.id });
  }

  private async record(ctx: RequestContext, action: string, before: ParticipantEntity | null, after: ParticipantEntity): Promise<void> {
    await this.audit.record(ctx, {
      action,
      organizationId: after.organizationId,
      entityType: 'ProjectParticipant',
      entityId: after.id,
      projectId: after.projectId,
      changes: { ...changesBetween(before, after, auditedFields), projectId: { before: null, after: after.projectId } },
    });
  }
}
