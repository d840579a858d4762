import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the GraphQL operations the tests send: `graphql(`...`)` calls under test/ are read
 * against schema.gql, and test/graphql/ gets a typed document for each (`npm run codegen`).
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['test/**/*.ts', '!test/graphql/**'],
  generates: {
    'test/graphql/': {
      preset: 'client',
      // Tests read whole results; fragments only save repeating field lists.
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents stay strings: the test client posts them as they are written.
        documentMode: 'string',
        useTypeImports: true,
        importExtension: '.js',
        enumsAsTypes: true,
        // Both travel as strings: Date as YYYY-MM-DD, DateTime as ISO 8601 in UTC.
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
