/**
 * A small XML writer. Markup is an `Xml` value, made only by `el`, `opt` and `raw`; any string given as
 * content is text and is escaped (with the characters XML 1.0 cannot carry removed), so a value can never
 * become markup.
 */

export class Xml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

type Attributes = Record<string, string | number | undefined | null>;
type Part = Xml | string | number | undefined | null | false;
type Content = Part | readonly Part[];

// Control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF:
// matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(value: string): string {
  return value.replace(notXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Markup written by hand (a fixed declaration), trusted as it is. */
export function raw(markup: string): Xml {
  return new Xml(markup);
}

function parts(content: readonly Content[]): (Xml | string)[] {
  return content
    .flat()
    .filter((part): part is Xml | string | number => part !== undefined && part !== null && part !== false)
    .map((part) => (typeof part === 'number' ? String(part) : part));
}

/** `<name attributes>content</name>`: strings are text, `Xml` is markup. */
export function el(name: string, attributes: Attributes | null, ...content: Content[]): Xml {
  const attrs = Object.entries(attributes ?? {})
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  const body = parts(content)
    .map((part) => (part instanceof Xml ? part.markup : escapeText(part)))
    .join('');
  return new Xml(body === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`);
}

/** Like `el`, but nothing when there is no content: an optional element whose value is missing or empty. */
export function opt(name: string, attributes: Attributes | null, ...content: Content[]): Xml | undefined {
  return parts(content).some((part) => part !== '') ? el(name, attributes, ...content) : undefined;
}

/** Markup in sequence. */
export function seq(...content: Content[]): Xml {
  return new Xml(parts(content).map((part) => (part instanceof Xml ? part.markup : escapeText(part))).join(''));
}
