import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PartnershipStatus, PartnershipType } from '../partnership.entity.js';
import { IsCalendarDate } from '../../common/validation.js';
import { ExpectedVersion, OptionalText, TrimmedText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

// Formats are checked here and refused as BAD_USER_INPUT naming the field; rules between fields and
// about the parties (validity order, at least two parties) are the service's, answered as typed errors.

export const maxParties = 50;

@InputType({ description: 'A new partnership. It starts as DRAFT.' })
export class CreatePartnershipInput {
  @Field(() => PartnershipType, { description: 'What kind of agreement it is.' })
  @IsEnum(PartnershipType)
  type: PartnershipType;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters; surrounding spaces are dropped).' })
  title: string;

  @OptionalText({ max: 10_000, description: 'What the parties agreed (up to 10,000 characters).' })
  description?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day it was signed (`YYYY-MM-DD`); omit when unknown.' })
  @IsOptional()
  @IsCalendarDate()
  signedOn?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'First day it is in force (`YYYY-MM-DD`).' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day it is in force (`YYYY-MM-DD`), not before `validFrom`; omit when open-ended.' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;

  @OptionalText({ max: 500, description: 'Where the signed document is kept: file number, register entry or URL (up to 500 characters).' })
  documentReference?: string | null;

  @Field(() => [ID], {
    description: `The parties: two or more different organisations (at most ${maxParties}); you must be an admin of at least one of them.`,
  })
  @IsArray()
  @ArrayMaxSize(maxParties, { message: `partyIds may name at most ${maxParties} organisations` })
  @IsUUID('all', { each: true, message: 'partyIds must be organisation ids (UUIDs)' })
  partyIds: string[];
}

@InputType({ description: 'Changes to a partnership’s fields. Omitted fields stay as they are; null clears an optional field.' })
export class UpdatePartnershipInput {
  @Field(() => ID, { description: 'The partnership.' })
  @IsUUID('all', { message: 'id must be a partnership id (UUID)' })
  id: string;

  @ExpectedVersion('The `version` you read; if the partnership changed since, nothing is written and VersionConflictError answers.')
  expectedVersion: number;

  @Field(() => PartnershipType, { nullable: true, description: 'A new kind of agreement.' })
  @IsOptional()
  @IsEnum(PartnershipType)
  type?: PartnershipType | null;

  @TrimmedText({ max: 300, description: 'A new title (1 to 300 characters).', optional: true })
  title?: string | null;

  @OptionalText({ max: 10_000, description: 'A new description (up to 10,000 characters); null clears it.' })
  description?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day it was signed (`YYYY-MM-DD`); null clears it.' })
  @IsOptional()
  @IsCalendarDate()
  signedOn?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'First day in force (`YYYY-MM-DD`); null clears it.' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day in force (`YYYY-MM-DD`), not before `validFrom`; null makes it open-ended.' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;

  @OptionalText({ max: 500, description: 'Where the signed document is kept (up to 500 characters); null clears it.' })
  documentReference?: string | null;
}

@InputType({ description: 'Conditions the partnerships must meet; all given ones must hold.' })
export class PartnershipFilter {
  @Field(() => ID, { nullable: true, description: 'Only those this organisation is a party to.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => PartnershipType, { nullable: true, description: 'Only this kind of agreement.' })
  @IsOptional()
  @IsEnum(PartnershipType)
  type?: PartnershipType;

  @Field(() => PartnershipStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  @IsEnum(PartnershipStatus)
  status?: PartnershipStatus;

  @Field(() => CalendarDate, {
    nullable: true,
    description:
      'Only partnerships in force on this day (`YYYY-MM-DD`): status ACTIVE, `validFrom` on or before the day and `validUntil` on or after it (a missing date leaves that end open). No status history is kept, so ended partnerships never match, even for days before they ended.',
  })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}

@ArgsType()
export class PartnershipsArgs extends FilteredListArgs(PartnershipFilter, 'partnerships') {}
