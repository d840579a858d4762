import type { SqlKeyset } from './page.js';
import { isoTimestamp, type SqlParams } from './sql.js';

/**
 * What the caller may read, as SQL: the access layer fills it once per request, and the read models
 * of each domain write their conditions with it.
 */
export interface ReadScope {
  params: SqlParams;
  /** Platform admins read everything. */
  all: boolean;
  /** Placeholder of the uuid[] of organisations whose partner-visible records the caller reads (added to `params` where first used). */
  readonly readable: string;
  /** Placeholder of the uuid[] of organisations the caller (a person) administers. */
  readonly administered: string;
  /** Placeholder of the caller's user id as uuid, null for API keys and anonymous callers (added to `params` where first used). */
  readonly user: string;
}

/** A field whose value one SQL expression over the row writes as JSON (a column, a guarded value, a value object). */
export interface ValueField {
  value: (alias: string, scope: ReadScope) => string;
}

/** A field that leads to rows of another read model: `from` names them (a FROM ... WHERE ... over `target`). */
export interface RelationField {
  type: string;
  from: (alias: string, target: string, scope: ReadScope) => string;
  /** For a list: its ORDER BY over `target`. Without it the relation is a single object (null when no row). */
  orderBy?: (target: string) => string;
  /** When only some callers may read the relation at all (an SQL condition over the row): null to the others. */
  when?: (alias: string, scope: ReadScope) => string;
}

/** The rows of one page of a connection below a row, over `target`. */
export interface NestedPage {
  from: string;
  where: string[];
  /**
   * When the caller may not read the connection at all: the page is null, and the field's resolver in
   * code answers (with its error), so refusals read the same whichever way the field is reached.
   */
  when?: string;
  keyset: SqlKeyset;
  first: number;
  after?: string | null;
  /** Rows that give the same count more cheaply than `from` and `where` (without a join that drops no row). */
  counted?: { from: string; where: string[] };
}

/**
 * A connection below a row (a field with arguments: `first`, `after`, filters): its page is read in the
 * row's own statement, so a list of rows with a page each stays one statement.
 */
export interface ConnectionField {
  type: string;
  /** The class of the field's arguments, validated as the API validates arguments. */
  args: new () => object;
  page: (alias: string, target: string, args: never, scope: ReadScope) => NestedPage;
}

export type ReadField = ValueField | RelationField | ConnectionField;

/**
 * How one GraphQL object type is read from its table, declared by the domain that owns the table.
 * `fields` are the GraphQL fields (without arguments) the SQL answers; `base` is the object its field
 * resolvers in code expect (the shape its model's `fromEntity` gives, timestamps as ISO text), added
 * only when a selected field is resolved in code.
 */
export interface ReadModel {
  type: string;
  /** Only on the model of the domain that owns the type; other domains may add fields to it (e.g. `Organization.projects`). */
  base?: (alias: string) => Record<string, string>;
  fields: Record<string, ReadField>;
}

export function isRelation(field: ReadField): field is RelationField {
  return 'from' in field;
}

export function isConnection(field: ReadField): field is ConnectionField {
  return 'page' in field;
}

/** A column of the row, by name, or an expression over the row's alias (e.g. `timestamp('created_at')`). */
export type Column = string | ((alias: string) => string);

/** A timestamp column, written as the API writes timestamps. */
export function timestamp(column: string): Column {
  return (alias) => isoTimestamp(`${alias}.${column}`);
}

/** The columns as SQL over `alias`, by property name. */
export function columnsAt(columns: Record<string, Column>, alias: string): Record<string, string> {
  return Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, typeof column === 'string' ? `${alias}.${column}` : column(alias)]));
}

/** Fields that each read one column. */
export function columnFields(columns: Record<string, Column>): Record<string, ValueField> {
  return Object.fromEntries(
    Object.entries(columns).map(([name, column]) => [name, { value: (alias: string) => (typeof column === 'string' ? `${alias}.${column}` : column(alias)) }]),
  );
}
