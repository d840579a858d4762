import { readFile } from 'node:fs/promises';
import { buildSchema, findBreakingChanges, findDangerousChanges, type BreakingChange } from 'graphql';

/**
 * Compares schema.gql with the schema as last released (schema/released.gql) and fails on any
 * breaking change that schema/allowed-breaks.json does not list. An entry names a change by its
 * description as printed here, or by the coordinate it starts with (`Project.startDate`), and says
 * why it is allowed and which CHANGELOG version announces it. Dangerous changes are printed, not fatal.
 *
 *   node dist/scripts/schema-compat.js [--schema schema.gql] [--baseline schema/released.gql] [--allow schema/allowed-breaks.json]
 */

interface AllowedBreak {
  /** The change's description, or the type or field coordinate it concerns (`Type` or `Type.field`). */
  change: string;
  reason: string;
  /** The CHANGELOG version that announces it, e.g. `0.2.0`. */
  announcedIn: string;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** The coordinate a change description starts with: `Project.startDate changed type…` -> `Project.startDate`. */
export function coordinateOf(description: string): string {
  return /^([_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*)?)/.exec(description)?.[1] ?? description;
}

function readAllowList(text: string, file: string): AllowedBreak[] {
  const entries = JSON.parse(text) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file} must hold a JSON array`);
  return entries.map((entry: Partial<AllowedBreak>, index) => {
    for (const key of ['change', 'reason', 'announcedIn'] as const) {
      if (typeof entry[key] !== 'string' || !entry[key].trim()) throw new Error(`${file}, entry ${index + 1}: "${key}" is missing`);
    }
    return entry as AllowedBreak;
  });
}

const allows = (entry: AllowedBreak, change: BreakingChange) => entry.change === change.description || entry.change === coordinateOf(change.description);

async function main(): Promise<void> {
  const schemaFile = option('schema', 'schema.gql');
  const baselineFile = option('baseline', 'schema/released.gql');
  const allowFile = option('allow', 'schema/allowed-breaks.json');
  const [current, baseline, allowText] = await Promise.all([readFile(schemaFile, 'utf8'), readFile(baselineFile, 'utf8'), readFile(allowFile, 'utf8').catch(() => '[]')]);
  const before = buildSchema(baseline);
  const after = buildSchema(current);
  const allowed = readAllowList(allowText, allowFile);

  const breaking = findBreakingChanges(before, after);
  const unlisted = breaking.filter((change) => !allowed.some((entry) => allows(entry, change)));
  const unused = allowed.filter((entry) => !breaking.some((change) => allows(entry, change)));
  for (const change of findDangerousChanges(before, after)) console.log(`dangerous (allowed): ${change.type}: ${change.description}`);
  for (const entry of unused) console.log(`allow-list entry matches no change (remove it): ${entry.change}`);
  console.log(`${breaking.length} breaking change(s) against ${baselineFile}, ${breaking.length - unlisted.length} allowed by ${allowFile}`);
  if (unlisted.length > 0) {
    console.error(`\n${unlisted.length} breaking change(s) not in ${allowFile}:`);
    for (const change of unlisted) console.error(`  ${change.type}: ${change.description}`);
    console.error(`\nRevert them, or list each (its description or coordinate, the reason and the CHANGELOG version that announces it).`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
