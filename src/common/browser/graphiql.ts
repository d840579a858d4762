import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/** Where the IDE lives; its files are under `<path>/assets/`. */
export const graphiqlPath = '/graphiql';

/**
 * The files the page loads, each from the npm package that ships it (UMD builds, no bundler): React 18
 * (the last with UMD builds), GraphiQL 4 (its last line with one) and the graphql-ws client for
 * subscriptions. Served by the service itself, so the IDE works without reaching any other host.
 */
const packagedAssets = [
  { name: 'react.js', from: 'react', file: 'umd/react.production.min.js' },
  { name: 'react-dom.js', from: 'react-dom', file: 'umd/react-dom.production.min.js' },
  { name: 'graphql-ws.js', from: 'graphql-ws', file: 'umd/graphql-ws.min.js' },
  { name: 'graphiql.js', from: 'graphiql', file: 'graphiql.min.js' },
  { name: 'graphiql.css', from: 'graphiql', file: 'graphiql.min.css' },
] as const;

/**
 * Starts GraphiQL on the page's element. Queries and mutations go over HTTP, subscriptions over
 * graphql-ws at the same path; the headers typed in GraphiQL's header editor (Authorization or
 * X-Api-Key) go with both: in the request, or in the socket's connection_init payload.
 */
const startScript = `(function () {
  'use strict';
  var element = document.getElementById('graphiql');
  var endpoint = new URL(element.getAttribute('data-endpoint'), location.href);
  var socketEndpoint = new URL(endpoint.href);
  socketEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
  // React's scroll lock in GraphiQL's dialogs adds a <style> element: it carries this page's nonce.
  window.__webpack_nonce__ = element.getAttribute('data-style-nonce');

  function operationOf(params, options) {
    var ast = options && options.documentAST;
    if (!ast) return /^\\s*subscription\\b/.test(params.query) ? 'subscription' : 'query';
    var operations = ast.definitions.filter(function (definition) {
      return definition.kind === 'OperationDefinition' && (!params.operationName || (definition.name && definition.name.value === params.operationName));
    });
    return operations.length > 0 ? operations[0].operation : 'query';
  }

  function overHttp(params, headers) {
    return fetch(endpoint.href, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' }, headers),
      body: JSON.stringify(params),
    }).then(function (response) {
      return response.json();
    });
  }

  function overSocket(params, headers) {
    var client = graphqlWs.createClient({ url: socketEndpoint.href, connectionParams: headers, retryAttempts: 0 });
    var results = client.iterate(params);
    return {
      [Symbol.asyncIterator]: function () {
        return {
          next: function () {
            return results.next();
          },
          return: function () {
            return Promise.resolve(results.return && results.return()).then(function () {
              return client.dispose();
            }).then(function () {
              return { done: true, value: undefined };
            });
          },
        };
      },
    };
  }

  function fetcher(params, options) {
    var headers = (options && options.headers) || {};
    return operationOf(params, options) === 'subscription' ? overSocket(params, headers) : overHttp(params, headers);
  }

  ReactDOM.createRoot(element).render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: 'headers' }));
})();
`;

/** The page's own layout: GraphiQL takes the whole window. */
const pageStyles = 'body { margin: 0; }\n#graphiql { height: 100vh; }\n';

interface Asset {
  url: string;
  type: string;
  body: Buffer;
}

function packageDirectory(require: NodeJS.Require, name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** The assets, read once, each under a URL that names its content (so browsers may keep it for good). */
function loadAssets(): Asset[] {
  const require = createRequire(import.meta.url);
  const files: { name: string; body: Buffer }[] = packagedAssets.map(({ name, from, file }) => ({ name, body: readFileSync(path.join(packageDirectory(require, from), file)) }));
  files.push({ name: 'page.css', body: Buffer.from(pageStyles) }, { name: 'start.js', body: Buffer.from(startScript) });
  return files.map(({ name, body }) => {
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const [base, extension] = name.split('.');
    return {
      url: `${graphiqlPath}/assets/${base}.${digest}.${extension}`,
      type: extension === 'css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      body,
    };
  });
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(assets: Asset[], endpoint: string, styleNonce: string): string {
  const styles = assets.filter((asset) => asset.type.startsWith('text/css')).map((asset) => `    <link rel="stylesheet" href="${asset.url}">`);
  const scripts = assets.filter((asset) => asset.type.startsWith('text/javascript')).map((asset) => `    <script src="${asset.url}"></script>`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>GraphiQL · Triple Helix API</title>
    <link rel="icon" href="data:,">
${styles.join('\n')}
  </head>
  <body>
    <div id="graphiql" data-endpoint="${escapeAttribute(endpoint)}" data-style-nonce="${styleNonce}">Loading GraphiQL…</div>
${scripts.join('\n')}
  </body>
</html>
`;
}

/**
 * What the page may load: only from the service itself. Scripts are the files above (no inline code, no
 * eval); styles the stylesheets above, plus the one element GraphiQL adds at run time, by its nonce.
 * Images and fonts the stylesheet embeds are data: URLs; requests, and the subscriptions' WebSocket, go
 * to this origin.
 */
function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** GraphiQL at `/graphiql`, with everything it loads served from the service (no CDN). */
export function registerGraphiql(fastify: FastifyInstance, endpoint = '/graphql'): void {
  const assets = loadAssets();
  for (const asset of assets) {
    fastify.get(asset.url, async (_request, reply) =>
      reply
        .header('content-type', asset.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(asset.body),
    );
  }
  fastify.get(graphiqlPath, async (_request, reply) => {
    const styleNonce = randomBytes(16).toString('base64');
    const html = page(assets, endpoint, styleNonce);
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', contentSecurityPolicy(styleNonce))
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(html);
  });
}
