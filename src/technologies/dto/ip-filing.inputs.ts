import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IpFilingStatus, IpType, ipJurisdictions } from '../technology.enums.js';
import { IsCalendarDate } from '../../common/validation.js';
import { ExpectedVersion, OptionalText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const upperOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() || null : value);
const jurisdictionMessage = `jurisdiction must be one of ${ipJurisdictions.join(', ')}`;

/** Dates and numbers an office gives a filing over its life; on update omitted ones stay and null clears. */
@InputType({ isAbstract: true })
abstract class IpFilingRecordFields {
  @OptionalText({ max: 300, description: 'The title as filed (up to 300 characters).' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The office’s application number (up to 60 characters), e.g. 1-2026-01234.' })
  @IsOptional()
  @Transform(upperOrNull)
  @IsString()
  @MaxLength(60)
  applicationNumber?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Publication date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  publicationDate?: string | null;

  @OptionalText({ max: 60, description: 'Publication number (up to 60 characters).' })
  publicationNumber?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Grant or registration date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  grantDate?: string | null;

  @OptionalText({ max: 60, description: 'Patent or registration number (up to 60 characters).' })
  registrationNumber?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Expiry date as stated by the office (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  expiryDate?: string | null;
}

@InputType({ description: 'A new IP filing for a technology, in FILED.' })
export class FileIpProtectionInput extends IpFilingRecordFields {
  @Field(() => ID, { description: 'The technology; you must manage it (an owner’s editor).' })
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId: string;

  @Field(() => IpType, { description: 'The kind of right.' })
  @IsEnum(IpType)
  type: IpType;

  @Field({ description: `Country code or route, one of: ${ipJurisdictions.join(', ')}.` })
  @Transform(upper)
  @IsIn(ipJurisdictions, { message: jurisdictionMessage })
  jurisdiction: string;

  @Field(() => CalendarDate, { description: 'Filing date (YYYY-MM-DD).' })
  @IsCalendarDate()
  filingDate: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Priority date (YYYY-MM-DD); the parent filing’s priority date when one is claimed, else the filing date, when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  priorityDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'An earlier filing of the same technology whose priority this one claims.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentFilingId must be a filing id (UUID)' })
  parentFilingId?: string | null;
}

@InputType({ description: 'Changes to a filing’s record. Omitted fields stay; null clears an optional one. The status changes with transitionIpFiling.' })
export class UpdateIpFilingInput extends IpFilingRecordFields {
  @Field(() => ID, { description: 'The filing.' })
  @IsUUID('all', { message: 'id must be a filing id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read; if it changed since, nothing is written.')
  expectedVersion: number;

  @Field(() => CalendarDate, { nullable: true, description: 'New filing date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  filingDate?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'New priority date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  priorityDate?: string;
}

@InputType({ description: 'A move in a filing’s life, with the dates and numbers the new status needs.' })
export class TransitionIpFilingInput extends IpFilingRecordFields {
  @Field(() => ID, { description: 'The filing.' })
  @IsUUID('all', { message: 'id must be a filing id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => IpFilingStatus, { description: 'The status to move to. PUBLISHED needs the publication date and the application number; GRANTED the grant date and the registration number.' })
  @IsEnum(IpFilingStatus)
  status: IpFilingStatus;
}

@InputType({ description: 'Narrows the filings. All given conditions must hold.' })
export class IpFilingFilter {
  @Field(() => [IpFilingStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(IpFilingStatus, { each: true })
  status?: IpFilingStatus[];

  @Field(() => [IpType], { nullable: true, description: 'Type is one of these.' })
  @IsOptional()
  @IsEnum(IpType, { each: true })
  type?: IpType[];

  @Field(() => String, { nullable: true, description: 'In this jurisdiction or route.' })
  @IsOptional()
  @Transform(upper)
  @IsIn(ipJurisdictions, { message: jurisdictionMessage })
  jurisdiction?: string;

  @Field(() => ID, { nullable: true, description: 'Of a technology this organisation owns a share of today.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this technology.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.technologyId must be a technology id (UUID)' })
  technologyId?: string;

  @Field(() => Int, { nullable: true, description: 'Has a deadline from today to this many days ahead (0 to 3,650).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  deadlineWithinDays?: number;
}

@ArgsType()
export class IpFilingsArgs extends FilteredListArgs(IpFilingFilter, 'filings') {}

@ArgsType()
export class UpcomingDeadlinesArgs {
  @Field(() => Int, { description: 'How many days ahead to look, from today (0 to 3,650).' })
  @IsInt()
  @Min(0, { message: 'withinDays must be between 0 and 3650' })
  @Max(3650, { message: 'withinDays must be between 0 and 3650' })
  withinDays: number;

  @Field(() => ID, { nullable: true, description: 'Only filings of technologies this organisation owns a share of today.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => Int, { nullable: true, description: 'At most this many deadlines (1 to 500, 100 when omitted), soonest first.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  first?: number;
}
