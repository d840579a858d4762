import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import type { CollaborationFilter } from './dto/collaboration.filter.js';
import { SmallGroups } from './small-groups.js';
import { selectedProjects } from './selection.js';
import { TrlCount, TrlProgression } from './trl.model.js';
import { ReportCache } from './report-cache.js';

/** TRL progression of the technologies that came out of projects; every figure computed in SQL. */
@Injectable()
export class TrlService {
  constructor(
    private readonly reports: ReportCache,
    private readonly smallGroups: SmallGroups,
  ) {}

  async progression(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<TrlProgression> {
    const { where, params } = selectedProjects(filter);
    const [summary]: {
      technologies: number; first: number | null; current: number | null; gain: number | null;
      levels: { value: number; technologies: number }[] | null; gains: { value: number; technologies: number }[] | null;
    }[] = await this.reports.query(
      `WITH origin AS (
         SELECT DISTINCT tp.technology_id FROM project p JOIN technology_project tp ON tp.project_id = p.id WHERE ${where}
       ),
       progress AS (
         SELECT o.technology_id,
                (SELECT a.level FROM trl_assessment a WHERE a.technology_id = o.technology_id ORDER BY a.assessed_on, a.created_at LIMIT 1) AS first,
                t.current_trl AS current
           FROM origin o JOIN technology t ON t.id = o.technology_id
          WHERE t.current_trl IS NOT NULL
       )
       SELECT count(*)::int AS technologies, avg(first)::float8 AS first, avg(current)::float8 AS current, avg(current - first)::float8 AS gain,
              (SELECT json_agg(json_build_object('value', current, 'technologies', n) ORDER BY current)
                 FROM (SELECT current, count(*)::int AS n FROM progress GROUP BY current) l) AS levels,
              (SELECT json_agg(json_build_object('value', gain, 'technologies', n) ORDER BY gain)
                 FROM (SELECT current - first AS gain, count(*)::int AS n FROM progress GROUP BY 1) g) AS gains
         FROM progress`,
      params,
    );
    const [perProject]: { projects: number; gain: number | null }[] = await this.reports.query(
      `WITH pairs AS (
         SELECT p.id AS project_id, tp.technology_id, p.start_date, coalesce(p.end_date, CURRENT_DATE) AS finish
           FROM project p JOIN technology_project tp ON tp.project_id = p.id WHERE ${where}
       ),
       levels AS (
         SELECT pr.project_id,
                (SELECT a.level FROM trl_assessment a WHERE a.technology_id = pr.technology_id AND a.assessed_on <= pr.finish
                  ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1)
                - coalesce(
                    (SELECT a.level FROM trl_assessment a WHERE a.technology_id = pr.technology_id AND a.assessed_on <= pr.start_date
                      ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1),
                    (SELECT a.level FROM trl_assessment a WHERE a.technology_id = pr.technology_id ORDER BY a.assessed_on, a.created_at LIMIT 1)) AS gain
           FROM pairs pr
       ),
       projects AS (SELECT project_id, sum(gain) AS gain FROM levels WHERE gain IS NOT NULL GROUP BY project_id)
       SELECT count(*)::int AS projects, avg(gain)::float8 AS gain FROM projects`,
      params,
    );
    const shown = (await this.smallGroups.seesAll(ctx, filter)) || summary.technologies >= 3;
    return Object.assign(new TrlProgression(), {
      technologies: summary.technologies,
      averageFirstLevel: shown ? summary.first : null,
      averageCurrentLevel: shown ? summary.current : null,
      averageGain: shown ? summary.gain : null,
      currentLevels: shown ? (summary.levels ?? []).map((row) => Object.assign(new TrlCount(), row)) : [],
      gains: shown ? (summary.gains ?? []).map((row) => Object.assign(new TrlCount(), row)) : [],
      projects: perProject.projects,
      averageGainPerProject: shown ? perProject.gain : null,
    });
  }
}
