import { SqlParams } from '../common/read/sql.js';
import { countedStatuses, HelixBasis, type CollaborationFilter } from './dto/collaboration.filter.js';
import type { ReportScope } from './dto/report-scope.js';

/**
 * The SQL of a report's filter, one meaning in every report (see `ReportScope`). The reports read other
 * domains' records only through the views those domains publish (`project_helix_fact`,
 * `organization_fact`, `agreement_fact`... see their migrations), never their tables.
 */

type Scope = Partial<ReportScope> | undefined;

/**
 * The ids of the organisations a scope counts: those `organizationId` and `province` name (both, when
 * both are given), each with its units, all levels down, when `includeUnits`. The arguments are SQL
 * expressions typed uuid, text and boolean (placeholders), null for "any".
 */
export function scopedOrganizationsSql(organizationId: string, province: string, includeUnits: string): string {
  return `WITH RECURSIVE scoped AS (
      SELECT id FROM organization_fact
       WHERE (${organizationId} IS NULL OR id = ${organizationId}) AND (${province} IS NULL OR fold_text(province) = fold_text(${province}))
      UNION
      SELECT child.id FROM organization_fact child JOIN scoped parent ON child.parent_id = parent.id WHERE ${includeUnits}
    ) SELECT id FROM scoped`;
}

/** The ids of the technologies that came out of a programme's projects; `programmeId` is an SQL expression typed uuid. */
export function programmeTechnologiesSql(programmeId: string): string {
  return `SELECT o.technology_id FROM technology_origin_fact o JOIN project_helix_fact op ON op.id = o.project_id WHERE op.programme_id = ${programmeId}`;
}

/** The scope's organisations as a parenthesised SELECT, its values added to `params`; undefined when it counts every organisation. */
function scopedOrganizations(scope: Scope, params: SqlParams): string | undefined {
  if (!scope?.organizationId && !scope?.province) return undefined;
  return `(${scopedOrganizationsSql(`${params.add(scope.organizationId ?? null)}::uuid`, `${params.add(scope.province ?? null)}::text`, `${params.add(scope.includeUnits ?? true)}::boolean`)})`;
}

/** SQL conditions on `project_helix_fact p` for the projects a filter selects; every project figure starts here. */
export function selectedProjects(filter: CollaborationFilter | undefined, params = new SqlParams()): { where: string; params: unknown[] } {
  const where = [`p.status = ANY(${params.add(filter?.statuses?.length ? filter.statuses : countedStatuses)})`];
  if (filter?.fromYear != null) where.push(`coalesce(p.start_date, p.created_at::date) >= make_date(${params.add(filter.fromYear)}, 1, 1)`);
  if (filter?.toYear != null) where.push(`coalesce(p.start_date, p.created_at::date) < make_date(${params.add(filter.toYear)} + 1, 1, 1)`);
  if (filter?.programmeId) where.push(`p.programme_id = ${params.add(filter.programmeId)}`);
  const organizations = scopedOrganizations(filter, params);
  if (organizations) {
    where.push(`EXISTS (SELECT 1 FROM project_participation_fact fp WHERE fp.project_id = p.id AND fp.status = 'ACTIVE' AND fp.organization_id IN ${organizations})`);
  }
  return { where: where.join(' AND '), params: params.values };
}

/**
 * SQL conditions on `agreement_fact a` for the executed agreements a filter selects (the network counts
 * them as collaborations): executed in its years, with a party among its organisations, covering a
 * technology of its programme. Statuses are projects' only: a filter that names them selects none.
 */
export function selectedAgreements(filter: CollaborationFilter | undefined, params: SqlParams): string {
  if (filter?.statuses?.length) return 'FALSE';
  const where = ['a.executed_on IS NOT NULL'];
  if (filter?.fromYear != null) where.push(`a.executed_on >= make_date(${params.add(filter.fromYear)}, 1, 1)`);
  if (filter?.toYear != null) where.push(`a.executed_on < make_date(${params.add(filter.toYear)} + 1, 1, 1)`);
  if (filter?.programmeId) {
    where.push(`EXISTS (SELECT 1 FROM agreement_technology_fact at WHERE at.agreement_id = a.id AND at.technology_id IN (${programmeTechnologiesSql(`${params.add(filter.programmeId)}::uuid`)}))`);
  }
  const organizations = scopedOrganizations(filter, params);
  if (organizations) {
    where.push(`(a.licensee_organization_id IN ${organizations}
      OR EXISTS (SELECT 1 FROM agreement_licensor_fact sl WHERE sl.agreement_id = a.id AND sl.organization_id IN ${organizations}))`);
  }
  return where.join(' AND ');
}

/**
 * The helices a filter counts, one meaning in every report: with PRIMARY, each organisation in its
 * primary helix; with PRIMARY_AND_SECONDARY, a hybrid (Becamex IDC: industry, and government) in each
 * of its helices. `projectHelices` names the column of `project_helix_fact` that holds a project's
 * helices so counted; `organizationHelices` gives an organisation's (of `organization_fact`).
 */
export function helixBasisOf(filter: CollaborationFilter | undefined) {
  const both = (filter?.helixBasis ?? HelixBasis.PRIMARY) === HelixBasis.PRIMARY_AND_SECONDARY;
  return {
    projectHelices: both ? 'helices' : 'primary_helices',
    organizationHelices: (o: string) => (both ? `(ARRAY[${o}.helix] || ${o}.secondary_helices)` : `ARRAY[${o}.helix]`),
  };
}
