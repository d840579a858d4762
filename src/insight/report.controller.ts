import { Controller, Get, Header, Query, UseFilters } from '@nestjs/common';
import { Public } from '../common/access/public.decorator.js';
import { HttpAppErrorFilter } from '../common/http-error.filter.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { barChart } from './charts/bar-chart.js';
import { helixTriangle } from './charts/helix-triangle.js';
import { lineChart } from './charts/line-chart.js';
import { palette } from './charts/svg.js';
import { ChartQuery } from './dto/chart.query.js';
import { NetworkRanking } from './network.model.js';
import { NetworkService } from './network.service.js';
import { FunnelService } from './funnel.service.js';
import { SelfAssessmentService } from './self-assessment.js';
import { SynergyService } from './synergy.service.js';

const svg = 'image/svg+xml; charset=utf-8';

/**
 * The main insight figures as SVG pictures for dashboards and reports (`<img src="/charts/…svg?fromYear=2020&lang=vi">`),
 * and the self-assessment as CSV. Public, like the figures they draw; the query string takes the
 * collaboration filter's fields and the language of the labels.
 */
@Controller()
@UseFilters(HttpAppErrorFilter)
export class ReportController {
  constructor(
    private readonly synergies: SynergyService,
    private readonly networks: NetworkService,
    private readonly organizations: OrganizationService,
    private readonly selfAssessments: SelfAssessmentService,
    private readonly funnels: FunnelService,
  ) {}

  @Public()
  @Get('charts/commercialisation-funnel.svg')
  @Header('content-type', svg)
  @Header('cache-control', 'public, max-age=300')
  async commercialisationFunnel(@Ctx() ctx: RequestContext, @Query() query: ChartQuery): Promise<string> {
    const { total } = await this.funnels.funnel(ctx, query.toFilter());
    const { funnel, noData } = query.words;
    const percent = (value: number, of: number) => Math.round((100 * value) / of);
    const ofDisclosures = (value: number) => (total.disclosures > 0 ? `${percent(value, total.disclosures)}%` : undefined);
    const { startupsIncubated: incubated, startupsGraduated: graduated } = total;
    // Incubation counts may be withheld: drawn empty, and said so.
    const stages: { label: string; value: number; note: string | undefined }[] = [
      { label: funnel.disclosures, value: total.disclosures, note: ofDisclosures(total.disclosures) },
      { label: funnel.applications, value: total.newPatentApplications, note: ofDisclosures(total.newPatentApplications) },
      { label: funnel.granted, value: total.patentsGranted, note: ofDisclosures(total.patentsGranted) },
      { label: funnel.licences, value: total.licencesExecuted + total.optionsExecuted, note: ofDisclosures(total.licencesExecuted + total.optionsExecuted) },
      { label: funnel.startups, value: total.startupsFormed, note: ofDisclosures(total.startupsFormed) },
      { label: funnel.incubated, value: incubated ?? 0, note: incubated === null ? funnel.withheld : undefined },
      {
        label: funnel.graduated,
        value: graduated ?? 0,
        note: graduated === null ? funnel.withheld : incubated ? funnel.ofIncubated(percent(graduated, incubated)) : undefined,
      },
    ];
    return barChart({
      title: funnel.title,
      subtitle: `${query.describe(false)} ${funnel.share}`,
      valueLabel: funnel.value,
      categoryLabel: funnel.category,
      emptyText: noData,
      centred: true,
      bars: stages.map(({ label, value, note }) => ({ label, value, color: palette.ACADEMIA, note })),
    });
  }

  @Public()
  @Get('reports/icf-self-assessment.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="icf-self-assessment.csv"')
  @Header('cache-control', 'private, no-store')
  icfSelfAssessment(@Ctx() ctx: RequestContext, @Query() query: ChartQuery): Promise<string> {
    // Signed-in callers also get their organisations' unverified measurements, so nothing is cached.
    return this.selfAssessments.csv(ctx, query.toFilter());
  }

  @Public()
  @Get('charts/helix-triangle.svg')
  @Header('content-type', svg)
  @Header('cache-control', 'public, max-age=300')
  async helixTriangle(@Ctx() ctx: RequestContext, @Query() query: ChartQuery): Promise<string> {
    const synergy = await this.synergies.synergy(ctx, query.toFilter());
    const having = (predicate: (c: (typeof synergy.combinations)[number]) => boolean) =>
      synergy.combinations.filter(predicate).reduce((sum, c) => sum + c.projects, 0);
    return helixTriangle(query.describe(), {
      academia: having((c) => c.academia),
      industry: having((c) => c.industry),
      government: having((c) => c.government),
      academiaIndustry: having((c) => c.academia && c.industry),
      academiaGovernment: having((c) => c.academia && c.government),
      industryGovernment: having((c) => c.industry && c.government),
      all: synergy.tripleHelixProjects,
      projects: synergy.projects,
      synergy: synergy.tripleHelix,
    }, query.words);
  }

  @Public()
  @Get('charts/synergy-trend.svg')
  @Header('content-type', svg)
  @Header('cache-control', 'public, max-age=300')
  async synergyTrend(@Ctx() ctx: RequestContext, @Query() query: ChartQuery): Promise<string> {
    const { byYear } = await this.synergies.synergy(ctx, query.toFilter());
    const { trend, noData } = query.words;
    return lineChart({
      title: trend.title,
      subtitle: `${query.describe()} ${trend.belowZero}`,
      xLabel: trend.x,
      yLabel: trend.y,
      reference: { y: 0, label: trend.reference },
      emptyText: noData,
      series: [
        { label: trend.three, color: palette.neutral, points: byYear.map((year) => ({ x: year.year, y: year.tripleHelix })) },
        { label: trend.academiaIndustry, color: palette.ACADEMIA, points: byYear.map((year) => ({ x: year.year, y: year.academiaIndustry })) },
        { label: trend.industryGovernment, color: palette.INDUSTRY, points: byYear.map((year) => ({ x: year.year, y: year.industryGovernment })) },
      ],
    });
  }

  @Public()
  @Get('charts/bridging-organizations.svg')
  @Header('content-type', svg)
  // Each caller's network is drawn from the records they may read: no shared caches.
  @Header('cache-control', 'private, max-age=300')
  async bridgingOrganizations(@Ctx() ctx: RequestContext, @Query() query: ChartQuery): Promise<string> {
    const { top } = await this.networks.network(ctx, query.toFilter(), NetworkRanking.CROSS_HELIX_BETWEENNESS, query.first ?? 10);
    const names = await Promise.all(top.map((position) => this.organizations.findById(ctx, position.organizationId)));
    const { bridging, helices, noData } = query.words;
    // Organisations by the name of the chart's language: the Vietnamese name, or the English one when there is one.
    const nameOf = (organization: (typeof names)[number]) => (query.lang === 'vi' ? organization?.name : (organization?.nameEn ?? organization?.name));
    return barChart({
      title: bridging.title,
      subtitle: `${query.describe()} ${bridging.ranked}`,
      valueLabel: bridging.value,
      categoryLabel: bridging.category,
      emptyText: noData,
      legend: (['ACADEMIA', 'INDUSTRY', 'GOVERNMENT', 'CIVIL_SOCIETY'] as const).map((helix) => ({ label: helices[helix], color: palette[helix] })),
      bars: top.map((position, i) => ({
        label: nameOf(names[i]) ?? bridging.archived,
        value: Number(position.crossHelixBetweenness.toFixed(4)),
        color: palette[position.helix],
        note: bridging.partners(position.degree),
      })),
    });
  }
}
