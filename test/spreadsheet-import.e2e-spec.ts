import { zipSync } from 'fflate';
import { readXlsx, writeXlsx } from '../src/imports/spreadsheet.js';
import type { Account } from './support/accounts.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { ImportSpreadsheetInput } from './graphql/graphql.js';

const importSpreadsheet = graphql(`mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {
  kind dryRun applied rowsRead created updated unchanged
  problems { row column code message }
  rows { row key action recordId }
} }`);

const limits = { maxBytes: 512 * 1024, maxRows: 1_000, maxUnzippedBytes: 16 * 1024 * 1024 };
const xlsx = (rows: string[][]) => writeXlsx([{ name: 'Sheet1', rows }]).toString('base64');

describe('spreadsheet imports', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Account;
  let editor: Account;
  let member: Account;
  let otherAdmin: Account;
  let university: { id: string };
  let partner: { id: string };

  const run = (caller: Account, input: Partial<ImportSpreadsheetInput> & Pick<ImportSpreadsheetInput, 'kind' | 'content'>) =>
    t.graphql(importSpreadsheet, { input: { format: 'CSV', dryRun: false, organizationId: university.id, ...input } }, caller.headers);
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const counts = async () => ({
    projects: await count('project'),
    participants: await count('project_participant'),
    technologies: await count('technology'),
    organizations: await count('organization'),
    invitations: await count('invitation'),
    audit: await count('audit_event'),
  });

  beforeAll(async () => {
    t = await startTestApp({ IMPORT_MAX_ROWS: '200' });
    fx = fixtures(t);
    admin = await fx.newUser();
    otherAdmin = await fx.newUser();
    university = await fx.newOrganization({ admin, slug: 'sample-import-university', helix: 'ACADEMIA', kind: 'UNIVERSITY' });
    partner = await fx.newOrganization({ admin: otherAdmin, slug: 'sample-import-company', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' });
    editor = await fx.newMember(university, admin, 'EDITOR');
    member = await fx.newMember(university, admin, 'MEMBER');
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('projects (CSV)', () => {
    // As Excel writes CSV in Vietnam: a byte order mark, semicolons, Vietnamese headers, a quoted line break.
    const header = '\ufeffSTT;Mã dự án;Tên dự án;Ngày bắt đầu;Ngày kết thúc;Kinh phí;Tiền tệ;Phạm vi;Từ khóa;Đơn vị tham gia';
    const faulty = [
      header,
      '1;sample-imp-01;Sample data: cảm biến chất lượng nước;01/03/2026;28/02/2027;1500000000;VND;công khai;nước;sample-import-company:PARTNER',
      '2;bad code!;Sample data: second;2026-05-01;2026-04-01;12.505;EUR;PUBLIC;;no-such-organisation:PARTNER',
      '3;SAMPLE-IMP-03;=HYPERLINK("http://evil.example","click");2026-01-01;;;;SECRET;;sample-import-company:OWNER',
      '4;SAMPLE-IMP-01;Sample data: "duplicate\nwith a line break";;;;;;;',
    ].join('\r\n');
    const corrected = [
      header,
      '1;sample-imp-01;Sample data: cảm biến chất lượng nước;01/03/2026;28/02/2027;1500000000;VND;công khai;nước;sample-import-company:PARTNER',
      '2;SAMPLE-IMP-02;"Sample data: second; with a semicolon";2026-04-01;2026-05-01;12.50;EUR;PUBLIC;;',
      '3;SAMPLE-IMP-03;"Sample data: ""quoted""\nover two lines";2026-01-01;;;;đối tác;;sample-import-company:FUNDER',
    ].join('\r\n');

    it('refuses a file with errors row by row, and changes nothing', async () => {
      const before = await counts();
      const response = await run(editor, { kind: 'PROJECTS', content: faulty });
      expect(response.errors).toBeUndefined();
      const report = response.data.importSpreadsheet;
      expect(report).toMatchObject({ applied: false, dryRun: false, rowsRead: 4, created: 1 });
      const problems = report.problems.map((p) => `${p.row} ${p.column} ${p.code}`);
      expect(problems).toEqual(
        expect.arrayContaining([
          '3 Mã dự án INVALID',
          '3 Kinh phí INVALID',
          '3 Đơn vị tham gia NOT_FOUND',
          '4 Tên dự án FORMULA',
          '4 Phạm vi INVALID',
          '4 Đơn vị tham gia INVALID',
          '5 Mã dự án DUPLICATE',
        ]),
      );
      // Every problem names its row, and each refused row is reported as such.
      expect(report.rows.map((row) => row.action)).toEqual(['CREATE', 'REFUSED', 'REFUSED', 'REFUSED']);
      expect(report.rows.every((row) => row.recordId === null)).toBe(true);
      expect(await counts()).toEqual(before);
    });

    it('reports the dates and money the API refuses', async () => {
      const response = await run(editor, { kind: 'PROJECTS', dryRun: true, content: [header, '1;SAMPLE-IMP-09;Sample data;2026-05-01;2026-04-01;12.505;EUR;;;'].join('\n') });
      const problems = response.data.importSpreadsheet.problems.map((p) => `${p.row} ${p.column} ${p.code}`);
      expect(problems).toContain('2 Kinh phí INVALID');
      const dates = await run(editor, { kind: 'PROJECTS', dryRun: true, content: [header, '1;SAMPLE-IMP-09;Sample data;2026-05-01;2026-04-01;12.50;EUR;;;'].join('\n') });
      expect(dates.data.importSpreadsheet.problems.map((p) => `${p.row} ${p.column} ${p.code}`)).toEqual(['2 Ngày kết thúc INVALID_INPUT']);
    });

    it('dry-runs the corrected file without writing, then imports it once however often it runs', async () => {
      const before = await counts();
      const dry = (await run(editor, { kind: 'PROJECTS', content: corrected, dryRun: true })).data.importSpreadsheet;
      expect(dry).toMatchObject({ dryRun: true, applied: false, created: 3, updated: 0, unchanged: 0, problems: [] });
      expect(await counts()).toEqual(before);

      const first = (await run(editor, { kind: 'PROJECTS', content: corrected })).data.importSpreadsheet;
      expect(first).toMatchObject({ applied: true, created: 3, updated: 0, unchanged: 0, problems: [] });
      const after = await counts();
      expect(after.projects).toBe(before.projects + 3);
      // Each project's coordinator, and the company invited to two of them.
      expect(after.participants).toBe(before.participants + 5);
      const [project] = await t.dataSource.query(`SELECT start_date::text, end_date::text, budget_amount::text, visibility, keywords FROM project WHERE code = 'SAMPLE-IMP-01'`);
      expect(project).toEqual({ start_date: '2026-03-01', end_date: '2027-02-28', budget_amount: '1500000000.00', visibility: 'PUBLIC', keywords: ['nước'] });
      const [title] = await t.dataSource.query(`SELECT title FROM project WHERE code = 'SAMPLE-IMP-03'`);
      expect(title.title).toBe('Sample data: "quoted"\nover two lines');
      const imports = await t.dataSource.query(`SELECT changes FROM audit_event WHERE action = 'import.applied' AND organization_id = $1`, [university.id]);
      expect(imports).toHaveLength(1);
      expect(imports[0].changes).toMatchObject({ kind: { after: 'PROJECTS' }, rows: { after: 3 }, created: { after: 3 } });

      for (let again = 0; again < 2; again++) {
        const repeat = (await run(editor, { kind: 'PROJECTS', content: corrected })).data.importSpreadsheet;
        expect(repeat).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 3, problems: [] });
        expect(await counts()).toEqual(after);
      }

      // A changed row updates its project through the API's update, with its version, and nothing else.
      const changed = corrected.replace('1500000000', '1600000000');
      const update = (await run(editor, { kind: 'PROJECTS', content: changed })).data.importSpreadsheet;
      expect(update).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 2 });
      const [budget] = await t.dataSource.query(`SELECT budget_amount::text AS amount, version FROM project WHERE code = 'SAMPLE-IMP-01'`);
      expect(budget).toEqual({ amount: '1600000000.00', version: 2 });
      expect(await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = (SELECT id::text FROM project WHERE code = 'SAMPLE-IMP-01')`)).toEqual(
        expect.arrayContaining([{ action: 'project.created' }, { action: 'project.updated' }]),
      );
    });

    it('refuses a project that another organisation coordinates', async () => {
      const other = await fx.newProject(otherAdmin, { coordinatorId: partner.id, code: 'SAMPLE-IMP-OTHER' });
      const response = await run(editor, { kind: 'PROJECTS', content: `code,title\n${other.code},Sample data: taken over` });
      expect(response.data.importSpreadsheet.problems).toEqual([expect.objectContaining({ row: 2, column: 'code', code: 'CODE_TAKEN' })]);
    });
  });

  describe('technologies (Excel)', () => {
    const rows = [
      ['code', 'tên', 'lĩnh vực', 'chủ sở hữu', 'tác giả', 'dự án'],
      ['SAMPLE-IMP-T1', 'Sample data: water sensor', 'Environmental engineering', 'sample-import-university:60;sample-import-company:40', 'Sample Inventor A:60;Sample Inventor B:40', 'SAMPLE-IMP-01'],
      ['SAMPLE-IMP-T2', 'Sample data: second technology', '', '', 'Sample Inventor C:100', ''],
    ];

    it('refuses shares that do not total 100 and owners that are not the importer', async () => {
      const before = await counts();
      const bad = [rows[0], ['SAMPLE-IMP-T1', 'Sample data', '', 'sample-import-university:60;sample-import-company:30', 'X:50', ''], ['SAMPLE-IMP-T3', 'Sample data', '', 'sample-import-company:100', '', '']];
      const report = (await run(editor, { kind: 'TECHNOLOGIES', format: 'XLSX', content: xlsx(bad) })).data.importSpreadsheet;
      expect(report.applied).toBe(false);
      expect(report.problems.map((p) => `${p.row} ${p.column} ${p.code}`)).toEqual(expect.arrayContaining(['2 chủ sở hữu SHARES_DO_NOT_TOTAL', '3 chủ sở hữu INVALID']));
      expect(await counts()).toEqual(before);
    });

    it('imports a workbook once, and again changes nothing', async () => {
      const before = await counts();
      const first = (await run(editor, { kind: 'TECHNOLOGIES', format: 'XLSX', content: xlsx(rows) })).data.importSpreadsheet;
      expect(first).toMatchObject({ applied: true, created: 2, problems: [] });
      expect((await counts()).technologies).toBe(before.technologies + 2);
      const owners = await t.dataSource.query(`SELECT o.slug, w.share::text FROM technology_owner w JOIN organization o ON o.id = w.organization_id JOIN technology t ON t.id = w.technology_id WHERE t.code = 'SAMPLE-IMP-T2'`);
      expect(owners).toEqual([{ slug: 'sample-import-university', share: '100.00' }]);
      const after = await counts();
      const again = (await run(editor, { kind: 'TECHNOLOGIES', format: 'XLSX', content: xlsx(rows) })).data.importSpreadsheet;
      expect(again).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 2, problems: [] });
      expect(await counts()).toEqual(after);

      const renamed = rows.map((row) => [...row]);
      renamed[2][1] = 'Sample data: second technology, renamed';
      renamed[2][4] = 'Sample Inventor C:50;Sample Inventor D:50';
      const update = (await run(editor, { kind: 'TECHNOLOGIES', format: 'XLSX', content: xlsx(renamed) })).data.importSpreadsheet;
      expect(update).toMatchObject({ applied: true, updated: 1, unchanged: 1 });
      const changedOwners = rows.map((row) => [...row]);
      changedOwners[2][3] = 'sample-import-university:50;sample-import-company:50';
      const owned = (await run(editor, { kind: 'TECHNOLOGIES', format: 'XLSX', content: xlsx(changedOwners) })).data.importSpreadsheet;
      expect(owned.problems).toEqual([expect.objectContaining({ row: 3, column: 'chủ sở hữu', code: 'OWNERS_DIFFER' })]);
    });
  });

  describe('people (invitations)', () => {
    it('invites each address once, and nobody who is already a member', async () => {
      const content = `email,vai trò,chức vụ\nsample.one@import.example,biên tập,Sample data: researcher\nSample.Two@Import.example,,\n${member.email},MEMBER,`;
      const before = await counts();
      const first = (await run(admin, { kind: 'PEOPLE', content })).data.importSpreadsheet;
      expect(first).toMatchObject({ applied: true, created: 2, unchanged: 1, problems: [] });
      expect((await counts()).invitations).toBe(before.invitations + 2);
      const [role] = await t.dataSource.query(`SELECT role FROM invitation WHERE email = 'sample.one@import.example'`);
      expect(role.role).toBe('EDITOR');
      const after = await counts();
      const again = (await run(admin, { kind: 'PEOPLE', content })).data.importSpreadsheet;
      expect(again).toMatchObject({ applied: false, created: 0, unchanged: 3 });
      expect(await counts()).toEqual(after);
    });

    it('refuses bad addresses and roles by row', async () => {
      const report = (await run(admin, { kind: 'PEOPLE', content: 'email;role\nnot-an-address;MEMBER\nsample.three@import.example;OWNER' })).data.importSpreadsheet;
      expect(report.problems.map((p) => `${p.row} ${p.column} ${p.code}`)).toEqual(['2 email INVALID_INPUT', '3 role INVALID']);
    });
  });

  describe('organisations (the directory)', () => {
    const content = [
      'slug,tên,name (English),nhà,loại hình,quốc gia,tỉnh,trực thuộc',
      'sample-import-dept,Sample data: Sở thử nghiệm,Sample data: test department,nhà nước,GOVERNMENT_DEPARTMENT,vn,Bình Dương,',
      'sample-import-lab,Sample data: Phòng thí nghiệm,Sample data: lab,ACADEMIA,LAB,VN,Bình Dương,sample-import-dept',
    ].join('\n');

    it('is the platform admins’; once imported, again changes nothing', async () => {
      const platformAdmin = await fx.platformAdmin();
      const refusedToAdmin = await run(admin, { kind: 'ORGANIZATIONS', organizationId: null, content });
      expect(refusedToAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const before = await counts();
      const first = (await run(platformAdmin, { kind: 'ORGANIZATIONS', organizationId: null, content })).data.importSpreadsheet;
      expect(first).toMatchObject({ applied: true, created: 2, problems: [] });
      const [lab] = await t.dataSource.query(`SELECT c.country, p.slug AS parent FROM organization c JOIN organization p ON p.id = c.parent_id WHERE c.slug = 'sample-import-lab'`);
      expect(lab).toEqual({ country: 'VN', parent: 'sample-import-dept' });
      expect((await counts()).organizations).toBe(before.organizations + 2);
      const after = await counts();
      const again = (await run(platformAdmin, { kind: 'ORGANIZATIONS', organizationId: null, content })).data.importSpreadsheet;
      expect(again).toMatchObject({ applied: false, unchanged: 2 });
      expect(await counts()).toEqual(after);
    });

    it('lets an organisation’s admins import its units', async () => {
      const units = 'slug,name,helix,kind,country\nsample-import-unit,Sample data: unit,ACADEMIA,LAB,VN';
      const report = (await run(admin, { kind: 'ORGANIZATIONS', content: units })).data.importSpreadsheet;
      expect(report).toMatchObject({ applied: true, created: 1 });
      const [unit] = await t.dataSource.query(`SELECT parent_id FROM organization WHERE slug = 'sample-import-unit'`);
      expect(unit.parent_id).toBe(university.id);
    });
  });

  describe('access', () => {
    it('refuses members who are not editors, other organisations’ admins, and invitations by editors', async () => {
      const content = 'code,title\nSAMPLE-IMP-X,Sample data';
      expect((await run(member, { kind: 'PROJECTS', content })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await run(otherAdmin, { kind: 'PROJECTS', content })).errors?.[0].extensions?.code);
      expect((await run(editor, { kind: 'PEOPLE', content: 'email\nsample.x@import.example' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await run(editor, { kind: 'PROJECTS', organizationId: null, content })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    });
  });

  describe('hostile files', () => {
    const expectBadInput = async (input: Partial<ImportSpreadsheetInput>, message: RegExp) => {
      const response = await run(editor, { kind: 'PROJECTS', content: '', ...input });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
      expect(response.errors?.[0].message).toMatch(message);
    };

    it('refuses what is not a spreadsheet with a clear error', async () => {
      await expectBadInput({ format: 'XLSX', content: 'not base64 at all!' }, /base64/);
      await expectBadInput({ format: 'XLSX', content: Buffer.from('random bytes that are no zip').toString('base64') }, /not a zip/);
      await expectBadInput({ format: 'XLSX', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]).toString('base64') }, /\.xls\)/);
      await expectBadInput({ format: 'XLSX', content: Buffer.from(zipSync({ 'hello.txt': new Uint8Array(10) })).toString('base64') }, /no xl\/workbook\.xml/);
      await expectBadInput({ format: 'CSV', content: 'code,title\n\u0001\u0002\u0003\ufffd' }, /not CSV text/);
      await expectBadInput({ format: 'CSV', content: 'code,title\nA,"never closed' }, /never closed/);
      await expectBadInput({ format: 'CSV', content: '' }, /empty/);
    });

    it('refuses a zip bomb posing as a workbook before inflating it', async () => {
      const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
      expect(bomb.length).toBeLessThan(512 * 1024);
      await expectBadInput({ format: 'XLSX', content: Buffer.from(bomb).toString('base64') }, /unpacks to more than/);
    });

    it('refuses entity declarations, too many rows and too large files', async () => {
      const doctype = writeXlsx([{ name: 'Sheet1', rows: [['code']] }]);
      const parts = Object.fromEntries(Object.entries((await import('fflate')).unzipSync(doctype)).map(([name, bytes]) => [name, bytes]));
      parts['xl/workbook.xml'] = Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>');
      await expectBadInput({ format: 'XLSX', content: Buffer.from(zipSync(parts)).toString('base64') }, /document type/);
      await expectBadInput({ content: `code,title\n${'X,Y\n'.repeat(201)}` }, /more than 200 data rows/);
      await expectBadInput({ content: `code,title\nA,${'x'.repeat(600 * 1024)}` }, /the most an import takes is/);
    });

    it('reports formulas and huge cells of a workbook by row and column', async () => {
      const rows = [['code', 'title'], ['SAMPLE-IMP-F1', 'y'.repeat(25_000)], ['SAMPLE-IMP-F2', 'ok']];
      const workbook = writeXlsx([{ name: 'Sheet1', rows }]);
      const parts = (await import('fflate')).unzipSync(workbook);
      const sheet = Buffer.from(parts['xl/worksheets/sheet1.xml']).toString('utf8').replace(/<c r="B3"[^]*?<\/c>/, '<c r="B3"><f>HYPERLINK("http://evil.example","x")</f><v>x</v></c>');
      parts['xl/worksheets/sheet1.xml'] = Buffer.from(sheet);
      const report = (await run(editor, { kind: 'PROJECTS', format: 'XLSX', content: Buffer.from(zipSync(parts)).toString('base64'), dryRun: true })).data.importSpreadsheet;
      expect(report.problems.map((p) => `${p.row} ${p.column} ${p.code}`)).toEqual(['2 title TOO_LONG', '3 title FORMULA']);
    });

    it('refuses unknown columns and missing keys', async () => {
      const report = (await run(editor, { kind: 'PROJECTS', dryRun: true, content: 'title,colour\nSample data,red' })).data.importSpreadsheet;
      expect(report.problems.map((p) => `${p.row} ${p.column} ${p.code}`)).toEqual(['1 colour UNKNOWN_COLUMN', '1 code REQUIRED', '2 code REQUIRED']);
    });
  });

  describe('templates', () => {
    it('serves each kind as CSV and as a workbook, whose sample row a dry run reads', async () => {
      const csv = await t.app.inject({ method: 'GET', url: '/imports/templates/people.csv' });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toBe('\ufeff"email","role","position"\r\n"sample.person@example.org","MEMBER","Sample data: researcher"\r\n');
      const book = await t.app.inject({ method: 'GET', url: '/imports/templates/technologies.xlsx' });
      expect(book.statusCode).toBe(200);
      const sheet = readXlsx(book.rawPayload, limits);
      expect(sheet.header).toEqual(['code', 'title', 'abstract', 'fields', 'keywords', 'owners', 'inventors', 'projects']);
      const dry = (await run(editor, { kind: 'TECHNOLOGIES', format: 'XLSX', dryRun: true, content: book.rawPayload.toString('base64') })).data.importSpreadsheet;
      expect(dry).toMatchObject({ created: 1, problems: [] });
      expect((await t.app.inject({ method: 'GET', url: '/imports/templates/secrets.csv' })).statusCode).toBe(404);
    });
  });
});
