import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics } from 'prom-client';
import { errorCodesOf } from '../common/graphql/operation-outcome.js';
import { operationOf } from '../common/logging/log-context.js';
import { Metrics } from './metrics.js';
import { codeLabel, OperationLabels, outcomeOf } from './operation-labels.js';

const labelNames = ['route', 'operation', 'outcome'] as const;

/**
 * Counts every HTTP request once it is answered, in one hook (nothing per resolver or field): its
 * route (the pattern, never the URL with its ids), its GraphQL operation and how it ended, how long
 * it took, and the codes it answered with.
 */
@Injectable()
export class RequestMetrics implements OnModuleInit {
  private readonly operations = new OperationLabels();
  private readonly requests;
  private readonly duration;
  private readonly errors;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    metrics: Metrics,
  ) {
    // The process's own: CPU, memory, heap, event-loop delay, garbage collection, open handles.
    collectDefaultMetrics({ register: metrics.registry });
    this.requests = metrics.counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by route, GraphQL operation (on /graphql) and outcome (ok, or the first error code).',
      labelNames,
    });
    this.duration = metrics.histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by route, GraphQL operation and outcome.',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    });
    this.errors = metrics.counter({
      name: 'api_errors_total',
      help: 'Error codes answered: GraphQL errors, error results of mutations (INVALID_INPUT, VERSION_CONFLICT...) and refused HTTP requests, by route, GraphQL operation and code.',
      labelNames: ['route', 'operation', 'code'],
    });
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', async (request, reply) => this.record(request, reply));
  }

  private record(request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions.url ?? 'unmatched';
    const operation = route === '/graphql' ? this.operations.of(operationOf(request)) : '';
    const codes = errorCodesOf(request);
    const outcome = outcomeOf(codes, reply.statusCode);
    this.requests.inc({ route, operation, outcome });
    this.duration.observe({ route, operation, outcome }, reply.elapsedTime / 1000);
    if (outcome === 'ok') return;
    // Each code once per request: a list that fails on every row counts as one answer.
    for (const code of codes.length > 0 ? new Set(codes.map(codeLabel)) : [outcome]) this.errors.inc({ route, operation, code });
  }
}
