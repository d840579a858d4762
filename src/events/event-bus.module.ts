import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';

/** The bus every domain announces its changes on, for subscriptions (see `EventBus`). */
@Global()
@Module({ providers: [EventBus], exports: [EventBus] })
export class EventBusModule {}
