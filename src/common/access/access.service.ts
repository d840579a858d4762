import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { ReadScope } from '../read/read-model.js';
import type { SqlParams } from '../read/sql.js';
import type { DataSource } from 'typeorm';
import { AppError, notFound, notVisible } from '../errors.js';
import { preparedQuery } from '../prepared-query.js';
import type { RequestContext } from '../request-context.js';
import { ApiKeyScope, MemberRole, ParticipantRole, ParticipantStatus, PlatformRole, ProjectVisibility } from './vocabulary.js';

/**
 * Projects: `read` its public fields; `readConfidential` money and the rest (participants);
 * `readManagement` what concerns its running, such as its requests to join programmes (the
 * coordinator's members); `edit` it (the coordinator's editors).
 */
export type ProjectPermission = 'read' | 'readConfidential' | 'readManagement' | 'edit';

/** Requests to put a project in a programme: `read` them; `decide` (accept or decline); `withdraw`. */
export type ProgrammeRequestPermission = 'read' | 'decide' | 'withdraw';

export interface ProgrammeRequestRef {
  project: ProjectRef;
  /** The programme's owner; a programme without one hears from platform admins only. */
  programmeOwnerId: string | null;
}

/**
 * Technologies: `read` the record, its owners, inventors, TRL history, disclosures and filings;
 * `manage` (change it, evaluate its disclosures, file and licence it).
 */
export type TechnologyPermission = 'read' | 'manage';

/**
 * Agreements: `read` the agreement with its financial terms, obligations and receipts (the parties);
 * `readLicensorSide` what stays with the licensors: deductible costs and how the income is shared
 * among inventors, units and institutions (the licensors' members); `manage` it (the licensors' editors).
 */
export type AgreementPermission = 'read' | 'readLicensorSide' | 'manage';

interface TechnologyParties {
  /** Organisations owning a share today. */
  ownerIds: string[];
  /** Inventors who are platform users. */
  inventorUserIds: string[];
  /** Licensees of agreements on the technology. */
  licenseeIds: string[];
}

/** Disclosures: `read`; `author` (write and submit drafts); `evaluate` (start evaluation, decide). */
export type DisclosurePermission = 'read' | 'author' | 'evaluate';

export interface DisclosureRef {
  technologyId: string;
  organizationId: string;
}

interface AgreementParties {
  licensorIds: string[];
  licenseeId: string;
}

/** Deals: `read` the deal and its history; `move` it along its stages; `drop` it. */
export type DealPermission = 'read' | 'move' | 'drop';

export interface DealParties {
  brokerId: string;
  providerId: string;
  seekerId: string;
}

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

/** Permissions that act in the organisation's name; an archived organisation grants none of them. */
const actsInItsName: ReadonlySet<OrganizationPermission> = new Set(['write', 'update', 'manageMembers', 'manageApiKeys']);

const archivedMessage = 'The organisation is archived: nothing can be created or changed in its name';

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
 * people. An archived organisation is read-only for its members: every permission that acts in its
 * name is refused here, so no service needs a check of its own. Platform admins keep theirs.
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
    return (await this.decide(ctx, permission, organizationId)) === 'granted';
  }

  /** `archived` when the caller's role would allow it but the organisation is archived. */
  private async decide(ctx: RequestContext, permission: OrganizationPermission, organizationId: string): Promise<'granted' | 'archived' | 'denied'> {
    if (this.isPlatformAdmin(ctx)) return 'granted';
    const role = await this.roleIn(ctx, organizationId);
    if (!role) return 'denied';
    if (ctx.principal.kind === 'apiKey' && rank[requiredRole[permission]] > rank[MemberRole.EDITOR]) return 'denied';
    if (rank[role] < rank[requiredRole[permission]]) return 'denied';
    if (actsInItsName.has(permission) && (await this.isArchived(ctx, organizationId))) {
      this.archivedRefusals(ctx).add(organizationId);
      return 'archived';
    }
    return 'granted';
  }

  /** Organisations refused in this request only because they are archived: a FORBIDDEN then says so. */
  private archivedRefusals(ctx: RequestContext): Set<string> {
    return ctx.loader('access.archivedRefusals', () => new Set<string>());
  }

  /**
   * FORBIDDEN with `message`, or with the archive as the reason when that is what refused the caller
   * in this request: services that checked with `can` throw it to say why.
   */
  forbidden(ctx: RequestContext, message: string): AppError {
    return new AppError('FORBIDDEN', this.archivedRefusals(ctx).size > 0 ? archivedMessage : message);
  }

  /** Whether the organisation is archived, batched per request. */
  private isArchived(ctx: RequestContext, organizationId: string): Promise<boolean> {
    return ctx
      .loader('access.archived', () => new DataLoader<string, boolean>(async (ids) => {
        const rows: { id: string }[] = await (ctx.manager ?? this.dataSource.manager).query(
          `SELECT id FROM organization WHERE id = ANY($1) AND archived_at IS NOT NULL`,
          [[...ids]],
        );
        const archived = new Set(rows.map((row) => row.id));
        return ids.map((id) => archived.has(id));
      }))
      .load(organizationId);
  }

  /**
   * Throws unless the caller may. Someone with no tie to the organisation learns nothing: the answer
   * is NOT_FOUND, as for an organisation that does not exist. A member without the right role is told
   * FORBIDDEN.
   */
  async require(ctx: RequestContext, permission: OrganizationPermission, organizationId: string): Promise<void> {
    if (this.isPlatformAdmin(ctx)) {
      // Platform admins may act for any organisation, but only one that exists.
      const [found] = await (ctx.manager ?? this.dataSource.manager).query(`SELECT 1 FROM organization WHERE id = $1`, [organizationId]);
      if (found) return;
      throw notFound('organisation');
    }
    const decision = await this.decide(ctx, permission, organizationId);
    if (decision === 'granted') return;
    if (decision === 'archived') throw new AppError('FORBIDDEN', archivedMessage);
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
    if (await this.roleIn(ctx, organizationId)) throw new AppError('FORBIDDEN', `Your role in this organisation does not allow this (${permission})`);
    throw notVisible('organisation');
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

  /** The caller's read rights as SQL, for one statement of the read models. */
  async readScope(ctx: RequestContext, params: SqlParams): Promise<ReadScope> {
    const readable = await this.readableOrganizationIds(ctx);
    // People administer organisations ('manageMembers'); keys never do.
    const administered =
      readable === 'all' || ctx.principal.kind !== 'user' ? [] : [...(await this.myRoles(ctx))].filter(([, role]) => role === MemberRole.ADMIN).map(([id]) => id);
    // A parameter no statement uses would fail it: each is added only once a condition refers to it.
    let readablePlaceholder: string | undefined;
    let administeredPlaceholder: string | undefined;
    let userPlaceholder: string | undefined;
    const userId = ctx.userId ?? null;
    return {
      params,
      all: readable === 'all',
      get readable() {
        return (readablePlaceholder ??= `${params.add(readable === 'all' ? [] : readable)}::uuid[]`);
      },
      get administered() {
        return (administeredPlaceholder ??= `${params.add(administered)}::uuid[]`);
      },
      get user() {
        return (userPlaceholder ??= `${params.add(userId)}::uuid`);
      },
    };
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
    if (permission === 'edit' || permission === 'readManagement') {
      const coordinator = participants.find((p) => p.role === ParticipantRole.COORDINATOR && p.status === ParticipantStatus.ACTIVE);
      return coordinator ? this.can(ctx, permission === 'edit' ? 'write' : 'read', coordinator.organizationId) : false;
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
      throw this.forbidden(ctx, permission === 'edit' ? 'Only the coordinator’s editors and admins may change this project' : 'Only participants see this');
    }
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this project');
    throw notVisible('project');
  }

  /**
   * Requests to put a project in a programme are seen by the programme owner's members and by the
   * project's coordinator's members; the owner's editors and admins (and its WRITE keys) decide
   * them; whoever may edit the project withdraws them. Platform admins do all three.
   */
  async canOnProgrammeRequest(ctx: RequestContext, permission: ProgrammeRequestPermission, request: ProgrammeRequestRef): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    if (permission === 'decide') return request.programmeOwnerId ? this.can(ctx, 'write', request.programmeOwnerId) : false;
    if (permission === 'withdraw') return this.canOnProject(ctx, 'edit', request.project);
    if (request.programmeOwnerId && (await this.can(ctx, 'read', request.programmeOwnerId))) return true;
    return this.canOnProject(ctx, 'readManagement', request.project);
  }

  /** Throws NOT_FOUND when the caller may not see the request, FORBIDDEN when they see it but may not do this. */
  async requireOnProgrammeRequest(ctx: RequestContext, permission: ProgrammeRequestPermission, request: ProgrammeRequestRef): Promise<void> {
    if (await this.canOnProgrammeRequest(ctx, permission, request)) return;
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this request');
    if (permission !== 'read' && (await this.canOnProgrammeRequest(ctx, 'read', request))) {
      throw this.forbidden(
        ctx,
        permission === 'decide'
          ? 'Only editors and admins of the organisation that owns the programme may decide this request'
          : 'Only the project coordinator’s editors and admins may withdraw this request',
      );
    }
    throw notVisible('request');
  }

  /**
   * Technologies are confidential until offered on the exchange: owners' members and the inventors
   * read them, and so do licensees of agreements on them; owners' editors and admins (and their
   * WRITE keys) manage them.
   */
  async canOnTechnology(ctx: RequestContext, permission: TechnologyPermission, technologyId: string): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    const parties = await this.technologyParties(ctx, technologyId);
    if (!parties) return false;
    if (permission === 'manage') return this.canAny(ctx, 'write', parties.ownerIds);
    if (ctx.userId && parties.inventorUserIds.includes(ctx.userId)) return true;
    return this.canAny(ctx, 'read', [...parties.ownerIds, ...parties.licenseeIds]);
  }

  /** Throws NOT_FOUND when the caller may not read the technology, FORBIDDEN when they may read but not manage. */
  async requireOnTechnology(ctx: RequestContext, permission: TechnologyPermission, technologyId: string): Promise<void> {
    if (await this.canOnTechnology(ctx, permission, technologyId)) return;
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this technology');
    if (permission !== 'read' && (await this.canOnTechnology(ctx, 'read', technologyId))) {
      throw this.forbidden(ctx, 'Only editors and admins of the owning organisations may do this');
    }
    throw notVisible('technology');
  }

  /** The parties to an agreement (licensors and licensee) read it, terms included; the licensors' side keeps its costs and shares; its editors manage it. */
  async canOnAgreement(ctx: RequestContext, permission: AgreementPermission, agreementId: string): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    const parties = await this.agreementParties(ctx, agreementId);
    if (!parties) return false;
    if (permission === 'manage') return this.canAny(ctx, 'write', parties.licensorIds);
    if (permission === 'readLicensorSide') return this.canAny(ctx, 'read', parties.licensorIds);
    return this.canAny(ctx, 'read', [...parties.licensorIds, parties.licenseeId]);
  }

  /** Throws NOT_FOUND when the caller is no party, FORBIDDEN when a party may not do this. */
  async requireOnAgreement(ctx: RequestContext, permission: AgreementPermission, agreementId: string): Promise<void> {
    if (await this.canOnAgreement(ctx, permission, agreementId)) return;
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this agreement');
    if (permission !== 'read' && (await this.canOnAgreement(ctx, 'read', agreementId))) {
      throw this.forbidden(ctx, 'Only editors and admins of the licensors may do this');
    }
    throw notVisible('agreement');
  }

  /**
   * Technology ids the caller may read, or 'all' for platform admins: lists filter by it in SQL.
   * The condition mirrors `canOnTechnology`; `alias` is the technology table's alias.
   */
  async readableTechnologiesCondition(ctx: RequestContext, alias: string): Promise<{ sql: string; params: Record<string, unknown> } | 'all'> {
    if (this.isPlatformAdmin(ctx)) return 'all';
    const readable = await this.readableOrganizationIds(ctx);
    if (readable === 'all') return 'all';
    const sql = `(EXISTS (SELECT 1 FROM technology_owner_today ro WHERE ro.technology_id = ${alias}.id AND ro.organization_id = ANY(:readableOrgs))
       OR EXISTS (SELECT 1 FROM technology_inventor ri WHERE ri.technology_id = ${alias}.id AND ri.user_id = :readerUserId)
       OR EXISTS (SELECT 1 FROM agreement_technology rat JOIN agreement ra ON ra.id = rat.agreement_id
                   WHERE rat.technology_id = ${alias}.id AND ra.licensee_organization_id = ANY(:readableOrgs)))`;
    return { sql, params: { readableOrgs: readable, readerUserId: ctx.userId ?? null } };
  }

  /** Agreements the caller is party to, as an SQL condition on the agreement alias, or 'all'. */
  async readableAgreementsCondition(ctx: RequestContext, alias: string): Promise<{ sql: string; params: Record<string, unknown> } | 'all'> {
    const readable = await this.readableOrganizationIds(ctx);
    if (readable === 'all') return 'all';
    const sql = `(${alias}.licensee_organization_id = ANY(:readableOrgs)
       OR EXISTS (SELECT 1 FROM agreement_licensor rl WHERE rl.agreement_id = ${alias}.id AND rl.organization_id = ANY(:readableOrgs)))`;
    return { sql, params: { readableOrgs: readable } };
  }

  // ---- Invention disclosures ----

  /**
   * Disclosures: whoever reads the technology reads its disclosures (its inventors among them), and
   * so do the members of the institution it is disclosed to; the technology's managers and its
   * inventors who are users write and submit drafts (`author`); the editors and admins of that
   * institution evaluate and decide (`evaluate`).
   */
  async canOnDisclosure(ctx: RequestContext, permission: DisclosurePermission, disclosure: DisclosureRef): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    if (permission === 'evaluate') return this.can(ctx, 'write', disclosure.organizationId);
    if (permission === 'author') {
      if (ctx.userId && (await this.technologyParties(ctx, disclosure.technologyId))?.inventorUserIds.includes(ctx.userId)) return true;
      return this.canOnTechnology(ctx, 'manage', disclosure.technologyId);
    }
    return (await this.canOnTechnology(ctx, 'read', disclosure.technologyId)) || this.can(ctx, 'read', disclosure.organizationId);
  }

  /** Throws NOT_FOUND when the caller may not read the disclosure, FORBIDDEN when they may read but not do this. */
  async requireOnDisclosure(ctx: RequestContext, permission: DisclosurePermission, disclosure: DisclosureRef): Promise<void> {
    if (await this.canOnDisclosure(ctx, permission, disclosure)) return;
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this disclosure');
    if (permission !== 'read' && (await this.canOnDisclosure(ctx, 'read', disclosure))) {
      throw this.forbidden(
        ctx,
        permission === 'evaluate'
          ? 'Only editors and admins of the institution it is disclosed to may do this'
          : 'Only the inventors and the technology’s managers may do this',
      );
    }
    throw notVisible('disclosure');
  }

  // ---- Technology exchange ----

  /**
   * Partners read what the exchange keeps from the public (offers' details and prices, demands'
   * budgets): people with an active membership in a verified organisation that is not archived, and
   * API keys of such an organisation. Anyone may register and create an organisation, so only a
   * platform admin's verification makes its members partners.
   */
  async isExchangePartner(ctx: RequestContext): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    const { principal } = ctx;
    if (principal.kind === 'anonymous') return false;
    return ctx.loader('access.exchangePartner', async () => {
      const [row]: { partner: boolean }[] = await (ctx.manager ?? this.dataSource.manager).query(
        principal.kind === 'apiKey'
          ? `SELECT EXISTS (SELECT 1 FROM organization o WHERE o.id = $1 AND o.verified AND o.archived_at IS NULL) AS partner`
          : `SELECT EXISTS (SELECT 1 FROM membership m JOIN organization o ON o.id = m.organization_id
                             WHERE m.user_id = $1 AND m.status = 'ACTIVE' AND o.verified AND o.archived_at IS NULL) AS partner`,
        [principal.kind === 'apiKey' ? principal.organizationId : principal.userId],
      );
      return row.partner;
    });
  }

  /**
   * Offers and demands the caller may read, as an SQL condition on the item's alias, or 'all'.
   * Anyone reads a published item until its expiry date; the owning organisation's members read all
   * of its items; organisations that engaged with an item (an expression of interest, or a party to
   * a deal on it) keep reading it after it leaves the exchange. The owner's editors manage items
   * (`can(ctx, 'write', organizationId)`).
   */
  async readableExchangeItemsCondition(ctx: RequestContext, alias: string, kind: 'offer' | 'demand'): Promise<{ sql: string; params: Record<string, unknown> } | 'all'> {
    const readable = await this.readableOrganizationIds(ctx);
    if (readable === 'all') return 'all';
    const published = `(${alias}.status = 'PUBLISHED' AND ${alias}.expires_on >= CURRENT_DATE)`;
    if (readable.length === 0) return { sql: published, params: {} };
    const column = kind === 'offer' ? 'offer_id' : 'demand_id';
    const sql = `(${published} OR ${alias}.organization_id = ANY(:exchangeReaders)
       OR EXISTS (SELECT 1 FROM exchange_interest ri WHERE ri.${column} = ${alias}.id AND ri.organization_id = ANY(:exchangeReaders))
       OR EXISTS (SELECT 1 FROM deal rd WHERE rd.${column} = ${alias}.id AND (rd.broker_organization_id = ANY(:exchangeReaders)
                  OR rd.provider_organization_id = ANY(:exchangeReaders) OR rd.seeker_organization_id = ANY(:exchangeReaders))))`;
    return { sql, params: { exchangeReaders: readable } };
  }

  /**
   * Deals: members of the broker, the provider and the seeker read the deal and its history; the
   * broker's editors open and move it (`move`); editors of any of the three may drop it (`drop`).
   */
  async canOnDeal(ctx: RequestContext, permission: DealPermission, deal: DealParties): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    const parties = [deal.brokerId, deal.providerId, deal.seekerId];
    if (permission === 'read') return this.canAny(ctx, 'read', parties);
    if (permission === 'move') return this.can(ctx, 'write', deal.brokerId);
    return this.canAny(ctx, 'write', parties);
  }

  /** Throws NOT_FOUND when the caller is no party to the deal, FORBIDDEN when a party may not do this. */
  async requireOnDeal(ctx: RequestContext, permission: DealPermission, deal: DealParties): Promise<void> {
    if (await this.canOnDeal(ctx, permission, deal)) return;
    if (ctx.principal.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to see this deal');
    if (permission !== 'read' && (await this.canOnDeal(ctx, 'read', deal))) {
      throw this.forbidden(ctx, permission === 'move' ? 'Only the broker’s editors and admins move a deal' : 'Only editors and admins of the parties may drop a deal');
    }
    throw notVisible('deal');
  }

  /** Whether the caller holds `permission` in at least one of the organisations; services ask this, not a loop of their own. */
  async canAny(ctx: RequestContext, permission: OrganizationPermission, organizationIds: string[]): Promise<boolean> {
    for (const organizationId of new Set(organizationIds)) {
      if (await this.can(ctx, permission, organizationId)) return true;
    }
    return false;
  }

  /** Current owners, user inventors and licensees of technologies, batched per request; undefined when there is no such technology. */
  private technologyParties(ctx: RequestContext, technologyId: string): Promise<TechnologyParties | undefined> {
    return ctx
      .loader('access.technologyParties', () => new DataLoader<string, TechnologyParties | undefined>(async (ids) => {
        const rows: { id: string; owner_ids: string[]; inventor_user_ids: string[]; licensee_ids: string[] }[] = await (ctx.manager ?? this.dataSource.manager).query(
          `SELECT t.id,
                  ARRAY(SELECT o.organization_id FROM technology_owner_today o WHERE o.technology_id = t.id)::text[] AS owner_ids,
                  ARRAY(SELECT i.user_id FROM technology_inventor i WHERE i.technology_id = t.id AND i.user_id IS NOT NULL)::text[] AS inventor_user_ids,
                  ARRAY(SELECT a.licensee_organization_id FROM agreement_technology at JOIN agreement a ON a.id = at.agreement_id
                         WHERE at.technology_id = t.id)::text[] AS licensee_ids
             FROM technology t WHERE t.id = ANY($1)`,
          [[...ids]],
        );
        const byId = new Map(rows.map((row) => [row.id, { ownerIds: row.owner_ids, inventorUserIds: row.inventor_user_ids, licenseeIds: row.licensee_ids }]));
        return ids.map((id) => byId.get(id));
      }))
      .load(technologyId);
  }

  private agreementParties(ctx: RequestContext, agreementId: string): Promise<AgreementParties | undefined> {
    return ctx
      .loader('access.agreementParties', () => new DataLoader<string, AgreementParties | undefined>(async (ids) => {
        const rows: { id: string; licensee_id: string; licensor_ids: string[] }[] = await (ctx.manager ?? this.dataSource.manager).query(
          `SELECT a.id, a.licensee_organization_id AS licensee_id,
                  ARRAY(SELECT l.organization_id FROM agreement_licensor l WHERE l.agreement_id = a.id)::text[] AS licensor_ids
             FROM agreement a WHERE a.id = ANY($1)`,
          [[...ids]],
        );
        const byId = new Map(rows.map((row) => [row.id, { licenseeId: row.licensee_id, licensorIds: row.licensor_ids }]));
        return ids.map((id) => byId.get(id));
      }))
      .load(agreementId);
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
      const sql = `SELECT organization_id, role FROM membership WHERE user_id = $1 AND status = 'ACTIVE'`;
      // In a mutation, inside its transaction: a membership it changed counts.
      const rows: { organization_id: string; role: MemberRole }[] = ctx.manager
        ? await ctx.manager.query(sql, [ctx.userId])
        : await preparedQuery(this.dataSource, 'caller_memberships', sql, [ctx.userId]);
      return new Map(rows.map((row) => [row.organization_id, row.role]));
    });
  }
}
