import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { isDatabaseUnavailable, serviceUnavailable } from '../common/database-errors.js';
import { databaseHealthOf } from '../common/database-health.js';
import { AppError } from '../common/errors.js';
import { refuseGraphqlRequest } from '../common/graphql/graphql-http.js';
import { addTransactionalWork, AUTHENTICATOR, principalKey, principalOfRequest, type Authenticator, type Principal } from '../common/request-context.js';
import { APP_LOGGER } from '../config/config.module.js';
import { IdempotencyRepository } from './idempotency.repository.js';
import { asksForMutation, idempotencyHeader, isFault, isValidIdempotencyKey, requestHash } from './idempotent-request.js';

/** The key a request holds while it runs, for the answer to be stored under. */
const held = Symbol('idempotency key held');
type HoldingRequest = FastifyRequest & { [held]?: { principal: string; key: string } };

const cleanupIntervalMs = 60 * 60_000;

/**
 * Stripe's `Idempotency-Key` for GraphQL mutations on POST /graphql: the same key, caller and body
 * within 24 hours replays the stored answer (`Idempotent-Replayed: true`) without a second write; the
 * same key with another body is BAD_USER_INPUT; while the first request still runs, CONFLICT
 * (retryable). Faults are not stored, so a retry runs again. Keys are per caller (a person or an API
 * key); anonymous requests cannot use them.
 */
@Injectable()
export class IdempotencyHooks implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private cleanup: NodeJS.Timeout | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly requests: IdempotencyRepository,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // preHandler: the last hook before the route, so that authentication (whatever hook it runs in) came first.
    fastify.addHook('preHandler', (request, reply) => this.before(request as HoldingRequest, reply));
    fastify.addHook('onSend', (request, reply, payload) => this.after(request as HoldingRequest, reply, payload));
  }

  onApplicationBootstrap(): void {
    const sweep = () =>
      this.requests.deleteExpired().catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) this.logger.warn({ err: error }, 'expired idempotency keys could not be deleted');
      });
    void sweep();
    this.cleanup = setInterval(sweep, cleanupIntervalMs).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
  }

  /** The caller that idempotency keys belong to; undefined for bad credentials, which GraphQL then refuses. */
  private async principalOf(request: FastifyRequest): Promise<Principal | undefined> {
    try {
      return await principalOfRequest(request, this.authenticator);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') return undefined;
      throw error;
    }
  }

  /** Returns the reply when it answered (Fastify then skips the route); nothing to let the request run. */
  private async before(request: HoldingRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const key = request.headers[idempotencyHeader];
    if (key === undefined || request.method !== 'POST' || request.routeOptions.url !== '/graphql' || !asksForMutation(request.body)) return;
    if (!isValidIdempotencyKey(key)) {
      return refuseGraphqlRequest(reply, new AppError('BAD_USER_INPUT', 'The Idempotency-Key header must be 1 to 255 printable ASCII characters (a UUID, say), given once', 'Idempotency-Key'));
    }
    try {
      const principal = await this.principalOf(request);
      // Bad credentials: GraphQL refuses the request itself, and nothing is written.
      if (!principal) return;
      const owner = principalKey(principal);
      if (!owner) {
        return refuseGraphqlRequest(reply, new AppError('BAD_USER_INPUT', 'The Idempotency-Key header needs a signed-in caller or an API key: keys belong to their caller', 'Idempotency-Key'));
      }
      const reservation = await this.requests.reserve(owner, key, requestHash(request.body));
      switch (reservation.outcome) {
        case 'reserved':
          request[held] = { principal: owner, key };
          // Marked in each of the request's mutation transactions, so it commits with their writes.
          addTransactionalWork(request, (manager) => this.requests.markCommitted(manager, owner, key));
          return;
        case 'replay':
          return reply.code(reservation.statusCode).header('content-type', 'application/json; charset=utf-8').header('idempotent-replayed', 'true').send(reservation.body);
        case 'answerLost':
          return refuseGraphqlRequest(
            reply,
            new AppError(
              'CONFLICT',
              'The request with this Idempotency-Key was carried out, but its answer was lost; read what it changed instead of sending it again',
              'Idempotency-Key',
            ),
          );
        case 'otherRequest':
          return refuseGraphqlRequest(reply, new AppError('BAD_USER_INPUT', 'This Idempotency-Key was used for another request; use a new key for a new request', 'Idempotency-Key'));
        case 'inFlight':
          return refuseGraphqlRequest(
            reply,
            new AppError('CONFLICT', 'A request with this Idempotency-Key is still under way; retry once it has been answered', 'Idempotency-Key', { retryAfterSeconds: 1 }),
          );
      }
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      databaseHealthOf(this.logger).refused(error);
      return refuseGraphqlRequest(reply, error instanceof AppError ? error : serviceUnavailable());
    }
  }

  /** Stores the answer for replay, or gives the key up if the answer is a fault. */
  private async after(request: HoldingRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const holding = request[held];
    if (!holding) return payload;
    request[held] = undefined;
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
    try {
      const fault = body === undefined || isFault(reply.statusCode, body);
      // A fault after some of the request's writes committed is kept like any answer: running it again would write twice.
      if (fault && (await this.requests.release(holding.principal, holding.key))) return payload;
      if (body !== undefined) await this.requests.complete(holding.principal, holding.key, reply.statusCode, body);
    } catch (error) {
      // The answer still goes out; the key stays "under way" until it counts as abandoned.
      if (isDatabaseUnavailable(error)) databaseHealthOf(this.logger).refused(error);
      else this.logger.error({ err: error, reqId: request.id }, 'the answer to an idempotent request could not be stored');
    }
    return payload;
  }
}
