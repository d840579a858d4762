import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
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
  constructor(private readonly reader: JsonReader) {}

  /** One agreement by id or code; null when there is none or the caller is no party to it. */
  findOne(ctx: RequestContext, { id, code }: AgreementLookupArgs, info: GraphQLResolveInfo): Promise<unknown> {
    const by = exactlyOneOf({ id, code }, ['id', 'code']);
    return this.reader.one(ctx, info, 'Agreement', 'a', (scope) => {
      const match = by === 'id' ? `a.id = ${scope.params.add(id)}::uuid` : `a.code = ${scope.params.add(code!.trim().toUpperCase())}::text`;
      return `agreement a WHERE ${match} AND ${agreementReadable('a', scope)}`;
    });
  }

  /** Agreements the caller is party to, filtered and keyset-paginated, newest first. */
  list(ctx: RequestContext, args: AgreementsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'Agreement', 'a', (scope) => agreementPage('a', args, scope));
  }

  /** Obligations under the agreements the caller is party to, filtered and keyset-paginated, earliest due first. */
  obligations(ctx: RequestContext, args: ObligationsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'AgreementObligation', 'ob', (scope) => obligationPage('ob', args, scope));
  }
}
