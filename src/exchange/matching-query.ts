import { effectiveTrlOf } from './exchange.read.js';
import {
  broadConceptWeight, broadConcepts, calibration, conceptSaturation, conceptWeight, demandCoverageShare, matchReasons, matchWeights, minimumMatchEvidence, textShares,
  type MatchComponents, type Reason,
} from './matching.js';

/** Anything that runs SQL: a data source, an entity manager, a query runner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** What the ranking reads of the item whose counterparts are ranked. */
export interface MatchSource {
  organizationId: string;
  concepts: string[];
  sectors: string[];
  doc: string;
  titleNorm: string;
  words: string[];
  /** The demand's minimum (matching offers) or the offer's level (matching demands). */
  trl: number | null;
}

/** One ranked counterpart with its evidence and components, as the ranking query returns it. */
export interface MatchRow {
  id: string;
  shared_concepts: string[];
  shared_sectors: string[];
  shared_words: string[];
  offer_trl: number;
  min_trl: number | null;
  concept_score: number;
  text_score: number;
  sector_score: number;
  trl_score: number;
  /** The weighted sum of the components, before calibration. */
  evidence: number;
  score: number;
}

interface Direction {
  table: 'technology_offer' | 'technology_demand';
  /** Whether the candidates are demands (the source is an offer). */
  candidatesAreDemands: boolean;
}

/**
 * The ranking query. The source's features arrive as parameters, so the candidate filter is a
 * plain OR of indexed conditions on the candidates (GIN on concepts and sectors, the full-text
 * index, the trigram index), which PostgreSQL answers with a bitmap OR. Every component is computed
 * in terms of the demand and the offer (not of source and candidate), so a pair scores the same
 * from either side. The components, evidence and calibration are those of `matching.ts`
 * (`conceptScore`, `matchEvidence`, `calibrate`), which its unit tests pin down.
 */
function rankingSql(direction: Direction): string {
  // An offer's TRL as filters see it: never above its technology's latest assessment.
  const trlCondition = direction.candidatesAreDemands ? '(c.min_trl IS NULL OR c.min_trl <= $8::int)' : `($8::int IS NULL OR ${effectiveTrlOf('c')} >= $8::int)`;
  const offerTrl = direction.candidatesAreDemands ? '$8::int' : effectiveTrlOf('c');
  const minTrl = direction.candidatesAreDemands ? 'c.min_trl' : '$8::int';
  const [demandConcepts, offerConcepts] = direction.candidatesAreDemands ? ['e.concepts', '$2::text[]'] : ['$2::text[]', 'e.concepts'];
  const demandWords = direction.candidatesAreDemands ? 'cardinality(e.words)' : 'cardinality($4::text[])';
  // The summed weight of some concepts: broad ones ($15) weigh $16, the others 1.
  const weightOf = (concepts: string) => `(SELECT coalesce(sum(CASE WHEN k = ANY($15::text[]) THEN $16::float8 ELSE 1 END), 0) FROM unnest(${concepts}) AS k)`;
  // The logistic curve of slope $18 and midpoint $19, rescaled to map 0 to 0 and 1 to 1.
  const sigmoid = (x: string) => `(1 / (1 + exp(-$18::float8 * (${x} - $19::float8))))`;
  return `
    WITH candidate AS MATERIALIZED (
      SELECT c.id, c.concepts, c.sectors, ${offerTrl} AS offer_trl, ${minTrl} AS min_trl,
             c.document AS doc, c.words, c.title_normalized AS title_norm
        FROM ${direction.table} c
       WHERE c.status = 'PUBLISHED' AND c.expires_on >= CURRENT_DATE
         AND c.organization_id <> $1::uuid
         AND ${trlCondition}
         AND (c.concepts && $2::text[]
              OR c.sectors && $3::text[]
              OR to_tsvector('simple', c.document) @@ to_tsquery('simple', $5::text)
              OR $6::text <% c.document)
    ), evidence AS (
      SELECT e.*,
             ARRAY(SELECT unnest(e.concepts) INTERSECT SELECT unnest($2::text[]) ORDER BY 1) AS shared_concepts,
             ARRAY(SELECT unnest(e.sectors) INTERSECT SELECT unnest($3::text[]) ORDER BY 1) AS shared_sectors,
             ARRAY(SELECT unnest(e.words) INTERSECT SELECT unnest($4::text[]) ORDER BY 1) AS shared_words,
             (SELECT count(*) FROM (SELECT unnest(e.sectors) UNION SELECT unnest($3::text[])) s) AS sector_union,
             greatest(word_similarity($6::text, e.doc), word_similarity(e.title_norm, $7::text)) AS wording,
             ${weightOf(demandConcepts)} AS demand_weight,
             ${weightOf(offerConcepts)} AS offer_weight
        FROM candidate e
    ), weighed AS (
      SELECT e.*, ${weightOf('e.shared_concepts')} AS shared_weight FROM evidence e
    ), components AS (
      SELECT e.id, e.shared_concepts, e.shared_sectors, e.shared_words, e.offer_trl, e.min_trl,
             CASE WHEN e.shared_weight = 0 THEN 0::float8
                  ELSE ($14::float8 * e.shared_weight / e.demand_weight + (1 - $14::float8) * e.shared_weight / e.offer_weight)
                       * least(1::float8, e.shared_weight / $17::float8) END AS concept_score,
             $12::float8 * coalesce(cardinality(e.shared_words)::float8 / NULLIF(${demandWords}, 0), 0) + $13::float8 * e.wording AS text_score,
             CASE WHEN e.sector_union = 0 THEN 0::float8 ELSE cardinality(e.shared_sectors)::float8 / e.sector_union END AS sector_score,
             1::float8 AS trl_score
        FROM weighed e
    ), evidenced AS (
      SELECT k.*, least(1::float8, $10::float8 * k.concept_score + $11::float8 * k.text_score + $20::float8 * k.sector_score) AS evidence
        FROM components k
    ), scored AS MATERIALIZED (
      SELECT v.*, round(((${sigmoid('v.evidence')} - ${sigmoid('0')}) / (${sigmoid('1')} - ${sigmoid('0')}))::numeric, 4)::float8 AS score
        FROM evidenced v
    )
    SELECT * FROM scored WHERE evidence >= $9::float8 ORDER BY score DESC, id LIMIT $21::int`;
}

/** The two rankings: offers for a demand, demands for an offer. */
export const rankingStatements = {
  offersForDemand: rankingSql({ table: 'technology_offer', candidatesAreDemands: false }),
  demandsForOffer: rankingSql({ table: 'technology_demand', candidatesAreDemands: true }),
} as const;

export type MatchDirection = keyof typeof rankingStatements;

/** The source's features, as kept by the write trigger; `trl` is the demand's minimum or the offer's level. */
export async function matchSource(db: Queryable, table: 'technology_offer' | 'technology_demand', id: string, trl: number | null): Promise<MatchSource> {
  const [row] = (await db.query(
    `SELECT organization_id, concepts, sectors, document AS doc, title_normalized AS title_norm, words FROM ${table} WHERE id = $1`,
    [id],
  )) as { organization_id: string; concepts: string[]; sectors: string[]; doc: string; title_norm: string; words: string[] }[];
  return { organizationId: row.organization_id, concepts: row.concepts, sectors: row.sectors, doc: row.doc, titleNorm: row.title_norm, words: row.words, trl };
}

/** The statement and parameters ranking the source's counterparts, best first, at most `first`. */
export function rankingQuery(direction: MatchDirection, source: MatchSource, first: number): { sql: string; parameters: unknown[] } {
  // Words are letters and digits only, so they can be joined into a tsquery as they are.
  const anyWord = source.words.length > 0 ? source.words.join(' | ') : null;
  const parameters = [
    source.organizationId, source.concepts, source.sectors, source.words, anyWord, source.titleNorm, source.doc, source.trl, minimumMatchEvidence,
    matchWeights.concepts, matchWeights.text, textShares.words, textShares.wording, demandCoverageShare, broadConcepts, broadConceptWeight,
    conceptSaturation, calibration.slope, calibration.midpoint, matchWeights.sectors, first,
  ];
  return { sql: rankingStatements[direction], parameters };
}

/** `english / Vietnamese` labels of the shared concepts, from the glossary's preferred phrases. */
export async function conceptLabels(db: Queryable, rows: MatchRow[]): Promise<Map<string, string>> {
  const concepts = [...new Set(rows.flatMap((row) => row.shared_concepts))];
  if (concepts.length === 0) return new Map();
  const terms = (await db.query(
    `SELECT concept, language, phrase FROM exchange_term WHERE preferred AND concept = ANY($1) ORDER BY concept, language`,
    [concepts],
  )) as { concept: string; language: string; phrase: string }[];
  const labels = new Map<string, string>();
  for (const concept of concepts) {
    const phrases = ['en', 'vi'].map((language) => terms.find((term) => term.concept === concept && term.language === language)?.phrase).filter(Boolean);
    labels.set(concept, phrases.length > 0 ? phrases.join(' / ') : concept);
  }
  return labels;
}

/** The reasons of a ranked row, naming concepts by their labels. */
export function rowReasons(row: MatchRow, labels: Map<string, string>): Reason[] {
  const components: MatchComponents = { concepts: row.concept_score, text: row.text_score, sectors: row.sector_score, trl: row.trl_score };
  return matchReasons(components, {
    concepts: row.shared_concepts.map((concept) => labels.get(concept) ?? concept),
    conceptWeights: row.shared_concepts.map(conceptWeight),
    words: row.shared_words,
    sectors: row.shared_sectors,
    offerTrl: row.offer_trl,
    minTrl: row.min_trl,
  });
}
