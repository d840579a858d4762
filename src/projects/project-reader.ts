import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import { readPage, type RunSql } from '../common/read/page.js';
import { pathOf, selectionOf } from '../common/read/selection.js';
import { SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { exactlyOneOf } from '../common/validation.js';
import type { ProjectLookupArgs, ProjectsArgs } from './dto/project.inputs.js';
import { projectPage, projectReadable } from './project.read.js';


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
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    const organizationId = args.filter?.organizationId;
    return readPage(this.run(ctx), {
      ...projectPage('p', args, scope, organizationId ? `${params.add(organizationId)}::uuid` : undefined),
      params,
      node: () => this.reader.json('Project', 'p', pathOf(selectionOf(info), connection, ['edges', 'node']), scope),
    });
  }

  private run(ctx: RequestContext): RunSql {
    return (sql, values) => (ctx.manager ?? this.dataSource.manager).query(sql, values);
  }
}
