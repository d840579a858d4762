import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AppError } from '../errors.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { anonymous, RequestContext, type GraphQLContext, type Principal } from '../request-context.js';
import { ALLOW_KEY, type PrincipalKind } from './allow.decorator.js';
import { PUBLIC_KEY } from './public.decorator.js';

type AuthenticatedRequest = FastifyRequest & { user?: Principal; requestContext?: RequestContext };

/** True when the request carries credentials of any kind (then they must be valid). */
export function hasCredentials(request: FastifyRequest): boolean {
  return Boolean(request.headers.authorization || request.headers['x-api-key']);
}

/**
 * The global gate, for every resolver and route. It authenticates the request once (an access token
 * or an API key, through passport; no credentials means anonymous; bad credentials are refused even
 * on public operations), spends one unit of the caller's request budget, and then lets the call
 * through only if it is `@Public()` or the caller is signed in as a kind the operation `@Allow`s.
 */
@Injectable()
export class AccessGuard extends AuthGuard(['jwt', 'api-key']) {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = this.requestContext(context);
    if (!ctx.authenticated) {
      const request = this.getRequest(context);
      if (hasCredentials(request)) await super.canActivate(context);
      ctx.principal = request.user ?? anonymous;
      ctx.authenticated = true;
      await this.spendBudget(ctx, context);
    }

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const { principal } = ctx;
    if (principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in, or send an API key, to use this operation');
    const allowed = this.reflector.getAllAndOverride<PrincipalKind[] | undefined>(ALLOW_KEY, targets);
    if (allowed && !allowed.includes(principal.kind)) {
      throw new AppError('FORBIDDEN', principal.kind === 'apiKey' ? 'API keys cannot use this operation; a person must sign in' : 'You may not use this operation');
    }
    return true;
  }

  override getRequest(context: ExecutionContext): AuthenticatedRequest {
    if (context.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<GraphQLContext>().req as AuthenticatedRequest;
    }
    return context.switchToHttp().getRequest<AuthenticatedRequest>();
  }

  getResponse(context: ExecutionContext): FastifyReply {
    if (context.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<GraphQLContext>().reply as FastifyReply;
    }
    return context.switchToHttp().getResponse<FastifyReply>();
  }

  override handleRequest<T>(error: unknown, principal: T): T {
    if (error instanceof AppError) throw error;
    if (error || !principal) {
      throw new AppError('UNAUTHENTICATED', 'The access token or API key is invalid, expired or revoked');
    }
    return principal;
  }

  /** Every principal has a budget per minute: people and keys by id, anonymous callers by address. */
  private async spendBudget(ctx: RequestContext, context: ExecutionContext): Promise<void> {
    const { principal } = ctx;
    const key =
      principal.kind === 'user' ? `user:${principal.userId}` : principal.kind === 'apiKey' ? `key:${principal.apiKeyId}` : `ip:${ctx.ip}`;
    try {
      await this.rateLimiter.consume(`budget:${key}`, this.config.rateLimits.requestsPerMinute);
    } catch (error) {
      if (error instanceof AppError && error.code === 'RATE_LIMITED') {
        this.getResponse(context).header('retry-after', String(error.details?.retryAfterSeconds));
      }
      throw error;
    }
  }

  /** GraphQL requests carry one in their context; plain routes get one on the request. */
  private requestContext(context: ExecutionContext): RequestContext {
    if (context.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<GraphQLContext>().requestContext;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return (request.requestContext ??= new RequestContext(String(request.id), request.ip));
  }
}
