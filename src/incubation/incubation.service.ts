import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, changesBetween, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { actingUserId } from '../common/acting-user.js';
import { databaseToday, futureDayProblem } from '../common/database-today.js';
import { foundOr, notFound } from '../common/errors.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { exactlyOneOf } from '../common/validation.js';
import { updateVersioned } from '../database/versioned-update.js';
import { OrganizationAdminService } from '../organizations/organization-admin.service.js';
import type { SlugTakenError } from '../organizations/organization.errors.js';
import type {
  AddIncubationMilestoneInput,
  AddIncubationReportInput,
  ApplyToIncubationCohortInput,
  AssignIncubationMentorInput,
  ChangeIncubationApplicationStatusInput,
  CreateIncubationCohortInput,
  CreateIncubationProgrammeInput,
  EndIncubationMentorInput,
  MarkIncubationMilestoneInput,
  SetIncubationConsentInput,
  UpdateIncubationCohortInput,
  UpdateIncubationProgrammeInput,
} from './dto/incubation.inputs.js';
import {
  IncubationApplicationEntity,
  IncubationCohortEntity,
  IncubationMentorEntity,
  IncubationMilestoneEntity,
  IncubationProgrammeEntity,
  IncubationReportEntity,
} from './incubation.entity.js';
import {
  admittedStatuses,
  applicationLifecycle,
  cohortLifecycle,
  endings,
  IncubationApplicationStatus,
  IncubationCohortStatus,
  IncubationMilestoneStatus,
  milestoneLifecycle,
  startupMoves,
} from './incubation.enums.js';
import {
  IncubationCohortNotOpenError,
  InvalidIncubationApplicationTransitionError,
  InvalidIncubationCohortTransitionError,
  InvalidIncubationMilestoneTransitionError,
} from './incubation.errors.js';

const programmeFields: (keyof IncubationProgrammeEntity)[] = ['organizationId', 'kind', 'name', 'nameEn', 'description', 'website'];
const cohortFields: (keyof IncubationCohortEntity)[] = ['programmeId', 'name', 'startsOn', 'endsOn', 'applicationsCloseOn', 'seats', 'status'];
const applicationFields: (keyof IncubationApplicationEntity)[] = ['cohortId', 'startupOrganizationId', 'pitch', 'status', 'decisionReason', 'endedOn', 'publicConsent'];
const mentorFields: (keyof IncubationMentorEntity)[] = ['applicationId', 'userId', 'organizationId', 'since', 'endedOn'];
const milestoneFields: (keyof IncubationMilestoneEntity)[] = ['applicationId', 'title', 'dueOn', 'status', 'metOn', 'note'];
const reportFields: (keyof IncubationReportEntity)[] = ['applicationId', 'periodStart', 'periodEnd', 'fundsRaised', 'currency', 'jobs'];

/** What a write answers: the id of the record written (read back by the resolver as queries read it), or why not. */
type Written<E> = Promise<string | E>;

/** Why a cohort's days do not fit together, or undefined. */
function cohortDaysProblem(days: { startsOn: string; endsOn: string; applicationsCloseOn: string | null }): InvalidInputError | undefined {
  // YYYY-MM-DD strings compare as the days they name.
  if (days.endsOn < days.startsOn) return new InvalidInputError(`endsOn (${days.endsOn}) must not be before startsOn (${days.startsOn})`, 'input.endsOn');
  if (days.applicationsCloseOn && days.applicationsCloseOn > days.endsOn) {
    return new InvalidInputError(`applicationsCloseOn (${days.applicationsCloseOn}) must not be after endsOn (${days.endsOn})`, 'input.applicationsCloseOn');
  }
  return undefined;
}

/**
 * Incubation: programmes and cohorts (the runner's editors), startups' applications and what follows
 * admission. Rights come from the one access layer: programme and cohort writes from the runner's
 * 'organization.write', a file's from the 'incubation.*' permissions. Every change is audited in its
 * transaction, once for each organisation party to it (the runner and, for a file, the startup), so
 * both hear of it through their trails, subscriptions and webhooks.
 */
@Injectable()
export class IncubationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organizationAdmin: OrganizationAdminService,
  ) {}

  // ---- Programmes ----

  async createProgramme(ctx: RequestContext, input: CreateIncubationProgrammeInput): Written<InvalidInputError> {
    await this.access.requireAccess(ctx, 'organization.write', input.organizationId);
    const manager = managerOf(ctx, this.dataSource);
    const programme = await manager.save(
      manager.create(IncubationProgrammeEntity, {
        organizationId: input.organizationId,
        kind: input.kind,
        name: input.name,
        nameEn: input.nameEn ?? null,
        description: input.description ?? null,
        website: input.website ?? null,
        createdBy: actingUserId(ctx),
      }),
    );
    await this.record(ctx, 'incubation_programme.created', 'IncubationProgramme', programme.id, [programme.organizationId], changesBetween(null, programme, programmeFields));
    return programme.id;
  }

  async updateProgramme(ctx: RequestContext, input: UpdateIncubationProgrammeInput): Written<VersionConflictError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await manager.findOne(IncubationProgrammeEntity, { where: { id: input.id }, select: { id: true, organizationId: true } });
    if (!seen) throw notFound('programme');
    await this.access.requireAccess(ctx, 'organization.write', seen.organizationId);
    const current = await this.locked(manager, IncubationProgrammeEntity, input.id, 'programme');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const changes = {
      kind: input.kind ?? current.kind,
      name: input.name ?? current.name,
      nameEn: input.nameEn === undefined ? current.nameEn : input.nameEn,
      description: input.description === undefined ? current.description : input.description,
      website: input.website === undefined ? current.website : input.website,
    };
    const conflict = await updateVersioned(manager, IncubationProgrammeEntity, current, changes, input.expectedVersion);
    if (conflict) return conflict;
    await this.record(ctx, 'incubation_programme.updated', 'IncubationProgramme', current.id, [current.organizationId], changesBetween(current, { ...current, ...changes }, programmeFields));
    return current.id;
  }

  // ---- Cohorts ----

  async createCohort(ctx: RequestContext, input: CreateIncubationCohortInput): Written<InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const programme = await manager.findOne(IncubationProgrammeEntity, { where: { id: input.programmeId }, select: { id: true, organizationId: true } });
    if (!programme) throw notFound('programme', 'input.programmeId');
    await this.access.requireAccess(ctx, 'organization.write', programme.organizationId);
    const days = { startsOn: input.startsOn, endsOn: input.endsOn, applicationsCloseOn: input.applicationsCloseOn ?? null };
    const problem = cohortDaysProblem(days);
    if (problem) return problem;
    const cohort = await manager.save(manager.create(IncubationCohortEntity, { programmeId: programme.id, name: input.name, ...days, seats: input.seats ?? null }));
    await this.record(ctx, 'incubation_cohort.created', 'IncubationCohort', cohort.id, [programme.organizationId], changesBetween(null, cohort, cohortFields));
    return cohort.id;
  }

  async updateCohort(ctx: RequestContext, input: UpdateIncubationCohortInput): Written<VersionConflictError | InvalidInputError | InvalidIncubationCohortTransitionError> {
    const manager = managerOf(ctx, this.dataSource);
    const runner = await this.cohortRunner(manager, input.id);
    await this.access.requireAccess(ctx, 'organization.write', runner);
    const current = await this.locked(manager, IncubationCohortEntity, input.id, 'cohort');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (input.status != null && input.status !== current.status && !cohortLifecycle.canMove(current.status, input.status)) {
      return new InvalidIncubationCohortTransitionError(current.status, input.status, cohortLifecycle.allowedFrom(current.status));
    }
    const changes = {
      name: input.name ?? current.name,
      startsOn: input.startsOn ?? current.startsOn,
      endsOn: input.endsOn ?? current.endsOn,
      applicationsCloseOn: input.applicationsCloseOn === undefined ? current.applicationsCloseOn : input.applicationsCloseOn,
      seats: input.seats === undefined ? current.seats : input.seats,
      status: input.status ?? current.status,
    };
    const problem = cohortDaysProblem(changes);
    if (problem) return problem;
    const conflict = await updateVersioned(manager, IncubationCohortEntity, current, changes, input.expectedVersion);
    if (conflict) return conflict;
    const action = changes.status !== current.status ? 'incubation_cohort.status_changed' : 'incubation_cohort.updated';
    await this.record(ctx, action, 'IncubationCohort', current.id, [runner], changesBetween(current, { ...current, ...changes }, cohortFields));
    return current.id;
  }

  // ---- Applications ----

  /** The startup's editors apply to an OPEN cohort, naming their startup or creating one (the caller becomes its admin). */
  async apply(ctx: RequestContext, input: ApplyToIncubationCohortInput): Written<InvalidInputError | SlugTakenError | IncubationCohortNotOpenError> {
    const given = exactlyOneOf(input, ['startupOrganizationId', 'newStartup'], 'input.');
    const manager = managerOf(ctx, this.dataSource);
    // Shared lock: the cohort cannot close while the application is written.
    const cohort = await manager.findOne(IncubationCohortEntity, { where: { id: input.cohortId }, lock: { mode: 'pessimistic_read' } });
    if (!cohort) throw notFound('cohort', 'input.cohortId');
    const runner = await this.cohortRunner(manager, cohort.id);
    if (given === 'startupOrganizationId') await this.access.requireAccess(ctx, 'organization.write', input.startupOrganizationId!);
    const today = await databaseToday(ctx, this.dataSource);
    if (cohort.status !== IncubationCohortStatus.OPEN || (cohort.applicationsCloseOn !== null && cohort.applicationsCloseOn < today)) {
      return new IncubationCohortNotOpenError(cohort.status, cohort.applicationsCloseOn);
    }
    const startupId = await this.organizationAdmin.startup(ctx, input.startupOrganizationId, input.newStartup, { existing: 'input.startupOrganizationId', created: 'input.newStartup' });
    if (typeof startupId !== 'string') return startupId;
    if (startupId === runner) return new InvalidInputError('A programme’s runner does not apply to its own cohort', 'input.startupOrganizationId');
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(IncubationApplicationEntity)
      .values({ cohortId: cohort.id, startupOrganizationId: startupId, pitch: input.pitch, appliedBy: actingUserId(ctx) })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new InvalidInputError('This startup has already applied to this cohort', 'input.startupOrganizationId');
    const application = await manager.findOneByOrFail(IncubationApplicationEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, 'incubation_application.applied', 'IncubationApplication', application.id, [runner, startupId], changesBetween(null, application, applicationFields));
    return application.id;
  }

  /**
   * Moves an application along its lifecycle: the runner's editors admit, decline, graduate and fail
   * it; the startup's editors withdraw it or leave. Admission respects the cohort's seats.
   */
  async changeStatus(
    ctx: RequestContext,
    input: ChangeIncubationApplicationStatusInput,
  ): Written<VersionConflictError | InvalidInputError | InvalidIncubationApplicationTransitionError> {
    await this.access.requireAccess(ctx, startupMoves.has(input.status) ? 'incubation.startup' : 'incubation.decide', input.id);
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.locked(manager, IncubationApplicationEntity, input.id, 'application');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (!applicationLifecycle.canMove(current.status, input.status)) {
      return new InvalidIncubationApplicationTransitionError(current.status, input.status, applicationLifecycle.allowedFrom(current.status));
    }
    const today = await databaseToday(ctx, this.dataSource);
    const ending = endings.has(input.status);
    if (!ending && input.endedOn != null) return new InvalidInputError('endedOn is given only when an admission ends (GRADUATED, LEFT, FAILED)', 'input.endedOn');
    const future = futureDayProblem(today, [['input.endedOn', input.endedOn]]);
    if (future) return future;
    if (input.status === IncubationApplicationStatus.ADMITTED) {
      const full = await this.seatsTaken(manager, current.cohortId);
      if (full) return full;
    }
    const decides = input.status === IncubationApplicationStatus.ADMITTED || input.status === IncubationApplicationStatus.DECLINED;
    const changes = {
      status: input.status,
      endedOn: ending ? (input.endedOn ?? today) : null,
      decisionReason: input.reason === undefined ? current.decisionReason : input.reason,
      ...(decides ? { decidedAt: () => 'now()', decidedBy: actingUserId(ctx) } : {}),
    };
    const conflict = await updateVersioned(manager, IncubationApplicationEntity, current, changes, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(IncubationApplicationEntity, { id: current.id });
    await this.recordApplication(ctx, `incubation_application.${input.status.toLowerCase()}`, current, changesBetween(current, after, applicationFields));
    return current.id;
  }

  /** The startup's editors say whether its graduation may be shown publicly: consent is the startup's own, which platform admins do not give. */
  async setConsent(ctx: RequestContext, input: SetIncubationConsentInput): Written<VersionConflictError> {
    await this.access.requireAccess(ctx, 'incubation.startup', input.id);
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.locked(manager, IncubationApplicationEntity, input.id, 'application');
    await this.access.requireAccess(ctx, 'organization.speakFor', current.startupOrganizationId);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const conflict = await updateVersioned(manager, IncubationApplicationEntity, current, { publicConsent: input.publicConsent }, input.expectedVersion);
    if (conflict) return conflict;
    await this.recordApplication(ctx, 'incubation_application.consent_changed', current, changesBetween(current, { ...current, publicConsent: input.publicConsent }, applicationFields));
    return current.id;
  }

  // ---- Mentors ----

  /** The runner's editors assign a mentor, an active member of the organisation they come from, to an admitted startup. */
  async assignMentor(ctx: RequestContext, input: AssignIncubationMentorInput): Written<InvalidInputError> {
    await this.access.requireAccess(ctx, 'incubation.decide', input.applicationId);
    const manager = managerOf(ctx, this.dataSource);
    const application = await this.admitted(manager, input.applicationId, [IncubationApplicationStatus.ADMITTED]);
    if (application instanceof InvalidInputError) return application;
    const since = input.since ?? (await databaseToday(ctx, this.dataSource));
    const future = futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.since', since]]);
    if (future) return future;
    const [member]: unknown[] = await manager.query(`SELECT 1 FROM membership_role WHERE user_id = $1 AND organization_id = $2 AND status = 'ACTIVE'`, [input.userId, input.organizationId]);
    if (!member) return new InvalidInputError('The mentor must be an active member of the organisation they come from', 'input.userId');
    const existing = await manager.findOne(IncubationMentorEntity, { where: { applicationId: application.id, userId: input.userId } });
    if (existing && existing.endedOn === null) return new InvalidInputError('This person already mentors this startup', 'input.userId');
    const values = { organizationId: input.organizationId, since, endedOn: null, assignedBy: actingUserId(ctx) };
    const mentor = existing
      ? await manager.save(IncubationMentorEntity, { ...existing, ...values })
      : await manager.save(manager.create(IncubationMentorEntity, { applicationId: application.id, userId: input.userId, ...values }));
    await this.recordApplication(ctx, 'incubation_mentor.assigned', application, changesBetween(existing, mentor, mentorFields), { type: 'IncubationMentor', id: mentor.id });
    return mentor.id;
  }

  async endMentor(ctx: RequestContext, input: EndIncubationMentorInput): Written<InvalidInputError> {
    await this.access.requireAccess(ctx, 'incubation.decide', input.applicationId);
    const manager = managerOf(ctx, this.dataSource);
    const application = await this.locked(manager, IncubationApplicationEntity, input.applicationId, 'application');
    const mentor = await manager.findOne(IncubationMentorEntity, { where: { applicationId: application.id, userId: input.userId } });
    if (!mentor || mentor.endedOn !== null) return new InvalidInputError('This person does not mentor this startup now', 'input.userId');
    const today = await databaseToday(ctx, this.dataSource);
    const endedOn = input.endedOn ?? today;
    const future = futureDayProblem(today, [['input.endedOn', endedOn]]);
    if (future) return future;
    if (endedOn < mentor.since) return new InvalidInputError(`endedOn must not be before the mentoring began (${mentor.since})`, 'input.endedOn');
    const ended = await manager.save(IncubationMentorEntity, { ...mentor, endedOn });
    await this.recordApplication(ctx, 'incubation_mentor.ended', application, changesBetween(mentor, ended, mentorFields), { type: 'IncubationMentor', id: mentor.id });
    return mentor.id;
  }

  // ---- Milestones ----

  async addMilestone(ctx: RequestContext, input: AddIncubationMilestoneInput): Written<InvalidInputError> {
    await this.access.requireAccess(ctx, 'incubation.plan', input.applicationId);
    const manager = managerOf(ctx, this.dataSource);
    const application = await this.admitted(manager, input.applicationId, [IncubationApplicationStatus.ADMITTED]);
    if (application instanceof InvalidInputError) return application;
    const milestone = await manager.save(
      manager.create(IncubationMilestoneEntity, { applicationId: application.id, title: input.title, dueOn: input.dueOn, note: input.note ?? null, createdBy: actingUserId(ctx) }),
    );
    await this.recordApplication(ctx, 'incubation_milestone.added', application, changesBetween(null, milestone, milestoneFields), { type: 'IncubationMilestone', id: milestone.id });
    return milestone.id;
  }

  /** The application's current mentors and the runner's editors mark a milestone met, missed or dropped. */
  async markMilestone(ctx: RequestContext, input: MarkIncubationMilestoneInput): Written<VersionConflictError | InvalidInputError | InvalidIncubationMilestoneTransitionError> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await manager.findOne(IncubationMilestoneEntity, { where: { id: input.id }, select: { id: true, applicationId: true } });
    if (!seen) throw notFound('milestone');
    await this.access.requireAccess(ctx, 'incubation.mentor', seen.applicationId);
    const current = await this.locked(manager, IncubationMilestoneEntity, input.id, 'milestone');
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    if (!milestoneLifecycle.canMove(current.status, input.status)) {
      return new InvalidIncubationMilestoneTransitionError(current.status, input.status, milestoneLifecycle.allowedFrom(current.status));
    }
    const met = input.status === IncubationMilestoneStatus.MET;
    if (!met && input.metOn != null) return new InvalidInputError('metOn is given only for MET', 'input.metOn');
    const today = await databaseToday(ctx, this.dataSource);
    const future = futureDayProblem(today, [['input.metOn', input.metOn]]);
    if (future) return future;
    const changes = { status: input.status, metOn: met ? (input.metOn ?? today) : null, note: input.note === undefined ? current.note : input.note };
    const conflict = await updateVersioned(manager, IncubationMilestoneEntity, current, changes, input.expectedVersion);
    if (conflict) return conflict;
    const application = await manager.findOneByOrFail(IncubationApplicationEntity, { id: current.applicationId });
    await this.recordApplication(ctx, `incubation_milestone.${input.status.toLowerCase()}`, application, changesBetween(current, { ...current, ...changes }, milestoneFields), {
      type: 'IncubationMilestone',
      id: current.id,
    });
    return current.id;
  }

  // ---- Reports ----

  /** The startup's editors report a period's funds raised and jobs, once per period, from admission on. */
  async addReport(ctx: RequestContext, input: AddIncubationReportInput): Written<InvalidInputError> {
    await this.access.requireAccess(ctx, 'incubation.startup', input.applicationId);
    const manager = managerOf(ctx, this.dataSource);
    const application = await this.admitted(manager, input.applicationId, admittedStatuses);
    if (application instanceof InvalidInputError) return application;
    if (input.periodEnd < input.periodStart) return new InvalidInputError(`periodEnd (${input.periodEnd}) must not be before periodStart (${input.periodStart})`, 'input.periodEnd');
    const future = futureDayProblem(await databaseToday(ctx, this.dataSource), [['input.periodEnd', input.periodEnd]]);
    if (future) return future;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(IncubationReportEntity)
      .values({
        applicationId: application.id,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        fundsRaised: input.fundsRaised.amount,
        currency: input.fundsRaised.currency,
        jobs: input.jobs,
        reportedBy: actingUserId(ctx),
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) return new InvalidInputError('This period is already reported', 'input.periodStart');
    const report = await manager.findOneByOrFail(IncubationReportEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.recordApplication(ctx, 'incubation_report.added', application, changesBetween(null, report, reportFields), { type: 'IncubationReport', id: report.id });
    return report.id;
  }

  // ---- Helpers ----

  private async locked<E extends { id: string }>(manager: EntityManager, entity: new () => E, id: string, what: string): Promise<E> {
    return foundOr(await manager.getRepository(entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } }), what);
  }

  /** The organisation running the cohort's programme. */
  private async cohortRunner(manager: EntityManager, cohortId: string): Promise<string> {
    const [row]: { organization_id: string }[] = await manager.query(
      `SELECT p.organization_id FROM incubation_cohort c JOIN incubation_programme p ON p.id = c.programme_id WHERE c.id = $1`,
      [cohortId],
    );
    if (!row) throw notFound('cohort');
    return row.organization_id;
  }

  /** The application, locked, when its status is one of `statuses`; why not otherwise. */
  private async admitted(manager: EntityManager, id: string, statuses: readonly IncubationApplicationStatus[]): Promise<IncubationApplicationEntity | InvalidInputError> {
    const application = await this.locked(manager, IncubationApplicationEntity, id, 'application');
    if (statuses.includes(application.status)) return application;
    return new InvalidInputError(`The application is ${application.status}; this needs it ${statuses.join(' or ')}`, 'input.applicationId');
  }

  /** A cohort whose seats are all taken, as the problem; undefined when one is free. */
  private async seatsTaken(manager: EntityManager, cohortId: string): Promise<InvalidInputError | undefined> {
    // Locks the cohort so that two admissions cannot both take its last seat.
    const cohort = await this.locked(manager, IncubationCohortEntity, cohortId, 'cohort');
    if (cohort.seats === null) return undefined;
    const [{ taken }]: { taken: number }[] = await manager.query(`SELECT count(*)::int AS taken FROM incubation_application WHERE cohort_id = $1 AND status = ANY($2)`, [
      cohortId,
      admittedStatuses,
    ]);
    return taken >= cohort.seats ? new InvalidInputError(`The cohort’s ${cohort.seats} seats are taken`, 'input.status') : undefined;
  }

  /** Audits a change of a file (or a record in it) for the runner and for the startup. */
  private async recordApplication(
    ctx: RequestContext,
    action: string,
    application: IncubationApplicationEntity,
    changes: AuditChanges,
    entity: { type: string; id: string } = { type: 'IncubationApplication', id: application.id },
  ): Promise<void> {
    const runner = await this.cohortRunner(managerOf(ctx, this.dataSource), application.cohortId);
    await this.record(ctx, action, entity.type, entity.id, [runner, application.startupOrganizationId], changes);
  }

  private async record(ctx: RequestContext, action: string, entityType: string, entityId: string, organizationIds: string[], changes: AuditChanges): Promise<void> {
    await this.audit.recordForEach(ctx, organizationIds, { action, entityType, entityId, changes });
  }
}
