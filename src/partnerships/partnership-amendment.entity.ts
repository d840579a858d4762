import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { PartnershipEntity } from './partnership.entity.js';

/** Where an amendment of a partnership's terms stands. */
export enum AmendmentStatus {
  PENDING = 'PENDING',
  APPLIED = 'APPLIED',
  DECLINED = 'DECLINED',
  SUPERSEDED = 'SUPERSEDED',
}

/**
 * The tables' description for the schema check; PartnershipAmendmentService reads and writes them with
 * SQL. A change of a non-DRAFT partnership's terms waits here for every other party's consent.
 */
@Entity('partnership_amendment')
@Index('partnership_amendment_open_idx', { synchronize: false })
@Check('partnership_amendment_status_known', `status IN ('PENDING', 'APPLIED', 'DECLINED', 'SUPERSEDED')`)
@Check('partnership_amendment_changes_object', `jsonb_typeof(changes) = 'object' AND changes <> '{}'::jsonb`)
@Check('partnership_amendment_base_version_positive', `base_version >= 1`)
@Check('partnership_amendment_decided_when_closed', `(status = 'PENDING') = (decided_at IS NULL)`)
export class PartnershipAmendmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'partnership_amendment_pkey' })
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_amendment_partnership_fk' })
  partnership?: PartnershipEntity;

  /** The changed terms, each with the value it had and the one proposed, by field name. */
  @Column({ type: 'jsonb' })
  changes: Record<string, { before: unknown; after: unknown }>;

  /** The partnership's version the amendment was made from; it applies to that version only. */
  @Column({ name: 'base_version', type: 'integer' })
  baseVersion: number;

  @Column({ type: 'text', default: AmendmentStatus.PENDING })
  status: AmendmentStatus;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'proposed_by', foreignKeyConstraintName: 'partnership_amendment_proposed_by_fk' })
  proposer?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}

/** One party's answer to an amendment. */
@Entity('partnership_amendment_consent')
@Index('partnership_amendment_consent_organization_idx', { synchronize: false })
@Check('partnership_amendment_consent_known', `consent IN ('PENDING', 'ACCEPTED', 'DECLINED')`)
@Check('partnership_amendment_consent_decided', `(consent = 'PENDING') = (decided_at IS NULL)`)
export class PartnershipAmendmentConsentEntity {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid', primaryKeyConstraintName: 'partnership_amendment_consent_pkey' })
  amendmentId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'partnership_amendment_consent_pkey' })
  organizationId: string;

  @ManyToOne(() => PartnershipAmendmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amendment_id', foreignKeyConstraintName: 'partnership_amendment_consent_amendment_fk' })
  amendment?: PartnershipAmendmentEntity;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'partnership_amendment_consent_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text', default: 'PENDING' })
  consent: string;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'partnership_amendment_consent_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}
