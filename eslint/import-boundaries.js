import path from 'node:path';

/**
 * Which folders of `src/` may import which: each layer lists the folders (relative to the project)
 * its files may import from, or those they may not. Packages are not checked; only relative imports.
 *
 *   'boundaries/imports': ['error', { layers: [{ from: 'src/common', allow: ['src/common', 'src/config'], why: '...' }] }]
 */
const within = (file, folder) => file === folder || file.startsWith(`${folder}${path.sep}`);

/**
 * 'boundaries/entities': ['error', { domains: 'src', shared: [...folders], except: [...files] }]: a file
 * of one domain folder (`src/<domain>/`) does not import another domain's entities (`*.entity.js`):
 * it asks that domain's exported service. Entity files may name other entities, for the foreign keys
 * TypeORM maps; `shared` folders are not domains; `except` lists files allowed to, if ever needed.
 */
const entities = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps a domain off another domain's entities." },
    schema: [
      {
        type: 'object',
        properties: { domains: { type: 'string' }, shared: { type: 'array', items: { type: 'string' } }, except: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: { foreign: "{{file}} uses {{target}}, an entity of {{owner}}: ask {{owner}}'s exported service instead" },
  },
  create(context) {
    const root = context.cwd;
    const { domains = 'src', shared = [], except = [] } = context.options[0] ?? {};
    const file = path.relative(root, context.filename);
    const [top, domain, ...rest] = file.split(path.sep);
    if (top !== path.normalize(domains) || rest.length === 0 || shared.includes(domain) || file.endsWith('.entity.ts') || except.includes(file)) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.') || !specifier.endsWith('.entity.js')) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), specifier));
      const [targetTop, owner] = target.split(path.sep);
      if (targetTop === top && owner !== domain && !shared.includes(owner)) context.report({ node: node.source, messageId: 'foreign', data: { file, target, owner } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default {
  rules: {
    entities,
    imports: {
      meta: {
        type: 'problem',
        docs: { description: 'Keeps each layer of src/ to the folders it may import.' },
        schema: [
          {
            type: 'object',
            properties: {
              layers: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    from: { type: 'string' },
                    allow: { type: 'array', items: { type: 'string' } },
                    deny: { type: 'array', items: { type: 'string' } },
                    why: { type: 'string' },
                  },
                  required: ['from', 'why'],
                  additionalProperties: false,
                },
              },
            },
            additionalProperties: false,
          },
        ],
        messages: { crossed: '{{file}} may not import {{target}}: {{why}}' },
      },
      create(context) {
        const root = context.cwd;
        const file = path.relative(root, context.filename);
        const layers = (context.options[0]?.layers ?? []).filter((layer) => within(file, path.normalize(layer.from)));
        if (layers.length === 0) return {};
        const check = (node, specifier) => {
          if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
          const target = path.relative(root, path.resolve(path.dirname(context.filename), specifier));
          for (const layer of layers) {
            const allowed = layer.allow ? layer.allow.some((folder) => within(target, path.normalize(folder))) : true;
            const denied = (layer.deny ?? []).some((folder) => within(target, path.normalize(folder)));
            if (!allowed || denied) context.report({ node, messageId: 'crossed', data: { file, target, why: layer.why } });
          }
        };
        const fromSource = (node) => node.source && check(node.source, node.source.value);
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
        };
      },
    },
  },
};
