/**
 * Triple Helix synergy after Leydesdorff: each collaboration is described by which helices take part
 * (a 0/1 value per dimension), and the mutual information among the dimensions is
 *
 *   T = Σ H(x) − Σ H(xy) + Σ H(xyz) − H(xyzw) ...
 *
 * (signs alternating with the size of the subset of dimensions), where H is the Shannon entropy in
 * bits of the distribution of the collaborations over the values of those dimensions. For three
 * dimensions this is T(uig) = H(u) + H(i) + H(g) − H(ui) − H(ig) − H(ug) + H(uig); for two it is the
 * ordinary mutual information T(ui) = H(u) + H(i) − H(ui) ≥ 0. A negative three-dimensional T means
 * synergy: the configuration reduces uncertainty at the level of the system.
 */

/** The dimensions, as bits of a combination: u (university/academia), i (industry), g (government), c (civil society). */
export const dimensionBits = { u: 1, i: 2, g: 4, c: 8 } as const;
export type Dimension = keyof typeof dimensionBits;

/** How many collaborations have exactly this combination of helices (a bit mask of `dimensionBits`). */
export interface CombinationCount {
  mask: number;
  count: number;
}

/** Shannon entropy in bits of a distribution given by counts (zeros ignored). */
export function entropy(counts: Iterable<number>): number {
  const values = [...counts].filter((count) => count > 0);
  const total = values.reduce((sum, count) => sum + count, 0);
  if (total === 0) return 0;
  return 0 - values.reduce((sum, count) => sum + (count / total) * Math.log2(count / total), 0);
}

/** H of the projection of the combinations onto `dimensions` (the joint entropy of those dimensions). */
export function jointEntropy(combinations: CombinationCount[], dimensions: readonly Dimension[]): number {
  const bits = dimensions.reduce((mask, dimension) => mask | dimensionBits[dimension], 0);
  const projected = new Map<number, number>();
  for (const { mask, count } of combinations) projected.set(mask & bits, (projected.get(mask & bits) ?? 0) + count);
  return entropy(projected.values());
}

/** The non-empty subsets of `dimensions`, smallest first, in the order given. */
export function subsetsOf<T>(dimensions: readonly T[]): T[][] {
  const subsets: T[][] = [];
  for (let mask = 1; mask < 1 << dimensions.length; mask++) subsets.push(dimensions.filter((_, i) => mask & (1 << i)));
  return subsets.sort((a, b) => a.length - b.length);
}

/** T over `dimensions` in bits: Σ over non-empty subsets S of (−1)^(|S|+1) H(S). 0 when there are no collaborations. */
export function mutualInformation(combinations: CombinationCount[], dimensions: readonly Dimension[]): number {
  const t = subsetsOf(dimensions).reduce((sum, subset) => sum + (subset.length % 2 === 1 ? 1 : -1) * jointEntropy(combinations, subset), 0);
  // Sums of logarithms leave rounding noise around zero; a figure that is zero should read as zero.
  return Math.abs(t) < 1e-12 ? 0 : t;
}
