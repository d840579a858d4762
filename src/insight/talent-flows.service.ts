import { Injectable } from '@nestjs/common';
import { badUserInput } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import type { Helix } from '../organizations/organization.enums.js';
import { countedStatuses, type PlacementKind } from '../placements/placement.enums.js';
import { ReportCache } from './report-cache.js';
import { SmallGroups } from './small-groups.js';
import { TalentFlowCell, TalentFlows, type TalentFlowsFilter } from './talent-flows.model.js';

/**
 * Placements counted by year, kind and home helix -> host helix, from `placement_fact` (which has
 * no person, and leaves out withdrawn placements) and `organization_fact`. Each count is a figure of
 * the disclosure-control rule (SmallGroups): its contributors are the homes and hosts of the
 * placements behind it, and those who read every one of them (their members) see it whatever it is.
 */
@Injectable()
export class TalentFlowsService {
  constructor(
    private readonly reports: ReportCache,
    private readonly smallGroups: SmallGroups,
  ) {}

  async flows(ctx: RequestContext, filter: TalentFlowsFilter | undefined): Promise<TalentFlows> {
    if (filter?.fromYear != null && filter.toYear != null && filter.toYear < filter.fromYear) throw badUserInput('toYear must not be before fromYear', 'filter.toYear');
    const params = [filter?.fromYear ?? null, filter?.toYear ?? null, filter?.kinds?.length ? filter.kinds : null, filter?.organizationId ?? null, countedStatuses];
    const flows = `WITH flow AS (
      SELECT f.id, f.kind, extract(year FROM f.starts_on)::int AS year, home.helix AS home_helix, host.helix AS host_helix,
             f.home_organization_id, f.host_organization_id
        FROM placement_fact f
        JOIN organization_fact home ON home.id = f.home_organization_id
        JOIN organization_fact host ON host.id = f.host_organization_id
       WHERE f.status = ANY($5::text[])
         AND ($1::int IS NULL OR f.starts_on >= make_date($1::int, 1, 1))
         AND ($2::int IS NULL OR f.starts_on < make_date($2::int + 1, 1, 1))
         AND ($3::text[] IS NULL OR f.kind = ANY($3::text[]))
         AND ($4::uuid IS NULL OR $4::uuid IN (f.home_organization_id, f.host_organization_id)))`;
    const group = `year || '|' || kind || '|' || home_helix || '|' || host_helix`;
    const [rows, shown] = await Promise.all([
      this.reports.query<{ year: number; kind: PlacementKind; home_helix: Helix; host_helix: Helix; placements: number }>(
        `${flows}
         SELECT year, kind, home_helix, host_helix, count(*)::int AS placements FROM flow
          GROUP BY year, kind, home_helix, host_helix ORDER BY year, kind, home_helix, host_helix`,
        params,
      ),
      this.smallGroups.shown(
        ctx,
        `${flows}
         SELECT ${group} AS grp, id::text AS record, 1 AS value, side.contributor, ARRAY[home_organization_id, host_organization_id]::uuid[] AS readers
           FROM flow CROSS JOIN LATERAL (VALUES (home_organization_id), (host_organization_id)) AS side(contributor)`,
        params,
      ),
    ]);
    return Object.assign(new TalentFlows(), {
      cells: rows.map((row) => {
        const visible = shown(`${row.year}|${row.kind}|${row.home_helix}|${row.host_helix}`);
        return Object.assign(new TalentFlowCell(), {
          year: row.year,
          kind: row.kind,
          homeHelix: row.home_helix,
          hostHelix: row.host_helix,
          placements: SmallGroups.figure(row.placements, visible),
          suppressed: !visible,
        });
      }),
    });
  }
}
