import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { TechnologyEntity } from '../technologies/technology.entity.js';
import type { AgreementStatus, AgreementType } from './agreement.enums.js';

/** A commercialisation agreement: licensors grant the licensee rights in technologies. */
@Entity('agreement')
@Check('agreement_money_iso4217', `(currency IS NULL OR currency_minor_unit(currency) IS NOT NULL) AND money_fits(upfront_fee, currency)`)
@Index('agreement_code_key', { synchronize: false })
@Index('agreement_created_at_id_idx', { synchronize: false })
@Index('agreement_licensee_idx', { synchronize: false })
@Index('agreement_status_idx', { synchronize: false })
@Index('agreement_search_idx', { synchronize: false })
@Check('agreement_code_format', `code IS NOT NULL`)
@Check('agreement_title_present', `length(btrim(title)) > 0`)
@Check('agreement_type_known', `type IS NOT NULL`)
@Check('agreement_status_known', `status IS NOT NULL`)
@Check('agreement_currency_code', `currency IS NOT NULL`)
@Check('agreement_upfront_fee_not_negative', `upfront_fee IS NULL OR upfront_fee >= 0`)
@Check('agreement_royalty_rate_range', `royalty_rate IS NULL OR (royalty_rate >= 0 AND royalty_rate <= 100)`)
@Check('agreement_period_ordered', `expires_on IS NULL OR effective_on IS NULL OR expires_on >= effective_on`)
@Check('agreement_executed_when_signed', `executed_on IS NULL OR status <> 'NEGOTIATING'`)
@Check('agreement_version_positive', `version > 0`)
export class AgreementEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  type: AgreementType;

  @Column({ type: 'text', default: 'NEGOTIATING' })
  status: AgreementStatus;

  /** The receiving party: licensee, option holder, assignee, sponsor or recipient. */
  @Column({ name: 'licensee_organization_id', type: 'uuid' })
  licenseeOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'licensee_organization_id', foreignKeyConstraintName: 'agreement_licensee_fk' })
  licensee?: OrganizationEntity;

  /** ISO 3166 alpha-2 codes, or WORLDWIDE. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  territory: string[];

  @Column({ name: 'field_of_use', type: 'text', nullable: true })
  fieldOfUse: string | null;

  /** The currency of the terms and of the receipts. */
  @Column({ type: 'char', length: 3, default: 'VND' })
  currency: string;

  @Column({ name: 'upfront_fee', type: 'numeric', precision: 20, scale: 2, nullable: true })
  upfrontFee: string | null;

  /** Percent of net sales, up to 4 decimals. */
  @Column({ name: 'royalty_rate', type: 'numeric', precision: 7, scale: 4, nullable: true })
  royaltyRate: string | null;

  @Column({ name: 'effective_on', type: 'date', nullable: true })
  effectiveOn: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'executed_on', type: 'date', nullable: true })
  executedOn: string | null;

  /** When it was terminated or expired. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'agreement_created_by_fk' })
  creator?: UserEntity;
}

@Entity('agreement_technology')
@Index('agreement_technology_technology_idx', { synchronize: false })
export class AgreementTechnologyEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @PrimaryColumn({ name: 'technology_id', type: 'uuid' })
  technologyId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_technology_agreement_fk' })
  agreement?: AgreementEntity;

  @ManyToOne(() => TechnologyEntity)
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'agreement_technology_technology_fk' })
  technology?: TechnologyEntity;
}

/** An organisation granting the rights (usually the technology's owners). */
@Entity('agreement_licensor')
@Index('agreement_licensor_organization_idx', { synchronize: false })
export class AgreementLicensorEntity {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_licensor_agreement_fk' })
  agreement?: AgreementEntity;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'agreement_licensor_organization_fk' })
  organization?: OrganizationEntity;
}
