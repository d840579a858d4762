import { isObjectType, type GraphQLFieldResolver, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { connectionKey, type ServedAs } from './json-reader.js';
import { connectionOf, type NestedPageJson } from './page.js';

/** Marks the DateTime serializer once it also takes ISO text. */
const readsText = Symbol('DateTime reads ISO text');

/**
 * Fields that a read model answers in SQL and that also have a resolver in code (for objects built
 * elsewhere, e.g. by a mutation): the value the SQL put on the object comes first, so a nested page
 * read in one statement runs no resolver, no loader and no access check per field. Objects built in
 * code never carry a property named like one of these fields, so their resolvers run as before. A
 * connection's page is kept under its response key (aliases may ask different pages).
 *
 * DateTime also takes the ISO text the read models write (`isoTimestamp`), beside Date objects.
 */
export function serveReadModelFields(schema: GraphQLSchema, served: Map<string, Map<string, ServedAs>>): GraphQLSchema {
  for (const [typeName, fields] of served) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const definitions = type.getFields();
    for (const [name, servedAs] of fields) {
      const field = definitions[name];
      if (!field?.resolve) continue;
      const resolveInCode: GraphQLFieldResolver<Record<string, unknown>, unknown> = field.resolve;
      if (servedAs === 'connection') {
        field.resolve = (source: Record<string, unknown>, args, context, info) => {
          const page = source[connectionKey(name, String(info.path.key))];
          // Null: the read model left the refusal to the resolver.
          return page == null ? resolveInCode(source, args, context, info) : connectionOf(page as NestedPageJson);
        };
      } else if (field.args.length === 0) {
        field.resolve = (source: Record<string, unknown>, args, context, info) =>
          Object.hasOwn(source, name) ? source[name] : resolveInCode(source, args, context, info);
      }
    }
  }
  const dateTime = schema.getType('DateTime') as GraphQLScalarType | undefined;
  // The scalar object is shared by every schema of the process: taught once.
  if (dateTime && !(readsText in dateTime.serialize)) {
    const serializeDate = dateTime.serialize.bind(dateTime);
    const serialize = (value: unknown) => (typeof value === 'string' ? value : serializeDate(value));
    (dateTime as { serialize: GraphQLScalarType['serialize'] }).serialize = Object.assign(serialize, { [readsText]: true });
  }
  return schema;
}
