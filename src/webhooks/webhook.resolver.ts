import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Allow } from '../common/access/allow.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './dto/webhook.inputs.js';
import { WebhookDeliveryStatus } from './webhook-delivery.entity.js';
import { WebhookDeliveryAttemptModel, WebhookDeliveryConnection, WebhookDeliveryModel, WebhookEndpointModel, WebhookEndpointWithSecret } from './webhook.model.js';
import { WebhookService } from './webhook.service.js';

const CreateWebhookEndpointResult = resultUnion('CreateWebhookEndpointResult', 'The endpoint with its secret (shown once); or why not.', () => [WebhookEndpointWithSecret, InvalidInputError]);
const UpdateWebhookEndpointResult = resultUnion('UpdateWebhookEndpointResult', 'The endpoint as changed; or why not.', () => [WebhookEndpointModel, InvalidInputError, VersionConflictError]);
const WebhookDeliveryResult = resultUnion('WebhookDeliveryResult', 'The delivery made; or why not.', () => [WebhookDeliveryModel, InvalidInputError]);

@ArgsType()
class WebhookDeliveriesArgs extends PaginationArgs {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}

const endpointId = (description = 'The endpoint.') => Args('id', { type: () => ID, description }, new ParseUUIDPipe());

@Resolver(() => WebhookEndpointModel)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Allow('user')
  @Mutation(() => CreateWebhookEndpointResult, { description: 'Organisation admins: register an endpoint that receives the organisation’s events, signed; the secret is in the answer and nowhere else.' })
  createWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input', { description: 'The endpoint.' }) input: CreateWebhookEndpointInput) {
    return this.webhooks.create(ctx, input);
  }

  @Allow('user')
  @Mutation(() => UpdateWebhookEndpointResult, { description: 'Organisation admins: change an endpoint’s URL, kinds of change or description, or disable and enable it.' })
  updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input', { description: 'What changes.' }) input: UpdateWebhookEndpointInput) {
    return this.webhooks.update(ctx, input);
  }

  @Allow('user')
  @Mutation(() => WebhookEndpointWithSecret, { description: 'Organisation admins: a new signing secret for the endpoint, shown once; the old one stops at once.' })
  rotateWebhookSecret(@Ctx() ctx: RequestContext, @endpointId() id: string) {
    return this.webhooks.rotateSecret(ctx, id);
  }

  @Allow('user')
  @Mutation(() => WebhookEndpointModel, { description: 'Organisation admins: remove an endpoint and its delivery log.' })
  removeWebhookEndpoint(@Ctx() ctx: RequestContext, @endpointId() id: string) {
    return this.webhooks.remove(ctx, id);
  }

  @Allow('user')
  @Mutation(() => WebhookDeliveryResult, { description: 'Organisation admins: send a delivery again, as a new delivery of the same event (the same `webhook-id`).' })
  redeliverWebhook(@Ctx() ctx: RequestContext, @Args('deliveryId', { type: () => ID, description: 'The delivery to send again.' }, new ParseUUIDPipe()) deliveryId: string) {
    return this.webhooks.redeliver(ctx, deliveryId);
  }

  @Allow('user')
  @Mutation(() => WebhookDeliveryResult, { description: 'Organisation admins: send a `webhook.test` event to the endpoint, to try it and its signature check.' })
  sendTestWebhook(@Ctx() ctx: RequestContext, @endpointId() id: string) {
    return this.webhooks.sendTest(ctx, id);
  }

  @ResolveField('deliveries', () => WebhookDeliveryConnection, { description: 'The endpoint’s deliveries, newest first.' })
  deliveries(@Ctx() ctx: RequestContext, @Parent() endpoint: WebhookEndpointModel, @Args() args: WebhookDeliveriesArgs) {
    return this.webhooks.deliveries(ctx, endpoint.id, args);
  }
}

@Resolver(() => WebhookDeliveryModel)
export class WebhookDeliveryResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @ResolveField('attemptLog', () => [WebhookDeliveryAttemptModel], { description: 'Every attempt, oldest first.' })
  attemptLog(@Ctx() ctx: RequestContext, @Parent() delivery: WebhookDeliveryModel) {
    return this.webhooks.attemptsOf(ctx, delivery.id);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationWebhooksResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @ResolveField('webhookEndpoints', () => [WebhookEndpointModel], { description: 'The organisation’s webhook endpoints, newest first. Its admins only.' })
  webhookEndpoints(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel) {
    return this.webhooks.list(ctx, organization.id);
  }
}
