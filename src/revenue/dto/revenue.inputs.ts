import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { decimalPattern } from '../../projects/money.js';
import { IsCalendarDate, percentPattern } from '../../common/validation.js';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';
import { CostKind, ReceiptKind } from '../revenue.enums.js';
import { ExpectedVersion, OptionalText } from '../../common/graphql/input-fields.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

@InputType({ description: 'Income received under an agreement, in the agreement’s currency (the licensors’ editors).' })
export class RecordRevenueReceiptInput {
  @Field(() => ID, { description: 'The agreement; it must be signed (not NEGOTIATING).' })
  @IsUUID('all', { message: 'agreementId must be an agreement id (UUID)' })
  agreementId: string;

  @Field(() => ReceiptKind, { description: 'What it was received for.' })
  @IsEnum(ReceiptKind)
  kind: ReceiptKind;

  @Field({ description: 'Exact positive amount as a decimal string, in the agreement’s currency, with no more decimals than it has (whole đồng for VND).' })
  @Matches(decimalPattern, { message: 'amount must be a positive decimal with at most 2 decimals, written as a string' })
  amount: string;

  @Field(() => CalendarDate, { description: 'Day it was received (YYYY-MM-DD).' })
  @IsCalendarDate()
  receivedOn: string;

  @OptionalText({ max: 200, description: 'Bank or invoice reference (up to 200 characters).' })
  reference?: string | null;

  @OptionalText({ max: 2000, description: 'A note (up to 2,000 characters).' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'For MILESTONE receipts: the milestone payment of the terms it settles (it becomes PAID).' })
  @IsOptional()
  @IsUUID('all', { message: 'milestonePaymentId must be a milestone payment id (UUID)' })
  milestonePaymentId?: string;
}

@InputType({ description: 'A deductible cost of an agreement, in its currency (the licensors’ editors).' })
export class RecordRevenueCostInput {
  @Field(() => ID, { description: 'The agreement.' })
  @IsUUID('all', { message: 'agreementId must be an agreement id (UUID)' })
  agreementId: string;

  @Field(() => CostKind, { description: 'What it was for.' })
  @IsEnum(CostKind)
  kind: CostKind;

  @Field({ description: 'Exact positive amount as a decimal string, in the agreement’s currency.' })
  @Matches(decimalPattern, { message: 'amount must be a positive decimal with at most 2 decimals, written as a string' })
  amount: string;

  @Field(() => CalendarDate, { description: 'Day it was incurred (YYYY-MM-DD).' })
  @IsCalendarDate()
  incurredOn: string;

  @OptionalText({ max: 2000, description: 'What it was (up to 2,000 characters).' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The technology of the agreement it was spent on.' })
  @IsOptional()
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId?: string;

  @OptionalText({ max: 100, description: 'The IP filing it was for, e.g. its application number (up to 100 characters).' })
  filingReference?: string | null;
}

@InputType({ description: 'A distribution policy of an organisation (its admins); the three shares must total exactly 100.' })
export class SetDistributionPolicyInput {
  @Field(() => ID, { description: 'The owning organisation.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field({ description: 'Percent to the inventors, up to 2 decimals, e.g. "30".' })
  @Matches(percentPattern, { message: 'inventorsShare must be a percentage from 0 to 100 with at most 2 decimals' })
  inventorsShare: string;

  @Field({ description: 'Percent to the inventors’ units.' })
  @Matches(percentPattern, { message: 'unitsShare must be a percentage from 0 to 100 with at most 2 decimals' })
  unitsShare: string;

  @Field({ description: 'Percent to the institution.' })
  @Matches(percentPattern, { message: 'institutionShare must be a percentage from 0 to 100 with at most 2 decimals' })
  institutionShare: string;

  @Field(() => CalendarDate, { description: 'First day it applies (YYYY-MM-DD); one policy per organisation and day.' })
  @IsCalendarDate()
  validFrom: string;

  @OptionalText({ max: 2000, description: 'A note, e.g. the decision it implements (up to 2,000 characters).' })
  note?: string | null;
}

@InputType({ description: 'Records that a distribution line was paid out.' })
export class MarkDistributionLinePaidInput {
  @Field(() => ID, { description: 'The line.' })
  @IsUUID('all', { message: 'lineId must be a distribution line id (UUID)' })
  lineId: string;

  @Field(() => CalendarDate, { description: 'Day it was paid (YYYY-MM-DD).' })
  @IsCalendarDate()
  paidOn: string;

  @OptionalText({ max: 200, description: 'Payment reference (up to 200 characters).' })
  reference?: string | null;

  @ExpectedVersion()
  expectedVersion: number;
}

@ArgsType()
export class DistributeRevenueArgs {
  @Field(() => ID, { description: 'The agreement.' })
  @IsUUID('all', { message: 'agreementId must be an agreement id (UUID)' })
  agreementId: string;

  @Field(() => CalendarDate, { description: 'Count undistributed receipts received and undeducted costs incurred on or before this day (YYYY-MM-DD).' })
  @IsCalendarDate()
  upTo: string;
}

@ArgsType()
export class MyDistributionLinesArgs extends PaginationArgs {}
