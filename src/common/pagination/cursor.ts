import { badUserInput } from '../errors.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A keyset cursor: the sort key and id of the last row seen, plus the ordering it belongs to, so a
 * cursor taken from one ordering is refused by another instead of silently skipping rows.
 */
export interface Cursor {
  order: string;
  value: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string, expectedOrder: string, field = 'after'): Cursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput(`${field} is not a cursor returned by this API`, field);
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 3 ||
    !parts.every((part) => typeof part === 'string') ||
    !uuidPattern.test(parts[2] as string)
  ) {
    throw badUserInput(`${field} is not a cursor returned by this API`, field);
  }
  const [order, value, id] = parts as [string, string, string];
  if (order !== expectedOrder) {
    throw badUserInput(`${field} is a cursor of a list in another order (${order}); use the same orderBy as the page it came from`, field);
  }
  return { order, value, id };
}
