import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import type { AppConfig } from '../../config/config.js';
import { loggableError } from '../database-errors.js';
import { logContextMixin } from './log-context.js';
import { errorOfLogCall, isCallersMistake } from './log-levels.js';

const errorLevel = pino.levels.values.error;

/**
 * One JSON logger for the process: Fastify's request logs and Nest's messages share it. A line written
 * while a request is served carries its `reqId` and GraphQL `operation` (see log-context.ts).
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'triple-helix-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: logContextMixin,
    hooks: {
      // `error` is for faults of the service. The libraries in front of it (Mercurius' subscriptions,
      // say) log a caller's mistake at `error` too: such a line is written at `info`.
      logMethod(args, method, level) {
        if (level === errorLevel && isCallersMistake(errorOfLogCall(args[0]))) return this.info(...(args as [object, string]));
        return method.apply(this, args);
      },
    },
    // Wherever an error is logged, a failed statement loses its parameters (passwords, hashes, personal data).
    serializers: { err: (error: unknown) => pino.stdSerializers.err(loggableError(error) as Error) },
    // No redaction pass on every line: a request is logged by Fastify's serializer (method, path, host,
    // caller address), never with its headers, so credentials do not reach the log to be hidden.
  },
  // Written without blocking: lines that come while a write is under way go out with it, in one
  // system call (two lines per request would otherwise cost two). Pino writes what is left at exit.
  pino.destination({ dest: 1, sync: false }));
}

/** Lets Nest's own messages (module start, route map, errors) go through the JSON logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, message instanceof Error ? message.message : String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
  fatal(message: unknown, context?: string) {
    this.logger.fatal({ context }, String(message));
  }
}
