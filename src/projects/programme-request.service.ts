import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { AppError, foundOr, notFound } from '../common/errors.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import type { ProgrammeModel } from './programme.js';
import { ProgrammeRequestModel, type DeclineProgrammeAttachmentArgs, type ProgrammeRequestRow, type ProgrammeRequestsArgs, type RequestProgrammeAttachmentInput } from './programme-request.model.js';
import { ProgrammeService } from './programme.js';
import { ProgrammeEntity, type ProjectEntity } from './project.entity.js';
import { ProgrammeRequestStatus } from './project.enums.js';
import type { ProjectModel } from './project.model.js';
import { ProjectService } from './project.service.js';
import { ProgrammeRequestOpenError, ProgrammeRequestStateError, ProjectMovedError } from './programme-request.errors.js';

/** The only ordering of request lists: newest first, ties broken by id. */
const order = 'CREATED_AT:DESC';

/** A request with what its readers and deciders need: the project's code, title and visibility, the programme's owner. */
const selected = `r.id, r.project_id, r.programme_id, r.requesting_organization_id, r.from_programme_id, r.message, r.status, r.requested_by,
       r.created_at, r.decided_by, r.decided_at, r.reason, p.code AS project_code, p.title AS project_title, p.visibility AS project_visibility,
       g.owner_organization_id AS programme_owner_id`;
const joined = `programme_attachment_request r JOIN project p ON p.id = r.project_id JOIN programme g ON g.id = r.programme_id`;

interface After {
  createdAt: Date;
  id: string;
}

/**
 * Requests to put a project in another organisation's programme: the coordinator's editors ask,
 * the programme owner's editors accept or decline, the coordinator may withdraw. Who may do what is
 * the access service's decision (`canOnProgrammeRequest`); every write is audited for both the
 * coordinator and the programme's owner, so each sees it in its activity.
 */
@Injectable()
export class ProgrammeRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly projects: ProjectService,
    private readonly programmes: ProgrammeService,
  ) {}

  /**
   * Asks the programme's owner to take the project. A caller who may attach it directly (the owner's
   * editors, platform admins) gets the project attached at once instead.
   */
  async request(
    ctx: RequestContext,
    input: RequestProgrammeAttachmentInput,
  ): Promise<ProgrammeRequestModel | ProjectModel | ProgrammeRequestOpenError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const project = await this.projects.lockFor(ctx, manager, input.projectId, 'project.edit');
    const programme = await manager.findOneBy(ProgrammeEntity, { id: input.programmeId });
    if (!programme) throw notFound('programme', 'input.programmeId');
    if (project.programmeId === programme.id) return new InvalidInputError(`The project is already in ${programme.code}`, 'input.programmeId');
    if (!(await this.programmes.attachmentRefusal(ctx, manager, programme.id))) {
      return this.projects.attachToProgramme(ctx, manager, project, programme);
    }
    const coordinatorId = await this.projects.coordinatorOf(manager, project.id);
    // Whoever may edit the project acts for its coordinator; a project has one while it can be edited.
    if (!coordinatorId) throw new AppError('CONFLICT', 'The project has no active coordinator to ask for it');
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO programme_attachment_request (project_id, programme_id, requesting_organization_id, from_programme_id, message, requested_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (project_id, programme_id) WHERE status = 'PENDING' DO NOTHING
       RETURNING id`,
      [project.id, programme.id, coordinatorId, project.programmeId, input.message ?? null, ctx.userId ?? null],
    );
    if (inserted.length === 0) {
      const [open]: { id: string }[] = await manager.query(
        `SELECT id FROM programme_attachment_request WHERE project_id = $1 AND programme_id = $2 AND status = 'PENDING'`,
        [project.id, programme.id],
      );
      return new ProgrammeRequestOpenError(open.id);
    }
    const request = await this.row(manager, inserted[0].id);
    await this.recordForBoth(ctx, request, 'programme_request.created', {
      status: { before: null, after: request.status },
      programmeId: { before: null, after: request.programmeId },
      projectId: { before: null, after: request.projectId },
    });
    return request;
  }

  /** The owner's editors and admins accept: the project joins the programme, unless it moved since it asked. */
  async accept(ctx: RequestContext, requestId: string): Promise<ProgrammeRequestModel | ProgrammeRequestStateError | ProjectMovedError> {
    const manager = managerOf(ctx, this.dataSource);
    const { request, project } = await this.lockFor(ctx, manager, requestId, 'programmeRequest.decide');
    if (request.status !== ProgrammeRequestStatus.PENDING) return new ProgrammeRequestStateError(request.status);
    if (project.programmeId !== request.fromProgrammeId) return new ProjectMovedError(project.programmeId);
    await manager.query(
      `UPDATE programme_attachment_request SET status = 'ACCEPTED', decided_by = $2, decided_at = now() WHERE id = $1`,
      [request.id, ctx.userId ?? null],
    );
    await this.projects.attachToProgramme(ctx, manager, project, { id: request.programmeId, ownerOrganizationId: request.programmeOwnerId });
    return this.closed(ctx, manager, request, 'programme_request.accepted');
  }

  /** The owner's editors and admins decline, optionally saying why. */
  async decline(ctx: RequestContext, args: DeclineProgrammeAttachmentArgs): Promise<ProgrammeRequestModel | ProgrammeRequestStateError> {
    const manager = managerOf(ctx, this.dataSource);
    const { request } = await this.lockFor(ctx, manager, args.requestId, 'programmeRequest.decide');
    if (request.status !== ProgrammeRequestStatus.PENDING) return new ProgrammeRequestStateError(request.status);
    await manager.query(
      `UPDATE programme_attachment_request SET status = 'DECLINED', decided_by = $2, decided_at = now(), reason = $3 WHERE id = $1`,
      [request.id, ctx.userId ?? null, args.reason ?? null],
    );
    return this.closed(ctx, manager, request, 'programme_request.declined');
  }

  /** The project's editors take the request back. */
  async withdraw(ctx: RequestContext, requestId: string): Promise<ProgrammeRequestModel | ProgrammeRequestStateError> {
    const manager = managerOf(ctx, this.dataSource);
    const { request } = await this.lockFor(ctx, manager, requestId, 'programmeRequest.withdraw');
    if (request.status !== ProgrammeRequestStatus.PENDING) return new ProgrammeRequestStateError(request.status);
    await manager.query(
      `UPDATE programme_attachment_request SET status = 'WITHDRAWN', decided_by = $2, decided_at = now() WHERE id = $1`,
      [request.id, ctx.userId ?? null],
    );
    return this.closed(ctx, manager, request, 'programme_request.withdrawn');
  }

  /**
   * The requests to join a programme, newest first, for its owner's members and platform admins
   * (null for others). Batched: the requests of a whole list of programmes cost one statement per
   * page, and one more for `totalCount`.
   */
  async ofProgramme(ctx: RequestContext, programme: ProgrammeModel, args: ProgrammeRequestsArgs): Promise<ConnectionShape<ProgrammeRequestModel> | null> {
    const first = args.first ?? defaultPageSize;
    const after = args.after != null ? decodeAfter(args.after) : undefined;
    if (!(await this.access.can(ctx, 'programme.readRequests', programme.id))) return null;
    const status = args.status ?? null;
    const rows = first === 0 ? [] : await this.byProgramme(ctx, status, first + 1, after, 'after').load(programme.id);
    const precededBy = async () => after !== undefined && (await this.byProgramme(ctx, status, 1, after, 'atOrBefore').load(programme.id)).length > 0;
    return pageOf(rows, { first, after: args.after, precededBy }, cursorOf, () => this.countsByProgramme(ctx, status).load(programme.id));
  }

  /** A project's requests to join programmes, newest first, for its coordinator's members (null for others); batched per request. */
  async ofProject(ctx: RequestContext, project: ProjectModel): Promise<ProgrammeRequestModel[] | null> {
    if (!(await this.access.can(ctx, 'project.readManagement', project.id))) return null;
    const loader = ctx.loader('programmeRequest.byProject', () => new DataLoader<string, ProgrammeRequestModel[]>(async (projectIds) => {
      const rows: ProgrammeRequestRow[] = await managerOf(ctx, this.dataSource).query(
        `SELECT ${selected} FROM ${joined} WHERE r.project_id = ANY($1) ORDER BY r.created_at DESC, r.id DESC`,
        [[...projectIds]],
      );
      const byProject = new Map<string, ProgrammeRequestModel[]>(projectIds.map((id) => [id, []]));
      for (const row of rows) byProject.get(row.project_id)?.push(ProgrammeRequestModel.fromRow(row));
      return projectIds.map((id) => byProject.get(id)!);
    }));
    return loader.load(project.id);
  }

  /**
   * The request and its project, both locked, once the caller is known to be allowed: outsiders
   * learn nothing (NOT_FOUND), those who see the request but may not do this are told FORBIDDEN.
   */
  private async lockFor(
    ctx: RequestContext,
    manager: EntityManager,
    requestId: string,
    permission: 'programmeRequest.decide' | 'programmeRequest.withdraw',
  ): Promise<{ request: ProgrammeRequestModel; project: ProjectEntity }> {
    await this.access.requireAccess(ctx, permission, requestId);
    const [found]: { project_id: string }[] = await manager.query(`SELECT project_id FROM programme_attachment_request WHERE id = $1`, [requestId]);
    // The project's row first, as every change of the project takes it; then the request's.
    const project = foundOr(await this.projects.lock(manager, foundOr(found, 'request').project_id), 'request');
    await manager.query(`SELECT 1 FROM programme_attachment_request WHERE id = $1 FOR UPDATE`, [requestId]);
    return { request: await this.row(manager, requestId), project };
  }

  private async closed(ctx: RequestContext, manager: EntityManager, before: ProgrammeRequestModel, action: string): Promise<ProgrammeRequestModel> {
    const after = await this.row(manager, before.id);
    const changes: Record<string, { before: unknown; after: unknown }> = { status: { before: before.status, after: after.status } };
    if (after.reason) changes.reason = { before: null, after: after.reason };
    await this.recordForBoth(ctx, after, action, changes);
    return after;
  }

  /** One audit row for the coordinator that asked and one for the programme's owner, so both see it. */
  private async recordForBoth(ctx: RequestContext, request: ProgrammeRequestModel, action: string, changes: Record<string, { before: unknown; after: unknown }>): Promise<void> {
    await this.audit.recordForEach(ctx, [request.requestingOrganizationId, request.programmeOwnerId], { action, entityType: 'ProgrammeAttachmentRequest', entityId: request.id, changes });
  }

  private async row(manager: EntityManager, id: string): Promise<ProgrammeRequestModel> {
    const [row]: ProgrammeRequestRow[] = await manager.query(`SELECT ${selected} FROM ${joined} WHERE r.id = $1`, [id]);
    return ProgrammeRequestModel.fromRow(row);
  }

  /**
   * Up to `limit` requests of each programme (of one status, or all), newest first, after or at and
   * before the cursor: one LATERAL statement over the programme's index for a whole list of programmes.
   */
  private byProgramme(ctx: RequestContext, status: ProgrammeRequestStatus | null, limit: number, after: After | undefined, side: 'after' | 'atOrBefore') {
    const key = `programmeRequest.byProgramme:${status ?? ''}:${limit}:${side}:${after ? `${after.createdAt.toISOString()}:${after.id}` : ''}`;
    return ctx.loader(key, () => new DataLoader<string, ProgrammeRequestModel[]>(async (programmeIds) => {
      const params: unknown[] = [[...programmeIds], limit];
      const conditions: string[] = [];
      if (status) {
        params.push(status);
        conditions.push(`r.status = $${params.length}`);
      }
      if (after) {
        params.push(after.createdAt, after.id);
        conditions.push(`(r.created_at, r.id) ${side === 'after' ? '<' : '>='} ($${params.length - 1}, $${params.length})`);
      }
      const rows: (ProgrammeRequestRow & { listed_for: string })[] = await managerOf(ctx, this.dataSource).query(
        `SELECT x.*
           FROM unnest($1::uuid[]) AS l(id)
           CROSS JOIN LATERAL (
             SELECT ${selected}, l.id AS listed_for
               FROM ${joined}
              WHERE r.programme_id = l.id ${conditions.map((condition) => `AND ${condition}`).join(' ')}
              ORDER BY r.created_at DESC, r.id DESC
              LIMIT $2
           ) x
          ORDER BY x.listed_for, x.created_at DESC, x.id DESC`,
        params,
      );
      const byProgramme = new Map<string, ProgrammeRequestModel[]>(programmeIds.map((id) => [id, []]));
      for (const row of rows) byProgramme.get(row.listed_for)?.push(ProgrammeRequestModel.fromRow(row));
      return programmeIds.map((id) => byProgramme.get(id)!);
    }));
  }

  /** How many requests each programme has (of one status, or all), batched per request. */
  private countsByProgramme(ctx: RequestContext, status: ProgrammeRequestStatus | null): DataLoader<string, number> {
    return ctx.loader(`programmeRequest.countByProgramme:${status ?? ''}`, () => new DataLoader<string, number>(async (programmeIds) => {
      const rows: { programme_id: string; n: number }[] = await managerOf(ctx, this.dataSource).query(
        `SELECT programme_id, count(*)::int AS n FROM programme_attachment_request
          WHERE programme_id = ANY($1) AND ($2::text IS NULL OR status = $2)
          GROUP BY programme_id`,
        [[...programmeIds], status],
      );
      const counts = new Map(rows.map((row) => [row.programme_id, row.n]));
      return programmeIds.map((id) => counts.get(id) ?? 0);
    }));
  }
}

function cursorOf(node: ProgrammeRequestModel): string {
  return encodeCursor({ order, value: node.createdAt.toISOString(), id: node.id });
}

function decodeAfter(raw: string): After {
  const cursor = decodeCursor(raw, order, 'timestamp');
  return { createdAt: new Date(cursor.value), id: cursor.id };
}
