import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { UserModel } from '../identity/user.model.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { ApproveMembershipRequestInput, ChangeMemberRoleInput, RequestMembershipInput } from './dto/membership.inputs.js';
import { MembershipModel } from './membership.model.js';
import { MembershipService } from './membership.service.js';
import { AlreadyMemberError, LastAdminError, MembershipStatusError } from './membership.errors.js';

export const RequestMembershipResult = resultUnion('RequestMembershipResult', 'The pending request; or why not.', () => [MembershipModel, AlreadyMemberError]);
export const ApproveMembershipRequestResult = resultUnion('ApproveMembershipRequestResult', 'The now active membership; or why not.', () => [
  MembershipModel,
  MembershipStatusError,
]);
export const DeclineMembershipRequestResult = resultUnion('DeclineMembershipRequestResult', 'The declined request; or why not.', () => [
  MembershipModel,
  MembershipStatusError,
]);
export const ChangeMemberRoleResult = resultUnion('ChangeMemberRoleResult', 'The membership with its new role; or why not.', () => [
  MembershipModel,
  LastAdminError,
  VersionConflictError,
  MembershipStatusError,
]);
export const RemoveMemberResult = resultUnion('RemoveMemberResult', 'The ended membership; or why not.', () => [MembershipModel, LastAdminError, MembershipStatusError]);
export const LeaveOrganizationResult = resultUnion('LeaveOrganizationResult', 'Your ended membership (or withdrawn request); or why not.', () => [
  MembershipModel,
  LastAdminError,
]);

const membershipId = () => ({ type: () => ID, description: 'The membership.' });

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  @Allow('user')
  @Query(() => [MembershipModel], { description: 'Your active memberships and pending requests to join, oldest first.' })
  myMemberships(@Ctx() ctx: RequestContext): Promise<MembershipModel[]> {
    return this.memberships.mine(ctx);
  }

  @Allow('user')
  @Mutation(() => RequestMembershipResult, { description: 'Asks to join an organisation; its admins approve or decline the request.' })
  requestMembership(@Ctx() ctx: RequestContext, @Args('input', { description: 'The organisation and your position there.' }) input: RequestMembershipInput) {
    return this.memberships.request(ctx, input);
  }

  @Allow('user')
  @Mutation(() => ApproveMembershipRequestResult, { description: 'Organisation admins: approve a request to join, with a role.' })
  approveMembershipRequest(@Ctx() ctx: RequestContext, @Args('input', { description: 'The request and the role to give.' }) input: ApproveMembershipRequestInput) {
    return this.memberships.approve(ctx, input);
  }

  @Allow('user')
  @Mutation(() => DeclineMembershipRequestResult, { description: 'Organisation admins: decline a request to join.' })
  declineMembershipRequest(@Ctx() ctx: RequestContext, @Args('membershipId', membershipId(), new ParseUUIDPipe()) id: string) {
    return this.memberships.decline(ctx, id);
  }

  @Allow('user')
  @Mutation(() => ChangeMemberRoleResult, {
    description: 'Organisation admins: change an active member’s role. The last active admin cannot be demoted; a stale `expectedVersion` answers VersionConflictError.',
  })
  changeMemberRole(@Ctx() ctx: RequestContext, @Args('input', { description: 'The membership, its new role and the version you read.' }) input: ChangeMemberRoleInput) {
    return this.memberships.changeRole(ctx, input);
  }

  @Allow('user')
  @Mutation(() => RemoveMemberResult, { description: 'Organisation admins: end an active membership (status REMOVED, `until` today). The last active admin cannot be removed.' })
  removeMember(@Ctx() ctx: RequestContext, @Args('membershipId', membershipId(), new ParseUUIDPipe()) id: string) {
    return this.memberships.remove(ctx, id);
  }

  @Allow('user')
  @Mutation(() => LeaveOrganizationResult, {
    description: 'Ends your membership of an organisation (status LEFT), or withdraws your request to join. The last active admin cannot leave.',
  })
  leaveOrganization(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID, description: 'The organisation to leave.' }, new ParseUUIDPipe()) organizationId: string,
  ) {
    return this.memberships.leave(ctx, organizationId);
  }

  @ResolveField('organization', () => OrganizationModel, { description: 'The organisation.' })
  organization(@Ctx() ctx: RequestContext, @Parent() membership: MembershipModel): Promise<OrganizationModel> {
    return this.memberships.organizationOf(ctx, membership);
  }

  @ResolveField('user', () => UserModel, { description: 'The person.' })
  user(@Ctx() ctx: RequestContext, @Parent() membership: MembershipModel): Promise<UserModel> {
    return this.memberships.userOf(ctx, membership.userId);
  }
}
