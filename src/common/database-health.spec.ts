import { jest } from '@jest/globals';
import type { Logger } from 'pino';
import { DatabaseHealth } from './database-health.js';

/** A logger that keeps its lines. */
function recorder() {
  const lines: [string, string][] = [];
  const logger = { warn: (_: unknown, msg: string) => lines.push(['warn', msg]), info: (_: unknown, msg: string) => lines.push(['info', msg]) } as unknown as Logger;
  return { logger, lines };
}

describe('DatabaseHealth', () => {
  // The clock is the test's: on a busy machine a real one lets an extra summary interval pass.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('logs an outage as one warning, a summary per interval and one line when the database answers again', async () => {
    const { logger, lines } = recorder();
    let back = false;
    const health = new DatabaseHealth(logger, { summaryIntervalMs: 100, probeIntervalMs: 20 });
    health.probeWith(async () => back);
    for (let i = 0; i < 1000; i++) health.refused(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await jest.advanceTimersByTimeAsync(150);
    for (let i = 0; i < 5; i++) health.refused(new Error('Connection terminated'));
    back = true;
    await jest.advanceTimersByTimeAsync(20);
    expect(health.unavailable).toBe(false);
    expect(lines).toEqual([
      ['warn', expect.stringMatching(/^database unavailable: requests that need it/)],
      ['warn', expect.stringMatching(/^database unavailable: refused 1000 times in the last 0\.\d s$/)],
      ['info', expect.stringMatching(/^database available again after 0\.\d s; refused 1005 times in all$/)],
    ]);
    health.stop();
  });

  it('stays quiet when the database never failed, and after it stopped watching', () => {
    const { logger, lines } = recorder();
    const health = new DatabaseHealth(logger);
    health.answered();
    health.stop();
    health.refused(new Error('Connection terminated'));
    expect(lines).toEqual([]);
  });
});
