import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ExpectedVersion, OptionalInput, OptionalText, OptionalWebUrl, TrimmedText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';
import { IsCalendarDate } from '../../common/validation.js';
import { MoneyInput } from '../../projects/money.js';
import { NewStartupInput } from '../../spin-offs/dto/spin-off.inputs.js';
import { IncubationApplicationStatus, IncubationCohortStatus, IncubationMilestoneStatus, IncubationProgrammeKind } from '../incubation.enums.js';

const uuid = (field: string, what: string) => IsUUID('all', { message: `${field} must be ${what} id (UUID)` });

/** An optional calendar day (YYYY-MM-DD). */
const OptionalDay = (description: string) => applyDecorators(Field(() => CalendarDate, { nullable: true, description }), IsOptional(), IsCalendarDate());

/** The application a record belongs to. */
const ApplicationId = (description: string) => applyDecorators(Field(() => ID, { description }), uuid('applicationId', 'an application'));

@InputType({ description: 'A new incubation or acceleration programme of an organisation you edit.' })
export class CreateIncubationProgrammeInput {
  @Field(() => ID, { description: 'The runner: an organisation you are an editor or admin of (an incubator, a university unit, an intermediary...).' })
  @uuid('organizationId', 'an organisation')
  organizationId: string;

  @Field(() => IncubationProgrammeKind, { description: 'Incubator or accelerator.' })
  @IsEnum(IncubationProgrammeKind)
  kind: IncubationProgrammeKind;

  @TrimmedText({ max: 300, description: 'Name (Vietnamese where it applies).' })
  name: string;

  @OptionalText({ max: 300, description: 'Name in English.' })
  nameEn?: string | null;

  @OptionalText({ max: 5000, description: 'What the programme offers and to whom (up to 5,000 characters).' })
  description?: string | null;

  @OptionalWebUrl('Public website, an http(s) URL.')
  website?: string | null;
}

@InputType({ description: 'Changes to a programme (the runner’s editors). Omitted fields stay; null clears.' })
export class UpdateIncubationProgrammeInput {
  @Field(() => ID, { description: 'The programme.' })
  @uuid('id', 'a programme')
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => IncubationProgrammeKind, { nullable: true, description: 'Incubator or accelerator.' })
  @IsOptional()
  @IsEnum(IncubationProgrammeKind)
  kind?: IncubationProgrammeKind;

  @TrimmedText({ max: 300, description: 'Name.', optional: true })
  name?: string;

  @OptionalText({ max: 300, description: 'Name in English.' })
  nameEn?: string | null;

  @OptionalText({ max: 5000, description: 'What the programme offers and to whom.' })
  description?: string | null;

  @OptionalWebUrl('Public website, an http(s) URL.')
  website?: string | null;
}

@InputType({ description: 'A new cohort of a programme (the runner’s editors); it starts PLANNED.' })
export class CreateIncubationCohortInput {
  @Field(() => ID, { description: 'The programme.' })
  @uuid('programmeId', 'a programme')
  programmeId: string;

  @TrimmedText({ max: 200, description: 'Name of the intake, e.g. "2026 spring".' })
  name: string;

  @Field(() => CalendarDate, { description: 'First day (YYYY-MM-DD).' })
  @IsCalendarDate()
  startsOn: string;

  @Field(() => CalendarDate, { description: 'Last day (YYYY-MM-DD), not before `startsOn`.' })
  @IsCalendarDate()
  endsOn: string;

  @OptionalDay('Last day applications are taken, not after `endsOn`.')
  applicationsCloseOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many startups it admits at most (1 to 10,000); none: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'seats must be at least 1' })
  @Max(10_000, { message: 'seats must be at most 10000' })
  seats?: number | null;
}

@InputType({ description: 'Changes to a cohort or its status (the runner’s editors). Omitted fields stay; null clears.' })
export class UpdateIncubationCohortInput {
  @Field(() => ID, { description: 'The cohort.' })
  @uuid('id', 'a cohort')
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @TrimmedText({ max: 200, description: 'Name of the intake.', optional: true })
  name?: string;

  @OptionalDay('First day.')
  startsOn?: string;

  @OptionalDay('Last day, not before `startsOn`.')
  endsOn?: string;

  @OptionalDay('Last day applications are taken; null: until the cohort moves on.')
  applicationsCloseOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many startups it admits at most; null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'seats must be at least 1' })
  @Max(10_000, { message: 'seats must be at most 10000' })
  seats?: number | null;

  @Field(() => IncubationCohortStatus, { nullable: true, description: 'New status: PLANNED -> OPEN -> RUNNING -> FINISHED; PLANNED, OPEN or RUNNING -> CANCELLED.' })
  @IsOptional()
  @IsEnum(IncubationCohortStatus)
  status?: IncubationCohortStatus;
}

@InputType({ description: 'A startup’s application to an OPEN cohort: name a startup you edit, or create one (you become its admin).' })
export class ApplyToIncubationCohortInput {
  @Field(() => ID, { description: 'The cohort; it must be OPEN, and its applications not closed.' })
  @uuid('cohortId', 'a cohort')
  cohortId: string;

  @Field(() => ID, { nullable: true, description: 'An existing startup (helix INDUSTRY, kind STARTUP) you edit. Give this or `newStartup`.' })
  @IsOptional()
  @uuid('startupOrganizationId', 'an organisation')
  startupOrganizationId?: string;

  @OptionalInput(() => NewStartupInput, 'A startup to create. Give this or `startupOrganizationId`.')
  newStartup?: NewStartupInput;

  @TrimmedText({ max: 10_000, description: 'The pitch: the problem, the solution, the team, the ask (up to 10,000 characters). Confidential to the parties.' })
  pitch: string;
}

@InputType({
  description:
    'Moves an application. The runner’s editors decide (ADMITTED, DECLINED) and end an admission (GRADUATED, FAILED); the startup’s editors withdraw it before a decision (WITHDRAWN) or leave after admission (LEFT).',
})
export class ChangeIncubationApplicationStatusInput {
  @Field(() => ID, { description: 'The application.' })
  @uuid('id', 'an application')
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => IncubationApplicationStatus, { description: 'The new status: APPLIED -> ADMITTED | DECLINED | WITHDRAWN; ADMITTED -> GRADUATED | LEFT | FAILED.' })
  @IsEnum(IncubationApplicationStatus)
  @IsIn(Object.values(IncubationApplicationStatus).filter((status) => status !== IncubationApplicationStatus.APPLIED), { message: 'status cannot go back to APPLIED' })
  status: IncubationApplicationStatus;

  @OptionalText({ max: 2000, description: 'Why (a decision’s reason; kept with the file, confidential to its parties).' })
  reason?: string | null;

  @OptionalDay('For GRADUATED, LEFT and FAILED: the day it ended, not in the future; today when omitted.')
  endedOn?: string;
}

@InputType({ description: 'Whether the startup consents to its graduation being shown publicly (the startup’s editors).' })
export class SetIncubationConsentInput {
  @Field(() => ID, { description: 'The application.' })
  @uuid('id', 'an application')
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field({ description: 'True: anyone may see that it graduated from the cohort; false: only the parties.' })
  @IsBoolean()
  publicConsent: boolean;
}

@InputType({ description: 'Assigns a mentor to an admitted startup (the runner’s editors).' })
export class AssignIncubationMentorInput {
  @ApplicationId('The application (ADMITTED).')
  applicationId: string;

  @Field(() => ID, { description: 'The mentor: a person with an account.' })
  @uuid('userId', 'a user')
  userId: string;

  @Field(() => ID, { description: 'The organisation the mentor comes from, of any helix; they must be an active member of it.' })
  @uuid('organizationId', 'an organisation')
  organizationId: string;

  @OptionalDay('First day of the mentoring, not in the future; today when omitted.')
  since?: string;
}

@InputType({ description: 'Ends a mentoring (the runner’s editors).' })
export class EndIncubationMentorInput {
  @ApplicationId('The application.')
  applicationId: string;

  @Field(() => ID, { description: 'The mentor.' })
  @uuid('userId', 'a user')
  userId: string;

  @OptionalDay('Last day of the mentoring, not in the future nor before it began; today when omitted.')
  endedOn?: string;
}

@InputType({ description: 'A milestone for an admitted startup (the runner’s or the startup’s editors).' })
export class AddIncubationMilestoneInput {
  @ApplicationId('The application (ADMITTED).')
  applicationId: string;

  @TrimmedText({ max: 300, description: 'What is to be reached.' })
  title: string;

  @Field(() => CalendarDate, { description: 'When it is due.' })
  @IsCalendarDate()
  dueOn: string;

  @OptionalText({ max: 2000, description: 'A note on it.' })
  note?: string | null;
}

@InputType({ description: 'Marks a milestone MET, MISSED or DROPPED (the application’s current mentors or the runner’s editors).' })
export class MarkIncubationMilestoneInput {
  @Field(() => ID, { description: 'The milestone.' })
  @uuid('id', 'a milestone')
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => IncubationMilestoneStatus, { description: 'MET, MISSED or DROPPED.' })
  @IsEnum(IncubationMilestoneStatus)
  status: IncubationMilestoneStatus;

  @OptionalDay('For MET: the day it was met, not in the future; today when omitted.')
  metOn?: string;

  @OptionalText({ max: 2000, description: 'A note; omitted keeps the one it has.' })
  note?: string | null;
}

@InputType({ description: 'What an admitted startup reports for a period (the startup’s editors): once per period.' })
export class AddIncubationReportInput {
  @ApplicationId('The application (ADMITTED, or ended after admission).')
  applicationId: string;

  @Field(() => CalendarDate, { description: 'First day of the period.' })
  @IsCalendarDate()
  periodStart: string;

  @Field(() => CalendarDate, { description: 'Last day of the period, not before its start nor in the future.' })
  @IsCalendarDate()
  periodEnd: string;

  @Field(() => MoneyInput, { description: 'Funds raised in the period; zero when none.' })
  @ValidateNested()
  @Type(() => MoneyInput)
  fundsRaised: MoneyInput;

  @Field(() => Int, { description: 'Jobs (people employed) at the end of the period: 0 or more.' })
  @IsInt()
  @Min(0, { message: 'jobs must not be negative' })
  @Max(1_000_000, { message: 'jobs must be at most 1000000' })
  jobs: number;
}

@InputType({ description: 'Narrows the programmes. All given conditions must hold.' })
export class IncubationProgrammeFilter {
  @Field(() => ID, { nullable: true, description: 'Run by this organisation.' })
  @IsOptional()
  @uuid('filter.organizationId', 'an organisation')
  organizationId?: string;

  @Field(() => [IncubationProgrammeKind], { nullable: true, description: 'Kind is one of these.' })
  @IsOptional()
  @IsEnum(IncubationProgrammeKind, { each: true })
  kind?: IncubationProgrammeKind[];

  @Field(() => String, { nullable: true, description: 'Words in the name or English name; accent- and case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@InputType({ description: 'Narrows the cohorts. All given conditions must hold.' })
export class IncubationCohortFilter {
  @Field(() => [IncubationCohortStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(IncubationCohortStatus, { each: true })
  status?: IncubationCohortStatus[];
}

@InputType({ description: 'Narrows the applications. All given conditions must hold.' })
export class IncubationApplicationFilter {
  @Field(() => ID, { nullable: true, description: 'In this cohort.' })
  @IsOptional()
  @uuid('filter.cohortId', 'a cohort')
  cohortId?: string;

  @Field(() => ID, { nullable: true, description: 'In a cohort of this programme.' })
  @IsOptional()
  @uuid('filter.programmeId', 'a programme')
  programmeId?: string;

  @Field(() => ID, { nullable: true, description: 'Of this startup.' })
  @IsOptional()
  @uuid('filter.startupOrganizationId', 'an organisation')
  startupOrganizationId?: string;

  @Field(() => [IncubationApplicationStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(IncubationApplicationStatus, { each: true })
  status?: IncubationApplicationStatus[];

  @Field(() => Boolean, { nullable: true, description: 'True: only those you currently mentor.' })
  @IsOptional()
  @IsBoolean()
  mentoredByMe?: boolean;
}

@ArgsType()
export class IncubationProgrammesArgs extends FilteredListArgs(IncubationProgrammeFilter, 'programmes') {}

@ArgsType()
export class IncubationCohortsArgs extends FilteredListArgs(IncubationCohortFilter, 'cohorts') {}

@ArgsType()
export class IncubationApplicationsArgs extends FilteredListArgs(IncubationApplicationFilter, 'applications') {}
