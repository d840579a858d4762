import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '../../common/request-context.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { apiKeyPrefix } from '../credentials.js';
import { SessionPrincipals } from '../session-principals.js';
import { jwtIssuer, type AccessTokenClaims } from '../token.service.js';

const bearer = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * Access tokens: `Authorization: Bearer <jwt>`. A valid signature is not enough: the session must be
 * live and the account enabled (see SessionPrincipals).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionPrincipals,
  ) {
    super({
      // API keys travel in the same header; they are the api-key strategy's.
      jwtFromRequest: (request: FastifyRequest) => {
        const token = bearer(request as never);
        return token && !token.startsWith(apiKeyPrefix) ? token : null;
      },
      // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to read it
      // as a public key on every request, which cost about a tenth of the CPU under load.
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret)) as unknown as string,
      algorithms: ['HS256'],
      issuer: jwtIssuer,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Principal | false> {
    return (await this.sessions.forClaims(claims)) ?? false;
  }
}
