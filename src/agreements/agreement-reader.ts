import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { getNamedType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import { readPage, type RunSql } from '../common/read/page.js';
import type { NestedPage } from '../common/read/read-model.js';
import { pathOf, selectionOf } from '../common/read/selection.js';
import { SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { exactlyOneOf } from '../common/validation.js';
import { agreementPage, agreementReadable, obligationPage } from './agreement.read.js';
import type { AgreementLookupArgs, AgreementsArgs, ObligationsArgs } from './dto/agreement.inputs.js';

/**
 * The read path of agreements and obligations: a lookup or a page, with whatever the client selected
 * under it, in one statement (see `JsonReader`), restricted in SQL to the agreements the caller is party to.
 */
@Injectable()
export class AgreementReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: JsonReader,
  ) {}

  /** One agreement by id or code; null when there is none or the caller is no party to it. */
  async findOne(ctx: RequestContext, { id, code }: AgreementLookupArgs, info: GraphQLResolveInfo): Promise<unknown> {
    const by = exactlyOneOf({ id, code }, ['id', 'code']);
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const match = by === 'id' ? `a.id = ${params.add(id)}::uuid` : `a.code = ${params.add(code!.trim().toUpperCase())}::text`;
    const node = this.reader.json('Agreement', 'a', selectionOf(info), scope);
    const [row] = await this.run(ctx)(`SELECT ${node} AS node FROM agreement a WHERE ${match} AND ${agreementReadable('a', scope)}`, params.values);
    return row?.node ?? null;
  }

  /** Agreements the caller is party to, filtered and keyset-paginated, newest first. */
  async list(ctx: RequestContext, args: AgreementsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.page(ctx, info, 'Agreement', 'a', (scope) => agreementPage('a', args, scope));
  }

  /** Obligations under the agreements the caller is party to, filtered and keyset-paginated, earliest due first. */
  async obligations(ctx: RequestContext, args: ObligationsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.page(ctx, info, 'AgreementObligation', 'ob', (scope) => obligationPage('ob', args, scope));
  }

  private async page(
    ctx: RequestContext,
    info: GraphQLResolveInfo,
    type: string,
    alias: string,
    rows: (scope: Awaited<ReturnType<AccessService['readScope']>>) => NestedPage,
  ): Promise<ConnectionShape<unknown>> {
    const params = new SqlParams();
    const scope = await this.access.readScope(ctx, params);
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    return readPage(this.run(ctx), {
      ...rows(scope),
      params,
      node: () => this.reader.json(type, alias, pathOf(selectionOf(info), connection, ['edges', 'node']), scope),
    });
  }

  private run(ctx: RequestContext): RunSql {
    return (sql, values) => (ctx.manager ?? this.dataSource.manager).query(sql, values);
  }
}
