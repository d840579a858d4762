import { calibrationBands, dcg, mean, ndcgAt, outrankRate, reciprocalRank } from './matching-metrics.js';

const ranked = (...ids: string[]) => ids.map((id, index) => ({ id, score: 1 - index / 10 }));

describe('matching metrics', () => {
  const grades = new Map([['a', 3], ['b', 1], ['c', 2], ['d', 0]]);

  it('takes the reciprocal rank of the first offer graded 2 or 3', () => {
    expect(reciprocalRank(ranked('a', 'b'), grades)).toBe(1);
    expect(reciprocalRank(ranked('b', 'd', 'c'), grades)).toBeCloseTo(1 / 3, 10);
    // Unjudged offers count as unrelated.
    expect(reciprocalRank(ranked('x', 'a'), grades)).toBe(0.5);
    expect(reciprocalRank(ranked('b', 'd'), grades)).toBe(0);
    expect(reciprocalRank(ranked('b'), new Map([['b', 1]]))).toBeNull();
  });

  it('computes DCG with exponential gains and log2 discounts, and nDCG against the ideal order', () => {
    // (2^3-1)/log2(2) + (2^1-1)/log2(3) + (2^2-1)/log2(4)
    expect(dcg([3, 1, 2], 5)).toBeCloseTo(7 + 1 / Math.log2(3) + 1.5, 10);
    expect(dcg([3, 1, 2], 1)).toBe(7);
    expect(ndcgAt(ranked('a', 'c', 'b', 'd'), grades, 5)).toBeCloseTo(1, 10);
    const ideal = 7 + 3 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAt(ranked('c', 'a'), grades, 5)).toBeCloseTo((3 + 7 / Math.log2(3)) / ideal, 10);
    expect(ndcgAt(ranked('d', 'x'), grades, 5)).toBe(0);
    expect(ndcgAt(ranked('d'), new Map([['d', 0]]), 5)).toBeNull();
  });

  it('counts how often relevant offers score above lower-graded ones, ties as half', () => {
    const scored = [
      { score: 0.9, grade: 3 },
      { score: 0.5, grade: 2 },
      { score: 0.6, grade: 1 },
      { score: 0.5, grade: 1 },
      { score: 0, grade: 0 },
    ];
    // 3 beats both near misses; 2 loses to 0.6 and ties 0.5.
    expect(outrankRate(scored, 1)).toBeCloseTo((2 + 0 + 0.5) / 4, 10);
    expect(outrankRate(scored, 0)).toBe(1);
    expect(outrankRate([{ score: 1, grade: 3 }], 1)).toBeNull();
  });

  it('groups judged pairs into score bands with the share that was relevant', () => {
    const bands = calibrationBands(
      [{ score: 0.1, grade: 0 }, { score: 0.3, grade: 2 }, { score: 0.5, grade: 1 }, { score: 0.7, grade: 3 }, { score: 1, grade: 2 }],
      [0, 0.4, 0.7, 1],
    );
    expect(bands.map((band) => [band.pairs, band.relevantShare])).toEqual([[2, 0.5], [1, 0], [2, 1]]);
    expect(bands[2].meanScore).toBeCloseTo(0.85, 10);
    expect(mean([null, 1, 2])).toBe(1.5);
    expect(mean([null])).toBeNull();
  });
});
