import { Module } from '@nestjs/common';
import { ProjectModule } from '../projects/project.module.js';
import { ActivityResolver } from './activity.resolver.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LiveConnections } from './live-connections.js';

/** The GraphQL subscriptions: a project's and an organisation's activity, over connections closed when their credential dies. */
@Module({ imports: [ProjectModule, IdentityModule], providers: [ActivityResolver, LiveConnections] })
export class SubscriptionsModule {}
