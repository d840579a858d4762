import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import { WebhookDeliveryStatus, type WebhookDeliveryAttemptEntity, type WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointStatus, type WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { WebhookEventType } from './webhook-events.js';

registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint receives deliveries.',
  valuesMap: {
    ACTIVE: { description: 'Receives the events it listens to.' },
    DISABLED: { description: 'Receives nothing: disabled by its admins, or after every attempt of a delivery failed. Enable it again with `updateWebhookEndpoint`.' },
  },
});

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for its first attempt.' },
    RETRYING: { description: 'An attempt failed; the next follows with exponential backoff.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed (over about a day and a half by default).' },
    SKIPPED: { description: 'Not sent: the endpoint was disabled first.' },
  },
});

@ObjectType('WebhookEndpoint', { description: 'An address where an organisation hears of changes it may see, signed with a secret of its own.' })
export class WebhookEndpointModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The organisation whose events it receives.' })
  organizationId: string;

  @Field({ description: 'Where deliveries are POSTed.' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' })
  description: string | null;

  @Field(() => [WebhookEventType], { description: 'The kinds of change it receives.' })
  eventTypes: WebhookEventType[];

  @Field(() => WebhookEndpointStatus, { description: 'Whether it receives deliveries.' })
  status: WebhookEndpointStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was disabled; null while active.' })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled; null while active.' })
  disabledReason: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was registered.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases with every change; give it as `expectedVersion` to change the endpoint.' })
  version: number;

  static fromEntity(entity: WebhookEndpointEntity): WebhookEndpointModel {
    return Object.assign(new WebhookEndpointModel(), {
      id: entity.id,
      organizationId: entity.organizationId,
      url: entity.url,
      description: entity.description,
      eventTypes: entity.eventTypes,
      status: entity.status,
      disabledAt: entity.disabledAt,
      disabledReason: entity.disabledReason,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'An endpoint with its signing secret: shown here, once, and never again.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpointModel, { description: 'The endpoint.' })
  endpoint: WebhookEndpointModel;

  @Field({ description: 'The signing secret (`whsec_…`): verify each delivery’s `webhook-signature` with it (see the README). Store it now.' })
  secret: string;
}

@ObjectType('WebhookDeliveryAttempt', { description: 'One HTTP attempt of a delivery.' })
export class WebhookDeliveryAttemptModel {
  @Field(() => GraphQLISODateTime, { description: 'When it was made.' })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the endpoint answered; null when no answer came.' })
  statusCode: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong; null when it succeeded.' })
  error: string | null;

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  durationMs: number;

  static fromEntity(entity: WebhookDeliveryAttemptEntity): WebhookDeliveryAttemptModel {
    return Object.assign(new WebhookDeliveryAttemptModel(), { attemptedAt: entity.attemptedAt, statusCode: entity.statusCode, error: entity.error, durationMs: entity.durationMs });
  }
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or to send) to one endpoint.' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => ID, { description: 'The endpoint.' })
  endpointId: string;

  @Field(() => ID, { description: 'The event’s id, sent as `webhook-id`: the same in every attempt and redelivery, so a receiver can drop repeats.' })
  eventId: string;

  @Field({ description: 'What happened, e.g. `project.updated`, `membership.approved`; `webhook.test` for a test delivery.' })
  eventType: string;

  @Field({ description: 'The JSON body sent, exactly: the signature covers these bytes.' })
  body: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when no answer came.' })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong in the last attempt.' })
  lastError: string | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one sends again, when it was asked for with `redeliverWebhook`.' })
  redeliveryOf: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the delivery was made for the event.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it succeeded, failed for good or was skipped.' })
  finishedAt: Date | null;

  static fromEntity(entity: WebhookDeliveryEntity): WebhookDeliveryModel {
    return Object.assign(new WebhookDeliveryModel(), {
      id: entity.id,
      endpointId: entity.endpointId,
      eventId: entity.eventId,
      eventType: entity.eventType,
      body: JSON.stringify(entity.payload),
      status: entity.status,
      attempts: entity.attempts,
      lastStatusCode: entity.lastStatusCode,
      lastError: entity.lastError,
      redeliveryOf: entity.redeliveryOf,
      createdAt: entity.createdAt,
      finishedAt: entity.finishedAt,
    });
  }
}

@ObjectType({ description: 'A page of an endpoint’s deliveries.' })
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryModel, 'WebhookDelivery', 'deliveries') {}
