import { Injectable } from '@nestjs/common';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { IncubationApplicationStatus } from '../incubation/incubation.enums.js';
import { countedStatuses as countedPlacementStatuses, PlacementKind } from '../placements/placement.enums.js';
import { IcfFactor } from '../projects/project.enums.js';
import type { ReportScope } from './dto/report-scope.js';
import { ReportCache } from './report-cache.js';
import { incubatedStatuses, partyInScope, programmeTechnologiesSql, withinYears } from './selection.js';
import { SmallGroups } from './small-groups.js';

/** A count of records behind an ICF factor beyond its projects. */
export enum IcfMeasure {
  PLACEMENTS = 'PLACEMENTS',
  INTERNSHIPS = 'INTERNSHIPS',
  SECONDMENTS = 'SECONDMENTS',
  INDUSTRIAL_PHDS = 'INDUSTRIAL_PHDS',
  JOINT_APPOINTMENTS = 'JOINT_APPOINTMENTS',
  LAB_TRAININGS = 'LAB_TRAININGS',
  TRAINEES = 'TRAINEES',
  TRAINING_GRADUATES = 'TRAINING_GRADUATES',
  SEATS_FUNDED = 'SEATS_FUNDED',
  GRADUATES_HIRED = 'GRADUATES_HIRED',
  STARTUPS_INCUBATED = 'STARTUPS_INCUBATED',
  STARTUPS_GRADUATED = 'STARTUPS_GRADUATED',
  SPIN_OFFS_FORMED = 'SPIN_OFFS_FORMED',
}

registerEnumType(IcfMeasure, {
  name: 'IcfMeasure',
  description: 'A count of records behind an ICF factor beyond its projects: placements and training for the knowledge workforce, incubated startups and spin-offs for innovation.',
  valuesMap: {
    PLACEMENTS: { description: 'Placements of every kind agreed by both sides (AGREED, RUNNING or COMPLETED), by the year they start, with the home or the host among the organisations.' },
    INTERNSHIPS: { description: 'Of the placements, internships.' },
    SECONDMENTS: { description: 'Of the placements, secondments.' },
    INDUSTRIAL_PHDS: { description: 'Of the placements, industrial PhDs.' },
    JOINT_APPOINTMENTS: { description: 'Of the placements, joint appointments.' },
    LAB_TRAININGS: { description: 'Of the placements, lab trainings.' },
    TRAINEES: { description: 'Trainees admitted to training programmes, by intake year, of programmes the organisations run.' },
    TRAINING_GRADUATES: { description: 'Trainees of those intakes who graduated.' },
    SEATS_FUNDED: { description: 'Training seats the organisations fund as active partners of training programmes, by intake year.' },
    GRADUATES_HIRED: { description: 'Graduates of those intakes the organisations hired as partners.' },
    STARTUPS_INCUBATED: { description: 'Startups admitted to incubation programmes (admitted, whatever came after), by the day of admission, with the runner or the startup among the organisations.' },
    STARTUPS_GRADUATED: { description: 'Startups that graduated from incubation programmes, by the day they graduated.' },
    SPIN_OFFS_FORMED: { description: 'Spin-offs founded, by their founding day, with the organisations as parent institutions (as the funnel’s `startupsFormed`).' },
  },
});

@ObjectType({
  description:
    'How many records of one measure count for an ICF factor over the selection. Placements and incubations are counts about people and startups: a count is withheld (null, `suppressed`) unless you may read every record behind it, or at least 3 verified organisations other than your own take part in it (homes and hosts of placements, startups of incubations) and none takes part in 80% or more of it, as in `talentFlows`. Training figures and spin-offs are public records: always shown.',
})
export class IcfMeasureCount {
  @Field(() => IcfMeasure, { description: 'What is counted.' })
  measure: IcfMeasure;

  @Field(() => Int, { nullable: true, description: 'The count (people or seats for the training measures, records for the others); null when withheld.' })
  count: number | null;

  @Field({ description: 'True when the count is withheld by the disclosure-control rule.' })
  suppressed: boolean;
}

const placementMeasures: Record<PlacementKind, IcfMeasure> = {
  [PlacementKind.INTERNSHIP]: IcfMeasure.INTERNSHIPS,
  [PlacementKind.SECONDMENT]: IcfMeasure.SECONDMENTS,
  [PlacementKind.INDUSTRIAL_PHD]: IcfMeasure.INDUSTRIAL_PHDS,
  [PlacementKind.JOINT_APPOINTMENT]: IcfMeasure.JOINT_APPOINTMENTS,
  [PlacementKind.LAB_TRAINING]: IcfMeasure.LAB_TRAININGS,
};

/** The measures of each factor, in the order they are listed; factors not named have none. */
export const factorMeasures: Partial<Record<IcfFactor, IcfMeasure[]>> = {
  [IcfFactor.KNOWLEDGE_WORKFORCE]: [
    IcfMeasure.PLACEMENTS, ...Object.values(placementMeasures), IcfMeasure.TRAINEES, IcfMeasure.TRAINING_GRADUATES, IcfMeasure.SEATS_FUNDED, IcfMeasure.GRADUATES_HIRED,
  ],
  [IcfFactor.INNOVATION]: [IcfMeasure.STARTUPS_INCUBATED, IcfMeasure.STARTUPS_GRADUATED, IcfMeasure.SPIN_OFFS_FORMED],
};

/**
 * The ICF measures over a report scope: organisations (a placement when its home or host is one of
 * them, a training row by its organisation, an incubation by its runner or startup, a spin-off by its
 * parent), years (each record by its own date). Placements, training and incubations belong to no
 * research programme: with `programmeId` only spin-offs count (those founded on an agreement covering
 * the programme's technologies). Three statements: the confidential counts, which of them the caller
 * sees (SmallGroups), and the public ones.
 */
@Injectable()
export class IcfMeasureService {
  constructor(
    private readonly reports: ReportCache,
    private readonly smallGroups: SmallGroups,
  ) {}

  async measures(ctx: RequestContext, scope: Partial<ReportScope> | undefined): Promise<Map<IcfFactor, IcfMeasureCount[]>> {
    const outsideProgramme = scope?.programmeId ? 'FALSE' : 'TRUE';
    // Placements and incubations: one row per record and organisation it is about (SmallGroups' records).
    const confidential = new SqlParams();
    const kindMeasure = `CASE f.kind ${Object.entries(placementMeasures).map(([kind, measure]) => `WHEN '${kind}' THEN '${measure}'`).join(' ')} END`;
    const records = `
      SELECT m.measure AS grp, f.id::text AS record, 1 AS value, side.contributor, ARRAY[f.home_organization_id, f.host_organization_id]::uuid[] AS readers
        FROM placement_fact f
        CROSS JOIN LATERAL (VALUES ('${IcfMeasure.PLACEMENTS}'), (${kindMeasure})) AS m(measure)
        CROSS JOIN LATERAL (VALUES (f.home_organization_id), (f.host_organization_id)) AS side(contributor)
       WHERE ${outsideProgramme} AND f.status = ANY(${confidential.add(countedPlacementStatuses)}::text[]) AND ${withinYears(scope, 'f.starts_on', confidential)}
         AND ${partyInScope(scope, ['f.home_organization_id', 'f.host_organization_id'], confidential)}
      UNION ALL
      SELECT '${IcfMeasure.STARTUPS_INCUBATED}', f.id::text, 1, f.startup_organization_id, ARRAY[f.runner_organization_id, f.startup_organization_id]::uuid[]
        FROM incubation_fact f
       WHERE ${outsideProgramme} AND f.status = ANY(${confidential.add(incubatedStatuses)}::text[]) AND ${withinYears(scope, 'f.decided_at', confidential)}
         AND ${partyInScope(scope, ['f.runner_organization_id', 'f.startup_organization_id'], confidential)}
      UNION ALL
      SELECT '${IcfMeasure.STARTUPS_GRADUATED}', f.id::text, 1, f.startup_organization_id, ARRAY[f.runner_organization_id, f.startup_organization_id]::uuid[]
        FROM incubation_fact f
       WHERE ${outsideProgramme} AND f.status = '${IncubationApplicationStatus.GRADUATED}' AND ${withinYears(scope, 'f.ended_on', confidential)}
         AND ${partyInScope(scope, ['f.runner_organization_id', 'f.startup_organization_id'], confidential)}`;
    // Training figures and spin-offs: public records, summed.
    const open = new SqlParams();
    const programme = scope?.programmeId ? `${open.add(scope.programmeId)}::uuid` : undefined;
    const publicCounts = `
      SELECT x.measure, x.count::int AS count
        FROM (SELECT coalesce(sum(t.trainees), 0) AS trainees, coalesce(sum(t.graduates), 0) AS graduates,
                     coalesce(sum(t.seats_funded), 0) AS seats, coalesce(sum(t.graduates_hired), 0) AS hired
                FROM training_fact t
               WHERE ${outsideProgramme} AND ${withinYears(scope, 'make_date(t.year, 1, 1)', open)} AND ${partyInScope(scope, ['t.organization_id'], open)}) s
        CROSS JOIN LATERAL (VALUES ('${IcfMeasure.TRAINEES}', s.trainees), ('${IcfMeasure.TRAINING_GRADUATES}', s.graduates),
                                   ('${IcfMeasure.SEATS_FUNDED}', s.seats), ('${IcfMeasure.GRADUATES_HIRED}', s.hired)) AS x(measure, count)
      UNION ALL
      SELECT '${IcfMeasure.SPIN_OFFS_FORMED}', count(*)::int FROM spin_off_fact s
       WHERE ${withinYears(scope, 's.founded_on', open)} AND ${partyInScope(scope, ['s.parent_organization_id'], open)}
         ${programme ? `AND EXISTS (SELECT 1 FROM agreement_technology_fact at WHERE at.agreement_id = s.agreement_id AND at.technology_id IN (${programmeTechnologiesSql(programme)}))` : ''}`;

    const [counted, shown, open_] = await Promise.all([
      this.reports.query<{ measure: IcfMeasure; count: number }>(`SELECT grp AS measure, count(DISTINCT record)::int AS count FROM (${records}) r GROUP BY grp`, confidential.values),
      this.smallGroups.shown(ctx, records, confidential.values),
      this.reports.query<{ measure: IcfMeasure; count: number }>(publicCounts, open.values),
    ]);
    const counts = new Map([...counted, ...open_].map((row) => [row.measure, row.count]));
    const isPublic = new Set(open_.map((row) => row.measure));
    const result = new Map<IcfFactor, IcfMeasureCount[]>();
    for (const [factor, measures] of Object.entries(factorMeasures) as [IcfFactor, IcfMeasure[]][]) {
      result.set(
        factor,
        measures.map((measure) => {
          const count = counts.get(measure) ?? 0;
          // A count with no record behind it tells nothing about anyone.
          const visible = count === 0 || isPublic.has(measure) || shown(measure);
          return Object.assign(new IcfMeasureCount(), { measure, count: SmallGroups.figure(count, visible), suppressed: !visible });
        }),
      );
    }
    return result;
  }
}
