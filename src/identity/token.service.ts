import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';

export const jwtIssuer = 'triple-helix-api';

/** What an access token says: whose it is and which session it belongs to. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
  /** When the token expires, in seconds since the epoch (set when it is signed). */
  exp?: number;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A short-lived JWT (HS256). It is checked against its session on every request, so revocation is immediate. */
  accessToken(userId: string, sessionId: string): { token: string; expiresAt: Date } {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId };
    const token = this.jwt.sign(claims, { expiresIn: ttl, issuer: jwtIssuer, algorithm: 'HS256' });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  sessionExpiry(): Date {
    return new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
  }
}
