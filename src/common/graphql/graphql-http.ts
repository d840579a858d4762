import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, httpStatusOf, type ErrorCode } from '../errors.js';
import { noteErrorCodes } from './operation-outcome.js';

/** Media types a GraphQL POST may carry: JSON (the GraphQL-over-HTTP spec) and Mercurius' raw `application/graphql`. */
const acceptedBodyTypes = /^application\/(json|graphql-response\+json|graphql)\s*(;|$)/i;

/** A caller's request id is kept only if it is short and plain; otherwise the request gets a new one. */
const safeRequestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdOf(request: { headers: Record<string, unknown> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && safeRequestId.test(given) ? given : randomUUID();
}

/** Answers a GraphQL request that is refused before GraphQL sees it, in the shape GraphQL errors have. */
export function refuseGraphqlRequest(reply: FastifyReply, error: AppError): FastifyReply {
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  noteErrorCodes(reply.request, [error.code]);
  return reply
    .code(httpStatusOf[error.code])
    .header('content-type', 'application/json; charset=utf-8')
    .send({ data: null, errors: [{ message: error.message, extensions: { ...error.details, code: error.code, ...(error.field ? { field: error.field } : {}) } }] });
}

const refuse = (reply: FastifyReply, code: ErrorCode, message: string) => refuseGraphqlRequest(reply, new AppError(code, message));

const isGraphqlPath = (request: FastifyRequest) => request.url === '/graphql' || request.url.startsWith('/graphql?');

/** Whether the client asked for the GraphQL-over-HTTP media type (not refused with q=0). */
function acceptsGraphqlResponse(accept: unknown): boolean {
  if (typeof accept !== 'string') return false;
  return accept.split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    return type === 'application/graphql-response+json' && !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
  });
}

/**
 * What the GraphQL endpoint accepts at the HTTP level, before Mercurius sees a request:
 * - POSTs only as JSON: form and multipart bodies, which a browser sends cross-site without asking,
 *   answer 415 (no CSRF through simple requests);
 * - `"extensions": null` and `"variables": null` mean none (the GraphQL-over-HTTP spec);
 * - a body without a query (or a persisted query's hash) is refused plainly;
 * - a client that accepts `application/graphql-response+json` gets it, and a request refused before it
 *   ran then has no `data` entry at all (the spec's way to tell it from an operation that ran).
 */
export function registerGraphqlHttpRules(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !isGraphqlPath(request)) return;
    const type = request.headers['content-type'];
    if (!type || !acceptedBodyTypes.test(type)) {
      return refuse(reply, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as Content-Type: application/json');
    }
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!isGraphqlPath(request) || !acceptsGraphqlResponse(request.headers.accept)) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    reply.header('content-type', 'application/graphql-response+json; charset=utf-8');
    if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
    let body: { data?: unknown };
    try {
      body = JSON.parse(payload) as { data?: unknown };
    } catch {
      return payload;
    }
    if (body.data !== null) return payload;
    delete body.data;
    return JSON.stringify(body);
  });
  fastify.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'POST' || !isGraphqlPath(request)) return;
    const body = request.body as Record<string, unknown> | null | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return refuse(reply, 'BAD_USER_INPUT', 'The body must be a JSON object with a "query"');
    }
    if (body.extensions === null) delete body.extensions;
    const persisted = body.extensions && typeof body.extensions === 'object' && (body.extensions as Record<string, unknown>).persistedQuery;
    if ((body.query === undefined || body.query === null) && !persisted) {
      return refuse(reply, 'BAD_USER_INPUT', 'The body has no "query"');
    }
    if (body.query !== undefined && body.query !== null && typeof body.query !== 'string') {
      return refuse(reply, 'BAD_USER_INPUT', '"query" must be a string holding a GraphQL document');
    }
  });
}
