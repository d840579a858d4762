import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, changesBetween, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { databaseToday } from '../common/database-today.js';
import { notFound } from '../common/errors.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { updateLocked, updateVersioned } from '../database/versioned-update.js';
import { Helix } from '../organizations/organization.enums.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type {
  AnswerTrainingInvitationInput,
  CreateTrainingProgrammeInput,
  InviteTrainingPartnerInput,
  RecordTrainingContributionInput,
  RecordTrainingIntakeInput,
  UpdateTrainingProgrammeInput,
} from './dto/training.inputs.js';
import { TrainingContributionEntity, TrainingIntakeEntity, TrainingPartnerEntity, TrainingProgrammeEntity } from './training.entity.js';
import { TrainingPartnerStatus, trainingPartnerLifecycle } from './training.enums.js';
import { InvalidTrainingPartnerTransitionError, TrainingPartnerStateError } from './training.errors.js';
import { TrainingContributionModel, TrainingIntakeModel, TrainingPartnerModel, TrainingProgrammeModel } from './training.model.js';

const auditedFields: (keyof TrainingProgrammeEntity)[] = ['runnerOrganizationId', 'title', 'titleEn', 'description', 'curriculumUrl', 'field', 'startsOn', 'endsOn'];
const editableFields = ['title', 'titleEn', 'description', 'curriculumUrl', 'field', 'startsOn', 'endsOn'] as const;

/**
 * Training programmes that universities run with businesses. The runner's editors record the
 * programme and its intakes and invite partners; a partner's editors accept or decline and then
 * record the seats they fund and the graduates they hire per intake year. Everything here is a
 * count: no trainee is named. Each change is audited for the runner and, when it concerns a
 * partner, for the partner too.
 */
@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
  ) {}

  async create(ctx: RequestContext, input: CreateTrainingProgrammeInput): Promise<TrainingProgrammeModel | InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.write', input.runnerOrganizationId);
    const runner = await this.organizations.findById(ctx, input.runnerOrganizationId);
    if (!runner || runner.helix !== Helix.ACADEMIA) {
      return new InvalidInputError('A training programme is run by a university or a university unit (helix ACADEMIA)', 'input.runnerOrganizationId');
    }
    const problem = periodProblem(input.startsOn, input.endsOn ?? null);
    if (problem) return problem;
    const manager = managerOf(ctx, this.dataSource);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(TrainingProgrammeEntity)
      .values({
        runnerOrganizationId: runner.id,
        title: input.title,
        titleEn: input.titleEn ?? null,
        description: input.description ?? null,
        curriculumUrl: input.curriculumUrl ?? null,
        field: input.field ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        createdBy: ctx.userId ?? null,
      })
      .returning('id')
      .execute();
    const created = await manager.findOneByOrFail(TrainingProgrammeEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, 'training_programme.created', 'TrainingProgramme', created.id, [created.runnerOrganizationId], changesBetween(null, created, auditedFields));
    return TrainingProgrammeModel.fromEntity(created);
  }

  async update(ctx: RequestContext, input: UpdateTrainingProgrammeInput): Promise<TrainingProgrammeModel | VersionConflictError | InvalidInputError> {
    const { manager, programme: current } = await this.lockProgramme(ctx, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const next: TrainingProgrammeEntity = { ...current };
    if (input.title != null) next.title = input.title;
    if (input.startsOn != null) next.startsOn = input.startsOn;
    for (const field of ['titleEn', 'description', 'curriculumUrl', 'field', 'endsOn'] as const) {
      if (input[field] !== undefined) next[field] = input[field] ?? null;
    }
    const problem = periodProblem(next.startsOn, next.endsOn);
    if (problem) return problem;
    const changes = changesBetween(current, next, auditedFields);
    if (Object.keys(changes).length === 0) return TrainingProgrammeModel.fromEntity(current);
    const conflict = await updateVersioned(manager, TrainingProgrammeEntity, current, Object.fromEntries(editableFields.map((field) => [field, next[field]])), input.expectedVersion);
    if (conflict) return conflict;
    await this.record(ctx, 'training_programme.updated', 'TrainingProgramme', current.id, [current.runnerOrganizationId], changes);
    return TrainingProgrammeModel.fromEntity(await manager.findOneByOrFail(TrainingProgrammeEntity, { id: current.id }));
  }

  /** The runner's editors record (or correct) one year's intake; the programme's version moves. */
  async recordIntake(ctx: RequestContext, input: RecordTrainingIntakeInput): Promise<TrainingProgrammeModel | VersionConflictError | InvalidInputError> {
    const { manager, programme } = await this.lockProgramme(ctx, input.programmeId);
    if (programme.version !== input.expectedVersion) return new VersionConflictError(programme.version);
    if (input.graduates > input.trainees) return new InvalidInputError('An intake cannot have more graduates than trainees', 'input.graduates');
    const problem = await this.futureYearProblem(ctx, input.year);
    if (problem) return problem;
    const [before]: { trainees: number; graduates: number }[] = await manager.query(`SELECT trainees, graduates FROM training_intake WHERE programme_id = $1 AND year = $2`, [programme.id, input.year]);
    await manager
      .createQueryBuilder()
      .insert()
      .into(TrainingIntakeEntity)
      .values({ programmeId: programme.id, year: input.year, trainees: input.trainees, graduates: input.graduates })
      .orUpdate(['trainees', 'graduates', 'updated_at'], ['programme_id', 'year'])
      .execute();
    await updateLocked(manager, TrainingProgrammeEntity, programme.id, {});
    await this.record(ctx, 'training_intake.recorded', 'TrainingIntake', programme.id, [programme.runnerOrganizationId], {
      year: { before: null, after: input.year },
      trainees: { before: before?.trainees ?? null, after: input.trainees },
      graduates: { before: before?.graduates ?? null, after: input.graduates },
    });
    return TrainingProgrammeModel.fromEntity(await manager.findOneByOrFail(TrainingProgrammeEntity, { id: programme.id }));
  }

  async invite(ctx: RequestContext, input: InviteTrainingPartnerInput): Promise<TrainingPartnerModel | InvalidInputError> {
    const { manager, programme } = await this.lockProgramme(ctx, input.programmeId);
    const organizationId = input.organizationId.toLowerCase();
    if (organizationId === programme.runnerOrganizationId) return new InvalidInputError('The runner is not its own partner', 'input.organizationId');
    if (!(await this.organizations.findById(ctx, organizationId))) return new InvalidInputError('No such organisation', 'input.organizationId');
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(TrainingPartnerEntity)
      .values({ programmeId: programme.id, organizationId, status: TrainingPartnerStatus.INVITED, invitedBy: ctx.userId ?? null })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new InvalidInputError('This organisation is already invited to (or a partner of) the programme', 'input.organizationId');
    const partner = await manager.findOneByOrFail(TrainingPartnerEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, 'training_partner.invited', 'TrainingPartner', partner.id, [programme.runnerOrganizationId, organizationId], {
      organizationId: { before: null, after: organizationId },
      status: { before: null, after: partner.status },
    });
    return TrainingPartnerModel.fromEntity(partner);
  }

  /** The partner's editors accept (ACTIVE) or decline an invitation. */
  async answer(ctx: RequestContext, input: AnswerTrainingInvitationInput): Promise<TrainingPartnerModel | VersionConflictError | InvalidTrainingPartnerTransitionError> {
    const { manager, partner, programme } = await this.lockPartner(ctx, input.partnerId);
    if (partner.version !== input.expectedVersion) return new VersionConflictError(partner.version);
    const status = input.accept ? TrainingPartnerStatus.ACTIVE : TrainingPartnerStatus.DECLINED;
    if (!trainingPartnerLifecycle.canMove(partner.status, status)) {
      return new InvalidTrainingPartnerTransitionError(partner.status, status, trainingPartnerLifecycle.allowedFrom(partner.status));
    }
    const conflict = await updateVersioned(manager, TrainingPartnerEntity, partner, { status, answeredBy: ctx.userId ?? null, answeredAt: () => 'now()' } as object, input.expectedVersion);
    if (conflict) return conflict;
    await this.record(ctx, input.accept ? 'training_partner.accepted' : 'training_partner.declined', 'TrainingPartner', partner.id, [programme.runnerOrganizationId, partner.organizationId], {
      status: { before: partner.status, after: status },
    });
    return TrainingPartnerModel.fromEntity(await manager.findOneByOrFail(TrainingPartnerEntity, { id: partner.id }));
  }

  /** An ACTIVE partner's editors record (or correct) what it funds and hires for one intake year; the partner's version moves. */
  async recordContribution(
    ctx: RequestContext,
    input: RecordTrainingContributionInput,
  ): Promise<TrainingPartnerModel | VersionConflictError | TrainingPartnerStateError | InvalidInputError> {
    const { manager, partner, programme } = await this.lockPartner(ctx, input.partnerId);
    if (partner.version !== input.expectedVersion) return new VersionConflictError(partner.version);
    if (partner.status !== TrainingPartnerStatus.ACTIVE) return new TrainingPartnerStateError(partner.status);
    const problem = await this.futureYearProblem(ctx, input.year);
    if (problem) return problem;
    const [before]: { seats_funded: number; graduates_hired: number }[] = await manager.query(
      `SELECT seats_funded, graduates_hired FROM training_contribution WHERE partner_id = $1 AND year = $2`,
      [partner.id, input.year],
    );
    await manager
      .createQueryBuilder()
      .insert()
      .into(TrainingContributionEntity)
      .values({ partnerId: partner.id, year: input.year, seatsFunded: input.seatsFunded, graduatesHired: input.graduatesHired })
      .orUpdate(['seats_funded', 'graduates_hired', 'updated_at'], ['partner_id', 'year'])
      .execute();
    await updateLocked(manager, TrainingPartnerEntity, partner.id, {});
    await this.record(ctx, 'training_partner.contribution_recorded', 'TrainingPartner', partner.id, [programme.runnerOrganizationId, partner.organizationId], {
      year: { before: null, after: input.year },
      seatsFunded: { before: before?.seats_funded ?? null, after: input.seatsFunded },
      graduatesHired: { before: before?.graduates_hired ?? null, after: input.graduatesHired },
    });
    return TrainingPartnerModel.fromEntity(await manager.findOneByOrFail(TrainingPartnerEntity, { id: partner.id }));
  }

  // ---- Fields of objects built here (mutation answers); lists and queries are read in SQL (training.read.ts) ----

  async programmeOf(ctx: RequestContext, programmeId: string): Promise<TrainingProgrammeModel | null> {
    const entity = await managerOf(ctx, this.dataSource).findOneBy(TrainingProgrammeEntity, { id: programmeId });
    return entity ? TrainingProgrammeModel.fromEntity(entity) : null;
  }

  /** The partners the caller sees: ACTIVE ones, and all of them to members of the runner and of each partner itself. */
  async partnersOf(ctx: RequestContext, programme: TrainingProgrammeModel): Promise<TrainingPartnerModel[]> {
    const partners = await managerOf(ctx, this.dataSource).find(TrainingPartnerEntity, { where: { programmeId: programme.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const runnerReads = await this.access.can(ctx, 'organization.read', programme.runnerOrganizationId);
    const readable = await this.access.checkAccess(ctx, 'organization.read', partners.map((partner) => partner.organizationId));
    return partners
      .filter((partner) => partner.status === TrainingPartnerStatus.ACTIVE || runnerReads || readable.has(partner.organizationId))
      .map(TrainingPartnerModel.fromEntity);
  }

  async intakesOf(ctx: RequestContext, programmeId: string): Promise<TrainingIntakeModel[]> {
    const rows = await managerOf(ctx, this.dataSource).find(TrainingIntakeEntity, { where: { programmeId }, order: { year: 'ASC' } });
    return rows.map((row) => Object.assign(new TrainingIntakeModel(), { year: row.year, trainees: row.trainees, graduates: row.graduates }));
  }

  async contributionsOf(ctx: RequestContext, partnerId: string): Promise<TrainingContributionModel[]> {
    const rows = await managerOf(ctx, this.dataSource).find(TrainingContributionEntity, { where: { partnerId }, order: { year: 'ASC' } });
    return rows.map((row) => Object.assign(new TrainingContributionModel(), { year: row.year, seatsFunded: row.seatsFunded, graduatesHired: row.graduatesHired }));
  }

  /** The programme locked for a change by the runner's editors (NOT_FOUND for an unknown id, FORBIDDEN to others: it is public). */
  private async lockProgramme(ctx: RequestContext, id: string): Promise<{ manager: EntityManager; programme: TrainingProgrammeEntity }> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await manager.findOne(TrainingProgrammeEntity, { where: { id }, select: { id: true, runnerOrganizationId: true } });
    if (!seen) throw notFound('training programme');
    // The programme is public: those who may not change it are told so.
    if (!(await this.access.can(ctx, 'organization.write', seen.runnerOrganizationId))) throw this.access.forbidden(ctx, 'Only editors and admins of the runner may do this');
    const programme = await manager.getRepository(TrainingProgrammeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!programme) throw notFound('training programme');
    return { manager, programme };
  }

  /**
   * The partner locked for its own editors' change. Those who may not see an invitation or refusal
   * (anyone but the members of the runner and of the partner) are told it does not exist; others
   * who may not change it, FORBIDDEN.
   */
  private async lockPartner(ctx: RequestContext, id: string): Promise<{ manager: EntityManager; partner: TrainingPartnerEntity; programme: TrainingProgrammeEntity }> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await manager.findOne(TrainingPartnerEntity, { where: { id }, select: { id: true, organizationId: true, programmeId: true, status: true } });
    if (!seen) throw notFound('training partner');
    const programme = await manager.findOneByOrFail(TrainingProgrammeEntity, { id: seen.programmeId });
    if (seen.status !== TrainingPartnerStatus.ACTIVE && !(await this.access.canAny(ctx, 'organization.read', [seen.organizationId, programme.runnerOrganizationId]))) {
      throw notFound('training partner');
    }
    if (!(await this.access.can(ctx, 'organization.write', seen.organizationId))) throw this.access.forbidden(ctx, 'Only editors and admins of the partner organisation may do this');
    const partner = await manager.getRepository(TrainingPartnerEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!partner) throw notFound('training partner');
    return { manager, partner, programme };
  }

  private async futureYearProblem(ctx: RequestContext, year: number): Promise<InvalidInputError | undefined> {
    const thisYear = Number((await databaseToday(ctx, this.dataSource)).slice(0, 4));
    return year > thisYear ? new InvalidInputError(`year must not be after this year (${thisYear}): record an intake once it is admitted`, 'input.year') : undefined;
  }

  private async record(ctx: RequestContext, action: string, entityType: string, entityId: string, organizationIds: string[], changes: AuditChanges): Promise<void> {
    await this.audit.recordForEach(ctx, organizationIds, { action, entityType, entityId, changes });
  }
}

function periodProblem(startsOn: string, endsOn: string | null): InvalidInputError | undefined {
  return endsOn && endsOn < startsOn ? new InvalidInputError(`endsOn (${endsOn}) must not be before startsOn (${startsOn})`, 'input.endsOn') : undefined;
}
