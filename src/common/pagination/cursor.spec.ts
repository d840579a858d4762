import { AppError } from '../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const id = '6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e';

describe('cursors', () => {
  it('round-trip, including non-ASCII sort values', () => {
    const cursor = { order: 'NAME:ASC', value: 'Ủy ban nhân dân tỉnh Bình Dương', id };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, 'NAME:ASC')).toEqual(cursor);
  });

  it.each(['', '!!!', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from('["NAME:ASC","x"]').toString('base64url')])(
    'refuse %p as BAD_USER_INPUT on the argument',
    (raw) => {
      expect(() => decodeCursor(raw, 'NAME:ASC')).toThrow(AppError);
      try {
        decodeCursor(raw, 'NAME:ASC');
      } catch (error) {
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', message: 'after is not a cursor returned by this API' });
      }
    },
  );

  it('refuse a cursor of another ordering', () => {
    const encoded = encodeCursor({ order: 'NAME:ASC', value: 'x', id });
    expect(() => decodeCursor(encoded, 'NAME:DESC')).toThrow(/another order \(NAME:ASC\)/);
  });
});
