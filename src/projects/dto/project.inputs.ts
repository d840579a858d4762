import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Helix } from '../../organizations/organization.enums.js';
import { MoneyInput } from '../money.js';
import { IcfFactor, ProjectStatus } from '../project.enums.js';
import { IsCalendarDate } from '../../common/validation.js';
import { ParticipantRole, ProjectVisibility } from '../../common/access/vocabulary.js';
import { ExpectedVersion, OptionalInput, TrimmedText } from '../../common/graphql/input-fields.js';
import { IdOrCodeArgs } from '../../common/graphql/lookup-args.js';
import { FilteredListArgs, OrderInput } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';

const codePattern = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** Fields shared by creation and update; on update omitted fields stay, null clears an optional one. */
@InputType({ isAbstract: true })
abstract class ProjectFields {
  @Field(() => String, { nullable: true, description: 'A paragraph for listings (up to 1,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'The full description (up to 20,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Start date, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate({ message: 'startDate must be a date such as 2026-03-01' })
  startDate?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'End date, YYYY-MM-DD; not before the start.' })
  @IsOptional()
  @IsCalendarDate({ message: 'endDate must be a date such as 2027-02-28' })
  endDate?: string | null;

  @OptionalInput(() => MoneyInput, 'Total budget: an exact amount and its currency.')
  budget?: MoneyInput | null;

  @Field(() => ProjectVisibility, { nullable: true, description: 'Who may read it; PARTNERS when omitted at creation.' })
  @IsOptional()
  @IsEnum(ProjectVisibility)
  visibility?: ProjectVisibility;

  @Field(() => [IcfFactor], { nullable: true, description: 'The ICF factors it serves.' })
  @IsOptional()
  @IsEnum(IcfFactor, { each: true })
  @ArrayUnique()
  icfFactors?: IcfFactor[];

  @Field(() => [String], { nullable: true, description: 'Keywords (up to 20, each up to 60 characters).' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  @ArrayMaxSize(20)
  keywords?: string[];

  @Field(() => ID, { nullable: true, description: 'The programme it belongs to; only the programme owner’s editors may attach a project to it (PROGRAMME_CONSENT_REQUIRED otherwise).' })
  @IsOptional()
  @IsUUID('all', { message: 'programmeId must be a programme id (UUID)' })
  programmeId?: string | null;
}

@InputType({ description: 'A new project, in DRAFT, coordinated by one of your organisations.' })
export class CreateProjectInput extends ProjectFields {
  @Field(() => ID, { description: 'The coordinating organisation; you must be one of its editors or admins.' })
  @IsUUID('all', { message: 'coordinatorId must be an organisation id (UUID)' })
  coordinatorId: string;

  @Field({ description: 'Unique code: upper-case letters, digits and hyphens, 2 to 40 characters, e.g. BD-SMART-2026-01.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(codePattern, { message: 'code must be 2 to 40 upper-case letters, digits or hyphens, e.g. BD-SMART-2026-01' })
  code: string;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).' })
  title: string;
}

@InputType({ description: 'Changes to a project. Omitted fields stay; null clears an optional one.' })
export class UpdateProjectInput extends ProjectFields {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all', { message: 'id must be a project id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read; if it changed since, nothing is written.')
  expectedVersion: number;

  @TrimmedText({ max: 300, description: 'New title.', optional: true })
  title?: string;
}

@InputType({ description: 'A move in the project’s life.' })
export class TransitionProjectInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID('all', { message: 'id must be a project id (UUID)' })
  id: string;

  @Field(() => ProjectStatus, { description: 'The status to move to.' })
  @IsEnum(ProjectStatus)
  status: ProjectStatus;

  @ExpectedVersion()
  expectedVersion: number;
}

@InputType({ description: 'An invitation for an organisation to take part; it joins only when it accepts.' })
export class InviteParticipantInput {
  @Field(() => ID, { description: 'The project; you must edit it (the coordinator’s editors and admins).' })
  @IsUUID('all', { message: 'projectId must be a project id (UUID)' })
  projectId: string;

  @Field(() => ID, { description: 'The organisation to invite.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field(() => ParticipantRole, { description: 'Its role; not COORDINATOR (hand that over with transferCoordination).' })
  @IsEnum(ParticipantRole)
  role: ParticipantRole;

  @OptionalInput(() => MoneyInput, 'Cash it is expected to contribute.')
  cash?: MoneyInput;

  @Field(() => String, { nullable: true, description: 'What it contributes in kind.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  inKindDescription?: string;

  @OptionalInput(() => MoneyInput, 'The value of the in-kind contribution.')
  inKindValue?: MoneyInput;
}

@InputType({ description: 'Changes to a participation: its role (not COORDINATOR) and contributions. Omitted fields stay; null clears.' })
export class UpdateParticipantInput {
  @Field(() => ID, { description: 'The participant.' })
  @IsUUID('all', { message: 'participantId must be a participant id (UUID)' })
  participantId: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => ParticipantRole, { nullable: true, description: 'New role; coordination moves only with transferCoordination.' })
  @IsOptional()
  @IsEnum(ParticipantRole)
  role?: ParticipantRole;

  @OptionalInput(() => MoneyInput, 'Cash contribution; null clears it.')
  cash?: MoneyInput | null;

  @Field(() => String, { nullable: true, description: 'What it contributes in kind; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  inKindDescription?: string | null;

  @OptionalInput(() => MoneyInput, 'Value of the in-kind contribution; null clears it.')
  inKindValue?: MoneyInput | null;
}

export enum ProjectOrderField {
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
}

registerEnumType(ProjectOrderField, {
  name: 'ProjectOrderField',
  description: 'What projects can be ordered by.',
  valuesMap: { CREATED_AT: { description: 'Creation time.' }, TITLE: { description: 'Title.' } },
});

@InputType({ description: 'Ordering of projects; ties are broken by id.' })
export class ProjectOrder extends OrderInput(ProjectOrderField) {}

@InputType({ description: 'Narrows the projects. All given conditions must hold.' })
export class ProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(ProjectStatus, { each: true })
  status?: ProjectStatus[];

  @Field(() => ID, { nullable: true, description: 'This organisation takes part (actively).' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => Helix, { nullable: true, description: 'An active participant has this helix (primary or secondary).' })
  @IsOptional()
  @IsEnum(Helix)
  helix?: Helix;

  @Field(() => Boolean, { nullable: true, description: 'Only projects where government, industry and academia all take part.' })
  @IsOptional()
  @IsBoolean()
  tripleHelixOnly?: boolean;

  @Field(() => IcfFactor, { nullable: true, description: 'Serves this ICF factor.' })
  @IsOptional()
  @IsEnum(IcfFactor)
  icfFactor?: IcfFactor;

  @Field(() => ID, { nullable: true, description: 'Belongs to this programme.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.programmeId must be a programme id (UUID)' })
  programmeId?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Runs on or after this date (its end is not before it), YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate({ message: 'filter.activeFrom must be a date such as 2026-01-01' })
  activeFrom?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Runs on or before this date (its start is not after it), YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate({ message: 'filter.activeUntil must be a date such as 2026-12-31' })
  activeUntil?: string;

  @Field(() => String, { nullable: true, description: 'Words in the code, title, summary or keywords; accent- and case-insensitive.' })
  @IsOptional()
  @MaxLength(200, { message: 'filter.search must be at most 200 characters' })
  search?: string;
}

@ArgsType()
export class ProjectsArgs extends FilteredListArgs(ProjectFilter, 'projects') {
  @OptionalInput(() => ProjectOrder, 'Ordering; newest first when omitted.')
  orderBy?: ProjectOrder;
}

@ArgsType()
export class ProjectLookupArgs extends IdOrCodeArgs('project', 'a project') {}
