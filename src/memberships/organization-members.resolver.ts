import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { InvitationHistoryArgs, MembersArgs } from './dto/membership.inputs.js';
import { InvitationConnection, InvitationModel } from './invitation.model.js';
import { InvitationService } from './invitation.service.js';
import { MembershipConnection } from './membership.model.js';
import { MembershipService } from './membership.service.js';

/** The membership fields of `Organization`. */
@Resolver(() => OrganizationModel)
export class OrganizationMembersResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly invitationService: InvitationService,
  ) {}

  @ResolveField('members', () => MembershipConnection, {
    nullable: true,
    description:
      'The organisation’s memberships, oldest first, for its members and its API keys (null, with an error, for others). Its admins also see requests to join and ended memberships; others see active members only.',
  })
  members(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: MembersArgs): Promise<MembershipConnection> {
    return this.memberships.members(ctx, organization.id, args);
  }

  @ResolveField('invitations', () => [InvitationModel], {
    nullable: true,
    description: 'Invitations that can still be accepted, newest first. Its admins only (null, with an error, for others).',
  })
  invitations(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel): Promise<InvitationModel[]> {
    return this.invitationService.pending(ctx, organization.id);
  }

  @ResolveField('invitationHistory', () => InvitationConnection, {
    nullable: true,
    description: 'Every invitation, whatever became of it (pending, accepted, expired, revoked), newest first. Its admins only (null, with an error, for others).',
  })
  invitationHistory(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: InvitationHistoryArgs): Promise<InvitationConnection> {
    return this.invitationService.history(ctx, organization.id, args);
  }
}
