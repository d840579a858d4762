import 'reflect-metadata';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createDataSource } from '../src/data-source.js';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { calibration, fitCalibration, scoreBands } from '../src/exchange/matching.js';
import { loadEvaluationSet, type EvaluationSet } from './matching-eval/evaluation-set.js';
import { figuresOf, judgedEvidence, rankEvaluationSet, seedEvaluationSet, type DemandResult, type Figures } from './matching-eval/evaluate.js';

/**
 * How good matching is, measured on a labelled set:
 *   npm run matching:eval [-- --set path/to/set.json] [--glossary extra-terms.json] [--fit] [--verbose] [--json]
 *
 * Migrates a scratch database (on DATABASE_URL's server when set, created and dropped there;
 * otherwise on an embedded server in .data/matching-eval-postgres), loads the set's offers and
 * demands as published items (the write triggers annotate them with glossary concepts), asks the
 * API's ranking statement for every demand's offers, and prints MRR, nDCG@5 and how far scores
 * separate relevant offers from near misses and unrelated ones: for the whole set and for each of
 * its halves (`split`). The set's format is described in scripts/matching-eval/README.md.
 *
 * `--glossary file` adds terms to the scratch database's glossary first (a JSON list of
 * [concept, [English phrases], [Vietnamese phrases]], the format of the glossary migrations), to
 * see what a glossary change would do before writing its migration. `--verbose` prints every
 * demand's ranking with grades and reasons; `--json` prints the figures as JSON on stdout. `--fit`
 * fits the calibration curve (`calibration` in src/exchange/matching.ts) to the demands of split
 * `tune` (all demands when there is none) and prints it.
 */

interface Options {
  set: string;
  glossary?: string;
  verbose: boolean;
  json: boolean;
  fit: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { set: 'scripts/matching-eval/set.json', verbose: false, json: false, fit: false };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--verbose') options.verbose = true;
    else if (name === '--json') options.json = true;
    else if (name === '--fit') options.fit = true;
    else if (name === '--set' || name === '--glossary') {
      const value = argv[++i];
      if (!value) throw new Error(`${name} needs a file`);
      options[name === '--set' ? 'set' : 'glossary'] = value;
    } else throw new Error(`unknown option ${name}; known: --set FILE, --glossary FILE, --fit, --verbose, --json`);
  }
  return options;
}

const stderr = (line: string) => process.stderr.write(`${line}\n`);
const fixed = (value: number | null, digits = 3) => (value === null ? '-' : value.toFixed(digits));

function printFigures(title: string, figures: Figures): void {
  stderr(`\n${title}: ${figures.demands} demands, ${figures.judgements} judged pairs`);
  stderr(`  MRR (first offer graded 2-3)          ${fixed(figures.mrr)}`);
  stderr(`  nDCG@5                                ${fixed(figures.ndcg5)}`);
  stderr(`  relevant above near miss (pairs)      ${fixed(figures.relevantAboveNearMiss)}`);
  stderr(`  relevant above unrelated (pairs)      ${fixed(figures.relevantAboveUnrelated)}`);
  stderr(`  best relevant - best near miss        ${fixed(figures.meanMargin)}`);
  stderr('  mean score by grade (not returned = 0):');
  for (const row of figures.byGrade) stderr(`    grade ${row.grade}: ${fixed(row.meanScore)} over ${row.pairs} pairs, ${row.returned} returned`);
  stderr('  what a score has meant (share of judged pairs in the band graded 2-3):');
  for (const band of figures.bands) stderr(`    ${band.from.toFixed(1)}-${band.to.toFixed(1)}: ${band.pairs} pairs, ${fixed(band.relevantShare, 2)} relevant`);
}

function printRanking(result: DemandResult): void {
  stderr(`\n${result.demand} [${result.split}, ${result.writing}] RR ${fixed(result.reciprocalRank, 2)} nDCG@5 ${fixed(result.ndcg5, 2)}`);
  for (const item of result.ranking.slice(0, 6)) stderr(`  ${item.score.toFixed(4)} g${item.grade} ${item.offer}: ${item.reasons.join('; ')}`);
  if (result.missing.length > 0) stderr(`  not returned: ${result.missing.map((item) => `${item.offer} (g${item.grade})`).join(', ')}`);
}

async function extendGlossary(db: { query(sql: string, parameters?: unknown[]): Promise<unknown> }, file: string): Promise<number> {
  const terms = JSON.parse(readFileSync(file, 'utf8')) as [string, string[], string[]][];
  const rows = terms.flatMap(([concept, en, vi]) => [...en.map((phrase) => [concept, 'en', phrase]), ...vi.map((phrase) => [concept, 'vi', phrase])]);
  await db.query(
    `INSERT INTO exchange_term (concept, language, phrase, folded)
     SELECT concept, language, phrase, exchange_normalize(phrase) FROM unnest($1::text[], $2::text[], $3::text[]) AS t(concept, language, phrase)
     ON CONFLICT DO NOTHING`,
    [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2])],
  );
  return rows.length;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const set: EvaluationSet = loadEvaluationSet(options.set);
  let embedded: EmbeddedPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = new EmbeddedPostgres({ dataDir: path.resolve('.data/matching-eval-postgres'), port: 54340, log: () => undefined });
    serverUrl = (await embedded.start()).url;
  }
  const scratch = `th_matching_eval_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 2 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    if (options.glossary) stderr(`added ${await extendGlossary(dataSource, options.glossary)} glossary phrases from ${options.glossary}`);
    const seeded = await seedEvaluationSet(dataSource, set);
    const results = await rankEvaluationSet(dataSource, set, seeded);
    if (options.verbose) results.forEach(printRanking);
    const splits = [...new Set(results.map((result) => result.split))].sort();
    const all = figuresOf(results, set);
    const bySplit = Object.fromEntries(splits.map((split) => [split, figuresOf(results.filter((result) => result.split === split), set)]));
    const byWriting = Object.fromEntries(['en', 'vi', 'vi-plain'].map((kind) => [kind, figuresOf(results.filter((result) => result.writing === kind), set)]));
    stderr(`matching evaluated on ${options.set} (${set.offers.length} offers)`);
    stderr(`score bands: strong >= ${scoreBands.strong}, partial ${scoreBands.partial}-${scoreBands.strong}, weak below ${scoreBands.partial}; calibration slope ${calibration.slope}, midpoint ${calibration.midpoint}`);
    printFigures('all demands', all);
    if (splits.length > 1) for (const split of splits) printFigures(`split "${split}"`, bySplit[split]);
    stderr('\nby how the demand is written:');
    for (const [kind, figures] of Object.entries(byWriting)) {
      if (figures.demands > 0) stderr(`  ${kind.padEnd(9)} ${String(figures.demands).padStart(3)} demands: MRR ${fixed(figures.mrr)}, nDCG@5 ${fixed(figures.ndcg5)}`);
    }
    if (options.fit) {
      const tuning = results.some((result) => result.split === 'tune') ? results.filter((result) => result.split === 'tune') : results;
      const fitted = fitCalibration(judgedEvidence(tuning, set));
      stderr(`\ncalibration fitted on ${tuning.length} demands: slope ${fitted.slope}, midpoint ${fitted.midpoint} (log-likelihood ${fitted.logLikelihood.toFixed(2)})`);
    }
    if (options.json) process.stdout.write(`${JSON.stringify({ set: options.set, all, bySplit, byWriting }, null, 2)}\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`matching:eval failed: ${(error as Error).message}`);
  process.exit(1);
});
