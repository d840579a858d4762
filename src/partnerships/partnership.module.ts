import { Module } from '@nestjs/common';
import { MembershipModule } from '../memberships/membership.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { OrganizationPartnershipsResolver } from './organization-partnerships.resolver.js';
import { PartnershipAdminService } from './partnership-admin.service.js';
import { PartnershipAmendmentService } from './partnership-amendment.service.js';
import { PartnershipAmendmentResolver, PartnershipResolver } from './partnership.resolver.js';
import { PartnershipService } from './partnership.service.js';

/** Partnerships: agreements between organisations outside projects, and who may see and change them. */
@Module({
  imports: [OrganizationModule, MembershipModule],
  providers: [
    PartnershipService,
    PartnershipAdminService,
    PartnershipAmendmentService,
    PartnershipResolver,
    PartnershipAmendmentResolver,
    OrganizationPartnershipsResolver,
  ],
  exports: [PartnershipService],
})
export class PartnershipModule {}
