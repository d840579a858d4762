import { Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from './access/access.service.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';

/** The shared services every domain calls: access decisions, the audit trail, abuse limits. */
@Global()
@Module({
  providers: [AccessService, AuditService, RateLimiter],
  exports: [AccessService, AuditService, RateLimiter],
})
export class CommonModule {}
