import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import type { RequestContext } from '../common/request-context.js';
import type { PlacementsArgs } from './dto/placement.inputs.js';
import { placementPage, placementReadable } from './placement.read.js';

/** The read path of placements: a page of them, or one, with whatever the client selected under them, in one statement (see `JsonReader`). */
@Injectable()
export class PlacementReader {
  constructor(private readonly reader: JsonReader) {}

  /** The placements the caller may read, filtered and keyset-paginated, newest first. */
  list(ctx: RequestContext, args: PlacementsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'Placement', 'p', (scope) => placementPage('p', args, scope));
  }

  /** One placement; null when there is none or the caller may not read it. */
  findOne(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.one(ctx, info, 'Placement', 'p', (scope) => `placement p WHERE p.id = ${scope.params.add(id)}::uuid AND ${placementReadable('p', scope)}`);
  }
}
