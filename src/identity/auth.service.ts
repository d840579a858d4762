import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import { AppError } from '../common/errors.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { EventBus } from '../events/event-bus.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { opaqueToken, sha256 } from '../common/secrets.js';
import { emailProblem, hashPassword, normaliseEmail, passwordProblem, unknownAccountHash, verifyPassword } from './credentials.js';
import type { ChangePasswordInput, RegisterInput } from './dto/auth.inputs.js';
import { RefreshTokenEntity, SessionEntity } from './session.entity.js';
import { TokenService } from './token.service.js';
import { UserEntity } from './user.entity.js';
import { AuthPayload, UserModel } from './user.model.js';
import { updateLocked } from '../database/versioned-update.js';
import { AccountDisabledError, EmailTakenError, InvalidCredentialsError, InvalidRefreshTokenError } from './user.errors.js';

/** A person's account, as other domains receive it from identity. */
export type Account = UserEntity;

/** How each kind of attempt on one account is named when it is refused. */
const accountAttempts = {
  signIn: 'sign-in attempts for this account',
  registration: 'registration attempts for this email address',
  invitation: 'attempts to accept invitations for this email address',
  passwordChange: 'password changes for this account',
};

/** What checking an email and password found (the local passport strategy's answer). */
export type CredentialCheck = { outcome: 'valid'; user: UserEntity } | { outcome: 'invalid' } | { outcome: 'disabled' };

/** Accounts and sessions: registration, sign-in, refresh-token rotation, sign-out, passwords. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Address-based limit for sign-in, registration and invitation acceptance. */
  throttleAttempts(ctx: RequestContext, what: string): Promise<void> {
    return this.rateLimiter.consume(`auth:${ctx.ip}`, this.config.rateLimits.authAttemptsPerMinute, 60_000, what);
  }

  /** Account-based limits, counted apart for sign-in, registration and invitation acceptance. */
  throttleAccount(email: string, attempt: keyof typeof accountAttempts = 'signIn'): Promise<void> {
    const key = `account:${attempt}:${normaliseEmail(email)}`;
    return this.rateLimiter.consume(key, this.config.rateLimits.accountAttemptsPerMinute, 60_000, accountAttempts[attempt]);
  }

  /** Checks the rules for a new account; the first broken one is returned. */
  accountProblem(email: string, password: string, displayName: string): InvalidInputError | undefined {
    const emailIssue = emailProblem(email);
    if (emailIssue) return new InvalidInputError(emailIssue, 'email');
    const passwordIssue = passwordProblem(password, email);
    if (passwordIssue) return new InvalidInputError(passwordIssue, 'password');
    const name = displayName.trim();
    if (name.length === 0 || name.length > 200) return new InvalidInputError('Give a display name of 1 to 200 characters', 'displayName');
    return undefined;
  }

  async register(ctx: RequestContext, input: RegisterInput): Promise<AuthPayload | EmailTakenError | InvalidInputError> {
    await this.throttleAttempts(ctx, 'registrations from this address');
    const email = normaliseEmail(input.email);
    await this.throttleAccount(email, 'registration');
    const problem = this.accountProblem(email, input.password, input.displayName);
    if (problem) return problem;
    const user = await this.createAccount(managerOf(ctx, this.dataSource), email, input.password, input.displayName);
    if (!user) return new EmailTakenError('An account with this email already exists; sign in instead', 'email');
    await this.audit.record(ctx, {
      action: 'user.registered',
      entityType: 'User',
      entityId: user.id,
      actorUserId: user.id,
      changes: { email: { before: null, after: email } },
    });
    return this.startSession(ctx, user);
  }

  /** The account of a person, read in `manager`'s transaction. */
  accountById(manager: EntityManager, id: string): Promise<Account> {
    return manager.findOneByOrFail(UserEntity, { id });
  }

  /** The id of the account with this (normalised) email, if any, read in `manager`'s transaction. */
  async accountIdByEmail(manager: EntityManager, email: string): Promise<string | undefined> {
    return (await manager.findOne(UserEntity, { where: { email }, select: { id: true } }))?.id;
  }

  /** Where and in which language to write to a person with an account (their chosen language, or null). */
  async contactOf(manager: EntityManager, by: { email: string } | { userId: string }): Promise<{ email: string; language: 'vi' | 'en' | null } | undefined> {
    const where = 'email' in by ? { email: by.email } : { id: by.userId };
    return (await manager.findOne(UserEntity, { where, select: { email: true, language: true } })) ?? undefined;
  }

  /** Whether an account has this (normalised) email. */
  accountExists(manager: EntityManager, email: string): Promise<boolean> {
    return manager.existsBy(UserEntity, { email });
  }

  /** Inserts an account unless the email is taken (then undefined); safe against concurrent sign-ups. */
  async createAccount(manager: EntityManager, email: string, password: string, displayName: string): Promise<UserEntity | undefined> {
    const passwordHash = await hashPassword(password);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ email, passwordHash, displayName: displayName.trim() })
      .orIgnore()
      .returning('*')
      .execute();
    if (inserted.raw.length === 0) return undefined;
    return manager.getRepository(UserEntity).create(inserted.generatedMaps[0] as UserEntity);
  }

  /** For the local strategy. Unknown accounts cost the same time as wrong passwords. */
  async checkCredentials(email: string, password: string): Promise<CredentialCheck> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normaliseEmail(email) });
    const matches = await verifyPassword(user?.passwordHash ?? (await unknownAccountHash()), password);
    if (!user || !matches) return { outcome: 'invalid' };
    if (user.disabledAt) return { outcome: 'disabled' };
    return { outcome: 'valid', user };
  }

  async login(ctx: RequestContext, check: CredentialCheck): Promise<AuthPayload | InvalidCredentialsError | AccountDisabledError> {
    if (check.outcome === 'invalid') return new InvalidCredentialsError('The email or the password is wrong');
    if (check.outcome === 'disabled') return new AccountDisabledError('This account has been disabled; contact a platform admin');
    const payload = await this.startSession(ctx, check.user);
    await this.audit.record(ctx, { action: 'session.started', entityType: 'User', entityId: check.user.id, actorUserId: check.user.id });
    return payload;
  }

  /**
   * Rotates a refresh token: the old one is spent and a new one issued in the same session. A spent
   * token presented again means it leaked: the whole session ends, for the thief and the owner.
   */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<AuthPayload | InvalidRefreshTokenError> {
    const manager = managerOf(ctx, this.dataSource);
    const invalid = () => new InvalidRefreshTokenError('This refresh token is not valid; sign in again', 'refreshToken');
    const token = await manager.getRepository(RefreshTokenEntity).findOne({
      where: { tokenHash: sha256(refreshToken) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!token) return invalid();
    const session = await manager.getRepository(SessionEntity).findOne({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
    const user = session && (await manager.getRepository(UserEntity).findOneBy({ id: session.userId }));
    if (!session || !user || session.revokedAt || session.expiresAt <= new Date() || user.disabledAt) return invalid();
    if (token.rotatedAt) {
      await this.revokeSession(ctx, session.id, 'REFRESH_TOKEN_REUSED', user.id);
      return new InvalidRefreshTokenError('This refresh token was already used; the session has been ended for safety. Sign in again', 'refreshToken');
    }
    await manager.update(RefreshTokenEntity, { tokenHash: token.tokenHash }, { rotatedAt: new Date() });
    await this.audit.record(ctx, { action: 'session.refreshed', entityType: 'Session', entityId: session.id, actorUserId: user.id });
    return this.issueTokens(ctx, user, session);
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    if (ctx.principal.kind !== 'user') return false;
    await this.revokeSession(ctx, ctx.principal.sessionId, 'SIGNED_OUT', ctx.principal.userId);
    return true;
  }

  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<UserModel | InvalidCredentialsError | InvalidInputError> {
    // The current password is a secret to guess: limited per address, per account and per session.
    await this.throttleAttempts(ctx, 'password changes from this address');
    if (ctx.principal.kind === 'user') {
      const key = `session:passwordChange:${ctx.principal.sessionId}`;
      await this.rateLimiter.consume(key, this.config.rateLimits.sessionAttemptsPerMinute, 60_000, 'password changes in this session');
    }
    const manager = managerOf(ctx, this.dataSource);
    const user = await manager.getRepository(UserEntity).findOneByOrFail({ id: ctx.userId });
    await this.throttleAccount(user.email, 'passwordChange');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      return new InvalidCredentialsError('The current password is wrong', 'currentPassword');
    }
    const problem = passwordProblem(input.newPassword, user.email);
    if (problem) return new InvalidInputError(problem, 'newPassword');
    await updateLocked(manager, UserEntity, user.id, { passwordHash: await hashPassword(input.newPassword) });
    // Other sessions may belong to whoever knew the old password.
    const sessionId = ctx.principal.kind === 'user' ? ctx.principal.sessionId : '';
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: new Date(), revokedReason: 'PASSWORD_CHANGED' })
      .where('user_id = :userId AND revoked_at IS NULL AND id <> :sessionId', { userId: user.id, sessionId })
      .execute();
    this.events.announceRevocation(ctx, { userId: user.id });
    await this.audit.record(ctx, { action: 'user.password_changed', entityType: 'User', entityId: user.id });
    return UserModel.fromEntity(user);
  }

  /** Ends every session of an account (used when it is disabled), its live subscriptions included. */
  async revokeAllSessions(ctx: RequestContext, userId: string, reason: string): Promise<void> {
    await managerOf(ctx, this.dataSource).update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    this.events.announceRevocation(ctx, { userId });
  }

  private async revokeSession(ctx: RequestContext, sessionId: string, reason: string, userId: string): Promise<void> {
    await managerOf(ctx, this.dataSource).update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    this.events.announceRevocation(ctx, { sessionId });
    await this.audit.record(ctx, {
      action: 'session.revoked',
      entityType: 'Session',
      entityId: sessionId,
      actorUserId: userId,
      changes: { reason: { before: null, after: reason } },
    });
  }

  async startSession(ctx: RequestContext, user: UserEntity): Promise<AuthPayload> {
    const session = await managerOf(ctx, this.dataSource).save(SessionEntity, { userId: user.id, expiresAt: this.tokens.sessionExpiry() });
    return this.issueTokens(ctx, user, session);
  }

  private async issueTokens(ctx: RequestContext, user: UserEntity, session: SessionEntity): Promise<AuthPayload> {
    if (session.revokedAt) throw new AppError('UNAUTHENTICATED', 'The session has ended');
    ctx.signedInUserId = user.id;
    const refreshToken = opaqueToken('thr_');
    await managerOf(ctx, this.dataSource).insert(RefreshTokenEntity, { tokenHash: sha256(refreshToken), sessionId: session.id });
    const access = this.tokens.accessToken(user.id, session.id);
    const payload = new AuthPayload();
    payload.accessToken = access.token;
    payload.accessTokenExpiresAt = access.expiresAt;
    payload.refreshToken = refreshToken;
    payload.refreshTokenExpiresAt = session.expiresAt;
    payload.user = UserModel.fromEntity(user);
    return payload;
  }
}
