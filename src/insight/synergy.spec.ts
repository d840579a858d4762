import fc from 'fast-check';
import { dimensionBits, entropy, jointEntropy, mutualInformation, subsetsOf, type CombinationCount } from './synergy.js';

const { u, i, g, c } = dimensionBits;

describe('Triple Helix synergy arithmetic', () => {
  it('computes entropy in bits', () => {
    expect(entropy([1, 1])).toBe(1);
    expect(entropy([1, 1, 1, 1])).toBe(2);
    expect(entropy([5])).toBe(0);
    expect(entropy([])).toBe(0);
    expect(entropy([0, 3, 0, 3])).toBe(1);
  });

  /**
   * A worked example, by hand. Eight projects:
   *   u+i+g: 2,  u+i: 2,  u+g: 1,  i+g: 1,  u: 1,  g: 1
   * Marginals (present / absent):
   *   u 6/2: H(u) = −(3/4 log2 3/4 + 1/4 log2 1/4) = 0.811278
   *   i 5/3: H(i) = −(5/8 log2 5/8 + 3/8 log2 3/8) = 0.954434
   *   g 5/3: H(g) = 0.954434
   * Pairs (11, 10, 01, 00):
   *   ui: 4, 2, 1, 1 → H = 1.75
   *   ug: 3, 3, 2, 0 → H = −(2 · 3/8 log2 3/8 + 1/4 log2 1/4) = 1.561278
   *   ig: 3, 2, 2, 1 → H = −(3/8 log2 3/8 + 2 · 1/4 log2 1/4 + 1/8 log2 1/8) = 1.905639
   * All three: 2, 2, 1, 1, 1, 1 → H(uig) = −(2 · 1/4 log2 1/4 + 4 · 1/8 log2 1/8) = 2.5
   * T(uig) = 0.811278 + 0.954434 + 0.954434 − 1.75 − 1.561278 − 1.905639 + 2.5 = 0.003229
   * T(ui) = 0.811278 + 0.954434 − 1.75 = 0.015712
   */
  const example: CombinationCount[] = [
    { mask: u | i | g, count: 2 },
    { mask: u | i, count: 2 },
    { mask: u | g, count: 1 },
    { mask: i | g, count: 1 },
    { mask: u, count: 1 },
    { mask: g, count: 1 },
  ];

  it('matches the worked example', () => {
    expect(jointEntropy(example, ['u'])).toBeCloseTo(0.811278, 6);
    expect(jointEntropy(example, ['i'])).toBeCloseTo(0.954434, 6);
    expect(jointEntropy(example, ['u', 'i'])).toBeCloseTo(1.75, 6);
    expect(jointEntropy(example, ['u', 'g'])).toBeCloseTo(1.561278, 6);
    expect(jointEntropy(example, ['i', 'g'])).toBeCloseTo(1.905639, 6);
    expect(jointEntropy(example, ['u', 'i', 'g'])).toBeCloseTo(2.5, 6);
    expect(mutualInformation(example, ['u', 'i', 'g'])).toBeCloseTo(0.003229, 6);
    expect(mutualInformation(example, ['u', 'i'])).toBeCloseTo(0.015712, 6);
  });

  it('gives zero for independent helices and negative T(uig) for a synergetic configuration', () => {
    // Every combination equally often: the dimensions are independent.
    const uniform = Array.from({ length: 8 }, (_, mask) => ({ mask, count: 5 }));
    expect(mutualInformation(uniform, ['u', 'i', 'g'])).toBe(0);
    expect(mutualInformation(uniform, ['u', 'i'])).toBe(0);
    // Pairs only, never all three or one alone (the classic XOR pattern): each pair is independent,
    // yet any two determine the third, so T(uig) = −1 bit.
    const pairs = [{ mask: u | i, count: 1 }, { mask: u | g, count: 1 }, { mask: i | g, count: 1 }, { mask: 0, count: 1 }];
    expect(mutualInformation(pairs, ['u', 'i'])).toBe(0);
    expect(mutualInformation(pairs, ['u', 'i', 'g'])).toBeCloseTo(-1, 12);
  });

  it('extends to four dimensions with alternating signs', () => {
    expect(subsetsOf(['u', 'i', 'g', 'c']).length).toBe(15);
    const uniform = Array.from({ length: 16 }, (_, mask) => ({ mask, count: 3 }));
    expect(mutualInformation(uniform, ['u', 'i', 'g', 'c'])).toBe(0);
    // A copy of a dimension adds nothing: with c always equal to u, the four-way figure is the three-way one.
    const copied = example.map(({ mask, count }) => ({ mask: mask & u ? mask | c : mask, count }));
    expect(mutualInformation(copied, ['u', 'i', 'g', 'c'])).toBeCloseTo(mutualInformation(example, ['u', 'i', 'g']), 12);
    // Civil society only in the projects of all three changes it.
    const civic = example.map(({ mask, count }) => ({ mask: mask === (u | i | g) ? mask | c : mask, count }));
    expect(mutualInformation(civic, ['u', 'i', 'g', 'c'])).not.toBeCloseTo(mutualInformation(example, ['u', 'i', 'g']), 3);
  });

  it('keeps the pairwise figure non-negative and bounded by the smaller entropy, for any data', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 16, maxLength: 16 }), (counts) => {
        const combinations = counts.map((count, mask) => ({ mask, count }));
        const t = mutualInformation(combinations, ['u', 'i']);
        expect(t).toBeGreaterThanOrEqual(-1e-9);
        expect(t).toBeLessThanOrEqual(Math.min(jointEntropy(combinations, ['u']), jointEntropy(combinations, ['i'])) + 1e-9);
      }),
    );
  });
});
