import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { JsonReader } from '../common/read/json-reader.js';
import { readPage, type RunSql } from '../common/read/page.js';
import { pathOf, selectionOf } from '../common/read/selection.js';
import { isoTimestamp, SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { escapeLike } from '../common/search.js';
import { exactlyOneOf } from '../common/validation.js';
import { Helix } from '../organizations/organization.enums.js';
import { ProjectOrderField, type ProjectFilter, type ProjectLookupArgs, type ProjectsArgs } from './dto/project.inputs.js';
import { projectReadable } from './project.read.js';

/** The three helices whose joint presence makes a project "triple helix". */
const tripleHelix = [Helix.GOVERNMENT, Helix.INDUSTRY, Helix.ACADEMIA];

/** Must stay identical to the expression of `project_search_idx`. */
const searchDocument = `project_search_document(p.code, p.title, p.summary, p.keywords)`;

/**
 * The read path of projects: a lookup or a page of them, with whatever the client selected under
 * them, in one statement (see `JsonReader`), restricted in SQL to what the caller may read.
 */
@Injectable()
export class ProjectReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: JsonReader,
  ) {}

  /** One project by id or code, answering the selection of `info`; null when there is none or the caller may not read it. */
  async findOne(ctx: RequestContext, { id, code }: ProjectLookupArgs, info: GraphQLResolveInfo): Promise<unknown> {
    const by = exactlyOneOf({ id, code }, ['id', 'code']);
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const match = by === 'id' ? `p.id = ${params.add(id)}::uuid` : `p.code = ${params.add(code!.toUpperCase())}`;
    const node = this.reader.json('Project', 'p', selectionOf(info), scope);
    const [row] = await this.run(ctx)(`SELECT ${node} AS node FROM project p WHERE ${match} AND ${projectReadable('p', scope)}`, params.values);
    return row?.node ?? null;
  }

  /** Whether the caller may read the project. */
  async isReadable(ctx: RequestContext, projectId: string): Promise<boolean> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const rows = await this.run(ctx)(`SELECT 1 FROM project p WHERE p.id = ${params.add(projectId)}::uuid AND ${projectReadable('p', scope)}`, params.values);
    return rows.length > 0;
  }

  /** Projects the caller may read, filtered and keyset-paginated; newest first by default. */
  async list(ctx: RequestContext, args: ProjectsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    const field = args.orderBy?.field ?? ProjectOrderField.CREATED_AT;
    const direction = args.orderBy?.direction ?? (args.orderBy ? OrderDirection.ASC : OrderDirection.DESC);
    const byTitle = field === ProjectOrderField.TITLE;
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const where = [...(scope.all ? [] : [projectReadable('p', scope)]), ...filterConditions(args.filter, params)];
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    return readPage(this.run(ctx), {
      from: 'project p',
      where,
      params,
      keyset: {
        key: `${field}:${direction}`,
        kind: byTitle ? 'text' : 'timestamp',
        column: byTitle ? 'p.title' : 'p.created_at',
        id: 'p.id',
        cursorValue: byTitle ? 'p.title' : isoTimestamp('p.created_at'),
        direction,
      },
      first: args.first ?? defaultPageSize,
      after: args.after,
      node: () => this.reader.json('Project', 'p', pathOf(selectionOf(info), connection, ['edges', 'node']), scope),
    });
  }

  private run(ctx: RequestContext): RunSql {
    return (sql, values) => (ctx.manager ?? this.dataSource.manager).query(sql, values);
  }
}

/** The list's filters as SQL conditions over `p`. */
function filterConditions(filter: ProjectFilter | undefined, params: SqlParams): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  const helixPresent = (helix: string) => {
    const value = params.add(helix);
    return `EXISTS (SELECT 1 FROM project_participant hp JOIN organization ho ON ho.id = hp.organization_id
      WHERE hp.project_id = p.id AND hp.status = 'ACTIVE' AND (ho.helix = ${value} OR ${value} = ANY (ho.secondary_helices)))`;
  };
  if (filter.status?.length) conditions.push(`p.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.organizationId) {
    conditions.push(
      `EXISTS (SELECT 1 FROM project_participant op WHERE op.project_id = p.id AND op.status = 'ACTIVE' AND op.organization_id = ${params.add(filter.organizationId)}::uuid)`,
    );
  }
  if (filter.helix) conditions.push(helixPresent(filter.helix));
  if (filter.tripleHelixOnly) conditions.push(...tripleHelix.map(helixPresent));
  if (filter.icfFactor) conditions.push(`p.icf_factors @> ARRAY[${params.add(filter.icfFactor)}::text]`);
  if (filter.programmeId) conditions.push(`p.programme_id = ${params.add(filter.programmeId)}::uuid`);
  if (filter.activeFrom) conditions.push(`(p.end_date IS NULL OR p.end_date >= ${params.add(filter.activeFrom)}::date)`);
  if (filter.activeUntil) conditions.push(`(p.start_date IS NULL OR p.start_date <= ${params.add(filter.activeUntil)}::date)`);
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    conditions.push(`${searchDocument} LIKE '%' || fold_text(${params.add(escapeLike(word))}) || '%'`);
  }
  return conditions;
}
