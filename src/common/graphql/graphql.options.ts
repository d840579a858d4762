import { randomUUID } from 'node:crypto';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { specifiedRules, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { isDatabaseUnavailable, serviceUnavailable } from '../database-errors.js';
import { databaseHealthOf } from '../database-health.js';
import { AppError } from '../errors.js';
import { pointsFor, type CostBudget } from '../rate-limit/cost-budget.js';
import { principalOfRequest, RequestContext, transactionalWorkOf, type Authenticator, type GraphQLContext } from '../request-context.js';
import { nameOperation } from '../logging/log-context.js';
import { formatErrors, statusFor } from './error-formatter.js';
import { noteErrorCodes, operationNameIn } from './operation-outcome.js';
import { estimateCost } from './operation-cost.js';
import { limitError, limitRules } from './operation-limits.js';
import { automaticPersistedQueries } from './persisted-queries.js';
import type { ServedAs } from '../read/json-reader.js';
import { serveReadModelFields } from '../read/served-fields.js';
import { inputLiteralPaths, refuseInvalidDateVariables } from './scalars.js';
import { describeRootTypes } from './schema.js';
import { withInputDefaults } from './input-defaults.js';
import { refuseUnstorableText } from './storable-text.js';
import { forbiddenCloseCode, type LiveSocket, type SubscriptionContext } from './subscription-context.js';

export interface GraphQLSupport {
  /** Where subscriptions listen for events. */
  emitter: object;
  authenticator: Authenticator;
  budget: CostBudget;
  /** The fields the read models answer in SQL, by type. */
  servedFields: Map<string, Map<string, ServedAs>>;
}

/** A subscription connection, as Mercurius calls `onConnect` (with the connection as `this`). */
interface SubscriptionConnectionLike {
  socket?: { close(code: number, reason: string): void; once(event: 'close', listener: () => void): unknown };
}

/** Mercurius on Fastify, code-first; the schema is printed to `schema.gql` by `npm run schema`. */
export function graphqlOptions(config: AppConfig, logger: Logger, support: GraphQLSupport): MercuriusDriverConfig {
  const production = config.env === 'production';
  const { graphql: limits } = config;
  const costModel = { assumedListSize: limits.assumedListSize, mutationCost: 100 };
  const limitValidation = [...limitRules({ ...limits, maxDepth: limits.depthLimit }), inputLiteralPaths];

  /**
   * Before an operation runs: who is calling (once per operation, whatever it selects), what it may
   * cost (refused over the limit), and the charge to the caller's budget (refused whole when it does
   * not fit). Introspection and `__typename` are charged like anything else.
   */
  async function admit(schema: GraphQLSchema, document: DocumentNode, context: GraphQLContext, variables: Record<string, unknown> | undefined) {
    const ctx = context.requestContext;
    const request = context.req as FastifyRequest;
    nameOperation(request, operationNameIn(document, operationNameOf(request)));
    // While the database is known to be out, refuse at once rather than wait on it for every request.
    if (databaseHealthOf(logger).unavailable) throw serviceUnavailable();
    if (!ctx.authenticated) {
      ctx.principal = await principalOfRequest(request, support.authenticator);
      ctx.authenticated = true;
    }
    await charge(schema, document, ctx, variables, operationNameOf(request), context.reply as FastifyReply);
  }

  async function charge(
    schema: GraphQLSchema,
    document: DocumentNode,
    ctx: RequestContext,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
    reply: FastifyReply | undefined,
  ) {
    const objects = estimateCost(schema, document, variables, costModel, operationName);
    if (objects > limits.maxCost) {
      throw limitError('cost', limits.maxCost, objects, `The operation may return about ${objects} objects; the limit is ${limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`);
    }
    await support.budget.charge(ctx, pointsFor(objects), reply);
  }

  /**
   * Mercurius neither validates subscription documents nor applies validation rules to them: each
   * subscription is checked like an operation (the schema's rules and the limits) and charged.
   */
  const subscriptionRules = [...specifiedRules, ...limitValidation];
  async function admitSubscription(schema: GraphQLSchema, document: DocumentNode, context: GraphQLContext) {
    const [invalid] = validate(schema, document, subscriptionRules);
    if (invalid) throw invalid;
    await charge(schema, document, context.requestContext, undefined, undefined, undefined);
  }

  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: (schema) => serveReadModelFields(describeRootTypes(schema), support.servedFields),
    // GraphiQL (GRAPHQL_IDE) is served by common/browser/graphiql.ts from the service's own packages,
    // not Mercurius' page, which loads its scripts from a public CDN.
    graphiql: false,
    // A document run this often is compiled (graphql-jit), which skips graphql-js' generic walk of
    // every field. graphql-jit leaves out the defaults of input fields given through variables:
    // `withInputDefaults` fills them in first.
    jit: config.graphql.jit,
    // Depth is one of the limit rules (graphql-armor's, which exempts the introspection query), not
    // Mercurius' `queryDepth`, which counts it.
    validationRules: limitValidation,
    graphql: { parseOptions: { maxTokens: limits.maxTokens } },
    persistedQueryProvider: automaticPersistedQueries(),
    hooks: {
      preParsing: async (_schema, source) => refuseJsonDocuments(source),
      // Who calls and what it costs first (a refused request is still charged), then the text it sends.
      preExecution: [
        (schema, document, context, variables) => admit(schema, document, context as unknown as GraphQLContext, variables),
        refuseUnstorableText,
        async (schema, document, context, variables) =>
          refuseInvalidDateVariables(schema, document, variables, operationNameOf((context as unknown as GraphQLContext).req as FastifyRequest)),
        async (schema, document, context, variables) => ({
          variables: withInputDefaults(schema, document, variables, operationNameOf((context as unknown as GraphQLContext).req as FastifyRequest)),
        }),
      ],
      preSubscriptionExecution: (schema, document, context) => admitSubscription(schema, document, context as unknown as GraphQLContext),
      onResolution: async (execution, context) => {
        const cost = (context as unknown as GraphQLContext).requestContext?.cost;
        if (cost) execution.extensions = { ...execution.extensions, cost };
      },
    },
    context: (request: FastifyRequest, reply: FastifyReply): GraphQLContext => {
      const requestContext = new RequestContext(String(request.id), request.ip);
      requestContext.transactionalWork = transactionalWorkOf(request);
      return { req: request, reply, requestContext };
    },
    // Subscriptions over WebSocket at the same path, graphql-ws protocol; credentials travel in the
    // connection_init payload, as `authorization` or `x-api-key`. Refused credentials close the socket
    // with 4403 (graphql-ws' Forbidden); a database that cannot check them, with 1013 (try again later).
    // The subscriptions keep the socket to close it the same way when the credential is revoked or expires.
    subscription: {
      emitter: support.emitter,
      onConnect: async function (this: SubscriptionConnectionLike, { payload }: { payload: unknown }) {
        const requestContext = new RequestContext(randomUUID(), 'websocket');
        try {
          const fields = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
          const headers = fields.headers && typeof fields.headers === 'object' ? (fields.headers as Record<string, unknown>) : fields;
          requestContext.principal = await support.authenticator.principalFrom(headers);
        } catch (error) {
          const unavailable = isDatabaseUnavailable(error);
          this.socket?.close(unavailable ? 1013 : forbiddenCloseCode, unavailable ? 'Try again later' : 'Forbidden');
          return false;
        }
        requestContext.authenticated = true;
        const socket = this.socket;
        const liveSocket: LiveSocket = {
          close: (code, reason) => socket?.close(code, reason),
          onClose: (listener) => socket?.once('close', listener),
        };
        return { requestContext, liveSocket } satisfies SubscriptionContext;
      },
    } as MercuriusDriverConfig['subscription'],
    errorFormatter: (execution, context) => {
      const ctx = context as Partial<GraphQLContext>;
      const reply = ctx.reply as FastifyReply | undefined;
      const errors = formatErrors((execution.errors ?? []) as GraphQLError[], { production, logger, requestId: reply?.request.id, maxTokens: limits.maxTokens });
      noteErrorCodes(reply?.request, errors.map((error) => error.extensions?.code));
      const cost = ctx.requestContext?.cost;
      return {
        statusCode: statusFor(errors, execution.data),
        response: { data: execution.data ?? null, errors, ...(cost ? { extensions: { cost } } : {}) },
      };
    },
  };
}

/**
 * Mercurius reads a query that fails to parse but parses as JSON as a ready-made syntax tree, which
 * would skip the token limit and feed validation arbitrary objects: GraphQL text only. (No GraphQL
 * document starts like a JSON value: `{` is followed by a name, never by a string or `}`.)
 */
function refuseJsonDocuments(source: string): void {
  if (/^\s*(\{\s*["}]|\[|"|-?\d|true\b|false\b|null\b)/.test(source)) {
    throw new AppError('BAD_USER_INPUT', 'The query must be a GraphQL document, not JSON', 'query');
  }
}

/** The operation a request names (POST body or GET query string), for documents that hold several. */
function operationNameOf(request: FastifyRequest | undefined): string | undefined {
  const source = (request?.method === 'GET' ? request.query : request?.body) as { operationName?: unknown } | undefined;
  return typeof source?.operationName === 'string' ? source.operationName : undefined;
}
