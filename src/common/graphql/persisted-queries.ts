import { createHash } from 'node:crypto';
import mercurius, { type PersistedQueryProvider } from 'mercurius';

/** The longest query kept for automatic persisted queries: the store stays small whatever is sent. */
const maxStoredQueryLength = 32_768;
const storedQueries = 1_000;

/**
 * Apollo's automatic persisted queries (a client sends `extensions.persistedQuery.sha256Hash` alone,
 * and the query with it once the server answers PERSISTED_QUERY_NOT_FOUND), kept per instance in a
 * bounded store. Mercurius' own provider, with a cap on what one query may occupy.
 */
export function automaticPersistedQueries(): PersistedQueryProvider {
  const provider = mercurius.persistedQueryDefaults.automatic(storedQueries);
  return {
    ...provider,
    // A hash that is not a SHA-256 in hex is no query of ours; an odd shape is an unsupported request.
    // Mercurius reads a falsy hash as "not supported" (its types say string).
    getHash: (request) => {
      const persisted = (request.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
      if (!persisted || typeof persisted !== 'object') return '';
      const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
      return version === 1 && typeof sha256Hash === 'string' && /^[0-9a-f]{64}$/.test(sha256Hash) ? sha256Hash : '';
    },
    getHashForQuery: (query: string) => createHash('sha256').update(query, 'utf8').digest('hex'),
    saveQuery: async (hash: string, query: string) => {
      if (query.length <= maxStoredQueryLength) await provider.saveQuery?.(hash, query);
    },
  };
}
