/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled. Text a
 * spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return at the start) gets a
 * leading apostrophe; numbers, negative ones included, are left as they are. Lists are joined with
 * "; ", and a missing value is an empty field.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
