import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/** Log levels understood by pino. */
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const flag = <T extends boolean | undefined>(fallback: T) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .optional()
    .transform((value): boolean | T => (value === undefined ? fallback : value === 'true' || value === '1'));

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({ code: 'custom', message: `must be an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return parsed;
    });

const postgresUrl = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === '') return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a URL such as postgres://user:password@host:5432/database' });
      return z.NEVER;
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      ctx.addIssue({ code: 'custom', message: 'must start with postgres:// or postgresql://' });
      return z.NEVER;
    }
    if (url.pathname.length <= 1) {
      ctx.addIssue({ code: 'custom', message: 'must name a database, as in postgres://host:5432/database' });
      return z.NEVER;
    }
    return value;
  });

/**
 * `CORS_ORIGINS`: the web origins (scheme, host and port, as a browser sends them in `Origin`) whose
 * pages may call the API, comma-separated. `*` (any origin) is refused in production.
 */
const corsOrigins = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const origins = (value ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
    for (const origin of origins) {
      if (origin === '*') continue;
      let url: URL | undefined;
      try {
        url = new URL(origin);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== origin || url.host.includes('*')) {
        ctx.addIssue({ code: 'custom', message: `must list exact origins such as https://app.example.org (scheme, lower-case host and port only, no path or trailing slash), or *; "${origin}" is not one` });
        return z.NEVER;
      }
    }
    return [...new Set(origins)];
  });

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: integer(3000, 1, 65535),
  LOG_LEVEL: z.enum(logLevels).optional(),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: integer(10, 1, 200),
  DATABASE_CONNECT_TIMEOUT_MS: integer(5_000, 100, 600_000),
  DATABASE_STATEMENT_TIMEOUT_MS: integer(15_000, 100, 3_600_000),
  READINESS_TIMEOUT_MS: integer(2_000, 100, 600_000),
  EMBEDDED_PG_DATA_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: integer(54320, 1024, 65535),
  SEED_DEMO_DATA: flag(true),
  GRAPHQL_IDE: flag(undefined),
  GRAPHQL_INTROSPECTION: flag(undefined),
  GRAPHQL_DEPTH_LIMIT: integer(8, 2, 50),
  GRAPHQL_MAX_TOKENS: integer(2_000, 100, 1_000_000),
  GRAPHQL_MAX_ALIASES: integer(30, 0, 10_000),
  GRAPHQL_MAX_DIRECTIVES: integer(50, 0, 10_000),
  GRAPHQL_MAX_COST: integer(20_000, 100, 100_000_000),
  GRAPHQL_ASSUMED_LIST_SIZE: integer(10, 1, 1_000),
  GRAPHQL_JIT: integer(1, 0, 1_000_000),
  SHUTDOWN_GRACE_MS: integer(10_000, 0, 600_000),
  HEAP_GROWING_PERCENT: integer(30, 0, 300),
  TRUST_PROXY: integer(0, 0, 10),
  CORS_ORIGINS: corsOrigins,
  JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  OUTBOX_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  ACCESS_TOKEN_TTL_SECONDS: integer(900, 30, 86_400),
  REFRESH_TOKEN_TTL_DAYS: integer(30, 1, 365),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, { message: 'must be a URL such as redis://localhost:6379' })
    .optional(),
  RATE_LIMIT_PER_MINUTE: integer(1_000, 1, 1_000_000_000),
  AUTH_SESSION_RATE_LIMIT_PER_MINUTE: integer(5, 1, 1_000_000),
  AUTH_RATE_LIMIT_PER_MINUTE: integer(20, 1, 1_000_000),
  AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE: integer(5, 1, 1_000_000),
  OAI_REPOSITORY_ID: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/, { message: 'must be a domain name such as cris.example.org' })
    .default('triple-helix.local'),
  OAI_BASE_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL such as https://cris.example.org/oai' })
    .optional(),
  OAI_ADMIN_EMAIL: z.string().regex(/^\S+@(\S+\.)+\S+$/, { message: 'must be an email address' }).default('admin@triple-helix.local'),
  OAI_PAGE_SIZE: integer(100, 1, 1_000),
  IMPORT_MAX_BYTES: integer(512 * 1024, 1024, 700 * 1024),
  IMPORT_MAX_ROWS: integer(1_000, 1, 100_000),
  IMPORT_MAX_UNZIPPED_BYTES: integer(16 * 1024 * 1024, 64 * 1024, 512 * 1024 * 1024),
  SERVICE_ROLE: z.enum(['all', 'web', 'worker']).optional(),
  JOB_RELAY_INTERVAL_MS: integer(1_000, 50, 600_000),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(['none', 'loopback', 'private']).optional(),
  WEBHOOK_RETRY_DELAY_SECONDS: integer(15, 1, 3_600),
  WEBHOOK_RETRY_MAX_DELAY_SECONDS: integer(3_600, 1, 86_400),
  WEBHOOK_RETRY_WINDOW_SECONDS: integer(26 * 3_600, 0, 7 * 86_400),
  WEBHOOK_TIMEOUT_MS: integer(10_000, 100, 60_000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, { message: 'must be a URL such as smtp://user:password@mail.example.org:587 or smtps://...:465' })
    .optional(),
  MAIL_FROM: z.string().regex(/^[^\r\n]*<?\S+@\S+>?$/, { message: 'must be an address, e.g. "Triple Helix <no-reply@example.org>"' }).default('Triple Helix <no-reply@triple-helix.local>'),
  MAIL_DIR: z.string().min(1).default('.data/mail'),
  MAIL_RETRY_LIMIT: integer(8, 0, 30),
  MAIL_RETRY_DELAY_SECONDS: integer(60, 1, 3_600),
  METRICS_ENABLED: flag(true),
  METRICS_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  TRACING_ENABLED: flag(undefined),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL such as http://collector:4318' })
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('triple-helix-api'),
});

/** The validated configuration; the only place that reads the process environment is `loadConfig`. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: (typeof logLevels)[number];
  database: {
    /** Set when the operator gives `DATABASE_URL`; otherwise the embedded server is used. */
    url: string | undefined;
    poolSize: number;
    /** How long to wait for a connection (new or from the pool) before answering SERVICE_UNAVAILABLE. */
    connectTimeoutMs: number;
    /** The longest a statement may run; the server stops it, and the client gives up shortly after. */
    statementTimeoutMs: number;
  };
  /** How long `/health/ready` waits for the database before answering 503. */
  readinessTimeoutMs: number;
  embedded: {
    dataDir: string;
    port: number;
    /** Load the demo actors when the embedded cluster is created for the first time. */
    seedOnCreate: boolean;
  };
  graphql: {
    ide: boolean;
    introspection: boolean;
    depthLimit: number;
    maxTokens: number;
    maxAliases: number;
    maxDirectives: number;
    /** The most objects one operation may be estimated to return. */
    maxCost: number;
    /** Items assumed in a list that has no `first` argument, when estimating cost. */
    assumedListSize: number;
    /** Runs of the same document after which it is compiled to JavaScript (graphql-jit); 0: never. */
    jit: number;
  };
  shutdownGraceMs: number;
  /** How far the heap may grow past what survived the last full collection before the next one, in percent; 0: V8's own choice. */
  heapGrowingPercent: number;
  /** How many proxies in front may set X-Forwarded-For (0: use the connection's address). */
  trustProxyHops: number;
  /** Web pages of other origins that may call the API from a browser. */
  cors: {
    /** Exact origins (`https://app.example.org`), or `*` for any (never in production); empty: none. */
    origins: string[];
  };
  auth: {
    /** Signs access tokens. Required in production; elsewhere made at random for each process. */
    jwtSecret: string;
    jwtSecretGenerated: boolean;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
  };
  outbox: {
    /** Encrypts secrets (invitation tokens) in outbox messages. Required in production; elsewhere random per process. */
    secret: string;
    secretGenerated: boolean;
  };
  /** Redis, when several instances must share rate-limit counters and subscription events. */
  redisUrl: string | undefined;
  /** The job queue (pg-boss, in the database): who runs its workers, and how often the outboxes are relayed to it. */
  jobs: {
    /** This process runs the queue's workers and schedules: `all` and `worker` do, `web` (HTTP only) does not. */
    workers: boolean;
    /** This process serves HTTP: `all` and `web` do, `worker` does not. */
    http: boolean;
    relayIntervalMs: number;
  };
  webhooks: {
    /** Which private addresses endpoints may point to: none (production), loopback (development), or all private ranges. */
    allowPrivateTargets: 'none' | 'loopback' | 'private';
    /** The wait before the first retry; it doubles with each failure, up to `retryMaxDelaySeconds`. */
    retryDelaySeconds: number;
    retryMaxDelaySeconds: number;
    /** How long after its event a delivery is still tried. */
    retryWindowSeconds: number;
    timeoutMs: number;
  };
  mail: {
    /** The SMTP server; without it, mail is written as .eml files to `dir`. */
    smtpUrl: string | undefined;
    from: string;
    dir: string;
    retryLimit: number;
    retryDelaySeconds: number;
  };
  /** The OAI-PMH endpoint (`/oai`) that research-information aggregators harvest. */
  harvest: {
    /** The domain name in its `oai:` identifiers: keep it, or every record gets a new identifier. */
    repositoryId: string;
    /** The endpoint's public URL; without it, the URL the request came to. */
    baseUrl: string | undefined;
    adminEmail: string;
    /** Records per page of ListRecords and ListIdentifiers. */
    pageSize: number;
  };
  rateLimits: {
    /**
     * Cost points per minute for each principal (user, API key, or anonymous address). An operation
     * costs one point per 100 objects it may return (at least one).
     */
    pointsPerMinute: number;
    /** Password changes per minute for one session (and, apart, for one account). */
    sessionAttemptsPerMinute: number;
    /** Sign-in, registration and invitation attempts per minute from one address. */
    authAttemptsPerMinute: number;
    /** Sign-in, registration and invitation attempts per minute for one account (each counted apart). */
    accountAttemptsPerMinute: number;
  };
  /** Spreadsheet imports (`importSpreadsheet`). */
  imports: {
    /** The largest file, in bytes (before base64 for Excel files). */
    maxBytes: number;
    /** The most data rows one file may have. */
    maxRows: number;
    /** The most an Excel file may unpack to, in bytes: a file that would grow larger (a zip bomb) is refused unread. */
    maxUnzippedBytes: number;
  };
  /** The Prometheus endpoint, `/metrics`. */
  metrics: {
    enabled: boolean;
    /** When set, a scrape must send `Authorization: Bearer <token>`. */
    token: string | undefined;
  };
  /**
   * OpenTelemetry traces (HTTP, GraphQL operations, SQL), sent over OTLP/HTTP. Read by the preload
   * file `dist/src/observability/tracing.js` before the service loads; the SDK is not loaded when off.
   */
  tracing: {
    /** On when `TRACING_ENABLED` says so, or else when an OTLP endpoint is given. */
    enabled: boolean;
    /** The collector's base URL (spans go to `<endpoint>/v1/traces`); unset: the SDK's default, http://localhost:4318. */
    endpoint: string | undefined;
    /** The `service.name` of the spans. */
    serviceName: string;
  };
}

/** A configuration problem, already phrased for an operator: one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0] ?? 'environment');
    const given = environment[variable];
    const shown = given === undefined ? '' : ` (got ${shownValue(variable, given)})`;
    throw new ConfigError(`Invalid configuration: ${variable} ${describeIssue(issue)}${shown}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET must be set in production (at least 32 random characters)');
  }
  if (env.NODE_ENV === 'production' && env.CORS_ORIGINS.includes('*')) {
    throw new ConfigError('Invalid configuration: CORS_ORIGINS must list exact origins in production, not * (any web page could call the API)');
  }
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    readinessTimeoutMs: env.READINESS_TIMEOUT_MS,
    embedded: {
      dataDir: path.resolve(env.EMBEDDED_PG_DATA_DIR),
      port: env.EMBEDDED_PG_PORT,
      seedOnCreate: env.SEED_DEMO_DATA,
    },
    graphql: {
      ide: env.GRAPHQL_IDE ?? env.NODE_ENV === 'development',
      introspection: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production',
      depthLimit: env.GRAPHQL_DEPTH_LIMIT,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxCost: env.GRAPHQL_MAX_COST,
      assumedListSize: env.GRAPHQL_ASSUMED_LIST_SIZE,
      jit: env.GRAPHQL_JIT,
    },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    heapGrowingPercent: env.HEAP_GROWING_PERCENT,
    trustProxyHops: env.TRUST_PROXY,
    cors: { origins: env.CORS_ORIGINS },
    auth: {
      jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
      jwtSecretGenerated: !env.JWT_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    },
    outbox: {
      // Unset, it falls back on JWT_SECRET (required in production): the sealing key is derived from it
      // under a label of its own, so the two keys stay independent.
      secret: env.OUTBOX_SECRET ?? env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
      secretGenerated: !env.OUTBOX_SECRET && !env.JWT_SECRET,
    },
    redisUrl: env.REDIS_URL,
    jobs: (() => {
      // Tests run the workers only when they ask for them.
      const role = env.SERVICE_ROLE ?? (env.NODE_ENV === 'test' ? 'web' : 'all');
      return { workers: role !== 'web', http: role !== 'worker', relayIntervalMs: env.JOB_RELAY_INTERVAL_MS };
    })(),
    webhooks: {
      // A developer's receiver runs on their own machine; a deployed service must not reach its network.
      allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? (env.NODE_ENV === 'development' ? 'loopback' : 'none'),
      retryDelaySeconds: env.WEBHOOK_RETRY_DELAY_SECONDS,
      retryMaxDelaySeconds: env.WEBHOOK_RETRY_MAX_DELAY_SECONDS,
      retryWindowSeconds: env.WEBHOOK_RETRY_WINDOW_SECONDS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      dir: path.resolve(env.MAIL_DIR),
      retryLimit: env.MAIL_RETRY_LIMIT,
      retryDelaySeconds: env.MAIL_RETRY_DELAY_SECONDS,
    },
    harvest: { repositoryId: env.OAI_REPOSITORY_ID, baseUrl: env.OAI_BASE_URL, adminEmail: env.OAI_ADMIN_EMAIL, pageSize: env.OAI_PAGE_SIZE },
    rateLimits: {
      pointsPerMinute: env.RATE_LIMIT_PER_MINUTE,
      sessionAttemptsPerMinute: env.AUTH_SESSION_RATE_LIMIT_PER_MINUTE,
      authAttemptsPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
      accountAttemptsPerMinute: env.AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE,
    },
    imports: {
      maxBytes: env.IMPORT_MAX_BYTES,
      maxRows: env.IMPORT_MAX_ROWS,
      maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_BYTES,
    },
    metrics: { enabled: env.METRICS_ENABLED, token: env.METRICS_TOKEN },
    tracing: { enabled: env.TRACING_ENABLED ?? env.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined, endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME },
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid')) {
    return `must be one of ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'too_small' && issue.minimum === 1) return 'must not be empty';
  return issue.message;
}

/** What an error message may repeat of a bad value: secrets never, URLs without their password. */
function shownValue(variable: string, value: string): string {
  if (variable.endsWith('_SECRET') || variable.endsWith('_TOKEN')) return `${value.length} characters`;
  if (variable.endsWith('_URL')) return `"${redactUrl(value)}"`;
  return `"${value}"`;
}

/** Hides the password of a connection URL in messages and logs. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<unparseable URL>';
  }
}
