import type { EntityManager } from 'typeorm';
import { AppError } from './errors.js';

/** What the pg driver attaches to a failed statement or connection. */
interface DriverError {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  constraint?: unknown;
  driverError?: DriverError;
}

/** SQLSTATE classes and driver errors that mean the database cannot answer now, not that the request is wrong. */
const unavailableStates = new Set(['57P01', '57P02', '57P03', '53300', '53400', '08000', '08001', '08003', '08004', '08006', '57014']);
const unavailableSystemCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const unavailableMessages = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection is not established|connect ECONNREFUSED|server closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery)/i;

function driverErrorOf(error: unknown): DriverError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const candidate = error as DriverError;
  return candidate.driverError ?? candidate;
}

/** The SQLSTATE of a failed statement (e.g. `23505`), if the error came from PostgreSQL. */
export function sqlState(error: unknown): string | undefined {
  const code = driverErrorOf(error)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Whether `error` says the database is down, refusing connections, hung past a timeout or shutting
 * down: a fault of the service, to be answered SERVICE_UNAVAILABLE (retryable), never as the caller's
 * fault (UNAUTHENTICATED, BAD_USER_INPUT) nor as INTERNAL.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'SERVICE_UNAVAILABLE';
  const driver = driverErrorOf(error);
  if (!driver) return false;
  const state = sqlState(error);
  if (state && (unavailableStates.has(state) || state.startsWith('08'))) return true;
  if (typeof driver.code === 'string' && unavailableSystemCodes.has(driver.code)) return true;
  const message = typeof driver.message === 'string' ? driver.message : (error as { message?: unknown }).message;
  return typeof message === 'string' && unavailableMessages.test(message);
}

export const serviceUnavailable = (message = 'The database is not answering; try again in a few seconds') =>
  new AppError('SERVICE_UNAVAILABLE', message, undefined, { retryAfterSeconds: 5 });

// ---------------------------------------------------------------------------------------------------
// Faults that must not be told as the caller's fault.

/**
 * Runs a lookup whose "nothing found" answer means "refused" (credentials, say): a database that
 * cannot answer must surface as SERVICE_UNAVAILABLE, never as "not found" or "invalid", so that a
 * client keeps a good session and retries.
 */
export async function unlessDatabaseUnavailable<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw serviceUnavailable();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Unique keys chosen by clients: a race between two writers ends in the typed "taken" answer.

/** The unique index or constraint a failed statement violated (SQLSTATE 23505), if that is why it failed. */
export function violatedUniqueKey(error: unknown): string | undefined {
  if (sqlState(error) !== '23505') return undefined;
  const constraint = driverErrorOf(error)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

/**
 * Runs `write` under a savepoint; if it violates the unique key `constraint` (another writer took the
 * value after it was checked), answers `taken()` instead of failing, and the transaction stays usable.
 */
export async function unlessKeyTaken<T, E>(manager: EntityManager, constraint: string, write: (manager: EntityManager) => Promise<T>, taken: () => E): Promise<T | E> {
  try {
    return await manager.transaction(write);
  } catch (error) {
    if (violatedUniqueKey(error) === constraint) return taken();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Input the database refused: a safety net behind the checks at the edge.

/** What PostgreSQL says about a refused statement; only the names of things, never the values. */
interface RefusedStatement {
  code?: unknown;
  detail?: unknown;
  constraint?: unknown;
  column?: unknown;
  table?: unknown;
}

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** `programmeId` from a detail such as `Key (programme_id)=(…) is not present in table "programme".`; the value is never read. */
function keyColumnsOf(detail: unknown): { field?: string; table?: string } {
  if (typeof detail !== 'string') return {};
  const columns = /^Key \(([a-z0-9_, ]+)\)=/.exec(detail)?.[1];
  const table = /in table "([a-z0-9_]+)"/.exec(detail)?.[1];
  const field = columns?.split(', ').map(camelCase).join(', ');
  return { field, table: table?.replace(/_/g, ' ') };
}

/** Input errors (SQLSTATE class 22) and integrity rules (class 23) that mean the request asked for something impossible. */
const inputStates: Record<string, (refused: RefusedStatement) => AppError> = {
  '23503': (refused) => {
    const { field, table } = keyColumnsOf(refused.detail);
    // A delete of a row others still refer to, or a write that refers to a row that is not there.
    if (typeof refused.detail === 'string' && refused.detail.includes('is still referenced')) {
      return new AppError('CONFLICT', `Other records (${table ?? 'elsewhere'}) still refer to this one`);
    }
    return new AppError('NOT_FOUND', `No such ${table ?? 'record'}${field ? ` (${field})` : ''}`, field);
  },
  '23505': (refused) => {
    const { field } = keyColumnsOf(refused.detail);
    return new AppError('CONFLICT', `A record with this ${field ?? 'key'} already exists`, field);
  },
  '23502': (refused) => {
    const field = typeof refused.column === 'string' ? camelCase(refused.column) : undefined;
    return new AppError('BAD_USER_INPUT', `${field ?? 'A value'} is required`, field);
  },
  '23514': (refused) =>
    new AppError('BAD_USER_INPUT', `The input breaks a rule of the data${typeof refused.constraint === 'string' ? ` (${refused.constraint})` : ''}`),
  '22001': () => new AppError('BAD_USER_INPUT', 'A text is longer than allowed'),
  '22003': () => new AppError('BAD_USER_INPUT', 'A number is out of the range that can be stored'),
  '22007': () => new AppError('BAD_USER_INPUT', 'A date or time is not valid'),
  '22008': () => new AppError('BAD_USER_INPUT', 'A date or time is out of the range that can be stored'),
  '22P02': () => new AppError('BAD_USER_INPUT', 'A value is not in the expected form (for example an id that is not a UUID)'),
  '22021': () => new AppError('BAD_USER_INPUT', 'A text contains a character that cannot be stored'),
};

/**
 * The client's error for a statement PostgreSQL refused because of the input: unknown referenced id
 * (NOT_FOUND), duplicate key (CONFLICT), bad value (BAD_USER_INPUT). A safety net behind the checks at
 * the edge; the message names fields, never SQL or the values sent.
 */
export function databaseInputError(error: unknown): AppError | undefined {
  const state = sqlState(error);
  const refused = driverErrorOf(error) as RefusedStatement | undefined;
  return state && refused ? inputStates[state]?.(refused) : undefined;
}

/** A message of PostgreSQL's without the value it quotes (`invalid input syntax for type uuid: "…"`). */
const withoutQuotedValue = (message: string) => message.replace(/: ".*"$/s, ': "…"');

/**
 * An error as it may be logged: a failed statement keeps its SQLSTATE, constraint, table, column and
 * the statement text, but never its parameters (passwords, hashes, personal data) nor PostgreSQL's
 * detail, which repeats them. Other errors are logged as they are.
 */
export function loggableError(error: unknown): unknown {
  const driver = driverErrorOf(error) as (DriverError & RefusedStatement & { query?: unknown }) | undefined;
  const failedStatement = error instanceof Error && ('parameters' in error || 'query' in error || sqlState(error) !== undefined);
  if (!failedStatement || !driver) return error;
  const { query } = error as { query?: unknown };
  return {
    type: error.name,
    message: withoutQuotedValue(error.message),
    code: sqlState(error),
    constraint: driver.constraint,
    table: driver.table,
    column: driver.column,
    query: typeof query === 'string' ? query : undefined,
    stack: error.stack?.split('\n').slice(1).join('\n'),
  };
}
