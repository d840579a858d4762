import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Public } from '../common/access/public.decorator.js';
import { badUserInput } from '../common/errors.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ProjectModel } from '../projects/project.model.js';
import { HelixContributionTotal, IcfFactorFigures } from './collaboration.model.js';
import { CollaborationService } from './collaboration.service.js';
import { CollaborationFilter } from './dto/collaboration.filter.js';
import {
  CorrectIndicatorInput,
  IndicatorMeasurementConnection,
  IndicatorMeasurementModel,
  IndicatorMeasurementsArgs,
  ReportIndicatorInput,
  ReviewIndicatorInput,
} from './indicator.model.js';
import { IndicatorService } from './indicator.service.js';
import { IcfSelfAssessment, SelfAssessmentService } from './self-assessment.js';
import { CollaborationNetwork, NetworkPosition, NetworkRanking } from './network.model.js';
import { NetworkService } from './network.service.js';
import { Synergy } from './synergy.model.js';
import { SynergyService } from './synergy.service.js';
import { TrlProgression } from './trl.model.js';
import { CommercialisationFunnel, FunnelFilter } from './funnel.model.js';
import { FunnelService } from './funnel.service.js';
import { TrlService } from './trl.service.js';
import { TalentFlows, TalentFlowsFilter } from './talent-flows.model.js';
import { TalentFlowsService } from './talent-flows.service.js';

export const ReportIndicatorResult = resultUnion('ReportIndicatorResult', 'The measurement reported; or why not.', () => [IndicatorMeasurementModel, InvalidInputError]);
export const CorrectIndicatorResult = resultUnion('CorrectIndicatorResult', 'The corrected measurement; or why not.', () => [IndicatorMeasurementModel, VersionConflictError]);
export const ReviewIndicatorResult = resultUnion('ReviewIndicatorResult', 'The reviewed measurement; or why not.', () => [
  IndicatorMeasurementModel,
  VersionConflictError,
  InvalidInputError,
]);

const filterArg = {
  type: () => CollaborationFilter,
  nullable: true,
  description: 'Which collaborations; when omitted, all projects that are proposed, active, on hold or completed (and, in the network, signed agreements).',
};

/** ICF indicator measurements that organisations report and platform admins verify, and the self-assessment built from them. */
@Resolver(() => IndicatorMeasurementModel)
export class IndicatorResolver {
  constructor(
    private readonly indicators: IndicatorService,
    private readonly selfAssessments: SelfAssessmentService,
    private readonly organizations: OrganizationService,
  ) {}

  @Mutation(() => ReportIndicatorResult, { description: 'Editors of an organisation: report a value of an ICF indicator for a period. It is public once a platform admin verifies it.' })
  reportIndicator(@Ctx() ctx: RequestContext, @Args('input', { description: 'The measurement.' }) input: ReportIndicatorInput) {
    return this.indicators.report(ctx, input);
  }

  @Mutation(() => CorrectIndicatorResult, { description: 'Editors of the reporting organisation: correct a value; it goes back to REPORTED for a new check.' })
  correctIndicator(@Ctx() ctx: RequestContext, @Args('input', { description: 'The correction.' }) input: CorrectIndicatorInput) {
    return this.indicators.correct(ctx, input);
  }

  @Mutation(() => ReviewIndicatorResult, { description: 'Platform admins: verify a measurement against its evidence, or reject it saying why.' })
  reviewIndicator(@Ctx() ctx: RequestContext, @Args('input', { description: 'The decision.' }) input: ReviewIndicatorInput) {
    return this.indicators.review(ctx, input);
  }

  @Public()
  @Query(() => IndicatorMeasurementConnection, { description: 'Indicator measurements you may see (verified ones, and your organisations’ own), newest first.' })
  indicatorMeasurements(@Ctx() ctx: RequestContext, @Args() args: IndicatorMeasurementsArgs) {
    return this.indicators.list(ctx, args);
  }

  @Public()
  @Query(() => IcfSelfAssessment, {
    description:
      'The ICF six-factor self-assessment: per factor, the projects tagged with it, the counts of the other records behind it (placements, training, incubations, spin-offs) and the indicator measurements reported for it. Also as CSV at /reports/icf-self-assessment.csv with the same filter fields as query parameters.',
  })
  icfSelfAssessment(@Ctx() ctx: RequestContext, @Args('filter', filterArg) filter?: CollaborationFilter): Promise<IcfSelfAssessment> {
    return this.selfAssessments.assessment(ctx, filter);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The reporting organisation (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() measurement: IndicatorMeasurementModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, measurement.organizationId);
  }
}

/** Figures on how the helices work together, computed from the platform's own records. */
@Resolver()
export class InsightResolver {
  constructor(
    private readonly synergies: SynergyService,
    private readonly networks: NetworkService,
    private readonly collaborations: CollaborationService,
    private readonly trl: TrlService,
    private readonly funnels: FunnelService,
    private readonly talent: TalentFlowsService,
  ) {}

  @Public()
  @Query(() => CommercialisationFunnel, {
    description:
      'The commercialisation funnel and AUTM-style report (disclosures, patent applications, grants, licences and options, licence income, startups, research expenditure) per year and in total, with the conversion between stages. Income and expenditure are withheld unless you may read every record behind it, or at least 3 verified organisations other than your own contribute and none accounts for 80% or more (a unit is not its parent).',
  })
  commercialisationFunnel(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => FunnelFilter, nullable: true, description: 'Whose and when; everyone and all years when omitted.' }) filter?: FunnelFilter,
  ): Promise<CommercialisationFunnel> {
    return this.funnels.funnel(ctx, filter);
  }

  @Public()
  @Query(() => TalentFlows, {
    description:
      'Talent flows between the helices: placements of people that both sides agreed to, counted by year, kind and home helix -> host helix. A count is withheld unless you may read every placement behind it, or at least 3 verified organisations other than your own take part in it and none takes part in 80% or more of it.',
  })
  talentFlows(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => TalentFlowsFilter, nullable: true, description: 'Which placements; all years and kinds when omitted.' }) filter?: TalentFlowsFilter,
  ): Promise<TalentFlows> {
    return this.talent.flows(ctx, filter);
  }

  @Public()
  @Query(() => TrlProgression, { description: 'TRL progression of the technologies that came out of the selected projects, and the TRL gained per project.' })
  trlProgression(@Ctx() ctx: RequestContext, @Args('filter', filterArg) filter?: CollaborationFilter): Promise<TrlProgression> {
    return this.trl.progression(ctx, filter);
  }

  @Public()
  @Query(() => [HelixContributionTotal], {
    description: 'What each helix contributes (cash and in kind) to the selected projects, per currency. A total is withheld unless you may read every record behind it, or at least 3 verified organisations other than your own contribute and none accounts for 80% or more.',
  })
  helixContributions(@Ctx() ctx: RequestContext, @Args('filter', filterArg) filter?: CollaborationFilter): Promise<HelixContributionTotal[]> {
    return this.collaborations.contributionsByHelix(ctx, filter);
  }

  @Public()
  @Query(() => [IcfFactorFigures], {
    description:
      'The ICF’s six factors: projects, triple-helix projects, participants, organisations and budgets tagged with each, and the counts of the other records behind it (`measures`: placements and training for the knowledge workforce, incubated startups and spin-offs for innovation). A budget total, a placement count or an incubation count is withheld unless you may read every record behind it, or at least 3 verified organisations other than your own contribute and none accounts for 80% or more.',
  })
  icfFactors(@Ctx() ctx: RequestContext, @Args('filter', filterArg) filter?: CollaborationFilter): Promise<IcfFactorFigures[]> {
    return this.collaborations.icfFactors(ctx, filter);
  }

  @Public()
  @Query(() => Synergy, {
    description:
      'Triple Helix synergy (Leydesdorff’s mutual information, in bits) over the selected collaborations (projects unless `filter.kinds` names other kinds), with the counts behind it and a series per year. Public: it shows counts of helix combinations, nothing about single collaborations; placements and incubation files count only where you may read them.',
  })
  tripleHelixSynergy(@Ctx() ctx: RequestContext, @Args('filter', filterArg) filter?: CollaborationFilter): Promise<Synergy> {
    return this.synergies.synergy(ctx, filter);
  }

  @Public()
  @Query(() => CollaborationNetwork, {
    description:
      'The organisation co-participation network of the selected collaborations (projects and signed agreements unless `filter.kinds` says otherwise; placements, incubations and training partnerships when named): size, density, and the organisations ranked by degree or betweenness. Built from the records you may read: public projects, public training partnerships and consented graduations from incubation, and the projects, agreements, placements and incubation files (with their mentorings) of your organisations.',
  })
  collaborationNetwork(
    @Ctx() ctx: RequestContext,
    @Args('rankBy', { type: () => NetworkRanking, defaultValue: NetworkRanking.BETWEENNESS, description: 'The ranking of `top`.' }) rankBy: NetworkRanking,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'How many organisations `top` lists (at most 100).' }) first: number,
    // Last, so that TypeScript records its class (not Object) and the filter is validated.
    @Args('filter', filterArg) filter?: CollaborationFilter,
  ): Promise<CollaborationNetwork> {
    return this.networks.network(ctx, filter, rankBy, checkedFirst(first));
  }

  @Public()
  @Query(() => [NetworkPosition], { description: 'The organisations that bridge the helices most: ranked by cross-helix betweenness in the co-participation network.' })
  async bridgingOrganizations(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'How many (at most 100).' }) first: number,
    @Args('filter', filterArg) filter?: CollaborationFilter,
  ): Promise<NetworkPosition[]> {
    return (await this.networks.network(ctx, filter, NetworkRanking.CROSS_HELIX_BETWEENNESS, checkedFirst(first))).top;
  }
}

@Resolver(() => NetworkPosition)
export class NetworkPositionResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The organisation (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() position: NetworkPosition): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, position.organizationId);
  }
}

function checkedFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInput('first must be from 1 to 100', 'first');
  return first;
}

@Resolver(() => ProjectModel)
export class ProjectTrlResolver {
  constructor(private readonly trl: TrlService) {}

  @ResolveField('trlGained', () => Int, {
    nullable: true,
    description:
      'TRL levels the technologies that came out of this project gained during it (by its end, or today), summed; participants only, null to others or when none was assessed.',
  })
  trlGained(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<number | null> {
    return this.trl.gainedIn(ctx, project);
  }
}
