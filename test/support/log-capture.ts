import { pino, type Logger } from 'pino';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** Sends the application's log lines (its own and Fastify's) to a list the test reads. */
export function captureLog(logger: Logger): LogLine[] {
  const lines: LogLine[] = [];
  (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = { write: (line: string) => lines.push(JSON.parse(line)) };
  return lines;
}
