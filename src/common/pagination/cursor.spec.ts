import { AppError } from '../errors.js';
import { decodeCursor, encodeCursor, type SortValueKind } from './cursor.js';

const id = '6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e';
const encoded = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

function refusal(raw: string, order: string, kind: SortValueKind): unknown {
  try {
    decodeCursor(raw, order, kind);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('cursors', () => {
  it('round-trip, including non-ASCII sort values', () => {
    const cursor = { order: 'NAME:ASC', value: 'Ủy ban nhân dân tỉnh Bình Dương', id };
    const raw = encodeCursor(cursor);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(raw, 'NAME:ASC', 'text')).toEqual(cursor);
  });

  it.each(['', '!!!', encoded([1, 2, 3]), encoded(['NAME:ASC', 'x']), encoded(['NAME:ASC', 'x', 'not-a-uuid']), encoded(['NAME:ASC', 'x', id, 'extra'])])(
    'refuse %p as BAD_USER_INPUT on the argument',
    (raw) => {
      const error = refusal(raw, 'NAME:ASC', 'text');
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', message: 'after is not a cursor returned by this API' });
    },
  );

  it('refuse a cursor of another ordering', () => {
    const raw = encodeCursor({ order: 'NAME:ASC', value: 'x', id });
    expect(() => decodeCursor(raw, 'NAME:DESC', 'text')).toThrow(/another order \(NAME:ASC\)/);
  });

  it.each<[SortValueKind, string]>([
    ['timestamp', '2026-03-01T08:15:00.123Z'],
    ['timestamp', '0001-01-01T00:00:00.000Z'],
    ['date', '2024-02-29'],
    ['bigint', '9223372036854775807'],
    ['bigint', '0'],
    ['text', ''],
  ])('accept a %s sort value %p', (kind, value) => {
    expect(decodeCursor(encodeCursor({ order: 'K', value, id }), 'K', kind).value).toBe(value);
  });

  it.each<[SortValueKind, string]>([
    ['timestamp', '-100000-01-01T00:00:00.000Z'],
    ['timestamp', '+275760-09-13T00:00:00.000Z'],
    ['timestamp', '0000-01-01T00:00:00.000Z'],
    ['timestamp', '2026-02-30T00:00:00.000Z'],
    ['timestamp', '2026'],
    ['timestamp', '2026-03-01T08:15:00Z'],
    ['date', '2026-02-30'],
    ['date', '2024-100'],
    ['date', '+275760-09-13T00:00:00.000Z'],
    ['bigint', '1'.repeat(30)],
    ['bigint', '9223372036854775808'],
    ['bigint', '-1'],
    ['bigint', '1e400'],
    ['text', 'a\u0000b'],
    ['text', '\ud800'],
    ['text', 'x'.repeat(2001)],
  ])('refuse a tampered %s sort value (case %#)', (kind, value) => {
    expect(refusal(encodeCursor({ order: 'K', value, id }), 'K', kind)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
