import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import { readPage } from '../common/read/page.js';
import { pathOf, selectionOf } from '../common/read/selection.js';
import { SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import type { SpinOffsArgs } from './dto/spin-off.inputs.js';
import { spinOffPage } from './spin-off.read.js';

/** The read path of spin-offs: a page of them, with whatever the client selected under them, in one statement (see `JsonReader`). */
@Injectable()
export class SpinOffReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: JsonReader,
  ) {}

  /** Spin-offs whose startup is not archived, filtered and keyset-paginated, newest first. */
  async list(ctx: RequestContext, args: SpinOffsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    return readPage((sql, values) => (ctx.manager ?? this.dataSource.manager).query(sql, values), {
      ...spinOffPage('s', args, scope),
      params,
      node: () => this.reader.json('SpinOff', 's', pathOf(selectionOf(info), connection, ['edges', 'node']), scope),
    });
  }
}
