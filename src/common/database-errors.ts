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
