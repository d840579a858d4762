import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { JsonReader } from '../common/read/json-reader.js';
import type { RequestContext } from '../common/request-context.js';
import type { TrainingProgrammesArgs } from './dto/training.inputs.js';
import { trainingProgrammePage } from './training.read.js';

/** The read path of training programmes: a page of them, or one, with whatever the client selected under them, in one statement (see `JsonReader`). */
@Injectable()
export class TrainingReader {
  constructor(private readonly reader: JsonReader) {}

  list(ctx: RequestContext, args: TrainingProgrammesArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    return this.reader.page(ctx, info, 'TrainingProgramme', 'tr', (scope) => trainingProgrammePage('tr', args, scope));
  }

  findOne(ctx: RequestContext, id: string, info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.one(ctx, info, 'TrainingProgramme', 'tr', (scope) => `training_programme tr WHERE tr.id = ${scope.params.add(id)}::uuid`);
  }
}
