import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../config/config.module.js';
import type { GraphQLContext, RequestContext } from './request-context.js';

/** The manager to read and write with: the mutation's transaction when one is open. */
export function managerOf(ctx: RequestContext, dataSource: DataSource): EntityManager {
  return ctx.manager ?? dataSource.manager;
}

/**
 * Runs every GraphQL mutation in one transaction: the services' writes and the audit rows commit or
 * roll back together. Queries run outside transactions.
 */
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const ctx = gql.getContext<GraphQLContext>().requestContext;
    const run = async () => {
      let result: unknown;
      try {
        result = await this.dataSource.transaction(async (manager) => {
          ctx.manager = manager;
          try {
            const answer = await lastValueFrom(next.handle(), { defaultValue: undefined });
            for (const work of ctx.transactionalWork) await work(manager);
            return answer;
          } finally {
            ctx.manager = undefined;
            // Loaders may hold what the mutation just changed.
            ctx.clearLoaders();
          }
        });
      } catch (error) {
        ctx.takeAfterCommit(); // rolled back: nothing happened, nothing to announce
        throw error;
      }
      for (const work of ctx.takeAfterCommit()) {
        await work().catch((error: unknown) => this.logger.error({ err: error, reqId: ctx.requestId }, 'after-commit work failed'));
      }
      return result;
    };
    return from(run());
  }
}
