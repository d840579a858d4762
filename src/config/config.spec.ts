import path from 'node:path';
import { ConfigError, loadConfig, redactUrl } from './config.js';

describe('loadConfig', () => {
  const exactOrigins = 'must list exact origins such as https://app.example.org (scheme, lower-case host and port only, no path or trailing slash), or *';

  it('gives working defaults for a fresh checkout', () => {
    const config = loadConfig({});
    expect(config.auth.jwtSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(loadConfig({}).auth.jwtSecret).not.toBe(config.auth.jwtSecret);
    expect(config).toEqual({
      env: 'development',
      host: '0.0.0.0',
      port: 3000,
      logLevel: 'info',
      database: { url: undefined, poolSize: 10, connectTimeoutMs: 5_000, statementTimeoutMs: 15_000 },
      readinessTimeoutMs: 2_000,
      embedded: { dataDir: path.resolve('.data/postgres'), port: 54320, seedOnCreate: true },
      graphql: { ide: true, introspection: true, depthLimit: 8, maxTokens: 2_000, maxAliases: 30, maxDirectives: 50, maxCost: 20_000, assumedListSize: 10, jit: 1 },
      shutdownGraceMs: 10_000,
      heapGrowingPercent: 30,
      trustProxyHops: 0,
      cors: { origins: [] },
      auth: { jwtSecret: config.auth.jwtSecret, jwtSecretGenerated: true, accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30 },
      outbox: { secret: config.outbox.secret, secretGenerated: true },
      redisUrl: undefined,
      jobs: { workers: true, http: true, relayIntervalMs: 1_000 },
      webhooks: { allowPrivateTargets: 'loopback', retryDelaySeconds: 15, retryMaxDelaySeconds: 3_600, retryWindowSeconds: 93_600, timeoutMs: 10_000 },
      mail: { smtpUrl: undefined, from: 'Triple Helix <no-reply@triple-helix.local>', dir: path.resolve('.data/mail'), retryLimit: 8, retryDelaySeconds: 60 },
      harvest: { repositoryId: 'triple-helix.local', baseUrl: undefined, adminEmail: 'admin@triple-helix.local', pageSize: 100 },
      rateLimits: { pointsPerMinute: 1_000, sessionAttemptsPerMinute: 5, authAttemptsPerMinute: 20, accountAttemptsPerMinute: 5 },
      imports: { maxBytes: 524_288, maxRows: 1_000, maxUnzippedBytes: 16_777_216 },
      metrics: { enabled: true, token: undefined },
      tracing: { enabled: false, endpoint: undefined, serviceName: 'triple-helix-api' },
    });
  });

  it('turns tracing on with an OTLP endpoint unless told not to, and keeps the metrics token out of messages', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toEqual({ enabled: true, endpoint: 'http://collector:4318', serviceName: 'triple-helix-api' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', TRACING_ENABLED: 'false' }).tracing.enabled).toBe(false);
    expect(loadConfig({ TRACING_ENABLED: 'true', OTEL_SERVICE_NAME: 'helix-eu' }).tracing).toEqual({ enabled: true, endpoint: undefined, serviceName: 'helix-eu' });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('Invalid configuration: METRICS_TOKEN must be at least 16 characters (got 5 characters)');
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      new ConfigError('Invalid configuration: JWT_SECRET must be set in production (at least 32 random characters)'),
    );
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow('Invalid configuration: JWT_SECRET must be at least 32 characters (got 5 characters)');
  });

  it('takes the outbox secret given, else the JWT secret, else a random one, and never a short one', () => {
    const secret = 'a-production-secret-of-enough-length!';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).outbox).toEqual({ secret, secretGenerated: false });
    expect(() => loadConfig({ OUTBOX_SECRET: 'short' })).toThrow('Invalid configuration: OUTBOX_SECRET must be at least 32 characters (got 5 characters)');
    expect(loadConfig({ OUTBOX_SECRET: secret }).outbox).toEqual({ secret, secretGenerated: false });
    expect(loadConfig({}).outbox.secret).not.toBe(loadConfig({}).outbox.secret);
  });

  it('turns the IDE and introspection off in production unless asked for', () => {
    const secret = 'a-production-secret-of-enough-length!';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, OUTBOX_SECRET: secret }).graphql).toMatchObject({ ide: false, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, OUTBOX_SECRET: secret, GRAPHQL_IDE: 'true', GRAPHQL_INTROSPECTION: 'true' }).graphql).toMatchObject({
      ide: true,
      introspection: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '8080',
      LOG_LEVEL: 'debug',
      DATABASE_URL: 'postgresql://app:secret@db:5432/helix',
      DATABASE_POOL_SIZE: '25',
      EMBEDDED_PG_DATA_DIR: '/var/data/pg',
      EMBEDDED_PG_PORT: '6543',
      SEED_DEMO_DATA: 'false',
      GRAPHQL_INTROSPECTION: '0',
      GRAPHQL_DEPTH_LIMIT: '12',
      SHUTDOWN_GRACE_MS: '5000',
      HEAP_GROWING_PERCENT: '0',
      JWT_SECRET: 'a-production-secret-of-enough-length!',
      OUTBOX_SECRET: 'another-production-secret-of-length!',
      REDIS_URL: 'redis://cache:6379',
      OAI_REPOSITORY_ID: 'cris.example.org',
      OAI_BASE_URL: 'https://cris.example.org/oai',
      OAI_ADMIN_EMAIL: 'cris@example.org',
      OAI_PAGE_SIZE: '50',
      SERVICE_ROLE: 'worker',
      JOB_RELAY_INTERVAL_MS: '500',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'loopback',
      WEBHOOK_RETRY_DELAY_SECONDS: '10',
      WEBHOOK_RETRY_MAX_DELAY_SECONDS: '600',
      WEBHOOK_RETRY_WINDOW_SECONDS: '7200',
      WEBHOOK_TIMEOUT_MS: '2000',
      SMTP_URL: 'smtp://mailer:secret@mail.example.org:587',
      MAIL_FROM: 'Helix <helix@example.org>',
      MAIL_DIR: '/var/mail/helix',
      MAIL_RETRY_LIMIT: '3',
      MAIL_RETRY_DELAY_SECONDS: '5',
      METRICS_ENABLED: 'false',
      METRICS_TOKEN: 'a-scraper-token-of-length',
      TRACING_ENABLED: 'true',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://collector.example.org:4318',
      OTEL_SERVICE_NAME: 'helix-staging',
      CORS_ORIGINS: 'https://a.example, https://b.example:8443,https://a.example',
    });
    expect(config).toMatchObject({
      env: 'production',
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'debug',
      database: { url: 'postgresql://app:secret@db:5432/helix', poolSize: 25 },
      embedded: { dataDir: '/var/data/pg', port: 6543, seedOnCreate: false },
      graphql: { ide: false, introspection: false, depthLimit: 12 },
      shutdownGraceMs: 5000,
      heapGrowingPercent: 0,
      harvest: { repositoryId: 'cris.example.org', baseUrl: 'https://cris.example.org/oai', adminEmail: 'cris@example.org', pageSize: 50 },
      jobs: { workers: true, http: false, relayIntervalMs: 500 },
      webhooks: { allowPrivateTargets: 'loopback', retryDelaySeconds: 10, retryMaxDelaySeconds: 600, retryWindowSeconds: 7200, timeoutMs: 2000 },
      mail: { smtpUrl: 'smtp://mailer:secret@mail.example.org:587', from: 'Helix <helix@example.org>', dir: '/var/mail/helix', retryLimit: 3, retryDelaySeconds: 5 },
      metrics: { enabled: false, token: 'a-scraper-token-of-length' },
      tracing: { enabled: true, endpoint: 'https://collector.example.org:4318', serviceName: 'helix-staging' },
      cors: { origins: ['https://a.example', 'https://b.example:8443'] },
    });
    expect(loadConfig({ NODE_ENV: 'test' }).jobs).toMatchObject({ workers: false, http: true });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-enough-length!' }).webhooks.allowPrivateTargets).toBe('none');
    expect(loadConfig({ NODE_ENV: 'test' }).webhooks.allowPrivateTargets).toBe('none');
  });

  it('allows any origin outside production only', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).cors).toEqual({ origins: ['*'] });
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-enough-length!', CORS_ORIGINS: 'https://a.example,*' })).toThrow(
      new ConfigError('Invalid configuration: CORS_ORIGINS must list exact origins in production, not * (any web page could call the API)'),
    );
  });

  it.each([
    [{ PORT: '0' }, 'Invalid configuration: PORT must be an integer from 1 to 65535 (got "0")'],
    [{ PORT: '3000.5' }, 'Invalid configuration: PORT must be an integer from 1 to 65535 (got "3000.5")'],
    [{ NODE_ENV: 'staging' }, 'Invalid configuration: NODE_ENV must be one of development, production, test (got "staging")'],
    [{ DATABASE_URL: 'not a url' }, 'Invalid configuration: DATABASE_URL must be a URL such as postgres://user:password@host:5432/database (got "<unparseable URL>")'],
    [{ DATABASE_URL: 'postgres://u:pw@host:5432' }, 'Invalid configuration: DATABASE_URL must name a database, as in postgres://host:5432/database (got "postgres://u:***@host:5432")'],
    [{ SEED_DEMO_DATA: 'yes' }, 'Invalid configuration: SEED_DEMO_DATA must be true or false (got "yes")'],
    [{ GRAPHQL_DEPTH_LIMIT: '1' }, 'Invalid configuration: GRAPHQL_DEPTH_LIMIT must be an integer from 2 to 50 (got "1")'],
    [{ HOST: '' }, 'Invalid configuration: HOST must not be empty (got "")'],
    [{ OAI_PAGE_SIZE: '5000' }, 'Invalid configuration: OAI_PAGE_SIZE must be an integer from 1 to 1000 (got "5000")'],
    [{ OAI_REPOSITORY_ID: 'localhost' }, 'Invalid configuration: OAI_REPOSITORY_ID must be a domain name such as cris.example.org (got "localhost")'],
    [{ SERVICE_ROLE: 'cron' }, 'Invalid configuration: SERVICE_ROLE must be one of all, web, worker (got "cron")'],
    [{ SMTP_URL: 'mail.example.org' }, 'Invalid configuration: SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587 or smtps://...:465 (got "<unparseable URL>")'],
    [{ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'everything' }, 'Invalid configuration: WEBHOOK_ALLOW_PRIVATE_TARGETS must be one of none, loopback, private (got "everything")'],
    [{ METRICS_ENABLED: 'on' }, 'Invalid configuration: METRICS_ENABLED must be true or false (got "on")'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, 'Invalid configuration: OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL such as http://collector:4318 (got "collector:4318")'],
    [{ CORS_ORIGINS: 'https://a.example/' }, `Invalid configuration: CORS_ORIGINS ${exactOrigins}; "https://a.example/" is not one (got "https://a.example/")`],
    [{ CORS_ORIGINS: 'https://*.example' }, `Invalid configuration: CORS_ORIGINS ${exactOrigins}; "https://*.example" is not one (got "https://*.example")`],
    [{ CORS_ORIGINS: 'a.example' }, `Invalid configuration: CORS_ORIGINS ${exactOrigins}; "a.example" is not one (got "a.example")`],
    [{ CORS_ORIGINS: 'https://A.example' }, `Invalid configuration: CORS_ORIGINS ${exactOrigins}; "https://A.example" is not one (got "https://A.example")`],
    [{ CORS_ORIGINS: 'https://a.example:443' }, `Invalid configuration: CORS_ORIGINS ${exactOrigins}; "https://a.example:443" is not one (got "https://a.example:443")`],
  ])('refuses %p with one line naming the variable', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(new ConfigError(message));
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/helix')).toBe('postgres://app:***@db:5432/helix');
    expect(redactUrl('postgres://db:5432/helix')).toBe('postgres://db:5432/helix');
  });
});
