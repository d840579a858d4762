import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiKeyService } from '../api-keys/api-key.service.js';
import { anonymous, type Principal } from '../common/request-context.js';
import { apiKeyPrefix } from './credentials.js';
import { SessionPrincipals } from './session-principals.js';
import { jwtIssuer, type AccessTokenClaims } from './token.service.js';

/**
 * Authenticates a subscription connection from its `connection_init` payload, which carries the same
 * credentials as HTTP headers (`authorization: Bearer …` or `x-api-key`), with the same rules.
 * Answers undefined for credentials that are present but not valid.
 */
@Injectable()
export class ConnectionAuthenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionPrincipals,
    private readonly apiKeys: ApiKeyService,
  ) {}

  async principalFrom(payload: unknown): Promise<Principal | undefined> {
    const fields = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
    const headers = (fields.headers && typeof fields.headers === 'object' ? fields.headers : fields) as Record<string, unknown>;
    const header = (name: string) => {
      const value = headers[name] ?? headers[name.toLowerCase()];
      return typeof value === 'string' ? value : undefined;
    };
    const key = header('x-api-key');
    const bearer = header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (key) return this.apiKeys.authenticate(key);
    if (!bearer) return header('authorization') ? undefined : anonymous;
    if (bearer.startsWith(apiKeyPrefix)) return this.apiKeys.authenticate(bearer);
    try {
      const claims = this.jwt.verify<AccessTokenClaims>(bearer, { algorithms: ['HS256'], issuer: jwtIssuer });
      return this.sessions.forClaims(claims);
    } catch {
      return undefined;
    }
  }
}
