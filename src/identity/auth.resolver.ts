import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, type GraphQLContext, RequestContext } from '../common/request-context.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordInput, LoginInput, RegisterInput } from './dto/auth.inputs.js';
import { LoginGuard, loginOutcome } from './strategies/local.strategy.js';
import { UserService } from './user.service.js';
import { AuthPayload, UserModel } from './user.model.js';
import { AccountDisabledError, EmailTakenError, InvalidCredentialsError, InvalidRefreshTokenError } from './user.errors.js';

export const RegisterResult = resultUnion('RegisterResult', 'A new account, signed in; or why not.', () => [AuthPayload, EmailTakenError, InvalidInputError]);
export const LoginResult = resultUnion('LoginResult', 'A new session; or why not.', () => [AuthPayload, InvalidCredentialsError, AccountDisabledError]);
export const RefreshSessionResult = resultUnion('RefreshSessionResult', 'Renewed tokens; or why not.', () => [AuthPayload, InvalidRefreshTokenError]);
export const ChangePasswordResult = resultUnion('ChangePasswordResult', 'The account with its new password; or why not.', () => [
  UserModel,
  InvalidCredentialsError,
  InvalidInputError,
]);

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Public()
  @Mutation(() => RegisterResult, { description: 'Creates an account and signs it in. Limited per address.' })
  register(@Ctx() ctx: RequestContext, @Args('input', { description: 'The new account.' }) input: RegisterInput) {
    return this.auth.register(ctx, input);
  }

  @Public()
  @UseGuards(LoginGuard)
  @Mutation(() => LoginResult, { description: 'Signs in with email and password. Limited per address and per account.' })
  login(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Email and password.' }) _input: LoginInput,
    @Context() context: GraphQLContext,
  ) {
    return this.auth.login(ctx, loginOutcome(context));
  }

  @Public()
  @Mutation(() => RefreshSessionResult, {
    description: 'Trades a refresh token for new tokens. Each refresh token works once; a second use ends the session.',
  })
  refreshSession(@Ctx() ctx: RequestContext, @Args('refreshToken', { description: 'The latest refresh token.' }) refreshToken: string) {
    return this.auth.refresh(ctx, refreshToken);
  }

  @Allow('user')
  @Mutation(() => Boolean, { description: 'Ends the current session: its access and refresh tokens stop working, and its live subscriptions are closed (4403).' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx);
  }

  @Allow('user')
  @Mutation(() => ChangePasswordResult, { description: 'Changes the password and ends the account’s other sessions.' })
  changePassword(@Ctx() ctx: RequestContext, @Args('input', { description: 'Current and new password.' }) input: ChangePasswordInput) {
    return this.auth.changePassword(ctx, input);
  }

  @Allow('user')
  @Query(() => UserModel, { description: 'The signed-in person.' })
  me(@Ctx() ctx: RequestContext): Promise<UserModel> {
    return this.users.me(ctx);
  }
}
