import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { OrganizationResolver } from '../../organizations/organization.resolver.js';

/**
 * Every resolver of the API, for printing the schema without starting the application. A test
 * compares the running application's schema with schema.gql, so a resolver missing here shows up.
 */
export const schemaResolvers: Function[] = [OrganizationResolver];

export function printApiSchema(schema: GraphQLSchema): string {
  return `# The GraphQL schema of the Triple Helix API, printed by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
