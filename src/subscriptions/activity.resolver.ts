import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { AccessService } from '../common/access/access.service.js';
import { Public } from '../common/access/public.decorator.js';
import { notVisible } from '../common/errors.js';
import type { SubscriptionContext } from '../common/graphql/subscription-context.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { ProjectReader } from '../projects/project-reader.js';
import { OrganizationActivity, ProjectChange } from './activity.model.js';
import { organizationTopic, projectTopic } from '../events/event-bus.js';
import { LiveConnections } from './live-connections.js';

interface PubSub {
  subscribe(topic: string): Promise<AsyncIterable<unknown>>;
}

/**
 * Live updates over WebSocket (graphql-ws protocol, at /graphql). The credential and access are
 * checked when subscribing and again for every event, so someone who loses either stops hearing; a
 * credential that goes also closes the connection (LiveConnections).
 */
@Resolver()
export class ActivityResolver {
  constructor(
    private readonly projects: ProjectReader,
    private readonly access: AccessService,
    private readonly connections: LiveConnections,
  ) {}

  @Public()
  @Subscription(() => ProjectChange, {
    description: 'Committed changes to a project you may read (public projects, or those of your organisations).',
    async filter(this: ActivityResolver, _payload: unknown, variables: { projectId: string }, context: SubscriptionContext) {
      return (await this.connections.stillDelivers(context)) && this.canRead(context.requestContext, variables.projectId);
    },
  })
  async projectChanged(
    @Ctx() ctx: RequestContext,
    @Args('projectId', { type: () => ID, description: 'The project to follow.' }, new ParseUUIDPipe()) projectId: string,
    @Context('pubsub') pubsub: PubSub,
    @Context() context: SubscriptionContext,
  ) {
    await this.connections.admit(context);
    if (!(await this.canRead(ctx, projectId))) throw notVisible('project');
    return this.connections.counted(await pubsub.subscribe(projectTopic(projectId)));
  }

  @Subscription(() => OrganizationActivity, {
    description: 'What happens in an organisation you belong to (members and its API keys): actions as they are committed.',
    async filter(this: ActivityResolver, _payload: unknown, variables: { organizationId: string }, context: SubscriptionContext) {
      if (!(await this.connections.stillDelivers(context))) return false;
      context.requestContext.clearLoaders();
      return this.access.can(context.requestContext, 'organization.read', variables.organizationId);
    },
  })
  async organizationActivity(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID, description: 'The organisation to follow.' }, new ParseUUIDPipe()) organizationId: string,
    @Context('pubsub') pubsub: PubSub,
    @Context() context: SubscriptionContext,
  ) {
    await this.connections.admit(context);
    await this.access.requireAccess(ctx, 'organization.read', organizationId);
    return this.connections.counted(await pubsub.subscribe(organizationTopic(organizationId)));
  }

  /** Fresh for every event: a connection lives long, and rights change. */
  private async canRead(ctx: RequestContext, projectId: string): Promise<boolean> {
    ctx.clearLoaders();
    return this.projects.isReadable(ctx, projectId);
  }
}
