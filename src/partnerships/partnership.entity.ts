import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { VersionedEntity } from '../database/versioned.entity.js';

export enum PartnershipType {
  MOU = 'MOU',
  STRATEGIC_COOPERATION = 'STRATEGIC_COOPERATION',
  FRAMEWORK_AGREEMENT = 'FRAMEWORK_AGREEMENT',
  RESEARCH_CONTRACT = 'RESEARCH_CONTRACT',
  NDA = 'NDA',
}

export enum PartnershipStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}

/** An agreement between organisations, outside any project. */
@Entity('partnership')
@Index('partnership_created_at_id_idx', { synchronize: false })
@Check('partnership_type_known', `type IS NOT NULL`)
@Check('partnership_status_known', `status IS NOT NULL`)
@Check('partnership_title_present', `length(btrim(title)) > 0`)
@Check('partnership_validity_ordered', `valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from`)
export class PartnershipEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: PartnershipType;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'text', default: PartnershipStatus.DRAFT })
  status: PartnershipStatus;

  @Column({ name: 'document_reference', type: 'text', nullable: true })
  documentReference: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'partnership_created_by_fk' })
  creator?: UserEntity;
}

/** A party's answer to a partnership: each party other than the one that records it accepts it. */
export enum PartyConsent {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** One party to a partnership, with its consent. */
@Entity('partnership_party')
@Check('partnership_party_consent_known', `consent IN ('PENDING', 'ACCEPTED', 'DECLINED')`)
@Index('partnership_party_organization_idx', { synchronize: false })
export class PartnershipPartyEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_party_partnership_fk' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'partnership_party_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'text', default: PartyConsent.PENDING })
  consent: PartyConsent;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'partnership_party_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}
