import { AppError } from './errors.js';
import { assertStorableText, findUnstorableText, isStorableText } from './storable-text.js';

describe('storable text', () => {
  it.each(['', 'Bình Dương', '🙂 paired surrogates', 'tab\tand\nnewline'])('accepts %p', (text) => {
    expect(isStorableText(text)).toBe(true);
  });

  it.each(['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', 'trail\ud83d', '\ude00lead'])('refuses %p', (text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it('names the path of the first string that cannot be stored, through objects and lists', () => {
    expect(findUnstorableText({ filter: { search: 'ok', keywords: ['fine', 'a\u0000'] } }, 'input')).toBe('input.filter.keywords.1');
    expect(findUnstorableText({ search: 'ok' }, '')).toBeUndefined();
  });

  it('leaves class instances alone (dates, contexts)', () => {
    expect(findUnstorableText({ when: new Date(), context: new (class Context { note = '\u0000'; })() }, '')).toBeUndefined();
  });

  it('refuses as BAD_USER_INPUT naming the field', () => {
    expect(() => assertStorableText({ name: 'x\u0000' }, 'input')).toThrow(AppError);
    try {
      assertStorableText({ name: 'x\u0000' }, 'input');
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    }
  });
});
