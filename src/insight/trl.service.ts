import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { RequestContext } from '../common/request-context.js';
import type { CollaborationFilter } from './dto/collaboration.filter.js';
import { SmallGroups, technologyReaders } from './small-groups.js';
import { selectedProjects } from './selection.js';
import { TrlCount, TrlProgression } from './trl.model.js';
import { ReportCache } from './report-cache.js';

/**
 * The TRL gained during each project selected by `projects` (conditions on `project_helix_fact p`): for each
 * technology that came out of it, the latest level assessed by the project's end (or today) minus
 * the level at its start (the latest assessment before it, or else the first), summed per project.
 */
function projectGains(projects: string): string {
  return `
    SELECT pr.project_id, sum(pr.gain)::int AS gain
      FROM (SELECT p.id AS project_id,
                   (SELECT a.level FROM trl_assessment_fact a WHERE a.technology_id = tp.technology_id AND a.assessed_on <= coalesce(p.end_date, CURRENT_DATE)
                     ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1)
                   - coalesce(
                       (SELECT a.level FROM trl_assessment_fact a WHERE a.technology_id = tp.technology_id AND a.assessed_on <= p.start_date
                         ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1),
                       (SELECT a.level FROM trl_assessment_fact a WHERE a.technology_id = tp.technology_id ORDER BY a.assessed_on, a.created_at LIMIT 1)) AS gain
              FROM project_helix_fact p JOIN technology_origin_fact tp ON tp.project_id = p.id
             WHERE ${projects}) pr
     WHERE pr.gain IS NOT NULL
     GROUP BY pr.project_id`;
}

/** TRL progression of the technologies that came out of projects; every figure computed in SQL. */
@Injectable()
export class TrlService {
  constructor(
    private readonly reports: ReportCache,
    private readonly smallGroups: SmallGroups,
    private readonly access: AccessService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The TRL a project's technologies gained during it; its participants only (TRL levels are confidential), batched per request. */
  async gainedIn(ctx: RequestContext, project: { id: string }): Promise<number | null> {
    if (!(await this.access.can(ctx, 'project.readConfidential', project.id))) return null;
    const loader = ctx.loader('insight.trlGained', () => new DataLoader<string, number | null>(async (ids) => {
      const rows: { project_id: string; gain: number }[] = await this.dataSource.query(projectGains('p.id = ANY($1)'), [[...ids]]);
      return ids.map((id) => rows.find((row) => row.project_id === id)?.gain ?? null);
    }));
    return loader.load(project.id);
  }

  async progression(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<TrlProgression> {
    const { where, params } = selectedProjects(filter);
    const [summary]: {
      technologies: number; first: number | null; current: number | null; gain: number | null;
      levels: { value: number; technologies: number }[] | null; gains: { value: number; technologies: number }[] | null;
    }[] = await this.reports.query(
      `WITH origin AS (
         SELECT DISTINCT tp.technology_id FROM project_helix_fact p JOIN technology_origin_fact tp ON tp.project_id = p.id WHERE ${where}
       ),
       progress AS (
         SELECT o.technology_id,
                (SELECT a.level FROM trl_assessment_fact a WHERE a.technology_id = o.technology_id ORDER BY a.assessed_on, a.created_at LIMIT 1) AS first,
                t.current_trl AS current
           FROM origin o JOIN technology_fact t ON t.id = o.technology_id
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
      `WITH gains AS (${projectGains(where)})
       SELECT count(*)::int AS projects, avg(gain)::float8 AS gain FROM gains`,
      params,
    );
    // Every level is about the technology's owners; each assessed technology counts once.
    const shown = (
      await this.smallGroups.shown(
        ctx,
        `SELECT 'trl' AS grp, t.id::text AS record, 1 AS value, o.organization_id AS contributor, ${technologyReaders('t.id')} AS readers
           FROM technology_fact t
           LEFT JOIN technology_owner_today o ON o.technology_id = t.id
          WHERE t.id IN (SELECT tp.technology_id FROM project_helix_fact p JOIN technology_origin_fact tp ON tp.project_id = p.id WHERE ${where})
            AND (t.current_trl IS NOT NULL OR EXISTS (SELECT 1 FROM trl_assessment_fact a WHERE a.technology_id = t.id))`,
        params,
      )
    )('trl');
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
