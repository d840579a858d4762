import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { MemberRole, ParticipantRole, ParticipantStatus, ProjectVisibility } from '../common/access/vocabulary.js';
import { databaseInputError } from '../common/database-errors.js';
import { databaseToday } from '../common/database-today.js';
import { AppError, badUserInput } from '../common/errors.js';
import { ErrorResult } from '../common/graphql/error-result.js';
import type { RequestContext } from '../common/request-context.js';
import { isStorableText } from '../common/storable-text.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { normaliseEmail } from '../identity/credentials.js';
import { InviteMemberInput } from '../memberships/dto/membership.inputs.js';
import { InvitationService } from '../memberships/invitation.service.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from '../organizations/dto/organization-profile.input.js';
import { OrganizationAdminService } from '../organizations/organization-admin.service.js';
import { Helix, OrganizationKind } from '../organizations/organization.enums.js';
import type { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { CreateProjectInput, InviteParticipantInput, UpdateParticipantInput, UpdateProjectInput } from '../projects/dto/project.inputs.js';
import { ParticipantService } from '../projects/participant.service.js';
import { IcfFactor } from '../projects/project.enums.js';
import { ProjectService } from '../projects/project.service.js';
import { CreateTechnologyInput, SetTechnologyInventorsInput, UpdateTechnologyInput } from '../technologies/dto/technology.inputs.js';
import { TechnologyService } from '../technologies/technology.service.js';
import { columnsByKind, matchHeaders, withoutAccents } from './columns.js';
import { ImportFormat, ImportKind, ImportProblemModel, ImportReportModel, ImportRowAction, ImportRowOutcomeModel, type ImportSpreadsheetInput } from './import.model.js';
import { decodeBase64, readCsv, readXlsx, type SheetLimits } from './spreadsheet.js';

/** The longest cell read; longer ones are refused (the longest field, a project's description, takes 20,000). */
const maxCellLength = 20_000;

/** A row's cells by canonical column, trimmed; empty cells are left out (they change nothing). */
type Cells = Map<string, string>;

/** What one row did, or why not. */
type RowResult = { action: ImportRowAction.CREATE | ImportRowAction.UPDATE | ImportRowAction.UNCHANGED; recordId: string } | { problems: Problem[] };

interface Problem {
  column: string | null;
  code: string;
  message: string;
}

interface Scope {
  kind: ImportKind;
  /** The organisation the rows belong to; undefined for the directory. */
  organization: OrganizationModel | undefined;
  today: string;
}

const problem = (column: string | null, code: string, message: string): Problem => ({ column, code, message });
const refused = (...problems: Problem[]): RowResult => ({ problems });

/** `a;b; c` (or one a line) as a list, without empty items. */
const listOf = (text: string | undefined) => (text ?? '').split(/[;\n]/).map((item) => item.trim()).filter(Boolean);

/** `left:right` split at the last colon (names may hold colons, shares and roles never do). */
function pairOf(entry: string): [string, string] | undefined {
  const at = entry.lastIndexOf(':');
  if (at <= 0) return undefined;
  return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
}

const fold = (text: string) => withoutAccents(text).trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');

/** An enum value written as the API writes it, in lower case or with spaces, or by one of its Vietnamese names; anything else as written (the validators then name the values). */
function enumValue<T extends string>(text: string, values: Record<string, T>, aliases: Record<string, T> = {}): string {
  const folded = fold(text);
  if (Object.values(values).includes(folded as T)) return folded;
  const alias = Object.entries(aliases).find(([name]) => fold(name) === folded);
  return alias ? alias[1] : text;
}

const helixNames: Record<string, Helix> = {
  'nhà nước': Helix.GOVERNMENT, 'chính quyền': Helix.GOVERNMENT, 'doanh nghiệp': Helix.INDUSTRY, 'nhà doanh nghiệp': Helix.INDUSTRY,
  'nhà trường': Helix.ACADEMIA, 'đại học': Helix.ACADEMIA, 'học thuật': Helix.ACADEMIA, 'xã hội dân sự': Helix.CIVIL_SOCIETY,
};
const roleNames: Record<string, MemberRole> = { 'quản trị': MemberRole.ADMIN, 'biên tập': MemberRole.EDITOR, 'thành viên': MemberRole.MEMBER };
const visibilityNames: Record<string, ProjectVisibility> = { 'công khai': ProjectVisibility.PUBLIC, 'đối tác': ProjectVisibility.PARTNERS };
const participantRoleNames: Record<string, ParticipantRole> = {
  'đối tác': ParticipantRole.PARTNER, 'tài trợ': ParticipantRole.FUNDER, 'nhà tài trợ': ParticipantRole.FUNDER, 'đóng góp hiện vật': ParticipantRole.IN_KIND_CONTRIBUTOR, 'tư vấn': ParticipantRole.ADVISOR,
};

/** A day as the API takes it: YYYY-MM-DD, also from DD/MM/YYYY (as Vietnamese sheets write days) and from an Excel day number. */
function dayOf(text: string): string {
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vietnamese) return `${vietnamese[3]}-${vietnamese[2].padStart(2, '0')}-${vietnamese[1].padStart(2, '0')}`;
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return text;
}

/** An exact decimal as compared: no leading zeros, no trailing decimal zeros. */
const decimal = (value: string | null | undefined) => (value == null ? null : value.replace(/^0+(?=\d)/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''));
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());
const share = (value: string) => Number(value).toFixed(2);

/**
 * Every failed rule of an input built from a row, as the API's validation pipe checks it (the same
 * class-validator input classes), by the field's path (`budget.amount`, `owners.0.share`).
 */
function validated<T extends object>(type: new () => T, raw: Record<string, unknown>): { value: T; failures: [string, string][] } {
  const value = plainToInstance(type, raw);
  const failures: [string, string][] = [];
  const collect = (errors: ValidationError[], prefix: string) => {
    for (const error of errors) {
      const path = prefix ? `${prefix}.${error.property}` : error.property;
      const message = error.constraints && Object.values(error.constraints)[0];
      if (message) failures.push([path, message]);
      if (error.children?.length) collect(error.children, path);
    }
  };
  collect(validateSync(value, { whitelist: true, forbidUnknownValues: false }), '');
  return { value, failures };
}

/** The column of an input field (`input.owners.0.share` is the owners column), by the kind's names. */
function columnOf(kind: ImportKind, path: string | null | undefined): string | null {
  if (!path) return null;
  const first = path.replace(/^input\./, '').split('.')[0];
  const renamed: Record<string, string> = { parentId: 'parent', projectIds: 'projects', organizationId: kind === ImportKind.PROJECTS ? 'participants' : '', role: kind === ImportKind.PROJECTS ? 'participants' : 'role', expectedVersion: '' };
  const column = first in renamed ? renamed[first] : first;
  return columnsByKind[kind].some((definition) => definition.name === column) ? column : null;
}

/**
 * Spreadsheet imports: each row goes through the same input classes and the same domain services as
 * the API, so every rule, access check, audit record and event applies as it does there. A file is
 * one unit: its rows run under a savepoint of the mutation's transaction, each row under one of its
 * own (so that one row's failure does not hide the next row's problems); a dry run, or any problem,
 * rolls the whole file back, with the events it would have announced.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly organizationAdmin: OrganizationAdminService,
    private readonly invitations: InvitationService,
    private readonly projects: ProjectService,
    private readonly participants: ParticipantService,
    private readonly technologies: TechnologyService,
  ) {}

  get limits(): SheetLimits {
    return this.config.imports;
  }

  async importSpreadsheet(ctx: RequestContext, input: ImportSpreadsheetInput): Promise<ImportReportModel> {
    const manager = ctx.manager;
    if (!manager) throw new Error('importSpreadsheet runs inside a mutation transaction');
    const organization = await this.authorize(ctx, input);
    // Only once the caller may: read the file.
    const sheet = input.format === ImportFormat.XLSX ? readXlsx(decodeBase64(input.content, this.limits), this.limits) : readCsv(input.content, this.limits);
    const scope: Scope = { kind: input.kind, organization, today: await databaseToday(ctx, this.dataSource) };

    const report: ImportReportModel = Object.assign(new ImportReportModel(), {
      kind: input.kind, dryRun: input.dryRun, applied: false, rowsRead: sheet.rows.length, created: 0, updated: 0, unchanged: 0, problems: [], rows: [],
    });
    const columns = matchHeaders(input.kind, sheet.header);
    const label = (column: string | null) => {
      if (column === null) return null;
      const at = columns.indexOf(column);
      return at >= 0 ? sheet.header[at] : column;
    };
    const fileProblem = (code: string, message: string, column: string | null = null) => report.problems.push(Object.assign(new ImportProblemModel(), { row: 1, column, code, message }));
    sheet.header.forEach((header, at) => {
      if (columns[at] === undefined) fileProblem('UNKNOWN_COLUMN', `The column "${header}" is not one of the ${input.kind.toLowerCase()} import's (see the template)`, header);
    });
    for (const column of columnsByKind[input.kind]) {
      const count = columns.filter((name) => name === column.name).length;
      if (count > 1) fileProblem('DUPLICATE', `Two columns are ${column.name}`, column.name);
      if (column.required && count === 0) fileProblem('REQUIRED', `The column ${column.name} is missing`, column.name);
    }

    const earlier = ctx.takeAfterCommit();
    await manager.query('SAVEPOINT import_file');
    let keep = false;
    try {
      const seenKeys = new Map<string, number>();
      for (const row of sheet.rows) {
        const { cells, problems } = this.cellsOf(row.cells, columns);
        const key = this.keyOf(input.kind, cells);
        const outcome: ImportRowOutcomeModel = Object.assign(new ImportRowOutcomeModel(), { row: row.number, key: key ?? null, action: ImportRowAction.REFUSED, recordId: null });
        report.rows.push(outcome);
        const keyColumn = columnsByKind[input.kind][0].name;
        if (key && seenKeys.has(key)) problems.push(problem(keyColumn, 'DUPLICATE', `${key} is also in row ${seenKeys.get(key)}`));
        if (key && !seenKeys.has(key)) seenKeys.set(key, row.number);
        const result = await this.inSavepoint(ctx, manager, scope, cells, problems);
        if ('problems' in result) {
          for (const found of result.problems) report.problems.push(Object.assign(new ImportProblemModel(), { row: row.number, column: label(found.column), code: found.code, message: found.message }));
          continue;
        }
        outcome.action = result.action;
        outcome.recordId = result.recordId;
        if (result.action === ImportRowAction.CREATE) report.created++;
        else if (result.action === ImportRowAction.UPDATE) report.updated++;
        else report.unchanged++;
      }
      keep = !input.dryRun && report.problems.length === 0 && report.created + report.updated > 0;
      if (keep) {
        await this.audit.record(ctx, {
          action: 'import.applied',
          organizationId: organization?.id ?? null,
          entityType: 'Import',
          changes: Object.fromEntries(
            Object.entries({ kind: input.kind, format: input.format, rows: report.rowsRead, created: report.created, updated: report.updated, unchanged: report.unchanged }).map(([name, after]) => [name, { before: null, after }]),
          ),
        });
      }
    } finally {
      if (keep) await manager.query('RELEASE SAVEPOINT import_file');
      else {
        await manager.query('ROLLBACK TO SAVEPOINT import_file');
        await manager.query('RELEASE SAVEPOINT import_file');
      }
      const produced = ctx.takeAfterCommit();
      for (const work of [...earlier, ...(keep ? produced : [])]) ctx.afterCommit(work);
      ctx.clearLoaders();
    }
    report.applied = keep;
    if (!keep) for (const row of report.rows) row.recordId = null;
    return report;
  }

  /** Who may import what: the directory is the platform admins'; an organisation's units its admins', its people its admins', its projects and technologies its editors'. */
  private async authorize(ctx: RequestContext, input: ImportSpreadsheetInput): Promise<OrganizationModel | undefined> {
    if (!input.organizationId) {
      if (input.kind !== ImportKind.ORGANIZATIONS) throw badUserInput(`organizationId is required to import ${input.kind.toLowerCase()}`, 'input.organizationId');
      await this.access.requireAccess(ctx, 'platform.administer');
      return undefined;
    }
    const permission = { ORGANIZATIONS: 'organization.update', PEOPLE: 'organization.manageMembers', PROJECTS: 'organization.write', TECHNOLOGIES: 'organization.write' } as const;
    await this.access.requireAccess(ctx, permission[input.kind], input.organizationId);
    const organization = await this.organizations.findById(ctx, input.organizationId);
    if (!organization) throw new AppError('NOT_FOUND', 'No such organisation', 'input.organizationId');
    return organization;
  }

  /** The row's cells by column, with the problems of single cells: formulas, characters that cannot be stored, cells too long. */
  private cellsOf(raw: string[], columns: (string | null | undefined)[]): { cells: Cells; problems: Problem[] } {
    const cells: Cells = new Map();
    const problems: Problem[] = [];
    raw.forEach((text, at) => {
      const column = columns[at];
      const value = text.trim();
      if (!column || value === '') return;
      if (value.length > maxCellLength) problems.push(problem(column, 'TOO_LONG', `${column} is ${value.length.toLocaleString('en')} characters, more than the ${maxCellLength.toLocaleString('en')} any field takes`));
      else if (!isStorableText(value)) problems.push(problem(column, 'INVALID', `${column} contains a character that cannot be stored (NUL or half of a surrogate pair)`));
      else if (/^[=@]/.test(value) || /^[+-][^\d.\s]/.test(value)) {
        // A formula here would run in the spreadsheets of whoever exports the records later.
        problems.push(problem(column, 'FORMULA', `${column} starts like a formula (${value.slice(0, 1)}): formulas are not imported; type the value itself`));
      } else cells.set(column, value);
    });
    return { cells, problems };
  }

  private keyOf(kind: ImportKind, cells: Cells): string | undefined {
    if (kind === ImportKind.ORGANIZATIONS) return cells.get('slug');
    if (kind === ImportKind.PEOPLE) return cells.has('email') ? normaliseEmail(cells.get('email')!) : undefined;
    return cells.get('code')?.toUpperCase();
  }

  /** Runs one row under its own savepoint: a row that fails leaves nothing behind and the transaction usable for the next. */
  private async inSavepoint(ctx: RequestContext, manager: EntityManager, scope: Scope, cells: Cells, found: Problem[]): Promise<RowResult> {
    await manager.query('SAVEPOINT import_row');
    let result: RowResult;
    try {
      result = await this.importRow(ctx, manager, scope, cells);
    } catch (error) {
      const known = error instanceof AppError ? error : databaseInputError(error);
      if (!known || known.code === 'SERVICE_UNAVAILABLE' || known.code === 'INTERNAL') throw error;
      result = refused(problem(columnOf(scope.kind, known.field), known.code === 'BAD_USER_INPUT' ? 'INVALID' : known.code, known.message));
    }
    // The row's other problems are checked too, all but those of the cells already refused (left out, they would read as missing).
    if (found.length > 0) {
      const faulty = new Set(found.map((each) => each.column));
      result = refused(...found, ...('problems' in result ? result.problems.filter((each) => !faulty.has(each.column)) : []));
    }
    if ('problems' in result) await manager.query('ROLLBACK TO SAVEPOINT import_row');
    await manager.query('RELEASE SAVEPOINT import_row');
    ctx.clearLoaders();
    return result;
  }

  private importRow(ctx: RequestContext, manager: EntityManager, scope: Scope, cells: Cells): Promise<RowResult> {
    switch (scope.kind) {
      case ImportKind.ORGANIZATIONS:
        return this.organizationRow(ctx, manager, scope, cells);
      case ImportKind.PEOPLE:
        return this.personRow(ctx, manager, scope, cells);
      case ImportKind.PROJECTS:
        return this.projectRow(ctx, manager, scope, cells);
      case ImportKind.TECHNOLOGIES:
        return this.technologyRow(ctx, manager, scope, cells);
    }
  }

  /** Problems of an input's validation and of the service's typed answers, by column. */
  private failures(kind: ImportKind, failures: [string, string][]): Problem[] {
    return failures.map(([path, message]) => problem(columnOf(kind, path), 'INVALID', message));
  }

  private answerProblem(kind: ImportKind, answer: ErrorResult, fallbackColumn: string | null = null): RowResult {
    return refused(problem(columnOf(kind, answer.field) ?? fallbackColumn, answer.code, answer.message));
  }

  /** Organisations named by slug in a cell, or the problem naming those that are not in the directory. */
  private async organizationsBySlug(ctx: RequestContext, manager: EntityManager, slugs: string[], column: string): Promise<Map<string, OrganizationModel> | Problem> {
    const found = await this.organizations.bySlugs(ctx, manager, slugs);
    const missing = slugs.filter((slug) => !found.has(slug));
    return missing.length > 0 ? problem(column, 'NOT_FOUND', `No organisation has the slug ${missing.join(', ')}`) : found;
  }

  // -------------------------------------------------------------------------------------------------
  // Organisations, by slug

  private async organizationRow(ctx: RequestContext, manager: EntityManager, scope: Scope, cells: Cells): Promise<RowResult> {
    const slug = cells.get('slug');
    if (!slug) return refused(problem('slug', 'REQUIRED', 'slug is required: it is the key of the row'));
    let parentId: string | undefined = scope.organization?.id;
    const parentSlug = cells.get('parent');
    if (parentSlug) {
      const parents = await this.organizationsBySlug(ctx, manager, [parentSlug], 'parent');
      if (!(parents instanceof Map)) return refused(parents);
      parentId = parents.get(parentSlug)!.id;
    }
    const values: Record<string, unknown> = {
      slug,
      name: cells.get('name'),
      nameEn: cells.get('nameEn'),
      shortName: cells.get('shortName'),
      helix: cells.has('helix') ? enumValue(cells.get('helix')!, Helix, helixNames) : undefined,
      secondaryHelices: cells.has('secondaryHelices') ? listOf(cells.get('secondaryHelices')).map((helix) => enumValue(helix, Helix, helixNames)) : undefined,
      kind: cells.has('kind') ? enumValue(cells.get('kind')!, OrganizationKind) : undefined,
      country: cells.get('country'),
      province: cells.get('province'),
      website: cells.get('website'),
      rorId: cells.get('rorId'),
      description: cells.get('description'),
      parentId,
    };
    const existing = (await this.organizations.bySlugs(ctx, manager, [slug])).get(slug);
    if (!existing) {
      const { value, failures } = validated(CreateOrganizationInput, values);
      if (failures.length > 0) return refused(...this.failures(scope.kind, failures));
      const answer = await this.organizationAdmin.create(ctx, value);
      if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer);
      return { action: ImportRowAction.CREATE, recordId: answer.id };
    }
    const { value: wanted, failures } = validated(UpdateOrganizationInput, { ...values, id: existing.id, expectedVersion: existing.version });
    if (failures.length > 0) return refused(...this.failures(scope.kind, failures));
    const ror = (id: string | null | undefined) => id?.replace(/^https:\/\/ror\.org\//, '') ?? null;
    const changes: Record<string, unknown> = {};
    for (const field of ['name', 'nameEn', 'shortName', 'helix', 'kind', 'country', 'province', 'website', 'description', 'parentId'] as const) {
      if (wanted[field] != null && wanted[field] !== existing[field]) changes[field] = wanted[field];
    }
    if (wanted.secondaryHelices && !sameSet(wanted.secondaryHelices, existing.secondaryHelices)) changes.secondaryHelices = wanted.secondaryHelices;
    if (wanted.rorId != null && ror(wanted.rorId) !== ror(existing.rorId)) changes.rorId = wanted.rorId;
    if (Object.keys(changes).length === 0) return { action: ImportRowAction.UNCHANGED, recordId: existing.id };
    const answer = await this.organizationAdmin.update(ctx, Object.assign(new UpdateOrganizationInput(), { id: existing.id, expectedVersion: existing.version, ...changes }));
    if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer);
    return { action: ImportRowAction.UPDATE, recordId: existing.id };
  }

  // -------------------------------------------------------------------------------------------------
  // People: invitations, by email

  private async personRow(ctx: RequestContext, manager: EntityManager, scope: Scope, cells: Cells): Promise<RowResult> {
    const organizationId = scope.organization!.id;
    const email = cells.get('email');
    if (!email) return refused(problem('email', 'REQUIRED', 'email is required: it is the key of the row'));
    const { value, failures } = validated(InviteMemberInput, {
      organizationId,
      email,
      role: cells.has('role') ? enumValue(cells.get('role')!, MemberRole, roleNames) : MemberRole.MEMBER,
      position: cells.get('position'),
    });
    if (failures.length > 0) return refused(...this.failures(scope.kind, failures));
    const standing = await this.invitations.standingOf(manager, organizationId, normaliseEmail(email));
    // Already a member or invited: nobody is invited twice. Roles change with changeMemberRole.
    if (standing) return { action: ImportRowAction.UNCHANGED, recordId: organizationId };
    const answer = await this.invitations.invite(ctx, value);
    if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer, 'email');
    return { action: ImportRowAction.CREATE, recordId: answer.invitation.id };
  }

  // -------------------------------------------------------------------------------------------------
  // Projects, by code, with the organisations invited to take part

  private async projectRow(ctx: RequestContext, manager: EntityManager, scope: Scope, cells: Cells): Promise<RowResult> {
    const coordinatorId = scope.organization!.id;
    const code = cells.get('code')?.toUpperCase();
    if (!code) return refused(problem('code', 'REQUIRED', 'code is required: it is the key of the row'));
    const problems: Problem[] = [];
    const values: Record<string, unknown> = {
      code,
      title: cells.get('title'),
      summary: cells.get('summary'),
      description: cells.get('description'),
      startDate: cells.has('startDate') ? dayOf(cells.get('startDate')!) : undefined,
      endDate: cells.has('endDate') ? dayOf(cells.get('endDate')!) : undefined,
      budget: cells.has('budget') ? { amount: cells.get('budget')!.replace(/[\s,_]/g, ''), currency: (cells.get('currency') ?? 'VND').toUpperCase() } : undefined,
      visibility: cells.has('visibility') ? enumValue(cells.get('visibility')!, ProjectVisibility, visibilityNames) : undefined,
      icfFactors: cells.has('icfFactors') ? listOf(cells.get('icfFactors')).map((factor) => enumValue(factor, IcfFactor)) : undefined,
      keywords: cells.has('keywords') ? listOf(cells.get('keywords')) : undefined,
    };
    if (cells.has('currency') && !cells.has('budget')) problems.push(problem('currency', 'INVALID', 'currency is the budget’s: give the budget too'));

    // Participants: slug:ROLE; the importing organisation coordinates.
    const wanted: { slug: string; role: string }[] = [];
    for (const entry of listOf(cells.get('participants'))) {
      const pair = pairOf(entry);
      if (!pair) problems.push(problem('participants', 'INVALID', `"${entry}" is not slug:ROLE (e.g. becamex-idc:PARTNER)`));
      else wanted.push({ slug: pair[0], role: enumValue(pair[1], ParticipantRole, participantRoleNames) });
    }
    for (const { role } of wanted) {
      if (role === ParticipantRole.COORDINATOR) problems.push(problem('participants', 'INVALID', 'Your organisation coordinates the projects it imports; list the others as PARTNER, FUNDER, IN_KIND_CONTRIBUTOR or ADVISOR'));
      else if (!Object.values(ParticipantRole).includes(role as ParticipantRole)) problems.push(problem('participants', 'INVALID', `${role} is not a role: PARTNER, FUNDER, IN_KIND_CONTRIBUTOR or ADVISOR`));
    }
    let participantIds = new Map<string, OrganizationModel>();
    if (wanted.length > 0) {
      const found = await this.organizationsBySlug(ctx, manager, wanted.map((participant) => participant.slug), 'participants');
      if (found instanceof Map) participantIds = found;
      else problems.push(found);
    }
    const invited = wanted.filter((participant) => participantIds.get(participant.slug)?.id !== coordinatorId);

    const existing = await this.projects.byCode(manager, code);
    if (!existing) {
      const { value, failures } = validated(CreateProjectInput, { ...values, coordinatorId });
      problems.push(...this.failures(scope.kind, failures));
      if (problems.length > 0) return refused(...problems);
      const answer = await this.projects.create(ctx, value);
      if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer);
      for (const participant of invited) {
        const result = await this.inviteParticipant(ctx, answer.id, participantIds.get(participant.slug)!.id, participant.role);
        if (result) return result;
      }
      return { action: ImportRowAction.CREATE, recordId: answer.id };
    }

    const { project, participants } = existing;
    const coordinator = participants.find((participant) => participant.role === ParticipantRole.COORDINATOR && participant.status === ParticipantStatus.ACTIVE);
    if (coordinator?.organizationId !== coordinatorId) return refused(problem('code', 'CODE_TAKEN', `The code ${code} belongs to a project your organisation does not coordinate`));
    const { value: next, failures } = validated(UpdateProjectInput, { ...values, code: undefined, id: project.id, expectedVersion: project.version });
    problems.push(...this.failures(scope.kind, failures));
    if (problems.length > 0) return refused(...problems);
    const changes: Record<string, unknown> = {};
    for (const field of ['title', 'summary', 'description', 'startDate', 'endDate', 'visibility'] as const) {
      if (next[field] != null && next[field] !== project[field]) changes[field] = next[field];
    }
    if (next.icfFactors && !sameSet(next.icfFactors, project.icfFactors)) changes.icfFactors = next.icfFactors;
    if (next.keywords && !sameList(next.keywords, project.keywords)) changes.keywords = next.keywords;
    if (next.budget && (decimal(next.budget.amount) !== decimal(project.budgetAmount) || next.budget.currency !== project.budgetCurrency)) changes.budget = next.budget;
    let written = false;
    if (Object.keys(changes).length > 0) {
      const answer = await this.projects.update(ctx, Object.assign(new UpdateProjectInput(), { id: project.id, expectedVersion: project.version, ...changes }));
      if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer);
      written = true;
    }
    for (const participant of invited) {
      const organizationId = participantIds.get(participant.slug)!.id;
      const current = participants.find((candidate) => candidate.organizationId === organizationId);
      if (!current) {
        const result = await this.inviteParticipant(ctx, project.id, organizationId, participant.role);
        if (result) return result;
        written = true;
      } else if ((current.status === ParticipantStatus.INVITED || current.status === ParticipantStatus.ACTIVE) && current.role !== participant.role) {
        const { value, failures: invalid } = validated(UpdateParticipantInput, { participantId: current.id, expectedVersion: current.version, role: participant.role });
        if (invalid.length > 0) return refused(...this.failures(scope.kind, invalid));
        const answer = await this.participants.updateParticipant(ctx, value);
        if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer, 'participants');
        written = true;
      }
      // A participation that was declined, left or ended stays so: the organisation decided.
    }
    return { action: written ? ImportRowAction.UPDATE : ImportRowAction.UNCHANGED, recordId: project.id };
  }

  private async inviteParticipant(ctx: RequestContext, projectId: string, organizationId: string, role: string): Promise<RowResult | undefined> {
    const { value, failures } = validated(InviteParticipantInput, { projectId, organizationId, role });
    if (failures.length > 0) return refused(...this.failures(ImportKind.PROJECTS, failures));
    const answer = await this.participants.invite(ctx, value);
    return answer instanceof ErrorResult ? this.answerProblem(ImportKind.PROJECTS, answer, 'participants') : undefined;
  }

  // -------------------------------------------------------------------------------------------------
  // Technologies, by code, with owners and inventors

  private async technologyRow(ctx: RequestContext, manager: EntityManager, scope: Scope, cells: Cells): Promise<RowResult> {
    const organization = scope.organization!;
    const code = cells.get('code')?.toUpperCase();
    if (!code) return refused(problem('code', 'REQUIRED', 'code is required: it is the key of the row'));
    const problems: Problem[] = [];

    const ownerPairs: [string, string][] = [];
    for (const entry of cells.has('owners') ? listOf(cells.get('owners')) : [`${organization.slug}:100`]) {
      const pair = pairOf(entry);
      if (!pair) problems.push(problem('owners', 'INVALID', `"${entry}" is not slug:share (e.g. ${organization.slug}:100)`));
      else ownerPairs.push(pair);
    }
    let owners: { organizationId: string; share: string }[] = [];
    if (ownerPairs.length > 0) {
      const found = await this.organizationsBySlug(ctx, manager, ownerPairs.map(([slug]) => slug), 'owners');
      if (found instanceof Map) owners = ownerPairs.map(([slug, value]) => ({ organizationId: found.get(slug)!.id, share: value }));
      else problems.push(found);
      if (!ownerPairs.some(([slug]) => slug === organization.slug)) problems.push(problem('owners', 'INVALID', `Your organisation (${organization.slug}) must be among the owners of the technologies it imports`));
    }
    const inventors: { externalName: string; share: string }[] = [];
    for (const entry of listOf(cells.get('inventors'))) {
      const pair = pairOf(entry);
      if (!pair) problems.push(problem('inventors', 'INVALID', `"${entry}" is not Name:share (e.g. Nguyễn Văn A:50)`));
      else inventors.push({ externalName: pair[0], share: pair[1] });
    }
    const projectIds: string[] = [];
    for (const projectCode of listOf(cells.get('projects')).map((item) => item.toUpperCase())) {
      const found = await this.projects.byCode(manager, projectCode);
      if (found) projectIds.push(found.project.id);
      else problems.push(problem('projects', 'NOT_FOUND', `No project has the code ${projectCode}`));
    }
    const values: Record<string, unknown> = {
      code,
      title: cells.get('title'),
      abstract: cells.get('abstract'),
      fields: cells.has('fields') ? listOf(cells.get('fields')) : undefined,
      keywords: cells.has('keywords') ? listOf(cells.get('keywords')) : undefined,
    };

    const existing = await this.technologies.byCode(manager, code);
    if (!existing) {
      const { value, failures } = validated(CreateTechnologyInput, { ...values, owners, inventors, projectIds });
      problems.push(...this.failures(scope.kind, failures));
      if (problems.length > 0) return refused(...problems);
      const answer = await this.technologies.create(ctx, value);
      if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer);
      return { action: ImportRowAction.CREATE, recordId: answer.id };
    }

    const { technology } = existing;
    const today = existing.owners.filter((owner) => owner.validFrom <= scope.today && (owner.validUntil === null || owner.validUntil >= scope.today));
    if (!today.some((owner) => owner.organizationId === organization.id)) return refused(problem('code', 'CODE_TAKEN', `The code ${code} belongs to a technology your organisation does not own`));
    const describe = (list: { organizationId: string; share: string }[]) => list.map((owner) => `${owner.organizationId}:${share(owner.share)}`).sort();
    if (problems.length === 0 && !sameList(describe(owners), describe(today))) {
      problems.push(problem('owners', 'OWNERS_DIFFER', 'The owners differ from the technology’s: owners change with setTechnologyOwners, with the consent of those who lose share'));
    }
    const { value: next, failures } = validated(UpdateTechnologyInput, { ...values, code: undefined, id: technology.id, expectedVersion: technology.version, projectIds });
    problems.push(...this.failures(scope.kind, failures));
    const inventorsChange = cells.has('inventors') && !sameList(
      inventors.map((inventor) => `${inventor.externalName}:${share(inventor.share)}`),
      existing.inventors.map((inventor) => `${inventor.externalName ?? inventor.userId}:${share(inventor.share)}`),
    );
    if (inventorsChange && existing.inventors.some((inventor) => inventor.userId !== null)) {
      problems.push(problem('inventors', 'INVALID', 'Some inventors are platform users: change this technology’s inventors with setTechnologyInventors'));
    }
    let inventorsInput: SetTechnologyInventorsInput | undefined;
    if (inventorsChange) {
      const checked = validated(SetTechnologyInventorsInput, { technologyId: technology.id, expectedVersion: technology.version, inventors });
      problems.push(...this.failures(scope.kind, checked.failures));
      inventorsInput = checked.value;
    }
    if (problems.length > 0) return refused(...problems);

    const changes: Record<string, unknown> = {};
    if (next.title != null && next.title !== technology.title) changes.title = next.title;
    if (next.abstract != null && next.abstract !== technology.abstract) changes.abstract = next.abstract;
    if (next.fields && !sameList(next.fields, technology.fields)) changes.fields = next.fields;
    if (next.keywords && !sameList(next.keywords, technology.keywords)) changes.keywords = next.keywords;
    if (cells.has('projects') && !sameSet(projectIds, existing.projectIds)) changes.projectIds = projectIds;
    let version = technology.version;
    if (Object.keys(changes).length > 0) {
      const answer = await this.technologies.update(ctx, Object.assign(new UpdateTechnologyInput(), { id: technology.id, expectedVersion: version, ...changes }));
      if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer);
      version = answer.version;
    }
    if (inventorsInput) {
      const answer = await this.technologies.setInventors(ctx, Object.assign(inventorsInput, { expectedVersion: version }));
      if (answer instanceof ErrorResult) return this.answerProblem(scope.kind, answer, 'inventors');
    }
    const written = Object.keys(changes).length > 0 || inventorsInput !== undefined;
    return { action: written ? ImportRowAction.UPDATE : ImportRowAction.UNCHANGED, recordId: technology.id };
  }
}
