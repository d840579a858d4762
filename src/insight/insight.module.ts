import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { ChartController } from './chart.controller.js';
import { CollaborationService } from './collaboration.service.js';
import { SmallGroups } from './small-groups.js';
import { InsightResolver, NetworkPositionResolver } from './insight.resolver.js';
import { NetworkService } from './network.service.js';
import { SynergyService } from './synergy.service.js';
import { TrlService } from './trl.service.js';

/** Insight: Triple Helix synergy and the other figures on how the helices collaborate. */
@Module({
  imports: [OrganizationModule],
  controllers: [ChartController],
  providers: [SynergyService, NetworkService, CollaborationService, TrlService, SmallGroups, InsightResolver, NetworkPositionResolver],
})
export class InsightModule {}
