import { Module } from '@nestjs/common';
import { ProjectModule } from '../projects/project.module.js';
import { ActivityResolver } from './activity.resolver.js';
import { CredentialLiveness } from './credential-liveness.js';
import { LiveConnections } from './live-connections.js';

@Module({ imports: [ProjectModule], providers: [ActivityResolver, CredentialLiveness, LiveConnections] })
export class EventsModule {}
