import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Every word of `search` must occur in `document` (an SQL expression folded with fold_text and
 * backed by a trigram index), accents and case ignored. LIKE wildcards in the words are literal.
 */
export function matchEveryWord<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, document: string, search: string | undefined): void {
  const words = (search ?? '').split(/\s+/).filter(Boolean);
  words.forEach((word, index) => {
    query.andWhere(`${document} LIKE '%' || fold_text(:word${index}) || '%'`, { [`word${index}`]: escapeLike(word) });
  });
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
