import { parse as parseCsvText } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { badUserInput } from '../common/errors.js';
import { escapeAttribute, escapeText } from '../common/xml.js';

/**
 * Reading and writing the spreadsheets partners send: CSV (comma, semicolon or tab separated, as
 * Excel writes it in Vietnam and elsewhere) and Excel workbooks (.xlsx, the first sheet). Every way a
 * file can be unreadable ends in BAD_USER_INPUT naming `input.content`, never in an internal error.
 */

export interface SheetLimits {
  /** The largest file, in bytes. */
  maxBytes: number;
  /** The most data rows (below the header). */
  maxRows: number;
  /** The most the parts of an Excel file read may unpack to, in bytes. */
  maxUnzippedBytes: number;
}

/** A data row: its number as the spreadsheet shows it (the header is row 1) and its cells. */
export interface SheetRow {
  number: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

const field = 'input.content';
/** Columns past this one are never read (an Excel cell in column XFD makes no sparse array of 16,384). */
const maxColumns = 200;

const tooLarge = (bytes: number, limits: SheetLimits) =>
  badUserInput(`The file is ${bytes.toLocaleString('en')} bytes; the most an import takes is ${limits.maxBytes.toLocaleString('en')} bytes. Split it into smaller files.`, field);
const tooManyRows = (limits: SheetLimits) =>
  badUserInput(`The file has more than ${limits.maxRows.toLocaleString('en')} data rows, the most an import takes. Split it into smaller files.`, field);

// ---------------------------------------------------------------------------------------------------
// CSV

/** Characters that are no text: C0 controls other than tab and line ends, and the replacement character of a failed decoding. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for.
const notText = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g;

/** The separator of a CSV file: Excel's `sep=` line if there is one, else the most frequent of `,` `;` and tab outside quotes on the header line. */
function separatorOf(text: string): { separator: string; skipFirstLine: boolean } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { separator: sep[1], skipFirstLine: true };
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [separator] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return { separator, skipFirstLine: false };
}

/** The rows of a CSV text (UTF-8, as GraphQL carries it), with quoted fields and line breaks inside them. */
export function readCsv(text: string, limits: SheetLimits): Sheet {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) throw tooLarge(bytes, limits);
  let body = text.replace(/^\ufeff/, '');
  const junk = body.match(notText)?.length ?? 0;
  if (junk > 0) {
    throw badUserInput(
      `The file is not CSV text (${junk} control or undecodable characters): save it from Excel as "CSV UTF-8 (comma delimited)", or send an .xlsx file with format XLSX`,
      field,
    );
  }
  const { separator, skipFirstLine } = separatorOf(body);
  if (skipFirstLine) body = body.replace(/^sep=.\r?\n/i, '');
  let records: string[][];
  try {
    records = parseCsvText(body, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // One more than allowed, to tell "too many" from "just enough".
      to: limits.maxRows + 2,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const where = typeof lines === 'number' ? ` (near line ${lines})` : '';
    if (code === 'CSV_QUOTE_NOT_CLOSED') throw badUserInput(`A quoted field is never closed${where}: every " that opens a field must be closed`, field);
    throw badUserInput(`The file is not valid CSV${where}`, field);
  }
  return sheetOf(records.map((cells, index) => ({ number: index + 1, cells })), limits);
}

/** Header and data rows, without rows that are wholly empty; at most `maxRows`. */
function sheetOf(rows: SheetRow[], limits: SheetLimits): Sheet {
  const filled = rows
    .map((row) => ({ number: row.number, cells: row.cells.slice(0, maxColumns).map((cell) => cell ?? '') }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (filled.length === 0) throw badUserInput('The file is empty: the first row must name the columns', field);
  const [header, ...data] = filled;
  if (data.length > limits.maxRows) throw tooManyRows(limits);
  return { header: header.cells.map((cell) => cell.trim()), rows: data };
}

/** A CSV file of `rows` under `header`: UTF-8 with a byte order mark (so Excel reads Vietnamese right), every field quoted, CRLF. */
export function writeCsv(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
  return `\ufeff${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------
// Excel (.xlsx): a zip of XML parts (ECMA-376). Only the workbook, its relations, the shared strings
// and the worksheets are unpacked, each at most its declared size, and the declared sizes together at
// most `maxUnzippedBytes`: a zip bomb is refused before anything is inflated.

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: false,
  isArray: (name) => ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name),
});

type XmlNode = Record<string, unknown>;

const notExcel = (why: string) => badUserInput(`The file is not an Excel workbook (.xlsx): ${why}. Save it from Excel as "Excel Workbook (.xlsx)", or send CSV with format CSV`, field);

/** The bytes of a base64 text (standard or URL alphabet, line breaks allowed). */
export function decodeBase64(content: string, limits: SheetLimits): Buffer {
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact)) throw badUserInput('For format XLSX, content must be the file in base64', field);
  // Base64 is 4 characters for 3 bytes: refuse before decoding what would be too large.
  const bytes = Math.floor((compact.replace(/=+$/, '').length * 3) / 4);
  if (bytes > limits.maxBytes) throw tooLarge(bytes, limits);
  return Buffer.from(compact, 'base64');
}

/** The first worksheet of an .xlsx file. Formula cells read as their formula (`=...`), so that imports can refuse them. */
export function readXlsx(file: Buffer, limits: SheetLimits): Sheet {
  if (file.length > limits.maxBytes) throw tooLarge(file.length, limits);
  if (file.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw notExcel('it is an old Excel 97-2003 file (.xls)');
  if (!file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw notExcel('it is not a zip package');
  const parts = unzipParts(file, limits);
  const workbook = parseXml(parts, 'xl/workbook.xml', true);
  const relations = parseXml(parts, 'xl/_rels/workbook.xml.rels', true);
  const sheets = nodes(child(child(workbook, 'workbook'), 'sheets'), 'sheet');
  if (sheets.length === 0) throw notExcel('it has no worksheet');
  const relationId = sheets[0]['@_id'];
  const relation = nodes(child(relations, 'Relationships'), 'Relationship').find((candidate) => candidate['@_Id'] === relationId);
  const target = typeof relation?.['@_Target'] === 'string' ? relation['@_Target'] : '';
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const sheet = parseXml(parts, sheetPath, true);
  const shared = sharedStrings(parseXml(parts, 'xl/sharedStrings.xml', false));

  const rows: SheetRow[] = [];
  let previous = 0;
  for (const row of nodes(child(child(sheet, 'worksheet'), 'sheetData'), 'row')) {
    const number = Number(row['@_r']) || previous + 1;
    previous = number;
    const cells: string[] = [];
    let column = 0;
    for (const cell of nodes(row, 'c')) {
      const reference = typeof cell['@_r'] === 'string' ? /^([A-Z]{1,3})\d+$/.exec(cell['@_r']) : null;
      column = reference ? columnIndex(reference[1]) : column + 1;
      if (column > maxColumns) continue;
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = cellText(cell, shared);
    }
    rows.push({ number, cells });
    if (rows.length > limits.maxRows + 1) throw tooManyRows(limits);
  }
  return sheetOf(rows, limits);
}

function unzipParts(file: Buffer, limits: SheetLimits): Record<string, Uint8Array> {
  let declared = 0;
  try {
    return unzipSync(new Uint8Array(file.buffer, file.byteOffset, file.length), {
      filter: (entry) => {
        const wanted = entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels' || entry.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
        if (!wanted) return false;
        declared += entry.originalSize;
        if (declared > limits.maxUnzippedBytes) {
          throw badUserInput(`The workbook unpacks to more than ${limits.maxUnzippedBytes.toLocaleString('en')} bytes, more than an import reads`, field);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw notExcel('its zip package is damaged');
  }
}

function parseXml(parts: Record<string, Uint8Array>, path: string, required: boolean): XmlNode {
  const bytes = parts[path];
  if (!bytes) {
    if (required) throw notExcel(`it has no ${path}`);
    return {};
  }
  const text = Buffer.from(bytes).toString('utf8');
  // Workbooks declare no document types; one that does may be an entity-expansion attack.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw notExcel(`${path} declares a document type`);
  try {
    return xml.parse(text) as XmlNode;
  } catch {
    throw notExcel(`${path} is not well-formed XML`);
  }
}

const child = (node: unknown, name: string): XmlNode => {
  const value = node && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : {};
};

const nodes = (node: unknown, name: string): XmlNode[] => {
  const value = node && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
  return Array.isArray(value) ? value.filter((item): item is XmlNode => item !== null && typeof item === 'object') : [];
};

/** The text of an element that may be a string, or an object with its text under `#text` (attributes such as xml:space). */
function textOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as XmlNode)['#text']);
  return '';
}

/** The text of rich or plain string items (`<si><t>` or `<si><r><t>`). */
function richText(item: XmlNode): string {
  const runs = nodes(item, 'r');
  return runs.length > 0 ? runs.map((run) => textOf(run.t)).join('') : textOf(item.t);
}

function sharedStrings(document: XmlNode): string[] {
  return nodes(child(document, 'sst'), 'si').map(richText);
}

function columnIndex(letters: string): number {
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0);
}

function cellText(cell: XmlNode, shared: string[]): string {
  if (cell.f !== undefined) return `=${textOf(cell.f)}`;
  const value = textOf(cell.v);
  switch (cell['@_t']) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return richText(child(cell, 'is'));
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return `#ERROR ${value}`;
    default:
      return value;
  }
}


function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function worksheetXml(rows: string[][]): string {
  const body = rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => `<c r="${columnLetters(c)}${r + 1}" t="inlineStr"${r === 0 ? ' s="1"' : ''}><is><t xml:space="preserve">${escapeText(cell)}</t></is></c>`).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${body}</sheetData></worksheet>`;
}

/** An .xlsx workbook of text cells, one worksheet per entry (the first is the one imports read), the first row of each bold and frozen. */
export function writeXlsx(sheets: { name: string; rows: string[][] }[]): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${main}" xmlns:r="${relationships}"><sheets>${sheets.map((sheet, i) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relationships}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${relationships}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  };
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet.rows))));
  return Buffer.from(zipSync(files));
}
