import { SqlParams } from '../common/read/sql.js';
import { IncubationApplicationStatus } from '../incubation/incubation.enums.js';
import { countedStatuses as countedPlacementStatuses } from '../placements/placement.enums.js';
import { CollaborationKind, countedStatuses, HelixBasis, type CollaborationFilter } from './dto/collaboration.filter.js';
import type { ReportScope } from './dto/report-scope.js';
import { projectReaders } from './small-groups.js';

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
export function scopedOrganizations(scope: Scope, params: SqlParams): string | undefined {
  if (!scope?.organizationId && !scope?.province) return undefined;
  return `(${scopedOrganizationsSql(`${params.add(scope.organizationId ?? null)}::uuid`, `${params.add(scope.province ?? null)}::text`, `${params.add(scope.includeUnits ?? true)}::boolean`)})`;
}

/** SQL conditions on `project_helix_fact p` for the projects a filter selects; every project figure starts here. */
export function selectedProjects(filter: CollaborationFilter | undefined, params = new SqlParams()): { where: string; params: unknown[] } {
  const where = [`p.status = ANY(${params.add(filter?.statuses?.length ? filter.statuses : countedStatuses)})`];
  // Kinds that leave projects out leave every project figure empty.
  if (filter?.kinds?.length && !filter.kinds.includes(CollaborationKind.PROJECT)) where.push('FALSE');
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
 * technology of its programme. Whether agreements count at all is the kinds' decision (`kindsOf`).
 */
export function selectedAgreements(filter: CollaborationFilter | undefined, params: SqlParams): string {
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

/** The kinds the network counts when a filter names none. */
export const networkKinds: readonly CollaborationKind[] = [CollaborationKind.PROJECT, CollaborationKind.AGREEMENT];
/** The kinds the synergy and the project figures count when a filter names none. */
export const figureKinds: readonly CollaborationKind[] = [CollaborationKind.PROJECT];

/**
 * The kinds of collaboration a filter counts: those it names; else the report's defaults, without
 * agreements when it names project statuses (statuses are projects' only, and a filter that names
 * them has always meant projects alone).
 */
export function kindsOf(filter: CollaborationFilter | undefined, defaults: readonly CollaborationKind[]): Set<CollaborationKind> {
  if (filter?.kinds?.length) return new Set(filter.kinds);
  const kinds = new Set(defaults);
  if (filter?.statuses?.length) kinds.delete(CollaborationKind.AGREEMENT);
  return kinds;
}

/** Incubation files that count as an incubation: the startup was admitted, whatever came after. */
export const incubatedStatuses = [IncubationApplicationStatus.ADMITTED, IncubationApplicationStatus.GRADUATED, IncubationApplicationStatus.LEFT, IncubationApplicationStatus.FAILED];

/** SQL: `day` (a date expression) within the filter's years. */
export function withinYears(filter: Partial<ReportScope> | undefined, day: string, params: SqlParams): string {
  const where = ['TRUE'];
  if (filter?.fromYear != null) where.push(`${day} >= make_date(${params.add(filter.fromYear)}, 1, 1)`);
  if (filter?.toYear != null) where.push(`${day} < make_date(${params.add(filter.toYear)} + 1, 1, 1)`);
  return where.join(' AND ');
}

/** SQL: one of the organisation columns is among the scope's organisations (TRUE when it counts every organisation). */
export function partyInScope(filter: Partial<ReportScope> | undefined, columns: string[], params: SqlParams): string {
  const organizations = scopedOrganizations(filter, params);
  return organizations ? `(${columns.map((column) => `${column} IN ${organizations}`).join(' OR ')})` : 'TRUE';
}

/**
 * The collaborations of the given kinds that a filter selects, one row per collaboration and party:
 * `id` (text, unique across kinds), `organization_id` (uuid) and `day` (date: when it counts). Each
 * counts only where the readers (`readerList`: an SQL uuid[] expression, NULL for a platform admin,
 * asked for only when a kind needs it) may read it:
 *  - PROJECT: public projects, and those the readers take part in;
 *  - AGREEMENT: those the readers are parties to;
 *  - PLACEMENT: those of which a reader is the home or the host, never publicly (a placement is a person's);
 *  - INCUBATION: a file (runner and startup), to the runner and the startup, and publicly once the
 *    startup graduated and consented to its graduation being shown; a mentoring (the mentor's
 *    organisation and the startup) to the runner and the startup only: mentors are confidential, as
 *    the file is;
 *  - TRAINING: everyone, as active partners are public.
 * The organisations of the scope select a collaboration when any party is one of them; the years, by
 * its day (a training partnership when it recorded a contribution in those years, dated by the first
 * of them). A research programme (`programmeId`) selects no placement, incubation or training
 * partnership: none belongs to one.
 */
export function collaborationPartiesSql(filter: CollaborationFilter | undefined, kinds: Iterable<CollaborationKind>, params: SqlParams, readerList: () => string): string {
  // Named only where a branch needs it: a statement must use every parameter it is given.
  let readers = '';
  const any = (column: string) => `${column} = ANY(${readers})`;
  const branches: string[] = [];
  for (const kind of kinds) {
    switch (kind) {
      case CollaborationKind.PROJECT: {
        readers = readerList();
        const { where } = selectedProjects(filter, params);
        branches.push(`SELECT 'p' || p.id AS id, pp.organization_id, coalesce(p.start_date, p.created_at::date) AS day
           FROM project_helix_fact p JOIN project_participation_fact pp ON pp.project_id = p.id AND pp.status = 'ACTIVE'
          WHERE ${where} AND (${readers} IS NULL OR p.visibility = 'PUBLIC' OR ${projectReaders('p')} && ${readers})`);
        break;
      }
      case CollaborationKind.AGREEMENT:
        readers = readerList();
        branches.push(`SELECT 'a' || a.id AS id, party.organization_id, a.executed_on AS day
           FROM agreement_fact a
           CROSS JOIN LATERAL (SELECT a.licensee_organization_id AS organization_id
                               UNION SELECT l.organization_id FROM agreement_licensor_fact l WHERE l.agreement_id = a.id) party
          WHERE ${selectedAgreements(filter, params)}
            AND (${readers} IS NULL OR ${any('a.licensee_organization_id')}
                 OR EXISTS (SELECT 1 FROM agreement_licensor_fact rl WHERE rl.agreement_id = a.id AND ${any('rl.organization_id')}))`);
        break;
      case CollaborationKind.PLACEMENT:
        if (filter?.programmeId) break;
        readers = readerList();
        branches.push(`SELECT 'l' || f.id AS id, side.organization_id, f.starts_on AS day
           FROM placement_fact f CROSS JOIN LATERAL (VALUES (f.home_organization_id), (f.host_organization_id)) AS side(organization_id)
          WHERE f.status = ANY(${params.add(countedPlacementStatuses)}::text[]) AND ${withinYears(filter, 'f.starts_on', params)}
            AND ${partyInScope(filter, ['f.home_organization_id', 'f.host_organization_id'], params)}
            AND (${readers} IS NULL OR ${any('f.home_organization_id')} OR ${any('f.host_organization_id')})`);
        break;
      case CollaborationKind.INCUBATION: {
        if (filter?.programmeId) break;
        readers = readerList();
        const incubated = `${params.add(incubatedStatuses)}::text[]`;
        const fileReaders = `${readers} IS NULL OR ${any('f.runner_organization_id')} OR ${any('f.startup_organization_id')}`;
        branches.push(`SELECT 'i' || f.id AS id, side.organization_id, f.decided_at::date AS day
           FROM incubation_fact f CROSS JOIN LATERAL (VALUES (f.runner_organization_id), (f.startup_organization_id)) AS side(organization_id)
          WHERE f.status = ANY(${incubated}) AND ${withinYears(filter, 'f.decided_at', params)}
            AND ${partyInScope(filter, ['f.runner_organization_id', 'f.startup_organization_id'], params)}
            AND (${fileReaders} OR (f.status = '${IncubationApplicationStatus.GRADUATED}' AND f.public_consent))`);
        branches.push(`SELECT 'm' || m.application_id || m.user_id AS id, side.organization_id, m.since AS day
           FROM incubation_mentor_fact m JOIN incubation_fact f ON f.id = m.application_id
           CROSS JOIN LATERAL (VALUES (m.organization_id), (f.startup_organization_id)) AS side(organization_id)
          WHERE f.status = ANY(${incubated}) AND m.organization_id <> f.startup_organization_id AND ${withinYears(filter, 'm.since', params)}
            AND ${partyInScope(filter, ['m.organization_id', 'f.startup_organization_id'], params)}
            AND (${fileReaders})`);
        break;
      }
      case CollaborationKind.TRAINING: {
        if (filter?.programmeId) break;
        const dated = filter?.fromYear != null || filter?.toYear != null;
        const years = withinYears(filter, 'make_date(t.year, 1, 1)', params);
        const contributions = `FROM training_fact t WHERE t.programme_id = tp.programme_id AND t.organization_id = tp.organization_id AND t.role = 'PARTNER' AND ${years}`;
        branches.push(`SELECT 't' || tp.programme_id || tp.organization_id AS id, side.organization_id,
                  coalesce((SELECT make_date(min(t.year), 1, 1) ${contributions}), tp.since) AS day
           FROM training_partner_fact tp CROSS JOIN LATERAL (VALUES (tp.runner_organization_id), (tp.organization_id)) AS side(organization_id)
          WHERE ${dated ? `EXISTS (SELECT 1 ${contributions})` : 'TRUE'}
            AND ${partyInScope(filter, ['tp.runner_organization_id', 'tp.organization_id'], params)}`);
        break;
      }
    }
  }
  // Every branch names its columns: the first one present gives the union its names.
  return branches.length ? branches.join('\n UNION ALL\n') : 'SELECT NULL::text AS id, NULL::uuid AS organization_id, NULL::date AS day WHERE FALSE';
}

/** The readers of `collaborationPartiesSql` as a parameter, added when first named: null for those who read everything. */
export function readersParam(readable: string[] | 'all', params: SqlParams): () => string {
  let placeholder: string | undefined;
  return () => (placeholder ??= `${params.add(readable === 'all' ? null : [...readable].sort())}::uuid[]`);
}
