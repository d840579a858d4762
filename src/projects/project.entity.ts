import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { IcfFactor, MilestoneKind, MilestoneStatus, ProjectStatus } from './project.enums.js';
import { VersionedEntity } from '../database/versioned.entity.js';
import { type ParticipantRole, type ParticipantStatus, type ProjectVisibility } from '../common/access/vocabulary.js';

@Entity('programme')
@Index('programme_code_key', { synchronize: false })
@Check('programme_code_format', `code IS NOT NULL`)
@Check('programme_name_present', `length(btrim(name)) > 0`)
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'owner_organization_id', foreignKeyConstraintName: 'programme_owner_fk' })
  owner?: OrganizationEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

@Entity('project')
@Check('project_money_iso4217', `(budget_currency IS NULL OR currency_minor_unit(budget_currency) IS NOT NULL) AND money_fits(budget_amount, budget_currency)`)
@Index('project_code_key', { synchronize: false })
@Index('project_created_at_id_idx', { synchronize: false })
@Index('project_updated_at_id_idx', { synchronize: false })
@Index('project_title_id_idx', { synchronize: false })
@Index('project_start_date_id_idx', { synchronize: false })
@Index('project_status_idx', { synchronize: false })
@Index('project_programme_id_idx', { synchronize: false })
@Index('project_icf_factors_idx', { synchronize: false })
@Index('project_helices_idx', { synchronize: false })
@Index('project_search_idx', { synchronize: false })
@Check('project_code_format', `code IS NOT NULL`)
@Check('project_title_present', `length(btrim(title)) > 0`)
@Check('project_status_known', `status IS NOT NULL`)
@Check('project_visibility_known', `visibility IS NOT NULL`)
@Check('project_dates_ordered', `end_date IS NULL OR start_date IS NULL OR end_date >= start_date`)
@Check('project_budget_not_negative', `budget_amount IS NULL OR budget_amount >= 0`)
@Check('project_currency_code', `budget_currency IS NOT NULL`)
@Check('project_icf_factors_known', `icf_factors IS NOT NULL`)
@Check('project_version_positive', `version > 0`)
export class ProjectEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status: ProjectStatus;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** Exact decimal, kept as a string end to end. */
  @Column({ name: 'budget_amount', type: 'numeric', precision: 20, scale: 2, nullable: true })
  budgetAmount: string | null;

  @Column({ name: 'budget_currency', type: 'char', length: 3, default: 'VND' })
  budgetCurrency: string;

  @Column({ type: 'text', default: 'PARTNERS' })
  visibility: ProjectVisibility;

  @Column({ name: 'icf_factors', type: 'text', array: true, default: () => "'{}'" })
  icfFactors: IcfFactor[];

  // What the participations say about the project, kept by triggers (see the ProjectFacts migration).

  /** The active participants' helices, secondary ones included. */
  @Column({ type: 'text', array: true, default: () => "'{}'", insert: false, update: false, select: false })
  helices?: string[];

  /** The active participants' own helices. */
  @Column({ name: 'primary_helices', type: 'text', array: true, default: () => "'{}'", insert: false, update: false, select: false })
  primaryHelices?: string[];

  /** Organisations of the active and invited participants: their members read the confidential fields. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'", insert: false, update: false, select: false })
  readers?: string[];

  /** Organisations of the active participants. */
  @Column({ name: 'participant_ids', type: 'uuid', array: true, default: () => "'{}'", insert: false, update: false, select: false })
  participantIds?: string[];

  /** The active coordinator's organisation. */
  @Column({ name: 'coordinator_id', type: 'uuid', nullable: true, insert: false, update: false, select: false })
  coordinatorId?: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity)
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'project_programme_fk' })
  programme?: ProgrammeEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'project_created_by_fk' })
  creator?: UserEntity;
}

@Entity('project_participant')
@Check('project_participant_money_iso4217', `(cash_currency IS NULL OR currency_minor_unit(cash_currency) IS NOT NULL) AND (in_kind_value_currency IS NULL OR currency_minor_unit(in_kind_value_currency) IS NOT NULL) AND money_fits(cash_amount, cash_currency) AND money_fits(in_kind_value_amount, in_kind_value_currency)`)
@Index('project_participant_open_key', { synchronize: false })
@Index('project_participant_one_coordinator_key', { synchronize: false })
@Index('project_participant_organization_idx', { synchronize: false })
@Index('project_participant_project_idx', { synchronize: false })
@Check('project_participant_role_known', `role IS NOT NULL`)
@Check('project_participant_status_known', `status IS NOT NULL`)
@Check('project_participant_period_ordered', `until IS NULL OR since IS NULL OR until >= since`)
@Check('project_participant_cash_complete', `(cash_amount IS NULL) = (cash_currency IS NULL)`)
@Check('project_participant_in_kind_complete', `(in_kind_value_amount IS NULL) = (in_kind_value_currency IS NULL)`)
export class ParticipantEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_participant_project_fk' })
  project?: ProjectEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** The project's creation time, kept by a trigger: orders an organisation's projects from one index. */
  @Column({ name: 'project_creation_time', type: 'timestamptz', precision: 3, insert: false, update: false, select: false })
  projectCreationTime?: Date;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'project_participant_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  role: ParticipantRole;

  @Column({ type: 'text' })
  status: ParticipantStatus;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ name: 'cash_amount', type: 'numeric', precision: 20, scale: 2, nullable: true })
  cashAmount: string | null;

  @Column({ name: 'cash_currency', type: 'char', length: 3, nullable: true })
  cashCurrency: string | null;

  @Column({ name: 'in_kind_description', type: 'text', nullable: true })
  inKindDescription: string | null;

  @Column({ name: 'in_kind_value_amount', type: 'numeric', precision: 20, scale: 2, nullable: true })
  inKindValueAmount: string | null;

  @Column({ name: 'in_kind_value_currency', type: 'char', length: 3, nullable: true })
  inKindValueCurrency: string | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'project_participant_invited_by_fk' })
  inviter?: UserEntity;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'responded_by', foreignKeyConstraintName: 'project_participant_responded_by_fk' })
  responder?: UserEntity;
}

@Entity('milestone')
@Index('milestone_project_due_idx', { synchronize: false })
@Check('milestone_kind_known', `kind IS NOT NULL`)
@Check('milestone_status_known', `status IS NOT NULL`)
@Check('milestone_title_present', `length(btrim(title)) > 0`)
@Check('milestone_completion_when_done', `(status = 'DONE') = (completed_on IS NOT NULL)`)
export class MilestoneEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'milestone_project_fk' })
  project?: ProjectEntity;

  @Column({ type: 'text', default: 'MILESTONE' })
  kind: MilestoneKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'PLANNED' })
  status: MilestoneStatus;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;
}
