import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { DisclosureDecision, DisclosureStatus } from './technology.enums.js';
import { TechnologyEntity } from './technology.entity.js';

/** An invention disclosed to one of the technology's owning institutions, which decides what to do with it. */
@Entity('invention_disclosure')
@Index('invention_disclosure_technology_idx', { synchronize: false })
@Index('invention_disclosure_organization_idx', { synchronize: false })
@Index('invention_disclosure_created_at_id_idx', { synchronize: false })
@Index('invention_disclosure_status_idx', { synchronize: false })
@Check('invention_disclosure_status_known', `status IS NOT NULL`)
@Check('invention_disclosure_decision_known', `decision IS NULL`)
@Check('invention_disclosure_decided_with_decision', `(status = 'DECIDED') = (decision IS NOT NULL)`)
@Check('invention_disclosure_submitted_when_not_draft', `(status = 'DRAFT') = (submitted_at IS NULL)`)
@Check('invention_disclosure_title_present', `length(btrim(title)) > 0`)
@Check('invention_disclosure_version_positive', `version > 0`)
export class DisclosureEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => TechnologyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'invention_disclosure_technology_fk' })
  technology?: TechnologyEntity;

  /** The institution it is disclosed to: an owner of the technology when disclosed. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'invention_disclosure_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: DisclosureStatus.DRAFT })
  status: DisclosureStatus;

  @Column({ type: 'text', nullable: true })
  decision: DisclosureDecision | null;

  @Column({ name: 'decision_notes', type: 'text', nullable: true })
  decisionNotes: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'invention_disclosure_submitted_by_fk' })
  submitter?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'invention_disclosure_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'invention_disclosure_created_by_fk' })
  creator?: UserEntity;
}
