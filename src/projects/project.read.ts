import { columnFields, columnsAt, timestamp, type Column, type ReadModel, type ReadScope } from '../common/read/read-model.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { NestedPage, RelationField } from '../common/read/read-model.js';
import { isoTimestamp, moneySql, type SqlParams } from '../common/read/sql.js';
import { escapeLike } from '../common/search.js';
import { Helix } from '../organizations/organization.enums.js';
import { organizationAt } from '../organizations/organization.read.js';
import { ProjectOrderField, ProjectsArgs, type ProjectFilter } from './dto/project.inputs.js';

/** The three helices whose joint presence makes a project "triple helix". */
export const tripleHelix = [Helix.GOVERNMENT, Helix.INDUSTRY, Helix.ACADEMIA];

/**
 * Projects, their participants and programmes as the read path serves them: the access rules of
 * `AccessService.canOnProject` written as SQL over the caller's readable organisations.
 */

const projectColumns: Record<string, Column> = {
  id: 'id',
  code: 'code',
  title: 'title',
  summary: 'summary',
  description: 'description',
  status: 'status',
  startDate: 'start_date',
  endDate: 'end_date',
  visibility: 'visibility',
  icfFactors: 'icf_factors',
  keywords: 'keywords',
  programmeId: 'programme_id',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

const participantColumns: Record<string, Column> = {
  id: 'id',
  projectId: 'project_id',
  role: 'role',
  status: 'status',
  since: 'since',
  until: 'until',
  version: 'version',
};

const programmeColumns: Record<string, Column> = { id: 'id', code: 'code', name: 'name', description: 'description' };

/**
 * Whether one of the caller's organisations takes part in (or is invited to) the project at `p`: who
 * sees its money (`readers` is kept by triggers, see the ProjectFacts migration).
 */
export function projectConfidentialReadable(p: string, scope: ReadScope): string {
  return callerAmong(`${p}.readers`, scope);
}

/** Whether one of the caller's organisations is among `readers` (an SQL uuid[] expression). */
function callerAmong(readers: string, scope: ReadScope): string {
  return scope.all ? 'true' : `${readers} && ${scope.readable}`;
}

/** Whether the caller may read the project at all: public ones, and those it takes part in. */
export function projectReadable(alias: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${alias}.visibility = 'PUBLIC' OR ${projectConfidentialReadable(alias, scope)})`;
}

/**
 * The projects meeting `condition` (SQL over the row at `alias` and the project at `target`) that the
 * caller may read, for the relations of other domains; a list when given an `orderBy`.
 */
export function projectsWhere(condition: (alias: string, target: string) => string): RelationField {
  return { type: 'Project', from: (alias, target, scope) => `project ${target} WHERE ${condition(alias, target)} AND ${projectReadable(target, scope)}` };
}

/**
 * The page of projects the arguments ask for, over `p`, among those the caller may read; with
 * `organizationId` (an SQL expression), those the organisation takes part in, walked in order on the
 * participations' index (see `project_participant_organization_idx`).
 */
export function projectPage(p: string, args: ProjectsArgs, scope: ReadScope, organizationId?: string): NestedPage {
  const field = args.orderBy?.field ?? ProjectOrderField.CREATED_AT;
  const direction = args.orderBy?.direction ?? (args.orderBy ? OrderDirection.ASC : OrderDirection.DESC);
  const byTitle = field === ProjectOrderField.TITLE;
  const where = [...(scope.all ? [] : [projectReadable(p, scope)]), ...filterConditions(p, args.filter, scope.params)];
  const taking = `${p}_taking`;
  const time = organizationId ? `${taking}.project_creation_time` : `${p}.created_at`;
  return {
    from: organizationId
      ? `project_participant ${taking} JOIN project ${p} ON ${p}.id = ${taking}.project_id
          AND ${taking}.organization_id = ${organizationId} AND ${taking}.status = 'ACTIVE'`
      : `project ${p}`,
    where,
    keyset: {
      key: `${field}:${direction}`,
      kind: byTitle ? 'text' : 'timestamp',
      column: byTitle ? `${p}.title` : time,
      id: organizationId && !byTitle ? `${taking}.project_id` : `${p}.id`,
      cursorValue: byTitle ? `${p}.title` : isoTimestamp(time),
      direction,
    },
    first: args.first ?? defaultPageSize,
    after: args.after,
    // With nothing to check on the projects themselves, an organisation's projects are counted from
    // its participations alone: each names an existing project.
    counted: organizationId && where.length === 0 ? { from: `project_participant ${taking}`, where: [`${taking}.organization_id = ${organizationId}`, `${taking}.status = 'ACTIVE'`] } : undefined,
  };
}

/** Whether government, industry and academia all take part in the project at `p` (helices kept by triggers, see the ProjectFacts migration). */
export function tripleHelixOf(p: string, column = 'helices'): string {
  return `${p}.${column} @> ARRAY[${tripleHelix.map((helix) => `'${helix}'`).join(', ')}]`;
}

/** Contributions of the active participants at `p`, summed by primary helix and currency, as `HelixContribution` objects (JSON). */
export function contributionsByHelix(p: string): string {
  return `coalesce((SELECT json_agg(json_build_object('helix', c.helix, 'cash', c.cash, 'inKind', c.in_kind) ORDER BY c.helix) FROM (
      SELECT s.helix,
             coalesce(json_agg(${moneySql('s.total', 's.currency')} ORDER BY s.currency) FILTER (WHERE s.kind = 'cash'), '[]'::json) AS cash,
             coalesce(json_agg(${moneySql('s.total', 's.currency')} ORDER BY s.currency) FILTER (WHERE s.kind = 'inKind'), '[]'::json) AS in_kind
        FROM (SELECT o.helix, 'cash' AS kind, pp.cash_currency AS currency, sum(pp.cash_amount) AS total
                FROM project_participant pp JOIN organization_fact o ON o.id = pp.organization_id
               WHERE pp.project_id = ${p}.id AND pp.status = 'ACTIVE' AND pp.cash_amount IS NOT NULL
               GROUP BY o.helix, pp.cash_currency
              UNION ALL
              SELECT o.helix, 'inKind', pp.in_kind_value_currency, sum(pp.in_kind_value_amount)
                FROM project_participant pp JOIN organization_fact o ON o.id = pp.organization_id
               WHERE pp.project_id = ${p}.id AND pp.status = 'ACTIVE' AND pp.in_kind_value_amount IS NOT NULL
               GROUP BY o.helix, pp.in_kind_value_currency) s
       GROUP BY s.helix) c), '[]'::json)`;
}

/** The list's filters as SQL conditions over `p`. */
function filterConditions(p: string, filter: ProjectFilter | undefined, params: SqlParams): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  // `helices` is kept by triggers (primary and secondary helices of the active participants).
  if (filter.status?.length) conditions.push(`${p}.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.helix) conditions.push(`${p}.helices @> ARRAY[${params.add(filter.helix)}::text]`);
  if (filter.tripleHelixOnly) conditions.push(tripleHelixOf(p));
  if (filter.icfFactor) conditions.push(`${p}.icf_factors @> ARRAY[${params.add(filter.icfFactor)}::text]`);
  if (filter.programmeId) conditions.push(`${p}.programme_id = ${params.add(filter.programmeId)}::uuid`);
  if (filter.activeFrom) conditions.push(`(${p}.end_date IS NULL OR ${p}.end_date >= ${params.add(filter.activeFrom)}::date)`);
  if (filter.activeUntil) conditions.push(`(${p}.start_date IS NULL OR ${p}.start_date <= ${params.add(filter.activeUntil)}::date)`);
  // The same expression as `project_search_idx`, so the index serves it.
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    conditions.push(`project_search_document(${p}.code, ${p}.title, ${p}.summary, ${p}.keywords) LIKE '%' || fold_text(${params.add(escapeLike(word))}) || '%'`);
  }
  return conditions;
}

export const projectReadModels: ReadModel[] = [
  {
    type: 'Project',
    base: (p) => ({ ...columnsAt(projectColumns, p), budgetAmount: `${p}.budget_amount::text`, budgetCurrency: `${p}.budget_currency` }),
    fields: {
      ...columnFields(projectColumns),
      budget: { value: (p, scope) => `CASE WHEN ${projectConfidentialReadable(p, scope)} THEN ${moneySql(`${p}.budget_amount`, `${p}.budget_currency`)} END` },
      helices: { value: (p) => `${p}.helices` },
      isTripleHelix: { value: (p) => tripleHelixOf(p) },
      contributionsByHelix: { value: (p, scope) => `CASE WHEN ${projectConfidentialReadable(p, scope)} THEN ${contributionsByHelix(p)} END` },
      participants: {
        type: 'ProjectParticipant',
        from: (p, target) => `project_participant ${target} WHERE ${target}.project_id = ${p}.id`,
        orderBy: (target) => `${target}.created_at, ${target}.id`,
      },
      programme: { type: 'Programme', from: (p, target) => `programme ${target} WHERE ${target}.id = ${p}.programme_id` },
    },
  },
  {
    type: 'ProjectParticipant',
    base: (pp) => ({
      ...columnsAt(participantColumns, pp),
      organizationId: `${pp}.organization_id`,
      projectVisibility: `(SELECT visibility FROM project WHERE id = ${pp}.project_id)`,
      cashAmount: `${pp}.cash_amount::text`,
      cashCurrency: `${pp}.cash_currency`,
      inKindDescription: `${pp}.in_kind_description`,
      inKindValueAmount: `${pp}.in_kind_value_amount::text`,
      inKindValueCurrency: `${pp}.in_kind_value_currency`,
    }),
    fields: {
      ...columnFields(participantColumns),
      organization: organizationAt('organization_id'),
      contribution: {
        value: (pp, scope) =>
          `CASE WHEN ${callerAmong(`(SELECT cp.readers FROM project cp WHERE cp.id = ${pp}.project_id)`, scope)} THEN json_build_object(
             'cash', ${moneySql(`${pp}.cash_amount`, `${pp}.cash_currency`)},
             'inKindDescription', ${pp}.in_kind_description,
             'inKindValue', ${moneySql(`${pp}.in_kind_value_amount`, `${pp}.in_kind_value_currency`)}) END`,
      },
    },
  },
  {
    type: 'Programme',
    base: (g) => ({ ...columnsAt(programmeColumns, g), ownerOrganizationId: `${g}.owner_organization_id` }),
    fields: { ...columnFields(programmeColumns), owner: organizationAt('owner_organization_id') },
  },
  {
    type: 'Organization',
    fields: {
      projects: {
        type: 'Project',
        args: ProjectsArgs,
        // The organisation is the row's own: a filter naming another one does not apply here.
        page: (o, target, args: ProjectsArgs, scope) => projectPage(target, args, scope, `${o}.id`),
      },
    },
  },
];
