/**
 * Standard identifiers of research information: ROR IDs for organisations and ORCID iDs for people.
 * Both carry check digits (ISO/IEC 7064), so a mistyped one is refused rather than stored. They are
 * stored bare (`05dxps055`, `0000-0002-1825-0097`) and shown as their canonical URLs.
 */

const crockford = '0123456789abcdefghjkmnpqrstvwxyz';
const rorPattern = /^0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$/;
const orcidPattern = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

export const rorBase = 'https://ror.org/';
export const orcidBase = 'https://orcid.org/';

/** A ROR ID in its bare form, from a bare id or a ror.org URL; undefined when malformed or its check digits fail. */
export function parseRorId(input: string): string | undefined {
  const id = input.trim().toLowerCase().replace(/^(https?:\/\/)?(www\.)?ror\.org\//, '');
  if (!rorPattern.test(id)) return undefined;
  // ISO/IEC 7064 MOD 97-10 over the number the first seven base-32 characters spell.
  let value = 0;
  for (const character of id.slice(0, 7)) value = value * 32 + crockford.indexOf(character);
  return 98 - ((value * 100) % 97) === Number(id.slice(7)) ? id : undefined;
}

/** An ORCID iD in its bare, hyphenated form, from a bare id (with or without hyphens) or an orcid.org URL; undefined when malformed or its check digit fails. */
export function parseOrcid(input: string): string | undefined {
  let id = input.trim().toUpperCase().replace(/^(HTTPS?:\/\/)?(WWW\.)?ORCID\.ORG\//, '');
  if (/^\d{15}[\dX]$/.test(id)) id = id.replace(/(.{4})(?=.)/g, '$1-');
  if (!orcidPattern.test(id)) return undefined;
  // ISO/IEC 7064 MOD 11-2 over the first fifteen digits.
  let total = 0;
  for (const digit of id.replaceAll('-', '').slice(0, 15)) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  return (check === 10 ? 'X' : String(check)) === id.slice(-1) ? id : undefined;
}
