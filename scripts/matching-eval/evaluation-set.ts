import { readFileSync } from 'node:fs';

/**
 * A labelled set for evaluating matching (see README.md beside this file): offers, demands, and for
 * each demand the offers someone judged, graded 0 (unrelated) to 3 (meets the need).
 */
export interface EvaluationOffer {
  id: string;
  language: 'en' | 'vi';
  title: string;
  summary: string;
  keywords?: string[];
  sectors?: string[];
  trl: number;
  /** Offers and demands of the same organisation are never matched; by default offers share one organisation. */
  organization?: string;
}

export interface EvaluationDemand {
  id: string;
  language: 'en' | 'vi';
  title: string;
  description: string;
  keywords?: string[];
  sectors?: string[];
  minTrl?: number | null;
  organization?: string;
  /** `tune` or `holdout`: which half it belongs to, for reporting the two apart. */
  split?: string;
  /** Offer id -> grade 0..3. Offers not named count as 0. */
  judgements: Record<string, number>;
}

export interface EvaluationSet {
  about?: string;
  offers: EvaluationOffer[];
  demands: EvaluationDemand[];
}

/** Reads and checks a set, naming the first thing wrong with it. */
export function loadEvaluationSet(path: string): EvaluationSet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the evaluation set ${path}: ${(error as Error).message}`, { cause: error });
  }
  return checkEvaluationSet(parsed, path);
}

export function checkEvaluationSet(value: unknown, name = 'the set'): EvaluationSet {
  const fail = (message: string): never => {
    throw new Error(`${name}: ${message}`);
  };
  const set = value as EvaluationSet;
  if (!set || !Array.isArray(set.offers) || !Array.isArray(set.demands)) fail('needs "offers" and "demands" arrays');
  const offerIds = new Set<string>();
  const text = (item: Record<string, unknown>, field: string, where: string) => {
    if (typeof item[field] !== 'string' || (item[field] as string).trim() === '') fail(`${where} needs a non-empty "${field}"`);
  };
  const common = (item: EvaluationOffer | EvaluationDemand, where: string) => {
    text(item as never, 'id', where);
    if (item.language !== 'en' && item.language !== 'vi') fail(`${where}: "language" is "en" or "vi"`);
    text(item as never, 'title', where);
    for (const field of ['keywords', 'sectors'] as const) {
      if (item[field] !== undefined && !(Array.isArray(item[field]) && item[field].every((entry) => typeof entry === 'string'))) fail(`${where}: "${field}" is a list of strings`);
    }
  };
  const trl = (level: unknown) => Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 9;
  set.offers.forEach((offer, index) => {
    const where = `offer ${offer?.id ?? index}`;
    common(offer, where);
    text(offer as never, 'summary', where);
    if (!trl(offer.trl)) fail(`${where}: "trl" is a whole number from 1 to 9`);
    if (offerIds.has(offer.id)) fail(`${where} appears twice`);
    offerIds.add(offer.id);
  });
  const demandIds = new Set<string>();
  set.demands.forEach((demand, index) => {
    const where = `demand ${demand?.id ?? index}`;
    common(demand, where);
    text(demand as never, 'description', where);
    if (demand.minTrl !== undefined && demand.minTrl !== null && !trl(demand.minTrl)) fail(`${where}: "minTrl" is null or a whole number from 1 to 9`);
    if (demandIds.has(demand.id)) fail(`${where} appears twice`);
    demandIds.add(demand.id);
    if (!demand.judgements || typeof demand.judgements !== 'object') fail(`${where} needs "judgements": {offer id: grade}`);
    for (const [offer, grade] of Object.entries(demand.judgements)) {
      if (!offerIds.has(offer)) fail(`${where} judges an unknown offer "${offer}"`);
      if (![0, 1, 2, 3].includes(grade)) fail(`${where}: the grade of "${offer}" is 0, 1, 2 or 3`);
    }
  });
  return set;
}

/** How the text is written: English, Vietnamese with diacritics, or Vietnamese typed without them. */
export function writing(item: { language: string; title: string }): 'en' | 'vi' | 'vi-plain' {
  if (item.language === 'en') return 'en';
  // Vietnamese letters outside ASCII: any of them marks text typed with diacritics.
  return /[^\u0020-\u007e]/.test(item.title) ? 'vi' : 'vi-plain';
}
