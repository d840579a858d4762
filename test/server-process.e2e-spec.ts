import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './support/ports.js';

/**
 * The built service as `npm start` runs it: its own process, the embedded PostgreSQL, signals.
 * `npm test` builds dist/ first.
 */
const main = path.resolve('dist/src/main.js');

interface Running {
  child: ChildProcess;
  output: string[];
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output,
    exited,
    waitFor(pattern) {
      const seen = output.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        void exited.then(() => reject(new Error(`exited before printing ${pattern}:\n${output.join('\n')}`)));
      });
    },
  };
}

async function graphql(port: number, query: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

describe('the service process', () => {
  let workspace: string;
  let env: Record<string, string>;
  let port: number;
  let dataDir: string;
  const running: Running[] = [];

  const start = async () => {
    const service = run(env);
    running.push(service);
    await service.waitFor(/GraphQL API at/);
    return service;
  };

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm test does)`);
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'th-process-'));
    await fs.chmod(workspace, 0o755);
    dataDir = path.join(workspace, '.data', 'postgres');
    port = await freePort();
    env = {
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      EMBEDDED_PG_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
    };
  });

  afterAll(async () => {
    for (const service of running) {
      if (service.child.exitCode === null && service.child.signalCode === null) {
        service.child.kill('SIGTERM');
        await service.exited;
      }
    }
    // A server orphaned by the kill -9 test is stopped by the next start; make sure none is left.
    if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
      const last = run(env);
      await last.waitFor(/GraphQL API at/).catch(() => undefined);
      last.child.kill('SIGTERM');
      await last.exited;
    }
    await fs.rm(workspace, { recursive: true, force: true });
  });

  it('starts on the embedded PostgreSQL with the demo actors, and stops cleanly on SIGTERM', async () => {
    const service = await start();
    expect(service.output.some((line) => /"created":8/.test(line))).toBe(true);
    const government = await graphql(port, `{ organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }`);
    expect(government.data.organizations.edges.map((edge: { node: { nameEn: string } }) => edge.node.nameEn).sort()).toEqual([
      'Binh Duong Department of Science and Technology',
      "Binh Duong Provincial People's Committee",
      'City of Eindhoven',
    ]);
    const ide = await fetch(`http://127.0.0.1:${port}/graphiql`);
    expect(ide.status).toBe(200);

    // Demo accounts, on the embedded database only, with their passwords in a private file.
    const demoFile = path.join(workspace, '.data', 'demo-accounts.json');
    expect(service.output.some((line) => line.includes(`demo accounts (sample data); their emails and passwords are in ${demoFile}`))).toBe(true);
    expect((await fs.stat(demoFile)).mode & 0o077).toBe(0);
    const { accounts } = JSON.parse(await fs.readFile(demoFile, 'utf8')) as { accounts: { email: string; password: string; role: string }[] };
    const editor = accounts.find((account) => account.role === 'EDITOR')!;
    const signedIn = await graphql(port, `mutation { login(input: {email: "${editor.email}", password: "${editor.password}"}) { __typename } }`);
    expect(signedIn.data.login.__typename).toBe('AuthPayload');

    // A row written by someone else must still be there after the restart.
    const password = (await fs.readFile(`${dataDir}.password`, 'utf8')).trim();
    const client = new pg.Client({ host: '127.0.0.1', port: Number(env.EMBEDDED_PG_PORT), user: 'postgres', password, database: 'triple_helix' });
    await client.connect();
    await client.query(`INSERT INTO organization (slug, name, helix, kind, country, description) VALUES ('sample-kept', 'Sample kept', 'INDUSTRY', 'STARTUP', 'VN', 'Sample data')`);
    await client.end();

    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 0, signal: null });
    expect(service.output.some((line) => /"msg":"stopped"/.test(line))).toBe(true);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('keeps its data across a restart and does not load the demo actors twice', async () => {
    const service = await start();
    expect(service.output.some((line) => /"created":0,"alreadyPresent":8/.test(line))).toBe(true);
    const kept = await graphql(port, `{ organization(slug: "sample-kept") { name } organizations { totalCount } }`);
    expect(kept.data).toEqual({ organization: { name: 'Sample kept' }, organizations: { totalCount: 9 } });
    service.child.kill('SIGINT');
    expect(await service.exited).toEqual({ code: 0, signal: null });
  });

  it('lets a database command share the running service’s database without stopping it', async () => {
    const service = await start();
    const seed = spawn(process.execPath, [path.resolve('dist/src/database/cli.js'), 'seed'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    seed.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    seed.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => seed.on('exit', resolve));
    expect(code).toBe(0);
    expect(output).toMatch(/already running for process \d+; using it/);
    expect(output).toMatch(/demo data: 0 created, 8 already present/);
    expect((await graphql(port, `{ organizations { totalCount } }`)).data.organizations.totalCount).toBe(9);
    service.child.kill('SIGTERM');
    expect((await service.exited).code).toBe(0);
  });

  it('recovers when the previous process was killed hard and left its database running', async () => {
    const killed = await start();
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

    const service = await start();
    expect(service.output.some((line) => /left running by an earlier run/.test(line))).toBe(true);
    expect((await graphql(port, `{ organizations { totalCount } }`)).data.organizations.totalCount).toBe(9);
    service.child.kill('SIGTERM');
    expect((await service.exited).code).toBe(0);
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be an integer from 1 to 65535 (got "abc")'],
    [{ DATABASE_URL: 'mysql://user:secret@db/app' }, 'Invalid configuration: DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://user:***@db/app")'],
    [{ LOG_LEVEL: 'loud' }, 'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
  ])('stops with one clear line for bad configuration %p', async (bad, line) => {
    const service = run({ ...env, ...bad });
    expect(await service.exited).toEqual({ code: 1, signal: null });
    expect(service.output).toEqual([line]);
  });
});
