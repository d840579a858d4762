import { Inject, Injectable } from '@nestjs/common';
import { assertObjectType, getNamedType, type GraphQLObjectType } from 'graphql';
import { isRelation, type ReadModel, type ReadScope } from './read-model.js';
import { fieldsOf, type Selection } from './selection.js';

/** The read models of every domain, provided by the application. */
export const READ_MODELS = Symbol('READ_MODELS');

/** json_build_object takes at most 100 arguments. */
const maxPairs = 50;

/**
 * Writes, for a selection, the SQL expression that builds each row's answer as JSON: the selected
 * fields the read models answer, and the objects and lists they lead to as correlated subqueries, so a
 * root field with everything nested under it is one statement (the look-ahead of PostGraphile and
 * Join Monster). Fields resolved in code still work: their object carries the `base` its resolvers
 * expect. Keys are field names, so the default resolvers read them.
 */
@Injectable()
export class JsonReader {
  private readonly models: Map<string, ReadModel>;

  constructor(@Inject(READ_MODELS) models: ReadModel[]) {
    this.models = new Map(models.map((model) => [model.type, model]));
  }

  /** The JSON of one row of `type` found at `alias`, answering `selection`. */
  json(type: string, alias: string, selection: Selection, scope: ReadScope): string {
    let next = 0;
    const write = (typeName: string, at: string, current: Selection): string => {
      const model = this.models.get(typeName);
      if (!model) throw new Error(`no read model for ${typeName}`);
      const graphqlType = assertObjectType(current.info.schema.getType(typeName));
      const definitions = graphqlType.getFields();
      const pairs: [string, string][] = [];
      let resolvedInCode = false;
      for (const [name, nodes] of fieldsOf(current, graphqlType)) {
        const field = model.fields[name];
        if (name.startsWith('__')) continue;
        if (!field || definitions[name].args.length > 0) {
          resolvedInCode = true;
          continue;
        }
        if (!isRelation(field)) {
          pairs.push([name, field.value(at, scope)]);
          continue;
        }
        const target = `r${++next}`;
        const child = write(field.type, target, { info: current.info, fieldNodes: nodes });
        const from = field.from(at, target, scope);
        pairs.push([
          name,
          field.orderBy
            ? `coalesce((SELECT json_agg(${child} ORDER BY ${field.orderBy(target)}) FROM ${from}), '[]'::json)`
            : `(SELECT ${child} FROM ${from})`,
        ]);
      }
      if (resolvedInCode) {
        const written = new Set(pairs.map(([key]) => key));
        for (const [key, value] of Object.entries(model.base(at))) if (!written.has(key)) pairs.push([key, value]);
      }
      return jsonObject(pairs);
    };
    return write(type, alias, selection);
  }

  /** Whether a read model describes the type. */
  has(type: GraphQLObjectType | string): boolean {
    return this.models.has(typeof type === 'string' ? type : getNamedType(type).name);
  }

  /** Every field a read model answers that also has a resolver in code: the SQL's value comes first. */
  servedFields(): Map<string, Set<string>> {
    return new Map([...this.models].map(([type, model]) => [type, new Set(Object.keys(model.fields))]));
  }
}

function jsonObject(pairs: [string, string][]): string {
  const args = (chunk: [string, string][]) => chunk.map(([key, value]) => `'${key}', ${value}`).join(', ');
  if (pairs.length <= maxPairs) return `json_build_object(${args(pairs)})`;
  const chunks: string[] = [];
  for (let start = 0; start < pairs.length; start += maxPairs) chunks.push(`jsonb_build_object(${args(pairs.slice(start, start + maxPairs))})`);
  return `(${chunks.join(' || ')})::json`;
}
