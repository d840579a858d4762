import { MatchReasonKind } from './exchange.enums.js';

/**
 * A match's score is computed in two steps.
 *
 * 1. **Evidence** (0 to 1): the weighted sum of what the demand and the offer share (`matchWeights`).
 *    Shared glossary concepts weigh most: they are the only evidence that crosses languages (a
 *    Vietnamese demand and an English offer share no words) and they ignore wording. Text
 *    similarity comes next: it rewards same-language texts about the same thing and catches terms
 *    the glossary lacks. Sectors are coarse (a near miss shares them as often as a good match), so
 *    they count little. The TRL counts nothing: offers below a demand's minimum are left out, and
 *    the others are not ranked by it (its reason still says that the minimum is met).
 * 2. **Calibration**: the evidence goes through a logistic curve fitted on labelled pairs (see
 *    `calibration`), so that the score reads as how likely a broker would judge the offer to meet
 *    the demand at least in part: see `scoreBands`.
 */
export const matchWeights = {
  concepts: 0.6,
  text: 0.3,
  sectors: 0.1,
} as const;

/**
 * What a score means, as measured on the labelled set (`npm run matching:eval`): from `strong` up,
 * the offer was nearly always judged to meet the need; from `partial`, often in part; below, it was
 * mostly a near miss or unrelated.
 */
export const scoreBands = { strong: 0.7, partial: 0.4 } as const;

/**
 * Within the concept score, coverage of the demand's concepts counts three times as much as
 * coverage of the offer's: a need fully met by a broader offer is a good match, a broad offer
 * touching one of several needs less so.
 */
export const demandCoverageShare = 0.75;

/**
 * Broad glossary concepts: fields rather than needs. Two texts sharing only `water` or
 * `agriculture` are in the same field, which is what a near miss is; they weigh `broadConceptWeight`
 * of a specific concept such as `wastewater`, `drip irrigation` or `defect detection`.
 */
export const broadConcepts: readonly string[] = [
  'agriculture', 'ai', 'aquaculture', 'automation', 'biotechnology', 'cloud', 'data_platform', 'digital_transformation',
  'electronics', 'fish', 'fruit', 'healthcare', 'industrial_park', 'iot', 'livestock', 'logistics', 'manufacturing', 'mobile_app',
  'monitoring', 'sensor', 'smart_city', 'water', 'wireless',
];
export const broadConceptWeight = 0.35;

/**
 * The shared concept weight at which concept evidence is complete. One specific concept in common
 * is real but partial evidence (a demand for drip irrigation and an offer of irrigation canals share
 * `irrigation`); two are a match of substance.
 */
export const conceptSaturation = 1.5;

/** Within the text score: share of the demand's words found in the offer, and the wording similarity of titles to documents (trigram). */
export const textShares = { words: 0.6, wording: 0.4 } as const;

/**
 * The logistic curve from evidence to score, rescaled so that no evidence scores 0 and complete
 * evidence 1: `score = (σ(slope·(e − midpoint)) − σ(−slope·midpoint)) / (σ(slope·(1 − midpoint)) − σ(−slope·midpoint))`.
 * Fitted by `fitCalibration` on the tuning half of the labelled set (relevant = graded 2 or 3).
 */
export const calibration = { slope: 16.5, midpoint: 0.35 } as const;

/**
 * Matches with less evidence than this are noise (one shared sector, a faint trigram likeness) and
 * are left out. A threshold on evidence rather than on the score, so that recalibrating the curve
 * changes no ranking.
 */
export const minimumMatchEvidence = 0.05;

/** The parts of a score, each 0 to 1, as computed in SQL. */
export interface MatchComponents {
  concepts: number;
  text: number;
  sectors: number;
  /** 1 when the offer meets the demand's minimum TRL (always, for a returned match). */
  trl: number;
}

/** What the two sides share, for the reasons. */
export interface MatchEvidence {
  /** Shared concepts with their labels, e.g. `water quality / chất lượng nước`. */
  concepts: string[];
  /** How much each shared concept weighs (1 specific, `broadConceptWeight` broad); all 1 when absent. */
  conceptWeights?: number[];
  words: string[];
  sectors: string[];
  offerTrl: number;
  minTrl: number | null;
}

export interface Reason {
  kind: MatchReasonKind;
  detail: string;
  /** The reason's share of the score. */
  weight: number;
}

export type ScoreBand = 'STRONG' | 'PARTIAL' | 'WEAK';

/** The weight of a concept in the concept score. */
export function conceptWeight(concept: string): number {
  return broadConcepts.includes(concept) ? broadConceptWeight : 1;
}

/**
 * The concept component from the concepts of each side, as the SQL computes it: coverage of the
 * demand's and the offer's concepts by weight, times how much weight is shared (up to saturation).
 */
export function conceptScore(demandConcepts: readonly string[], offerConcepts: readonly string[]): number {
  const weigh = (concepts: readonly string[]) => concepts.reduce((sum, concept) => sum + conceptWeight(concept), 0);
  const shared = weigh(demandConcepts.filter((concept) => offerConcepts.includes(concept)));
  if (shared === 0) return 0;
  const coverage = demandCoverageShare * (shared / weigh(demandConcepts)) + (1 - demandCoverageShare) * (shared / weigh(offerConcepts));
  return coverage * Math.min(1, shared / conceptSaturation);
}

/** The evidence of a match, 0 to 1: the weighted sum of its components. */
export function matchEvidence(components: MatchComponents): number {
  return matchWeights.concepts * components.concepts + matchWeights.text * components.text + matchWeights.sectors * components.sectors;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Evidence (0 to 1) to score (0 to 1) through the logistic curve of `slope` and `midpoint`, 0 and 1 kept in place. */
export function calibrate(evidence: number, curve: { slope: number; midpoint: number } = calibration): number {
  const low = sigmoid(-curve.slope * curve.midpoint);
  const high = sigmoid(curve.slope * (1 - curve.midpoint));
  const clamped = Math.min(1, Math.max(0, evidence));
  return (sigmoid(curve.slope * (clamped - curve.midpoint)) - low) / (high - low);
}

/** The score of a match: its evidence calibrated, rounded to 4 decimals as the SQL does. */
export function matchScore(components: MatchComponents): number {
  return round(calibrate(matchEvidence(components)));
}

export function scoreBand(score: number): ScoreBand {
  return score >= scoreBands.strong ? 'STRONG' : score >= scoreBands.partial ? 'PARTIAL' : 'WEAK';
}

/**
 * The logistic curve that best explains which pairs were judged relevant from their evidence
 * (maximum likelihood over a grid of slopes and midpoints), for `calibration`.
 */
export function fitCalibration(pairs: readonly { evidence: number; relevant: boolean }[]): { slope: number; midpoint: number; logLikelihood: number } {
  let best = { slope: 1, midpoint: 0.5, logLikelihood: -Infinity };
  for (let slope = 1; slope <= 40; slope += 0.5) {
    for (let midpoint = 0; midpoint <= 1.0001; midpoint += 0.01) {
      let logLikelihood = 0;
      for (const pair of pairs) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, calibrate(pair.evidence, { slope, midpoint })));
        logLikelihood += pair.relevant ? Math.log(p) : Math.log(1 - p);
      }
      if (logLikelihood > best.logLikelihood) best = { slope, midpoint: Math.round(midpoint * 100) / 100, logLikelihood };
    }
  }
  return best;
}

/**
 * Reasons naming what the two sides share, strongest first; their weights are each one's share of
 * the score and add up to it (up to rounding). The concept share is split among the shared concepts
 * by their weight. The TRL reason says that the minimum is met; it weighs nothing.
 */
export function matchReasons(components: MatchComponents, evidence: MatchEvidence): Reason[] {
  const total = matchEvidence(components);
  const score = matchScore(components);
  const share = (part: number) => (total === 0 ? 0 : (score * part) / total);
  const reasons: Reason[] = [];
  if (components.concepts > 0 && evidence.concepts.length > 0) {
    const weights = evidence.conceptWeights ?? evidence.concepts.map(() => 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const conceptShare = share(matchWeights.concepts * components.concepts);
    evidence.concepts.forEach((concept, index) => {
      reasons.push({ kind: MatchReasonKind.CROSS_LANGUAGE_TERM, detail: concept, weight: round((conceptShare * weights[index]) / sum) });
    });
  }
  if (components.text > 0) {
    const detail = evidence.words.length > 0 ? `shared words: ${evidence.words.join(', ')}` : 'similar wording';
    reasons.push({ kind: MatchReasonKind.TEXT, detail, weight: round(share(matchWeights.text * components.text)) });
  }
  if (components.sectors > 0) {
    reasons.push({ kind: MatchReasonKind.SECTOR, detail: `shared sectors: ${evidence.sectors.join(', ')}`, weight: round(share(matchWeights.sectors * components.sectors)) });
  }
  if (components.trl > 0) {
    const detail = evidence.minTrl === null ? `TRL ${evidence.offerTrl}; no minimum required` : `TRL ${evidence.offerTrl} meets the minimum of ${evidence.minTrl}`;
    reasons.push({ kind: MatchReasonKind.TRL, detail, weight: 0 });
  }
  return reasons.sort((a, b) => b.weight - a.weight);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
