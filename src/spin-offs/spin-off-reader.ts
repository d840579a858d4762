import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import type { RequestContext } from '../common/request-context.js';
import type { SpinOffsArgs } from './dto/spin-off.inputs.js';
import { spinOffPage } from './spin-off.read.js';

/** The read path of spin-offs: a page of them, with whatever the client selected under them, in one statement (see `JsonReader`). */
@Injectable()
export class SpinOffReader {
  constructor(private readonly reader: JsonReader) {}

  /** Spin-offs whose startup is not archived, filtered and keyset-paginated, newest first. */
  list(ctx: RequestContext, args: SpinOffsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'SpinOff', 's', (scope) => spinOffPage('s', args, scope));
  }
}
