import fs from 'node:fs';
import path from 'node:path';

const src = path.resolve('src');

/** The folder of src/ a file belongs to ('.' for the composition root beside main.ts). */
const folderOf = (file: string) => path.relative(src, file).split(path.sep).slice(0, -1)[0] ?? '.';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** Which folders each folder imports from (type imports included: they tie the folders as much). */
function folderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(src)) {
    const from = folderOf(file);
    const targets = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), specifier);
      if (!target.startsWith(src + path.sep)) continue;
      const to = folderOf(target);
      if (to !== from) targets.add(to);
    }
  }
  return graph;
}

/** A circle of folders, if there is one (depth-first search for a back edge). */
function findCircle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (folder: string): string[] | undefined => {
    if (state.get(folder) === 'open') return [...trail.slice(trail.indexOf(folder)), folder];
    if (state.get(folder) === 'done') return undefined;
    state.set(folder, 'open');
    trail.push(folder);
    for (const next of graph.get(folder) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    trail.pop();
    state.set(folder, 'done');
    return undefined;
  };
  for (const folder of graph.keys()) {
    const circle = visit(folder);
    if (circle) return circle;
  }
  return undefined;
}

describe('the folders of src/', () => {
  it('import each other without a circle, so each can be read and changed from the bottom up', () => {
    const graph = folderImports();
    expect(graph.get('common')).toBeDefined();
    expect(findCircle(graph)?.join(' -> ')).toBeUndefined();
  });

  it('finds a circle where there is one', () => {
    const graph = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    expect(findCircle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});
