import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorCodesOf } from '../common/graphql/operation-outcome.js';
import { operationOf } from '../common/logging/log-context.js';
import { outcomeOf } from './operation-labels.js';

const spanOf = Symbol('operation span');
type SpanRequest = FastifyRequest & { [spanOf]?: Span };

const tracer = trace.getTracer('triple-helix-api');

/**
 * With tracing on (tracing.ts started the SDK), names each HTTP request's span by its route, and runs
 * each GraphQL request inside a span of its operation, so that its SQL statements show under it.
 * graphql-jit runs compiled documents past graphql-js' `execute`, which the graphql instrumentation
 * wraps: this span is there for every operation. Registered only when tracing is on.
 */
@Injectable()
export class OperationSpans implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request) => {
      const route = request.routeOptions.url;
      const server = trace.getActiveSpan();
      if (server && route) server.setAttribute('http.route', route).updateName(`${request.method} ${route}`);
    });
    fastify.addHook('preHandler', (request, _reply, done) => {
      if (request.routeOptions.url !== '/graphql') return done();
      const span = tracer.startSpan('graphql.operation', { kind: SpanKind.INTERNAL });
      (request as SpanRequest)[spanOf] = span;
      context.with(trace.setSpan(context.active(), span), done);
    });
    fastify.addHook('onResponse', async (request, reply) => {
      const span = (request as SpanRequest)[spanOf];
      if (!span) return;
      const operation = operationOf(request);
      const outcome = outcomeOf(errorCodesOf(request), reply.statusCode);
      span.updateName(`GraphQL ${operation ?? 'anonymous'}`);
      if (operation) span.setAttribute('graphql.operation.name', operation);
      span.setAttribute('app.outcome', outcome);
      // The service's faults only: a caller's mistake is not an error of the trace.
      if (reply.statusCode >= 500 || outcome === 'INTERNAL') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      span.end();
    });
  }
}
