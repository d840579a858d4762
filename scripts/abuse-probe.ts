import { performance } from 'node:perf_hooks';

/**
 * Tries a running service as an attacker would and prints how it holds, as JSON:
 *   npm run probe:abuse -- --url http://localhost:3000 [--token <access token>] [--copies 50]
 *
 * - a 4,000-alias document asking for 100 organisations each (about 475 KB): how fast it is refused;
 * - `--copies` of it at once, while /health/live and a small query are timed: whether anyone else waits;
 * - the heaviest shape the cost limit lets through (100 organisations with 95 projects each), a few
 *   times, and liveness while it runs.
 *
 * Run it against synthetic data (`npm run seed:synthetic -- --scale 1`) with a budget large enough for
 * the heavy queries (RATE_LIMIT_PER_MINUTE), on a quiet machine.
 */

interface Answer {
  status: number;
  bytes: number;
  code?: string;
}

function option(name: string, fallback?: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const base = option('url', 'http://localhost:3000') as string;
const token = option('token');
const copies = Number(option('copies', '50'));

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [Math.round(performance.now() - started), result];
}

async function ask(query: string): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  return { status: response.status, bytes: text.length, code };
}

const live = () => fetch(`${base}/health/live`).then((response) => response.status);

async function main(): Promise<void> {
  const fields = 'id name nameEn helix kind country province website description';
  const aliases = `{ ${Array.from({ length: 4000 }, (_, i) => `a${i}: organizations(first: 100) { edges { node { ${fields} } } }`).join(' ')} }`;
  const heaviest = `{ organizations(first: 100) { edges { node { name projects(first: 95) { edges { node { code title } } } } } } }`;

  const [aliasMs, aliasAnswer] = await timed(() => ask(aliases));
  const flood = Promise.all(Array.from({ length: copies }, () => ask(aliases)));
  const [liveMs] = await timed(live);
  const [smallMs, small] = await timed(() => ask('{ organizations(first: 5) { totalCount } }'));
  const flooded = await flood;

  const heavy: { ms: number; status: number; bytes: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const [ms, answer] = await timed(() => ask(heaviest));
    heavy.push({ ms, status: answer.status, bytes: answer.bytes });
  }
  const running = ask(heaviest);
  const [liveDuringHeavyMs] = await timed(live);
  await running;

  console.log(
    JSON.stringify(
      {
        aliasAttack: { documentBytes: aliases.length, ms: aliasMs, status: aliasAnswer.status, code: aliasAnswer.code },
        duringFlood: { copies, liveMs, smallQueryMs: smallMs, smallQueryStatus: small.status, floodStatuses: [...new Set(flooded.map((a) => a.status))] },
        heaviestAllowed: heavy,
        liveDuringHeaviestMs: liveDuringHeavyMs,
      },
      null,
      2,
    ),
  );
}

void main();
