import { toMinor } from '../common/currency.js';

/** Percentages with two decimals as integer hundredths of a percent: 100% is 10000. */
export const whole = 10_000n;

export enum BeneficiaryKind {
  INVENTOR = 'INVENTOR',
  UNIT = 'UNIT',
  INSTITUTION = 'INSTITUTION',
}

export interface SplitPolicy {
  inventors: bigint;
  units: bigint;
  institution: bigint;
}

export interface SplitTechnology {
  id: string;
  /** Owners on the period's end date; shares total 10000. */
  owners: { organizationId: string; share: bigint }[];
  /** Inventors; shares total 10000, or none are on record. */
  inventors: { id: string; share: bigint; unitOrganizationId: string | null }[];
}

export interface SplitLine {
  /** Identifies the line: payer, kind and beneficiary. */
  key: string;
  /** The owning organisation whose part (and policy) the line comes from. */
  payerOrganizationId: string;
  kind: BeneficiaryKind;
  /** The inventor (technology_inventor id) for INVENTOR lines. */
  technologyInventorId: string | null;
  /** The unit (UNIT) or the owning institution (INSTITUTION). */
  organizationId: string | null;
  /** The line's exact part of the net is weight / (sum of all weights). */
  weight: bigint;
  amount: bigint;
}

const kindOrder: Record<BeneficiaryKind, number> = { INVENTOR: 0, UNIT: 1, INSTITUTION: 2 };

/**
 * How the net of an agreement is shared, as integer weights per line (before rounding):
 * - each technology of the agreement weighs the same;
 * - a technology's part goes to its owners by their shares;
 * - each owner's part follows the owner's policy: the inventors' share by the inventors' shares
 *   (external inventors included), the units' share to each inventor's unit by that inventor's
 *   share, the rest to the institution (the owner itself);
 * - the units' part of an inventor without a unit on the platform, and the inventors' and units'
 *   parts of a technology without inventors on record, go to the institution.
 * Lines with the same payer, kind and beneficiary are merged.
 */
export function splitWeights(technologies: SplitTechnology[], policies: ReadonlyMap<string, SplitPolicy>): SplitLine[] {
  const lines = new Map<string, SplitLine>();
  const add = (payer: string, kind: BeneficiaryKind, beneficiary: string, weight: bigint) => {
    if (weight === 0n) return;
    const key = `${payer}|${kindOrder[kind]}|${beneficiary}`;
    const line = lines.get(key);
    if (line) {
      line.weight += weight;
      return;
    }
    lines.set(key, {
      key,
      payerOrganizationId: payer,
      kind,
      technologyInventorId: kind === BeneficiaryKind.INVENTOR ? beneficiary : null,
      organizationId: kind === BeneficiaryKind.INVENTOR ? null : beneficiary,
      weight,
      amount: 0n,
    });
  };
  for (const technology of technologies) {
    const ownerTotal = technology.owners.reduce((sum, owner) => sum + owner.share, 0n);
    if (ownerTotal !== whole) throw new Error(`owner shares of technology ${technology.id} total ${ownerTotal}, not ${whole}`);
    const inventorTotal = technology.inventors.reduce((sum, inventor) => sum + inventor.share, 0n);
    if (technology.inventors.length > 0 && inventorTotal !== whole) {
      throw new Error(`inventor shares of technology ${technology.id} total ${inventorTotal}, not ${whole}`);
    }
    for (const owner of technology.owners) {
      const policy = policies.get(owner.organizationId);
      if (!policy) throw new Error(`no policy for ${owner.organizationId}`);
      if (policy.inventors + policy.units + policy.institution !== whole) throw new Error(`policy of ${owner.organizationId} does not total ${whole}`);
      const institution = owner.organizationId;
      if (technology.inventors.length === 0) {
        add(institution, BeneficiaryKind.INSTITUTION, institution, owner.share * whole * whole);
        continue;
      }
      for (const inventor of technology.inventors) {
        add(institution, BeneficiaryKind.INVENTOR, inventor.id, owner.share * policy.inventors * inventor.share);
        const unitWeight = owner.share * policy.units * inventor.share;
        if (inventor.unitOrganizationId) add(institution, BeneficiaryKind.UNIT, inventor.unitOrganizationId, unitWeight);
        else add(institution, BeneficiaryKind.INSTITUTION, institution, unitWeight);
      }
      add(institution, BeneficiaryKind.INSTITUTION, institution, owner.share * policy.institution * whole);
    }
  }
  return [...lines.values()];
}

/**
 * Shares `total` minor units among the lines in proportion to their weights, exactly: every line
 * gets the whole units of its exact share (rounded down), and the units left over (fewer than the
 * number of lines) go one each to the lines with the largest remainders (largest remainder method).
 * Equal remainders are ordered by larger weight first, then by the line key (payer organisation id,
 * kind INVENTOR < UNIT < INSTITUTION, beneficiary id) ascending, so the result never depends on the
 * order of the input. The amounts total `total`, none is negative, and each is within one minor unit
 * of its exact share.
 */
export function allocate(total: bigint, lines: SplitLine[]): SplitLine[] {
  if (total < 0n) throw new Error('cannot allocate a negative amount');
  const weightTotal = lines.reduce((sum, line) => sum + line.weight, 0n);
  if (weightTotal <= 0n) throw new Error('nothing to allocate to');
  const remainders = new Map<string, bigint>();
  let given = 0n;
  const result = lines.map((line) => {
    const exact = total * line.weight;
    const amount = exact / weightTotal;
    remainders.set(line.key, exact % weightTotal);
    given += amount;
    return { ...line, amount };
  });
  const order = [...result].sort((a, b) => {
    const ra = remainders.get(a.key)!;
    const rb = remainders.get(b.key)!;
    if (ra !== rb) return ra > rb ? -1 : 1;
    if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  for (let left = total - given, i = 0; left > 0n; left--, i++) order[i].amount += 1n;
  return result;
}

export interface DistributionComputation {
  gross: bigint;
  costs: bigint;
  net: bigint;
  lines: SplitLine[];
}

/**
 * Gross receipts minus deductible costs, in minor units, shared by `splitWeights` and `allocate`.
 * Returns 'NEGATIVE_NET' when the costs exceed the receipts (nothing is distributed then).
 */
export function computeDistribution(
  currency: string,
  receipts: string[],
  costs: string[],
  technologies: SplitTechnology[],
  policies: ReadonlyMap<string, SplitPolicy>,
): DistributionComputation | 'NEGATIVE_NET' {
  const sum = (amounts: string[]) =>
    amounts.reduce((total, amount) => {
      const minor = toMinor(amount, currency);
      if (minor === undefined) throw new Error(`amount ${amount} does not fit ${currency}`);
      return total + minor;
    }, 0n);
  const gross = sum(receipts);
  const costTotal = sum(costs);
  const net = gross - costTotal;
  if (net < 0n) return 'NEGATIVE_NET';
  return { gross, costs: costTotal, net, lines: allocate(net, splitWeights(technologies, policies)) };
}

/** A percentage string with up to two decimals ("33.33") as hundredths (3333). */
export function percentToHundredths(value: string): bigint {
  const minor = toMinor(value, 'EUR');
  if (minor === undefined) throw new Error(`not a percentage with two decimals: ${value}`);
  return minor;
}
