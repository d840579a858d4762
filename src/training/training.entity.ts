import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { TrainingPartnerStatus } from './training.enums.js';

/** A curriculum a university (or one of its units) runs with businesses. Public. */
@Entity('training_programme')
@Index('training_programme_runner_idx', { synchronize: false })
@Index('training_programme_created_at_id_idx', { synchronize: false })
@Index('training_programme_search_idx', { synchronize: false })
@Check('training_programme_title_present', `length(btrim(title)) BETWEEN 1 AND 300`)
@Check('training_programme_title_en_length', `title_en IS NULL OR length(title_en) <= 300`)
@Check('training_programme_description_length', `description IS NULL OR length(description) <= 5000`)
@Check('training_programme_curriculum_url_web', `curriculum_url IS NULL OR (curriculum_url ~ '^https?://' AND length(curriculum_url) <= 2000)`)
@Check('training_programme_field_length', `field IS NULL OR length(field) <= 200`)
@Check('training_programme_period_ordered', `ends_on IS NULL OR ends_on >= starts_on`)
@Check('training_programme_version_positive', `version > 0`)
export class TrainingProgrammeEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The university or university unit that runs it. */
  @Column({ name: 'runner_organization_id', type: 'uuid' })
  runnerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'runner_organization_id', foreignKeyConstraintName: 'training_programme_runner_fk' })
  runner?: OrganizationEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'curriculum_url', type: 'text', nullable: true })
  curriculumUrl: string | null;

  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'training_programme_created_by_fk' })
  creator?: UserEntity;
}

/** An organisation invited to take part in a programme, with its answer. */
@Entity('training_partner')
@Index('training_partner_programme_organization_key', { synchronize: false })
@Index('training_partner_organization_idx', { synchronize: false })
@Check('training_partner_status_known', `status IN ('INVITED', 'ACTIVE', 'DECLINED')`)
@Check('training_partner_answered_when', `(status = 'INVITED') = (answered_at IS NULL)`)
@Check('training_partner_version_positive', `version > 0`)
export class TrainingPartnerEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => TrainingProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'training_partner_programme_fk' })
  programme?: TrainingProgrammeEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'training_partner_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text', default: 'INVITED' })
  status: TrainingPartnerStatus;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'training_partner_invited_by_fk' })
  inviter?: UserEntity;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'answered_by', foreignKeyConstraintName: 'training_partner_answered_by_fk' })
  answerer?: UserEntity;

  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;
}

/** What a partner funds and hires for one intake year of a programme: counts, not people. */
@Entity('training_contribution')
@Check('training_contribution_year_range', `year BETWEEN 1900 AND 2200`)
@Check('training_contribution_counts', `seats_funded BETWEEN 0 AND 100000 AND graduates_hired BETWEEN 0 AND 100000`)
export class TrainingContributionEntity {
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @ManyToOne(() => TrainingPartnerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'training_contribution_partner_fk' })
  partner?: TrainingPartnerEntity;

  @Column({ name: 'seats_funded', type: 'integer', default: 0 })
  seatsFunded: number;

  @Column({ name: 'graduates_hired', type: 'integer', default: 0 })
  graduatesHired: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/** One year's intake of a programme: trainees admitted and how many of them graduated. */
@Entity('training_intake')
@Index('training_intake_programme_year_key', { synchronize: false })
@Check('training_intake_year_range', `year BETWEEN 1900 AND 2200`)
@Check('training_intake_counts', `trainees BETWEEN 0 AND 100000 AND graduates BETWEEN 0 AND trainees`)
export class TrainingIntakeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => TrainingProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'training_intake_programme_fk' })
  programme?: TrainingProgrammeEntity;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  trainees: number;

  @Column({ type: 'integer', default: 0 })
  graduates: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
