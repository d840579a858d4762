import { calibrationBands, mean, ndcgAt, outrankRate, reciprocalRank, relevantGrade, type CalibrationBand, type Ranked } from '../../src/exchange/matching-metrics.js';
import { conceptLabels, matchSource, rankingQuery, rowReasons, type MatchRow, type Queryable } from '../../src/exchange/matching-query.js';
import { writing, type EvaluationSet } from './evaluation-set.js';

/** What the matcher returned for one demand of the set. */
export interface DemandResult {
  demand: string;
  split: string;
  writing: string;
  /** Offers as the API ranks them, best first, with their grade (0 when not judged) and reasons. */
  ranking: (Ranked & { offer: string; grade: number; evidence: number; reasons: string[] })[];
  /** Judged offers the matcher did not return at all. */
  missing: { offer: string; grade: number }[];
  reciprocalRank: number | null;
  ndcg5: number | null;
}

export interface Figures {
  demands: number;
  judgements: number;
  mrr: number | null;
  ndcg5: number | null;
  /** Mean score of the judged pairs of each grade (a pair not returned scores 0), and how many were returned. */
  byGrade: { grade: number; pairs: number; returned: number; meanScore: number | null }[];
  /** How often a relevant offer (grade 2-3) scores above a near miss (grade 1), and above an unrelated one (0), of the same demand. */
  relevantAboveNearMiss: number | null;
  relevantAboveUnrelated: number | null;
  /** Per demand: best relevant score minus best near-miss score, averaged. */
  meanMargin: number | null;
  bands: CalibrationBand[];
}

/** Score bands the calibration is read in: weak, partial, strong (see `scoreBands` in src/exchange/matching.ts). */
export const bandEdges = [0, 0.4, 0.7, 1];

/**
 * Loads the set into a migrated database as published offers and demands of sample organisations,
 * through the same write path (the triggers annotate the text with glossary concepts). Returns the
 * database id of each set id.
 */
export async function seedEvaluationSet(db: Queryable, set: EvaluationSet): Promise<{ offers: Map<string, string>; demands: Map<string, string> }> {
  const [user] = (await db.query(
    `INSERT INTO user_account (email, display_name, password_hash) VALUES ('matching-eval@example.org', 'Matching evaluation (sample)', 'not-a-password') RETURNING id`,
  )) as { id: string }[];
  const organizations = new Map<string, string>();
  const organization = async (name: string): Promise<string> => {
    const known = organizations.get(name);
    if (known) return known;
    const slug = `eval-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'org'}-${organizations.size}`;
    const [row] = (await db.query(
      `INSERT INTO organization (slug, name, helix, kind, country, description, verified) VALUES ($1, $2, 'INDUSTRY', 'PRIVATE_COMPANY', 'VN', 'Sample data for evaluating matching.', true) RETURNING id`,
      [slug, `${name} (sample)`],
    )) as { id: string }[];
    organizations.set(name, row.id);
    return row.id;
  };
  const offers = new Map<string, string>();
  for (const [index, offer] of set.offers.entries()) {
    const organizationId = await organization(offer.organization ?? 'provider');
    const [technology] = (await db.query(
      `INSERT INTO technology (code, title, created_by) VALUES ($1, $2, $3) RETURNING id`,
      [`EVAL-${index + 1}`, offer.title, user.id],
    )) as { id: string }[];
    const [row] = (await db.query(
      `INSERT INTO technology_offer (organization_id, technology_id, kind, title, summary, trl, sectors, keywords, language, status, published_on, expires_on, created_by)
       VALUES ($1, $2, 'LICENCE', $3, $4, $5, $6, $7, $8, 'PUBLISHED', CURRENT_DATE, CURRENT_DATE + 365, $9) RETURNING id`,
      [organizationId, technology.id, offer.title, offer.summary, offer.trl, offer.sectors ?? [], offer.keywords ?? [], offer.language, user.id],
    )) as { id: string }[];
    offers.set(offer.id, row.id);
  }
  const demands = new Map<string, string>();
  for (const demand of set.demands) {
    const organizationId = await organization(demand.organization ?? 'seeker');
    const [row] = (await db.query(
      `INSERT INTO technology_demand (organization_id, title, description, sectors, keywords, language, min_trl, status, published_on, expires_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'PUBLISHED', CURRENT_DATE, CURRENT_DATE + 365, $8) RETURNING id`,
      [organizationId, demand.title, demand.description, demand.sectors ?? [], demand.keywords ?? [], demand.language, demand.minTrl ?? null, user.id],
    )) as { id: string }[];
    demands.set(demand.id, row.id);
  }
  return { offers, demands };
}

/** Ranks the offers of every demand of the set with the API's ranking statement, as `matchesForDemand` does. */
export async function rankEvaluationSet(db: Queryable, set: EvaluationSet, seeded: { offers: Map<string, string>; demands: Map<string, string> }, depth = 100): Promise<DemandResult[]> {
  const offerBySeededId = new Map([...seeded.offers].map(([setId, id]) => [id, setId]));
  const results: DemandResult[] = [];
  for (const demand of set.demands) {
    const source = await matchSource(db, 'technology_demand', seeded.demands.get(demand.id)!, demand.minTrl ?? null);
    const { sql, parameters } = rankingQuery('offersForDemand', source, depth);
    const rows = (await db.query(sql, parameters)) as MatchRow[];
    const labels = await conceptLabels(db, rows);
    const grades = new Map(Object.entries(demand.judgements));
    const ranking = rows.map((row) => {
      const offer = offerBySeededId.get(row.id)!;
      return { id: offer, offer, score: row.score, evidence: row.evidence, grade: grades.get(offer) ?? 0, reasons: rowReasons(row, labels).map((reason) => `${reason.kind} ${reason.detail} (${reason.weight})`) };
    });
    const returned = new Set(ranking.map((item) => item.offer));
    results.push({
      demand: demand.id,
      split: demand.split ?? 'all',
      writing: writing(demand),
      ranking,
      missing: [...grades].filter(([offer]) => !returned.has(offer)).map(([offer, grade]) => ({ offer, grade })),
      reciprocalRank: reciprocalRank(ranking, grades),
      ndcg5: ndcgAt(ranking, grades, 5),
    });
  }
  return results;
}

/** The figures over some demands' results. */
export function figuresOf(results: readonly DemandResult[], set: EvaluationSet): Figures {
  const judgedPairs: { demand: string; offer: string; grade: number; score: number; returned: boolean }[] = [];
  for (const result of results) {
    const demand = set.demands.find((item) => item.id === result.demand)!;
    const scores = new Map(result.ranking.map((item) => [item.offer, item.score]));
    for (const [offer, grade] of Object.entries(demand.judgements)) {
      judgedPairs.push({ demand: result.demand, offer, grade, score: scores.get(offer) ?? 0, returned: scores.has(offer) });
    }
  }
  const pairsOf = (demand: string) => judgedPairs.filter((pair) => pair.demand === demand);
  // Pooled over every (relevant, lower) pair of the same demand, so a demand with more pairs weighs more.
  const pooled = (lower: number) => {
    let wins = 0;
    let count = 0;
    for (const result of results) {
      const pairs = pairsOf(result.demand);
      const rate = outrankRate(pairs, lower);
      if (rate === null) continue;
      const n = pairs.filter((pair) => pair.grade >= relevantGrade).length * pairs.filter((pair) => pair.grade === lower).length;
      wins += rate * n;
      count += n;
    }
    return count === 0 ? null : wins / count;
  };
  const margins = results.map((result) => {
    const pairs = pairsOf(result.demand);
    const best = (grades: number[]) => Math.max(...pairs.filter((pair) => grades.includes(pair.grade)).map((pair) => pair.score));
    const relevant = best([2, 3]);
    const near = best([1]);
    return Number.isFinite(relevant) && Number.isFinite(near) ? relevant - near : null;
  });
  return {
    demands: results.length,
    judgements: judgedPairs.length,
    mrr: mean(results.map((result) => result.reciprocalRank)),
    ndcg5: mean(results.map((result) => result.ndcg5)),
    byGrade: [3, 2, 1, 0].map((grade) => {
      const pairs = judgedPairs.filter((pair) => pair.grade === grade);
      return { grade, pairs: pairs.length, returned: pairs.filter((pair) => pair.returned).length, meanScore: mean(pairs.map((pair) => pair.score)) };
    }),
    relevantAboveNearMiss: pooled(1),
    relevantAboveUnrelated: pooled(0),
    meanMargin: mean(margins),
    bands: calibrationBands(judgedPairs, bandEdges),
  };
}

/** Every judged pair of the results with its evidence (0 when the offer was not returned), for fitting the calibration. */
export function judgedEvidence(results: readonly DemandResult[], set: EvaluationSet): { evidence: number; relevant: boolean }[] {
  return results.flatMap((result) => {
    const demand = set.demands.find((item) => item.id === result.demand)!;
    const evidence = new Map(result.ranking.map((item) => [item.offer, item.evidence]));
    return Object.entries(demand.judgements).map(([offer, grade]) => ({ evidence: evidence.get(offer) ?? 0, relevant: grade >= relevantGrade }));
  });
}
