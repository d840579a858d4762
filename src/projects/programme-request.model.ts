import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Connection } from '../common/pagination/connection.js';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import { ProgrammeRequestStatus } from './project.enums.js';
import { type ProjectVisibility } from '../common/access/vocabulary.js';
import { OptionalText } from '../common/graphql/input-fields.js';

/** A request as read with its project's code, title and visibility and its programme's owner. */
export interface ProgrammeRequestRow {
  id: string;
  project_id: string;
  programme_id: string;
  requesting_organization_id: string;
  from_programme_id: string | null;
  message: string | null;
  status: ProgrammeRequestStatus;
  requested_by: string | null;
  created_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  project_code: string;
  project_title: string;
  project_visibility: ProjectVisibility;
  programme_owner_id: string | null;
}

@ObjectType('ProgrammeAttachmentRequest', {
  description:
    'A request by a project’s coordinator to put the project in a programme of another organisation; the programme owner’s editors and admins accept or decline it, the coordinator may withdraw it.',
})
export class ProgrammeRequestModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The project to put in the programme.' })
  projectId: string;

  @Field({ description: 'The project’s code, for those who see the request but not the project.' })
  projectCode: string;

  @Field({ description: 'The project’s title, for those who see the request but not the project.' })
  projectTitle: string;

  @Field(() => ID, { description: 'The programme asked.' })
  programmeId: string;

  @Field(() => ID, { nullable: true, description: 'The programme the project was in when it asked, if any.' })
  fromProgrammeId: string | null;

  @Field(() => ID, { description: 'The organisation that asked (the project’s coordinator then).' })
  requestingOrganizationId: string;

  @Field(() => ProgrammeRequestStatus, { description: 'Where the request stands.' })
  status: ProgrammeRequestStatus;

  // Not `message`: beside ErrorResult's `message` in a result union, a client could not select both.
  @Field(() => String, { nullable: true, description: 'What the coordinator wrote to the programme owner (`input.message`).' })
  requestMessage: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who asked (null when an API key did).' })
  requestedById: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was asked.' })
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The person who accepted, declined or withdrew it (null while pending, or when an API key did).' })
  decidedById: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was accepted, declined or withdrawn; null while pending.' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined, when the programme owner said.' })
  reason: string | null;

  /** For access decisions and field resolvers; not part of the API. */
  projectVisibility: ProjectVisibility;
  programmeOwnerId: string | null;

  static fromRow(row: ProgrammeRequestRow): ProgrammeRequestModel {
    return Object.assign(new ProgrammeRequestModel(), {
      id: row.id,
      projectId: row.project_id,
      projectCode: row.project_code,
      projectTitle: row.project_title,
      programmeId: row.programme_id,
      fromProgrammeId: row.from_programme_id,
      requestingOrganizationId: row.requesting_organization_id,
      status: row.status,
      requestMessage: row.message,
      requestedById: row.requested_by,
      createdAt: row.created_at,
      decidedById: row.decided_by,
      decidedAt: row.decided_at,
      reason: row.reason,
      projectVisibility: row.project_visibility,
      programmeOwnerId: row.programme_owner_id,
    });
  }
}

@ObjectType('ProgrammeAttachmentRequestConnection', { description: 'A page of requests to put projects in a programme (Relay cursor connection).' })
export class ProgrammeRequestConnection extends Connection(ProgrammeRequestModel, 'ProgrammeAttachmentRequest', 'requests') {}

@InputType({ description: 'Ask a programme’s owner to take your project into its programme.' })
export class RequestProgrammeAttachmentInput {
  @Field(() => ID, { description: 'The project; you must be an editor or admin of its coordinator.' })
  @IsUUID('all', { message: 'projectId must be a project id (UUID)' })
  projectId: string;

  @Field(() => ID, { description: 'The programme to join.' })
  @IsUUID('all', { message: 'programmeId must be a programme id (UUID)' })
  programmeId: string;

  @OptionalText({ max: 2000, description: 'A word to the programme owner (up to 2000 characters).' })
  message?: string | null;
}

@ArgsType()
export class DeclineProgrammeAttachmentArgs {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'requestId must be a request id (UUID)' })
  requestId: string;

  @OptionalText({ max: 2000, description: 'Why, for the coordinator (up to 2000 characters).' })
  reason?: string | null;
}

@ArgsType()
export class ProgrammeRequestsArgs extends PaginationArgs {
  @Field(() => ProgrammeRequestStatus, { nullable: true, description: 'Only requests in this status; all of them when omitted.' })
  @IsOptional()
  @IsEnum(ProgrammeRequestStatus)
  status?: ProgrammeRequestStatus;
}

