import { Module } from '@nestjs/common';
import { WebhookJobs } from './webhook.jobs.js';
import { OrganizationWebhooksResolver, WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

/** Webhooks: endpoints organisations register, and the signed deliveries of the changes they may see. */
@Module({
  providers: [WebhookService, WebhookJobs, WebhookResolver, WebhookDeliveryResolver, OrganizationWebhooksResolver],
})
export class WebhookModule {}
