import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditResolver } from './audit.resolver.js';

@Module({ imports: [IdentityModule], providers: [AuditLogService, AuditResolver] })
export class AuditModule {}
