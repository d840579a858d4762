import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DisclosureDecision, DisclosureStatus } from '../technology.enums.js';
import { TechnologyInventorInput } from './technology.inputs.js';
import { ExpectedVersion, OptionalText, TrimmedText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';

@InputType({ description: 'A new invention disclosure, in DRAFT.' })
export class CreateDisclosureInput {
  @Field(() => ID, { description: 'The technology disclosed; you must manage it or be one of its inventors.' })
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId: string;

  @Field(() => ID, { description: 'The institution it is disclosed to: a current owner of the technology.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).' })
  title: string;

  @OptionalText({ max: 20_000, description: 'What the invention is, how it works, what is new (up to 20,000 characters).' })
  description?: string | null;
}

@InputType({ description: 'Changes to a draft disclosure. Omitted fields stay; null clears the description.' })
export class UpdateDisclosureInput {
  @Field(() => ID, { description: 'The disclosure.' })
  @IsUUID('all', { message: 'id must be a disclosure id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read; if it changed since, nothing is written.')
  expectedVersion: number;

  @TrimmedText({ max: 300, description: 'New title.', optional: true })
  title?: string;

  @OptionalText({ max: 20_000, description: 'New description.' })
  description?: string | null;
}

@InputType({ description: 'A disclosure and the version you read, to move it one step.' })
export class DisclosureStepInput {
  @Field(() => ID, { description: 'The disclosure.' })
  @IsUUID('all', { message: 'id must be a disclosure id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;
}

@InputType({ description: 'The institution’s decision on an evaluated disclosure.' })
export class DecideDisclosureInput extends DisclosureStepInput {
  @Field(() => DisclosureDecision, { description: 'Protect, publish, or release to the inventors.' })
  @IsEnum(DisclosureDecision)
  decision: DisclosureDecision;

  @OptionalText({ max: 5000, description: 'Why (up to 5,000 characters).' })
  notes?: string | null;
}

@InputType({ description: 'Narrows the disclosures. All given conditions must hold.' })
export class DisclosureFilter {
  @Field(() => [DisclosureStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(DisclosureStatus, { each: true })
  status?: DisclosureStatus[];

  @Field(() => ID, { nullable: true, description: 'Disclosed to this institution.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this technology.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.technologyId must be a technology id (UUID)' })
  technologyId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only disclosures of technologies you are an inventor of.' })
  @IsOptional()
  @IsBoolean()
  inventedByMe?: boolean;
}

@ArgsType()
export class DisclosuresArgs extends FilteredListArgs(DisclosureFilter, 'disclosures') {}

@InputType({
  description:
    'A new invention disclosed in one step: the technology record (owned wholly by the institution, from today) with its inventors, and a draft disclosure to the institution.',
})
export class DiscloseInventionInput {
  @Field(() => ID, { description: 'The institution the invention is disclosed to, which will own it; you must be one of its members.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field({ description: 'A unique code for the technology: upper-case letters, digits and hyphens, 2 to 40 characters.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2 to 40 upper-case letters, digits or hyphens, e.g. EIU-WQ-01' })
  code: string;

  @TrimmedText({ max: 300, description: 'Title of the invention (1 to 300 characters).' })
  title: string;

  @OptionalText({ max: 20_000, description: 'What the invention is, how it works, what is new (up to 20,000 characters).' })
  description?: string | null;

  @OptionalText({ max: 10_000, description: 'A short public abstract (up to 10,000 characters).' })
  abstract?: string | null;

  @Field(() => [String], { nullable: true, description: 'Fields of science and technology (up to 10).' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  @ArrayMaxSize(10)
  fields?: string[];

  @Field(() => [String], { nullable: true, description: 'Keywords (up to 20).' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  @ArrayMaxSize(20)
  keywords?: string[];

  @Field(() => [TechnologyInventorInput], { description: 'The inventors with their shares, totalling 100; you among them unless you are an editor of the institution.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'inventors must name at least one person' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TechnologyInventorInput)
  inventors: TechnologyInventorInput[];

  @Field(() => [ID], { nullable: true, description: 'The joint projects it came out of; you must be able to read them.' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'projectIds must be project ids (UUID)' })
  @ArrayUnique()
  @ArrayMaxSize(50)
  projectIds?: string[];
}
