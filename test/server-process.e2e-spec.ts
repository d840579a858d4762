import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, occupyPort } from './support/ports.js';
import { graphql } from './graphql/index.js';
import type { TypedDocumentString } from './graphql/graphql.js';
import type { Present, Variables } from './support/test-app.js';
import { demoOrganizations } from '../src/demo/demo-organizations.js';

/**
 * The built service as `npm start` runs it: its own process, the embedded PostgreSQL, signals.
 * `npm test` builds dist/ first.
 */
const main = path.resolve('dist/src/main.js');

interface Running {
  child: ChildProcess;
  /** Whether it leads a process group of its own (npm start), to be signalled as a whole. */
  group: boolean;
  output: string[];
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built service, or `npm start` (without its build step) leading a process group of its own, as in a terminal. */
function run(env: Record<string, string>, through: 'node' | 'npm' = 'node'): Running {
  const environment = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env };
  const child =
    through === 'npm'
      ? spawn('npm', ['start', '--ignore-scripts'], { env: environment, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      : spawn(process.execPath, [main], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
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
  // `close`: npm has exited and so has everything that held its output (the service).
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    group: through === 'npm',
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

/** Whether a process runs (a zombie left for init to reap has ended). */
function isRunning(pid: number): boolean {
  if (existsSync('/proc')) {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** What the operator is told went wrong: messages above info, and anything that is not a log line (a stack trace). */
function complaints(output: string[]): string[] {
  return output.flatMap((line) => {
    let entry: { level?: string; msg?: string; err?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      return [line];
    }
    return ['warn', 'error', 'fatal'].includes(entry.level ?? '') || entry.err ? [entry.msg ?? line] : [];
  });
}

/** Waits a little for a process to end: PostgreSQL removes its pid file just before it exits. */
async function ends(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 3_000 && isRunning(pid); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return !isRunning(pid);
}

/** A database command (`npm run <command>` without its build step). */
async function runCommand(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const command = spawn(process.execPath, [path.resolve('dist/src/cli.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  command.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  command.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => command.on('close', resolve));
  return { code, output };
}

/** A TCP server that accepts connections and never answers, as a hung database does. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Sends an operation to the process over HTTP. */
async function post<TResult, TVariables>(port: number, operation: TypedDocumentString<TResult, TVariables>, variables?: Variables<TVariables>) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.toString(), variables }),
  });
  return (await response.json()) as { data: Present<TResult>; errors?: unknown[] };
}

describe('the service process', () => {
  let workspace: string;
  let env: Record<string, string>;
  let port: number;
  let dataDir: string;
  /** Organisations the API counted before the restart (the demo actors, the sample ecosystem and one written by another client). */
  let organizationsBeforeRestart: number;
  const countOrganizations = async (): Promise<number> =>
    (await post(port, graphql(`query ServerProcessOrganizationCount { organizations { totalCount } }`))).data.organizations.totalCount;
  const running: Running[] = [];

  const start = async (through: 'node' | 'npm' = 'node', more: Record<string, string> = {}) => {
    const service = run({ ...env, ...more }, through);
    running.push(service);
    await service.waitFor(/GraphQL API at/);
    return service;
  };

  /** The service's process (it records itself as the embedded server's owner) and the postmaster. */
  const runningPids = async () => ({
    service: Number(await fs.readFile(`${dataDir}.owner`, 'utf8')),
    postgres: Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]),
  });

  /** No service and no PostgreSQL left, and a cluster that was shut down, not abandoned. */
  const expectAllStopped = async (pids: { service: number; postgres: number }) => {
    expect(await ends(pids.service)).toBe(true);
    expect(await ends(pids.postgres)).toBe(true);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    const serverLog = (await fs.readFile(path.join(dataDir, 'server.log'), 'utf8')).trim().split('\n');
    expect(serverLog.at(-1)).toMatch(/database system is shut down/);
  };

  /**
   * Signals the process group of `npm start` as a terminal does (npm passes the signal on, so the
   * service gets it twice), or the service alone as a service manager does; all must stop cleanly.
   */
  const expectCleanStop = async (service: Running, signal: NodeJS.Signals, target: 'group' | 'service') => {
    const pids = await runningPids();
    process.kill(target === 'group' ? -service.child.pid! : pids.service, signal);
    expect(await service.exited).toEqual({ code: 0, signal: null });
    expect(service.output.filter((line) => /"msg":"stopped"/.test(line))).toHaveLength(1);
    expect(complaints(service.output.slice(service.output.findIndex((line) => /shutting down/.test(line))))).toEqual([]);
    await expectAllStopped(pids);
  };

  /** A start that fails: exit code 1, one line saying why, and no embedded server left running. */
  const expectFailedStart = async (more: Record<string, string>) => {
    const service = run({ ...env, ...more });
    running.push(service);
    expect(await service.exited).toEqual({ code: 1, signal: null });
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    return complaints(service.output);
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
        if (service.group) process.kill(-service.child.pid!, 'SIGTERM');
        else service.child.kill('SIGTERM');
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

  it('says in one line that EMBEDDED_PG_PORT is busy on a first start, and leaves its new cluster usable', async () => {
    const release = await occupyPort(Number(env.EMBEDDED_PG_PORT));
    try {
      expect(await expectFailedStart({})).toEqual([`could not start: port ${env.EMBEDDED_PG_PORT} is in use: set EMBEDDED_PG_PORT to a free port`]);
    } finally {
      await release();
    }
    // The cluster was made but its server never ran, so the application database is missing: the next
    // start (the test below) must make it and load the demo actors.
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
  });

  it('starts on the embedded PostgreSQL with the demo actors, and stops cleanly on SIGTERM', async () => {
    const service = await start();
    expect(service.output.some((line) => /"created":8/.test(line))).toBe(true);
    const government = await post(port, graphql(`query ServerProcessOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }`));
    expect(government.data.organizations.edges.map((edge: { node: { nameEn: string } }) => edge.node.nameEn).sort()).toEqual([
      'Binh Duong Department of Science and Technology',
      "Binh Duong Provincial People's Committee",
      'City of Eindhoven',
      'Sample District People’s Committee (sample data)',
    ]);
    // A new database gets the labelled sample ecosystem too, so the reports show something at once.
    expect(service.output.some((line) => /sample ecosystem \(sample data/.test(line))).toBe(true);
    const synergy = await post(port, graphql(`query ServerProcessSynergy { tripleHelixSynergy { projects } }`));
    expect(synergy.data.tripleHelixSynergy.projects).toBeGreaterThan(0);
    const ide = await fetch(`http://127.0.0.1:${port}/graphiql`);
    expect(ide.status).toBe(200);

    // Demo accounts, on the embedded database only, with their passwords in a private file.
    const demoFile = path.join(workspace, '.data', 'demo-accounts.json');
    expect(service.output.some((line) => line.includes(`demo accounts (sample data); their emails and passwords are in ${demoFile}`))).toBe(true);
    expect((await fs.stat(demoFile)).mode & 0o077).toBe(0);
    const { accounts } = JSON.parse(await fs.readFile(demoFile, 'utf8')) as { accounts: { email: string; password: string; role: string }[] };
    const editor = accounts.find((account) => account.role === 'EDITOR')!;
    const signedIn = await post(port, graphql(`mutation ServerProcessLogin($input: LoginInput!) { login(input: $input) { __typename } }`), { input: { email: editor.email, password: editor.password } });
    expect(signedIn.data.login.__typename).toBe('AuthPayload');

    // A row written by someone else must still be there after the restart.
    const password = (await fs.readFile(`${dataDir}.password`, 'utf8')).trim();
    const client = new pg.Client({ host: '127.0.0.1', port: Number(env.EMBEDDED_PG_PORT), user: 'postgres', password, database: 'triple_helix' });
    await client.connect();
    // Written by another client straight into the server's database: that is what the test is about.
    await client.query(`INSERT INTO organization (slug, name, helix, kind, country, description) VALUES ('sample-kept', 'Sample kept', 'INDUSTRY', 'STARTUP', 'VN', 'Sample data')`);
    await client.end();
    organizationsBeforeRestart = await countOrganizations();
    expect(organizationsBeforeRestart).toBeGreaterThan(demoOrganizations.length);

    await expectCleanStop(service, 'SIGTERM', 'service');
  });

  it('keeps its data across a restart, does not load the demo actors twice, and stops cleanly on Ctrl-C through npm', async () => {
    const service = await start('npm');
    expect(service.output.some((line) => /"created":0,"alreadyPresent":8/.test(line))).toBe(true);
    const kept = await post(port, graphql(`query ServerProcessOrganization { organization(slug: "sample-kept") { name } organizations { totalCount } }`));
    expect(kept.data).toEqual({ organization: { name: 'Sample kept' }, organizations: { totalCount: organizationsBeforeRestart } });
    await expectCleanStop(service, 'SIGINT', 'group');
  });

  it('lets a database command share the running service’s database without stopping it; SIGTERM to the group stops both', async () => {
    const service = await start('npm');
    const before = await countOrganizations();
    const { code, output } = await runCommand(['seed'], env);
    expect(code).toBe(0);
    expect(output).toMatch(/already running for process \d+; using it/);
    expect(output).toMatch(/demo data: 0 created, 8 already present/);
    // The service still answers, and the seed added nothing.
    expect(await countOrganizations()).toBe(before);
    await expectCleanStop(service, 'SIGTERM', 'group');
  });

  it('recovers when the previous process was killed hard and left its database running', async () => {
    const killed = await start();
    const before = await countOrganizations();
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);

    const service = await start();
    expect(service.output.some((line) => /left running by an earlier run/.test(line))).toBe(true);
    expect(await countOrganizations()).toBe(before);
    service.child.kill('SIGTERM');
    expect((await service.exited).code).toBe(0);
  });

  it.each([
    ['Ctrl-C through npm, once more', 'SIGINT', 'group'],
    ['SIGTERM to the service alone, under npm', 'SIGTERM', 'service'],
  ] as const)('stops cleanly on %s', async (_case, signal, target) => {
    await expectCleanStop(await start('npm'), signal, target);
  });

  it('stops the embedded database before exiting when shutdown outlasts SHUTDOWN_GRACE_MS', async () => {
    const service = await start('node', { SHUTDOWN_GRACE_MS: '0' });
    const pids = await runningPids();
    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 1, signal: null });
    expect(complaints(service.output)).toContain('shutdown took longer than SHUTDOWN_GRACE_MS (0 ms): stopping the database and exiting');
    await expectAllStopped(pids);
  });

  it('says in one line that PORT is busy, before starting the embedded database', async () => {
    const release = await occupyPort(port);
    try {
      expect(await expectFailedStart({})).toEqual([`could not start: port ${port} is in use: set PORT to a free port`]);
    } finally {
      await release();
    }
  });

  it.each([
    ['refuses connections', async () => ({ port: await freePort(), close: async () => undefined }), 'connection refused'],
    ['accepts connections and never answers', silentServer, 'no answer within 1000 ms (DATABASE_CONNECT_TIMEOUT_MS)'],
  ])('gives up at once, in one line, on a DATABASE_URL that %s', async (_case, server, reason) => {
    const database = await server();
    try {
      const began = Date.now();
      const url = `postgres://app:secret@127.0.0.1:${database.port}/app`;
      expect(await expectFailedStart({ DATABASE_URL: url, DATABASE_CONNECT_TIMEOUT_MS: '1000' })).toEqual([
        `could not start: cannot connect to the database at DATABASE_URL (postgres://app:***@127.0.0.1:${database.port}/app): ${reason}; set DATABASE_URL to a PostgreSQL server that accepts it`,
      ]);
      // Loading the code takes a few seconds; retrying (as TypeORM does by default) would take half a minute.
      expect(Date.now() - began).toBeLessThan(15_000);
    } finally {
      await database.close();
    }
  });

  it('says in one line why the embedded cluster will not start, and what to run', async () => {
    const settings = path.join(dataDir, 'postgresql.conf');
    const original = await fs.readFile(settings);
    await fs.appendFile(settings, '\nno_such_setting = 1\n');
    try {
      const [line, ...more] = await expectFailedStart({});
      expect(more).toEqual([]);
      expect(line).toMatch(/^could not start: embedded PostgreSQL did not start: .*unrecognized configuration parameter "no_such_setting".*; run `npm run db:reset` to delete the embedded database and start afresh, or set DATABASE_URL to use your own PostgreSQL$/);
    } finally {
      await fs.writeFile(settings, original);
    }
  });

  it('says in one line to run db:reset when the cluster has lost its password file', async () => {
    const passwordFile = `${dataDir}.password`;
    const password = await fs.readFile(passwordFile);
    await fs.rm(passwordFile);
    try {
      expect(await expectFailedStart({})).toEqual([
        `could not start: the embedded cluster in ${dataDir} has no password file ${passwordFile}, so nothing can log in to it: run \`npm run db:reset\` to delete it and start afresh`,
      ]);
    } finally {
      await fs.writeFile(passwordFile, password, { mode: 0o600 });
    }
  });

  it('db:reset stops the embedded server a running service uses and deletes its database; the next start makes a new one', async () => {
    const service = await start();
    const pids = await runningPids();
    const reset = await runCommand(['db:reset'], env);
    expect(reset.code).toBe(0);
    expect(reset.output).toContain(`stopping the embedded PostgreSQL running on ${dataDir} (pid ${pids.postgres})`);
    expect(reset.output).toContain(`deleted the embedded database in ${dataDir}`);
    expect(await ends(pids.postgres)).toBe(true);
    for (const deleted of [dataDir, `${dataDir}.password`, `${dataDir}.owner`, path.join(workspace, '.data', 'demo-accounts.json')]) {
      expect(existsSync(deleted)).toBe(false);
    }
    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 0, signal: null });

    const fresh = await start();
    expect(fresh.output.some((line) => /creating the embedded PostgreSQL cluster/.test(line))).toBe(true);
    expect(fresh.output.some((line) => /"created":8,"alreadyPresent":0/.test(line))).toBe(true);
    // The real actors and, on a new database, the labelled sample ecosystem's five organisations, its incubator and two startups.
    expect(await countOrganizations()).toBe(16);
    fresh.child.kill('SIGTERM');
    expect((await fresh.exited).code).toBe(0);
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
