import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { apiKeyPrefix, ApiKeyService } from '../api-keys/api-key.service.js';
import { AppError } from '../common/errors.js';
import { anonymous, type Principal } from '../common/request-context.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SessionPrincipals } from './session-principals.js';
import { jwtIssuer, type AccessTokenClaims } from './token.service.js';

/** How many verified access tokens are remembered: more than the callers of a busy instance within a token's life. */
const verifiedTokensKept = 10_000;

const invalid = () => new AppError('UNAUTHENTICATED', 'The access token or API key is invalid, expired or revoked');

/**
 * The one place that turns credentials into a principal, for HTTP requests (their headers) and
 * subscription connections (the `connection_init` payload, with the same names): an access token
 * (`Authorization: Bearer <jwt>`) or an API key (`Authorization: Bearer thk_…` or `x-api-key`).
 * No credentials is anonymous. Bad credentials, or two that disagree, are refused even where anonymous
 * callers are welcome: a client that believes it is signed in must learn that it is not. A database
 * that cannot be asked is SERVICE_UNAVAILABLE, never a reason to doubt a valid credential.
 */
@Injectable()
export class RequestAuthenticator {
  // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to read it as a
  // public key on every request, which cost about a tenth of the CPU under load.
  private readonly tokenKey: KeyObject;
  /**
   * Access tokens whose signature and issuer were checked, with their claims. A client sends the same
   * token on each request until it expires; its HMAC need not be checked again. Only the signature's
   * verdict is kept: expiry is checked on every use, the session on every request.
   */
  private readonly verifiedTokens = new Map<string, AccessTokenClaims>();

  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionPrincipals,
    private readonly apiKeys: ApiKeyService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.tokenKey = createSecretKey(Buffer.from(config.auth.jwtSecret));
  }

  /** The principal for these headers (or `connection_init` payload); throws UNAUTHENTICATED for bad ones. */
  async principalFrom(credentials: Record<string, unknown>): Promise<Principal> {
    const header = (name: string) => {
      const value = name in credentials ? credentials[name] : credentials[Object.keys(credentials).find((key) => key.toLowerCase() === name) ?? name];
      return typeof value === 'string' ? value : undefined;
    };
    const authorization = header('authorization');
    const keyHeader = header('x-api-key');
    if (authorization === undefined && keyHeader === undefined) return anonymous;
    const bearer = authorization === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (authorization !== undefined && !bearer) {
      throw new AppError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <access token or API key>"');
    }
    if (keyHeader !== undefined && bearer !== undefined && keyHeader !== bearer) {
      throw new AppError('UNAUTHENTICATED', 'Send one credential: an Authorization header or an x-api-key header, not both');
    }
    const credential = (keyHeader ?? bearer) as string;
    const principal = credential.startsWith(apiKeyPrefix) ? await this.apiKeys.authenticate(credential) : await this.personFor(credential);
    if (!principal) throw invalid();
    return principal;
  }

  private async personFor(token: string): Promise<Principal | undefined> {
    const claims = this.claimsOf(token);
    return claims ? this.sessions.forClaims(claims) : undefined;
  }

  /** The claims of a well-signed, unexpired access token; undefined for any other string. */
  private claimsOf(token: string): AccessTokenClaims | undefined {
    const known = this.verifiedTokens.get(token);
    if (known) {
      if ((known.exp as number) * 1000 > Date.now()) return known;
      this.verifiedTokens.delete(token);
      return undefined;
    }
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token, { secret: this.tokenKey as never, algorithms: ['HS256'], issuer: jwtIssuer });
    } catch {
      return undefined;
    }
    // Oldest first out: a Map iterates in insertion order.
    if (this.verifiedTokens.size >= verifiedTokensKept) this.verifiedTokens.delete(this.verifiedTokens.keys().next().value as string);
    if (typeof claims.exp === 'number') this.verifiedTokens.set(token, claims);
    return claims;
  }
}
