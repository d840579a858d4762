import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { IncubationApplicationStatus, IncubationCohortStatus, IncubationMilestoneStatus, IncubationProgrammeKind } from './incubation.enums.js';

/** An incubation or acceleration programme, run by an organisation (an incubator, a university unit, an intermediary). */
@Entity('incubation_programme')
@Index('incubation_programme_created_at_id_idx', { synchronize: false })
@Index('incubation_programme_organization_idx', { synchronize: false })
@Index('incubation_programme_kind_idx', { synchronize: false })
@Index('incubation_programme_created_by_idx', { synchronize: false })
@Index('incubation_programme_search_idx', { synchronize: false })
@Check('incubation_programme_kind_known', `kind IN ('INCUBATOR', 'ACCELERATOR')`)
@Check('incubation_programme_name_present', `length(btrim(name)) BETWEEN 1 AND 300`)
@Check('incubation_programme_website_url', `website IS NULL OR website ~ '^https?://'`)
@Check('incubation_programme_version_positive', `version > 0`)
export class IncubationProgrammeEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The runner; never changes. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'incubation_programme_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  kind: IncubationProgrammeKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'incubation_programme_created_by_fk' })
  creator?: UserEntity;
}

/** One intake of a programme: its dates, its seats and where it stands. */
@Entity('incubation_cohort')
@Index('incubation_cohort_programme_idx', { synchronize: false })
@Check('incubation_cohort_name_present', `length(btrim(name)) BETWEEN 1 AND 200`)
@Check('incubation_cohort_dates_ordered', `ends_on >= starts_on`)
@Check('incubation_cohort_applications_close_in_time', `applications_close_on IS NULL OR applications_close_on <= ends_on`)
@Check('incubation_cohort_seats_positive', `seats IS NULL OR seats > 0`)
@Check('incubation_cohort_status_known', `status IN ('PLANNED', 'OPEN', 'RUNNING', 'FINISHED', 'CANCELLED')`)
@Check('incubation_cohort_version_positive', `version > 0`)
export class IncubationCohortEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => IncubationProgrammeEntity)
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'incubation_cohort_programme_fk' })
  programme?: IncubationProgrammeEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'applications_close_on', type: 'date', nullable: true })
  applicationsCloseOn: string | null;

  @Column({ type: 'integer', nullable: true })
  seats: number | null;

  @Column({ type: 'text', default: 'PLANNED' })
  status: IncubationCohortStatus;
}

/** A startup's file in a cohort: its application, the runner's decision, and how it ended. */
@Entity('incubation_application')
@Index('incubation_application_cohort_startup_key', { synchronize: false })
@Index('incubation_application_cohort_idx', { synchronize: false })
@Index('incubation_application_startup_idx', { synchronize: false })
@Index('incubation_application_created_at_id_idx', { synchronize: false })
@Index('incubation_application_decided_by_idx', { synchronize: false })
@Index('incubation_application_applied_by_idx', { synchronize: false })
@Check('incubation_application_pitch_length', `length(pitch) BETWEEN 1 AND 10000`)
@Check('incubation_application_status_known', `status IS NOT NULL`)
@Check('incubation_application_decided', `(decided_at IS NULL) = (status IN ('APPLIED', 'WITHDRAWN'))`)
@Check('incubation_application_ended', `(ended_on IS NULL) = (status NOT IN ('GRADUATED', 'LEFT', 'FAILED'))`)
@Check('incubation_application_version_positive', `version > 0`)
export class IncubationApplicationEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => IncubationCohortEntity)
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'incubation_application_cohort_fk' })
  cohort?: IncubationCohortEntity;

  @Column({ name: 'startup_organization_id', type: 'uuid' })
  startupOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'startup_organization_id', foreignKeyConstraintName: 'incubation_application_startup_fk' })
  startup?: OrganizationEntity;

  /** Confidential: the parties to the file only. */
  @Column({ type: 'text' })
  pitch: string;

  @Column({ type: 'text', default: 'APPLIED' })
  status: IncubationApplicationStatus;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'incubation_application_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'public_consent', type: 'boolean', default: false })
  publicConsent: boolean;

  @Column({ name: 'applied_by', type: 'uuid' })
  appliedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'applied_by', foreignKeyConstraintName: 'incubation_application_applied_by_fk' })
  applicant?: UserEntity;
}

/** A person mentoring an admitted startup, for the organisation they come from (any helix). */
@Entity('incubation_mentor')
@Index('incubation_mentor_application_user_key', { synchronize: false })
@Index('incubation_mentor_user_idx', { synchronize: false })
@Index('incubation_mentor_organization_idx', { synchronize: false })
@Index('incubation_mentor_assigned_by_idx', { synchronize: false })
@Check('incubation_mentor_dates_ordered', `ended_on IS NULL OR ended_on >= since`)
export class IncubationMentorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => IncubationApplicationEntity)
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'incubation_mentor_application_fk' })
  application?: IncubationApplicationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'incubation_mentor_user_fk' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'incubation_mentor_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'date' })
  since: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'assigned_by', foreignKeyConstraintName: 'incubation_mentor_assigned_by_fk' })
  assigner?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** A milestone an admitted startup works towards. */
@Entity('incubation_milestone')
@Index('incubation_milestone_application_idx', { synchronize: false })
@Index('incubation_milestone_created_by_idx', { synchronize: false })
@Check('incubation_milestone_title_present', `length(btrim(title)) BETWEEN 1 AND 300`)
@Check('incubation_milestone_status_known', `status IN ('PLANNED', 'MET', 'MISSED', 'DROPPED')`)
@Check('incubation_milestone_met_on', `(status = 'MET') = (met_on IS NOT NULL)`)
@Check('incubation_milestone_version_positive', `version > 0`)
export class IncubationMilestoneEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => IncubationApplicationEntity)
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'incubation_milestone_application_fk' })
  application?: IncubationApplicationEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status: IncubationMilestoneStatus;

  @Column({ name: 'met_on', type: 'date', nullable: true })
  metOn: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'incubation_milestone_created_by_fk' })
  creator?: UserEntity;
}

/** What a startup reports for a period: funds raised (ISO 4217) and jobs. Confidential to the parties. */
@Entity('incubation_report')
@Index('incubation_report_period_key', { synchronize: false })
@Index('incubation_report_reported_by_idx', { synchronize: false })
@Check('incubation_report_period_ordered', `period_end >= period_start`)
@Check('incubation_report_funds_not_negative', `funds_raised >= 0`)
@Check('incubation_report_jobs_not_negative', `jobs >= 0`)
@Check('incubation_report_money_iso4217', `(currency IS NULL OR currency_minor_unit(currency) IS NOT NULL) AND money_fits(funds_raised, currency)`)
export class IncubationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => IncubationApplicationEntity)
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'incubation_report_application_fk' })
  application?: IncubationApplicationEntity;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ name: 'funds_raised', type: 'numeric', precision: 20, scale: 2 })
  fundsRaised: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'integer' })
  jobs: number;

  @Column({ name: 'reported_by', type: 'uuid' })
  reportedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'reported_by', foreignKeyConstraintName: 'incubation_report_reported_by_fk' })
  reporter?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

export const incubationEntities = [
  IncubationProgrammeEntity,
  IncubationCohortEntity,
  IncubationApplicationEntity,
  IncubationMentorEntity,
  IncubationMilestoneEntity,
  IncubationReportEntity,
];
