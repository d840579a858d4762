import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { unlessDatabaseUnavailable } from '../../common/database-errors.js';
import type { GraphQLContext } from '../../common/request-context.js';
import { AuthService, type CredentialCheck } from '../auth.service.js';
import type { LoginInput } from '../dto/auth.inputs.js';

/** Email and password, checked by passport's local strategy. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  /** A database that cannot answer is SERVICE_UNAVAILABLE, not a wrong password. */
  validate(email: string, password: string): Promise<CredentialCheck> {
    return unlessDatabaseUnavailable(() => this.auth.checkCredentials(email, password));
  }
}

interface LoginAttempt {
  body: LoginInput;
  user?: CredentialCheck;
}

type LoginContext = GraphQLContext & { login?: LoginAttempt };

/**
 * Runs the local strategy for the `login` mutation, after the address and account limits. The check's
 * outcome (valid, invalid, disabled) is left for the resolver, which answers with a typed result.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  constructor(private readonly auth: AuthService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const { input } = gql.getArgs<{ input: LoginInput }>();
    await this.auth.throttleAttempts(gql.getContext<GraphQLContext>().requestContext, 'sign-in attempts from this address');
    await this.auth.throttleAccount(String(input?.email ?? ''));
    return (await super.canActivate(context)) as boolean;
  }

  override getRequest(context: ExecutionContext): LoginAttempt {
    const gql = GqlExecutionContext.create(context);
    const graphqlContext = gql.getContext<LoginContext>();
    return (graphqlContext.login ??= { body: gql.getArgs<{ input: LoginInput }>().input });
  }

  override handleRequest<T>(error: unknown, check: T): T {
    if (error) throw error;
    return check || ({ outcome: 'invalid' } as T);
  }
}

/** The credential check the login guard left on the GraphQL context. */
export function loginOutcome(context: LoginContext): CredentialCheck {
  return context.login?.user ?? { outcome: 'invalid' };
}
