import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { PlacementKind, PlacementSide, PlacementStatus } from './placement.enums.js';

/**
 * A person from one organisation (home) placed at another (host) for a period: an internship, a
 * secondment, an industrial PhD, a joint appointment or lab training. Both sides agree to it; the
 * person may withdraw it, after which no one but the person learns who it was.
 */
@Entity('placement')
@Index('placement_home_idx', { synchronize: false })
@Index('placement_host_idx', { synchronize: false })
@Index('placement_person_idx', { synchronize: false })
@Index('placement_supervisor_idx', { synchronize: false })
@Index('placement_tutor_idx', { synchronize: false })
@Index('placement_created_at_id_idx', { synchronize: false })
@Index('placement_kind_status_idx', { synchronize: false })
@Index('placement_period_idx', { synchronize: false })
@Check('placement_kind_known', `kind IN ('INTERNSHIP', 'SECONDMENT', 'INDUSTRIAL_PHD', 'JOINT_APPOINTMENT', 'LAB_TRAINING')`)
@Check('placement_status_known', `status IN ('PROPOSED', 'AGREED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'WITHDRAWN')`)
@Check('placement_side_known', `proposed_by_side IN ('HOME', 'HOST')`)
@Check('placement_elsewhere', `home_organization_id <> host_organization_id`)
@Check('placement_not_own_supervisor', `supervisor_user_id <> person_user_id AND tutor_user_id <> person_user_id`)
@Check('placement_title_present', `length(btrim(title)) BETWEEN 1 AND 300`)
@Check('placement_topic_length', `topic IS NULL OR length(topic) <= 2000`)
@Check('placement_period_ordered', `ends_on >= starts_on`)
@Check('placement_home_agreement_whole', `(home_agreed_by IS NULL) = (home_agreed_at IS NULL)`)
@Check('placement_host_agreement_whole', `(host_agreed_by IS NULL) = (host_agreed_at IS NULL)`)
@Check('placement_agreed_by_both', `status NOT IN ('AGREED', 'RUNNING', 'COMPLETED') OR (home_agreed_at IS NOT NULL AND host_agreed_at IS NOT NULL)`)
@Check('placement_withdrawn_when', `(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)`)
@Check('placement_version_positive', `version > 0`)
export class PlacementEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: PlacementKind;

  /** The person placed; never shown to anyone but them once they withdraw. */
  @Column({ name: 'person_user_id', type: 'uuid' })
  personUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'person_user_id', foreignKeyConstraintName: 'placement_person_fk' })
  person?: UserEntity;

  @Column({ name: 'home_organization_id', type: 'uuid' })
  homeOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'home_organization_id', foreignKeyConstraintName: 'placement_home_fk' })
  homeOrganization?: OrganizationEntity;

  @Column({ name: 'host_organization_id', type: 'uuid' })
  hostOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'host_organization_id', foreignKeyConstraintName: 'placement_host_fk' })
  hostOrganization?: OrganizationEntity;

  /** The host's supervisor, an active member of the host. */
  @Column({ name: 'supervisor_user_id', type: 'uuid', nullable: true })
  supervisorUserId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'supervisor_user_id', foreignKeyConstraintName: 'placement_supervisor_fk' })
  supervisor?: UserEntity;

  /** The home's tutor, an active member of the home organisation. */
  @Column({ name: 'tutor_user_id', type: 'uuid', nullable: true })
  tutorUserId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'tutor_user_id', foreignKeyConstraintName: 'placement_tutor_fk' })
  tutor?: UserEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'text', default: 'PROPOSED' })
  status: PlacementStatus;

  @Column({ name: 'proposed_by_side', type: 'text' })
  proposedBySide: PlacementSide;

  @Column({ name: 'home_agreed_by', type: 'uuid', nullable: true })
  homeAgreedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'home_agreed_by', foreignKeyConstraintName: 'placement_home_agreed_by_fk' })
  homeAgreer?: UserEntity;

  @Column({ name: 'home_agreed_at', type: 'timestamptz', precision: 3, nullable: true })
  homeAgreedAt: Date | null;

  @Column({ name: 'host_agreed_by', type: 'uuid', nullable: true })
  hostAgreedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'host_agreed_by', foreignKeyConstraintName: 'placement_host_agreed_by_fk' })
  hostAgreer?: UserEntity;

  @Column({ name: 'host_agreed_at', type: 'timestamptz', precision: 3, nullable: true })
  hostAgreedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'placement_created_by_fk' })
  creator?: UserEntity;
}
