import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { trimmed } from '../../common/validation.js';
import { AgreementStatus, AgreementType } from '../agreement.enums.js';
import { ObligationKind, ObligationParty, ObligationStatus } from '../obligation.enums.js';
import { decimalPattern } from '../../projects/money.js';
import { IsCalendarDate, IsCurrencyCode } from '../../common/validation.js';
import { ExpectedVersion, OptionalText, TrimmedText } from '../../common/graphql/input-fields.js';
import { IdOrCodeArgs } from '../../common/graphql/lookup-args.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

const codePattern = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const upperEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim().toUpperCase() : item)) : value);

@InputType({ description: 'A milestone payment in the terms, in the agreement’s currency.' })
export class MilestonePaymentInput {
  @Field({ description: 'The milestone that triggers it (1 to 500 characters).' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(500)
  description: string;

  @Field({ description: 'Exact amount as a decimal string, e.g. "200000000"; no more decimals than the currency has.' })
  @Matches(decimalPattern, { message: 'amount must be a positive decimal with at most 2 decimals, written as a string' })
  amount: string;

  @Field(() => CalendarDate, { nullable: true, description: 'When it is expected (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;
}

/** Terms and scope: editable only while NEGOTIATING. */
@InputType({ isAbstract: true })
abstract class AgreementTermsFields {
  @Field(() => [String], { nullable: true, description: 'Territory: ISO 3166-1 alpha-2 codes (VN, SG...) or WORLDWIDE.' })
  @IsOptional()
  @Transform(upperEach)
  @Matches(/^([A-Z]{2}|WORLDWIDE)$/, { each: true, message: 'territory entries must be ISO 3166-1 alpha-2 codes or WORLDWIDE' })
  @ArrayUnique()
  @ArrayMaxSize(250)
  territory?: string[];

  @OptionalText({ max: 1000, description: 'The field of use the rights are limited to (up to 1,000 characters).' })
  fieldOfUse?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the terms and of all revenue (VND when omitted at creation).' })
  @IsOptional()
  @Transform(upper)
  @IsCurrencyCode()
  currency?: string;

  @Field(() => String, { nullable: true, description: 'Upfront fee as an exact decimal string; null for none.' })
  @IsOptional()
  @Matches(decimalPattern, { message: 'upfrontFee must be a non-negative decimal with at most 2 decimals, written as a string' })
  upfrontFee?: string | null;

  @Field(() => String, { nullable: true, description: 'Royalty as a percentage of net sales, 0 to 100 with up to 4 decimals, e.g. "3.5"; null for none.' })
  @IsOptional()
  @Matches(/^(100(\.0{1,4})?|\d{1,2}(\.\d{1,4})?)$/, { message: 'royaltyRate must be a percentage from 0 to 100 with at most 4 decimals, e.g. "3.5"' })
  royaltyRate?: string | null;

  @Field(() => [MilestonePaymentInput], { nullable: true, description: 'Milestone payments; on update, the whole list is replaced.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => MilestonePaymentInput)
  @ArrayMaxSize(50)
  milestonePayments?: MilestonePaymentInput[];
}

@InputType({ description: 'A new agreement, NEGOTIATING. You must manage every technology named (an editor of an owner).' })
export class CreateAgreementInput extends AgreementTermsFields {
  @Field({ description: 'Unique code: upper-case letters, digits and hyphens, 2 to 40 characters.' })
  @Transform(upper)
  @Matches(codePattern, { message: 'code must be 2 to 40 upper-case letters, digits or hyphens, e.g. EIU-LIC-2026-01' })
  code: string;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).' })
  title: string;

  @Field(() => AgreementType, { description: 'What it grants.' })
  @IsEnum(AgreementType)
  type: AgreementType;

  @Field(() => [ID], { description: 'The technologies (1 to 50).' })
  @IsUUID('all', { each: true, message: 'technologyIds must be technology ids (UUID)' })
  @ArrayMinSize(1, { message: 'technologyIds must name at least one technology' })
  @ArrayMaxSize(50)
  @ArrayUnique()
  technologyIds: string[];

  @Field(() => [ID], { description: 'The licensors (1 to 20): each must currently own at least one of the technologies.' })
  @IsUUID('all', { each: true, message: 'licensorIds must be organisation ids (UUID)' })
  @ArrayMinSize(1, { message: 'licensorIds must name at least one organisation' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  licensorIds: string[];

  @Field(() => ID, { description: 'The licensee (any organisation that is not a licensor).' })
  @IsUUID('all', { message: 'licenseeId must be an organisation id (UUID)' })
  licenseeId: string;

  @Field(() => CalendarDate, { nullable: true, description: 'First day in force (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day in force (YYYY-MM-DD), not before `effectiveOn`.' })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}

@InputType({ description: 'Changes to an agreement. Omitted fields stay; null clears. Terms, territory and field of use change only while NEGOTIATING.' })
export class UpdateAgreementInput extends AgreementTermsFields {
  @Field(() => ID, { description: 'The agreement.' })
  @IsUUID('all', { message: 'id must be an agreement id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read; if it changed since, nothing is written.')
  expectedVersion: number;

  @TrimmedText({ max: 300, description: 'New title.', optional: true })
  title?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'First day in force (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day in force (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}

@InputType({ description: 'A move in the agreement’s life.' })
export class TransitionAgreementInput {
  @Field(() => ID, { description: 'The agreement.' })
  @IsUUID('all', { message: 'id must be an agreement id (UUID)' })
  id: string;

  @Field(() => AgreementStatus, { description: 'The status to move to.' })
  @IsEnum(AgreementStatus)
  status: AgreementStatus;

  @Field(() => CalendarDate, {
    nullable: true,
    description: 'The day of the move (YYYY-MM-DD): required for EXECUTED (the signing day); for TERMINATED or EXPIRED the end day (today when omitted); for ACTIVE the effective day if none is set yet.',
  })
  @IsOptional()
  @IsCalendarDate()
  on?: string;

  @ExpectedVersion()
  expectedVersion: number;
}

@InputType({ description: 'Narrows the agreements. All given conditions must hold.' })
export class AgreementFilter {
  @Field(() => [AgreementStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(AgreementStatus, { each: true })
  status?: AgreementStatus[];

  @Field(() => [AgreementType], { nullable: true, description: 'Type is one of these.' })
  @IsOptional()
  @IsEnum(AgreementType, { each: true })
  type?: AgreementType[];

  @Field(() => ID, { nullable: true, description: 'This organisation is a licensor or the licensee.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'The agreement covers this technology.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.technologyId must be a technology id (UUID)' })
  technologyId?: string;

  @Field(() => String, { nullable: true, description: 'Words in the code, title or field of use; accent- and case-insensitive.' })
  @IsOptional()
  @MaxLength(200, { message: 'filter.search must be at most 200 characters' })
  search?: string;
}

@ArgsType()
export class AgreementsArgs extends FilteredListArgs(AgreementFilter, 'agreements') {}

@ArgsType()
export class AgreementLookupArgs extends IdOrCodeArgs('agreement', 'an agreement') {}

@InputType({ description: 'A new obligation under an agreement (the licensors’ editors).' })
export class AddObligationInput {
  @Field(() => ID, { description: 'The agreement.' })
  @IsUUID('all', { message: 'agreementId must be an agreement id (UUID)' })
  agreementId: string;

  @Field(() => ObligationKind, { description: 'What kind of obligation.' })
  @IsEnum(ObligationKind)
  kind: ObligationKind;

  @Field({ description: 'What must be done (1 to 2,000 characters).' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(2000)
  description: string;

  @Field(() => CalendarDate, { description: 'Due date (YYYY-MM-DD).' })
  @IsCalendarDate()
  dueOn: string;

  @Field(() => ObligationParty, { description: 'Which side owes it.' })
  @IsEnum(ObligationParty)
  owedBy: ObligationParty;
}

@InputType({ description: 'The owing party reports an obligation met; the licensors then record the outcome.' })
export class ReportObligationMetInput {
  @Field(() => ID, { description: 'The obligation.' })
  @IsUUID('all', { message: 'obligationId must be an obligation id (UUID)' })
  obligationId: string;

  @Field(() => CalendarDate, { description: 'The day it was met (YYYY-MM-DD).' })
  @IsCalendarDate()
  metOn: string;

  @ExpectedVersion()
  expectedVersion: number;
}

@InputType({ description: 'The licensors’ decision on an obligation: MET (with the day), MISSED or WAIVED.' })
export class RecordObligationOutcomeInput {
  @Field(() => ID, { description: 'The obligation.' })
  @IsUUID('all', { message: 'obligationId must be an obligation id (UUID)' })
  obligationId: string;

  @Field(() => ObligationStatus, { description: 'The outcome: MET, MISSED or WAIVED.' })
  @IsEnum(ObligationStatus)
  status: ObligationStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'For MET: the day it was met (YYYY-MM-DD); the day the owing party reported when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  metOn?: string;

  @OptionalText({ max: 2000, description: 'A note on the outcome (up to 2,000 characters).' })
  note?: string | null;

  @ExpectedVersion()
  expectedVersion: number;
}

@InputType({ description: 'Narrows obligations of the agreements you are party to. All given conditions must hold.' })
export class ObligationFilter {
  @Field(() => [ObligationStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(ObligationStatus, { each: true })
  status?: ObligationStatus[];

  @Field(() => CalendarDate, { nullable: true, description: 'Due on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueFrom?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Due on or before this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueUntil?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only those still PENDING after their due date.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean;

  @Field(() => ObligationParty, { nullable: true, description: 'Owed by this side.' })
  @IsOptional()
  @IsEnum(ObligationParty)
  owedBy?: ObligationParty;

  @Field(() => ID, { nullable: true, description: 'Of agreements where this organisation is a licensor or the licensee.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this agreement.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.agreementId must be an agreement id (UUID)' })
  agreementId?: string;
}

@ArgsType()
export class ObligationsArgs extends FilteredListArgs(ObligationFilter, 'obligations') {}
