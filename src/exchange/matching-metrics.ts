/**
 * How well a ranking of matches agrees with judgements of relevance, as information retrieval
 * measures it. Grades run 0 to 3: 3 meets the need, 2 meets it in part, 1 is a near miss (same
 * field, different need), 0 unrelated; a counterpart nobody judged counts as 0. The evaluation
 * script (`npm run matching:eval`) reports these over a labelled set.
 */

/** Grades from this one up count as relevant (for the reciprocal rank and the separation). */
export const relevantGrade = 2;

/** One ranked counterpart: its id and score, best first in a ranking. */
export interface Ranked {
  id: string;
  score: number;
}

/** 1 / the rank of the first relevant counterpart; 0 when none is ranked, null when none is relevant. */
export function reciprocalRank(ranking: readonly Ranked[], grades: ReadonlyMap<string, number>): number | null {
  if (![...grades.values()].some((grade) => grade >= relevantGrade)) return null;
  const index = ranking.findIndex((item) => (grades.get(item.id) ?? 0) >= relevantGrade);
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Discounted cumulative gain of grades in rank order, cut at k: sum of (2^grade - 1) / log2(rank + 1). */
export function dcg(gradesInOrder: readonly number[], k: number): number {
  return gradesInOrder.slice(0, k).reduce((sum, grade, index) => sum + (2 ** grade - 1) / Math.log2(index + 2), 0);
}

/**
 * nDCG@k: the ranking's DCG over the best DCG the judged grades allow. Null when nothing is judged
 * above 0 (no ranking can gain anything).
 */
export function ndcgAt(ranking: readonly Ranked[], grades: ReadonlyMap<string, number>, k: number): number | null {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a), k);
  if (ideal === 0) return null;
  return dcg(ranking.map((item) => grades.get(item.id) ?? 0), k) / ideal;
}

/** The mean of the values that are not null; null when there are none. */
export function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
}

/**
 * How often a relevant counterpart (grade 2 or 3) scores above a lower-graded one of the same source,
 * over all such pairs; a counterpart not returned scores 0, and a tie counts half. 1 means every
 * relevant counterpart beat every one of the lower grade, 0.5 is a coin toss. Null without pairs.
 */
export function outrankRate(scored: readonly { score: number; grade: number }[], lowerGrade: number): number | null {
  const relevant = scored.filter((item) => item.grade >= relevantGrade);
  const lower = scored.filter((item) => item.grade === lowerGrade);
  let wins = 0;
  for (const a of relevant) for (const b of lower) wins += a.score > b.score ? 1 : a.score === b.score ? 0.5 : 0;
  const pairs = relevant.length * lower.length;
  return pairs === 0 ? null : wins / pairs;
}

/** One band of scores (e.g. 0.7 to 1): how many judged pairs fell in it and how many of them were relevant. */
export interface CalibrationBand {
  from: number;
  to: number;
  pairs: number;
  meanScore: number | null;
  /** The share of its pairs judged relevant (grade 2 or 3): what a score in the band has meant. */
  relevantShare: number | null;
}

/** Judged pairs grouped by score band (`edges` ascending, from 0 to 1); the last band includes its upper edge. */
export function calibrationBands(pairs: readonly { score: number; grade: number }[], edges: readonly number[]): CalibrationBand[] {
  return edges.slice(0, -1).map((from, index) => {
    const to = edges[index + 1];
    const last = index === edges.length - 2;
    const inBand = pairs.filter((pair) => pair.score >= from && (pair.score < to || (last && pair.score <= to)));
    return {
      from,
      to,
      pairs: inBand.length,
      meanScore: mean(inBand.map((pair) => pair.score)),
      relevantShare: mean(inBand.map((pair) => (pair.grade >= relevantGrade ? 1 : 0))),
    };
  });
}
