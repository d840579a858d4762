import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import mqemitter, { type MQEmitter } from 'mqemitter';
import MQEmitterRedis from 'mqemitter-redis';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Where changes are announced for subscriptions. In one process an in-memory emitter; with
 * REDIS_URL, Redis pub/sub, so that a change made through one instance reaches subscribers of all.
 * The GraphQL subscriptions listen on the same emitter.
 */
@Injectable()
export class EventBus implements OnModuleDestroy {
  readonly emitter: MQEmitter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.emitter = config.redisUrl ? (MQEmitterRedis({ connectionString: config.redisUrl }) as unknown as MQEmitter) : mqemitter();
  }

  publish(topic: string, payload: Record<string, unknown>): Promise<void> {
    return new Promise((resolve, reject) => this.emitter.emit({ topic, payload }, (error) => (error ? reject(error) : resolve())));
  }

  onModuleDestroy(): Promise<void> {
    return new Promise((resolve) => this.emitter.close(() => resolve()));
  }
}

export const projectTopic = (projectId: string) => `project:${projectId}`;
export const organizationTopic = (organizationId: string) => `organization:${organizationId}`;
