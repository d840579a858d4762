import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import type { CostStatus } from './rate-limit/cost-budget.js';
import { type ApiKeyScope, type PlatformRole } from './access/vocabulary.js';

/** Who is calling: nobody, a signed-in person, or an integrator's API key acting for its organisation. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string; platformRole: PlatformRole }
  /** `createdBy`: the person who made the key, whom the key's writes are recorded against. */
  | { kind: 'apiKey'; apiKeyId: string; organizationId: string; scopes: ApiKeyScope[]; createdBy: string };

export const anonymous: Principal = { kind: 'anonymous' };

/** What a person or key is known by in budgets and idempotency keys; undefined for anonymous callers. */
export function principalKey(principal: Principal): string | undefined {
  if (principal.kind === 'user') return `user:${principal.userId}`;
  if (principal.kind === 'apiKey') return `apiKey:${principal.apiKeyId}`;
  return undefined;
}

/**
 * What a request carries through resolvers into services (always their first argument): the caller,
 * the request id for logs and audit, the caller's address for abuse limits, the transaction of the
 * mutation under way, and the request's own DataLoaders.
 */
export class RequestContext {
  principal: Principal = anonymous;
  /** Set once the global guard has authenticated the request. */
  authenticated = false;
  /** The person this request signed in (registration, sign-in): they may see their own account in the answer. */
  signedInUserId: string | undefined;
  /** What the operation cost and what is left of the caller's budget, once charged. */
  cost: CostStatus | undefined;
  /** The mutation's transaction; services read and write through it when set. */
  manager: EntityManager | undefined;
  /** Done inside every mutation transaction of the request, before it commits. */
  transactionalWork: readonly TransactionalWork[] = [];
  private readonly loaders = new Map<string, unknown>();
  private committed: (() => Promise<void>)[] = [];

  constructor(
    readonly requestId: string,
    readonly ip: string = 'unknown',
  ) {}

  get userId(): string | undefined {
    return this.principal.kind === 'user' ? this.principal.userId : undefined;
  }

  /** Whether the caller is this person: signed in as them, or signing in as them in this request. */
  isSelf(userId: string): boolean {
    return this.userId === userId || this.signedInUserId === userId;
  }

  /**
   * The request's loader for `key`, made on first use. Loaders cache, so they live exactly as long as
   * the request and are never shared between callers.
   */
  loader<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Work that must happen only once the mutation's writes are committed (announcing changes). Outside
   * a transaction it runs at once.
   */
  afterCommit(work: () => Promise<void>): void {
    if (this.manager) this.committed.push(work);
    else void work();
  }

  /** Takes the work queued during a transaction: the caller runs it after commit, or drops it after rollback. */
  takeAfterCommit(): (() => Promise<void>)[] {
    const work = this.committed;
    this.committed = [];
    return work;
  }

  /** Forgets cached loads, e.g. after a mutation changed what they hold. */
  clearLoaders(): void {
    this.loaders.clear();
  }
}

/** Turns request headers (or a subscription's `connection_init` payload) into a principal; refuses bad credentials. */
export interface Authenticator {
  principalFrom(credentials: Record<string, unknown>): Promise<Principal>;
}

/** The injection token of the one `Authenticator` (provided by identity). */
export const AUTHENTICATOR = Symbol('AUTHENTICATOR');

const requestPrincipal = Symbol('principal');
const requestTransactionalWork = Symbol('transactional work');

/** Work that must commit or roll back with a mutation's writes (given the transaction's manager). */
export type TransactionalWork = (manager: EntityManager) => Promise<void>;

/**
 * Asks, from a hook that runs before GraphQL, for work to be done inside each mutation transaction of
 * this HTTP request (recording that an idempotent request's writes committed, say).
 */
export function addTransactionalWork(request: object, work: TransactionalWork): void {
  const holder = request as { [requestTransactionalWork]?: TransactionalWork[] };
  (holder[requestTransactionalWork] ??= []).push(work);
}

export function transactionalWorkOf(request: object): readonly TransactionalWork[] {
  return (request as { [requestTransactionalWork]?: TransactionalWork[] })[requestTransactionalWork] ?? [];
}

/**
 * The principal of an HTTP request, asked of the authenticator once per request whoever asks first
 * (the idempotency check before GraphQL, the operation itself, a plain route).
 */
export function principalOfRequest(request: { headers: Record<string, unknown> }, authenticator: Authenticator): Promise<Principal> {
  const holder = request as { [requestPrincipal]?: Promise<Principal> };
  return (holder[requestPrincipal] ??= authenticator.principalFrom(request.headers));
}

export interface GraphQLContext {
  req: unknown;
  reply: unknown;
  requestContext: RequestContext;
}

/** Injects the `RequestContext` into a resolver or route argument (plain routes get it from the global guard). */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => {
  if (execution.getType() === 'http') return execution.switchToHttp().getRequest<{ requestContext: RequestContext }>().requestContext;
  return GqlExecutionContext.create(execution).getContext<GraphQLContext>().requestContext;
});
