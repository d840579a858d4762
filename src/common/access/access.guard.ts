import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { CostBudget } from '../rate-limit/cost-budget.js';
import { AUTHENTICATOR, principalOfRequest, RequestContext, type Authenticator, type GraphQLContext } from '../request-context.js';
import { ALLOW_KEY, type PrincipalKind } from './allow.decorator.js';
import { PUBLIC_KEY } from './public.decorator.js';

type RouteRequest = FastifyRequest & { requestContext?: RequestContext };

/**
 * The global gate, for every resolver and route: it lets a call through only if it is `@Public()` or
 * the caller is signed in as a kind the operation `@Allow`s. GraphQL operations arrive authenticated
 * and charged (see graphql.options.ts: that happens once per operation, before it runs); plain routes
 * are authenticated here and cost one point of the caller's budget.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly budget: CostBudget,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = context.getType<GqlContextType>() === 'graphql' ? GqlExecutionContext.create(context).getContext<GraphQLContext>().requestContext : await this.routeContext(context);

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

  /** A plain route's context, authenticated and charged on first use. */
  private async routeContext(context: ExecutionContext): Promise<RequestContext> {
    const request = context.switchToHttp().getRequest<RouteRequest>();
    const ctx = (request.requestContext ??= new RequestContext(String(request.id), request.ip));
    if (!ctx.authenticated) {
      ctx.principal = await principalOfRequest(request, this.authenticator);
      ctx.authenticated = true;
      await this.budget.charge(ctx, 1, context.switchToHttp().getResponse<FastifyReply>());
    }
    return ctx;
  }
}
