import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../common/request-context.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { apiKeyPrefix } from '../credentials.js';
import { jwtIssuer, type AccessTokenClaims } from '../token.service.js';
import type { PlatformRole } from '../user.entity.js';

const bearer = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * Access tokens: `Authorization: Bearer <jwt>`. A valid signature is not enough: the session must be
 * live and the account enabled, checked on every request, so sign-out and disabling act at once.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super({
      // API keys travel in the same header; they are the api-key strategy's.
      jwtFromRequest: (request: FastifyRequest) => {
        const token = bearer(request as never);
        return token && !token.startsWith(apiKeyPrefix) ? token : null;
      },
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      issuer: jwtIssuer,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Principal | false> {
    const [row]: { platform_role: PlatformRole }[] = await this.dataSource.query(
      `SELECT u.platform_role FROM auth_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [claims.sid, claims.sub],
    );
    if (!row) return false;
    return { kind: 'user', userId: claims.sub, sessionId: claims.sid, platformRole: row.platform_role };
  }
}
