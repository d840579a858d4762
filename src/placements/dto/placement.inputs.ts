import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { ExpectedVersion, OptionalText, TrimmedText } from '../../common/graphql/input-fields.js';
import { FilteredListArgs } from '../../common/graphql/list-args.js';
import { CalendarDate } from '../../common/graphql/scalars.js';
import { IsCalendarDate } from '../../common/validation.js';
import { PlacementKind, PlacementSide, PlacementStatus } from '../placement.enums.js';

@InputType({ description: 'A placement proposed by the editors of one side (home or host); the other side’s editors agree to it.' })
export class ProposePlacementInput {
  @Field(() => PlacementKind, { description: 'What kind of placement it is.' })
  @IsEnum(PlacementKind)
  kind: PlacementKind;

  @Field(() => ID, { description: 'The person placed: an active member of the home organisation.' })
  @IsUUID('all', { message: 'personUserId must be a user id (UUID)' })
  personUserId: string;

  @Field(() => ID, { description: 'The organisation the person comes from.' })
  @IsUUID('all', { message: 'homeOrganizationId must be an organisation id (UUID)' })
  homeOrganizationId: string;

  @Field(() => ID, { description: 'The organisation the person is placed at; not the home organisation.' })
  @IsUUID('all', { message: 'hostOrganizationId must be an organisation id (UUID)' })
  hostOrganizationId: string;

  @Field(() => PlacementSide, {
    nullable: true,
    description: 'The side you propose for (your side agrees by proposing). Needed only when you edit both organisations; otherwise it is the one you edit.',
  })
  @IsOptional()
  @IsEnum(PlacementSide)
  side?: PlacementSide;

  @Field(() => ID, { nullable: true, description: 'The host’s supervisor: an active member of the host organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'supervisorUserId must be a user id (UUID)' })
  supervisorUserId?: string;

  @Field(() => ID, { nullable: true, description: 'The home organisation’s tutor: an active member of it.' })
  @IsOptional()
  @IsUUID('all', { message: 'tutorUserId must be a user id (UUID)' })
  tutorUserId?: string;

  @TrimmedText({ max: 300, description: 'Title of the placement (up to 300 characters).' })
  title: string;

  @OptionalText({ max: 2000, description: 'What the person works on (up to 2,000 characters).' })
  topic?: string | null;

  @Field(() => CalendarDate, { description: 'First day (YYYY-MM-DD).' })
  @IsCalendarDate()
  startsOn: string;

  @Field(() => CalendarDate, { description: 'Last day (YYYY-MM-DD), not before `startsOn`.' })
  @IsCalendarDate()
  endsOn: string;
}

@InputType({
  description:
    'Changes to a placement (editors of either side). Its terms (kind, title, topic, period) change only while PROPOSED, and a change withdraws the agreement of the side you do not speak for; the supervisor (host editors) and tutor (home editors) change until it ends. Omitted fields stay; null clears.',
})
export class UpdatePlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  @IsUUID('all', { message: 'id must be a placement id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => PlacementKind, { nullable: true, description: 'What kind of placement it is.' })
  @IsOptional()
  @IsEnum(PlacementKind)
  kind?: PlacementKind;

  @TrimmedText({ max: 300, optional: true, description: 'Title of the placement.' })
  title?: string;

  @OptionalText({ max: 2000, description: 'What the person works on; null clears.' })
  topic?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day (YYYY-MM-DD), not before the first.' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;

  @Field(() => ID, { nullable: true, description: 'The host’s supervisor (an active member of the host); null clears.' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'supervisorUserId must be a user id (UUID)' })
  supervisorUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The home organisation’s tutor (an active member of it); null clears.' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'tutorUserId must be a user id (UUID)' })
  tutorUserId?: string | null;
}

@InputType({ description: 'Agreement of the sides you speak for to a PROPOSED placement, to the version you read.' })
export class AgreePlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  @IsUUID('all', { message: 'id must be a placement id (UUID)' })
  id: string;

  @ExpectedVersion('The version you read: you agree to its terms.')
  expectedVersion: number;
}

@InputType({ description: 'A placement’s next status (editors of either side): RUNNING, COMPLETED or CANCELLED.' })
export class ChangePlacementStatusInput {
  @Field(() => ID, { description: 'The placement.' })
  @IsUUID('all', { message: 'id must be a placement id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => PlacementStatus, {
    description: 'AGREED -> RUNNING -> COMPLETED; CANCELLED from PROPOSED, AGREED or RUNNING. AGREED comes from `agreePlacement`, WITHDRAWN from the person’s `withdrawPlacement`.',
  })
  @IsEnum(PlacementStatus)
  status: PlacementStatus;
}

@InputType({ description: 'Narrows the placements. All given conditions must hold.' })
export class PlacementFilter {
  @Field(() => ID, { nullable: true, description: 'The home or the host organisation is this one.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @Field(() => [PlacementKind], { nullable: true, description: 'Kind is one of these.' })
  @IsOptional()
  @IsEnum(PlacementKind, { each: true })
  kind?: PlacementKind[];

  @Field(() => [PlacementStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(PlacementStatus, { each: true })
  status?: PlacementStatus[];

  @Field(() => Boolean, { nullable: true, description: 'True: only your own placements (you are the person placed); false: only others’.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => CalendarDate, { nullable: true, description: 'Placements that last until this day or later (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  activeFrom?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Placements that start on this day or before (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  activeUntil?: string;
}

@ArgsType()
export class PlacementsArgs extends FilteredListArgs(PlacementFilter, 'placements') {}
