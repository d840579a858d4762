import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/import-boundaries.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'examples/dist/', 'examples/node_modules/', 'examples/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', fetch: 'readonly', require: 'readonly', module: 'writable' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Not consistent-type-imports: decorator metadata needs the value imports of injected and
      // validated classes, and turning them into type imports silently breaks DI and validation.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through loadConfig (src/config/config.ts).' },
      ],
    },
  },
  {
    // The layers of src/: what each may import (see ARCHITECTURE.md).
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    rules: {
      'boundaries/imports': [
        'error',
        {
          layers: [
            { from: 'src/common', allow: ['src/common', 'src/config'], why: 'common/ is generic and imports no domain; a domain registers what common needs' },
            { from: 'src', deny: ['scripts', 'test'], why: 'src/ is what the production image ships; development tools, synthetic data and tests are not' },
          ],
        },
      ],
      'boundaries/entities': [
        'error',
        {
          domains: 'src',
          // Not domains: the generic layer, configuration, the database runtime and the demo data.
          shared: ['common', 'config', 'database', 'demo'],
        },
      ],
    },
  },
  {
    // Configuration itself, the test harness and scripts may read the environment.
    files: ['src/config/config.ts', 'src/database/embedded-postgres.ts', 'test/**', 'scripts/**', 'examples/**', '**/*.spec.ts', '**/*.cjs'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['test/**', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
