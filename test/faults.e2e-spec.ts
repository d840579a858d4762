import http from 'node:http';
import net from 'node:net';
import { createClient } from 'graphql-ws';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import { APP_LOGGER } from '../src/config/config.module.js';
import { seedDemoData } from '../src/demo/seed.js';
import { register, type Account } from './support/accounts.js';
import { fixtures } from './support/fixtures.js';
import { captureLog, type LogLine } from './support/log-capture.js';
import { redisAnswers, redisUrl } from './support/redis.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { graphql } from './graphql/index.js';
import type { CreateOrganizationInput } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

const haveRedis = await redisAnswers();

/**
 * A TCP relay between the service and PostgreSQL that the test takes down (connections cut, the port
 * refused) or freezes (connections accepted and never answered, as a hung server or network would).
 */
class DatabaseRelay {
  private mode: 'up' | 'down' | 'hang' = 'up';
  private readonly sockets = new Set<net.Socket>();
  private readonly server = net.createServer((client) => this.accept(client));
  private port = 0;

  private constructor(private readonly target: { host: string; port: number }) {}

  static async start(databaseUrl: string): Promise<DatabaseRelay> {
    const url = new URL(databaseUrl);
    const relay = new DatabaseRelay({ host: url.hostname, port: Number(url.port || 5432) });
    await relay.listen();
    return relay;
  }

  /** The database's URL, through the relay. */
  urlOf(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  down(): Promise<void> {
    this.mode = 'down';
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  hang(): void {
    this.mode = 'hang';
  }

  async up(): Promise<void> {
    const wasDown = this.mode === 'down';
    this.mode = 'up';
    // Connections frozen mid-conversation cannot resume; cut them, as a recovered network would.
    for (const socket of this.sockets) socket.destroy();
    if (wasDown) await this.listen();
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => (this.server.listening ? this.server.close(() => resolve()) : resolve()));
  }

  private listen(): Promise<void> {
    return new Promise((resolve) =>
      this.server.listen(this.port, '127.0.0.1', () => {
        this.port = (this.server.address() as net.AddressInfo).port;
        resolve();
      }),
    );
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.mode !== 'up') return; // accepted, and never a word
    const upstream = this.track(net.connect(this.target));
    client.on('data', (chunk) => this.mode === 'up' && upstream.write(chunk));
    upstream.on('data', (chunk) => this.mode === 'up' && client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  private track(socket: net.Socket): net.Socket {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

const directory = graphql(`query FaultsOrganizations { organizations(first: 1) { totalCount } }`);

describe('a database that is down or hangs', () => {
  let database: TestDatabase;
  let relay: DatabaseRelay;
  let t: TestApp;
  let log: LogLine[];
  let person: Account;
  let apiKey: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    relay = await DatabaseRelay.start(database.url);
    t = await startTestApp(
      { DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '2000', READINESS_TIMEOUT_MS: '500', LOG_LEVEL: 'info' },
      { database: { ...database, url: relay.urlOf(database.url) } },
    );
    log = captureLog(t.app.get<Logger>(APP_LOGGER));
    person = await register(t, 'outage.person@example.org');
    const created = await t.graphql(
      graphql(`mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`),
      { input: { name: 'Sample data: outage test lab', helix: 'ACADEMIA', kind: 'UNIVERSITY', country: 'VN' } },
      person.headers,
    );
    const key = await t.graphql(
      graphql(`mutation FaultsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
      { input: { organizationId: created.data.createOrganization.id, name: 'outage test', scopes: ['READ'] } },
      person.headers,
    );
    apiKey = key.data.createApiKey.secret;
  });
  afterAll(async () => {
    await t.close();
    await relay.close();
    await database.drop();
  });

  /** Waits until readiness says the database is back, as an orchestrator would. */
  async function recovered(): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      if ((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode === 200) return;
      await sleep(200);
    }
    throw new Error('the database did not come back');
  }

  it('answers SERVICE_UNAVAILABLE (503) within seconds when it is down, and keeps valid credentials valid', async () => {
    expect((await t.graphql(directory, {}, person.headers)).status).toBe(200);
    log.length = 0;
    await relay.down();

    // (Anonymous GraphQL requests and mutations are asked in the hang test: here the refused
    // connection's error is made by Node outside jest's module realm, and graphql-js, inside it, does
    // not take it for an Error. A real process has one realm.)
    for (const headers of [person.headers, { 'x-api-key': apiKey }, { authorization: `Bearer ${apiKey}` }]) {
      const { result, ms } = await timed(() => t.graphql(directory, {}, headers));
      expect(result.status).toBe(503);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(ms).toBeLessThan(3000);
    }

    // Plain HTTP routes: the same code, as JSON, with 503; the credential check is what meets the outage.
    const chart = await t.app.inject({ method: 'GET', url: '/charts/helix-triangle.svg', headers: person.headers });
    expect(chart.statusCode).toBe(503);
    expect(chart.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
    const anonymousChart = await t.app.inject({ method: 'GET', url: '/charts/helix-triangle.svg' });
    expect(anonymousChart.statusCode).toBe(503);
    expect(anonymousChart.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });

    const ready = await timed(() => t.app.inject({ method: 'GET', url: '/health/ready' }));
    expect(ready.result.statusCode).toBe(503);

    // A burst during the outage is one warning in the log, not a line per request or statement.
    await Promise.all(Array.from({ length: 100 }, (_, i) => t.graphql(directory, {}, i % 2 ? person.headers : { 'x-api-key': apiKey })));
    await relay.up();
    await recovered();
    expect((await t.graphql(directory, {}, person.headers)).status).toBe(200);
    const loud = log.filter((line) => line.level === 'warn' || line.level === 'error' || line.level === 'fatal');
    expect(loud.map((line) => line.msg)).toEqual([expect.stringMatching(/^database unavailable/)]);
    expect(log.filter((line) => /^database available again/.test(line.msg))).toHaveLength(1);
  });

  it('answers SERVICE_UNAVAILABLE within the timeouts when it hangs, and readiness within its own', async () => {
    await relay.hang();
    try {
      const ready = await timed(() => t.app.inject({ method: 'GET', url: '/health/ready' }));
      expect(ready.result.statusCode).toBe(503);
      expect(ready.ms).toBeLessThan(1500);

      // Pooled connections wait for the statement timeout (2 s, and the client gives up 1 s later),
      // new connections for the connect timeout (1 s); either way a few seconds, not forever.
      for (const headers of [person.headers, {}]) {
        const { result, ms } = await timed(() => t.graphql(directory, {}, headers));
        expect(result.status).toBe(503);
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(ms).toBeLessThan(7000);
      }
      const registration = await timed(() =>
        t.graphql(graphql(`mutation FaultsRegister { register(input: {email: "hung@example.org", password: "a long passphrase", displayName: "Hung"}) { __typename } }`)),
      );
      expect(registration.result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(registration.ms).toBeLessThan(7000);

      // Once the outage is known (the watchdog asks every 2 s here), requests are refused at once
      // instead of each waiting out the timeouts.
      await sleep(2500);
      const known = await timed(() => t.graphql(directory, {}, person.headers));
      expect([known.result.status, known.result.errors?.[0].extensions?.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      expect(known.ms).toBeLessThan(500);
    } finally {
      await relay.up();
    }
    await recovered();
    expect((await t.graphql(directory, {}, person.headers)).status).toBe(200);
  });
});

const orgInput = (name: string): CreateOrganizationInput => ({ name, helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY', country: 'VN' });

describe('unique keys under concurrent writers', () => {
  let t: TestApp;
  let admin: Account;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await register(t, 'races@example.org');
  });
  afterAll(() => t.close());

  const create = (input: CreateOrganizationInput) =>
    t.graphql(
      graphql(`mutation FaultsCreateOrganization2($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug version } ... on ErrorResult { code field } } }`),
      { input },
      admin.headers,
    );

  it('gives every organisation of one name a slug of its own', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => create(orgInput('Sample data: Race Works'))));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const slugs = results.map((result) => expectResult(result.data.createOrganization, 'Organization').slug as string);
    expect(results.map((result) => result.data.createOrganization.__typename)).toEqual(Array(20).fill('Organization'));
    expect(new Set(slugs).size).toBe(20);
    expect(slugs.every((slug) => /^sample-data-race-works(-\d+)?$/.test(slug))).toBe(true);
  });

  it('lets exactly one of twenty concurrent renames have a slug, and tells the rest it is taken', async () => {
    const organizations = await Promise.all(Array.from({ length: 20 }, (_, i) => create(orgInput(`Sample data: Renamed ${i}`))));
    const results = await Promise.all(
      organizations.map(({ data }) =>
        t.graphql(
          graphql(`mutation FaultsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on ErrorResult { code field } } }`),
          { input: { id: expectResult(data.createOrganization, 'Organization').id, expectedVersion: expectResult(data.createOrganization, 'Organization').version, slug: 'sample-data-contested' } },
          admin.headers,
        ),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const outcomes = results.map((result) => result.data.updateOrganization);
    expect(outcomes.filter((outcome) => outcome.__typename === 'Organization')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.__typename === 'SlugTakenError')).toEqual(Array(19).fill({ __typename: 'SlugTakenError', code: 'SLUG_TAKEN', field: 'input.slug' }));
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM organization WHERE slug = 'sample-data-contested'`)).toEqual([{ n: 1 }]);
  });

  it('tells concurrent creators of one chosen slug that it is taken, all but one', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => create({ ...orgInput(`Sample data: Chosen ${i}`), slug: 'sample-data-chosen' })));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const kinds = results.map((result) => result.data.createOrganization.__typename).sort();
    expect(kinds).toEqual(['Organization', ...Array(9).fill('SlugTakenError')]);
  });
});

/**
 * One POST on a connection of its own, closed after the answer (an idle keep-alive connection would
 * hold the server's close until its keep-alive timeout); undefined if the server refused it.
 */
function postOnce(url: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: any; at: number } | undefined> {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', agent: false, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), connection: 'close' } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text), at: Date.now() }));
      response.on('error', () => resolve(undefined));
    });
    request.on('error', () => resolve(undefined));
    request.end(payload);
  });
}

(haveRedis ? describe : describe.skip)('changes committed while the service shuts down', () => {
  it('are still announced, to subscribers of another instance', async () => {
    const stopping = await startTestApp({ REDIS_URL: redisUrl }, { listen: true });
    const staying = await startTestApp({ REDIS_URL: redisUrl }, { listen: true, database: stopping.database });
    let client: ReturnType<typeof createClient> | undefined;
    try {
      await seedDemoData(stopping.dataSource);
      const [becamex] = await stopping.dataSource.query(`SELECT id FROM organization WHERE slug = 'becamex-idc'`);
      const editor = await register(stopping, 'shutdown.editor@becamex.example');
      await fixtures(stopping).admit(becamex.id, editor, 'EDITOR');

      const announced = new Set<string>();
      client = createClient({
        url: staying.url!.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams: { authorization: editor.headers.authorization },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
      client.subscribe(
        { query: graphql(`subscription FaultsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityId } }`).toString(), variables: { id: becamex.id } },
        { next: (event) => void announced.add((event.data as any).organizationActivity.entityId), error: () => undefined, complete: () => undefined },
      );
      await sleep(300);

      // Twenty creations over real HTTP; shutdown starts as soon as the first is answered.
      const sent = Array.from({ length: 20 }, (_, i) =>
        postOnce(`${stopping.url}/graphql`, editor.headers, {
          query: graphql(`mutation FaultsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id } } }`),
          variables: { input: { coordinatorId: becamex.id, code: `SHUTDOWN-${i}`, title: `Sample data: created during shutdown ${i}` } },
        }),
      );
      await Promise.race(sent);
      const closing = Date.now();
      await stopping.app.close();
      const answers = await Promise.all(sent);

      const acknowledged = answers.filter((answer) => answer?.body?.data?.createProject?.__typename === 'Project');
      // Most were still under way when shutdown began; they were answered, and none with an error.
      expect(acknowledged.filter((answer) => answer!.at >= closing).length).toBeGreaterThan(5);
      expect(answers.flatMap((answer) => answer?.body?.errors ?? [])).toEqual([]);
      await sleep(500);
      const missing = acknowledged.map((answer) => answer!.body.data.createProject.id as string).filter((id) => !announced.has(id));
      expect(missing).toEqual([]);
    } finally {
      await client?.dispose();
      await staying.close();
      await stopping.close(); // a second close of the stopped instance only drops the database

    }
  });
});
