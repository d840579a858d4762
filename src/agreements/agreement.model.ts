import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import { Money } from '../projects/money.js';
import type { AgreementEntity } from './agreement.entity.js';
import { AgreementStatus, AgreementType } from './agreement.enums.js';
import type { AgreementMilestonePaymentEntity, AgreementObligationEntity } from './obligation.entity.js';
import { MilestonePaymentStatus, ObligationKind, ObligationParty, ObligationStatus } from './obligation.enums.js';
import { CalendarDate } from '../common/graphql/scalars.js';

/** Money in the agreement's currency. */
export function moneyIn(amount: string | null, currency: string): Money | null {
  return Money.of(amount, currency);
}

@ObjectType('AgreementMilestonePayment', { description: 'A payment due to the licensors when a milestone is reached.' })
export class MilestonePaymentModel {
  @Field(() => ID, { description: 'Stable identifier (UUID); name it in a MILESTONE receipt when it is paid.' })
  id: string;

  @Field({ description: 'The milestone that triggers the payment.' })
  description: string;

  @Field(() => Money, { description: 'The amount, in the agreement’s currency.' })
  amount: Money;

  @Field(() => CalendarDate, { nullable: true, description: 'When it is expected (YYYY-MM-DD), if a date is set.' })
  dueOn: string | null;

  @Field(() => MilestonePaymentStatus, { description: 'Whether it was received.' })
  status: MilestonePaymentStatus;

  static fromEntity(entity: AgreementMilestonePaymentEntity, currency: string): MilestonePaymentModel {
    return Object.assign(new MilestonePaymentModel(), {
      id: entity.id,
      description: entity.description,
      amount: moneyIn(entity.amount, currency),
      dueOn: entity.dueOn,
      status: entity.status,
    });
  }
}

@ObjectType('AgreementTerms', { description: 'The financial terms of an agreement; the parties see them.' })
export class AgreementTermsModel {
  @Field({ description: 'ISO 4217 currency of the terms and of all receipts and costs.' })
  currency: string;

  @Field(() => Money, { nullable: true, description: 'Fee due on signing, if any.' })
  upfrontFee: Money | null;

  @Field(() => String, { nullable: true, description: 'Royalty as a percentage of net sales, an exact decimal string with up to 4 decimals (e.g. "3.5").' })
  royaltyRate: string | null;

  @Field(() => [MilestonePaymentModel], { description: 'Milestone payments, in the order of the terms.' })
  milestonePayments: MilestonePaymentModel[];
}

@ObjectType('Agreement', {
  description:
    'A commercialisation agreement: licensors grant the licensee rights in technologies. Only the parties (members of the licensors and of the licensee) see it, its terms, obligations and revenue; the licensors’ editors manage it.',
})
export class AgreementModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field({ description: 'Unique code, e.g. `EIU-LIC-2026-01`.' })
  code: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => AgreementType, { description: 'What the agreement grants.' })
  type: AgreementType;

  @Field(() => AgreementStatus, { description: 'Where it is in its life; change it with `transitionAgreement`.' })
  status: AgreementStatus;

  @Field(() => [String], { description: 'Territory: ISO 3166-1 alpha-2 codes, or WORLDWIDE.' })
  territory: string[];

  @Field(() => String, { nullable: true, description: 'The field of use the rights are limited to.' })
  fieldOfUse: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'First day in force (YYYY-MM-DD).' })
  effectiveOn: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day in force (YYYY-MM-DD), if the term is fixed.' })
  expiresOn: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day it was signed (YYYY-MM-DD); set when it becomes EXECUTED.' })
  executedOn: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day it was terminated or expired (YYYY-MM-DD).' })
  endedOn: string | null;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Resolved by field resolvers. */
  licenseeOrganizationId: string;
  currency: string;
  upfrontFee: string | null;
  royaltyRate: string | null;

  static fromEntity(entity: AgreementEntity): AgreementModel {
    return Object.assign(new AgreementModel(), {
      id: entity.id,
      code: entity.code,
      title: entity.title,
      type: entity.type,
      status: entity.status,
      territory: entity.territory,
      fieldOfUse: entity.fieldOfUse,
      effectiveOn: entity.effectiveOn,
      expiresOn: entity.expiresOn,
      executedOn: entity.executedOn,
      endedOn: entity.endedOn,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      licenseeOrganizationId: entity.licenseeOrganizationId,
      currency: entity.currency.trim(),
      upfrontFee: entity.upfrontFee,
      royaltyRate: entity.royaltyRate,
    });
  }
}

@ObjectType({ description: 'A page of agreements (Relay cursor connection).' })
export class AgreementConnection extends Connection(AgreementModel, 'Agreement', 'agreements') {}

@ObjectType('AgreementObligation', { description: 'Something a party must do under an agreement by a date, and whether it was met.' })
export class ObligationModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ObligationKind, { description: 'What kind of obligation.' })
  kind: ObligationKind;

  @Field({ description: 'What must be done.' })
  description: string;

  @Field(() => CalendarDate, { description: 'Due date (YYYY-MM-DD).' })
  dueOn: string;

  @Field(() => ObligationParty, { description: 'Which side owes it.' })
  owedBy: ObligationParty;

  @Field(() => ObligationStatus, { description: 'Whether it was met; decided by the licensors’ editors.' })
  status: ObligationStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'When it was met (YYYY-MM-DD), once MET.' })
  metOn: string | null;

  @Field(() => String, { nullable: true, description: 'The licensors’ note on the outcome.' })
  outcomeNote: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'The date the owing party reported it met, while the licensors have not decided.' })
  reportedMetOn: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the owing party reported it met.' })
  reportedAt: Date | null;

  @Field({ description: 'True when still PENDING after its due date.' })
  overdue: boolean;

  @Field(() => Int, { description: 'Changes with every change; pass it as `expectedVersion`.' })
  version: number;

  agreementId: string;

  static fromEntity(entity: AgreementObligationEntity, today: string): ObligationModel {
    return Object.assign(new ObligationModel(), {
      id: entity.id,
      agreementId: entity.agreementId,
      kind: entity.kind,
      description: entity.description,
      dueOn: entity.dueOn,
      owedBy: entity.owedBy,
      status: entity.status,
      metOn: entity.metOn,
      outcomeNote: entity.outcomeNote,
      reportedMetOn: entity.reportedMetOn,
      reportedAt: entity.reportedAt,
      overdue: entity.status === ObligationStatus.PENDING && entity.dueOn < today,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'A page of obligations, earliest due first (Relay cursor connection).' })
export class ObligationConnection extends Connection(ObligationModel, 'AgreementObligation', 'obligations') {}

