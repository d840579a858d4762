import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { IcfFactor } from '../projects/project.enums.js';
import { IcfFactorFigures } from './collaboration.model.js';
import { CollaborationService } from './collaboration.service.js';
import type { CollaborationFilter } from './dto/collaboration.filter.js';
import { IndicatorMeasurementModel } from './indicator.model.js';
import { IndicatorService } from './indicator.service.js';
import { csvField } from '../common/csv.js';
import { IcfMeasure } from './icf-measures.js';

/** The CSV's words for each measure: what is counted, and in what. */
const measureItems: Record<IcfMeasure, string> = {
  PLACEMENTS: 'placements',
  INTERNSHIPS: 'internships',
  SECONDMENTS: 'secondments',
  INDUSTRIAL_PHDS: 'industrial PhDs',
  JOINT_APPOINTMENTS: 'joint appointments',
  LAB_TRAININGS: 'lab trainings',
  TRAINEES: 'trainees',
  TRAINING_GRADUATES: 'training graduates',
  SEATS_FUNDED: 'training seats funded by partners',
  GRADUATES_HIRED: 'training graduates hired by partners',
  STARTUPS_INCUBATED: 'startups incubated',
  STARTUPS_GRADUATED: 'startups graduated from incubation',
  SPIN_OFFS_FORMED: 'spin-offs formed',
};
const measureUnits: Record<IcfMeasure, string> = {
  PLACEMENTS: 'placements',
  INTERNSHIPS: 'placements',
  SECONDMENTS: 'placements',
  INDUSTRIAL_PHDS: 'placements',
  JOINT_APPOINTMENTS: 'placements',
  LAB_TRAININGS: 'placements',
  TRAINEES: 'people',
  TRAINING_GRADUATES: 'people',
  SEATS_FUNDED: 'seats',
  GRADUATES_HIRED: 'people',
  STARTUPS_INCUBATED: 'startups',
  STARTUPS_GRADUATED: 'startups',
  SPIN_OFFS_FORMED: 'startups',
};

@ObjectType({ description: 'One ICF factor in the self-assessment: the projects tagged with it, the counts of the other records behind it (placements, training, incubations, spin-offs) and the indicators reported for it.' })
export class IcfFactorAssessment {
  @Field(() => IcfFactor, { description: 'The factor.' })
  factor: IcfFactor;

  @Field(() => IcfFactorFigures, { description: 'Projects, participants and budgets tagged with the factor, and the counts of its other records (`measures`).' })
  projects: IcfFactorFigures;

  @Field(() => [IndicatorMeasurementModel], { description: 'Indicator measurements of the factor whose period ends in the years selected: verified ones, and your organisations’ own.' })
  measurements: IndicatorMeasurementModel[];
}

@ObjectType({ description: 'The ICF six-factor self-assessment for a selection of years (and optionally a province or organisation).' })
export class IcfSelfAssessment {
  @Field(() => Int, { nullable: true, description: 'First year covered (null: from the start).' })
  fromYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year covered (null: up to now).' })
  toYear: number | null;

  @Field(() => [IcfFactorAssessment], { description: 'The six factors, in the ICF’s order.' })
  factors: IcfFactorAssessment[];
}

/** The self-assessment, as data and as CSV for spreadsheets. */
@Injectable()
export class SelfAssessmentService {
  constructor(
    private readonly collaborations: CollaborationService,
    private readonly indicators: IndicatorService,
    private readonly organizations: OrganizationService,
  ) {}

  async assessment(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<IcfSelfAssessment> {
    const [figures, measurements] = await Promise.all([
      this.collaborations.icfFactors(ctx, filter),
      this.indicators.all(ctx, { fromYear: filter?.fromYear, toYear: filter?.toYear }, filter),
    ]);
    return Object.assign(new IcfSelfAssessment(), {
      fromYear: filter?.fromYear ?? null,
      toYear: filter?.toYear ?? null,
      factors: Object.values(IcfFactor).map((factor) =>
        Object.assign(new IcfFactorAssessment(), {
          factor,
          projects: figures.find((row) => row.factor === factor)!,
          measurements: measurements.filter((row) => row.factor === factor),
        }),
      ),
    });
  }

  /** One row per figure: the project figures of each factor, the counts of its other records, then its indicator measurements. */
  async csv(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<string> {
    const { factors } = await this.assessment(ctx, filter);
    const header = ['factor', 'section', 'item', 'value', 'unit', 'period_start', 'period_end', 'organization', 'status', 'evidence'];
    const period = [filter?.fromYear ? `${filter.fromYear}-01-01` : '', filter?.toYear ? `${filter.toYear}-12-31` : ''];
    const rows: string[][] = [];
    for (const { factor, projects, measurements } of factors) {
      const figure = (item: string, value: string | number, unit: string, status = 'COMPUTED') => rows.push([factor, 'projects', item, String(value), unit, ...period, '', status, '']);
      figure('projects', projects.projects, 'projects');
      figure('triple-helix projects', projects.tripleHelixProjects, 'projects');
      figure('participations', projects.participants, 'participations');
      figure('organisations', projects.organizations, 'organisations');
      for (const budget of projects.budgets) figure(`budget (${budget.projects} projects)`, budget.amount ?? '', budget.currency, budget.suppressed ? 'WITHHELD' : 'COMPUTED');
      for (const { measure, count, suppressed } of projects.measures) {
        rows.push([factor, 'records', measureItems[measure], count === null ? '' : String(count), measureUnits[measure], ...period, '', suppressed ? 'WITHHELD' : 'COMPUTED', '']);
      }
      for (const m of measurements) {
        const organization = await this.organizations.findById(ctx, m.organizationId);
        rows.push([factor, 'indicator', m.indicator, m.value, m.unit, m.periodStart, m.periodEnd, organization?.name ?? '', m.status, m.evidenceUrl ?? '']);
      }
    }
    return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }
}
