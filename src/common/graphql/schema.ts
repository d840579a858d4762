import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** Root types get their descriptions here, and so does DateTime: code-first has no decorator for them. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Reads. Anonymous callers may read the public organisation directory.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes. Each runs in one transaction and is recorded in the audit trail.';
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'Live updates over WebSocket (graphql-ws protocol) at /graphql, announced after commit.';
  const dateTime = schema.getType('DateTime');
  if (dateTime) {
    dateTime.description = 'A point in time, written in ISO 8601 in UTC with milliseconds, such as 2026-01-31T08:00:00.000Z (as `Date.toISOString` writes it). Inputs take ISO 8601 with a zone (`Z` or an offset).';
  }
  return schema;
}

export function printApiSchema(schema: GraphQLSchema): string {
  return `# The GraphQL schema of the Triple Helix API, printed by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
