import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { freePort } from './support/ports.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { graphql } from './graphql/index.js';

/**
 * Tracing is tried on the built service as `npm start` runs it (the preload, then main.js), in a
 * process of its own: instrumentation patches modules as Node loads them, which it cannot do to the
 * modules jest loads. Spans go to a collector of the test's own that takes OTLP/HTTP JSON.
 */
const preload = path.resolve('dist/src/observability/tracing.js');
const main = path.resolve('dist/src/main.js');

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

/** A collector: keeps the spans of every OTLP/HTTP JSON export it is sent. */
async function startCollector(): Promise<{ url: string; spans: OtlpSpan[]; contentTypes: Set<string>; close(): Promise<void> }> {
  const spans: OtlpSpan[] = [];
  const contentTypes = new Set<string>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      contentTypes.add(String(request.headers['content-type']));
      if (request.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
        for (const resource of body.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, spans, contentTypes, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((item) => item.key === key)?.value;
  return value?.stringValue ?? value?.intValue;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

describe('tracing', () => {
  let database: TestDatabase;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let child: ChildProcess | undefined;
  const output: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    collector = await startCollector();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await collector.close();
    await database.drop();
  });

  /** Starts the built service with `env`, and resolves with its URL once it listens. */
  async function start(env: Record<string, string>): Promise<string> {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', preload, main], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: database.url, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listening = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output.push(chunk.toString());
        if (/GraphQL API at/.test(chunk.toString())) resolve();
      };
      child!.stdout!.on('data', onData);
      child!.stderr!.on('data', onData);
      child!.once('exit', () => reject(new Error(`exited before listening:\n${output.join('')}`)));
    });
    await listening;
    return `http://127.0.0.1:${port}`;
  }

  it('sends a trace of each request: HTTP, its GraphQL operation, and its SQL statements', async () => {
    const url = await start({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '100', OTEL_SERVICE_NAME: 'helix-under-test' });
    const query = graphql(`query TracingDirectory { organizations(first: 1) { totalCount } }`).toString();
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(200);
    // Probes are not traced.
    expect((await fetch(`${url}/health/live`)).status).toBe(200);

    let operation: OtlpSpan | undefined;
    for (let attempt = 0; attempt < 100; attempt++) {
      operation = collector.spans.find((span) => span.name === 'GraphQL TracingDirectory');
      if (operation && collector.spans.some((span) => span.traceId === operation!.traceId && attribute(span, 'db.system.name') === 'postgresql')) break;
      await sleep(100);
    }
    expect(operation).toBeDefined();
    expect(attribute(operation!, 'graphql.operation.name')).toBe('TracingDirectory');
    expect(attribute(operation!, 'app.outcome')).toBe('ok');
    const trace = collector.spans.filter((span) => span.traceId === operation!.traceId);
    const server = trace.find((span) => span.kind === 2);
    expect(server).toMatchObject({ name: 'POST /graphql' });
    expect(attribute(server!, 'http.route')).toBe('/graphql');
    expect(operation!.parentSpanId).toBe(server!.spanId);
    // The statements run inside the operation's span (the reader's, under it).
    const statements = trace.filter((span) => attribute(span, 'db.system.name') === 'postgresql');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.map((span) => span.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^pg\.query:SELECT/)]));
    // graphql-js' own steps, from its instrumentation.
    expect(trace.map((span) => span.name)).toEqual(expect.arrayContaining(['graphql.parse', 'graphql.validate']));
    const ids = new Set(trace.map((span) => span.spanId));
    for (const statement of statements) expect(ids.has(statement.parentSpanId!)).toBe(true);
    expect(collector.spans.some((span) => attribute(span, 'http.route') === '/health/live' || /health/.test(span.name))).toBe(false);
    expect([...collector.contentTypes]).toEqual(['application/json']);
  });
});

describe('tracing when off', () => {
  /** What the preload leaves loaded, in a bare process: whether any OpenTelemetry module, and a global tracer. */
  async function preloaded(env: Record<string, string>): Promise<string> {
    const probe = `console.log(JSON.stringify({ modules: Object.keys(require.cache).some((file) => file.includes('@opentelemetry')), tracer: globalThis[Symbol.for('opentelemetry.js.api.1')] !== undefined }))`;
    const child = spawn(process.execPath, ['--import', preload, '-e', probe], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
    await new Promise((resolve) => child.once('close', resolve));
    return Buffer.concat(chunks).toString().trim();
  }

  it('loads no part of OpenTelemetry unless configured', async () => {
    expect(await preloaded({})).toBe('{"modules":false,"tracer":false}');
    expect(await preloaded({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', TRACING_ENABLED: 'false' })).toBe('{"modules":false,"tracer":false}');
    expect(await preloaded({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toBe('{"modules":true,"tracer":true}');
  });
});
