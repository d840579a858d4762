import { graphql } from '../graphql/index.js';
import { adminsA, editorsA, type Row, type RowModule, type World } from '../support/authorization-matrix.js';

/** Spreadsheet imports, as dry runs: who may import what into organisation A, and the directory. */

export interface Fixtures {
  w: World;
}

const importSpreadsheet = graphql(`mutation AuthzImportsRowsImportSpreadsheet($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { applied created problems { row column code } } }`);

const rows: Row<Fixtures>[] = [
  {
    name: 'mutation importSpreadsheet PROJECTS into A (dry run)',
    query: importSpreadsheet,
    variables: (f) => ({ input: { kind: 'PROJECTS', organizationId: f.w.orgA, format: 'CSV', content: `code,title\nSAMPLE-IMPORT-${f.w.unique()},Sample data`, dryRun: true } }),
    allowed: editorsA,
  },
  {
    name: 'mutation importSpreadsheet TECHNOLOGIES into A (dry run)',
    query: importSpreadsheet,
    variables: (f) => ({ input: { kind: 'TECHNOLOGIES', organizationId: f.w.orgA, format: 'CSV', content: `code,title\nSAMPLE-IMPORT-T-${f.w.unique()},Sample data`, dryRun: true } }),
    allowed: editorsA,
  },
  {
    name: 'mutation importSpreadsheet PEOPLE into A (dry run)',
    query: importSpreadsheet,
    variables: (f) => ({ input: { kind: 'PEOPLE', organizationId: f.w.orgA, format: 'CSV', content: `email\nsample-${f.w.unique()}@import.example`, dryRun: true } }),
    allowed: adminsA,
  },
  {
    name: 'mutation importSpreadsheet ORGANIZATIONS under A (dry run)',
    query: importSpreadsheet,
    variables: (f) => ({ input: { kind: 'ORGANIZATIONS', organizationId: f.w.orgA, format: 'CSV', content: `slug,name,helix,kind,country\nsample-unit-${f.w.unique()},Sample data,ACADEMIA,LAB,VN`, dryRun: true } }),
    allowed: adminsA,
  },
  {
    name: 'mutation importSpreadsheet ORGANIZATIONS of the directory (dry run)',
    query: importSpreadsheet,
    variables: (f) => ({ input: { kind: 'ORGANIZATIONS', format: 'CSV', content: `slug,name,helix,kind,country\nsample-org-${f.w.unique()},Sample data,INDUSTRY,STARTUP,VN`, dryRun: true } }),
    allowed: ['platformAdmin'],
  },
];

export const importRows: RowModule<Fixtures> = { setUp: async (w) => ({ w }), rows };
