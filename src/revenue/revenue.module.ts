import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreements/agreement.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { AgreementRevenueResolver, DistributionLineResolver, OrganizationRevenueResolver, RevenueResolver } from './revenue.resolver.js';
import { RevenueService } from './revenue.service.js';
import { TechnologyModule } from '../technologies/technology.module.js';

/** Revenue from agreements: receipts, deductible costs, distribution policies and distributions. */
@Module({
  imports: [AgreementModule, OrganizationModule, TechnologyModule],
  providers: [RevenueService, RevenueResolver, DistributionLineResolver, AgreementRevenueResolver, OrganizationRevenueResolver],
})
export class RevenueModule {}
