import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createHttpAdapter } from '../../src/app.factory.js';
import { AppModule } from '../../src/app.module.js';
import { createLogger } from '../../src/common/logging/logger.js';
import { loadConfig } from '../../src/config/config.js';
import type { SqlLogger } from '../../src/database/query-counter.js';
import { TypedDocumentString } from '../graphql/graphql.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Record<string, unknown>;
  /**
   * Typed as present, nullable fields too, so that tests read it directly: a test that reads what
   * is not there (a failed request, a null) fails at that read, as a `!` would make it.
   */
  data: Present<T>;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

/** Any generated operation, for lists of different operations sent alike. */
export type AnyOperation = TypedDocumentString<any, any>;

/** `T` with null and undefined taken out at every level. */
export type Present<T> = T extends (infer Item)[] ? Present<Item>[] : T extends object ? { [K in keyof T]-?: Present<NonNullable<T[K]>> } : NonNullable<T>;

/** An operation's variables as codegen types them, lists allowed read-only (so `as const` samples fit). */
export type Variables<T> = T extends (infer Item)[] ? readonly Variables<Item>[] : T extends object ? { [K in keyof T]: Variables<T[K]> } : T;

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  dataSource: DataSource;
  /** Sends an operation written with `graphql(`...`)` (test/graphql, `npm run codegen`): data and variables are typed. */
  graphql<TResult, TVariables>(operation: TypedDocumentString<TResult, TVariables>, variables?: Variables<TVariables>, headers?: Record<string, string>): Promise<GraphQLResponse<TResult>>;
  /** Sends text the schema does not type: only for operations that are deliberately invalid or built at run time. */
  graphql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  /** SQL statements sent since the application started. */
  statementCount(): number;
  /** The base URL when started with `listen` (for WebSocket clients). */
  url: string | undefined;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Share this database (another instance's) instead of making one; its owner drops it. */
  database?: TestDatabase;
  /** Listen on a free port on 127.0.0.1, for clients that need a real socket. */
  listen?: boolean;
}

/**
 * Boots the real AppModule over HTTP against a fresh database of its own, as a client would see it.
 * `env` adds configuration variables (e.g. NODE_ENV=production).
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    // Tests sign in often from one address; the limits have tests of their own.
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
    DATABASE_URL: database.url,
  });
  const logger = createLogger(config);
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, logger, databaseUrl: database.url })],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(logger, config.trustProxyHops), { logger: false });
  await app.init();
  let url: string | undefined;
  if (options.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  } else {
    await app.getHttpAdapter().getInstance().ready();
  }
  const dataSource = app.get(DataSource);

  return {
    app,
    database,
    dataSource,
    async graphql(operation: TypedDocumentString<unknown, unknown> | string, variables?: unknown, headers?: Record<string, string>) {
      const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query: queryText(operation), variables }, headers });
      const body = response.json() as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.statusCode, headers: response.headers, ...body };
    },
    statementCount: () => (dataSource.logger as SqlLogger).statements,
    url,
    async close() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

/** The text of an operation; a document `graphql(...)` does not know (an empty object) means test/graphql is stale. */
export function queryText(operation: TypedDocumentString<unknown, unknown> | string): string {
  if (typeof operation === 'string') return operation;
  if (operation instanceof TypedDocumentString) return operation.toString();
  throw new Error('not a generated document: run `npm run codegen` after changing an operation');
}
