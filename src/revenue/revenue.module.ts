import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreements/agreement.module.js';
import { OrganizationModule } from '../organizations/organization.module.js';
import { AgreementRevenueResolver, DistributionLineResolver, OrganizationRevenueResolver, RevenueResolver } from './revenue.resolver.js';
import { RevenueService } from './revenue.service.js';

/** Revenue from agreements: receipts, deductible costs, distribution policies and distributions. */
@Module({
  imports: [AgreementModule, OrganizationModule],
  providers: [RevenueService, RevenueResolver, DistributionLineResolver, AgreementRevenueResolver, OrganizationRevenueResolver],
})
export class RevenueModule {}
