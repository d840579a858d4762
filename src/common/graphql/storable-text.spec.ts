import { parse } from 'graphql';
import { refuseUnstorableText } from './storable-text.js';

const fieldOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { field?: string }).field;
  }
};

describe('text given to arguments', () => {
  const document = parse(`query($q: String = "fine", $input: SearchInput) { search(text: $q, input: $input, tags: ["a", "b"]) }`);
  const check = (variables?: Record<string, unknown>) => fieldOf(() => refuseUnstorableText(undefined, document, undefined, variables));

  it("checks each request's variables against the same document, by the argument path", () => {
    expect(check({ q: 'Bình Dương', input: { keywords: ['ok'] } })).toBeUndefined();
    expect(check({ q: 'ok', input: { keywords: ['ok', 'a\u0000'] } })).toBe('input.keywords.1');
    expect(check({ q: 'x\ud800' })).toBe('text');
    expect(check({ q: 'ok' })).toBeUndefined();
  });

  it('refuses a literal written into the query, whatever the variables', () => {
    const literal = parse(`{ search(input: { keywords: ["ok", "\\u0000"] }) }`);
    expect(fieldOf(() => refuseUnstorableText(undefined, literal, undefined, {}))).toBe('input.keywords.1');
    expect(fieldOf(() => refuseUnstorableText(undefined, literal, undefined, undefined))).toBe('input.keywords.1');
  });

  it("checks a variable's default only when no value is given", () => {
    const withDefault = parse(`query($q: String = "\\u0000") { search(text: $q) }`);
    expect(fieldOf(() => refuseUnstorableText(undefined, withDefault, undefined, {}))).toBe('text');
    expect(fieldOf(() => refuseUnstorableText(undefined, withDefault, undefined, { q: 'given' }))).toBeUndefined();
  });
});
