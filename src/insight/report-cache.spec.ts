import type { DataSource } from 'typeorm';
import { ReportCache } from './report-cache.js';

/** The revision the database would report; the test moves it as a commit would. */
function cacheWithRevision(): { cache: ReportCache; bump: () => void; reads: () => number } {
  let revision = 1;
  let reads = 0;
  const dataSource = { query: async () => (reads++, [{ revision: String(revision) }]) } as unknown as DataSource;
  return { cache: new ReportCache(dataSource), bump: () => (revision += 1), reads: () => reads };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ReportCache', () => {
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
});
