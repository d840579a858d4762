import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { IcfFactor } from '../projects/project.enums.js';

export enum MeasurementStatus {
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

/** A value an organisation reports for an indicator of one ICF factor over a period. */
@Entity('indicator_measurement')
@Index('indicator_measurement_period_key', { synchronize: false })
@Index('indicator_measurement_factor_period_idx', { synchronize: false })
@Index('indicator_measurement_created_at_id_idx', { synchronize: false })
@Check('indicator_measurement_factor_known', `factor IS NOT NULL`)
@Check('indicator_measurement_indicator_present', `length(btrim(indicator)) BETWEEN 1 AND 200`)
@Check('indicator_measurement_unit_present', `length(btrim(unit)) BETWEEN 1 AND 50`)
@Check('indicator_measurement_period_ordered', `period_end >= period_start`)
@Check('indicator_measurement_evidence_link', `evidence_url IS NULL OR evidence_url ~ '^https?://'`)
@Check('indicator_measurement_status_known', `status IS NOT NULL`)
@Check('indicator_measurement_reviewed_when_decided', `(status = 'REPORTED') = (reviewed_at IS NULL)`)
@Check('indicator_measurement_version_positive', `version > 0`)
export class IndicatorMeasurementEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'indicator_measurement_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  factor: IcfFactor;

  @Column({ type: 'text' })
  indicator: string;

  /** Exact decimal string, up to 4 decimals. */
  @Column({ type: 'numeric', precision: 20, scale: 4 })
  value: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', default: MeasurementStatus.REPORTED })
  status: MeasurementStatus;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'indicator_measurement_reviewed_by_fk' })
  reviewer?: UserEntity;

  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ name: 'reported_by', type: 'uuid' })
  reportedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'reported_by', foreignKeyConstraintName: 'indicator_measurement_reported_by_fk' })
  reporter?: UserEntity;
}
