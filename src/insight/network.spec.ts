import fc from 'fast-check';
import { betweenness, graphOf } from './network.js';

/** Betweenness by brute force: every pair, every shortest path enumerated. */
function bruteForce(size: number, links: [number, number][], groups: number[], crossOnly: boolean): number[] {
  const adjacency = Array.from({ length: size }, () => new Set<number>());
  for (const [a, b] of links) {
    if (a === b) continue;
    adjacency[a].add(b);
    adjacency[b].add(a);
  }
  const paths = (s: number, t: number): number[][] => {
    const found: number[][] = [];
    let frontier = [[s]];
    while (frontier.length && !found.length) {
      const next: number[][] = [];
      for (const path of frontier) {
        for (const w of adjacency[path[path.length - 1]]) {
          if (path.includes(w)) continue;
          if (w === t) found.push([...path, w]);
          else next.push([...path, w]);
        }
      }
      frontier = next;
    }
    return found;
  };
  const scores = new Array(size).fill(0);
  const pairCount = new Array(size).fill(0);
  for (let s = 0; s < size; s++) {
    for (let t = s + 1; t < size; t++) {
      if (crossOnly && (groups[s] & groups[t]) !== 0) continue;
      const shortest = paths(s, t);
      for (let v = 0; v < size; v++) {
        if (v === s || v === t) continue;
        pairCount[v] += 1;
        if (shortest.length) scores[v] += shortest.filter((path) => path.includes(v)).length / shortest.length;
      }
    }
  }
  return scores.map((score, v) => (pairCount[v] ? score / pairCount[v] : 0));
}

describe('betweenness', () => {
  it('puts the middle of a path and the centre of a star first', async () => {
    // 0 - 1 - 2
    const path = await betweenness(graphOf(3, [[0, 1], [1, 2]]), new Int32Array([1, 1, 1]));
    expect([...path.all]).toEqual([0, 1, 0]);
    // A star: the centre lies on every path between leaves.
    const star = await betweenness(graphOf(5, [[0, 1], [0, 2], [0, 3], [0, 4]]), new Int32Array(5).fill(1));
    expect(star.all[0]).toBe(1);
    expect(star.all[1]).toBe(0);
  });

  it('counts only paths between different helices in the cross-helix figure', async () => {
    // Two academics linked through a company, which is also the only link to a government body:
    // u1 - i - u2, i - g. The company bridges u–g pairs (cross) and the u1–u2 pair (same helix).
    const groups = new Int32Array([1, 2, 1, 4]);
    const result = await betweenness(graphOf(4, [[0, 1], [1, 2], [1, 3]]), groups);
    expect(result.all[1]).toBe(1);
    expect(result.crossGroup[1]).toBe(1);
    expect(result.crossGroup[0]).toBe(0);
  });

  it('equals a brute-force count on random graphs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 8 }).chain((size) =>
          fc.record({
            size: fc.constant(size),
            links: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 14 }),
            // Helix masks: a hybrid belongs to several groups at once.
            groups: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: size, maxLength: size }),
          }),
        ),
        async ({ size, links, groups }) => {
          const result = await betweenness(graphOf(size, links as [number, number][]), new Int32Array(groups));
          const expectedAll = bruteForce(size, links as [number, number][], groups, false);
          const expectedCross = bruteForce(size, links as [number, number][], groups, true);
          for (let v = 0; v < size; v++) {
            expect(result.all[v]).toBeCloseTo(expectedAll[v], 9);
            expect(result.crossGroup[v]).toBeCloseTo(expectedCross[v], 9);
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('estimates from a sample of sources, close to the exact figure on a regular graph', async () => {
    // A ring of 40: every node has the same betweenness, so any fair sample gives it exactly.
    const ring = graphOf(40, Array.from({ length: 40 }, (_, v) => [v, (v + 1) % 40] as [number, number]));
    const exact = await betweenness(ring, new Int32Array(40).fill(1));
    const sampled = await betweenness(ring, new Int32Array(40).fill(1), 10);
    expect(sampled.sources).toBe(10);
    expect(exact.sources).toBe(40);
    for (let v = 0; v < 40; v++) expect(sampled.all[v]).toBeCloseTo(exact.all[v], 1);
  });

  it('computes the same in slices, giving the event loop back while a large network is walked', async () => {
    // A grid of 60 x 60: 3,600 organisations, thousands of shortest paths from each source.
    const side = 60;
    const links: [number, number][] = [];
    for (let v = 0; v < side * side; v++) {
      if (v % side < side - 1) links.push([v, v + 1]);
      if (v + side < side * side) links.push([v, v + side]);
    }
    const grid = graphOf(side * side, links);
    const groups = Int32Array.from({ length: side * side }, (_, v) => v % 3);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const sliced = await betweenness(grid, groups, 200, 5).finally(() => clearInterval(ticking));
    // In one slice, never giving the event loop back.
    const whole = await betweenness(grid, groups, 200, Infinity);
    expect(Array.from(sliced.all)).toEqual(Array.from(whole.all));
    expect(Array.from(sliced.crossGroup)).toEqual(Array.from(whole.crossGroup));
    expect(turns).toBeGreaterThan(1);
  });
});
