import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import type { Helix } from '../organizations/organization.enums.js';
import { IcfFactor } from '../projects/project.enums.js';
import type { CollaborationFilter } from './dto/collaboration.filter.js';
import { BudgetTotal, ContributionKind, HelixContributionTotal, IcfFactorFigures } from './collaboration.model.js';
import { SmallGroups } from './small-groups.js';
import { selectedProjects } from './selection.js';

/** A project "of all three": active participants of academia, industry and government (primary helices). */
const tripleHelixCondition = `(SELECT count(DISTINCT o.helix) FROM project_participant tp JOIN organization o ON o.id = tp.organization_id
   WHERE tp.project_id = p.id AND tp.status = 'ACTIVE' AND o.helix IN ('ACADEMIA', 'INDUSTRY', 'GOVERNMENT')) = 3`;

/** Collaboration figures with money in them: contributions by helix and the ICF factors. Sums are exact (numeric). */
@Injectable()
export class CollaborationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly disclosure: SmallGroups,
  ) {}

  async contributionsByHelix(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<HelixContributionTotal[]> {
    const { where, params } = selectedProjects(filter);
    const rows: { helix: Helix; kind: ContributionKind; currency: string; amount: string; organizations: number; projects: number }[] = await this.dataSource.query(
      `SELECT o.helix, c.kind, c.currency, sum(c.amount)::text AS amount,
              count(DISTINCT pp.organization_id)::int AS organizations, count(DISTINCT pp.project_id)::int AS projects
         FROM project p
         JOIN project_participant pp ON pp.project_id = p.id AND pp.status = 'ACTIVE'
         JOIN organization o ON o.id = pp.organization_id
         CROSS JOIN LATERAL (VALUES ('${ContributionKind.CASH}', pp.cash_currency, pp.cash_amount),
                                    ('${ContributionKind.IN_KIND}', pp.in_kind_value_currency, pp.in_kind_value_amount)) AS c(kind, currency, amount)
        WHERE ${where} AND c.amount IS NOT NULL
        GROUP BY o.helix, c.kind, c.currency
        ORDER BY o.helix, c.kind, c.currency`,
      params,
    );
    const seesAll = await this.disclosure.seesAll(ctx, filter);
    return rows.map((row) => {
      const amount = SmallGroups.shown(row.amount, row.organizations, seesAll);
      return Object.assign(new HelixContributionTotal(), { ...row, currency: row.currency.trim(), amount, suppressed: amount === null });
    });
  }

  /** Every factor, also those without projects, in the ICF's order. */
  async icfFactors(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<IcfFactorFigures[]> {
    const { where, params } = selectedProjects(filter);
    const counts: { factor: IcfFactor; projects: number; triple: number; participants: number; organizations: number }[] = await this.dataSource.query(
      `WITH tagged AS (
         SELECT p.id, f.factor, ${tripleHelixCondition} AS triple
           FROM project p CROSS JOIN LATERAL unnest(p.icf_factors) AS f(factor)
          WHERE ${where}
       )
       SELECT t.factor, count(DISTINCT t.id)::int AS projects, count(DISTINCT t.id) FILTER (WHERE t.triple)::int AS triple,
              count(pp.id)::int AS participants, count(DISTINCT pp.organization_id)::int AS organizations
         FROM tagged t LEFT JOIN project_participant pp ON pp.project_id = t.id AND pp.status = 'ACTIVE'
        GROUP BY t.factor`,
      params,
    );
    const budgets: { factor: IcfFactor; currency: string; amount: string; projects: number }[] = await this.dataSource.query(
      `SELECT f.factor, p.budget_currency AS currency, sum(p.budget_amount)::text AS amount, count(*)::int AS projects
         FROM project p CROSS JOIN LATERAL unnest(p.icf_factors) AS f(factor)
        WHERE ${where} AND p.budget_amount IS NOT NULL
        GROUP BY f.factor, p.budget_currency ORDER BY f.factor, p.budget_currency`,
      params,
    );
    const seesAll = await this.disclosure.seesAll(ctx, filter);
    return Object.values(IcfFactor).map((factor) => {
      const count = counts.find((row) => row.factor === factor);
      return Object.assign(new IcfFactorFigures(), {
        factor,
        projects: count?.projects ?? 0,
        tripleHelixProjects: count?.triple ?? 0,
        participants: count?.participants ?? 0,
        organizations: count?.organizations ?? 0,
        budgets: budgets
          .filter((row) => row.factor === factor)
          .map((row) => {
            const amount = SmallGroups.shown(row.amount, row.projects, seesAll);
            return Object.assign(new BudgetTotal(), { currency: row.currency.trim(), amount, suppressed: amount === null, projects: row.projects });
          }),
      });
    });
  }
}
