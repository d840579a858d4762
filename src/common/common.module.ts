import { Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { EventBus } from '../events/event-bus.js';
import { AccessService } from './access/access.service.js';
import { CostBudget } from './rate-limit/cost-budget.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';

/** The shared services every domain calls: access decisions, the audit trail and its events, abuse limits. */
@Global()
@Module({
  providers: [AccessService, AuditService, RateLimiter, CostBudget, EventBus],
  exports: [AccessService, AuditService, RateLimiter, CostBudget, EventBus],
})
export class CommonModule {}
