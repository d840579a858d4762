import {
  astFromValue,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The variables with the default values of the input fields they leave out filled in, as clients
 * would have written them. graphql-js applies these defaults itself; compiled queries (Mercurius'
 * JIT, graphql-jit) do not, so `orderBy: $order` with `{field: NAME}` would reach a resolver without
 * its default direction. Values that are not objects of the declared input type are left as they
 * are, for the execution's own checks to refuse.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): Record<string, unknown> | undefined {
  if (!variables) return variables;
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation?.variableDefinitions?.length) return variables;
  let filled: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputObjectType(getNamedType(type)) || !Object.hasOwn(variables, name)) continue;
    const value = fill(type as GraphQLInputType, variables[name]);
    if (value !== variables[name]) (filled ??= { ...variables })[name] = value;
  }
  return filled ?? variables;
}

/** The value with its input objects' defaults filled in; the same value when nothing was missing. */
function fill(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return fill(type.ofType, value);
  if (isListType(type)) {
    if (!Array.isArray(value)) return fill(type.ofType, value);
    const items = value.map((item) => fill(type.ofType, item));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  let result: Record<string, unknown> | undefined;
  for (const field of Object.values(type.getFields())) {
    const present = Object.hasOwn(object, field.name);
    if (!present && field.defaultValue === undefined) continue;
    const next = present ? fill(field.type, object[field.name]) : external(field.defaultValue, field.type);
    if (!present || next !== object[field.name]) (result ??= { ...object })[field.name] = next;
  }
  return result ?? value;
}

/** A default value (internal, as the schema keeps it) as a client would send it in variables. */
function external(value: unknown, type: GraphQLInputType): unknown {
  const ast = astFromValue(value, type);
  return ast ? valueFromASTUntyped(ast) : value;
}
