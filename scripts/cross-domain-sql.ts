import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Lists the SQL in src/ that names another domain's table: each domain folder (src/<domain>/) owns
 * the tables of the @Entity classes in it, and every FROM, JOIN, INTO or UPDATE naming one of them in
 * a string of another folder is a cross-domain mention; so is a read model's relation (`from:`, to
 * which the reader adds FROM) and a query builder's `.from('table')` or `.leftJoin('table', ...)`. Other domains are to read what the owner
 * publishes (its views, its read-model functions) or ask its service, so that a table can change
 * without breaking them. Reads sources, not the database: `node dist/scripts/cross-domain-sql.js`
 * from the repository's root; `--summary` prints the counts only, `--check` also fails when a
 * mention is not one of the known ones below.
 */

/**
 * Not counted: the demo data is written by the operator's seed command into every domain's tables,
 * as the migrations are.
 */
const ignored = ['src/demo/'];

/**
 * Mentions that stay, each with why (file, table and the reason). A mention not listed here fails
 * `--check`; one listed here that is gone is reported so that the list shrinks with the code.
 */
const known: { file: string; table: string; why: string }[] = [];

/** How a table is named: in SQL text, as a read model's relation, or to a query builder. */
type Kind = 'sql' | 'relation' | 'builder';

interface Mention {
  kind: Kind;
  file: string;
  line: number;
  keyword: string;
  table: string;
  owner: string;
  folder: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [file] : [];
  });
}

/** `src/<folder>/...` → `<folder>`; files directly in src/ belong to no domain. */
function folderOf(file: string): string {
  const parts = file.split(path.sep);
  return parts.length > 2 ? parts[1] : '';
}

/** TypeORM's default table name for a class without one (DefaultNamingStrategy: snake case). */
function snakeCase(name: string): string {
  return name.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z\d]+)/g, '$1_$2').toLowerCase();
}

/** The table named by an `@Entity(...)` decorator of a class. */
function entityTable(node: ts.ClassDeclaration): string | undefined {
  for (const decorator of ts.getDecorators(node) ?? []) {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Entity') continue;
    const [argument] = call.arguments;
    if (argument && ts.isStringLiteralLike(argument)) return argument.text;
    if (argument && ts.isObjectLiteralExpression(argument)) {
      for (const property of argument.properties) {
        if (ts.isPropertyAssignment(property) && property.name.getText() === 'name' && ts.isStringLiteralLike(property.initializer)) return property.initializer.text;
      }
    }
    return snakeCase((node.name?.text ?? '').replace(/Entity$/, ''));
  }
  return undefined;
}

/** Query-builder methods whose first argument may be a table's name. */
const builderMethods = new Set(['from', 'into', 'update', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect']);

/**
 * The SQL a string stands for: itself, or with FROM before it when it is the table part of a read
 * model's relation (`from: (alias, target) => \`table ${target} WHERE ...\``) or a query builder's
 * table argument.
 */
function sqlOf(node: ts.Node, text: string): { kind: Kind; text: string } {
  let parent = node.parent;
  if (ts.isArrowFunction(parent) && parent.body === node) parent = parent.parent;
  if (ts.isPropertyAssignment(parent) && parent.name.getText() === 'from') return { kind: 'relation', text: `FROM ${text}` };
  if (ts.isCallExpression(parent) && parent.arguments[0] === node && ts.isPropertyAccessExpression(parent.expression)) {
    const method = parent.expression.name.text;
    if (builderMethods.has(method)) return { kind: 'builder', text: `${method.includes('Join') ? 'JOIN' : method.toUpperCase()} ${text}` };
  }
  return { kind: 'sql', text };
}

/** Every string of a file with the line it starts on; a template's `${...}` parts are blanked. */
function stringsOf(source: ts.SourceFile): { kind: Kind; text: string; line: number }[] {
  const strings: { kind: Kind; text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? ');
    if (text !== undefined) strings.push({ ...sqlOf(node, text), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    // A template's spans may hold templates of their own (SQL built from parts): those are visited too.
    ts.forEachChild(node, visit);
  };
  visit(source);
  return strings;
}

function scan(root: string): Mention[] {
  const files = sourceFiles(path.join(root, 'src')).map((file) => path.relative(root, file));
  const parsed = files.map((file) => ({ file, source: ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true) }));
  const owners = new Map<string, string>();
  for (const { file, source } of parsed) {
    const visit = (node: ts.Node): void => {
      const table = ts.isClassDeclaration(node) ? entityTable(node) : undefined;
      if (table) owners.set(table, folderOf(file));
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const mentions: Mention[] = [];
  for (const { file, source } of parsed) {
    if (ignored.some((prefix) => file.startsWith(path.normalize(prefix)))) continue;
    const folder = folderOf(file);
    for (const { kind, text, line } of stringsOf(source)) {
      // Keywords in capitals, as all SQL here is written; prose in messages says "from" in lower case.
      for (const match of text.matchAll(/\b(FROM|JOIN|INTO|UPDATE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g)) {
        const owner = owners.get(match[2]);
        if (owner !== undefined && owner !== folder) {
          const offset = text.slice(0, match.index).split('\n').length - 1;
          // Only the table a relation or builder call names is of that kind; SQL after it is SQL.
          mentions.push({ kind: match.index === 0 ? kind : 'sql', file, line: line + offset, keyword: match[1], table: match[2], owner, folder });
        }
      }
    }
  }
  return mentions;
}

function main(): void {
  const mentions = scan(process.cwd());
  if (!process.argv.includes('--summary')) {
    for (const m of mentions) {
      const why = known.find((k) => k.file === m.file && k.table === m.table)?.why;
      console.log(`${m.file}:${m.line}  ${m.keyword} ${m.table}  (owned by ${m.owner}${m.kind === 'sql' ? '' : `; ${m.kind}`})${why ? `\n    known: ${why}` : ''}`);
    }
  }
  const byFile = new Map<string, number>();
  for (const m of mentions) byFile.set(m.file, (byFile.get(m.file) ?? 0) + 1);
  const ofKind = (kind: Kind) => mentions.filter((m) => m.kind === kind).length;
  console.log(`\n${mentions.length} mentions of another domain's tables in ${byFile.size} files: ${ofKind('sql')} in SQL text, ${ofKind('relation')} as read-model relations, ${ofKind('builder')} to query builders`);
  for (const [file, count] of [...byFile].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(count).padStart(3)}  ${file}`);
  if (!process.argv.includes('--check')) return;
  const isKnown = (m: Mention) => known.some((k) => k.file === m.file && k.table === m.table);
  const unknown = mentions.filter((m) => !isKnown(m));
  const gone = known.filter((k) => !mentions.some((m) => m.file === k.file && m.table === k.table));
  for (const k of gone) console.log(`no longer mentioned (remove it from the known list): ${k.file} ${k.table}`);
  if (unknown.length > 0) {
    console.error(`${unknown.length} mentions are not known: read the owner's view or ask its service instead`);
    for (const m of unknown) console.error(`  ${m.file}:${m.line}  ${m.keyword} ${m.table}  (owned by ${m.owner})`);
    process.exit(1);
  }
}

main();
