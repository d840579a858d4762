import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationService } from './invitation.service.js';
import { MembershipResolver } from './membership.resolver.js';
import { MembershipService } from './membership.service.js';
import { OrganizationMembersResolver } from './organization-members.resolver.js';

/** Memberships of people in organisations: invitations, requests to join, roles, leaving. */
@Module({
  imports: [IdentityModule, OrganizationModule],
  providers: [MembershipService, InvitationService, MembershipResolver, InvitationResolver, OrganizationMembersResolver],
  exports: [MembershipService, InvitationService],
})
export class MembershipModule {}
