import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';

export enum ImportKind {
  ORGANIZATIONS = 'ORGANIZATIONS',
  PEOPLE = 'PEOPLE',
  PROJECTS = 'PROJECTS',
  TECHNOLOGIES = 'TECHNOLOGIES',
}

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export enum ImportRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What a spreadsheet holds, one record a row.',
  valuesMap: {
    ORGANIZATIONS: { description: 'Organisations of the directory, by slug: the whole directory for platform admins, or the units of `organizationId` for its admins.' },
    PEOPLE: { description: 'Invitations to `organizationId` (its admins), by email: nobody already a member or invited is invited again.' },
    PROJECTS: { description: 'Projects `organizationId` coordinates (its editors and WRITE keys), by code, with the organisations invited to take part.' },
    TECHNOLOGIES: { description: 'Technologies `organizationId` owns (its editors and WRITE keys), by code, with their owners and inventors.' },
  },
});
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'The file format.',
  valuesMap: {
    CSV: { description: 'CSV text (UTF-8), separated by commas, semicolons or tabs, fields quoted as Excel quotes them.' },
    XLSX: { description: 'An Excel workbook (.xlsx) in base64; the first worksheet is read.' },
  },
});
registerEnumType(ImportRowAction, {
  name: 'ImportRowAction',
  description: 'What the import does (or, in a dry run or a refused run, would do) with a row.',
  valuesMap: {
    CREATE: { description: 'A new record.' },
    UPDATE: { description: 'An existing record (same key) with different values: changed through the same operations as the API, with its version.' },
    UNCHANGED: { description: 'The record exists with these values: nothing is written.' },
    REFUSED: { description: 'The row has problems (listed in `problems`).' },
  },
});

@InputType({ description: 'A spreadsheet to import. Headers and their Vietnamese and English names: see the templates at /imports/templates/<kind>.csv and .xlsx.' })
export class ImportSpreadsheetInput {
  @Field(() => ImportKind, { description: 'What the rows are.' })
  @IsEnum(ImportKind)
  kind: ImportKind;

  @Field(() => ID, { nullable: true, description: 'The organisation the rows belong to (people are invited to it, it coordinates the projects and owns the technologies). For ORGANIZATIONS: omitted, the directory (platform admins); given, its units.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organisation id (UUID)' })
  organizationId?: string | null;

  @Field(() => ImportFormat, { description: 'CSV or XLSX.' })
  @IsEnum(ImportFormat)
  format: ImportFormat;

  @Field({ description: 'The file: CSV as text, XLSX in base64. At most IMPORT_MAX_BYTES (512 KiB by default) and IMPORT_MAX_ROWS rows (1,000).' })
  @IsString()
  content: string;

  @Field(() => Boolean, { defaultValue: true, description: 'True (the default): check every row and report, writing nothing. False: import, all rows or none.' })
  @IsBoolean()
  dryRun: boolean = true;
}

@ObjectType('ImportProblem', { description: 'Why a row (or the file) cannot be imported.' })
export class ImportProblemModel {
  @Field(() => Int, { description: 'The row as the spreadsheet numbers it (the header is row 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column at fault, by its header in the file (or its canonical name when the file lacks it); null for the row as a whole.' })
  column: string | null;

  @Field({ description: 'A stable code: REQUIRED, INVALID, FORMULA, DUPLICATE, UNKNOWN_COLUMN, NOT_FOUND, FORBIDDEN, CONFLICT, or the code of the API’s own answer (e.g. SLUG_TAKEN, SHARES_DO_NOT_TOTAL).' })
  code: string;

  @Field({ description: 'What is wrong, for a person.' })
  message: string;
}

@ObjectType('ImportRowOutcome', { description: 'What the import does with one row.' })
export class ImportRowOutcomeModel {
  @Field(() => Int, { description: 'The row as the spreadsheet numbers it.' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The row’s key (slug, email or code), when it has one.' })
  key: string | null;

  @Field(() => ImportRowAction, { description: 'What the import does (or would do) with the row.' })
  action: ImportRowAction;

  @Field(() => ID, { nullable: true, description: 'The record, when the import was applied and the row created or updated it or found it unchanged.' })
  recordId: string | null;
}

@ObjectType('ImportReport', { description: 'The outcome of an import or a dry run: counts, each row, and every problem by row and column.' })
export class ImportReportModel {
  @Field(() => ImportKind, { description: 'What the rows were.' })
  kind: ImportKind;

  @Field(() => Boolean, { description: 'Whether this was a dry run.' })
  dryRun: boolean;

  @Field(() => Boolean, { description: 'Whether anything was written: false for dry runs, for files with problems (then nothing at all is), and for files whose every row is unchanged.' })
  applied: boolean;

  @Field(() => Int, { description: 'Data rows read (empty rows are skipped).' })
  rowsRead: number;

  @Field(() => Int, { description: 'Rows that create a record (or would).' })
  created: number;

  @Field(() => Int, { description: 'Rows that change a record (or would).' })
  updated: number;

  @Field(() => Int, { description: 'Rows whose record already is as the row says.' })
  unchanged: number;

  @Field(() => [ImportProblemModel], { description: 'Every problem, by row and column; empty when the file imports.' })
  problems: ImportProblemModel[];

  @Field(() => [ImportRowOutcomeModel], { description: 'Each data row, in order.' })
  rows: ImportRowOutcomeModel[];
}
