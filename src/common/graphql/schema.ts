import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** Root types get their descriptions here: code-first has no decorator for them. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Reads. Anonymous callers may read the public organisation directory.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes. Each runs in one transaction and is recorded in the audit trail.';
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'Live updates over WebSocket (graphql-ws protocol) at /graphql, announced after commit.';
  return schema;
}

export function printApiSchema(schema: GraphQLSchema): string {
  return `# The GraphQL schema of the Triple Helix API, printed by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
