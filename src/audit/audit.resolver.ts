import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditEventConnection, AuditEventModel, AuditLogArgs } from './audit.model.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly auditLogService: AuditLogService) {}

  @Allow('user')
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first: an organisation’s admins read its own; platform admins read all.' })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditEventConnection> {
    return this.auditLogService.list(ctx, args);
  }
}
