import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { AppError } from '../errors.js';
import { createLogger } from './logger.js';

function capturedLogger() {
  const logger = createLogger({ logLevel: 'info' });
  const lines: { level: string; msg: string }[] = [];
  (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = { write: (line: string) => lines.push(JSON.parse(line)) };
  return { logger, lines };
}

describe('createLogger', () => {
  it("writes a caller's mistake logged at error at info, and keeps faults at error", () => {
    const { logger, lines } = capturedLogger();
    logger.error({ err: new AppError('FORBIDDEN', 'no') }, 'refused');
    logger.error([new GraphQLError('Cannot query field "x" on type "Query".')]);
    logger.child({ reqId: 'r1' }).error(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 }));
    logger.error({ err: new Error('boom') }, 'unexpected');
    logger.error('a fault told in words');
    expect(lines.map((line) => line.level)).toEqual(['info', 'info', 'info', 'error', 'error']);
  });
});
