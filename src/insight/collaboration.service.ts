import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import type { Helix } from '../organizations/organization.enums.js';
import { IcfFactor } from '../projects/project.enums.js';
import { tripleHelixOf } from '../projects/project.read.js';
import type { CollaborationFilter } from './dto/collaboration.filter.js';
import { BudgetTotal, ContributionKind, HelixContributionTotal, IcfFactorFigures } from './collaboration.model.js';
import { SmallGroups, projectCoordinator, projectReaders } from './small-groups.js';
import { helixBasisOf, selectedProjects } from './selection.js';
import { ReportCache } from './report-cache.js';
import { displayAmount } from '../common/currency.js';
import { IcfMeasureService } from './icf-measures.js';

/** Collaboration figures with money in them: contributions by helix and the ICF factors. Sums are exact (numeric). */
@Injectable()
export class CollaborationService {
  constructor(
    private readonly reports: ReportCache,
    private readonly disclosure: SmallGroups,
    private readonly icfMeasures: IcfMeasureService,
  ) {}

  async contributionsByHelix(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<HelixContributionTotal[]> {
    const { where, params } = selectedProjects(filter);
    // A hybrid's contribution counts in each of its helices when the filter counts secondary ones.
    const helices = helixBasisOf(filter).organizationHelices('o');
    // The figures and which of them the caller may see are independent statements: they run side by side.
    const [rows, shown] = await Promise.all([
      this.reports.query<{ helix: Helix; kind: ContributionKind; currency: string; amount: string; organizations: number; projects: number }>(
        `SELECT h.helix, c.kind, c.currency, sum(c.amount)::text AS amount,
                count(DISTINCT pp.organization_id)::int AS organizations, count(DISTINCT pp.project_id)::int AS projects
           FROM project_helix_fact p
           JOIN project_participation_fact pp ON pp.project_id = p.id AND pp.status = 'ACTIVE'
           JOIN organization_fact o ON o.id = pp.organization_id
           CROSS JOIN LATERAL (VALUES ('${ContributionKind.CASH}', pp.cash_currency, pp.cash_amount),
                                      ('${ContributionKind.IN_KIND}', pp.in_kind_value_currency, pp.in_kind_value_amount)) AS c(kind, currency, amount)
           CROSS JOIN LATERAL unnest(${helices}) AS h(helix)
          WHERE ${where} AND c.amount IS NOT NULL
          GROUP BY h.helix, c.kind, c.currency
          ORDER BY h.helix, c.kind, c.currency`,
        params,
      ),
      // Each contribution is its participant's: the participant is the contributor.
      this.disclosure.shown(
        ctx,
        `SELECT h.helix || '|' || c.kind || '|' || c.currency AS grp, pp.id::text AS record, c.amount AS value, pp.organization_id AS contributor,
                ${projectReaders('p')} AS readers
           FROM project_helix_fact p
           JOIN project_participation_fact pp ON pp.project_id = p.id AND pp.status = 'ACTIVE'
           JOIN organization_fact o ON o.id = pp.organization_id
           CROSS JOIN LATERAL (VALUES ('${ContributionKind.CASH}', pp.cash_currency, pp.cash_amount),
                                      ('${ContributionKind.IN_KIND}', pp.in_kind_value_currency, pp.in_kind_value_amount)) AS c(kind, currency, amount)
           CROSS JOIN LATERAL unnest(${helices}) AS h(helix)
          WHERE ${where} AND c.amount IS NOT NULL`,
        params,
      ),
    ]);
    return rows.map((row) => {
      const amount = SmallGroups.figure(displayAmount(row.amount, row.currency), shown(`${row.helix}|${row.kind}|${row.currency.trim()}`));
      return Object.assign(new HelixContributionTotal(), { ...row, currency: row.currency.trim(), amount, suppressed: amount === null });
    });
  }

  /** Every factor, also those without projects, in the ICF's order, with the measures of the records behind it (IcfMeasureService). */
  async icfFactors(ctx: RequestContext, filter: CollaborationFilter | undefined): Promise<IcfFactorFigures[]> {
    const { where, params } = selectedProjects(filter);
    const [counts, budgets, shown, measures] = await Promise.all([
      this.reports.query<{ factor: IcfFactor; projects: number; triple: number; participants: number; organizations: number }>(
        // Each project's participants and helices are kept on its row (see the ProjectFacts migration), then counted per factor.
        `WITH tagged AS (
           SELECT f.factor, cardinality(p.participant_ids) AS participants, ${tripleHelixOf('p', helixBasisOf(filter).projectHelices)} AS triple, p.participant_ids
             FROM project_helix_fact p CROSS JOIN LATERAL unnest(p.icf_factors) AS f(factor)
            WHERE ${where}
         ), organizations AS (
           SELECT t.factor, count(DISTINCT o.id)::int AS organizations FROM tagged t CROSS JOIN LATERAL unnest(t.participant_ids) AS o(id) GROUP BY t.factor
         )
         SELECT t.factor, count(*)::int AS projects, count(*) FILTER (WHERE t.triple)::int AS triple, sum(t.participants)::int AS participants,
                coalesce(min(o.organizations), 0) AS organizations
           FROM tagged t LEFT JOIN organizations o ON o.factor = t.factor
          GROUP BY t.factor`,
        params,
      ),
      this.reports.query<{ factor: IcfFactor; currency: string; amount: string; projects: number }>(
        `SELECT f.factor, p.budget_currency AS currency, sum(p.budget_amount)::text AS amount, count(*)::int AS projects
           FROM project_helix_fact p CROSS JOIN LATERAL unnest(p.icf_factors) AS f(factor)
          WHERE ${where} AND p.budget_amount IS NOT NULL
          GROUP BY f.factor, p.budget_currency ORDER BY f.factor, p.budget_currency`,
        params,
      ),
      // A budget is its coordinator's.
      this.disclosure.shown(
        ctx,
        `SELECT f.factor || '|' || p.budget_currency AS grp, p.id::text AS record, p.budget_amount AS value,
                ${projectCoordinator('p')} AS contributor, ${projectReaders('p')} AS readers
           FROM project_helix_fact p CROSS JOIN LATERAL unnest(p.icf_factors) AS f(factor)
          WHERE ${where} AND p.budget_amount IS NOT NULL`,
        params,
      ),
      this.icfMeasures.measures(ctx, filter),
    ]);
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
            const amount = SmallGroups.figure(displayAmount(row.amount, row.currency), shown(`${factor}|${row.currency.trim()}`));
            return Object.assign(new BudgetTotal(), { currency: row.currency.trim(), amount, suppressed: amount === null, projects: row.projects });
          }),
        measures: measures.get(factor) ?? [],
      });
    });
  }
}
