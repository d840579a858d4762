import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import mqemitter, { type MQEmitter } from 'mqemitter';
import MQEmitterRedis from 'mqemitter-redis';
import type { Logger } from 'pino';
import type { RequestContext } from '../common/request-context.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';

/**
 * Where changes are announced for subscriptions. In one process an in-memory emitter; with
 * REDIS_URL, Redis pub/sub, so that a change made through one instance reaches subscribers of all.
 * The GraphQL subscriptions listen on the same emitter.
 */
@Injectable()
export class EventBus implements OnApplicationShutdown {
  readonly emitter: MQEmitter;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {
    this.emitter = config.redisUrl ? (MQEmitterRedis({ connectionString: config.redisUrl }) as unknown as MQEmitter) : mqemitter();
  }

  /**
   * Announces a change that is already committed. It never fails: the write stands whatever happens
   * to its announcement, so a failure is logged rather than turned into an error for the writer.
   */
  publish(topic: string, payload: Record<string, unknown>): Promise<void> {
    return new Promise((resolve) =>
      this.emitter.emit({ topic, payload }, (error) => {
        if (error) this.logger.error({ err: error, topic }, 'a committed change could not be announced to subscribers');
        resolve();
      }),
    );
  }

  /**
   * Tells every instance, once the revocation is committed, that credentials were revoked, so that the
   * live connections holding them end at once rather than at their next event.
   */
  announceRevocation(ctx: RequestContext, revocation: CredentialRevocation): void {
    ctx.afterCommit(() => this.publish(credentialRevocationTopic, { ...revocation }));
  }

  /**
   * Closed only once the HTTP server has stopped (Nest calls shutdown hooks after closing it, and
   * module-destroy hooks before), so that writes still finishing during shutdown are announced.
   */
  onApplicationShutdown(): Promise<void> {
    return new Promise((resolve) => this.emitter.close(() => resolve()));
  }
}

export const projectTopic = (projectId: string) => `project:${projectId}`;
export const organizationTopic = (organizationId: string) => `organization:${organizationId}`;

/** Where revoked credentials are announced; the subscriptions' events never travel on it. */
export const credentialRevocationTopic = 'credentials:revoked';

/**
 * Credentials that may have stopped being valid: one session, every session of a person (disabled,
 * or a password changed: the current session survives, which the check of each connection finds), one
 * API key, or every key of an organisation (archived).
 */
export type CredentialRevocation = { sessionId: string } | { userId: string } | { apiKeyId: string } | { organizationId: string };
