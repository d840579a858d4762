import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

/** What every log line written while a request is served says about it. */
interface LogContext {
  reqId: string;
  /** The GraphQL operation's name, once known (from `operationName`, or the document's one operation). */
  operation?: string;
}

const storage = new AsyncLocalStorage<LogContext>();
const contextOf = Symbol('log context');
const resourceOf = Symbol('log context resource');
/** Marks Fastify's request loggers, which already carry `reqId` as a binding. */
const boundToRequest = Symbol('bound to a request');

type ContextRequest = FastifyRequest & { [contextOf]?: LogContext; [resourceOf]?: AsyncResource };

/** Names a log line may carry: GraphQL names, not too long (a name is the caller's text). */
const loggableName = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Pino's mixin: the request id and operation of the request under way, on lines written through the
 * process logger as well as the request's own (services, the SQL logger, Nest). One lookup per line.
 */
export function logContextMixin(_line: object, _level: number, logger: Logger): object {
  const context = storage.getStore();
  if (!context) return {};
  // Fastify's request loggers have reqId bound already; repeating it would write the key twice.
  if ((logger as { [boundToRequest]?: boolean })[boundToRequest]) return context.operation ? { operation: context.operation } : {};
  return context.operation ? { reqId: context.reqId, operation: context.operation } : { reqId: context.reqId };
}

/** Fastify's `childLoggerFactory`: the request logger, marked so that the mixin does not repeat its reqId. */
export function requestLogger(logger: FastifyBaseLogger, bindings: Record<string, unknown>, options: object): FastifyBaseLogger {
  const child = logger.child(bindings, options);
  (child as { [boundToRequest]?: boolean })[boundToRequest] = true;
  return child;
}

/**
 * Serves each request inside its log context. The context is entered when the request arrives, and
 * entered again after the body is read: the body's stream events run outside it.
 */
export function registerLogContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const context: LogContext = { reqId: String(request.id) };
    const held = request as ContextRequest;
    held[contextOf] = context;
    storage.run(context, () => {
      held[resourceOf] = new AsyncResource('request log context');
      done();
    });
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const held = request as ContextRequest;
    const named = operationNameAsked(request);
    if (named && held[contextOf]) held[contextOf].operation = named;
    const resource = held[resourceOf];
    if (resource) resource.runInAsyncScope(done);
    else done();
  });
}

/** Records the operation's name once GraphQL knows it (a document with one named operation needs no `operationName`). */
export function nameOperation(request: object | undefined, name: string | undefined): void {
  const context = (request as ContextRequest | undefined)?.[contextOf];
  if (context && !context.operation && name && loggableName.test(name)) context.operation = name;
}

/** The GraphQL operation a request ran or named, if any: for the request's last log line and its metrics. */
export function operationOf(request: object): string | undefined {
  return (request as ContextRequest)[contextOf]?.operation;
}

/** The operation a request names (in its body, or its query string for a GET), when it is a name worth logging. */
function operationNameAsked(request: FastifyRequest): string | undefined {
  for (const source of [request.body, request.query]) {
    const name = typeof source === 'object' && source !== null ? (source as { operationName?: unknown }).operationName : undefined;
    if (typeof name === 'string') return loggableName.test(name) ? name : undefined;
  }
  return undefined;
}
