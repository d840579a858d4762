import { Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service.js';
import { AuditResolver } from './audit.resolver.js';

/** Reading the audit trail (writing it is `AuditTrailModule`'s). */
@Module({ providers: [AuditLogService, AuditResolver] })
export class AuditModule {}
