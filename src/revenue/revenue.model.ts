import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { moneyIn } from '../agreements/agreement.model.js';
import { Connection } from '../common/pagination/connection.js';
import { Money } from '../projects/money.js';
import type { DistributionLineEntity, DistributionPolicyEntity, RevenueCostEntity, RevenueDistributionEntity, RevenueReceiptEntity } from './revenue.entity.js';
import { BeneficiaryKind, CostKind, DistributionLineStatus, ReceiptKind } from './revenue.enums.js';
import { CalendarDate } from '../common/graphql/scalars.js';

const percent = (value: string) => (value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value);

@ObjectType('RevenueReceipt', { description: 'Income received under an agreement, in the agreement’s currency.' })
export class RevenueReceiptModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ReceiptKind, { description: 'What it was received for.' })
  kind: ReceiptKind;

  @Field(() => Money, { description: 'The amount, with the currency’s decimals (whole đồng for VND).' })
  amount: Money;

  @Field(() => CalendarDate, { description: 'Day it was received (YYYY-MM-DD).' })
  receivedOn: string;

  @Field(() => String, { nullable: true, description: 'Bank or invoice reference.' })
  reference: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The milestone payment it settles, for MILESTONE receipts.' })
  milestonePaymentId: string | null;

  @Field(() => ID, { nullable: true, description: 'The distribution that counted it; null while undistributed.' })
  distributionId: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  static fromEntity(entity: RevenueReceiptEntity): RevenueReceiptModel {
    return Object.assign(new RevenueReceiptModel(), {
      id: entity.id,
      kind: entity.kind,
      amount: moneyIn(entity.amount, entity.currency.trim()),
      receivedOn: entity.receivedOn,
      reference: entity.reference,
      note: entity.note,
      milestonePaymentId: entity.milestonePaymentId,
      distributionId: entity.distributionId,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('RevenueCost', { description: 'A cost deducted from an agreement’s income before it is distributed (patent, legal and other costs).' })
export class RevenueCostModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => CostKind, { description: 'What it was for.' })
  kind: CostKind;

  @Field(() => Money, { description: 'The amount, in the agreement’s currency.' })
  amount: Money;

  @Field(() => CalendarDate, { description: 'Day it was incurred (YYYY-MM-DD).' })
  incurredOn: string;

  @Field(() => String, { nullable: true, description: 'What it was.' })
  description: string | null;

  @Field(() => ID, { nullable: true, description: 'The technology of the agreement it was spent on.' })
  technologyId: string | null;

  @Field(() => String, { nullable: true, description: 'The IP filing it was for, e.g. its application number.' })
  filingReference: string | null;

  @Field(() => ID, { nullable: true, description: 'The distribution that deducted it; null while undeducted.' })
  distributionId: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  static fromEntity(entity: RevenueCostEntity): RevenueCostModel {
    return Object.assign(new RevenueCostModel(), {
      id: entity.id,
      kind: entity.kind,
      amount: moneyIn(entity.amount, entity.currency.trim()),
      incurredOn: entity.incurredOn,
      description: entity.description,
      technologyId: entity.technologyId,
      filingReference: entity.filingReference,
      distributionId: entity.distributionId,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('DistributionPolicy', {
  description: 'How an owning organisation shares net income: percentages for the inventors, their units and the institution, totalling exactly 100. The latest policy valid on a distribution’s period end applies.',
})
export class DistributionPolicyModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The organisation it belongs to.' })
  organizationId: string;

  @Field({ description: 'Percent to the inventors, shared by their inventor shares.' })
  inventorsShare: string;

  @Field({ description: 'Percent to the inventors’ units, shared by the inventors’ shares.' })
  unitsShare: string;

  @Field({ description: 'Percent to the institution.' })
  institutionShare: string;

  @Field(() => CalendarDate, { description: 'First day it applies (YYYY-MM-DD).' })
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'A note, e.g. the decision it implements.' })
  note: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  static fromEntity(entity: DistributionPolicyEntity): DistributionPolicyModel {
    return Object.assign(new DistributionPolicyModel(), {
      id: entity.id,
      organizationId: entity.organizationId,
      inventorsShare: percent(entity.inventorsShare),
      unitsShare: percent(entity.unitsShare),
      institutionShare: percent(entity.institutionShare),
      validFrom: entity.validFrom,
      note: entity.note,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('DistributionLine', { description: 'What one beneficiary receives from one owner’s part of a distribution, and whether it was paid.' })
export class DistributionLineModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => BeneficiaryKind, { description: 'Who it pays: an inventor, a unit or the institution.' })
  beneficiaryKind: BeneficiaryKind;

  @Field(() => ID, { nullable: true, description: 'For INVENTOR lines: the inventor record (technology inventor id).' })
  technologyInventorId: string | null;

  @Field(() => ID, { nullable: true, description: 'For INVENTOR lines: the inventor’s account, when they are a platform user.' })
  inventorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'For INVENTOR lines: the inventor’s name (their display name, or the external name).' })
  inventorName: string | null;

  @Field(() => Money, { description: 'The amount, exact to the currency’s smallest unit.' })
  amount: Money;

  @Field(() => DistributionLineStatus, { description: 'PENDING until paid.' })
  status: DistributionLineStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'Day it was paid (YYYY-MM-DD).' })
  paidOn: string | null;

  @Field(() => String, { nullable: true, description: 'Payment reference.' })
  paymentReference: string | null;

  @Field(() => CalendarDate, { description: 'The last day of income the distribution counted (YYYY-MM-DD).' })
  periodEnd: string;

  @Field(() => Int, { description: 'Changes with every change; pass it as `expectedVersion`.' })
  version: number;

  payerOrganizationId: string;
  organizationId: string | null;
  agreementId: string;
  distributionId: string;

  static fromEntity(entity: DistributionLineEntity, extra: { periodEnd: string; agreementId: string; inventorName: string | null }): DistributionLineModel {
    return Object.assign(new DistributionLineModel(), {
      id: entity.id,
      distributionId: entity.distributionId,
      beneficiaryKind: entity.beneficiaryKind,
      technologyInventorId: entity.technologyInventorId,
      inventorUserId: entity.userId,
      inventorName: entity.externalName ?? extra.inventorName,
      amount: moneyIn(entity.amount, entity.currency.trim()),
      status: entity.status,
      paidOn: entity.paidOn,
      paymentReference: entity.paymentReference,
      version: entity.version,
      payerOrganizationId: entity.payerOrganizationId,
      organizationId: entity.organizationId,
      periodEnd: extra.periodEnd,
      agreementId: extra.agreementId,
    });
  }
}

@ObjectType({ description: 'A page of distribution lines, newest first (Relay cursor connection).' })
export class DistributionLineConnection extends Connection(DistributionLineModel, 'DistributionLine', 'distribution lines') {}

@ObjectType('RevenueDistribution', {
  description:
    'A sharing-out of an agreement’s net income (receipts minus deductible costs, up to `periodEnd`). Each technology of the agreement weighs the same; its part goes to its owners by share, and each owner’s part by its policy to the inventors (by inventor share), their units (by the same shares; the part of an inventor without a unit goes to the institution) and the institution. Amounts are exact in the currency’s smallest unit: each line gets its exact share rounded down, and the units left over go one each to the lines with the largest remainders (ties: larger exact share first, then payer id, kind INVENTOR < UNIT < INSTITUTION, beneficiary id). The lines total the net exactly.',
})
export class RevenueDistributionModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => CalendarDate, { description: 'The last day of income and costs counted (YYYY-MM-DD).' })
  periodEnd: string;

  @Field(() => Money, { description: 'Receipts counted.' })
  gross: Money;

  @Field(() => Money, { description: 'Costs deducted.' })
  costs: Money;

  @Field(() => Money, { description: 'Net income distributed: gross minus costs; the lines total it exactly.' })
  net: Money;

  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  createdAt: Date;

  agreementId: string;

  static fromEntity(entity: RevenueDistributionEntity): RevenueDistributionModel {
    const currency = entity.currency.trim();
    return Object.assign(new RevenueDistributionModel(), {
      id: entity.id,
      agreementId: entity.agreementId,
      periodEnd: entity.periodEnd,
      gross: moneyIn(entity.gross, currency),
      costs: moneyIn(entity.costs, currency),
      net: moneyIn(entity.net, currency),
      createdAt: entity.createdAt,
    });
  }
}

