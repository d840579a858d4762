import fc from 'fast-check';
import { fromMinor, toMinor } from '../common/currency.js';
import { allocate, BeneficiaryKind, computeDistribution, splitWeights, whole, type SplitPolicy, type SplitTechnology } from './revenue-split.js';

const policy = (inventors: number, units: number, institution: number): SplitPolicy => ({
  inventors: BigInt(inventors * 100),
  units: BigInt(units * 100),
  institution: BigInt(institution * 100),
});

describe('currency amounts', () => {
  it('convert exactly between decimal strings and minor units by the ISO 4217 exponent', () => {
    expect(toMinor('1000000', 'VND')).toBe(1_000_000n);
    expect(toMinor('1000000.00', 'VND')).toBe(1_000_000n);
    expect(toMinor('10.5', 'VND')).toBeUndefined();
    expect(toMinor('12.5', 'EUR')).toBe(1250n);
    expect(toMinor('12.505', 'EUR')).toBeUndefined();
    expect(toMinor('-1', 'EUR')).toBeUndefined();
    expect(fromMinor(850_000n, 'VND')).toBe('850000');
    expect(fromMinor(5n, 'USD')).toBe('0.05');
    expect(fromMinor(123456n, 'EUR')).toBe('1234.56');
  });
});

describe('revenue split', () => {
  it('shares a worked example exactly: 1,000,000 VND royalty, 150,000 costs, owners 70/30, inventors 50/30/20, policy 30/30/40', () => {
    const technologies: SplitTechnology[] = [
      {
        id: 't1',
        owners: [{ organizationId: 'A', share: 7000n }, { organizationId: 'B', share: 3000n }],
        inventors: [
          { id: 'i1', share: 5000n, unitOrganizationId: 'U1' },
          { id: 'i2', share: 3000n, unitOrganizationId: 'U2' },
          { id: 'i3', share: 2000n, unitOrganizationId: null },
        ],
      },
    ];
    const policies = new Map([['A', policy(30, 30, 40)], ['B', policy(30, 30, 40)]]);
    const result = computeDistribution('VND', ['1000000.00'], ['150000.00'], technologies, policies);
    if (result === 'NEGATIVE_NET') throw new Error('unexpected');
    expect(result.net).toBe(850_000n);
    const amounts = Object.fromEntries(result.lines.map((line) => [line.key, line.amount]));
    // Owner A: 595,000 = inventors 178,500 + units 178,500 + institution 238,000.
    expect(amounts).toEqual({
      'A|0|i1': 89_250n, 'A|0|i2': 53_550n, 'A|0|i3': 35_700n,
      'A|1|U1': 89_250n, 'A|1|U2': 53_550n,
      // The institution's 238,000 plus the unit part of the inventor without a unit (35,700).
      'A|2|A': 273_700n,
      'B|0|i1': 38_250n, 'B|0|i2': 22_950n, 'B|0|i3': 15_300n,
      'B|1|U1': 38_250n, 'B|1|U2': 22_950n,
      'B|2|B': 117_300n,
    });
    expect(result.lines.reduce((sum, line) => sum + line.amount, 0n)).toBe(850_000n);
  });

  it('gives leftover units by largest remainder, ties by weight and then key, whatever the input order', () => {
    const line = (key: string, weight: bigint) => ({
      key, payerOrganizationId: 'A', kind: BeneficiaryKind.INVENTOR, technologyInventorId: key, organizationId: null, weight, amount: 0n,
    });
    const lines = [line('c', 1n), line('a', 1n), line('b', 1n)];
    const first = allocate(100n, lines);
    expect(first.map((l) => [l.key, l.amount])).toEqual([['c', 33n], ['a', 34n], ['b', 33n]]);
    const reversed = allocate(100n, [...lines].reverse());
    expect(Object.fromEntries(reversed.map((l) => [l.key, l.amount]))).toEqual({ a: 34n, b: 33n, c: 33n });
    // A larger remainder wins over key order.
    expect(allocate(5n, [line('a', 1n), line('z', 2n)]).map((l) => l.amount)).toEqual([2n, 3n]);
  });

  it('treats a technology without inventors as wholly the institution’s and weighs technologies equally', () => {
    const lines = splitWeights(
      [
        { id: 't1', owners: [{ organizationId: 'A', share: whole }], inventors: [] },
        { id: 't2', owners: [{ organizationId: 'B', share: whole }], inventors: [{ id: 'i1', share: whole, unitOrganizationId: 'U' }] },
      ],
      new Map([['A', policy(30, 30, 40)], ['B', policy(50, 0, 50)]]),
    );
    const allocated = Object.fromEntries(allocate(1000n, lines).map((l) => [l.key, l.amount]));
    expect(allocated).toEqual({ 'A|2|A': 500n, 'B|0|i1': 250n, 'B|2|B': 250n });
  });

  it('refuses to distribute when costs exceed receipts', () => {
    const technologies = [{ id: 't', owners: [{ organizationId: 'A', share: whole }], inventors: [] }];
    expect(computeDistribution('EUR', ['10.00'], ['10.01'], technologies, new Map([['A', policy(30, 30, 40)]]))).toBe('NEGATIVE_NET');
  });
});

/** `parts` positive integers summing to `total`. */
const partition = (parts: number, total: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: total - 1 }), { minLength: parts - 1, maxLength: parts - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), total];
    return points.slice(1).map((point, i) => BigInt(point - points[i]));
  });

const shares = (min: number, max: number) => fc.integer({ min, max }).chain((count) => partition(count, 10_000));

const policyArb = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }))
  .map(([a, b]) => {
    const [low, high] = a < b ? [a, b] : [b, a];
    return { inventors: BigInt(low), units: BigInt(high - low), institution: BigInt(10_000 - high) };
  });

const organizations = ['O1', 'O2', 'O3', 'O4'];
const units = ['U1', 'U2', 'U3', null];

const technologyArb = (id: string) =>
  fc
    .record({
      ownerShares: shares(1, 4),
      inventorShares: fc.oneof(fc.constant([] as bigint[]), shares(1, 5)),
      unitPicks: fc.array(fc.integer({ min: 0, max: units.length - 1 }), { minLength: 5, maxLength: 5 }),
      ownerOffset: fc.integer({ min: 0, max: organizations.length - 1 }),
    })
    .map(({ ownerShares, inventorShares, unitPicks, ownerOffset }): SplitTechnology => ({
      id,
      owners: ownerShares.map((share, i) => ({ organizationId: organizations[(ownerOffset + i) % organizations.length], share })),
      inventors: inventorShares.map((share, i) => ({ id: `${id}-i${i}`, share, unitOrganizationId: units[unitPicks[i]] })),
    }));

const amountArb = (exponent: 0 | 2, max: bigint) =>
  fc.bigInt({ min: 1n, max }).map((minor) => (exponent === 0 ? minor.toString() : fromMinor(minor, 'EUR')));

/** A currency with its receipts and costs; costs are usually smaller, sometimes larger, than receipts. */
const moneyArb = fc.constantFrom(['VND', 0] as const, ['JPY', 0] as const, ['EUR', 2] as const, ['USD', 2] as const).chain(([code, exponent]) =>
  fc.record({
    code: fc.constant(code),
    receipts: fc.array(amountArb(exponent, 10n ** 15n), { minLength: 1, maxLength: 6 }),
    costs: fc.array(amountArb(exponent, 10n ** 13n), { maxLength: 4 }),
  }),
);

describe('revenue split (property)', () => {
  it('distributes exactly the net: lines total it, none is negative, each within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(
        moneyArb,
        fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => technologyArb(`t${i}`)))),
        fc.tuple(policyArb, policyArb, policyArb, policyArb),
        ({ code, receipts, costs }, technologies, policyList) => {
          const policies = new Map(organizations.map((organization, i) => [organization, policyList[i]]));
          const result = computeDistribution(code, receipts, costs, technologies, policies);
          const gross = receipts.reduce((sum, amount) => sum + toMinor(amount, code)!, 0n);
          const costTotal = costs.reduce((sum, amount) => sum + toMinor(amount, code)!, 0n);
          if (costTotal > gross) {
            expect(result).toBe('NEGATIVE_NET');
            return;
          }
          if (result === 'NEGATIVE_NET') throw new Error('the net is not negative');
          expect(result.net).toBe(gross - costTotal);
          const weightTotal = result.lines.reduce((sum, line) => sum + line.weight, 0n);
          expect(weightTotal).toBe(BigInt(technologies.length) * whole * whole * whole);
          expect(result.lines.reduce((sum, line) => sum + line.amount, 0n)).toBe(result.net);
          for (const line of result.lines) {
            expect(line.amount >= 0n).toBe(true);
            // |amount - net * weight / total| < 1 minor unit, in integers.
            const difference = line.amount * weightTotal - result.net * line.weight;
            expect(difference < weightTotal && difference > -weightTotal).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
