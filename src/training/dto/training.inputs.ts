import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ExpectedVersion, OptionalText, OptionalWebUrl, TrimmedText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';
import { IsCalendarDate } from '../../common/validation.js';

/** Most people one intake, funding or hiring figure may count. */
const maxCount = 100000;

/** The optional texts of a programme, alike when it is recorded and when it changes (null clears them). */
@InputType({ isAbstract: true })
abstract class TrainingProgrammeTexts {
  @OptionalText({ max: 300, description: 'English title; null clears.' })
  titleEn?: string | null;

  @OptionalText({ max: 5000, description: 'What trainees learn, and how (up to 5,000 characters); null clears.' })
  description?: string | null;

  @OptionalWebUrl('Where the curriculum is published, an http(s) URL; null clears.')
  @MaxLength(2000)
  curriculumUrl?: string | null;

  @OptionalText({ max: 200, description: 'Field of study, e.g. automation engineering; null clears.' })
  field?: string | null;
}

@InputType({ description: 'A training programme run by a university or a university unit (helix ACADEMIA) whose editor you are.' })
export class CreateTrainingProgrammeInput extends TrainingProgrammeTexts {
  @Field(() => ID, { description: 'The university or unit that runs it; you must be one of its editors or admins.' })
  @IsUUID('all', { message: 'runnerOrganizationId must be an organisation id (UUID)' })
  runnerOrganizationId: string;

  @TrimmedText({ max: 300, description: 'Title, as the runner writes it (up to 300 characters).' })
  title: string;

  @Field(() => CalendarDate, { description: 'First day it runs (YYYY-MM-DD).' })
  @IsCalendarDate()
  startsOn: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day it runs (YYYY-MM-DD); null while open-ended.' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;
}

@InputType({ description: 'Changes to a training programme (the runner’s editors). Omitted fields stay; null clears.' })
export class UpdateTrainingProgrammeInput extends TrainingProgrammeTexts {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID('all', { message: 'id must be a training programme id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @TrimmedText({ max: 300, optional: true, description: 'Title.' })
  title?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'First day it runs (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day it runs (YYYY-MM-DD); null makes it open-ended.' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsCalendarDate()
  endsOn?: string | null;
}

@InputType({ description: 'An organisation invited to take part in a programme (the runner’s editors invite).' })
export class InviteTrainingPartnerInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID('all', { message: 'programmeId must be a training programme id (UUID)' })
  programmeId: string;

  @Field(() => ID, { description: 'The organisation invited; not the runner.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;
}

@InputType({ description: 'A partner’s answer to an invitation (its editors answer).' })
export class AnswerTrainingInvitationInput {
  @Field(() => ID, { description: 'The partnership (TrainingPartner).' })
  @IsUUID('all', { message: 'partnerId must be a training partner id (UUID)' })
  partnerId: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => Boolean, { description: 'True to accept (the partner becomes ACTIVE), false to decline.' })
  @IsBoolean()
  accept: boolean;
}

@InputType({ description: 'What an ACTIVE partner funds and hires for one intake year (its editors record it); recording a year again replaces its figures.' })
export class RecordTrainingContributionInput {
  @Field(() => ID, { description: 'The partnership (TrainingPartner).' })
  @IsUUID('all', { message: 'partnerId must be a training partner id (UUID)' })
  partnerId: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => Int, { description: 'The intake year (1900 to this year).' })
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;

  @Field(() => Int, { description: `Seats of the intake the partner funds (0 to ${maxCount}).` })
  @IsInt()
  @Min(0)
  @Max(maxCount)
  seatsFunded: number;

  @Field(() => Int, { description: `Graduates of the intake the partner hired (0 to ${maxCount}).` })
  @IsInt()
  @Min(0)
  @Max(maxCount)
  graduatesHired: number;
}

@InputType({ description: 'One year’s intake of a programme (the runner’s editors record it); recording a year again replaces its figures.' })
export class RecordTrainingIntakeInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID('all', { message: 'programmeId must be a training programme id (UUID)' })
  programmeId: string;

  @ExpectedVersion('The programme’s version you read.')
  expectedVersion: number;

  @Field(() => Int, { description: 'The intake year (1900 to this year).' })
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;

  @Field(() => Int, { description: `Trainees admitted (0 to ${maxCount}).` })
  @IsInt()
  @Min(0)
  @Max(maxCount)
  trainees: number;

  @Field(() => Int, { description: 'Trainees of the intake who graduated so far (0 to `trainees`).' })
  @IsInt()
  @Min(0)
  @Max(maxCount)
  graduates: number;
}

@InputType({ description: 'Narrows the training programmes. All given conditions must hold.' })
export class TrainingProgrammeFilter {
  @Field(() => ID, { nullable: true, description: 'Run by this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.runnerOrganizationId must be an organisation id (UUID)' })
  runnerOrganizationId?: string;

  @Field(() => ID, { nullable: true, description: 'With this organisation as an ACTIVE partner.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.partnerOrganizationId must be an organisation id (UUID)' })
  partnerOrganizationId?: string;

  @Field(() => String, { nullable: true, description: 'Words in the title, English title or field; accent- and case-insensitive.' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class TrainingProgrammesArgs extends FilteredListArgs(TrainingProgrammeFilter, 'training programmes') {}
