import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { unlessKeyTaken } from '../common/database-errors.js';
import { foundOr } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import type { FileIpProtectionInput, TransitionIpFilingInput, UpdateIpFilingInput } from './dto/ip-filing.inputs.js';
import { daysBetween, deadlinesOf } from './ip-deadlines.js';
import { IpFilingEntity } from './ip-filing.entity.js';
import { IpDeadlineModel, IpFilingModel } from './ip-filing.model.js';
import { databaseToday, futureDayProblem } from '../common/database-today.js';
import { IpFilingStatus, ipFilingLifecycle } from './technology.enums.js';
import { TechnologyService } from './technology.service.js';
import { actingUserId } from '../common/acting-user.js';
import { updateVersioned } from '../database/versioned-update.js';
import { ApplicationNumberTakenError, InvalidIpFilingTransitionError } from './ip-filing.errors.js';

const auditedFields: (keyof IpFilingEntity)[] = [
  'type', 'jurisdiction', 'title', 'applicationNumber', 'priorityDate', 'filingDate', 'publicationDate', 'publicationNumber',
  'grantDate', 'registrationNumber', 'expiryDate', 'status', 'parentFilingId',
];

/** Record fields a caller may set; on update and transition omitted ones stay and null clears. */
const recordFields = ['title', 'applicationNumber', 'publicationDate', 'publicationNumber', 'grantDate', 'registrationNumber', 'expiryDate'] as const;

/** Statuses in which the right has been granted: the grant date and number must be known. */
const grantedStatuses = [IpFilingStatus.GRANTED, IpFilingStatus.LAPSED, IpFilingStatus.EXPIRED];

type WriteResult = IpFilingModel | VersionConflictError | InvalidInputError | ApplicationNumberTakenError;

@Injectable()
export class IpFilingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly technologies: TechnologyService,
  ) {}

  /** Records a new filing (FILED) for a technology its owners' editors manage. */
  async file(ctx: RequestContext, input: FileIpProtectionInput): Promise<IpFilingModel | InvalidInputError | ApplicationNumberTakenError> {
    const manager = managerOf(ctx, this.dataSource);
    await this.technologies.lockManaged(ctx, manager, input.technologyId);
    let parent: IpFilingEntity | null = null;
    if (input.parentFilingId) {
      parent = await manager.findOneBy(IpFilingEntity, { id: input.parentFilingId });
      if (!parent || parent.technologyId !== input.technologyId) return new InvalidInputError('The parent filing must be a filing of the same technology', 'input.parentFilingId');
      if (parent.filingDate > input.filingDate) return new InvalidInputError('A filing cannot claim the priority of a later filing', 'input.filingDate');
    }
    const next = manager.create(IpFilingEntity, {
      technologyId: input.technologyId,
      type: input.type,
      jurisdiction: input.jurisdiction,
      filingDate: input.filingDate,
      priorityDate: input.priorityDate ?? parent?.priorityDate ?? input.filingDate,
      parentFilingId: parent?.id ?? null,
      status: IpFilingStatus.FILED,
    });
    for (const field of recordFields) next[field] = input[field] ?? null;
    const problem = (await this.numberTaken(manager, next)) ?? datesProblem(next, await databaseToday(ctx, this.dataSource));
    if (problem) return problem;
    next.createdBy = actingUserId(ctx);
    const inserted = await manager.createQueryBuilder().insert().into(IpFilingEntity).values(next).orIgnore().returning('id').execute();
    if (inserted.raw.length === 0) return takenError(next);
    const filing = await manager.findOneByOrFail(IpFilingEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, manager, filing, 'ip_filing.filed', changesBetween(null, filing, auditedFields));
    return IpFilingModel.fromEntity(filing);
  }

  async update(ctx: RequestContext, input: UpdateIpFilingInput): Promise<WriteResult> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lock(ctx, manager, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const next: IpFilingEntity = { ...current };
    for (const field of recordFields) if (input[field] !== undefined) next[field] = input[field] ?? null;
    if (input.filingDate != null) next.filingDate = input.filingDate;
    if (input.priorityDate != null) next.priorityDate = input.priorityDate;
    const problem = requirementsProblem(next) ?? datesProblem(next, await databaseToday(ctx, this.dataSource)) ?? (await this.numberTaken(manager, next));
    if (problem) return problem;
    return this.write(ctx, manager, current, next, input.expectedVersion, 'ip_filing.updated');
  }

  /** Moves the filing along its life; PUBLISHED and GRANTED need their dates and numbers. */
  async transition(ctx: RequestContext, input: TransitionIpFilingInput): Promise<WriteResult | InvalidIpFilingTransitionError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lock(ctx, manager, input.id);
    if (!ipFilingLifecycle.canMove(current.status, input.status)) {
      return new InvalidIpFilingTransitionError(current.status, input.status, ipFilingLifecycle.allowedFrom(current.status));
    }
    const next: IpFilingEntity = { ...current, status: input.status };
    for (const field of recordFields) if (input[field] !== undefined) next[field] = input[field] ?? null;
    const problem = requirementsProblem(next) ?? datesProblem(next, await databaseToday(ctx, this.dataSource)) ?? (await this.numberTaken(manager, next));
    if (problem) return problem;
    return this.write(ctx, manager, current, next, input.expectedVersion, 'ip_filing.status_changed');
  }

  /** A readable technology's filings, by filing date, batched per request. */
  filingsOf(ctx: RequestContext, technologyId: string): Promise<IpFilingModel[]> {
    return ctx
      .loader('ipFiling.byTechnology', () => new DataLoader<string, IpFilingModel[]>(async (ids) => {
        const rows = await this.dataSource.getRepository(IpFilingEntity).find({ where: { technologyId: In([...ids]) }, order: { filingDate: 'ASC', createdAt: 'ASC' } });
        return ids.map((id) => rows.filter((row) => row.technologyId === id).map(IpFilingModel.fromEntity));
      }))
      .load(technologyId);
  }

  /** A filing by id, batched per request; the caller already reads its technology (parents share it). */
  filingById(ctx: RequestContext, id: string): Promise<IpFilingModel | null> {
    return ctx
      .loader('ipFiling.byId', () => new DataLoader<string, IpFilingModel | null>(async (ids) => {
        const rows = await this.dataSource.getRepository(IpFilingEntity).findBy({ id: In([...ids]) });
        return ids.map((key) => {
          const row = rows.find((candidate) => candidate.id === key);
          return row ? IpFilingModel.fromEntity(row) : null;
        });
      }))
      .load(id);
  }

  /** The filing's deadlines as of the database's today, soonest first. */
  async deadlinesOf(ctx: RequestContext, filing: IpFilingModel): Promise<IpDeadlineModel[]> {
    const today = await databaseToday(ctx, this.dataSource);
    return deadlinesOf(filing, today).map((deadline) =>
      Object.assign(new IpDeadlineModel(), {
        kind: deadline.kind,
        dueOn: deadline.dueOn,
        daysLeft: daysBetween(today, deadline.dueOn),
        description: deadline.description,
        legalSource: deadline.source,
        filing,
      }),
    );
  }

  /** The filing, locked for a change; the caller must manage its technology (hidden ones do not exist for them). */
  private async lock(ctx: RequestContext, manager: EntityManager, id: string): Promise<IpFilingEntity> {
    const { technologyId } = foundOr(await manager.findOne(IpFilingEntity, { where: { id }, select: { id: true, technologyId: true } }), 'filing');
    await this.access.requireAccess(ctx, 'technology.manage', technologyId);
    return foundOr(await manager.getRepository(IpFilingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'filing');
  }

  private async numberTaken(manager: EntityManager, next: IpFilingEntity): Promise<ApplicationNumberTakenError | undefined> {
    if (!next.applicationNumber) return undefined;
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM ip_filing WHERE jurisdiction = $1 AND application_number = $2 AND id IS DISTINCT FROM $3 LIMIT 1`,
      [next.jurisdiction, next.applicationNumber, next.id ?? null],
    );
    return row ? takenError(next) : undefined;
  }

  private async write(
    ctx: RequestContext,
    manager: EntityManager,
    current: IpFilingEntity,
    next: IpFilingEntity,
    expectedVersion: number,
    action: string,
  ): Promise<WriteResult> {
    if (current.version !== expectedVersion) return new VersionConflictError(current.version);
    const { id: _id, createdAt: _createdAt, createdBy: _createdBy, version: _version, updatedAt: _updatedAt, technology: _t, parentFiling: _p, creator: _c, ...fields } = next;
    // The number was checked, but another filing may have taken it since (uncommitted then): the unique key decides.
    const refused = await unlessKeyTaken(
      manager,
      'ip_filing_application_number_key',
      (savepoint) => updateVersioned(savepoint, IpFilingEntity, current, fields, expectedVersion),
      () => takenError(next),
    );
    if (refused) return refused;
    const after = await manager.findOneByOrFail(IpFilingEntity, { id: current.id });
    await this.record(ctx, manager, after, action, changesBetween(current, after, auditedFields));
    return IpFilingModel.fromEntity(after);
  }

  /** Recorded with each owning organisation, so their activity subscribers hear of every stage. */
  private record(ctx: RequestContext, manager: EntityManager, filing: IpFilingEntity, action: string, changes: ReturnType<typeof changesBetween>): Promise<void> {
    return this.technologies.recordForOwners(ctx, manager, filing.technologyId, action, changes, [], { type: 'IpFiling', id: filing.id });
  }
}

function takenError(filing: IpFilingEntity): ApplicationNumberTakenError {
  return new ApplicationNumberTakenError(`Another ${filing.jurisdiction} filing has the application number ${filing.applicationNumber}`, 'input.applicationNumber');
}

/** What a status needs on record: PUBLISHED its publication date and application number, GRANTED and after the grant date and number. */
function requirementsProblem(filing: IpFilingEntity): InvalidInputError | undefined {
  if (filing.status === IpFilingStatus.PUBLISHED) {
    if (!filing.publicationDate) return new InvalidInputError('A published filing needs its publication date', 'input.publicationDate');
    if (!filing.applicationNumber) return new InvalidInputError('A published filing needs its application number', 'input.applicationNumber');
  }
  if (grantedStatuses.includes(filing.status)) {
    if (!filing.grantDate) return new InvalidInputError('A granted right needs its grant date', 'input.grantDate');
    if (!filing.registrationNumber) return new InvalidInputError('A granted right needs its patent or registration number', 'input.registrationNumber');
  }
  return undefined;
}

/** Dates in their order (priority, filing, then publication, grant and expiry); what has happened is not in the future. */
function datesProblem(filing: IpFilingEntity, today: string): InvalidInputError | undefined {
  const future = futureDayProblem(today, [
    ['input.filingDate', filing.filingDate],
    ['input.priorityDate', filing.priorityDate],
    ['input.publicationDate', filing.publicationDate],
    ['input.grantDate', filing.grantDate],
  ]);
  if (future) return future;
  if (filing.priorityDate > filing.filingDate) return new InvalidInputError('priorityDate must not be after filingDate', 'input.priorityDate');
  for (const field of ['publicationDate', 'grantDate', 'expiryDate'] as const) {
    const value = filing[field];
    if (value && value < filing.filingDate) return new InvalidInputError(`${field} must not be before filingDate`, `input.${field}`);
  }
  return undefined;
}
