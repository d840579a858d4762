import { MatchReasonKind } from './exchange.enums.js';

/**
 * How much each kind of evidence counts in a match score (they sum to 1, so scores run 0 to 1).
 * Shared glossary concepts weigh most: they are the only evidence that crosses languages (a
 * Vietnamese demand and an English offer share no words) and they ignore wording. Text similarity
 * comes next: it rewards same-language texts about the same thing and catches terms the glossary
 * lacks. Sectors are coarse (many unrelated items share a sector), so they count less. The TRL
 * only separates acceptable offers from unacceptable ones, and those below a demand's minimum are
 * excluded outright, so it adds a small constant to every returned match.
 */
export const matchWeights = {
  concepts: 0.45,
  text: 0.25,
  sectors: 0.2,
  trl: 0.1,
} as const;

/**
 * Within the concept score, coverage of the demand's concepts counts three times as much as
 * coverage of the offer's: a need fully met by a broader offer is a good match, a broad offer
 * touching one of several needs less so.
 */
export const demandCoverageShare = 0.75;

/** Within the text score: share of the demand's words found in the offer, and the wording similarity of titles to documents (trigram). */
export const textShares = { words: 0.6, wording: 0.4 } as const;

/** Matches scoring below this are noise (e.g. one weak trigram hit) and are left out. */
export const minimumMatchScore = 0.15;

/** The parts of a score, each 0 to 1, as computed in SQL. */
export interface MatchComponents {
  concepts: number;
  text: number;
  sectors: number;
  trl: number;
}

/** What the two sides share, for the reasons. */
export interface MatchEvidence {
  /** Shared concepts with their labels, e.g. `water quality / chất lượng nước`. */
  concepts: string[];
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

/** The score of a match: the weighted sum of its components, rounded to 4 decimals as the SQL does. */
export function matchScore(components: MatchComponents): number {
  const sum =
    matchWeights.concepts * components.concepts +
    matchWeights.text * components.text +
    matchWeights.sectors * components.sectors +
    matchWeights.trl * components.trl;
  return round(sum);
}

/**
 * Reasons naming what the two sides share, strongest first; their weights add up to the score (up
 * to rounding). The concept component is split evenly among the shared concepts.
 */
export function matchReasons(components: MatchComponents, evidence: MatchEvidence): Reason[] {
  const reasons: Reason[] = [];
  if (components.concepts > 0 && evidence.concepts.length > 0) {
    const each = (matchWeights.concepts * components.concepts) / evidence.concepts.length;
    for (const concept of evidence.concepts) reasons.push({ kind: MatchReasonKind.CROSS_LANGUAGE_TERM, detail: concept, weight: round(each) });
  }
  if (components.text > 0) {
    const detail = evidence.words.length > 0 ? `shared words: ${evidence.words.join(', ')}` : 'similar wording';
    reasons.push({ kind: MatchReasonKind.TEXT, detail, weight: round(matchWeights.text * components.text) });
  }
  if (components.sectors > 0) {
    reasons.push({ kind: MatchReasonKind.SECTOR, detail: `shared sectors: ${evidence.sectors.join(', ')}`, weight: round(matchWeights.sectors * components.sectors) });
  }
  if (components.trl > 0) {
    const detail = evidence.minTrl === null ? `TRL ${evidence.offerTrl}; no minimum required` : `TRL ${evidence.offerTrl} meets the minimum of ${evidence.minTrl}`;
    reasons.push({ kind: MatchReasonKind.TRL, detail, weight: round(matchWeights.trl * components.trl) });
  }
  return reasons.sort((a, b) => b.weight - a.weight);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
