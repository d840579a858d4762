import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the admin console (console/src, Preact and TypeScript) into dist/console: one script and one
 * stylesheet, minified, served by the service at /admin (src/common/browser/admin-console.ts).
 * Run after `nest build`, which empties dist/.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'dist', 'console');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const started = Date.now();
await build({
  entryPoints: [path.join(root, 'console', 'src', 'main.tsx')],
  outfile: path.join(out, 'console.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  tsconfig: path.join(root, 'console', 'tsconfig.json'),
});
copyFileSync(path.join(root, 'console', 'console.css'), path.join(out, 'console.css'));
console.log(`admin console built into dist/console in ${Date.now() - started} ms`);
