import { Module } from '@nestjs/common';
import { ProjectModule } from '../projects/project.module.js';
import { ActivityResolver } from './activity.resolver.js';

@Module({ imports: [ProjectModule], providers: [ActivityResolver] })
export class EventsModule {}
