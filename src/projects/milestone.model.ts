import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { MilestoneEntity } from './project.entity.js';
import { MilestoneKind, MilestoneStatus } from './project.enums.js';
import { IsCalendarDate } from '../common/validation.js';
import { ExpectedVersion, TrimmedText } from '../common/graphql/input-fields.js';
import { CalendarDate } from '../common/graphql/scalars.js';


@ObjectType('Milestone', { description: 'A milestone or deliverable of a project.' })
export class MilestoneModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The project.' })
  projectId: string;

  @Field(() => MilestoneKind, { description: 'Milestone or deliverable.' })
  kind: MilestoneKind;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  description: string | null;

  @Field(() => CalendarDate, { description: 'Due date (YYYY-MM-DD).' })
  dueDate: string;

  @Field(() => MilestoneStatus, { description: 'Planned, done or missed.' })
  status: MilestoneStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'When it was done (YYYY-MM-DD); set exactly when the status is DONE.' })
  completedOn: string | null;

  @Field({ description: 'True when it is still planned and its due date has passed.' })
  overdue: boolean;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  static fromEntity(entity: MilestoneEntity, today = new Date().toISOString().slice(0, 10)): MilestoneModel {
    const model = new MilestoneModel();
    Object.assign(model, {
      id: entity.id,
      projectId: entity.projectId,
      kind: entity.kind,
      title: entity.title,
      description: entity.description,
      dueDate: entity.dueDate,
      status: entity.status,
      completedOn: entity.completedOn,
      version: entity.version,
      overdue: entity.status === MilestoneStatus.PLANNED && entity.dueDate < today,
    });
    return model;
  }
}

@InputType({ description: 'A new milestone or deliverable.' })
export class AddMilestoneInput {
  @Field(() => ID, { description: 'The project; you must edit it.' })
  @IsUUID('all', { message: 'projectId must be a project id (UUID)' })
  projectId: string;

  @Field(() => MilestoneKind, { defaultValue: MilestoneKind.MILESTONE, description: 'Milestone or deliverable; MILESTONE when omitted.' })
  @IsEnum(MilestoneKind)
  kind: MilestoneKind = MilestoneKind.MILESTONE;

  @TrimmedText({ max: 300, description: 'Title (1 to 300 characters).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => CalendarDate, { description: 'Due date, YYYY-MM-DD.' })
  @IsCalendarDate({ message: 'dueDate must be a date such as 2026-09-30' })
  dueDate: string;
}

@InputType({ description: 'Changes to a milestone. Omitted fields stay.' })
export class UpdateMilestoneInput {
  @Field(() => ID, { description: 'The milestone.' })
  @IsUUID('all', { message: 'id must be a milestone id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @TrimmedText({ max: 300, description: 'New title.', optional: true })
  title?: string;

  @Field(() => String, { nullable: true, description: 'New details; null clears them.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'New due date, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate({ message: 'dueDate must be a date such as 2026-09-30' })
  dueDate?: string;

  @Field(() => MilestoneStatus, { nullable: true, description: 'New status. DONE records `completedOn` (today unless given).' })
  @IsOptional()
  @IsEnum(MilestoneStatus)
  status?: MilestoneStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'When it was done, YYYY-MM-DD (only with status DONE).' })
  @IsOptional()
  @IsCalendarDate({ message: 'completedOn must be a date such as 2026-09-30' })
  completedOn?: string;
}
