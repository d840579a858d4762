import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { foundOr } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { MilestoneModel, type AddMilestoneInput, type UpdateMilestoneInput } from './milestone.model.js';
import { MilestoneEntity, ParticipantEntity } from './project.entity.js';
import { MilestoneStatus } from './project.enums.js';
import type { ProjectModel } from './project.model.js';
import { ProjectService } from './project.service.js';
import { ParticipantRole, ParticipantStatus } from '../common/access/vocabulary.js';
import { updateLocked } from '../database/versioned-update.js';

const auditedFields: (keyof MilestoneEntity)[] = ['kind', 'title', 'description', 'dueDate', 'status', 'completedOn'];

/** Milestones and deliverables: read with the project, written by its coordinator's editors. */
@Injectable()
export class MilestoneService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly projects: ProjectService,
  ) {}

  async add(ctx: RequestContext, input: AddMilestoneInput): Promise<MilestoneModel> {
    const manager = managerOf(ctx, this.dataSource);
    const project = await this.projects.lockFor(ctx, manager, input.projectId, 'project.edit');
    const saved = await manager.save(MilestoneEntity, manager.create(MilestoneEntity, {
      projectId: project.id,
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      dueDate: input.dueDate,
    }));
    const milestone = await manager.findOneByOrFail(MilestoneEntity, { id: saved.id });
    await this.record(ctx, 'project.milestone_added', null, milestone);
    return MilestoneModel.fromEntity(milestone);
  }

  async update(ctx: RequestContext, input: UpdateMilestoneInput): Promise<MilestoneModel | VersionConflictError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const found = foundOr(await manager.findOneBy(MilestoneEntity, { id: input.id }), 'milestone');
    await this.projects.lockFor(ctx, manager, found.projectId, 'project.edit');
    const current = await manager.findOneByOrFail(MilestoneEntity, { id: input.id });
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);

    const next: MilestoneEntity = { ...current };
    if (input.title != null) next.title = input.title;
    if (input.description !== undefined) next.description = input.description ?? null;
    if (input.dueDate != null) next.dueDate = input.dueDate;
    if (input.status != null) next.status = input.status;
    if (input.completedOn != null && next.status !== MilestoneStatus.DONE) {
      return new InvalidInputError('completedOn goes with status DONE', 'input.completedOn');
    }
    // Done exactly when it has a completion date.
    next.completedOn = next.status === MilestoneStatus.DONE ? (input.completedOn ?? current.completedOn ?? new Date().toISOString().slice(0, 10)) : null;

    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, version: _version, projectId: _projectId, project: _project, ...fields } = next;
    await updateLocked(manager, MilestoneEntity, current.id, fields);
    const after = await manager.findOneByOrFail(MilestoneEntity, { id: current.id });
    await this.record(ctx, 'project.milestone_updated', current, after);
    return MilestoneModel.fromEntity(after);
  }

  /** A project's milestones by due date, batched per request. */
  async milestonesOf(ctx: RequestContext, project: ProjectModel): Promise<MilestoneModel[]> {
    const loader = ctx.loader('project.milestones', () => new DataLoader<string, MilestoneModel[]>(async (ids) => {
      const rows = await this.dataSource.getRepository(MilestoneEntity).find({ where: { projectId: In([...ids]) }, order: { dueDate: 'ASC', id: 'ASC' } });
      return ids.map((id) => rows.filter((row) => row.projectId === id).map((row) => MilestoneModel.fromEntity(row)));
    }));
    return loader.load(project.id);
  }

  private async record(ctx: RequestContext, action: string, before: MilestoneEntity | null, after: MilestoneEntity): Promise<void> {
    const coordinator = await managerOf(ctx, this.dataSource).findOneBy(ParticipantEntity, {
      projectId: after.projectId,
      role: ParticipantRole.COORDINATOR,
      status: ParticipantStatus.ACTIVE,
    });
    await this.audit.record(ctx, {
      action,
      organizationId: coordinator?.organizationId,
      entityType: 'Milestone',
      entityId: after.id,
      projectId: after.projectId,
      changes: { ...changesBetween(before, after, auditedFields), projectId: { before: null, after: after.projectId } },
    });
  }
}
