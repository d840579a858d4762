import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import type { ProjectPermission } from '../common/access/permission.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { AppError, foundOr } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { Helix } from '../organizations/organization.enums.js';
import type { CreateProjectInput, TransitionProjectInput, UpdateProjectInput } from './dto/project.inputs.js';
import { Money } from './money.js';
import { projectLifecycle } from './project-lifecycle.js';
import { contributionsByHelix, tripleHelix } from './project.read.js';
import { ProgrammeService } from './programme.js';
import { ParticipantEntity, ProjectEntity } from './project.entity.js';
import { HelixContribution, ProjectModel } from './project.model.js';
import { actingUserId } from '../common/acting-user.js';
import { ParticipantRole, ParticipantStatus, ProjectVisibility } from '../common/access/vocabulary.js';
import { updateVersioned } from '../database/versioned-update.js';
import { InvalidTransitionError, ProgrammeConsentRequiredError, ProjectCodeTakenError } from './project.errors.js';

const auditedFields: (keyof ProjectEntity)[] = [
  'code', 'title', 'summary', 'description', 'status', 'startDate', 'endDate', 'budgetAmount', 'budgetCurrency', 'visibility',
  'icfFactors', 'keywords', 'programmeId',
];


@Injectable()
export class ProjectService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammeService,
  ) {}

  /** A new project in DRAFT; its coordinator is the caller's organisation, active at once. */
  async create(ctx: RequestContext, input: CreateProjectInput): Promise<ProjectModel | ProjectCodeTakenError | InvalidInputError | ProgrammeConsentRequiredError> {
    await this.access.requireAccess(ctx, 'organization.write', input.coordinatorId);
    const problem = datesProblem(input.startDate ?? null, input.endDate ?? null);
    if (problem) return problem;
    const manager = managerOf(ctx, this.dataSource);
    const refused = input.programmeId ? await this.programmes.attachmentRefusal(ctx, manager, input.programmeId) : undefined;
    if (refused) return refused;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectEntity)
      .values({
        code: input.code,
        title: input.title,
        summary: input.summary ?? null,
        description: input.description ?? null,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        budgetAmount: input.budget?.amount ?? null,
        budgetCurrency: input.budget?.currency ?? 'VND',
        visibility: input.visibility ?? ProjectVisibility.PARTNERS,
        icfFactors: input.icfFactors ?? [],
        keywords: (input.keywords ?? []).map((keyword) => keyword.trim()).filter(Boolean),
        programmeId: input.programmeId ?? null,
        createdBy: actingUserId(ctx),
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new ProjectCodeTakenError(`The code ${input.code} is taken; choose another`, 'input.code');
    const project = await manager.findOneByOrFail(ProjectEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await manager.insert(ParticipantEntity, {
      projectId: project.id,
      organizationId: input.coordinatorId,
      role: ParticipantRole.COORDINATOR,
      status: ParticipantStatus.ACTIVE,
      since: project.startDate,
      invitedBy: ctx.userId ?? null,
      respondedBy: ctx.userId ?? null,
    });
    await this.audit.record(ctx, {
      action: 'project.created',
      organizationId: input.coordinatorId,
      entityType: 'Project',
      entityId: project.id,
      projectId: project.id,
      changes: changesBetween(null, project, auditedFields),
    });
    return ProjectModel.fromEntity(project);
  }

  async update(ctx: RequestContext, input: UpdateProjectInput): Promise<ProjectModel | VersionConflictError | InvalidInputError | ProgrammeConsentRequiredError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockFor(ctx, manager, input.id, 'project.edit');
    const next: ProjectEntity = { ...current };
    if (input.title != null) next.title = input.title;
    if (input.visibility != null) next.visibility = input.visibility;
    if (input.icfFactors != null) next.icfFactors = input.icfFactors;
    if (input.keywords != null) next.keywords = input.keywords.map((keyword) => keyword.trim()).filter(Boolean);
    for (const field of ['summary', 'description', 'startDate', 'endDate', 'programmeId'] as const) {
      if (input[field] !== undefined) next[field] = input[field] ?? null;
    }
    if (input.budget !== undefined) {
      next.budgetAmount = input.budget?.amount ?? null;
      next.budgetCurrency = input.budget?.currency ?? current.budgetCurrency;
    }
    // Leaving a programme is the coordinator's choice; joining one is its owner's.
    if (next.programmeId && next.programmeId !== current.programmeId) {
      const refused = await this.programmes.attachmentRefusal(ctx, manager, next.programmeId);
      if (refused) return refused;
    }
    const problem = datesProblem(next.startDate, next.endDate);
    if (problem) return problem;
    return this.write(ctx, manager, current, next, input.expectedVersion, 'project.updated');
  }

  /** Moves the project along its lifecycle; an illegal move names the legal ones. */
  async transition(ctx: RequestContext, input: TransitionProjectInput): Promise<ProjectModel | InvalidTransitionError | VersionConflictError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockFor(ctx, manager, input.id, 'project.edit');
    if (!projectLifecycle.canMove(current.status, input.status)) return new InvalidTransitionError(current.status, input.status, projectLifecycle.allowedFrom(current.status));
    return this.write(ctx, manager, current, { ...current, status: input.status }, input.expectedVersion, 'project.status_changed');
  }

  /** The budget, for those who may see money (participants); null for others. */
  async budgetOf(ctx: RequestContext, project: ProjectModel): Promise<Money | null> {
    if (!(await this.access.can(ctx, 'project.readConfidential', project.id))) return null;
    return Money.of(project.budgetAmount, project.budgetCurrency);
  }

  /** Primary and secondary helices of the active participants, batched per request. */
  async helicesOf(ctx: RequestContext, projectId: string): Promise<Helix[]> {
    const loader = ctx.loader('project.helices', () => new DataLoader<string, Helix[]>(async (ids) => {
      // Kept by triggers in the order of the Helix enum (see the ProjectFacts migration).
      const rows: { id: string; helices: Helix[] }[] = await managerOf(ctx, this.dataSource).query(`SELECT id, helices FROM project WHERE id = ANY($1)`, [[...ids]]);
      const byId = new Map(rows.map((row) => [row.id, row.helices]));
      return ids.map((id) => byId.get(id) ?? []);
    }));
    return loader.load(projectId);
  }

  async isTripleHelix(ctx: RequestContext, projectId: string): Promise<boolean> {
    const helices = await this.helicesOf(ctx, projectId);
    return tripleHelix.every((helix) => helices.includes(helix));
  }

  /** Contributions of active participants summed by primary helix and currency; participants only. */
  async contributionsByHelix(ctx: RequestContext, project: ProjectModel): Promise<HelixContribution[] | null> {
    if (!(await this.access.can(ctx, 'project.readConfidential', project.id))) return null;
    const loader = ctx.loader('project.contributions', () => new DataLoader<string, HelixContribution[]>(async (ids) => {
      // The read model's own expression, so both paths sum and order alike.
      const rows: { id: string; contributions: HelixContribution[] }[] = await managerOf(ctx, this.dataSource).query(
        `SELECT p.id, ${contributionsByHelix('p')} AS contributions FROM project p WHERE p.id = ANY($1)`,
        [[...ids]],
      );
      const byId = new Map(rows.map((row) => [row.id, row.contributions]));
      return ids.map((id) => byId.get(id) ?? []);
    }));
    return loader.load(project.id);
  }

  /** A project by id when the caller may read it, else null; batched per request. */
  async findById(ctx: RequestContext, id: string): Promise<ProjectModel | null> {
    const loader = ctx.loader('project.byId', () => new DataLoader<string, ProjectEntity | null>(async (ids) => {
      const rows = await managerOf(ctx, this.dataSource).findBy(ProjectEntity, { id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((projectId) => byId.get(projectId) ?? null);
    }));
    const project = await loader.load(id);
    if (!project || !(await this.access.can(ctx, 'project.read', project.id))) return null;
    return ProjectModel.fromEntity(project);
  }

  /**
   * The project with this code and its participations (any status), read in `manager`'s
   * transaction, whoever asks: for imports, which then change it through the checked operations.
   */
  async byCode(manager: EntityManager, code: string): Promise<{ project: ProjectModel; participants: ParticipantEntity[] } | null> {
    const project = await manager.findOneBy(ProjectEntity, { code });
    if (!project) return null;
    const participants = await manager.find(ParticipantEntity, { where: { projectId: project.id }, order: { organizationId: 'ASC' } });
    return { project: ProjectModel.fromEntity(project), participants };
  }

  /** The organisation that coordinates the project now, if any. */
  async coordinatorOf(manager: EntityManager, projectId: string): Promise<string | undefined> {
    const coordinator = await manager.findOneBy(ParticipantEntity, { projectId, role: ParticipantRole.COORDINATOR, status: ParticipantStatus.ACTIVE });
    return coordinator?.organizationId;
  }

  /** The project locked for a change, whoever asks: callers decide access on their own terms. */
  async lock(manager: EntityManager, id: string): Promise<ProjectEntity | null> {
    return manager.getRepository(ProjectEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Puts the locked project in the programme, with its owner's consent or for a caller who may
   * attach it directly: a project update like any other (version, audit, change events), and a
   * record in the programme owner's activity as well.
   */
  async attachToProgramme(
    ctx: RequestContext,
    manager: EntityManager,
    current: ProjectEntity,
    programme: { id: string; ownerOrganizationId: string | null },
  ): Promise<ProjectModel> {
    const attached = await this.write(ctx, manager, current, { ...current, programmeId: programme.id }, current.version, 'project.updated');
    // The caller holds the row's lock, so its version cannot have moved since it was read.
    if (attached instanceof VersionConflictError) throw new AppError('CONFLICT', 'The project changed meanwhile; try again');
    const coordinatorId = await this.coordinatorOf(manager, current.id);
    if (programme.ownerOrganizationId && programme.ownerOrganizationId !== coordinatorId) {
      await this.audit.record(ctx, {
        action: 'programme.project_attached',
        organizationId: programme.ownerOrganizationId,
        entityType: 'Programme',
        entityId: programme.id,
        changes: { projectId: { before: null, after: current.id } },
      });
    }
    return attached;
  }

  /** The project, locked for a change; projects the caller cannot read do not exist for them. */
  /** The project locked for a change, once the caller is known to hold `permission` on it. */
  async lockFor(ctx: RequestContext, manager: EntityManager, id: string, permission: ProjectPermission): Promise<ProjectEntity> {
    await this.access.requireAccess(ctx, permission, id);
    return foundOr(await this.lock(manager, id), 'project');
  }

  private async write(
    ctx: RequestContext,
    manager: EntityManager,
    current: ProjectEntity,
    next: ProjectEntity,
    expectedVersion: number,
    action: string,
  ): Promise<ProjectModel | VersionConflictError> {
    if (current.version !== expectedVersion) return new VersionConflictError(current.version);
    const changes = changesBetween(current, next, auditedFields);
    const { id: _id, createdAt: _createdAt, createdBy: _createdBy, version: _version, updatedAt: _updatedAt, ...fields } = next;
    const conflict = await updateVersioned(manager, ProjectEntity, current, fields, expectedVersion);
    if (conflict) return conflict;
    const coordinatorId = await this.coordinatorOf(manager, current.id);
    await this.audit.record(ctx, { action, organizationId: coordinatorId, entityType: 'Project', entityId: current.id, projectId: current.id, changes });
    return ProjectModel.fromEntity(await manager.findOneByOrFail(ProjectEntity, { id: current.id }));
  }
}

function datesProblem(start: string | null, end: string | null): InvalidInputError | undefined {
  if (start && end && end < start) return new InvalidInputError('endDate must not be before startDate', 'input.endDate');
  return undefined;
}
