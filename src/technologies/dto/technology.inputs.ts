import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { IsCalendarDate, trimmed } from '../../common/validation.js';
import { ExpectedVersion, OptionalIdentifier, OptionalInput, OptionalText, TrimmedText } from '../../common/graphql/input-fields.js';
import { IdOrCodeArgs } from '../../common/graphql/lookup-args.js';
import { FilteredListArgs, OrderInput } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

const codePattern = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** A percentage above 0 and at most 100 with up to two decimals, as an exact decimal string. */
export const sharePattern = /^(?!0+(\.0+)?$)(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;
const shareMessage = 'share must be a percentage above 0 and at most 100 with up to 2 decimals, written as a string, e.g. "33.34"';

@InputType({ description: 'An owning organisation with its share over a period.' })
export class TechnologyOwnerInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field({ description: 'Percentage as an exact decimal string with up to 2 decimals, e.g. "60" or "33.34".' })
  @Matches(sharePattern, { message: shareMessage })
  share: string;

  @Field(() => CalendarDate, { nullable: true, description: 'First day of ownership (YYYY-MM-DD); today when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of ownership (YYYY-MM-DD); open-ended when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;
}

@InputType({ description: 'An inventor: a platform user (`userId`) or a named person (`externalName`), with their contribution share.' })
export class TechnologyInventorInput {
  @Field(() => ID, { nullable: true, description: 'The inventor’s account; give this or `externalName`.' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a user id (UUID)' })
  userId?: string | null;

  @OptionalText({ max: 200, description: 'The inventor’s name when they are not on the platform (up to 200 characters).' })
  externalName?: string | null;

  @OptionalIdentifier('orcid', 'The ORCID iD of an inventor not on the platform, bare or as its URL; a user’s own is on their account.')
  orcid?: string | null;

  @Field(() => ID, { nullable: true, description: 'The inventor’s unit when it is on the platform.' })
  @IsOptional()
  @IsUUID('all', { message: 'affiliationOrganizationId must be an organisation id (UUID)' })
  affiliationOrganizationId?: string | null;

  @OptionalText({ max: 200, description: 'The inventor’s unit when it is not on the platform (up to 200 characters).' })
  affiliationName?: string | null;

  @Field({ description: 'Contribution as a percentage, an exact decimal string with up to 2 decimals.' })
  @Matches(sharePattern, { message: shareMessage })
  share: string;
}

@InputType({ isAbstract: true })
abstract class TechnologyFields {
  @OptionalText({ max: 10_000, description: 'Abstract (up to 10,000 characters).' })
  abstract?: string | null;

  @Field(() => [String], { nullable: true, description: 'Fields of science and technology (up to 10, each up to 100 characters).' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @ArrayMaxSize(10)
  fields?: string[];

  @Field(() => [String], { nullable: true, description: 'Keywords (up to 20, each up to 60 characters).' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  @ArrayMaxSize(20)
  keywords?: string[];
}

@InputType({ description: 'A new technology with its owners, inventors and originating projects.' })
export class CreateTechnologyInput extends TechnologyFields {
  @Field({ description: 'Unique code: upper-case letters, digits and hyphens, 2 to 40 characters.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(codePattern, { message: 'code must be 2 to 40 upper-case letters, digits or hyphens, e.g. EIU-WQ-01' })
  code: string;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).' })
  title: string;

  @Field(() => [TechnologyOwnerInput], { description: 'All owners with their shares; you must be an editor of at least one. Shares total 100 on every day.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'owners must name at least one organisation' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TechnologyOwnerInput)
  owners: TechnologyOwnerInput[];

  @Field(() => [TechnologyInventorInput], { nullable: true, description: 'The inventors with their shares (totalling 100); none when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TechnologyInventorInput)
  inventors?: TechnologyInventorInput[];

  @Field(() => [ID], { nullable: true, description: 'Projects it came out of; you must be able to read them.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'projectIds must be project ids (UUID)' })
  @ArrayUnique()
  @ArrayMaxSize(50)
  projectIds?: string[];
}

@InputType({ description: 'Changes to a technology. Omitted fields stay; null clears an optional one.' })
export class UpdateTechnologyInput extends TechnologyFields {
  @Field(() => ID, { description: 'The technology.' })
  @IsUUID('all', { message: 'id must be a technology id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read; if it changed since, nothing is written.')
  expectedVersion: number;

  @TrimmedText({ max: 300, description: 'New title.', optional: true })
  title?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the originating projects; you must be able to read them.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'projectIds must be project ids (UUID)' })
  @ArrayUnique()
  @ArrayMaxSize(50)
  projectIds?: string[];
}

@InputType({ description: 'The complete new list of ownership periods of a technology.' })
export class SetTechnologyOwnersInput {
  @Field(() => ID, { description: 'The technology.' })
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId: string;

  @ExpectedVersion('The technology’s version you read.')
  expectedVersion: number;

  @Field(() => [TechnologyOwnerInput], { description: 'Every ownership period, past, present and future; shares total 100 on every day.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'owners must name at least one organisation' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TechnologyOwnerInput)
  owners: TechnologyOwnerInput[];
}

@InputType({ description: 'The complete new list of inventors of a technology.' })
export class SetTechnologyInventorsInput {
  @Field(() => ID, { description: 'The technology.' })
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId: string;

  @ExpectedVersion('The technology’s version you read.')
  expectedVersion: number;

  @Field(() => [TechnologyInventorInput], { description: 'Every inventor; shares total 100 (or the list is empty).' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TechnologyInventorInput)
  inventors: TechnologyInventorInput[];
}

@InputType({ description: 'A TRL assessment to add to a technology’s history.' })
export class AssessTrlInput {
  @Field(() => ID, { description: 'The technology.' })
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId: string;

  @Field(() => Int, { description: 'The level, 1 to 9 (Horizon 2020 definitions).' })
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 9' })
  @Max(9, { message: 'level must be between 1 and 9' })
  level: number;

  @Field(() => CalendarDate, { nullable: true, description: 'Day of the assessment (YYYY-MM-DD), not in the future; today when omitted.' })
  @IsOptional()
  @IsCalendarDate()
  assessedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The assessor’s account; you when neither this nor `assessorName` is given.' })
  @IsOptional()
  @IsUUID('all', { message: 'assessorUserId must be a user id (UUID)' })
  assessorUserId?: string | null;

  @OptionalText({ max: 200, description: 'The assessor’s name when they are not on the platform (up to 200 characters).' })
  assessorName?: string | null;

  @Field({ description: 'What the level rests on (1 to 5,000 characters).' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'evidence must not be empty' })
  @MaxLength(5000)
  evidence: string;
}

export enum TechnologyOrderField {
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
  CODE = 'CODE',
}

registerEnumType(TechnologyOrderField, {
  name: 'TechnologyOrderField',
  description: 'What technologies can be ordered by.',
  valuesMap: {
    CREATED_AT: { description: 'When they were recorded.' },
    TITLE: { description: 'Title.' },
    CODE: { description: 'Code.' },
  },
});

@InputType({ description: 'Ordering of technologies; ties are broken by id.' })
export class TechnologyOrder extends OrderInput(TechnologyOrderField) {}

@InputType({ description: 'Narrows the technologies. All given conditions must hold.' })
export class TechnologyFilter {
  @Field(() => ID, { nullable: true, description: 'This organisation owns a share today.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @OptionalIdentifier('orcid', 'An inventor has this ORCID iD (on their account, or given for an inventor not on the platform).')
  inventorOrcid?: string | null;

  @Field(() => Int, { nullable: true, description: 'Current TRL at least this.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMin?: number;

  @Field(() => Int, { nullable: true, description: 'Current TRL at most this.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax?: number;

  @Field(() => String, { nullable: true, description: 'Has this field of science and technology (exact).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  field?: string;

  @Field(() => ID, { nullable: true, description: 'Came out of this project.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.projectId must be a project id (UUID)' })
  projectId?: string;

  @Field(() => String, { nullable: true, description: 'Words in the code, title, abstract, fields or keywords; accent- and case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'filter.search must be at most 200 characters' })
  search?: string;
}

@ArgsType()
export class TechnologiesArgs extends FilteredListArgs(TechnologyFilter, 'technologies') {
  @OptionalInput(() => TechnologyOrder, 'Ordering; newest first when omitted.')
  orderBy?: TechnologyOrder;
}

@ArgsType()
export class TechnologyLookupArgs extends IdOrCodeArgs('technology', 'a technology') {}
