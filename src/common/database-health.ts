import type { Logger } from 'pino';

export interface DatabaseHealthOptions {
  /** At most one summary line per this many milliseconds while the database is unavailable. */
  summaryIntervalMs?: number;
  /** How often, while unavailable, the database is asked whether it is back. */
  probeIntervalMs?: number;
}

/**
 * What the log says about an outage of the database: one warning when it becomes unavailable, at
 * most one summary line per interval of how many requests were refused, and one line when it answers
 * again. Without it, every refused request and every failed statement would be an error line of its
 * own (about 12,000 in five seconds under load), burying whatever else went wrong.
 */
export class DatabaseHealth {
  private readonly summaryIntervalMs: number;
  private readonly probeIntervalMs: number;
  private probe: (() => Promise<boolean>) | undefined;
  private outage: { since: number; refused: number; refusedInSummary: number; lastSummaryAt: number; timer: NodeJS.Timeout } | undefined;
  private probing = false;
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    options: DatabaseHealthOptions = {},
  ) {
    this.summaryIntervalMs = options.summaryIntervalMs ?? 10_000;
    this.probeIntervalMs = options.probeIntervalMs ?? 1_000;
  }

  get unavailable(): boolean {
    return this.outage !== undefined;
  }

  /** How the end of an outage is noticed: a check that answers true when the database serves again. */
  probeWith(probe: () => Promise<boolean>): void {
    this.probe = probe;
  }

  /** A request (or one field of it) was refused because the database could not answer. */
  refused(error: unknown): void {
    this.failed(error);
    if (this.outage) this.outage.refused += 1;
  }

  /** The database failed (a request, a pooled connection dropped): the first failure opens an outage. */
  failed(error: unknown): void {
    if (this.outage || this.stopped) return;
    const now = Date.now();
    this.outage = { since: now, refused: 0, refusedInSummary: 0, lastSummaryAt: now, timer: setInterval(() => void this.tick(), this.probeIntervalMs).unref() };
    this.logger.warn({ reason: reasonOf(error) }, 'database unavailable: requests that need it are answered SERVICE_UNAVAILABLE until it is back');
  }

  /** The database answered: ends an outage, if there was one, with one line. */
  answered(): void {
    const outage = this.outage;
    if (!outage) return;
    clearInterval(outage.timer);
    this.outage = undefined;
    this.logger.info(
      { outageMs: Date.now() - outage.since, refused: outage.refused },
      `database available again after ${seconds(Date.now() - outage.since)}; refused ${outage.refused} times in all`,
    );
  }

  /** Stops watching (the application is closing). */
  stop(): void {
    if (this.outage) clearInterval(this.outage.timer);
    this.outage = undefined;
    this.stopped = true;
  }

  private async tick(): Promise<void> {
    const outage = this.outage;
    if (!outage) return;
    const now = Date.now();
    if (now - outage.lastSummaryAt >= this.summaryIntervalMs) {
      const refused = outage.refused - outage.refusedInSummary;
      if (refused > 0) {
        this.logger.warn({ refused, intervalMs: now - outage.lastSummaryAt }, `database unavailable: refused ${refused} times in the last ${seconds(now - outage.lastSummaryAt)}`);
      }
      outage.refusedInSummary = outage.refused;
      outage.lastSummaryAt = now;
    }
    if (!this.probe || this.probing) return;
    this.probing = true;
    try {
      if (await this.probe().catch(() => false)) this.answered();
    } finally {
      this.probing = false;
    }
  }
}

const trackers = new WeakMap<Logger, DatabaseHealth>();

/**
 * The application's one tracker, found through its logger: the GraphQL error formatter, the HTTP
 * error filter and the connection pool report to it without being wired to each other.
 */
export function databaseHealthOf(logger: Logger): DatabaseHealth {
  let tracker = trackers.get(logger);
  if (!tracker) {
    tracker = new DatabaseHealth(logger);
    trackers.set(logger, tracker);
  }
  return tracker;
}

function reasonOf(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === 'string' && part).join(': ') || 'unknown';
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
