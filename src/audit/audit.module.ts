import { Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service.js';
import { AuditResolver } from './audit.resolver.js';

@Module({ providers: [AuditLogService, AuditResolver] })
export class AuditModule {}
