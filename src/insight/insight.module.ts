import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { ReportCache } from './report-cache.js';
import { ReportController } from './report.controller.js';
import { CollaborationService } from './collaboration.service.js';
import { SmallGroups } from './small-groups.js';
import { FunnelService } from './funnel.service.js';
import { IndicatorService } from './indicator.service.js';
import { IndicatorResolver, InsightResolver, NetworkPositionResolver, ProjectTrlResolver } from './insight.resolver.js';
import { SelfAssessmentService } from './self-assessment.js';
import { NetworkService } from './network.service.js';
import { SynergyService } from './synergy.service.js';
import { TrlService } from './trl.service.js';
import { TalentFlowsService } from './talent-flows.service.js';
import { IcfMeasureService } from './icf-measures.js';

/** Insight: Triple Helix synergy and the other figures on how the helices collaborate. */
@Module({
  imports: [OrganizationModule],
  controllers: [ReportController],
  providers: [
    ReportCache, SynergyService, NetworkService, CollaborationService, TrlService, FunnelService, TalentFlowsService, IcfMeasureService, SmallGroups, IndicatorService, SelfAssessmentService,
    InsightResolver, NetworkPositionResolver, IndicatorResolver, ProjectTrlResolver,
  ],
})
export class InsightModule {}
