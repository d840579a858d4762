import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
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
  constructor(private readonly reader: JsonReader) {}

  /** One project by id or code, answering the selection of `info`; null when there is none or the caller may not read it. */
  findOne(ctx: RequestContext, { id, code }: ProjectLookupArgs, info: GraphQLResolveInfo): Promise<unknown> {
    const by = exactlyOneOf({ id, code }, ['id', 'code']);
    return this.reader.one(ctx, info, 'Project', 'p', (scope) => {
      const match = by === 'id' ? `p.id = ${scope.params.add(id)}::uuid` : `p.code = ${scope.params.add(code!.toUpperCase())}::text`;
      return `project p WHERE ${match} AND ${projectReadable('p', scope)}`;
    });
  }

  /** Whether the caller may read the project. */
  async isReadable(ctx: RequestContext, projectId: string): Promise<boolean> {
    const scope = await this.reader.scope(ctx);
    const rows = await this.reader.run(ctx)(`SELECT 1 FROM project p WHERE p.id = ${scope.params.add(projectId)}::uuid AND ${projectReadable('p', scope)}`, scope.params.values);
    return rows.length > 0;
  }

  /** Projects the caller may read, filtered and keyset-paginated; newest first by default. */
  list(ctx: RequestContext, args: ProjectsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    const organizationId = args.filter?.organizationId;
    return this.reader.page(ctx, info, 'Project', 'p', (scope) =>
      projectPage('p', args, scope, organizationId ? `${scope.params.add(organizationId)}::uuid` : undefined),
    );
  }
}
