import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { AppError, foundOr } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { DisclosureEntity } from './disclosure.entity.js';
import { DisclosureModel } from './disclosure.model.js';
import type {
  CreateDisclosureInput,
  DecideDisclosureInput,
  DiscloseInventionInput,
  DisclosureStepInput,
  UpdateDisclosureInput,
} from './dto/disclosure.inputs.js';
import { hundredths, inventorSharesProblem, percent } from './shares.js';
import { DisclosureStatus, SharesSubject, disclosureLifecycle } from './technology.enums.js';
import { TechnologyModel } from './technology.model.js';
import { TechnologyService } from './technology.service.js';
import { actingUserId } from '../common/acting-user.js';
import { databaseToday } from '../common/database-today.js';
import { updateVersioned } from '../database/versioned-update.js';
import { DisclosureNotDraftError, InvalidDisclosureTransitionError } from './disclosure.errors.js';
import { SharesDoNotTotalError, TechnologyCodeTakenError } from './technology.errors.js';

const auditedFields: (keyof DisclosureEntity)[] = ['title', 'description', 'status', 'decision', 'decisionNotes'];

type MoveResult = DisclosureModel | InvalidDisclosureTransitionError | VersionConflictError | SharesDoNotTotalError;

@Injectable()
export class DisclosureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly technologies: TechnologyService,
  ) {}

  /**
   * The way researchers start: the technology record (owned wholly by the institution, from today)
   * and a draft disclosure to it, in one step. Members disclose their own inventions (they must be
   * among the inventors); the institution's editors may disclose for others.
   */
  async discloseInvention(
    ctx: RequestContext,
    input: DiscloseInventionInput,
  ): Promise<DisclosureModel | TechnologyCodeTakenError | SharesDoNotTotalError | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.read', input.organizationId);
    const isInventor = ctx.userId !== undefined && input.inventors.some((inventor) => inventor.userId === ctx.userId);
    if (!isInventor && !(await this.access.can(ctx, 'organization.write', input.organizationId))) {
      throw new AppError('FORBIDDEN', 'Disclose your own invention (list yourself among the inventors); editors of the institution may disclose for others', 'input.inventors');
    }
    const technology = await this.technologies.create(
      ctx,
      {
        code: input.code,
        title: input.title,
        abstract: input.abstract,
        fields: input.fields,
        keywords: input.keywords,
        owners: [{ organizationId: input.organizationId, share: '100' }],
        inventors: input.inventors,
        projectIds: input.projectIds,
      },
      { ownerPermission: 'organization.read' },
    );
    if (!(technology instanceof TechnologyModel)) return technology;
    return this.create(ctx, { technologyId: technology.id, organizationId: input.organizationId, title: input.title, description: input.description });
  }

  /** A new draft, by the technology's managers or inventors, to one of its current owners. */
  async create(ctx: RequestContext, input: CreateDisclosureInput): Promise<DisclosureModel | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    await this.access.requireAccess(ctx, 'technology.disclose', input.technologyId);
    const [owner]: { ok: boolean }[] = await manager.query(
      `SELECT true AS ok FROM technology_owner_today WHERE technology_id = $1 AND organization_id = $2 LIMIT 1`,
      [input.technologyId, input.organizationId],
    );
    if (!owner) return new InvalidInputError('The institution must be a current owner of the technology', 'input.organizationId');
    const created = await manager.save(
      manager.create(DisclosureEntity, {
        technologyId: input.technologyId,
        organizationId: input.organizationId,
        title: input.title,
        description: input.description ?? null,
        createdBy: actingUserId(ctx),
      }),
    );
    const disclosure = await manager.findOneByOrFail(DisclosureEntity, { id: created.id });
    await this.record(ctx, disclosure, 'disclosure.created', changesBetween(null, disclosure, auditedFields));
    return DisclosureModel.fromEntity(disclosure);
  }

  async update(ctx: RequestContext, input: UpdateDisclosureInput): Promise<DisclosureModel | VersionConflictError | DisclosureNotDraftError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lock(ctx, manager, input.id, 'author');
    if (current.status !== DisclosureStatus.DRAFT) return new DisclosureNotDraftError(`A ${current.status} disclosure can no longer be edited`, 'input.id');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const next: DisclosureEntity = { ...current };
    if (input.title != null) next.title = input.title;
    if (input.description !== undefined) next.description = input.description ?? null;
    return this.write(ctx, manager, current, next, input.expectedVersion, 'disclosure.updated');
  }

  /** DRAFT -> SUBMITTED, by its authors; inventors and current owners must each total exactly 100%. */
  async submit(ctx: RequestContext, input: DisclosureStepInput): Promise<MoveResult> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lock(ctx, manager, input.id, 'author');
    const illegal = this.illegal(current, DisclosureStatus.SUBMITTED);
    if (illegal) return illegal;
    const [shares]: { inventors: string[]; owners: string[] }[] = await manager.query(
      `SELECT ARRAY(SELECT share::text FROM technology_inventor WHERE technology_id = $1) AS inventors,
              ARRAY(SELECT share::text FROM technology_owner_today WHERE technology_id = $1) AS owners`,
      [current.technologyId],
    );
    if (shares.inventors.length === 0) return new SharesDoNotTotalError(SharesSubject.INVENTORS, '0.00', null, 'inventors');
    const inventorTotal = inventorSharesProblem(shares.inventors);
    if (inventorTotal) return new SharesDoNotTotalError(SharesSubject.INVENTORS, inventorTotal, null, 'inventors');
    const ownerTotal = shares.owners.reduce((sum, share) => sum + hundredths(share), 0);
    if (ownerTotal !== 10_000) {
      return new SharesDoNotTotalError(SharesSubject.OWNERS, percent(ownerTotal), await databaseToday(ctx, this.dataSource), 'owners');
    }
    const next = { ...current, status: DisclosureStatus.SUBMITTED, submittedAt: new Date(), submittedBy: actingUserId(ctx) };
    return this.write(ctx, manager, current, next, input.expectedVersion, 'disclosure.submitted');
  }

  /** SUBMITTED -> UNDER_EVALUATION, by the institution's editors. */
  async startEvaluation(ctx: RequestContext, input: DisclosureStepInput): Promise<MoveResult> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lock(ctx, manager, input.id, 'evaluate');
    const illegal = this.illegal(current, DisclosureStatus.UNDER_EVALUATION);
    if (illegal) return illegal;
    return this.write(ctx, manager, current, { ...current, status: DisclosureStatus.UNDER_EVALUATION }, input.expectedVersion, 'disclosure.evaluation_started');
  }

  /** UNDER_EVALUATION -> DECIDED with the decision, by the institution's editors. */
  async decide(ctx: RequestContext, input: DecideDisclosureInput): Promise<MoveResult> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lock(ctx, manager, input.id, 'evaluate');
    const illegal = this.illegal(current, DisclosureStatus.DECIDED);
    if (illegal) return illegal;
    const next = {
      ...current,
      status: DisclosureStatus.DECIDED,
      decision: input.decision,
      decisionNotes: input.notes ?? null,
      decidedAt: new Date(),
      decidedBy: actingUserId(ctx),
    };
    return this.write(ctx, manager, current, next, input.expectedVersion, 'disclosure.decided');
  }

  /** A readable technology's disclosures, newest first, batched per request. */
  disclosuresOf(ctx: RequestContext, technologyId: string): Promise<DisclosureModel[]> {
    return ctx
      .loader('disclosure.byTechnology', () => new DataLoader<string, DisclosureModel[]>(async (ids) => {
        const rows = await this.dataSource.getRepository(DisclosureEntity).find({ where: { technologyId: In([...ids]) }, order: { createdAt: 'DESC', id: 'DESC' } });
        return ids.map((id) => rows.filter((row) => row.technologyId === id).map(DisclosureModel.fromEntity));
      }))
      .load(technologyId);
  }

  private illegal(current: DisclosureEntity, to: DisclosureStatus): InvalidDisclosureTransitionError | undefined {
    if (disclosureLifecycle.canMove(current.status, to)) return undefined;
    return new InvalidDisclosureTransitionError(current.status, to, disclosureLifecycle.allowedFrom(current.status));
  }

  /** The disclosure, locked for a change once the caller is known to be allowed; hidden ones do not exist for the caller. */
  private async lock(ctx: RequestContext, manager: EntityManager, id: string, permission: 'author' | 'evaluate'): Promise<DisclosureEntity> {
    await this.access.requireAccess(ctx, `disclosure.${permission}`, id);
    return foundOr(await manager.getRepository(DisclosureEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'disclosure');
  }

  private async write(
    ctx: RequestContext,
    manager: EntityManager,
    current: DisclosureEntity,
    next: DisclosureEntity,
    expectedVersion: number,
    action: string,
  ): Promise<DisclosureModel | VersionConflictError> {
    if (current.version !== expectedVersion) return new VersionConflictError(current.version);
    const { title, description, status, decision, decisionNotes, submittedAt, submittedBy, decidedAt, decidedBy } = next;
    const conflict = await updateVersioned(manager, DisclosureEntity, current, { title, description, status, decision, decisionNotes, submittedAt, submittedBy, decidedAt, decidedBy }, expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(DisclosureEntity, { id: current.id });
    await this.record(ctx, after, action, changesBetween(current, after, auditedFields));
    return DisclosureModel.fromEntity(after);
  }

  /** Recorded with the institution it is disclosed to, so its activity subscribers hear of each step. */
  private record(ctx: RequestContext, disclosure: DisclosureEntity, action: string, changes: ReturnType<typeof changesBetween>): Promise<void> {
    return this.audit.record(ctx, { action, organizationId: disclosure.organizationId, entityType: 'InventionDisclosure', entityId: disclosure.id, changes });
  }
}
