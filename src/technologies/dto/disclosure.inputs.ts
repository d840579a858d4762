import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';
import { trimmed } from '../../common/validation.js';
import { DisclosureDecision, DisclosureStatus } from '../technology.enums.js';
import { trimmedOrNull } from '../../common/validation.js';

@InputType({ description: 'A new invention disclosure, in DRAFT.' })
export class CreateDisclosureInput {
  @Field(() => ID, { description: 'The technology disclosed; you must manage it or be one of its inventors.' })
  @IsUUID('all', { message: 'technologyId must be a technology id (UUID)' })
  technologyId: string;

  @Field(() => ID, { description: 'The institution it is disclosed to: a current owner of the technology.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field({ description: 'Title (1 to 300 characters).' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title: string;

  @Field(() => String, { nullable: true, description: 'What the invention is, how it works, what is new (up to 20,000 characters).' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(20_000)
  description?: string | null;
}

@InputType({ description: 'Changes to a draft disclosure. Omitted fields stay; null clears the description.' })
export class UpdateDisclosureInput {
  @Field(() => ID, { description: 'The disclosure.' })
  @IsUUID('all', { message: 'id must be a disclosure id (UUID)' })
  id: string;

  @Field(() => Int, { description: 'The version you read; if it changed since, nothing is written.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(300, { message: 'title must be at most 300 characters' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(20_000)
  description?: string | null;
}

@InputType({ description: 'A disclosure and the version you read, to move it one step.' })
export class DisclosureStepInput {
  @Field(() => ID, { description: 'The disclosure.' })
  @IsUUID('all', { message: 'id must be a disclosure id (UUID)' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: 'The institution’s decision on an evaluated disclosure.' })
export class DecideDisclosureInput extends DisclosureStepInput {
  @Field(() => DisclosureDecision, { description: 'Protect, publish, or release to the inventors.' })
  @IsEnum(DisclosureDecision)
  decision: DisclosureDecision;

  @Field(() => String, { nullable: true, description: 'Why (up to 5,000 characters).' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString()
  @MaxLength(5000)
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
export class DisclosuresArgs extends PaginationArgs {
  @Field(() => DisclosureFilter, { nullable: true, description: 'Conditions the disclosures must meet.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisclosureFilter)
  filter?: DisclosureFilter;
}
