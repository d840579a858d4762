import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { unlessDatabaseUnavailable } from '../common/database-errors.js';
import type { Principal } from '../common/request-context.js';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws SERVICE_UNAVAILABLE when the database cannot answer. */
  async of(principal: Principal): Promise<Liveness> {
    if (principal.kind === 'anonymous') return always;
    const [row]: { until: Date | null }[] = await unlessDatabaseUnavailable(() =>
      principal.kind === 'user'
        ? this.dataSource.query(
            `SELECT s.expires_at AS until FROM auth_session s JOIN user_account u ON u.id = s.user_id
              WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
            [principal.sessionId, principal.userId],
          )
        : this.dataSource.query(
            `SELECT k.expires_at AS until FROM api_key k JOIN organization o ON o.id = k.organization_id
              WHERE k.id = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND o.archived_at IS NULL`,
            [principal.apiKeyId],
          ),
    );
    return row ? { live: true, until: row.until } : { live: false, until: null };
  }
}
