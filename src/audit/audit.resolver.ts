import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '../identity/user.model.js';
import { UserService } from '../identity/user.service.js';
import { Allow } from '../common/access/allow.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditEventConnection, AuditEventModel, AuditLogArgs } from './audit.model.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly auditLogService: AuditLogService,
    private readonly users: UserService,
  ) {}

  @ResolveField('actor', () => UserModel, { nullable: true, description: 'The person who acted; null when an API key or the system did.' })
  actor(@Ctx() ctx: RequestContext, @Parent() event: AuditEventModel): Promise<UserModel | null> {
    return event.actorUserId ? this.users.byId(ctx, event.actorUserId) : Promise.resolve(null);
  }

  @Allow('user')
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first: an organisation’s admins read its own; platform admins read all.' })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditEventConnection> {
    return this.auditLogService.list(ctx, args);
  }
}
