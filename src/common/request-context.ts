import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

/** Who is calling. Only anonymous callers exist until accounts and API keys arrive. */
export type Principal = { kind: 'anonymous' };

/**
 * What a request carries through resolvers into services (always their first argument): the caller,
 * the request id for logs and audit, and the request's own DataLoaders.
 */
export class RequestContext {
  private readonly loaders = new Map<string, unknown>();

  constructor(
    readonly requestId: string,
    readonly principal: Principal = { kind: 'anonymous' },
  ) {}

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
}

export interface GraphQLContext {
  requestContext: RequestContext;
}

/** Injects the `RequestContext` into a resolver argument. */
export const Ctx = createParamDecorator(
  (_data: unknown, execution: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(execution).getContext<GraphQLContext>().requestContext,
);
