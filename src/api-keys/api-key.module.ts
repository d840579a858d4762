import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { ApiKeyOrganizationResolver, ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyService } from './api-key.service.js';
import { ApiKeyReminders } from './api-key-reminders.js';

@Module({
  imports: [OrganizationModule],
  providers: [ApiKeyReminders, ApiKeyService, ApiKeyResolver, ApiKeyOrganizationResolver],
  exports: [ApiKeyService],
})
export class ApiKeyModule {}
