import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { unlessDatabaseUnavailable } from '../common/database-errors.js';
import { preparedQuery } from '../common/prepared-query.js';
import type { Principal } from '../common/request-context.js';
import type { AccessTokenClaims } from './token.service.js';
import { type PlatformRole } from '../common/access/vocabulary.js';

/**
 * The person an access token stands for, if its session is still live and the account enabled:
 * checked on every request (and every subscription connection), so sign-out and disabling act at once.
 */
@Injectable()
export class SessionPrincipals {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws SERVICE_UNAVAILABLE when the database cannot answer: a good token is not "invalid" then. */
  async forClaims(claims: AccessTokenClaims): Promise<Principal | undefined> {
    const row = await unlessDatabaseUnavailable(() => this.liveSession(claims.sid, claims.sub));
    return row ? { kind: 'user', userId: claims.sub, sessionId: claims.sid, platformRole: row.platform_role } : undefined;
  }

  /** Until when a session stays good (a date), or undefined when it is revoked, expired or its account disabled. */
  async liveUntil(sessionId: string, userId: string): Promise<Date | undefined> {
    return (await this.liveSession(sessionId, userId))?.expires_at;
  }

  /** The one definition of a live session: not revoked, not expired, of an enabled account. */
  private async liveSession(sessionId: string, userId: string): Promise<{ platform_role: PlatformRole; expires_at: Date } | undefined> {
    const [row] = await preparedQuery<{ platform_role: PlatformRole; expires_at: Date }>(
      this.dataSource,
      'live_session',
      `SELECT u.platform_role, s.expires_at FROM auth_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [sessionId, userId],
    );
    return row;
  }
}
