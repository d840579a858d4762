import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertObjectType, getArgumentValues, getNamedType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { sqlRows, type Queryable } from '../prepared-query.js';
import type { ConnectionShape } from '../pagination/connection.js';
import type { RequestContext } from '../request-context.js';
import { validArguments } from '../validation.js';
import { keysetComparison, keysetOrder, readPage, type RunSql } from './page.js';
import { isConnection, isRelation, type ConnectionField, type NestedPage, type ReadField, type ReadModel, type ReadScope } from './read-model.js';
import { fieldsOf, pathOf, selectionOf, selects, type Selection } from './selection.js';
import { SqlParams } from './sql.js';

/** How many statement texts are prepared at most, and how many are remembered as seen once. */
const preparedLimit = 256;
const seenLimit = 4096;

/** Names the statements worth preparing: those met a second time, while fewer than `preparedLimit` are named. */
class PreparedStatements {
  private readonly seen = new Set<string>();
  private readonly names = new Map<string, string>();

  nameOf(sql: string): string | undefined {
    const known = this.names.get(sql);
    if (known || this.names.size >= preparedLimit) return known;
    if (!this.seen.has(sql)) {
      if (this.seen.size >= seenLimit) this.seen.clear();
      this.seen.add(sql);
      return undefined;
    }
    const name = `read_${createHash('sha1').update(sql).digest('hex')}`;
    this.names.set(sql, name);
    return name;
  }
}

/** The read models of every domain, provided by the application. */
export const READ_MODELS = Symbol('READ_MODELS');

/** json_build_object takes at most 100 arguments. */
const maxPairs = 50;

/** What a read model makes of a field, for the schema's resolvers (see `serveReadModelFields`). */
export type ServedAs = 'value' | 'connection';

/** Where the page of a connection field is kept on its row: one key per response key, as aliases may ask different pages. */
export function connectionKey(field: string, responseKey: string): string {
  return `${field}|${responseKey}`;
}

/**
 * Writes, for a selection, the SQL expression that builds each row's answer as JSON: the selected
 * fields the read models answer, and the objects, lists and pages they lead to as correlated
 * subqueries, so a root field with everything nested under it is one statement (the look-ahead of
 * PostGraphile and Join Monster). Fields resolved in code still work: their object carries the `base`
 * its resolvers expect. Keys are field names, so the default resolvers read them.
 */
@Injectable()
export class JsonReader {
  private readonly prepared = new PreparedStatements();
  private readonly models = new Map<string, { base?: ReadModel['base']; fields: Record<string, ReadField> }>();

  constructor(
    @Inject(READ_MODELS) models: ReadModel[],
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {
    // A type's owner gives its base; other domains may add fields to it.
    for (const model of models) {
      const known = this.models.get(model.type) ?? { fields: {} };
      this.models.set(model.type, { base: known.base ?? model.base, fields: { ...known.fields, ...model.fields } });
    }
  }

  /** What the caller may read, for one new statement. */
  scope(ctx: RequestContext): Promise<ReadScope> {
    return this.access.readScope(ctx, new SqlParams());
  }

  /**
   * Runs statements in the request's transaction, if it has one. A statement met before is prepared
   * (named), so PostgreSQL reuses its plan on that connection instead of planning it again: the same
   * question from clients is the same text. At most `preparedLimit` texts are ever named, so what
   * each connection keeps stays bounded whatever clients send.
   */
  run(ctx: RequestContext): RunSql {
    return async (sql, values) => {
      const transaction = ctx.manager?.queryRunner;
      // `connect` answers the transaction's own connection, already open.
      const client = transaction ? ((await transaction.connect()) as Queryable) : undefined;
      return sqlRows(this.dataSource, { name: this.prepared.nameOf(sql), text: sql, values }, client);
    };
  }

  /** The row of `type` at `alias` that `from` finds (`table alias WHERE ...`, written with the scope), answering the field of `info`; null when there is none. */
  async one(ctx: RequestContext, info: GraphQLResolveInfo, type: string, alias: string, from: (scope: ReadScope) => string): Promise<unknown> {
    const scope = await this.scope(ctx);
    const rows = from(scope);
    const node = this.json(type, alias, selectionOf(info), scope);
    const [row] = await this.run(ctx)(`SELECT ${node} AS node FROM ${rows} LIMIT 1`, scope.params.values);
    return row?.node ?? null;
  }

  /** A page of `type` at `alias` (the rows of `rows`, written with the scope), answering the connection field of `info`. */
  async page(ctx: RequestContext, info: GraphQLResolveInfo, type: string, alias: string, rows: (scope: ReadScope) => NestedPage): Promise<ConnectionShape<unknown>> {
    const scope = await this.scope(ctx);
    const connection = getNamedType(info.returnType) as GraphQLObjectType;
    return readPage(this.run(ctx), {
      ...rows(scope),
      params: scope.params,
      node: () => this.json(type, alias, pathOf(selectionOf(info), connection, ['edges', 'node']), scope),
    });
  }

  /** The JSON of one row of `type` found at `alias`, answering `selection`. */
  json(type: string, alias: string, selection: Selection, scope: ReadScope): string {
    let next = 0;
    const write = (typeName: string, at: string, current: Selection): string => {
      const model = this.models.get(typeName);
      if (!model) throw new Error(`no read model for ${typeName}`);
      const graphqlType = assertObjectType(current.info.schema.getType(typeName));
      const definitions = graphqlType.getFields();
      const pairs = new Map<string, string>();
      let resolvedInCode = false;
      const selected = fieldsOf(current, graphqlType);
      for (const [responseKey, nodes] of selected) {
        const name = nodes[0].name.value;
        const field = model.fields[name];
        if (name.startsWith('__') || pairs.has(name)) continue;
        const takesArguments = definitions[name].args.length > 0;
        if (field && isConnection(field) && takesArguments) {
          const target = `r${++next}`;
          const page = this.connection(field, at, target, { info: current.info, fieldNodes: nodes }, definitions[name], scope, write);
          pairs.set(connectionKey(name, responseKey), page.json);
          // A page the read model may refuse leaves the refusal to the resolver, which needs the row.
          resolvedInCode ||= page.refusable;
        } else if (!field || takesArguments || isConnection(field)) {
          resolvedInCode = true;
        } else if (!isRelation(field)) {
          pairs.set(name, field.value(at, scope));
        } else {
          // Aliases of a field without arguments read the same rows: their selections are merged.
          const all = [...selected.values()].flat().filter((node) => node.name.value === name);
          const target = `r${++next}`;
          const child = write(field.type, target, { info: current.info, fieldNodes: all });
          const from = field.from(at, target, scope);
          const value = field.orderBy
            ? `coalesce((SELECT json_agg(${child} ORDER BY ${field.orderBy(target)}) FROM ${from}), '[]'::json)`
            : `(SELECT ${child} FROM ${from})`;
          pairs.set(name, field.when ? `CASE WHEN ${field.when(at, scope)} THEN ${value} END` : value);
        }
      }
      if (resolvedInCode) {
        if (!model.base) throw new Error(`the read model of ${typeName} has no base for the fields resolved in code`);
        for (const [key, value] of Object.entries(model.base(at))) if (!pairs.has(key)) pairs.set(key, value);
      }
      return jsonObject([...pairs]);
    };
    return write(type, alias, selection);
  }

  /** The fields the read models answer, by type, and how. */
  servedFields(): Map<string, Map<string, ServedAs>> {
    return new Map(
      [...this.models].map(([type, model]) => [
        type,
        new Map(Object.entries(model.fields).map(([name, field]): [string, ServedAs] => [name, isConnection(field) ? 'connection' : 'value'])),
      ]),
    );
  }

  /**
   * One page of a connection below the row at `alias`, as `{key, rows: [[node, cursorValue, id]...],
   * more, total?, before?}` (see `connectionOf`); the count and the look back only when selected.
   */
  private connection(
    field: ConnectionField,
    alias: string,
    target: string,
    selection: Selection,
    definition: ReturnType<GraphQLObjectType['getFields']>[string],
    scope: ReadScope,
    write: (type: string, at: string, selection: Selection) => string,
  ): { json: string; refusable: boolean } {
    const raw = getArgumentValues(definition, selection.fieldNodes[0] as FieldNode, selection.info.variableValues);
    const args = validArguments(field.args, raw);
    const page = field.page(alias, target, args as never, scope);
    const connectionType = getNamedType(definition.type) as GraphQLObjectType;
    const pageInfoType = getNamedType(connectionType.getFields().pageInfo.type) as GraphQLObjectType;
    const { keyset, first } = page;
    const params = scope.params;
    const where = (extra: string[]) => [...page.where, ...extra].join(' AND ') || 'true';
    const pairs: [string, string][] = [['key', `${params.add(keyset.key)}::text`]];
    if (selects(selection, connectionType, 'totalCount')) {
      const counted = page.counted ?? page;
      pairs.push(['total', `(SELECT count(*) FROM ${counted.from} WHERE ${counted.where.join(' AND ') || 'true'})`]);
    }
    if (page.after != null && selects(pathOf(selection, connectionType, ['pageInfo']), pageInfoType, 'hasPreviousPage')) {
      pairs.push(['before', `EXISTS (SELECT 1 FROM ${page.from} WHERE ${where([keysetComparison(keyset, params, page.after, 'atOrBefore')])})`]);
    }
    const { when } = page;
    const allowed = (json: string) => ({ json: when ? `CASE WHEN ${when} THEN ${json} END` : json, refusable: when !== undefined });
    // An empty page still writes its conditions: a parameter they added that the statement does not use would fail it. LIMIT 0 reads nothing.
    if (first === 0) return allowed(jsonObject([...pairs, ['rows', `'[]'::json`], ['more', `EXISTS (SELECT 1 FROM ${page.from} WHERE ${where([])} LIMIT 0)`]]));
    const after = page.after == null ? [] : [keysetComparison(keyset, params, page.after, 'after')];
    const node = write(field.type, target, pathOf(selection, connectionType, ['edges', 'node']));
    const order = keysetOrder(keyset);
    pairs.push(
      ['rows', `coalesce(json_agg(json_build_array(page.node, page.cursor_value, page.cursor_id) ORDER BY page.rank) FILTER (WHERE page.rank <= ${first}), '[]'::json)`],
      ['more', `count(*) > ${first}`],
    );
    return allowed(`(SELECT ${jsonObject(pairs)} FROM (
      SELECT ${node} AS node, ${keyset.cursorValue} AS cursor_value, ${keyset.id} AS cursor_id, row_number() OVER (ORDER BY ${order}) AS rank
        FROM ${page.from} WHERE ${where(after)} ORDER BY ${order} LIMIT ${first + 1}) page)`);
  }
}

function jsonObject(pairs: [string, string][]): string {
  const args = (chunk: [string, string][]) => chunk.map(([key, value]) => `'${key}', ${value}`).join(', ');
  if (pairs.length <= maxPairs) return `json_build_object(${args(pairs)})`;
  const chunks: string[] = [];
  for (let start = 0; start < pairs.length; start += maxPairs) chunks.push(`jsonb_build_object(${args(pairs.slice(start, start + maxPairs))})`);
  return `(${chunks.join(' || ')})::json`;
}

