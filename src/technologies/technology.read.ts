import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type NestedPage, type ReadModel, type ReadScope, type RelationField } from '../common/read/read-model.js';
import { isoTimestamp, type SqlParams } from '../common/read/sql.js';
import { escapeLike } from '../common/search.js';
import { organizationAt } from '../organizations/organization.read.js';
import { projectsWhere } from '../projects/project.read.js';
import type { DisclosureFilter } from './dto/disclosure.inputs.js';
import type { IpFilingFilter } from './dto/ip-filing.inputs.js';
import { TechnologiesArgs, TechnologyOrderField, type TechnologyFilter } from './dto/technology.inputs.js';
import { deadlineRulesJson, deadlinesSql } from './ip-deadlines.js';
import { orcidBase } from '../common/identifiers.js';

/**
 * Technologies, their owners, inventors and TRL history, their invention disclosures and IP filings
 * as the read path serves them: the rules of `AccessService.canOnTechnology` and `canOnDisclosure`
 * written as SQL over the caller's readable organisations and user id.
 */

const technologyColumns: Record<string, Column> = {
  id: 'id',
  code: 'code',
  title: 'title',
  abstract: 'abstract',
  fields: 'fields',
  keywords: 'keywords',
  currentTrl: 'current_trl',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

/** Shares are numeric(5,2): as text they read "60.00", as the entities give them. */
const ownerColumns: Record<string, Column> = { id: 'id', share: (o) => `${o}.share::text`, validFrom: 'valid_from', validUntil: 'valid_until' };

const inventorColumns: Record<string, Column> = {
  id: 'id',
  externalName: 'external_name',
  // NULL stays NULL: text || NULL is NULL.
  orcid: (i) => `'${orcidBase}' || ${i}.orcid`,
  affiliationName: 'affiliation_name',
  share: (i) => `${i}.share::text`,
};

const assessmentColumns: Record<string, Column> = {
  id: 'id',
  level: 'level',
  assessedOn: 'assessed_on',
  assessorName: 'assessor_name',
  evidence: 'evidence',
  recordedAt: timestamp('created_at'),
};

const disclosureColumns: Record<string, Column> = {
  id: 'id',
  title: 'title',
  description: 'description',
  status: 'status',
  decision: 'decision',
  decisionNotes: 'decision_notes',
  submittedAt: timestamp('submitted_at'),
  decidedAt: timestamp('decided_at'),
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

const filingColumns: Record<string, Column> = {
  id: 'id',
  type: 'type',
  jurisdiction: 'jurisdiction',
  title: 'title',
  applicationNumber: 'application_number',
  priorityDate: 'priority_date',
  filingDate: 'filing_date',
  publicationDate: 'publication_date',
  publicationNumber: 'publication_number',
  grantDate: 'grant_date',
  registrationNumber: 'registration_number',
  expiryDate: 'expiry_date',
  status: 'status',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

/** Rows of a deadline (see `deadlineRows`): the filing's id, kind, due day, description and legal source. */
const deadlineColumns: Record<string, Column> = {
  kind: 'kind',
  dueOn: 'due_on',
  daysLeft: (d) => `(${d}.due_on - CURRENT_DATE)`,
  description: 'description',
  legalSource: 'source',
};

/** Must stay identical to the expression of `technology_search_idx`. */
const searchDocument = (t: string) => `technology_search_document(${t}.code, ${t}.title, ${t}.abstract, ${t}.fields, ${t}.keywords)`;

/** The organisation owns a share of the technology today (the database's today, as the access rules use it). */
export function ownedTodayBy(technologyId: string, organizationId: string): string {
  return `EXISTS (SELECT 1 FROM technology_owner_today oo WHERE oo.technology_id = ${technologyId} AND oo.organization_id = ${organizationId})`;
}

/**
 * Whether the caller may read the technology whose id `technologyId` is (`canOnTechnology` 'read'):
 * members of its owners today, its inventors who are users, members of licensees of agreements on it.
 */
export function technologyReadable(technologyId: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(EXISTS (SELECT 1 FROM technology_owner_today ro WHERE ro.technology_id = ${technologyId} AND ro.organization_id = ANY(${scope.readable}))
       OR EXISTS (SELECT 1 FROM technology_inventor ri WHERE ri.technology_id = ${technologyId} AND ri.user_id = ${scope.user})
       OR EXISTS (SELECT 1 FROM agreement_technology_fact rat JOIN agreement_fact ra ON ra.id = rat.agreement_id
                   WHERE rat.technology_id = ${technologyId} AND ra.licensee_organization_id = ANY(${scope.readable})))`;
}

/**
 * The technologies meeting `condition` (SQL over the row at `alias` and the technology at `target`)
 * that the caller may read, for the relations of every domain; a list when given an `orderBy`.
 */
export function technologiesWhere(condition: (alias: string, target: string) => string): RelationField {
  return {
    type: 'Technology',
    from: (alias, target, scope) => `technology ${target} WHERE ${condition(alias, target)} AND ${technologyReadable(`${target}.id`, scope)}`,
  };
}

/** The technology a column of another row points at (null when the caller may not read it), for the relations of every domain. */
export function technologyAt(idColumn: string): RelationField {
  return technologiesWhere((alias, target) => `${target}.id = ${alias}.${idColumn}`);
}

/** Whether the caller may read the disclosure (`canOnDisclosure` 'read'): whoever reads its technology, and the members of the institution it is disclosed to. */
export function disclosureReadable(d: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${d}.organization_id = ANY(${scope.readable}) OR ${technologyReadable(`${d}.technology_id`, scope)})`;
}

/** A person named on a record, by the column holding their user id (from the people identity publishes). */
function personAt(idColumn: string): RelationField {
  return { type: 'TechnologyPerson', from: (alias, target) => `user_fact ${target} WHERE ${target}.id = ${alias}.${idColumn}` };
}

/**
 * The page of technologies the arguments ask for, over `t`, among those the caller may read; with
 * `ownerId`, an SQL expression, those the organisation owns a share of today (a nested connection).
 */
export function technologyPage(t: string, args: TechnologiesArgs, scope: ReadScope, ownerId?: string): NestedPage {
  const field = args.orderBy?.field ?? TechnologyOrderField.CREATED_AT;
  const direction = args.orderBy?.direction ?? (args.orderBy ? OrderDirection.ASC : OrderDirection.DESC);
  const byTime = field === TechnologyOrderField.CREATED_AT;
  const column = byTime ? `${t}.created_at` : field === TechnologyOrderField.TITLE ? `${t}.title` : `${t}.code`;
  const where = [...(scope.all ? [] : [technologyReadable(`${t}.id`, scope)]), ...technologyConditions(t, args.filter, scope.params)];
  if (ownerId) where.push(ownedTodayBy(`${t}.id`, ownerId));
  return {
    from: `technology ${t}`,
    where,
    keyset: { key: `${field}:${direction}`, kind: byTime ? 'timestamp' : 'text', column, id: `${t}.id`, cursorValue: byTime ? isoTimestamp(column) : column, direction },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

function technologyConditions(t: string, filter: TechnologyFilter | undefined, params: SqlParams): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  if (filter.organizationId) conditions.push(ownedTodayBy(`${t}.id`, `${params.add(filter.organizationId)}::uuid`));
  if (filter.trlMin !== undefined) conditions.push(`${t}.current_trl >= ${params.add(filter.trlMin)}::integer`);
  if (filter.trlMax !== undefined) conditions.push(`${t}.current_trl <= ${params.add(filter.trlMax)}::integer`);
  if (filter.inventorOrcid) {
    const orcid = params.add(filter.inventorOrcid);
    conditions.push(`EXISTS (SELECT 1 FROM technology_inventor fi WHERE fi.technology_id = ${t}.id
                       AND (fi.orcid = ${orcid} OR fi.user_id = (SELECT uf.id FROM user_fact uf WHERE uf.orcid = ${orcid})))`);
  }
  if (filter.field) conditions.push(`${t}.fields @> ARRAY[${params.add(filter.field.trim())}::text]`);
  if (filter.projectId) {
    conditions.push(`EXISTS (SELECT 1 FROM technology_project fp WHERE fp.technology_id = ${t}.id AND fp.project_id = ${params.add(filter.projectId)}::uuid)`);
  }
  // The same expression as `technology_search_idx`, so the index serves it.
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    conditions.push(`${searchDocument(t)} LIKE '%' || fold_text(${params.add(escapeLike(word))}::text) || '%'`);
  }
  return conditions;
}

/** The disclosures' filters as SQL conditions over `d`. */
export function disclosureConditions(d: string, filter: DisclosureFilter | undefined, scope: ReadScope): string[] {
  if (!filter) return [];
  const { params } = scope;
  const conditions: string[] = [];
  if (filter.status?.length) conditions.push(`${d}.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.organizationId) conditions.push(`${d}.organization_id = ${params.add(filter.organizationId)}::uuid`);
  if (filter.technologyId) conditions.push(`${d}.technology_id = ${params.add(filter.technologyId)}::uuid`);
  if (filter.inventedByMe) conditions.push(`EXISTS (SELECT 1 FROM technology_inventor mi WHERE mi.technology_id = ${d}.technology_id AND mi.user_id = ${scope.user})`);
  return conditions;
}

/** The filings' filters as SQL conditions over `f`. */
export function filingConditions(f: string, filter: IpFilingFilter | undefined, params: SqlParams): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  if (filter.status?.length) conditions.push(`${f}.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.type?.length) conditions.push(`${f}.type = ANY(${params.add(filter.type)}::text[])`);
  if (filter.jurisdiction) conditions.push(`${f}.jurisdiction = ${params.add(filter.jurisdiction)}::text`);
  if (filter.technologyId) conditions.push(`${f}.technology_id = ${params.add(filter.technologyId)}::uuid`);
  if (filter.organizationId) conditions.push(ownedTodayBy(`${f}.technology_id`, `${params.add(filter.organizationId)}::uuid`));
  if (filter.deadlineWithinDays !== undefined) {
    conditions.push(`EXISTS (SELECT 1 FROM ${deadlinesSql(f, params.add(deadlineRulesJson()), 'CURRENT_DATE')} fd
      WHERE fd.due_on BETWEEN CURRENT_DATE AND CURRENT_DATE + ${params.add(filter.deadlineWithinDays)}::integer)`);
  }
  return conditions;
}

/**
 * The deadlines of the filing at `f` as rows of an `IpDeadline` (filing_id, kind, due_on,
 * description, source), as of the database's today; `rules` is the placeholder of `deadlineRulesJson()`.
 */
export function deadlineRows(f: string, rules: string): string {
  return `(SELECT ${f}.id AS filing_id, dd.kind, dd.due_on, dd.description, dd.source FROM ${deadlinesSql(f, rules, 'CURRENT_DATE')} dd)`;
}

export const technologyReadModels: ReadModel[] = [
  {
    type: 'Technology',
    base: (t) => columnsAt(technologyColumns, t),
    fields: {
      ...columnFields(technologyColumns),
      owners: {
        type: 'TechnologyOwner',
        from: (t, target) => `technology_owner ${target} WHERE ${target}.technology_id = ${t}.id`,
        orderBy: (target) => `${target}.valid_from, ${target}.share DESC, ${target}.id`,
      },
      inventors: {
        type: 'TechnologyInventor',
        from: (t, target) => `technology_inventor ${target} WHERE ${target}.technology_id = ${t}.id`,
        orderBy: (target) => `${target}.position, ${target}.id`,
      },
      trlHistory: {
        type: 'TrlAssessment',
        from: (t, target) => `trl_assessment ${target} WHERE ${target}.technology_id = ${t}.id`,
        orderBy: (target) => `${target}.assessed_on, ${target}.created_at, ${target}.id`,
      },
      projects: {
        ...projectsWhere((t, target) => `EXISTS (SELECT 1 FROM technology_project tp WHERE tp.project_id = ${target}.id AND tp.technology_id = ${t}.id)`),
        orderBy: (target) => `${target}.created_at, ${target}.id`,
      },
      // Whoever reads the technology reads its disclosures and filings.
      disclosures: {
        type: 'InventionDisclosure',
        from: (t, target) => `invention_disclosure ${target} WHERE ${target}.technology_id = ${t}.id`,
        orderBy: (target) => `${target}.created_at DESC, ${target}.id DESC`,
      },
      ipFilings: {
        type: 'IpFiling',
        from: (t, target) => `ip_filing ${target} WHERE ${target}.technology_id = ${t}.id`,
        orderBy: (target) => `${target}.filing_date, ${target}.created_at, ${target}.id`,
      },
    },
  },
  {
    type: 'TechnologyOwner',
    base: (o) => ({ ...columnsAt(ownerColumns, o), organizationId: `${o}.organization_id` }),
    fields: { ...columnFields(ownerColumns), organization: organizationAt('organization_id') },
  },
  {
    type: 'TechnologyInventor',
    base: (i) => ({ ...columnsAt(inventorColumns, i), userId: `${i}.user_id`, affiliationOrganizationId: `${i}.affiliation_organization_id` }),
    fields: { ...columnFields(inventorColumns), user: personAt('user_id'), affiliationOrganization: organizationAt('affiliation_organization_id') },
  },
  {
    type: 'TechnologyPerson',
    base: (u) => ({ id: `${u}.id`, displayName: `${u}.display_name`, orcid: `'${orcidBase}' || ${u}.orcid` }),
    fields: columnFields({ id: 'id', displayName: 'display_name', orcid: (u) => `'${orcidBase}' || ${u}.orcid` }),
  },
  {
    type: 'TrlAssessment',
    base: (a) => ({ ...columnsAt(assessmentColumns, a), assessorUserId: `${a}.assessor_user_id`, recordedById: `${a}.recorded_by` }),
    fields: { ...columnFields(assessmentColumns), assessor: personAt('assessor_user_id'), recordedBy: personAt('recorded_by') },
  },
  {
    type: 'InventionDisclosure',
    base: (d) => ({
      ...columnsAt(disclosureColumns, d),
      technologyId: `${d}.technology_id`,
      organizationId: `${d}.organization_id`,
      submittedById: `${d}.submitted_by`,
      decidedById: `${d}.decided_by`,
    }),
    fields: {
      ...columnFields(disclosureColumns),
      technology: technologyAt('technology_id'),
      organization: organizationAt('organization_id'),
      submittedBy: personAt('submitted_by'),
      decidedBy: personAt('decided_by'),
    },
  },
  {
    type: 'IpFiling',
    base: (f) => ({ ...columnsAt(filingColumns, f), technologyId: `${f}.technology_id`, parentFilingId: `${f}.parent_filing_id` }),
    fields: {
      ...columnFields(filingColumns),
      technology: technologyAt('technology_id'),
      // Parents are filings of the same technology, which the caller reads.
      parentFiling: { type: 'IpFiling', from: (f, target) => `ip_filing ${target} WHERE ${target}.id = ${f}.parent_filing_id` },
      deadlines: {
        type: 'IpDeadline',
        from: (f, target, scope) => `${deadlineRows(f, scope.params.add(deadlineRulesJson()))} ${target}`,
        orderBy: (target) => `${target}.due_on, ${target}.kind`,
      },
    },
  },
  {
    type: 'IpDeadline',
    fields: {
      ...columnFields(deadlineColumns),
      filing: { type: 'IpFiling', from: (d, target) => `ip_filing ${target} WHERE ${target}.id = ${d}.filing_id` },
    },
  },
  {
    type: 'Organization',
    fields: {
      technologies: {
        type: 'Technology',
        args: TechnologiesArgs,
        // The organisation is the row's own: a filter naming another one does not apply here.
        page: (o, target, args: TechnologiesArgs, scope) =>
          technologyPage(target, { ...args, filter: args.filter && { ...args.filter, organizationId: undefined } }, scope, `${o}.id`),
      },
    },
  },
  {
    type: 'Project',
    fields: {
      technologies: {
        type: 'Technology',
        from: (p, target, scope) =>
          `technology ${target} WHERE EXISTS (SELECT 1 FROM technology_project tp WHERE tp.technology_id = ${target}.id AND tp.project_id = ${p}.id)
             AND ${technologyReadable(`${target}.id`, scope)}`,
        orderBy: (target) => `${target}.created_at, ${target}.id`,
      },
    },
  },
];
