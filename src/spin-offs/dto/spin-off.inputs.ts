import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, percentPattern } from '../../common/validation.js';
import { trimmed } from '../../common/validation.js';
import { SpinOffStatus } from '../spin-off.enums.js';
import { ExpectedVersion, OptionalInput, OptionalText, OptionalWebUrl } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

@InputType({ description: 'A new startup organisation (helix INDUSTRY, kind STARTUP); you become its first admin.' })
export class NewStartupInput {
  @Field({ description: 'Official name.' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300)
  name: string;

  @OptionalText({ max: 300, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'URL handle; made from the name when omitted.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case letters and digits joined by single hyphens' })
  @MaxLength(80)
  slug?: string;

  @Field({ defaultValue: 'VN', description: 'Country, ISO 3166-1 alpha-2; VN when omitted.' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as VN' })
  country: string = 'VN';

  @OptionalText({ max: 200, description: 'Province or region.' })
  province?: string | null;

  @OptionalWebUrl('Public website, an http(s) URL.')
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does (up to 5,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType({ description: 'A spin-off of an institution you edit: link an existing startup you edit, or create one.' })
export class CreateSpinOffInput {
  @Field(() => ID, { description: 'The parent institution; you must be one of its editors or admins.' })
  @IsUUID('all', { message: 'parentOrganizationId must be an organisation id (UUID)' })
  parentOrganizationId: string;

  @Field(() => ID, { nullable: true, description: 'An existing startup (helix INDUSTRY, kind STARTUP) you edit. Give this or `newStartup`.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @OptionalInput(() => NewStartupInput, 'A startup to create. Give this or `organizationId`.')
  newStartup?: NewStartupInput;

  @Field(() => ID, { nullable: true, description: 'The licence (LICENCE_*) or assignment under which it uses the technologies, with the startup as licensee.' })
  @IsOptional()
  @IsUUID('all', { message: 'agreementId must be an agreement id (UUID)' })
  agreementId?: string;

  @Field(() => CalendarDate, { description: 'Day it was founded (YYYY-MM-DD).' })
  @IsCalendarDate()
  foundedOn: string;

  @Field(() => String, { nullable: true, description: 'Percent of the startup held by the parent, up to 2 decimals; confidential.' })
  @IsOptional()
  @Matches(percentPattern, { message: 'equityHeld must be a percentage from 0 to 100 with at most 2 decimals' })
  equityHeld?: string | null;
}

@InputType({ description: 'Changes to a spin-off (the parent’s editors). Omitted fields stay; null clears.' })
export class UpdateSpinOffInput {
  @Field(() => ID, { description: 'The spin-off.' })
  @IsUUID('all', { message: 'id must be a spin-off id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => ID, { nullable: true, description: 'The licence or assignment it works under.' })
  @IsOptional()
  @IsUUID('all', { message: 'agreementId must be an agreement id (UUID)' })
  agreementId?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Day it was founded (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  foundedOn?: string;

  @Field(() => String, { nullable: true, description: 'Percent held by the parent; null clears.' })
  @IsOptional()
  @Matches(percentPattern, { message: 'equityHeld must be a percentage from 0 to 100 with at most 2 decimals' })
  equityHeld?: string | null;

  @Field(() => SpinOffStatus, { nullable: true, description: 'New status: ACTIVE -> ACQUIRED | CLOSED | IPO; IPO -> ACQUIRED | CLOSED; ACQUIRED -> CLOSED.' })
  @IsOptional()
  @IsEnum(SpinOffStatus)
  status?: SpinOffStatus;
}

@InputType({ description: 'Narrows the spin-offs. All given conditions must hold.' })
export class SpinOffFilter {
  @Field(() => ID, { nullable: true, description: 'Spun out of this institution.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.parentOrganizationId must be an organisation id (UUID)' })
  parentOrganizationId?: string;

  @Field(() => [SpinOffStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(SpinOffStatus, { each: true })
  status?: SpinOffStatus[];

  @Field(() => String, { nullable: true, description: 'Words in the startup’s name; accent- and case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class SpinOffsArgs extends FilteredListArgs(SpinOffFilter, 'spin-offs') {}
