import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { AgreementEntity } from './agreement.entity.js';
import type { MilestonePaymentStatus, ObligationKind, ObligationParty, ObligationStatus } from './obligation.enums.js';

/** Something a party must do under an agreement by a date: a report, a diligence milestone, a payment. */
@Entity('agreement_obligation')
@Index('agreement_obligation_agreement_idx', { synchronize: false })
@Index('agreement_obligation_due_idx', { synchronize: false })
@Check('agreement_obligation_kind_known', `kind IS NOT NULL`)
@Check('agreement_obligation_owed_by_known', `owed_by IS NOT NULL`)
@Check('agreement_obligation_status_known', `status IS NOT NULL`)
@Check('agreement_obligation_description_present', `length(btrim(description)) > 0`)
@Check('agreement_obligation_met_on_when_met', `(status = 'MET') = (met_on IS NOT NULL)`)
@Check('agreement_obligation_version_positive', `version > 0`)
export class AgreementObligationEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_obligation_agreement_fk' })
  agreement?: AgreementEntity;

  @Column({ type: 'text' })
  kind: ObligationKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'owed_by', type: 'text' })
  owedBy: ObligationParty;

  @Column({ type: 'text', default: 'PENDING' })
  status: ObligationStatus;

  @Column({ name: 'met_on', type: 'date', nullable: true })
  metOn: string | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  /** The owing party's report that it was met, awaiting the licensors' decision. */
  @Column({ name: 'reported_met_on', type: 'date', nullable: true })
  reportedMetOn: string | null;

  @Column({ name: 'reported_by', type: 'uuid', nullable: true })
  reportedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'reported_by', foreignKeyConstraintName: 'agreement_obligation_reported_by_fk' })
  reporter?: UserEntity;

  @Column({ name: 'reported_at', type: 'timestamptz', precision: 3, nullable: true })
  reportedAt: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'agreement_obligation_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'agreement_obligation_created_by_fk' })
  creator?: UserEntity;
}

/** A payment due to the licensors when a milestone is reached; part of the terms, in the agreement's currency. */
@Entity('agreement_milestone_payment')
@Index('agreement_milestone_payment_position_key', { synchronize: false })
@Check('agreement_milestone_payment_description_present', `length(btrim(description)) > 0`)
@Check('agreement_milestone_payment_amount_positive', `amount > 0`)
@Check('agreement_milestone_payment_status_known', `status IS NOT NULL`)
export class AgreementMilestonePaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_milestone_payment_agreement_fk' })
  agreement?: AgreementEntity;

  /** Order within the agreement's terms. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', precision: 20, scale: 2 })
  amount: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  status: MilestonePaymentStatus;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
