import { Module } from '@nestjs/common';
import { InsightResolver } from './insight.resolver.js';
import { SynergyService } from './synergy.service.js';

/** Insight: Triple Helix synergy and the other figures on how the helices collaborate. */
@Module({
  providers: [SynergyService, InsightResolver],
})
export class InsightModule {}
