import { badUserInput } from './errors.js';

/**
 * NUL, which PostgreSQL refuses in text, and halves of UTF-16 surrogate pairs that stand alone, which
 * are no character at all (the driver would silently store U+FFFD instead).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !unstorable.test(text);
}

const joined = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/**
 * Only data as it arrives (JSON, GraphQL input objects, query strings, whose parser makes objects on a
 * prototype without a constructor), never class instances such as dates, services or contexts.
 */
function isPlainData(value: object): boolean {
  const constructor = (value as { constructor?: unknown }).constructor;
  return constructor === undefined || constructor === Object || Array.isArray(value);
}

/** The dotted path of the first string in `value` (through arrays and plain objects) that PostgreSQL cannot store. */
export function findUnstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (value === null || typeof value !== 'object' || !isPlainData(value)) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findUnstorableText(item, joined(path, key));
    if (found !== undefined) return found;
  }
  return undefined;
}

export const unstorableText = (field: string) =>
  badUserInput(`${field} contains a character that cannot be stored: a NUL (\\u0000) or half of a UTF-16 surrogate pair`, field);

/** Refuses `value` as BAD_USER_INPUT naming the field when any string in it cannot be stored. */
export function assertStorableText(value: unknown, path: string): void {
  const found = findUnstorableText(value, path);
  if (found !== undefined) throw unstorableText(found || 'input');
}
