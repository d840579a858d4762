import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the operations the examples send, read against the API's published schema
 * (../schema.gql): `graphql(`...`)` calls under src/ get a typed document each in src/gql/.
 */
const config: CodegenConfig = {
  schema: '../schema.gql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        importExtension: '.js',
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
