import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Allow } from '../common/access/allow.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { Language, UserModel } from './user.model.js';
import { UserService } from './user.service.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { UpdateProfileInput } from './dto/auth.inputs.js';
import { UserConnection, UserListArgs } from './user-list.js';

export const UpdateProfileResult = resultUnion('UpdateProfileResult', 'Your profile as changed; or why not.', () => [UserModel, InvalidInputError]);

@Resolver(() => UserModel)
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField('email', () => String, {
    nullable: true,
    description: 'Email address: visible to the person, platform admins and admins of their organisations; null to others.',
  })
  email(@Ctx() ctx: RequestContext, @Parent() user: UserModel): Promise<string | null> {
    return this.users.emailOf(ctx, user);
  }

  @ResolveField('language', () => Language, { nullable: true, description: 'The language mail to the person is written in; null: their organisation’s. Visible to the person only.' })
  language(@Ctx() ctx: RequestContext, @Parent() user: UserModel): Language | null {
    return ctx.isSelf(user.id) ? user.language : null;
  }

  @Allow('user')
  @Query(() => UserConnection, { name: 'users', description: 'Platform admins: every account, newest first, with a search over names and email addresses.' })
  listUsers(@Ctx() ctx: RequestContext, @Args() args: UserListArgs) {
    return this.users.list(ctx, args);
  }

  @Allow('user')
  @Mutation(() => UpdateProfileResult, { description: 'Changes the signed-in person’s name, ORCID iD or language.' })
  updateProfile(@Ctx() ctx: RequestContext, @Args('input', { description: 'What changes.' }) input: UpdateProfileInput) {
    return this.users.updateProfile(ctx, input);
  }

  @Allow('user')
  @Mutation(() => UserModel, { description: 'Platform admins: disable an account. Its sessions and tokens stop working at once.' })
  disableUser(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID, description: 'The account.' }, new ParseUUIDPipe()) userId: string) {
    return this.users.setDisabled(ctx, userId, true);
  }

  @Allow('user')
  @Mutation(() => UserModel, { description: 'Platform admins: enable a disabled account again (it signs in anew).' })
  enableUser(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID, description: 'The account.' }, new ParseUUIDPipe()) userId: string) {
    return this.users.setDisabled(ctx, userId, false);
  }
}
