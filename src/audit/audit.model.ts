import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Connection } from '../common/pagination/connection.js';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import { IsStorableTime } from '../common/validation.js';
import type { AuditEventEntity } from './audit-event.entity.js';
import { OptionalInput } from '../common/graphql/input-fields.js';

@ObjectType({ description: 'One changed field of an audited record; values are JSON text.' })
export class AuditChange {
  @Field({ description: 'The field that changed.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Its value before, as JSON; null when it had none.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Its value after, as JSON; null when it has none.' })
  after: string | null;
}

@ObjectType('AuditEvent', { description: 'Something done through the API: who, for which organisation, what, to which record, and what changed.' })
export class AuditEventModel {
  @Field(() => ID, { description: 'Increasing identifier.' })
  id: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'The request it happened in (the `x-request-id` of the logs).' })
  requestId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who acted, if a person did.' })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true, description: 'The API key that acted, if a key did.' })
  actorApiKeyId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation it happened for.' })
  organizationId: string | null;

  @Field({ description: 'What happened, e.g. `organization.updated`, `membership.removed`, `api_key.revoked`.' })
  action: string;

  @Field({ description: 'The kind of record acted on, e.g. `Organization`.' })
  entityType: string;

  @Field(() => String, { nullable: true, description: 'The record acted on.' })
  entityId: string | null;

  @Field(() => [AuditChange], { description: 'The fields that changed, with values before and after. Secrets are never recorded.' })
  changes: AuditChange[];

  static fromEntity(entity: AuditEventEntity): AuditEventModel {
    const model = new AuditEventModel();
    Object.assign(model, {
      id: String(entity.id),
      occurredAt: entity.occurredAt,
      requestId: entity.requestId,
      actorUserId: entity.actorUserId,
      actorApiKeyId: entity.actorApiKeyId,
      organizationId: entity.organizationId,
      action: entity.action,
      entityType: entity.entityType,
      entityId: entity.entityId,
    });
    model.changes = Object.entries(entity.changes).map(([field, change]) => ({
      field,
      before: change.before === null || change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
    }));
    return model;
  }
}

@ObjectType({ description: 'A page of audit events, newest first (Relay cursor connection).' })
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent', 'audit events') {}

@InputType({ description: 'Narrows the audit trail. All given conditions must hold.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Exact action, e.g. `membership.removed`.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => String, { nullable: true, description: 'Kind of record, e.g. `ApiKey`.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => String, { nullable: true, description: 'One record.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only what this person did.' })
  @IsOptional()
  @IsUUID('all', { message: 'filter.actorUserId must be a user id (UUID)' })
  actorUserId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or after this time.' })
  @IsOptional()
  @IsStorableTime()
  since?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this time.' })
  @IsOptional()
  @IsStorableTime()
  until?: Date;
}

@ArgsType()
export class AuditLogArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true, description: 'The organisation whose trail to read (its admins). Omitted: the whole trail (platform admins).' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId?: string;

  @OptionalInput(() => AuditFilter, 'Conditions on the events.')
  filter?: AuditFilter;
}
