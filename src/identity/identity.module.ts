import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AUTHENTICATOR } from '../common/request-context.js';
import { ApiKeyModule } from '../api-keys/api-key.module.js';
import { AuditEventActorResolver } from './audit-actor.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { SessionPrincipals } from './session-principals.js';
import { AuthService } from './auth.service.js';
import { LocalStrategy } from './strategies/local.strategy.js';
import { RequestAuthenticator } from './request-authenticator.js';
import { CredentialLiveness } from './credential-liveness.js';
import { TokenService } from './token.service.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';
import { ViewerResolver } from './viewer.resolver.js';
import { SessionPruning } from './session-pruning.js';

@Module({
  imports: [
    PassportModule,
    ApiKeyModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.jwtSecret }),
    }),
  ],
  providers: [SessionPruning, AuthService, TokenService, UserService, SessionPrincipals, RequestAuthenticator, CredentialLiveness, { provide: AUTHENTICATOR, useExisting: RequestAuthenticator }, LocalStrategy, AuthResolver, UserResolver, ViewerResolver, AuditEventActorResolver],
  exports: [AuthService, UserService, RequestAuthenticator, AUTHENTICATOR, CredentialLiveness],
})
export class IdentityModule {}
