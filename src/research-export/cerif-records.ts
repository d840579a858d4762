import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { ReadScope } from '../common/read/read-model.js';
import { SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { organizationVisible } from '../organizations/organization.read.js';
import { projectConfidentialReadable, projectReadable } from '../projects/project.read.js';
import { technologyReadable } from '../technologies/technology.read.js';
import { patentIpTypes, type RecordKind } from './cerif.js';

/** One record of a page: its id, datestamp (UTC, to the second) and, for ListRecords and GetRecord, its row. */
export interface HarvestedRow {
  id: string;
  datestamp: string;
  record?: unknown;
}

/** What a list asks for: records changed in [from, until) (either end open), after an id in the kind's order. */
export interface HarvestWindow {
  from?: Date;
  /** Exclusive. */
  until?: Date;
}

interface Source {
  from: string;
  where: string[];
  record: string;
}

/**
 * The harvestable records as SQL, each kind read with the caller's read rights, the same conditions the
 * API's read models use (`organizationVisible`, `projectReadable`, `projectConfidentialReadable`,
 * `technologyReadable`): one statement per kind for a page, its records' links included, and one to
 * count them. Records are walked in id order, which no update moves, so a harvest sees each once.
 *
 * Organisations: those not archived that a platform admin verified, and the caller's own (platform admins:
 * all). Projects: public ones, and those the caller takes part in, with money for participants only.
 * People: the platform users who are inventors of technologies the caller reads. Products: the
 * technologies the caller reads (confidential: never to anonymous callers). Patents: patent, utility
 * solution, industrial design and plant variety filings of those technologies.
 */
@Injectable()
export class CerifRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async page(ctx: RequestContext, kind: RecordKind, window: HarvestWindow, after: string | null, limit: number, withRecords: boolean): Promise<HarvestedRow[]> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const source = sources[kind](scope);
    const where = [...source.where, ...windowConditions(window, params)];
    if (after) where.push(`x.id > ${params.add(after)}::uuid`);
    const sql = `SELECT x.id, ${datestamp} AS datestamp${withRecords ? `, ${source.record} AS record` : ''}
                   FROM ${source.from} WHERE ${where.join(' AND ')} ORDER BY x.id LIMIT ${params.add(limit)}`;
    return this.dataSource.query(sql, params.values);
  }

  async count(ctx: RequestContext, kind: RecordKind, window: HarvestWindow): Promise<number> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const source = sources[kind](scope);
    const where = [...source.where, ...windowConditions(window, params)];
    const [row]: { count: number }[] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ${source.from} WHERE ${where.join(' AND ')}`, params.values);
    return row.count;
  }

  async one(ctx: RequestContext, kind: RecordKind, id: string, withRecord = true): Promise<HarvestedRow | undefined> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const source = sources[kind](scope);
    const sql = `SELECT x.id, ${datestamp} AS datestamp${withRecord ? `, ${source.record} AS record` : ''}
                   FROM ${source.from} WHERE ${[...source.where, `x.id = ${params.add(id)}::uuid`].join(' AND ')}`;
    const [row]: HarvestedRow[] = await this.dataSource.query(sql, params.values);
    return row;
  }

  /** The oldest datestamp any record has (whoever may read it): a lower bound for harvesters. */
  async earliestDatestamp(): Promise<string> {
    const [row]: { earliest: string | null }[] = await this.dataSource.query(
      `SELECT to_char(least((SELECT min(updated_at) FROM organization_record), (SELECT min(updated_at) FROM project_record), (SELECT min(updated_at) FROM user_fact),
                            (SELECT min(updated_at) FROM technology_record), (SELECT min(updated_at) FROM ip_filing_record)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS earliest`,
    );
    return row.earliest ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

const datestamp = `to_char(x.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

function windowConditions(window: HarvestWindow, params: SqlParams): string[] {
  const conditions: string[] = [];
  // Datestamps are shown to the second: a record is in [from, until] by its time truncated to the second.
  if (window.from) conditions.push(`x.updated_at >= ${params.add(window.from.toISOString())}::timestamptz`);
  if (window.until) conditions.push(`x.updated_at < ${params.add(window.until.toISOString())}::timestamptz`);
  return conditions;
}

/** Organisations harvested as records: verified and not archived, or the caller's own; all for platform admins. */
function orgExported(o: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${organizationVisible(o, scope)} AND (${o}.verified OR ${o}.id = ANY(${scope.readable})))`;
}

function orgRef(o: string, scope: ReadScope): string {
  return `json_build_object('id', ${o}.id, 'exported', ${orgExported(o, scope)}, 'name', ${o}.name, 'nameEn', ${o}.name_en, 'shortName', ${o}.short_name, 'rorId', ${o}.ror_id)`;
}

/** The inventors of the technology whose id `technologyId` is, as `PersonRef`s in their order. */
function inventors(technologyId: string, scope: ReadScope): string {
  return `coalesce((SELECT json_agg(json_build_object(
             'userId', i.user_id, 'name', coalesce(u.display_name, i.external_name), 'orcid', coalesce(i.orcid, u.orcid),
             'affiliation', (SELECT ${orgRef('ao', scope)} FROM organization_record ao WHERE ao.id = i.affiliation_organization_id AND ${organizationVisible('ao', scope)}),
             'affiliationName', i.affiliation_name) ORDER BY i.position, i.id)
           FROM technology_inventor_record i LEFT JOIN user_fact u ON u.id = i.user_id WHERE i.technology_id = ${technologyId}), '[]'::json)`;
}

/** The originating projects of the technology that the caller may read. */
function originatingProjects(technologyId: string, scope: ReadScope): string {
  return `coalesce((SELECT json_agg(json_build_object('id', op.id, 'code', op.code, 'title', op.title) ORDER BY op.code)
           FROM technology_origin_fact otp JOIN project_record op ON op.id = otp.project_id
          WHERE otp.technology_id = ${technologyId} AND ${projectReadable('op', scope)}), '[]'::json)`;
}

const patentTypes = `(${patentIpTypes.map((type) => `'${type}'`).join(', ')})`;

const sources: Record<RecordKind, (scope: ReadScope) => Source> = {
  orgUnit: (scope) => ({
    from: 'organization_record x',
    where: scope.all ? [] : [orgExported('x', scope)],
    record: `json_build_object('id', x.id, 'name', x.name, 'nameEn', x.name_en, 'shortName', x.short_name, 'kind', x.kind, 'helix', x.helix,
               'secondaryHelices', x.secondary_helices, 'country', x.country, 'website', x.website, 'rorId', x.ror_id,
               'parent', (SELECT ${orgRef('po', scope)} FROM organization_record po WHERE po.id = x.parent_id AND ${organizationVisible('po', scope)}))`,
  }),
  project: (scope) => {
    const money = projectConfidentialReadable('x', scope);
    return {
      from: 'project_record x',
      where: scope.all ? [] : [projectReadable('x', scope)],
      record: `json_build_object('id', x.id, 'code', x.code, 'title', x.title, 'summary', x.summary, 'startDate', x.start_date, 'endDate', x.end_date,
                 'status', x.status, 'keywords', x.keywords,
                 'participants', coalesce((SELECT json_agg(json_build_object('role', pp.role, 'since', pp.since, 'until', pp.until, 'organization', ${orgRef('ppo', scope)},
                     'cash', CASE WHEN ${money} AND pp.cash_amount IS NOT NULL THEN json_build_object('amount', pp.cash_amount::text, 'currency', pp.cash_currency) END,
                     'inKind', CASE WHEN ${money} AND pp.in_kind_value_amount IS NOT NULL
                               THEN json_build_object('amount', pp.in_kind_value_amount::text, 'currency', pp.in_kind_value_currency, 'description', pp.in_kind_description) END)
                     ORDER BY pp.created_at, pp.id)
                   FROM project_participant_record pp JOIN organization_record ppo ON ppo.id = pp.organization_id AND ${organizationVisible('ppo', scope)}
                  WHERE pp.project_id = x.id AND pp.status = 'ACTIVE'), '[]'::json))`,
    };
  },
  person: (scope) => ({
    from: 'user_fact x',
    where: [`EXISTS (SELECT 1 FROM technology_inventor_record xi WHERE xi.user_id = x.id AND ${technologyReadable('xi.technology_id', scope)})`],
    record: `json_build_object('id', x.id, 'name', x.display_name, 'orcid', x.orcid)`,
  }),
  product: (scope) => ({
    from: 'technology_record x',
    where: scope.all ? [] : [technologyReadable('x.id', scope)],
    record: `json_build_object('id', x.id, 'code', x.code, 'title', x.title, 'abstract', x.abstract, 'fields', x.fields, 'keywords', x.keywords,
               'inventors', ${inventors('x.id', scope)}, 'projects', ${originatingProjects('x.id', scope)})`,
  }),
  patent: (scope) => ({
    from: 'ip_filing_record x JOIN technology_record xt ON xt.id = x.technology_id',
    where: [`x.type IN ${patentTypes}`, ...(scope.all ? [] : [technologyReadable('x.technology_id', scope)])],
    record: `json_build_object('id', x.id, 'type', x.type, 'jurisdiction', x.jurisdiction, 'title', coalesce(x.title, xt.title), 'abstract', xt.abstract,
               'keywords', xt.keywords, 'applicationNumber', x.application_number, 'registrationNumber', x.registration_number,
               'publicationNumber', x.publication_number, 'filingDate', x.filing_date, 'publicationDate', x.publication_date, 'grantDate', x.grant_date,
               'status', x.status, 'inventors', ${inventors('x.technology_id', scope)},
               'holders', coalesce((SELECT json_agg(${orgRef('ho', scope)} ORDER BY ho.name, ho.id)
                   FROM technology_owner_today hot JOIN organization_record ho ON ho.id = hot.organization_id AND ${organizationVisible('ho', scope)}
                  WHERE hot.technology_id = x.technology_id), '[]'::json),
               'projects', ${originatingProjects('x.technology_id', scope)},
               'predecessorId', (SELECT pf.id FROM ip_filing_record pf WHERE pf.id = x.parent_filing_id AND pf.type IN ${patentTypes}
                                   AND ${technologyReadable('pf.technology_id', scope)}))`,
  }),
};
