import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgreementMilestonePaymentEntity } from '../agreements/obligation.entity.js';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { TechnologyEntity, TechnologyInventorEntity } from '../technologies/technology.entity.js';
import type { BeneficiaryKind, CostKind, DistributionLineStatus, ReceiptKind } from './revenue.enums.js';

/** How an owning organisation shares net income; the latest policy valid on a distribution's period end applies. */
@Entity('distribution_policy')
@Index('distribution_policy_start_key', { synchronize: false })
@Check('distribution_policy_shares_range', `inventors_share >= 0 AND units_share >= 0 AND institution_share >= 0`)
@Check('distribution_policy_shares_total', `inventors_share + units_share + institution_share = 100`)
export class DistributionPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'distribution_policy_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ name: 'inventors_share', type: 'numeric', precision: 5, scale: 2 })
  inventorsShare: string;

  @Column({ name: 'units_share', type: 'numeric', precision: 5, scale: 2 })
  unitsShare: string;

  @Column({ name: 'institution_share', type: 'numeric', precision: 5, scale: 2 })
  institutionShare: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'distribution_policy_created_by_fk' })
  creator?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** One sharing-out of an agreement's net income up to a date. */
@Entity('revenue_distribution')
@Check('revenue_distribution_money_iso4217', `(currency IS NULL OR currency_minor_unit(currency) IS NOT NULL) AND money_fits(gross, currency) AND money_fits(costs, currency) AND money_fits(net, currency)`)
@Index('revenue_distribution_agreement_idx', { synchronize: false })
@Check('revenue_distribution_amounts', `gross >= 0 AND costs >= 0 AND net >= 0 AND net = gross - costs`)
export class RevenueDistributionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity)
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'revenue_distribution_agreement_fk' })
  agreement?: AgreementEntity;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'numeric', precision: 20, scale: 2 })
  gross: string;

  @Column({ type: 'numeric', precision: 20, scale: 2 })
  costs: string;

  @Column({ type: 'numeric', precision: 20, scale: 2 })
  net: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'revenue_distribution_created_by_fk' })
  creator?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt: Date;
}

/** What one beneficiary receives from one owner's part of a distribution. */
@Entity('distribution_line')
@Check('distribution_line_money_iso4217', `(currency IS NULL OR currency_minor_unit(currency) IS NOT NULL) AND money_fits(amount, currency)`)
@Index('distribution_line_distribution_idx', { synchronize: false })
@Index('distribution_line_user_idx', { synchronize: false })
@Index('distribution_line_inventor_idx', { synchronize: false })
@Index('distribution_line_organization_idx', { synchronize: false })
@Index('distribution_line_payer_idx', { synchronize: false })
@Check('distribution_line_kind_known', `beneficiary_kind IS NOT NULL`)
@Check('distribution_line_beneficiary', `beneficiary_kind IS NOT NULL`)
@Check('distribution_line_amount_positive', `amount > 0`)
@Check('distribution_line_status_known', `status IS NOT NULL`)
@Check('distribution_line_paid_on_when_paid', `(status = 'PAID') = (paid_on IS NOT NULL)`)
@Check('distribution_line_version_positive', `version > 0`)
export class DistributionLineEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'distribution_id', type: 'uuid' })
  distributionId: string;

  @ManyToOne(() => RevenueDistributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'distribution_id', foreignKeyConstraintName: 'distribution_line_distribution_fk' })
  distribution?: RevenueDistributionEntity;

  /** The owning organisation whose part (and policy) this line comes from, and who pays it. */
  @Column({ name: 'payer_organization_id', type: 'uuid' })
  payerOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'payer_organization_id', foreignKeyConstraintName: 'distribution_line_payer_fk' })
  payer?: OrganizationEntity;

  @Column({ name: 'beneficiary_kind', type: 'text' })
  beneficiaryKind: BeneficiaryKind;

  /** The inventor record the line pays; kept null if that record is later removed (the name stays). */
  @Column({ name: 'technology_inventor_id', type: 'uuid', nullable: true })
  technologyInventorId: string | null;

  @ManyToOne(() => TechnologyInventorEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'technology_inventor_id', foreignKeyConstraintName: 'distribution_line_inventor_fk' })
  technologyInventor?: TechnologyInventorEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'distribution_line_user_fk' })
  user?: UserEntity;

  @Column({ name: 'external_name', type: 'text', nullable: true })
  externalName: string | null;

  /** The unit (UNIT) or the institution (INSTITUTION). */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'distribution_line_organization_fk' })
  organization?: OrganizationEntity;

  @Column({ type: 'numeric', precision: 20, scale: 2 })
  amount: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text', default: 'PENDING' })
  status: DistributionLineStatus;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ name: 'payment_reference', type: 'text', nullable: true })
  paymentReference: string | null;
}

/** Income received under an agreement, in the agreement's currency. */
@Entity('revenue_receipt')
@Check('revenue_receipt_money_iso4217', `(currency IS NULL OR currency_minor_unit(currency) IS NOT NULL) AND money_fits(amount, currency)`)
@Index('revenue_receipt_agreement_idx', { synchronize: false })
@Index('revenue_receipt_distribution_idx', { synchronize: false })
@Index('revenue_receipt_milestone_payment_key', { synchronize: false })
@Check('revenue_receipt_kind_known', `kind IS NOT NULL`)
@Check('revenue_receipt_amount_positive', `amount > 0`)
@Check('revenue_receipt_milestone_kind', `milestone_payment_id IS NULL OR kind = 'MILESTONE'`)
export class RevenueReceiptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity)
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'revenue_receipt_agreement_fk' })
  agreement?: AgreementEntity;

  @Column({ type: 'text' })
  kind: ReceiptKind;

  @Column({ type: 'numeric', precision: 20, scale: 2 })
  amount: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'milestone_payment_id', type: 'uuid', nullable: true })
  milestonePaymentId: string | null;

  @ManyToOne(() => AgreementMilestonePaymentEntity)
  @JoinColumn({ name: 'milestone_payment_id', foreignKeyConstraintName: 'revenue_receipt_milestone_payment_fk' })
  milestonePayment?: AgreementMilestonePaymentEntity;

  /** The distribution that counted it; a distributed receipt never changes. */
  @Column({ name: 'distribution_id', type: 'uuid', nullable: true })
  distributionId: string | null;

  @ManyToOne(() => RevenueDistributionEntity)
  @JoinColumn({ name: 'distribution_id', foreignKeyConstraintName: 'revenue_receipt_distribution_fk' })
  distribution?: RevenueDistributionEntity;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'revenue_receipt_recorded_by_fk' })
  recorder?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt: Date;
}

/** A cost deductible from an agreement's income (patent and legal costs), in the agreement's currency. */
@Entity('revenue_cost')
@Check('revenue_cost_money_iso4217', `(currency IS NULL OR currency_minor_unit(currency) IS NOT NULL) AND money_fits(amount, currency)`)
@Index('revenue_cost_agreement_idx', { synchronize: false })
@Index('revenue_cost_distribution_idx', { synchronize: false })
@Index('revenue_cost_technology_idx', { synchronize: false })
@Check('revenue_cost_kind_known', `kind IS NOT NULL`)
@Check('revenue_cost_amount_positive', `amount > 0`)
export class RevenueCostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity)
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'revenue_cost_agreement_fk' })
  agreement?: AgreementEntity;

  @Column({ type: 'text' })
  kind: CostKind;

  @Column({ type: 'numeric', precision: 20, scale: 2 })
  amount: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'incurred_on', type: 'date' })
  incurredOn: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The technology it was spent on, one of the agreement's. */
  @Column({ name: 'technology_id', type: 'uuid', nullable: true })
  technologyId: string | null;

  @ManyToOne(() => TechnologyEntity)
  @JoinColumn({ name: 'technology_id', foreignKeyConstraintName: 'revenue_cost_technology_fk' })
  technology?: TechnologyEntity;

  /** The IP filing it was for, e.g. its application number. */
  @Column({ name: 'filing_reference', type: 'text', nullable: true })
  filingReference: string | null;

  @Column({ name: 'distribution_id', type: 'uuid', nullable: true })
  distributionId: string | null;

  @ManyToOne(() => RevenueDistributionEntity)
  @JoinColumn({ name: 'distribution_id', foreignKeyConstraintName: 'revenue_cost_distribution_fk' })
  distribution?: RevenueDistributionEntity;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'revenue_cost_recorded_by_fk' })
  recorder?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt: Date;
}
