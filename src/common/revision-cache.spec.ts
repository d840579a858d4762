import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { RevisionCache } from './revision-cache.js';

/** The revision the database would report; the test moves it as a commit would. */
function cacheWithRevision(redisUrl?: string): { cache: RevisionCache; bump: () => void; reads: () => number } {
  let revision = 1;
  let reads = 0;
  const pool = { query: async () => (reads++, { rows: [{ revision: String(revision) }] }) };
  const dataSource = { logger: { logQuery: () => undefined }, driver: { master: pool } } as unknown as DataSource;
  const cache = new RevisionCache(dataSource, { redisUrl } as AppConfig, pino({ level: 'silent' }), 'test_revision');
  return { cache, bump: () => (revision += 1), reads: () => reads };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RevisionCache', () => {
  it('computes once per revision, and again once the records changed', async () => {
    const { cache, bump } = cacheWithRevision();
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('k', compute)).toBe(1);
    bump();
    expect(await cache.get('k', compute)).toBe(2);
    expect(await cache.get('other', compute)).toBe(3);
  });

  it('shares one computation between callers who ask at the same time', async () => {
    const { cache } = cacheWithRevision();
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await sleep(20);
      return runs;
    };
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1, 1]);
  });

  it('reads the revision once for reports asked at the same moment', async () => {
    const { cache, reads } = cacheWithRevision();
    await Promise.all(['a', 'b', 'c'].map((key) => cache.get(key, async () => key)));
    expect(reads()).toBe(1);
    await cache.get('a', async () => 'a');
    expect(reads()).toBe(2);
  });

  it('keeps no failure', async () => {
    const { cache } = cacheWithRevision();
    await expect(cache.get('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await sleep(0);
    expect(await cache.get('k', async () => 'fine')).toBe('fine');
  });

  it('answers a change with the previous value while a slow figure is computed again, but waits for a fast one', async () => {
    const { cache, bump } = cacheWithRevision();
    let runs = 0;
    const slow = async () => {
      runs += 1;
      await sleep(600);
      return runs;
    };
    expect(await cache.get('slow', slow, { serveStale: true })).toBe(1);
    bump();
    expect(await cache.get('slow', slow, { serveStale: true })).toBe(1);
    expect(await cache.get('slow', slow, { serveStale: true })).toBe(1);
    await sleep(700);
    expect(await cache.get('slow', slow, { serveStale: true })).toBe(2);
    expect(runs).toBe(2);

    let fastRuns = 0;
    const fast = async () => ++fastRuns;
    expect(await cache.get('fast', fast, { serveStale: true })).toBe(1);
    bump();
    expect(await cache.get('fast', fast, { serveStale: true })).toBe(2);
  });

  it('shares what one instance computed with the others through Redis, per revision', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const one = cacheWithRevision(url);
    const other = cacheWithRevision(url);
    const key = `shared-${randomUUID()}`;
    let runs = 0;
    const compute = async () => ({ runs: ++runs, at: new Date(0) });
    try {
      // Commands are not queued while a client connects (a Redis that is down must not hold reports up).
      await sleep(300);
      expect(await one.cache.get(key, compute)).toEqual({ runs: 1, at: new Date(0) });
      await sleep(50);
      // Values travel as JSON: the date arrives as ISO text.
      expect(await other.cache.get(key, compute)).toEqual({ runs: 1, at: '1970-01-01T00:00:00.000Z' });
      other.bump();
      expect(await other.cache.get(key, compute)).toEqual({ runs: 2, at: new Date(0) });
      expect(runs).toBe(2);
    } finally {
      await one.cache.onModuleDestroy();
      await other.cache.onModuleDestroy();
    }
  });
});
