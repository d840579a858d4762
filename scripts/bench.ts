import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import type { SqlLogger } from '../src/database/query-counter.js';
import type { SyntheticReport } from './synthetic/synthetic.js';

/**
 * Load test of representative GraphQL reads on synthetic sample data:
 *   npm run bench [-- --scale 1 --seconds 10 --connections 10 --warmup 2 --seed 1 --only synergy,network]
 *
 * Starts the application itself on a scratch database (on DATABASE_URL's server when set, created
 * and dropped there; otherwise on an embedded server in .data/bench-postgres), which the app
 * migrates; loads the synthetic data at `--scale` (see scripts/synthetic/synthetic.ts), listens on a
 * random port, signs in as a member of the busiest organisation (and, for the commercialisation reads,
 * of the organisation owning the most technologies) and runs each query with autocannon
 * for `--seconds` over `--connections` keep-alive connections. The load generator runs in a child
 * process, so that it neither shares the server's event loop nor counts in its memory.
 *
 * Prints one JSON object to stdout (requests/s, p50/p99 latency, SQL statements per request, errors;
 * peak RSS; node version; CPU count) and a short table to stderr.
 */

interface LoadJob {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

// ---------------------------------------------------------------------------------------------
// The child: runs autocannon for each job it is sent, answers with the figures.

async function loadRunner(): Promise<void> {
  const { default: autocannon } = await import('autocannon');
  process.on('disconnect', () => process.exit(0));
  process.on('message', (job: LoadJob) => {
    void autocannon({
      url: job.url,
      method: 'POST',
      headers: job.headers,
      body: job.body,
      connections: job.connections,
      duration: job.seconds,
      // A GraphQL error is answered with HTTP 200: it counts as a mismatch, and so as an error here.
      verifyBody: (body) => {
        const text = String(body);
        return text.startsWith('{"data"') && !text.includes('"errors":[');
      },
    }).then((result) => {
      const figures: LoadFigures = {
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.total / result.duration),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx + result.mismatches,
      };
      process.send!(figures);
    }, (error: unknown) => process.send!({ error: String(error) }));
  });
}

// ---------------------------------------------------------------------------------------------
// The parent: database, application, data, queries.

interface Options {
  scale: number;
  seconds: number;
  connections: number;
  warmup: number;
  seed: number;
  /** Names of the queries to run (all when empty). */
  only: string[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = { scale: 1, seconds: 10, connections: 10, warmup: 2, seed: 1, only: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '') as keyof Options;
    if (name === 'only') {
      options.only = (argv[i + 1] ?? '').split(',').filter(Boolean);
      continue;
    }
    const value = Number(argv[i + 1]);
    if (!(name in options) || !argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}; use --scale N --seconds S --connections C --warmup S --seed S --only name,name`);
    const valid = name === 'scale' ? value > 0 && value <= 100 : Number.isInteger(value) && value >= (name === 'warmup' || name === 'seed' ? 0 : 1);
    if (!valid) throw new Error(`--${name} needs ${name === 'scale' ? 'a number above 0, at most 100' : 'a whole number'}; got ${argv[i + 1]}`);
    options[name as Exclude<keyof Options, 'only'>] = value;
  }
  return options;
}

const stderr = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // The application is loaded here only, not in the load-generator child.
  const [{ default: pg }, { pino }, { DataSource }, { createApp }, { loadConfig }, { EmbeddedPostgres }, { generateSyntheticData }, { createPlatformAdmin }] = await Promise.all([
    import('pg'),
    import('pino'),
    import('typeorm'),
    import('../src/app.factory.js'),
    import('../src/config/config.js'),
    import('../src/database/embedded-postgres.js'),
    import('./synthetic/synthetic.js'),
    import('../src/identity/platform-admin.js'),
  ]);
  const { keepHeapNearLiveSize } = await import('../src/common/heap.js');

  let embedded: InstanceType<typeof EmbeddedPostgres> | undefined;
  let serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? `server of DATABASE_URL (${new URL(serverUrl).host})` : 'embedded (.data/bench-postgres)';
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
  let app: NestFastifyApplication | undefined;
  let child: ChildProcess | undefined;

  try {
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url.toString(),
      GRAPHQL_DEPTH_LIMIT: '10',
      JWT_SECRET: 'benchmark-secret-that-is-long-enough',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      // The bench is one person asking as fast as they can: no limit may throttle it.
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE: '1000000',
    });
    // Memory as the service keeps it (main.ts sets the same).
    keepHeapNearLiveSize(config.heapGrowingPercent);
    // The application's JSON log goes to stderr: stdout carries the report only.
    const logger = pino({ level: config.logLevel, base: { service: 'triple-helix-api' } }, pino.destination(2));
    const started = performance.now();
    app = await createApp({ config, logger, databaseUrl: url.toString() });
    const dataSource = app.get(DataSource) as DataSource;
    const [{ version: postgres }] = (await dataSource.query(`SELECT current_setting('server_version') AS version`)) as { version: string }[];
    stderr(`application started and migrated in ${((performance.now() - started) / 1000).toFixed(1)} s; loading synthetic data at scale ${options.scale}`);
    const data: SyntheticReport = await generateSyntheticData(dataSource, { scale: options.scale, seed: options.seed, log: (message) => stderr(`  ${message}`) });
    // Statistics and visibility maps as autovacuum leaves them on a live database, not as a bulk load leaves them.
    await dataSource.query(`VACUUM (ANALYZE)`);
    stderr(`synthetic data loaded in ${data.seconds} s`);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const endpoint = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;

    const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors || !response.ok) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors ?? response.status)}`);
      return body.data!;
    };

    /** Signs in as a sample account: the headers of its requests. */
    const signIn = async (email: string) => {
      const { login } = (await post(`mutation($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { accessToken } } }`, {
        input: { email, password: data.password },
      })) as { login: { __typename: string; accessToken?: string } };
      if (!login.accessToken) throw new Error(`could not sign in as ${email}: ${login.__typename}`);
      return { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` };
    };

    // A busy organisation, one of its members, and its biggest project.
    const [busy] = (await dataSource.query(
      `WITH busiest AS (
         SELECT pp.organization_id, count(*)::int AS projects FROM project_participant pp JOIN organization o ON o.id = pp.organization_id
          WHERE pp.status = 'ACTIVE' AND o.slug LIKE $1 GROUP BY pp.organization_id ORDER BY 2 DESC, 1 LIMIT 1)
       SELECT o.id, o.slug, o.name, b.projects,
              (SELECT u.email FROM membership m JOIN user_account u ON u.id = m.user_id
                WHERE m.organization_id = o.id AND m.status = 'ACTIVE' ORDER BY m.role = 'MEMBER' DESC, u.email LIMIT 1) AS email,
              (SELECT p.code FROM project p
                 JOIN project_participant pp ON pp.project_id = p.id AND pp.organization_id = o.id AND pp.status = 'ACTIVE'
                 JOIN (SELECT project_id, count(*) AS n FROM project_participant GROUP BY project_id) x ON x.project_id = p.id
                 LEFT JOIN (SELECT project_id, count(*) AS n FROM milestone GROUP BY project_id) ms ON ms.project_id = p.id
                ORDER BY x.n DESC, ms.n DESC NULLS LAST, p.code LIMIT 1) AS code
         FROM busiest b JOIN organization o ON o.id = b.organization_id`,
      [`${data.slugPrefix}%`],
    )) as { id: string; slug: string; name: string; projects: number; email: string; code: string }[];
    const headers = await signIn(busy.email);
    stderr(`signed in as ${busy.email}, member of ${busy.name} (${busy.projects} active participations)`);

    // The commercialisation reads ask as a member of the organisation owning the most technologies.
    const [owner] = (await dataSource.query(
      `WITH busiest AS (
         SELECT o.organization_id, count(*)::int AS technologies FROM technology_owner o JOIN organization org ON org.id = o.organization_id
          WHERE org.slug LIKE $1 GROUP BY o.organization_id ORDER BY 2 DESC, 1 LIMIT 1)
       SELECT org.id, org.slug, org.name, b.technologies,
              (SELECT count(*)::int FROM agreement_licensor l WHERE l.organization_id = org.id) AS agreements,
              (SELECT u.email FROM membership m JOIN user_account u ON u.id = m.user_id
                WHERE m.organization_id = org.id AND m.status = 'ACTIVE' ORDER BY m.role = 'MEMBER' DESC, u.email LIMIT 1) AS email,
              (SELECT d.id FROM technology_demand d JOIN organization o ON o.id = d.organization_id
                WHERE o.slug LIKE $1 AND d.status = 'PUBLISHED' AND d.expires_on >= CURRENT_DATE AND d.language = 'vi'
                ORDER BY cardinality(d.concepts) DESC, d.id LIMIT 1) AS demand_id
         FROM busiest b JOIN organization org ON org.id = b.organization_id`,
      [`${data.slugPrefix}%`],
    )) as { id: string; slug: string; name: string; technologies: number; agreements: number; email: string; demand_id: string | null }[];
    const ownerHeaders = await signIn(owner.email);
    stderr(`and as ${owner.email}, member of ${owner.name} (${owner.technologies} technologies, licensor in ${owner.agreements} agreements)`);

    // Placements ask as a member of the organisation that is home or host to the most of them.
    const [talent] = (await dataSource.query(
      `WITH busiest AS (
         SELECT x.organization_id, count(*)::int AS placements
           FROM (SELECT home_organization_id AS organization_id FROM placement UNION ALL SELECT host_organization_id FROM placement) x
           JOIN organization o ON o.id = x.organization_id
          WHERE o.slug LIKE $1 GROUP BY x.organization_id ORDER BY 2 DESC, 1 LIMIT 1)
       SELECT o.id, o.slug, o.name, b.placements,
              (SELECT u.email FROM membership m JOIN user_account u ON u.id = m.user_id
                WHERE m.organization_id = o.id AND m.status = 'ACTIVE' ORDER BY m.role = 'MEMBER' DESC, u.email LIMIT 1) AS email
         FROM busiest b JOIN organization o ON o.id = b.organization_id`,
      [`${data.slugPrefix}%`],
    )) as { id: string; slug: string; name: string; placements: number; email: string }[];
    const talentHeaders = await signIn(talent.email);
    stderr(`and as ${talent.email}, member of ${talent.name} (home or host of ${talent.placements} placements)`);

    // Directory pages with members ask as a platform admin, who may read every organisation's members.
    const operator = { email: 'bench-operator@example.org', password: 'bench operator password 42' };
    await createPlatformAdmin(dataSource, operator);
    const operatorLogin = (await post(`mutation($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { accessToken } } }`, {
      input: operator,
    })) as { login: { accessToken?: string } };
    const operatorHeaders = { 'content-type': 'application/json', authorization: `Bearer ${operatorLogin.login.accessToken}` };

    const anonymousHeaders = { 'content-type': 'application/json' };
    const queries: { name: string; description: string; query: string; variables?: Record<string, unknown>; headers?: Record<string, string> }[] = [
      {
        name: 'projectsPage',
        description: 'projects(first: 50) with helices, budget, participants and their organisations',
        query: `{ projects(first: 50) { edges { node { code title status helices isTripleHelix budget { amount currency } participants { role organization { name helix } } } } } }`,
      },
      {
        name: 'projectByCode',
        description: 'project(code) in full: participants with contributions, contributions by helix, milestones',
        query: `query($code: String) { project(code: $code) {
          id code title summary description status startDate endDate visibility icfFactors keywords programmeId version
          helices isTripleHelix budget { amount currency }
          contributionsByHelix { helix cash { amount currency } inKind { amount currency } }
          participants { id role status since until
            contribution { cash { amount currency } inKindDescription inKindValue { amount currency } }
            organization { name slug helix secondaryHelices kind country } }
          milestones { kind title dueDate status completedOn } } }`,
        variables: { code: busy.code },
      },
      {
        name: 'organizationProjects',
        description: 'organization(slug) with projects(first: 20) and totalCount',
        query: `query($slug: String) { organization(slug: $slug) { name projects(first: 20) { totalCount edges { node { code title } } } } }`,
        variables: { slug: busy.slug },
      },
      {
        name: 'organizationsMembers',
        description: 'a page of 50 organisations, each with its first 10 members (role, person) and first 5 projects, as a platform admin',
        query: `{ organizations(first: 50, orderBy: {field: CREATED_AT}) { edges { node { name helix
          members(first: 10) { totalCount edges { node { role since user { displayName } } } }
          projects(first: 5) { totalCount edges { node { code title status } } } } } } }`,
        headers: operatorHeaders,
      },
      {
        name: 'directorySearch',
        description: 'organizations(filter: {search: "dai hoc"}) with totalCount (accent-folded trigram search)',
        query: `{ organizations(filter: {search: "dai hoc"}) { totalCount edges { node { name } } } }`,
      },
      {
        name: 'technologiesPage',
        description: 'technologies(first: 50, filter: {organizationId}) with owners, inventors, TRL history and filings',
        query: `query($org: ID) { technologies(first: 50, filter: {organizationId: $org}) { totalCount edges { node {
          code title currentTrl fields keywords
          owners { share validFrom validUntil organization { name helix } }
          inventors { share externalName user { displayName } affiliationOrganization { name } }
          trlHistory { level assessedOn assessorName }
          ipFilings { type jurisdiction status applicationNumber filingDate } } } } }`,
        variables: { org: owner.id },
        headers: ownerHeaders,
      },
      {
        name: 'agreementsPage',
        description: 'agreements(first: 50, filter: {organizationId}) with parties, technologies, terms, milestone payments, obligations and receipts',
        query: `query($org: ID) { agreements(first: 50, filter: {organizationId: $org}) { totalCount edges { node {
          code title type status executedOn expiresOn
          licensee { name } licensors { name } technologies { code title }
          terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { description amount { amount currency } dueOn status } }
          obligations { kind description dueOn owedBy status metOn overdue }
          receipts { kind amount { amount currency } receivedOn reference } } } } }`,
        variables: { org: owner.id },
        headers: ownerHeaders,
      },
      {
        name: 'upcomingDeadlines',
        description: 'upcomingDeadlines(withinDays: 365, first: 100) with the filing and its technology',
        query: `{ upcomingDeadlines(withinDays: 365, first: 100) { kind dueOn daysLeft description filing { type jurisdiction applicationNumber status technology { code title } } } }`,
        headers: ownerHeaders,
      },
      {
        name: 'offersPage',
        description: 'technologyOffers(first: 50, filter: {status: PUBLISHED}) with the technology, organisation and price',
        query: `{ technologyOffers(first: 50, filter: {status: PUBLISHED}) { totalCount edges { node { title summary kind trl sectors language publishedOn expiresOn
          price { amount currency } organization { name helix } technology { code title } } } } }`,
        headers: ownerHeaders,
      },
      {
        name: 'offerSearch',
        description: 'technologyOffers(first: 20, filter: {status: PUBLISHED, search: "cam bien"}) with totalCount, organisation and price',
        query: `{ technologyOffers(first: 20, filter: {status: PUBLISHED, search: "cam bien"}) { totalCount edges { node { title summary trl sectors language price { amount currency } organization { name } } } } }`,
        headers: ownerHeaders,
      },
      ...(owner.demand_id
        ? [
            {
              name: 'matchesForDemand',
              description: 'matchesForDemand(first: 10) of a published Vietnamese demand, with reasons and the offers’ organisations',
              query: `query($id: ID!) { matchesForDemand(demandId: $id, first: 10) { score reasons { kind detail weight } offer { title language trl organization { name } } } }`,
              variables: { id: owner.demand_id },
              headers: ownerHeaders,
            },
          ]
        : []),
      // Insight: the report queries, public, asked without credentials as a dashboard would.
      {
        name: 'synergy',
        description: 'tripleHelixSynergy() over all counted projects, with entropies, combinations and the series per year',
        query: `{ tripleHelixSynergy { projects tripleHelix academiaIndustry academiaGovernment industryGovernment quadrupleHelix entropies { helices bits }
          combinations { academia industry government civilSociety projects } byYear { year projects tripleHelix tripleHelixShare } } }`,
        headers: anonymousHeaders,
      },
      {
        name: 'network',
        description: 'collaborationNetwork(first: 20) ranked by betweenness, with the organisations (kept in memory until the records change)',
        query: `{ collaborationNetwork(first: 20) { organizations links density exact sources top { rank degree betweenness crossHelixBetweenness organization { name helix } } } }`,
        headers: anonymousHeaders,
      },
      {
        name: 'funnel',
        description: 'commercialisationFunnel() for everyone: every stage per year and in total, income and expenditure per currency',
        query: `{ commercialisationFunnel { total { disclosures newPatentApplications patentFilings patentsGranted licencesExecuted optionsExecuted startupsFormed startupsIncubated startupsGraduated
          licenceIncome { currency amount agreements } researchExpenditure { currency amount projects } }
          years { year disclosures newPatentApplications patentsGranted licencesExecuted startupsFormed } conversions { from to rate } } }`,
        headers: anonymousHeaders,
      },
      {
        name: 'funnelOfOwner',
        description: 'commercialisationFunnel(filter: {organizationId}) of the technology owner, asked by its member (income shown)',
        query: `query($org: ID) { commercialisationFunnel(filter: {organizationId: $org}) { total { disclosures newPatentApplications patentsGranted licencesExecuted
          licenceIncome { currency amount } researchExpenditure { currency amount } } years { year disclosures } } }`,
        variables: { org: owner.id },
        headers: ownerHeaders,
      },
      {
        name: 'icfFactors',
        description: 'icfFactors(): projects, triple-helix projects, participants, organisations, budgets and the measures of placements, training and incubation per ICF factor',
        query: `{ icfFactors { factor projects tripleHelixProjects participants organizations budgets { currency amount suppressed projects } measures { measure count suppressed } } }`,
        headers: anonymousHeaders,
      },
      {
        name: 'placementsPage',
        description: 'placements(first: 50) with kind, period, home and host organisations, person and supervisor, as a member of the busiest home or host',
        query: `{ placements(first: 50) { totalCount edges { node { kind title status startsOn endsOn
          homeOrganization { name helix } hostOrganization { name helix } person { displayName } supervisor { displayName } } } } }`,
        headers: talentHeaders,
      },
      {
        name: 'incubationProgrammes',
        description: 'incubationProgrammes(first: 50) with the runner and cohorts(first: 10) with their consented graduates, anonymous',
        query: `{ incubationProgrammes(first: 50) { totalCount edges { node { name kind organization { name }
          cohorts(first: 10) { totalCount edges { node { name status startsOn seats graduates { name } } } } } } } }`,
        headers: anonymousHeaders,
      },
      {
        name: 'talentFlows',
        description: 'talentFlows(): placements by year, kind and home -> host helix with disclosure control, anonymous',
        query: `{ talentFlows { cells { year kind homeHelix hostHelix placements suppressed } } }`,
        headers: anonymousHeaders,
      },
      {
        name: 'networkAllKinds',
        description: 'collaborationNetwork(first: 20, filter: {kinds: all five}) as a member of the busiest home or host of placements',
        query: `{ collaborationNetwork(first: 20, filter: {kinds: [PROJECT, AGREEMENT, PLACEMENT, INCUBATION, TRAINING]}) {
          organizations links density exact sources top { rank degree collaborations betweenness organization { name helix } } } }`,
        headers: talentHeaders,
      },
      {
        name: 'synergyAllKinds',
        description: 'tripleHelixSynergy(filter: {kinds: all five}) with combinations and the series per year, as the same member',
        query: `{ tripleHelixSynergy(filter: {kinds: [PROJECT, AGREEMENT, PLACEMENT, INCUBATION, TRAINING]}) { projects tripleHelix academiaIndustry
          combinations { academia industry government civilSociety projects } byYear { year projects tripleHelix } } }`,
        headers: talentHeaders,
      },
      {
        name: 'contributions',
        description: 'helixContributions(): cash and in-kind contributions per helix and currency',
        query: `{ helixContributions { helix kind currency amount suppressed organizations projects } }`,
        headers: anonymousHeaders,
      },
      {
        name: 'trlProgression',
        description: 'trlProgression(): TRL levels and gains of the technologies from all counted projects, and gain per project',
        query: `{ trlProgression { technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } projects averageGainPerProject } }`,
        headers: anonymousHeaders,
      },
    ].filter((query) => options.only.length === 0 || options.only.includes(query.name));

    child = fork(fileURLToPath(import.meta.url), ['--load-runner'], { stdio: ['ignore', 2, 2, 'ipc'] });
    const load = (job: LoadJob) =>
      new Promise<LoadFigures>((resolve, reject) => {
        const stopped = (code: number | null) => reject(new Error(`the load generator stopped (exit ${code})`));
        child!.once('exit', stopped);
        child!.once('message', (answer: LoadFigures | { error: string }) => {
          child!.off('exit', stopped);
          if ('error' in answer) reject(new Error(`the load generator failed: ${answer.error}`));
          else resolve(answer);
        });
        child!.send(job);
      });
    const statements = () => (dataSource.logger as SqlLogger).statements;
    // When autocannon stops, requests it gave up on may still be running in the server: wait until
    // no statement has been sent for a while, so that they neither count for the next query nor
    // meet a closing pool.
    const quiesce = async () => {
      for (let last = -1; statements() !== last; ) {
        last = statements();
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    };

    const results: Record<string, unknown> = {};
    let peakDuringLoad = 0;
    for (const { name, description, query, variables, headers: asked = headers } of queries) {
      // The first answer, before anything is cached (the network, say), then ten to warm up.
      const cold = performance.now();
      await post(query, variables, asked);
      const firstRequestMs = Math.round(performance.now() - cold);
      for (let i = 0; i < 9; i++) await post(query, variables, asked);
      const before = statements();
      await post(query, variables, asked);
      const sqlStatementsPerRequest = statements() - before;
      const job: LoadJob = { url: endpoint, body: JSON.stringify({ query, variables }), headers: asked, connections: options.connections, seconds: options.warmup };
      if (options.warmup > 0) await load(job);
      await quiesce();
      const sampler = setInterval(() => (peakDuringLoad = Math.max(peakDuringLoad, process.memoryUsage.rss())), 100);
      const figures = await load({ ...job, seconds: options.seconds }).finally(() => clearInterval(sampler));
      await quiesce();
      results[name] = {
        description,
        requests: figures.requests,
        requestsPerSecond: figures.requestsPerSecond,
        latencyMs: { p50: figures.p50, p99: figures.p99 },
        sqlStatementsPerRequest,
        firstRequestMs,
        errors: figures.errors,
      };
      stderr(`  ${name}: ${figures.requestsPerSecond} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, ${sqlStatementsPerRequest} SQL, first ${firstRequestMs} ms, ${figures.errors} errors`);
    }

    // Reports right after a write: each write moves the reports' revision, so the next caller meets
    // the cold path. A project's title is rewritten as it was (the trigger fires all the same).
    const afterWrite: Record<string, { p50Ms: number; maxMs: number }> = {};
    for (const [name, query] of [
      ['icfFactorsAfterWrite', `{ icfFactors { factor projects budgets { currency amount suppressed } } }`],
      ['networkAfterWrite', `{ collaborationNetwork(first: 20) { organizations links density top { rank betweenness organization { name } } } }`],
    ] as const) {
      if (options.only.length > 0 && !options.only.includes(name)) continue;
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        await dataSource.query(`UPDATE project SET title = title WHERE code = $1`, [busy.code]);
        const started = performance.now();
        await post(query, undefined, headers);
        times.push(Math.round(performance.now() - started));
      }
      times.sort((a, b) => a - b);
      afterWrite[name] = { p50Ms: times[2], maxMs: times[4] };
      stderr(`  ${name}: first answer after a write p50 ${times[2]} ms, max ${times[4]} ms (5 writes)`);
    }

    const report = {
      scale: options.scale,
      seed: options.seed,
      loadSecondsPerQuery: options.seconds,
      warmupSecondsPerQuery: options.warmup,
      connections: options.connections,
      dataset: { ...data.counts, loadSeconds: data.seconds },
      signedInAs: { organization: busy.slug, activeParticipations: busy.projects, project: busy.code },
      commercialisationSignedInAs: { organization: owner.slug, technologies: owner.technologies, agreementsAsLicensor: owner.agreements, demand: owner.demand_id },
      talentSignedInAs: { organization: talent.slug, placements: talent.placements },
      queries: results,
      reportsAfterWrite: afterWrite,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      peakRssDuringLoadMiB: Math.round(peakDuringLoad / 2 ** 20),
      node: process.version,
      cpus: os.cpus().length,
      postgres,
      database,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    printTable(report.queries as Parameters<typeof printTable>[0]);
    stderr(`peak RSS ${report.peakRssMiB} MiB (during load ${report.peakRssDuringLoadMiB} MiB); node ${report.node}, ${report.cpus} CPUs, PostgreSQL ${postgres} (${database})`);
  } finally {
    child?.disconnect();
    await app?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}


function printTable(queries: Record<string, { requestsPerSecond: number; latencyMs: { p50: number; p99: number }; sqlStatementsPerRequest: number; firstRequestMs: number; errors: number }>): void {
  stderr('');
  stderr(['query'.padEnd(22), 'req/s'.padStart(8), 'p50 ms'.padStart(9), 'p99 ms'.padStart(9), 'SQL/req'.padStart(9), 'first ms'.padStart(10), 'errors'.padStart(8)].join(''));
  for (const [name, q] of Object.entries(queries)) {
    stderr(
      [
        name.padEnd(22),
        String(q.requestsPerSecond).padStart(8),
        String(q.latencyMs.p50).padStart(9),
        String(q.latencyMs.p99).padStart(9),
        String(q.sqlStatementsPerRequest).padStart(9),
        String(q.firstRequestMs).padStart(10),
        String(q.errors).padStart(8),
      ].join(''),
    );
  }
}

if (process.argv[2] === '--load-runner') {
  void loadRunner();
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
