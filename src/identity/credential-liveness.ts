import { Injectable } from '@nestjs/common';
import { unlessDatabaseUnavailable } from '../common/database-errors.js';
import type { Principal } from '../common/request-context.js';
import { ApiKeyService } from '../api-keys/api-key.service.js';
import { SessionPrincipals } from './session-principals.js';

/** A credential still good, and until when at most (null: no end of its own). */
export interface Liveness {
  live: boolean;
  until: Date | null;
}

const always: Liveness = { live: true, until: null };

/**
 * Whether the credential a long-lived connection was opened with still holds, by its id (the secret
 * is not kept): a session live and unexpired of an enabled account, or an API key unrevoked and
 * unexpired of an organisation not archived. One statement; asked for every event a subscriber would
 * receive. The same conditions as when the credential was first accepted (SessionPrincipals,
 * ApiKeyService.authenticate), without the access token's own short expiry: a connection outlives
 * its token, not its session.
 */
@Injectable()
export class CredentialLiveness {
  constructor(
    private readonly sessions: SessionPrincipals,
    private readonly apiKeys: ApiKeyService,
  ) {}

  /** Throws SERVICE_UNAVAILABLE when the database cannot answer. */
  async of(principal: Principal): Promise<Liveness> {
    if (principal.kind === 'anonymous') return always;
    const until = await unlessDatabaseUnavailable(() =>
      principal.kind === 'user' ? this.sessions.liveUntil(principal.sessionId, principal.userId) : this.apiKeys.activeUntil(principal.apiKeyId),
    );
    return until === undefined ? { live: false, until: null } : { live: true, until };
  }
}
