import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventModel } from '../audit/audit.model.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { UserModel } from './user.model.js';
import { UserService } from './user.service.js';

/** Who acted in an audit event: people are identity's, so identity adds them to the trail. */
@Resolver(() => AuditEventModel)
export class AuditEventActorResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField('actor', () => UserModel, { nullable: true, description: 'The person who acted; null when an API key or the system did.' })
  actor(@Ctx() ctx: RequestContext, @Parent() event: AuditEventModel): Promise<UserModel | null> {
    return event.actorUserId ? this.users.byId(ctx, event.actorUserId) : Promise.resolve(null);
  }
}
