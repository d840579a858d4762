import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';

/** The audit trail every domain writes its changes to, in the mutation's transaction (see `AuditService`). */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditTrailModule {}
