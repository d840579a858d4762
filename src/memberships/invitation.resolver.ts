import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { UserModel } from '../identity/user.model.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { AcceptInvitationInput, InviteMemberInput } from './dto/membership.inputs.js';
import { AcceptedInvitation, InvitationCreated, InvitationModel } from './invitation.model.js';
import { InvitationService } from './invitation.service.js';
import { MembershipService } from './membership.service.js';
import { InvitationInvalidError } from './invitation.errors.js';
import { AlreadyMemberError } from './membership.errors.js';

export const InviteMemberResult = resultUnion('InviteMemberResult', 'The invitation with its token; or why not.', () => [
  InvitationCreated,
  InvalidInputError,
  AlreadyMemberError,
]);
export const AcceptInvitationResult = resultUnion('AcceptInvitationResult', 'The new membership (and session, for a new account); or why not.', () => [
  AcceptedInvitation,
  InvitationInvalidError,
  InvalidInputError,
  AlreadyMemberError,
]);
export const RevokeInvitationResult = resultUnion('RevokeInvitationResult', 'The revoked invitation; or why not.', () => [InvitationModel, InvitationInvalidError]);

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly memberships: MembershipService,
  ) {}

  @Allow('user')
  @Mutation(() => InviteMemberResult, {
    description:
      'Organisation admins: invite an email address with a role, valid for 7 days. The token is in the answer: no mail is sent yet (a message waits in the outbox for a future delivery service), so pass it on yourself.',
  })
  inviteMember(@Ctx() ctx: RequestContext, @Args('input', { description: 'Whom to invite, where, as what.' }) input: InviteMemberInput) {
    return this.invitations.invite(ctx, input);
  }

  @Public()
  @Mutation(() => AcceptInvitationResult, {
    description:
      'Joins the organisation with an invitation token. Signed in: the account must have the invited email. Not signed in: give a password and name to create the account with the invited email (you are signed in); if it exists, sign in first. Each token works once. Limited per address.',
  })
  acceptInvitation(@Ctx() ctx: RequestContext, @Args('input', { description: 'The token, and for a new account its password and name.' }) input: AcceptInvitationInput) {
    return this.invitations.accept(ctx, input);
  }

  @Allow('user')
  @Mutation(() => RevokeInvitationResult, { description: 'Organisation admins: withdraw an invitation; its token stops working. Revoking twice changes nothing.' })
  revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Args('invitationId', { type: () => ID, description: 'The invitation.' }, new ParseUUIDPipe()) invitationId: string,
  ) {
    return this.invitations.revoke(ctx, invitationId);
  }

  @ResolveField('organization', () => OrganizationModel, { description: 'The organisation the invitation is into.' })
  organization(@Ctx() ctx: RequestContext, @Parent() invitation: InvitationModel): Promise<OrganizationModel> {
    return this.memberships.organizationOf(ctx, invitation);
  }

  @ResolveField('invitedBy', () => UserModel, { description: 'The admin who invited.' })
  invitedBy(@Ctx() ctx: RequestContext, @Parent() invitation: InvitationModel): Promise<UserModel> {
    return this.memberships.userOf(ctx, invitation.invitedById);
  }
}
