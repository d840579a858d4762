import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where the admin console lives; its files are under `<path>/assets/`. */
export const adminConsolePath = '/admin';

/** The checkout (or image) root: the nearest folder above this module with a package.json. */
function projectRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
}

interface Asset {
  url: string;
  type: string;
  body: Buffer;
}

/** The console's script and stylesheet as `npm run build` writes them to dist/console; none when it has not run. */
function loadAssets(folder: string): Asset[] | null {
  const files = [
    { name: 'console.js', type: 'text/javascript; charset=utf-8' },
    { name: 'console.css', type: 'text/css; charset=utf-8' },
  ];
  if (!files.every((file) => existsSync(path.join(folder, file.name)))) return null;
  return files.map(({ name, type }) => {
    const body = readFileSync(path.join(folder, name));
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const [base, extension] = name.split('.');
    return { url: `${adminConsolePath}/assets/${base}.${digest}.${extension}`, type, body };
  });
}

/**
 * The console's pages may load only what the service serves: its one script (no inline code, no eval),
 * its one stylesheet, the SVG charts as images; they speak to this origin only (the GraphQL API).
 */
export const adminConsolePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(assets: Asset[]): string {
  const script = assets.find((asset) => asset.type.startsWith('text/javascript'))!;
  const style = assets.find((asset) => asset.type.startsWith('text/css'))!;
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>Triple Helix · Admin</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${style.url}">
  </head>
  <body>
    <div id="console" data-endpoint="/graphql"><p class="loading">…</p></div>
    <noscript>JavaScript is needed for the admin console. / Trang quản trị cần JavaScript.</noscript>
    <script src="${script.url}" defer></script>
  </body>
</html>
`;
}

function secured(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', adminConsolePolicy)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin');
}

/**
 * The admin console at `/admin`: a page and two files built by `npm run build` (dist/console). It speaks
 * only the public GraphQL API, with the signed-in person's token, so the API decides every action.
 */
export function registerAdminConsole(fastify: FastifyInstance, folder = path.join(projectRoot(), 'dist', 'console')): void {
  const assets = loadAssets(folder);
  for (const asset of assets ?? []) {
    fastify.get(asset.url, async (_request, reply) =>
      secured(reply).header('content-type', asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body),
    );
  }
  const html = assets ? page(assets) : null;
  const serve = async (_request: unknown, reply: FastifyReply) => {
    if (!html) return secured(reply).code(503).header('content-type', 'text/plain; charset=utf-8').send('The admin console is not built: run `npm run build`.\n');
    return secured(reply).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  };
  fastify.get(adminConsolePath, serve);
  fastify.get(`${adminConsolePath}/`, serve);
}
