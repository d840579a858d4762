import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ExpectedVersion, OptionalText } from '../../common/graphql/input-fields.js';
import { trimmed } from '../../common/validation.js';
import { WebhookEventType } from '../webhook-events.js';

const eventTypes = (description: string, optional: boolean) =>
  Field(() => [WebhookEventType], { nullable: optional, description });

@InputType({ description: 'A webhook endpoint to register.' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: 'The organisation whose events it receives; you must be one of its admins.' })
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId: string;

  @Field({ description: 'Where deliveries are POSTed: an https URL on the public internet (at most 2,000 characters).' })
  @IsString()
  @MaxLength(2_000)
  @Transform(trimmed)
  url: string;

  @eventTypes('The kinds of change to receive (at least one).', false)
  @ArrayMinSize(1, { message: 'eventTypes must name at least one kind of change' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEnum(WebhookEventType, { each: true })
  eventTypes: WebhookEventType[];

  @OptionalText({ max: 500, description: 'What the endpoint is for (up to 500 characters).' })
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook endpoint; what is omitted stays.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  @IsUUID('all', { message: 'id must be a webhook endpoint id (UUID)' })
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'A new URL.' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  @Transform(trimmed)
  url?: string;

  @eventTypes('The kinds of change to receive from now on (at least one).', true)
  @IsOptional()
  @ArrayMinSize(1, { message: 'eventTypes must name at least one kind of change' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEnum(WebhookEventType, { each: true })
  eventTypes?: WebhookEventType[];

  @OptionalText({ max: 500, description: 'A new description; null removes it.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables the endpoint; true enables it again (after it was disabled for failing).' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
