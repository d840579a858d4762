import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule, type GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { randomUUID } from 'node:crypto';
import { RequestContext, type GraphQLContext, type Principal } from '../request-context.js';
import { formatErrors } from './error-formatter.js';
import { describeRootTypes } from './schema.js';
import { refuseUnstorableText } from './storable-text.js';

export interface SubscriptionSupport {
  emitter: object;
  /** The principal of a connection from its `connection_init` payload; undefined for bad credentials. */
  authenticate(payload: unknown): Promise<Principal | undefined>;
}

/** Mercurius on Fastify, code-first; the schema is printed to `schema.gql` by `npm run schema`. */
export function graphqlOptions(config: AppConfig, logger: Logger, subscriptions?: SubscriptionSupport): MercuriusDriverConfig {
  const production = config.env === 'production';
  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: describeRootTypes,
    graphiql: config.graphql.ide,
    queryDepth: config.graphql.depthLimit,
    // No `jit`: graphql-jit gained ~10% in `npm run bench` but ignores the default values of input
    // fields given through variables (orderBy: {field: NAME} then fails), which graphql-js honours.
    validationRules: config.graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule],
    hooks: { preExecution: [refuseUnstorableText] },
    context: (request: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
      req: request,
      reply,
      requestContext: new RequestContext(String(request.id), request.ip),
    }),
    // Subscriptions over WebSocket at the same path, graphql-ws protocol; credentials travel in the
    // connection_init payload, as `authorization` or `x-api-key`.
    subscription: subscriptions && {
      emitter: subscriptions.emitter,
      onConnect: async ({ payload }: { payload: unknown }) => {
        const principal = await subscriptions.authenticate(payload);
        if (!principal) return false;
        const requestContext = new RequestContext(randomUUID(), 'websocket');
        requestContext.principal = principal;
        requestContext.authenticated = true;
        return { requestContext };
      },
    },
    errorFormatter: (execution, context) => {
      const reply = (context as { reply?: FastifyReply }).reply;
      const errors = formatErrors((execution.errors ?? []) as GraphQLError[], { production, logger, requestId: reply?.request.id });
      // A request refused before execution (syntax, validation, depth) has no data at all: 400; one the
      // database could not serve at all: 503, so that proxies and clients retry.
      const unavailable = errors.length > 0 && errors.every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
      const statusCode = unavailable && !execution.data ? 503 : execution.data === undefined ? 400 : 200;
      return { statusCode, response: { data: execution.data ?? null, errors } };
    },
  };
}
