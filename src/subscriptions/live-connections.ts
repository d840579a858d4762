import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Message } from 'mqemitter';
import { isDatabaseUnavailable } from '../common/database-errors.js';
import { AppError } from '../common/errors.js';
import { forbiddenCloseCode, type LiveSocket, type SubscriptionContext } from '../common/graphql/subscription-context.js';
import type { Principal } from '../common/request-context.js';
import { CredentialLiveness } from '../identity/credential-liveness.js';
import { credentialRevocationTopic, EventBus, type CredentialRevocation } from '../events/event-bus.js';
import { Metrics } from '../observability/metrics.js';

interface Held {
  principal: Principal;
  expiry?: NodeJS.Timeout;
}

/** setTimeout's longest delay; a later expiry is checked again then. */
const longestTimer = 2 ** 31 - 1;

/**
 * The subscription connections of this instance that hold a credential, so that they end the moment
 * it goes: a revocation announced on the event bus (from any instance, through Redis when shared)
 * closes the connections it concerns, a credential's own expiry closes them when it comes, and every
 * event checks the credential again before it is delivered (the safety net for anything missed).
 * Ended connections are closed with 4403 (graphql-ws' Forbidden), as refused credentials are.
 */
@Injectable()
export class LiveConnections implements OnModuleInit, OnModuleDestroy {
  private readonly held = new Map<LiveSocket, Held>();
  /** Subscriptions running on this instance, whatever their credential (anonymous ones too). */
  private open = 0;

  constructor(
    private readonly events: EventBus,
    private readonly liveness: CredentialLiveness,
    metrics: Metrics,
  ) {
    const open = () => this.open;
    metrics.gauge({
      name: 'graphql_subscriptions_open',
      help: 'GraphQL subscriptions running on this instance.',
      collect() {
        this.set(open());
      },
    });
  }

  onModuleInit(): void {
    this.events.emitter.on(credentialRevocationTopic, this.onRevocation);
  }

  onModuleDestroy(): void {
    this.events.emitter.removeListener(credentialRevocationTopic, this.onRevocation);
    for (const { expiry } of this.held.values()) clearTimeout(expiry);
    this.held.clear();
  }

  /**
   * Starts a subscription only while its credential holds (it may have gone since the connection
   * opened), and from then on keeps the connection to close when the credential goes.
   */
  async admit(context: SubscriptionContext): Promise<void> {
    const { requestContext: { principal }, liveSocket: socket } = context;
    if (principal.kind !== 'anonymous' && !this.held.has(socket)) {
      this.held.set(socket, { principal });
      socket.onClose(() => this.forget(socket));
    }
    if (!(await this.stillHolds(principal, socket))) {
      throw new AppError('UNAUTHENTICATED', 'The credentials of this connection were revoked or have expired');
    }
  }

  /**
   * A subscription's events, counted as open from now until the subscription ends: the client stops
   * it, its connection closes, or its events end. Returning ends it at once, even while it waits for
   * an event (a generator would wait for that event first).
   */
  counted<T>(events: AsyncIterable<T>): AsyncIterableIterator<T> {
    const source = events[Symbol.asyncIterator]();
    let ended = false;
    const end = () => {
      if (!ended) this.open -= 1;
      ended = true;
    };
    this.open += 1;
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: async () => {
        try {
          const next = await source.next();
          if (next.done) end();
          return next;
        } catch (error) {
          end();
          throw error;
        }
      },
      return: async (value?: unknown) => {
        end();
        return (await source.return?.(value)) ?? { done: true, value: undefined };
      },
      throw: async (error?: unknown) => {
        end();
        if (source.throw) return source.throw(error);
        throw error;
      },
    };
  }

  /** For every event: whether the subscriber's credential still holds. If not, its connection is closed. */
  async stillDelivers(context: SubscriptionContext): Promise<boolean> {
    return this.stillHolds(context.requestContext.principal, context.liveSocket);
  }

  private async stillHolds(principal: Principal, socket: LiveSocket): Promise<boolean> {
    try {
      const { live, until } = await this.liveness.of(principal);
      if (!live) this.end(socket, forbiddenCloseCode, 'Forbidden');
      else this.scheduleExpiry(socket, until);
      return live;
    } catch (error) {
      // Unchecked is not delivered; the client reconnects later and is checked then.
      this.end(socket, isDatabaseUnavailable(error) ? 1013 : 1011, isDatabaseUnavailable(error) ? 'Try again later' : 'Internal error');
      return false;
    }
  }

  private readonly onRevocation = (message: Message, done: () => void): void => {
    const revocation = ((message as { payload?: unknown }).payload ?? {}) as RevocationFields;
    const concerned = [...this.held].filter(([, { principal }]) => concerns(revocation, principal));
    // Checked rather than closed blindly: a password change ends the other sessions, not this one.
    void Promise.all(concerned.map(([socket, { principal }]) => this.stillHolds(principal, socket)));
    done();
  };

  /** Checks again when the credential's own expiry comes (sessions and keys that expire while subscribed). */
  private scheduleExpiry(socket: LiveSocket, until: Date | null): void {
    const held = this.held.get(socket);
    if (!held) return;
    clearTimeout(held.expiry);
    held.expiry = undefined;
    if (!until) return;
    const delay = Math.min(Math.max(until.getTime() - Date.now() + 1, 0), longestTimer);
    held.expiry = setTimeout(() => void this.stillHolds(held.principal, socket), delay).unref();
  }

  private end(socket: LiveSocket, code: number, reason: string): void {
    this.forget(socket);
    socket.close(code, reason);
  }

  private forget(socket: LiveSocket): void {
    clearTimeout(this.held.get(socket)?.expiry);
    this.held.delete(socket);
  }
}

type KeysOf<U> = U extends unknown ? keyof U : never;

/** A revocation as received: any of the fields one may name. */
type RevocationFields = Partial<Record<KeysOf<CredentialRevocation>, string>>;

/** Whether a revocation may concern the credential a connection holds. */
function concerns(revocation: RevocationFields, principal: Principal): boolean {
  if (principal.kind === 'user') return revocation.sessionId === principal.sessionId || revocation.userId === principal.userId;
  if (principal.kind === 'apiKey') return revocation.apiKeyId === principal.apiKeyId || revocation.organizationId === principal.organizationId;
  return false;
}
