import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/access/public.decorator.js';
import { CollaborationFilter } from './dto/collaboration.filter.js';
import { Synergy } from './synergy.model.js';
import { SynergyService } from './synergy.service.js';

/** Figures on how the helices work together, computed from the platform's own records. */
@Resolver()
export class InsightResolver {
  constructor(private readonly synergies: SynergyService) {}

  @Public()
  @Query(() => Synergy, {
    description: 'Triple Helix synergy (Leydesdorff’s mutual information, in bits) over the selected projects, with the counts behind it and a series per year. Public: it shows counts of helix combinations, nothing about single projects.',
  })
  tripleHelixSynergy(@Args('filter', { type: () => CollaborationFilter, nullable: true, description: 'Which projects; when omitted, all that are proposed, active, on hold or completed.' }) filter?: CollaborationFilter): Promise<Synergy> {
    return this.synergies.synergy(filter);
  }
}
