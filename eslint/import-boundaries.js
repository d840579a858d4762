import path from 'node:path';

/**
 * Which folders of `src/` may import which: each layer lists the folders (relative to the project)
 * its files may import from, or those they may not. Packages are not checked; only relative imports.
 *
 *   'boundaries/imports': ['error', { layers: [{ from: 'src/common', allow: ['src/common', 'src/config'], why: '...' }] }]
 */
const within = (file, folder) => file === folder || file.startsWith(`${folder}${path.sep}`);

export default {
  rules: {
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
