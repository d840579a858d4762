import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import { BudgetTotal } from './collaboration.model.js';
import { CommercialisationFunnel, FunnelFigures, FunnelYear, IncomeTotal, StageConversion, type FunnelFilter } from './funnel.model.js';
import { SmallGroups, agreementReaders, projectCoordinator, projectReaders } from './small-groups.js';
import { ReportCache } from './report-cache.js';
import { displayAmount } from '../common/currency.js';
import { incubatedStatuses, programmeTechnologiesSql, scopedOrganizationsSql } from './selection.js';
import { IncubationApplicationStatus } from '../incubation/incubation.enums.js';

type Counts = Omit<FunnelFigures, 'licenceIncome' | 'researchExpenditure' | 'startupsIncubated' | 'startupsGraduated'>;
type Incubation = Pick<FunnelFigures, 'startupsIncubated' | 'startupsGraduated'>;
/** A row per year, and one with a null year for the whole period (GROUPING SETS). */
type PerYear<T> = T & { year: number | null };

const countFields: (keyof Counts)[] = [
  'disclosures', 'newPatentApplications', 'patentFilings', 'patentsGranted', 'licencesExecuted', 'optionsExecuted', 'startupsFormed',
];

/**
 * The commercialisation funnel, counted in SQL stage by stage over the organisations in scope: each
 * stage has its own date (submission, filing, grant, execution, receipt, founding, project start),
 * so a year's figures are what happened in that year.
 */
@Injectable()
export class FunnelService {
  constructor(
    private readonly reports: ReportCache,
    private readonly smallGroups: SmallGroups,
  ) {}

  async funnel(ctx: RequestContext, filter: FunnelFilter | undefined): Promise<CommercialisationFunnel> {
    const scoped = Boolean(filter?.organizationId || filter?.province);
    const params = [filter?.organizationId ?? null, filter?.province ?? null, filter?.includeUnits ?? true, filter?.fromYear ?? null, filter?.toYear ?? null, filter?.programmeId ?? null];
    // Every statement names all six parameters, in these two lists: the organisations counted and the programme's technologies.
    const scope = `WITH scope AS (${scopedOrganizationsSql('$1::uuid', '$2::text', '$3::boolean')}),
      programme_technology AS (${programmeTechnologiesSql('$6::uuid')})`;
    const inScope = (column: string) => (scoped ? `${column} IN (SELECT id FROM scope)` : 'TRUE');
    const ofProgramme = (technology: string) => `($6::uuid IS NULL OR ${technology} IN (SELECT technology_id FROM programme_technology))`;
    const within = (date: string) => `(${date} >= make_date($4::int, 1, 1) OR $4::int IS NULL) AND (${date} < make_date($5::int + 1, 1, 1) OR $5::int IS NULL)`;
    const year = (date: string) => `extract(year FROM ${date})::int`;
    const query = <T>(sql: string): Promise<T[]> => this.reports.query(`${scope} ${sql}`, params);
    const ownedThen = (date: string) => `EXISTS (SELECT 1 FROM technology_ownership_fact o WHERE o.technology_id = f.technology_id AND ${inScope('o.organization_id')}
      AND o.valid_from <= ${date} AND (o.valid_until IS NULL OR o.valid_until >= ${date}))`;
    const licensorInScope = `EXISTS (SELECT 1 FROM agreement_licensor_fact l WHERE l.agreement_id = a.id AND ${inScope('l.organization_id')})`;
    const agreementOfProgramme = (agreement: string) =>
      `($6::uuid IS NULL OR EXISTS (SELECT 1 FROM agreement_technology_fact at WHERE at.agreement_id = ${agreement} AND at.technology_id IN (SELECT technology_id FROM programme_technology)))`;
    const projectOfProgramme = `($6::uuid IS NULL OR p.programme_id = $6::uuid)`;
    // Incubations belong to no research programme; a file counts when its runner or its startup is in scope.
    const incubationInScope = `$6::uuid IS NULL AND (${inScope('f.runner_organization_id')} OR ${inScope('f.startup_organization_id')})`;
    const incubated = `f.status IN (${incubatedStatuses.map((status) => `'${status}'`).join(', ')}) AND ${incubationInScope} AND ${within('f.decided_at::date')}`;
    const graduated = `f.status = '${IncubationApplicationStatus.GRADUATED}' AND ${incubationInScope} AND ${within('f.ended_on')}`;

    const [disclosures, filings, grants, agreements, startups, incubatedRows, graduatedRows, income, expenditure] = await Promise.all([
      query<PerYear<{ disclosures: number }>>(
        `SELECT ${year('d.submitted_at')} AS year, count(*)::int AS disclosures FROM invention_disclosure_fact d
          WHERE d.submitted_at IS NOT NULL AND ${inScope('d.organization_id')} AND ${ofProgramme('d.technology_id')} AND ${within('d.submitted_at::date')}
          GROUP BY GROUPING SETS ((1), ())`,
      ),
      query<PerYear<{ newPatentApplications: number; patentFilings: number }>>(
        `SELECT ${year('f.filing_date')} AS year, count(*) FILTER (WHERE f.parent_filing_id IS NULL)::int AS "newPatentApplications", count(*)::int AS "patentFilings"
           FROM ip_filing_fact f
          WHERE f.type IN ('PATENT', 'UTILITY_SOLUTION') AND ${ownedThen('f.filing_date')} AND ${ofProgramme('f.technology_id')} AND ${within('f.filing_date')}
          GROUP BY GROUPING SETS ((1), ())`,
      ),
      query<PerYear<{ patentsGranted: number }>>(
        `SELECT ${year('f.grant_date')} AS year, count(*)::int AS "patentsGranted" FROM ip_filing_fact f
          WHERE f.type IN ('PATENT', 'UTILITY_SOLUTION') AND f.grant_date IS NOT NULL AND ${ownedThen('f.grant_date')} AND ${ofProgramme('f.technology_id')} AND ${within('f.grant_date')}
          GROUP BY GROUPING SETS ((1), ())`,
      ),
      query<PerYear<{ licencesExecuted: number; optionsExecuted: number }>>(
        `SELECT ${year('a.executed_on')} AS year, count(*) FILTER (WHERE a.type LIKE 'LICENCE%')::int AS "licencesExecuted",
                count(*) FILTER (WHERE a.type = 'OPTION')::int AS "optionsExecuted"
           FROM agreement_fact a WHERE a.executed_on IS NOT NULL AND ${licensorInScope} AND ${agreementOfProgramme('a.id')} AND ${within('a.executed_on')}
          GROUP BY GROUPING SETS ((1), ())`,
      ),
      query<PerYear<{ startupsFormed: number }>>(
        `SELECT ${year('s.founded_on')} AS year, count(*)::int AS "startupsFormed" FROM spin_off_fact s
          WHERE ${inScope('s.parent_organization_id')} AND ${agreementOfProgramme('s.agreement_id')} AND ${within('s.founded_on')}
          GROUP BY GROUPING SETS ((1), ())`,
      ),
      query<PerYear<{ count: number }>>(`SELECT ${year('f.decided_at')} AS year, count(*)::int AS count FROM incubation_fact f WHERE ${incubated} GROUP BY GROUPING SETS ((1), ())`),
      query<PerYear<{ count: number }>>(`SELECT ${year('f.ended_on')} AS year, count(*)::int AS count FROM incubation_fact f WHERE ${graduated} GROUP BY GROUPING SETS ((1), ())`),
      // Receipts are summed once each, however many licensors an agreement has; the licensors are counted apart.
      query<PerYear<{ currency: string; amount: string; agreements: number; licensors: number }>>(
        `SELECT g.year, g.currency, g.amount, cardinality(g.agreement_ids) AS agreements,
                (SELECT count(DISTINCT l.organization_id)::int FROM agreement_licensor_fact l WHERE l.agreement_id = ANY(g.agreement_ids)) AS licensors
           FROM (SELECT ${year('r.received_on')} AS year, r.currency, sum(r.amount)::text AS amount, array_agg(DISTINCT r.agreement_id) AS agreement_ids
                   FROM revenue_receipt_fact r JOIN agreement_fact a ON a.id = r.agreement_id
                  WHERE ${licensorInScope} AND ${agreementOfProgramme('a.id')} AND ${within('r.received_on')}
                  GROUP BY GROUPING SETS ((1, 2), (2))) g
          ORDER BY g.year NULLS FIRST, g.currency`,
      ),
      query<PerYear<{ currency: string; amount: string; projects: number }>>(
        `SELECT ${year('p.start_date')} AS year, p.budget_currency AS currency, sum(p.budget_amount)::text AS amount, count(*)::int AS projects
           FROM project_helix_fact p
          WHERE p.budget_amount IS NOT NULL AND p.start_date IS NOT NULL AND p.status NOT IN ('DRAFT', 'CANCELLED') AND ${projectOfProgramme} AND ${within('p.start_date')}
            AND EXISTS (SELECT 1 FROM project_participation_fact c WHERE c.project_id = p.id AND c.role = 'COORDINATOR' AND c.status = 'ACTIVE' AND ${inScope('c.organization_id')})
          GROUP BY GROUPING SETS ((1, 2), (2))
          ORDER BY 1 NULLS FIRST, 2`,
      ),
    ]);

    // Income is its licensors', a budget its coordinator's, an incubation its startup's (see SmallGroups); each figure per year and for the whole period.
    const yearOrTotal = (date: string) => `CROSS JOIN LATERAL (VALUES (${year(date)}::text), ('total')) AS y(key)`;
    const shown = await this.smallGroups.shown(
      ctx,
      `${scope}
       SELECT 'income|' || y.key || '|' || trim(r.currency) AS grp, r.agreement_id::text AS record, sum(r.amount) AS value,
              l.organization_id AS contributor, ${agreementReaders('r.agreement_id')} AS readers
         FROM revenue_receipt_fact r JOIN agreement_fact a ON a.id = r.agreement_id
         ${yearOrTotal('r.received_on')}
         JOIN agreement_licensor_fact l ON l.agreement_id = r.agreement_id
        WHERE ${licensorInScope} AND ${agreementOfProgramme('a.id')} AND ${within('r.received_on')}
        GROUP BY y.key, r.currency, r.agreement_id, l.organization_id
       UNION ALL
       SELECT 'expenditure|' || y.key || '|' || trim(p.budget_currency), p.id::text, p.budget_amount, ${projectCoordinator('p')}, ${projectReaders('p')}
         FROM project_helix_fact p ${yearOrTotal('p.start_date')}
        WHERE p.budget_amount IS NOT NULL AND p.start_date IS NOT NULL AND p.status NOT IN ('DRAFT', 'CANCELLED') AND ${projectOfProgramme} AND ${within('p.start_date')}
          AND EXISTS (SELECT 1 FROM project_participation_fact c WHERE c.project_id = p.id AND c.role = 'COORDINATOR' AND c.status = 'ACTIVE' AND ${inScope('c.organization_id')})
       UNION ALL
       SELECT 'incubated|' || y.key || '|', f.id::text, 1, f.startup_organization_id, ARRAY[f.runner_organization_id, f.startup_organization_id]::uuid[]
         FROM incubation_fact f ${yearOrTotal('f.decided_at')} WHERE ${incubated}
       UNION ALL
       SELECT 'graduated|' || y.key || '|', f.id::text, 1, f.startup_organization_id, ARRAY[f.runner_organization_id, f.startup_organization_id]::uuid[]
         FROM incubation_fact f ${yearOrTotal('f.ended_on')} WHERE ${graduated}`,
      params,
    );
    const key = (figure: string, y: number | null, currency: string) => `${figure}|${y ?? 'total'}|${currency.trim()}`;
    const figuresOf = (y: number | null): FunnelFigures => {
      const figures = new FunnelFigures();
      for (const field of countFields) figures[field] = 0;
      for (const rows of [disclosures, filings, grants, agreements, startups] as PerYear<Partial<Counts>>[][]) {
        Object.assign(figures, rows.find((row) => row.year === y) ?? {});
      }
      delete (figures as Partial<PerYear<FunnelFigures>>).year;
      // A count with no file behind it tells nothing about a startup.
      const incubation = (rows: PerYear<{ count: number }>[], figure: string) => {
        const count = rows.find((row) => row.year === y)?.count ?? 0;
        return count === 0 ? 0 : SmallGroups.figure(count, shown(key(figure, y, '')));
      };
      figures.startupsIncubated = incubation(incubatedRows, 'incubated');
      figures.startupsGraduated = incubation(graduatedRows, 'graduated');
      figures.licenceIncome = income
        .filter((row) => row.year === y)
        .map((row) => {
          const amount = SmallGroups.figure(displayAmount(row.amount, row.currency), shown(key('income', y, row.currency)));
          return Object.assign(new IncomeTotal(), { currency: row.currency.trim(), amount, suppressed: amount === null, agreements: row.agreements });
        });
      figures.researchExpenditure = expenditure
        .filter((row) => row.year === y)
        .map((row) => {
          const amount = SmallGroups.figure(displayAmount(row.amount, row.currency), shown(key('expenditure', y, row.currency)));
          return Object.assign(new BudgetTotal(), { currency: row.currency.trim(), amount, suppressed: amount === null, projects: row.projects });
        });
      return figures;
    };

    const years = [...new Set([disclosures, filings, grants, agreements, startups, incubatedRows, graduatedRows, income, expenditure].flat().map((row) => row.year))]
      .filter((y): y is number => y !== null)
      .sort((a, b) => a - b);
    const total = figuresOf(null);
    const incubationRate = ({ startupsIncubated: from, startupsGraduated: to }: Incubation) =>
      Object.assign(new StageConversion(), { from: 'startupsIncubated', to: 'startupsGraduated', rate: from !== null && to !== null && from > 0 ? to / from : null });
    const rate = (from: keyof Counts, to: keyof Counts, value = total[to]) =>
      Object.assign(new StageConversion(), { from, to, rate: total[from] > 0 ? value / total[from] : null });
    return Object.assign(new CommercialisationFunnel(), {
      total,
      years: years.map((y) => Object.assign(new FunnelYear(), figuresOf(y), { year: y })),
      conversions: [
        rate('disclosures', 'newPatentApplications'),
        rate('newPatentApplications', 'patentsGranted'),
        Object.assign(rate('disclosures', 'licencesExecuted', total.licencesExecuted + total.optionsExecuted), { to: 'licencesAndOptionsExecuted' }),
        rate('disclosures', 'startupsFormed'),
        incubationRate(total),
      ],
    });
  }
}
