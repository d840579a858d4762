import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ApiKeyScope } from '../../api-keys/api-key.entity.js';
import { PlatformRole } from '../../identity/user.entity.js';
import { MemberRole } from '../../memberships/membership.entity.js';
import { ParticipantRole, ParticipantStatus, ProjectVisibility } from '../../projects/project.enums.js';
import { AppError } from '../errors.js';
import type { RequestContext } from '../request-context.js';

export type ProjectPermission = 'read' | 'readConfidential' | 'edit';

export interface ProjectRef {
  id: string;
  visibility: ProjectVisibility;
}

interface ParticipantRef {
  organizationId: string;
  role: ParticipantRole;
  status: ParticipantStatus;
}

/** What can be done to or within an organisation. */
export type OrganizationPermission =
  /** Read what partners may read: members, and (later) partner-visible records. */
  | 'read'
  /** Create and edit the organisation's projects and records. */
  | 'write'
  /** Edit the organisation's profile. */
  | 'update'
  /** Invite, approve, change roles, remove. */
  | 'manageMembers'
  /** Create, list and revoke API keys. */
  | 'manageApiKeys'
  /** Read the organisation's audit trail. */
  | 'readAudit';

const rank: Record<MemberRole, number> = { [MemberRole.MEMBER]: 1, [MemberRole.EDITOR]: 2, [MemberRole.ADMIN]: 3 };

/** The least role that grants each permission; platform admins hold them all. */
const requiredRole: Record<OrganizationPermission, MemberRole> = {
  read: MemberRole.MEMBER,
  write: MemberRole.EDITOR,
  update: MemberRole.ADMIN,
  manageMembers: MemberRole.ADMIN,
  manageApiKeys: MemberRole.ADMIN,
  readAudit: MemberRole.ADMIN,
};

/**
 * The one place that decides what a caller may do with a given organisation. Services call it with
 * ids before they read or write, so a nested field or a new resolver cannot skip it.
 *
 * People act through their active memberships. An API key acts as its own organisation only: a READ
 * key as a MEMBER, a WRITE key as an EDITOR; administration (profile, members, keys, audit) is for
 * people.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  isPlatformAdmin(ctx: RequestContext): boolean {
    return ctx.principal.kind === 'user' && ctx.principal.platformRole === PlatformRole.PLATFORM_ADMIN;
  }

  /** The caller's role in the organisation, if any. */
  async roleIn(ctx: RequestContext, organizationId: string): Promise<MemberRole | undefined> {
    const { principal } = ctx;
    if (principal.kind === 'apiKey') {
      if (principal.organizationId !== organizationId) return undefined;
      return principal.scopes.includes(ApiKeyScope.WRITE) ? MemberRole.EDITOR : MemberRole.MEMBER;
    }
    if (principal.kind !== 'user') return undefined;
    return (await this.myRoles(ctx)).get(organizationId);
  }

  async can(ctx: RequestContext, permission: OrganizationPermission, organizationId: string): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    const role = await this.roleIn(ctx, organizationId);
    if (!role) return false;
    if (ctx.principal.kind === 'apiKey' && rank[requiredRole[permission]] > rank[MemberRole.EDITOR]) return false;
    return rank[role] >= rank[requiredRole[permission]];
  }

  /**
   * Throws unless the caller may. Someone with no tie to the organisation learns nothing: the answer
   * is NOT_FOUND, as for an organisation that does not exist. A member without the right role is told
   * FORBIDDEN.
   */
  async require(ctx: RequestContext, permission: OrganizationPermission, organizationId: string): Promise<void> {
    if (await this.can(ctx, permission, organizationId)) return;
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
    if (await this.roleIn(ctx, organizationId)) throw new AppError('FORBIDDEN', `Your role in this organisation does not allow this (${permission})`);
    throw new AppError('NOT_FOUND', 'No such organisation, or it is not visible to you');
  }

  requirePlatformAdmin(ctx: RequestContext): void {
    if (!this.isPlatformAdmin(ctx)) throw new AppError('FORBIDDEN', 'Only platform admins may do this');
  }

  /**
   * The organisations whose partner-visible records the caller may read ('read' permission), or
   * 'all' for platform admins. Lists filter by it in SQL; single records go through `canOnProject`.
   */
  async readableOrganizationIds(ctx: RequestContext): Promise<string[] | 'all'> {
    if (this.isPlatformAdmin(ctx)) return 'all';
    const { principal } = ctx;
    if (principal.kind === 'apiKey') return [principal.organizationId];
    if (principal.kind !== 'user') return [];
    return [...(await this.myRoles(ctx)).keys()];
  }

  /**
   * Projects: anyone reads the public fields of a PUBLIC project; members of participating (or
   * invited) organisations read the rest, money included; the coordinator's editors and admins
   * (and WRITE keys) edit it.
   */
  async canOnProject(ctx: RequestContext, permission: ProjectPermission, project: ProjectRef): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    if (permission === 'read' && project.visibility === ProjectVisibility.PUBLIC) return true;
    const participants = await this.participantsOf(ctx, project.id);
    if (permission === 'edit') {
      const coordinator = participants.find((p) => p.role === ParticipantRole.COORDINATOR && p.status === ParticipantStatus.ACTIVE);
      return coordinator ? this.can(ctx, 'write', coordinator.organizationId) : false;
    }
    for (const participant of participants) {
      if (participant.status !== ParticipantStatus.ACTIVE && participant.status !== ParticipantStatus.INVITED) continue;
      if (await this.can(ctx, 'read', participant.organizationId)) return true;
    }
    return false;
  }

  /** Throws NOT_FOUND when the caller may not even read the project, FORBIDDEN when they may read but not do this. */
  async requireOnProject(ctx: RequestContext, permission: ProjectPermission, project: ProjectRef): Promise<void> {
    if (await this.canOnProject(ctx, permission, project)) return;
    if (permission !== 'read' && (await this.canOnProject(ctx, 'read', project))) {
      throw new AppError('FORBIDDEN', permission === 'edit' ? 'Only the coordinator’s editors and admins may change this project' : 'Only participants see this');
    }
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this project');
    throw new AppError('NOT_FOUND', 'No such project, or it is not visible to you');
  }

  /** Who takes part in a project (any status), batched per request. */
  private participantsOf(ctx: RequestContext, projectId: string): Promise<ParticipantRef[]> {
    return ctx
      .loader('access.participantsByProject', () => new DataLoader<string, ParticipantRef[]>(async (projectIds) => {
        const rows: { project_id: string; organization_id: string; role: ParticipantRole; status: ParticipantStatus }[] =
          await (ctx.manager ?? this.dataSource.manager).query(
            `SELECT project_id, organization_id, role, status FROM project_participant WHERE project_id = ANY($1)`,
            [[...projectIds]],
          );
        return projectIds.map((id) =>
          rows.filter((row) => row.project_id === id).map((row) => ({ organizationId: row.organization_id, role: row.role, status: row.status })),
        );
      }))
      .load(projectId);
  }

  /** Whether the caller administers an organisation the person belongs to (or asked to join). */
  async canSeeEmail(ctx: RequestContext, userId: string): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    if (ctx.principal.kind !== 'user') return false;
    const administered = [...(await this.myRoles(ctx))].filter(([, role]) => role === MemberRole.ADMIN).map(([id]) => id);
    if (administered.length === 0) return false;
    const theirs = await ctx
      .loader('access.openOrganizationsByUser', () => new DataLoader<string, string[]>(async (userIds) => {
        const rows: { user_id: string; organization_id: string }[] = await this.dataSource.query(
          `SELECT user_id, organization_id FROM membership WHERE user_id = ANY($1) AND status IN ('ACTIVE', 'REQUESTED')`,
          [[...userIds]],
        );
        return userIds.map((id) => rows.filter((row) => row.user_id === id).map((row) => row.organization_id));
      }))
      .load(userId);
    return theirs.some((organizationId) => administered.includes(organizationId));
  }

  /** The caller's active memberships, loaded once per request. */
  private myRoles(ctx: RequestContext): Promise<Map<string, MemberRole>> {
    return ctx.loader('access.myRoles', async () => {
      const rows: { organization_id: string; role: MemberRole }[] = await (ctx.manager ?? this.dataSource.manager).query(
        `SELECT organization_id, role FROM membership WHERE user_id = $1 AND status = 'ACTIVE'`,
        [ctx.userId],
      );
      return new Map(rows.map((row) => [row.organization_id, row.role]));
    });
  }
}
