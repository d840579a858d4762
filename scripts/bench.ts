import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { createLogger } from '../src/common/logging/logger.js';
import { loadConfig } from '../src/config/config.js';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';

/**
 * Measures the organisation directory over HTTP on a large directory and prints the figures:
 *   npm run bench [-- --organizations 100000 --requests 400 --concurrency 8]
 * Uses DATABASE_URL's server when set (a scratch database is created and dropped there), otherwise
 * an embedded server in .data/bench-postgres.
 */
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const organizations = Number(args.get('organizations') ?? 100_000);
const requests = Number(args.get('requests') ?? 400);
const concurrency = Number(args.get('concurrency') ?? 8);

async function main(): Promise<void> {
  let embedded: EmbeddedPostgres | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = new EmbeddedPostgres({ dataDir: path.resolve('.data/bench-postgres'), port: 54339, log: () => undefined });
    serverUrl = (await embedded.start()).url;
  }
  const scratch = `th_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;

  try {
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url.toString(),
      GRAPHQL_DEPTH_LIMIT: '10',
      JWT_SECRET: 'benchmark-secret-that-is-long-enough',
      RATE_LIMIT_PER_MINUTE: '100000000',
    });
    const logger = createLogger(config);
    const app = await createApp({ config, logger, databaseUrl: url.toString() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address() as { port: number };
    const endpoint = `http://127.0.0.1:${address.port}/graphql`;

    const loadStarted = performance.now();
    await fill(app.get(DataSource), organizations);
    console.log(`directory: ${organizations} organisations loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

    const post = async (query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    // A cursor 90% of the way down the directory, to show that deep pages cost what the first does.
    const [deep] = await app.get(DataSource).query(
      `SELECT name, id FROM organization ORDER BY name, id OFFSET $1 LIMIT 1`,
      [Math.floor(organizations * 0.9)],
    );
    const deepCursor = Buffer.from(JSON.stringify(['NAME:ASC', deep.name, deep.id])).toString('base64url');

    const scenarios: [string, string, Record<string, unknown>?][] = [
      ['first page of 20, with totalCount', `{ organizations { totalCount edges { node { id name helix } } } }`],
      ['page of 100 at 90% depth (keyset)', `query($a: String) { organizations(first: 100, after: $a) { edges { node { id name } } } }`, { a: deepCursor }],
      ['search "dai hoc" (accent-folded trigram), page of 20 + totalCount', `{ organizations(filter: {search: "dai hoc"}) { totalCount edges { node { name } } } }`],
      ['filter helix + country, page of 50', `{ organizations(first: 50, filter: {helix: ACADEMIA, country: "VN"}) { edges { node { name } } } }`],
      ['page of 100 with parent and children (DataLoader)', `{ organizations(first: 100, filter: {topLevel: false}) { edges { node { name parent { name children { name } } } } } }`],
      ['organisation by slug', `{ organization(slug: "sample-4242") { name parent { name } } }`],
    ];

    console.log(`\n${requests} requests per scenario, ${concurrency} at a time, over HTTP on 127.0.0.1\n`);
    console.log(['scenario'.padEnd(64), 'req/s'.padStart(7), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8)].join(''));
    for (const [name, query, variables] of scenarios) {
      for (let i = 0; i < 20; i++) await post(query, variables); // warm-up
      const latencies: number[] = [];
      const started = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next += 1;
            const t0 = performance.now();
            await post(query, variables);
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
      console.log([name.padEnd(64), (latencies.length / seconds).toFixed(0).padStart(7), at(0.5).padStart(8), at(0.95).padStart(8), at(0.99).padStart(8)].join(''));
    }
    const memory = process.memoryUsage();
    console.log(`\nmemory after the run: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
    await app.close();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

/** Sample data: a directory of `count` organisations, a tenth of them top-level parents. */
async function fill(dataSource: DataSource, count: number): Promise<void> {
  const parents = Math.max(1, Math.floor(count / 10));
  await dataSource.query(
    `INSERT INTO organization (slug, name, name_en, helix, kind, country, description)
     SELECT 'sample-parent-' || i,
            (ARRAY['Trường Đại học ', 'Tổng Công ty ', 'Sở ', 'Viện nghiên cứu '])[1 + i % 4] || 'mẫu ' || i,
            'Sample parent ' || i,
            (ARRAY['ACADEMIA', 'INDUSTRY', 'GOVERNMENT', 'ACADEMIA'])[1 + i % 4], 'UNIVERSITY',
            (ARRAY['VN', 'NL', 'US'])[1 + i % 3], 'Sample data'
       FROM generate_series(1, $1::int) AS i`,
    [parents],
  );
  await dataSource.query(
    `INSERT INTO organization (slug, name, name_en, helix, kind, country, parent_id, description)
     SELECT 'sample-' || i, 'Công ty mẫu ' || md5(i::text), 'Sample company ' || i,
            (ARRAY['INDUSTRY', 'ACADEMIA', 'GOVERNMENT', 'CIVIL_SOCIETY'])[1 + i % 4], 'STARTUP',
            (ARRAY['VN', 'NL', 'US'])[1 + i % 3],
            (SELECT id FROM organization WHERE slug = 'sample-parent-' || (1 + i % $2::int)), 'Sample data'
       FROM generate_series(1, $1::int) AS i`,
    [count - parents, parents],
  );
  await dataSource.query('ANALYZE organization');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
