import { Injectable } from '@nestjs/common';
import type { ReadScope } from '../read/read-model.js';
import type { SqlParams } from '../read/sql.js';
import { AppError, notFound, notVisible } from '../errors.js';
import { RequestContext } from '../request-context.js';
import { AccessRepository } from './access.repository.js';
import { kindOf, type OrganizationPermission, type Permission, type RecordKind, type RecordPermission } from './permission.js';
import { ApiKeyScope, MemberRole, ParticipantRole, ParticipantStatus, PlatformRole, ProjectVisibility } from './vocabulary.js';

export type { OrganizationPermission, Permission } from './permission.js';

/** Permissions that act in the organisation's name; an archived organisation grants none of them. */
const actsInItsName: ReadonlySet<OrganizationPermission> = new Set([
  'organization.write',
  'organization.update',
  'organization.manageMembers',
  'organization.manageApiKeys',
  'organization.manageWebhooks',
]);

const archivedMessage = 'The organisation is archived: nothing can be created or changed in its name';

const rank: Record<MemberRole, number> = { [MemberRole.MEMBER]: 1, [MemberRole.EDITOR]: 2, [MemberRole.ADMIN]: 3 };

/** The least role that grants each permission on an organisation. */
const requiredRole: Record<OrganizationPermission, MemberRole> = {
  'organization.read': MemberRole.MEMBER,
  'organization.write': MemberRole.EDITOR,
  'organization.update': MemberRole.ADMIN,
  'organization.manageMembers': MemberRole.ADMIN,
  'organization.manageApiKeys': MemberRole.ADMIN,
  'organization.manageWebhooks': MemberRole.ADMIN,
  'organization.readAudit': MemberRole.ADMIN,
  'organization.speakFor': MemberRole.EDITOR,
};

/** How a refusal names each kind of record, and the permission that lets a caller see it at all. */
const kinds: Record<Exclude<RecordKind, 'organization'>, { what: string; read?: RecordPermission }> = {
  project: { what: 'project', read: 'project.read' },
  programme: { what: 'programme' },
  programmeRequest: { what: 'request', read: 'programmeRequest.read' },
  technology: { what: 'technology', read: 'technology.read' },
  disclosure: { what: 'disclosure', read: 'disclosure.read' },
  agreement: { what: 'agreement', read: 'agreement.read' },
  deal: { what: 'deal', read: 'deal.read' },
  incubation: { what: 'application', read: 'incubation.read' },
  placement: { what: 'placement', read: 'placement.read' },
  person: { what: 'person' },
};

/** What a caller who sees the record but lacks the permission is told. */
const refusals: Partial<Record<RecordPermission, string>> = {
  'project.edit': 'Only the coordinator’s editors and admins may change this project',
  'project.readConfidential': 'Only participants see this',
  'project.readManagement': 'Only participants see this',
  'programmeRequest.decide': 'Only editors and admins of the organisation that owns the programme may decide this request',
  'programmeRequest.withdraw': 'Only the project coordinator’s editors and admins may withdraw this request',
  'technology.manage': 'Only editors and admins of the owning organisations may do this',
  'technology.disclose': 'Only the inventors and the technology’s managers may do this',
  'disclosure.author': 'Only the inventors and the technology’s managers may do this',
  'disclosure.evaluate': 'Only editors and admins of the institution it is disclosed to may do this',
  'agreement.readLicensorSide': 'Only editors and admins of the licensors may do this',
  'agreement.manage': 'Only editors and admins of the licensors may do this',
  'deal.move': 'Only the broker’s editors and admins move a deal',
  'deal.drop': 'Only editors and admins of the parties may drop a deal',
  'incubation.decide': 'Only editors and admins of the organisation running the programme may do this',
  'incubation.mentor': 'Only the startup’s current mentors and the runner’s editors and admins may do this',
  'incubation.startup': 'Only the startup’s editors and admins may do this',
  'incubation.plan': 'Only editors and admins of the runner or of the startup may do this',
  'placement.manage': 'Only editors and admins of the home or host organisation may do this',
  'placement.withdraw': 'Only the person placed may withdraw their placement',
};

type SqlCondition = { sql: string; params: Record<string, unknown> } | 'all';

/**
 * The one place that decides what a caller may do. Services call `requireAccess` (or `checkAccess`
 * to filter) as their first step with a permission of the vocabulary and the ids they touch, and
 * lock rows only after; lists filter in SQL with the read conditions below.
 *
 * People act through their active memberships. An API key acts as its own organisation only: a READ
 * key as a MEMBER, a WRITE key as an EDITOR; administration (profile, members, keys, audit) is for
 * people. An archived organisation is read-only for its members: every permission that acts in its
 * name is refused here. Platform admins hold every permission on records that exist.
 */
@Injectable()
export class AccessService {
  constructor(private readonly facts: AccessRepository) {}

  isPlatformAdmin(ctx: RequestContext): boolean {
    return ctx.principal.kind === 'user' && ctx.principal.platformRole === PlatformRole.PLATFORM_ADMIN;
  }

  /** The ids among `ids` on which the caller holds `permission`. */
  async checkAccess(ctx: RequestContext, permission: RecordPermission, ids: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const granted = await Promise.all(unique.map((id) => this.allows(ctx, permission, id)));
    return new Set(unique.filter((_, index) => granted[index]));
  }

  /** Whether the caller holds `permission` on the record (platform permissions take no id). */
  async can(ctx: RequestContext, permission: Permission, id?: string): Promise<boolean> {
    if (permission === 'platform.administer') return this.isPlatformAdmin(ctx);
    if (permission === 'exchange.readPartnerDetails') return this.isExchangePartner(ctx);
    return id !== undefined && this.allows(ctx, permission, id);
  }

  /** Whether the caller holds `permission` on at least one of the records. */
  async canAny(ctx: RequestContext, permission: RecordPermission, ids: readonly string[]): Promise<boolean> {
    for (const id of new Set(ids)) {
      if (await this.allows(ctx, permission, id)) return true;
    }
    return false;
  }

  /**
   * Throws unless the caller holds `permission` on every record. Someone who may not even see a
   * record learns nothing (NOT_FOUND, as for an id that does not exist); a caller who sees it but may
   * not do this is told FORBIDDEN and why; an anonymous caller is asked to sign in.
   */
  async requireAccess(ctx: RequestContext, permission: Permission, ids: string | readonly string[] = []): Promise<void> {
    if (permission === 'platform.administer' || permission === 'exchange.readPartnerDetails') {
      if (!(await this.can(ctx, permission))) throw new AppError('FORBIDDEN', permission === 'platform.administer' ? 'Only platform admins may do this' : 'Only partners may see this');
      return;
    }
    for (const id of typeof ids === 'string' ? [ids] : ids) {
      if (!(await this.allows(ctx, permission, id))) throw await this.refusal(ctx, permission, id);
    }
  }

  /**
   * Throws unless the caller holds the permission in at least one of the organisations; the refusal
   * is the one the organisation where the caller has a role would give.
   */
  async requireAny(ctx: RequestContext, permission: OrganizationPermission, organizationIds: readonly string[]): Promise<void> {
    if (await this.canAny(ctx, permission, organizationIds)) return;
    for (const id of new Set(organizationIds)) {
      if (await this.roleIn(ctx, id)) throw await this.refusal(ctx, permission, id);
    }
    throw await this.refusal(ctx, permission, organizationIds[0]);
  }

  /**
   * FORBIDDEN with `message`, or with the archive as the reason when that is what refused the caller
   * in this request.
   */
  forbidden(ctx: RequestContext, message: string): AppError {
    return new AppError('FORBIDDEN', this.archivedRefusals(ctx).size > 0 ? archivedMessage : message);
  }

  /**
   * The organisations whose partner-visible records the caller may read ('organization.read'), or
   * 'all' for platform admins. Lists filter by it in SQL.
   */
  async readableOrganizationIds(ctx: RequestContext): Promise<string[] | 'all'> {
    if (this.isPlatformAdmin(ctx)) return 'all';
    const { principal } = ctx;
    if (principal.kind === 'apiKey') return [principal.organizationId];
    if (principal.kind !== 'user') return [];
    return [...(await this.facts.myRoles(ctx)).keys()];
  }

  /** The caller's read rights as SQL, for one statement of the read models. */
  async readScope(ctx: RequestContext, params: SqlParams): Promise<ReadScope> {
    const readable = await this.readableOrganizationIds(ctx);
    // People administer organisations ('organization.manageMembers'); keys never do.
    const administered = readable === 'all' || ctx.principal.kind !== 'user' ? [] : await this.administered(ctx);
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
   * What anyone may read, whoever asks: the read scope of an anonymous caller, for what is published to
   * everyone alike (public feeds that shared caches keep).
   */
  publicReadScope(params: SqlParams): Promise<ReadScope> {
    return this.readScope(new RequestContext('public'), params);
  }

  /** Technologies the caller may read ('technology.read'), as an SQL condition on the technology alias, or 'all'. */
  async readableTechnologiesCondition(ctx: RequestContext, alias: string): Promise<SqlCondition> {
    const readable = await this.readableOrganizationIds(ctx);
    if (readable === 'all') return 'all';
    return { sql: this.facts.readableTechnologiesSql(alias), params: { readableOrgs: readable, readerUserId: ctx.userId ?? null } };
  }

  /** Agreements the caller is party to ('agreement.read'), as an SQL condition on the agreement alias, or 'all'. */
  async readableAgreementsCondition(ctx: RequestContext, alias: string): Promise<SqlCondition> {
    const readable = await this.readableOrganizationIds(ctx);
    if (readable === 'all') return 'all';
    return { sql: this.facts.readableAgreementsSql(alias), params: { readableOrgs: readable } };
  }

  /**
   * Offers and demands the caller may read, as an SQL condition on the item's alias, or 'all'.
   * Anyone reads a published item until its expiry date; the owning organisation's members read all
   * of its items; organisations that engaged with an item (an expression of interest, or a party to
   * a deal on it) keep reading it after it leaves the exchange.
   */
  async readableExchangeItemsCondition(ctx: RequestContext, alias: string, kind: 'offer' | 'demand'): Promise<SqlCondition> {
    const readable = await this.readableOrganizationIds(ctx);
    if (readable === 'all') return 'all';
    const published = `(${alias}.status = 'PUBLISHED' AND ${alias}.expires_on >= CURRENT_DATE)`;
    if (readable.length === 0) return { sql: published, params: {} };
    const sql = `(${published} OR ${alias}.organization_id = ANY(:exchangeReaders) OR ${this.facts.engagedExchangeItemsSql(alias, kind)})`;
    return { sql, params: { exchangeReaders: readable } };
  }

  private async allows(ctx: RequestContext, permission: RecordPermission, id: string): Promise<boolean> {
    switch (kindOf(permission)) {
      case 'organization':
        return (await this.decideOnOrganization(ctx, permission as OrganizationPermission, id)) === 'granted';
      case 'project':
        return this.onProject(ctx, permission, id);
      case 'programme':
        return this.onProgramme(ctx, permission, id);
      case 'programmeRequest':
        return this.onProgrammeRequest(ctx, permission, id);
      case 'technology':
        return this.onTechnology(ctx, permission, id);
      case 'disclosure':
        return this.onDisclosure(ctx, permission, id);
      case 'agreement':
        return this.onAgreement(ctx, permission, id);
      case 'deal':
        return this.onDeal(ctx, permission, id);
      case 'incubation':
        return this.onIncubation(ctx, permission, id);
      case 'placement':
        return this.onPlacement(ctx, permission, id);
      case 'person':
        return this.onPerson(ctx, id);
    }
  }

  private async refusal(ctx: RequestContext, permission: RecordPermission, id: string): Promise<AppError> {
    const kind = kindOf(permission);
    if (kind === 'organization') return this.organizationRefusal(ctx, permission as OrganizationPermission, id);
    const { what, read } = kinds[kind];
    if (read && permission !== read && (await this.allows(ctx, read, id))) return this.forbidden(ctx, refusals[permission] ?? 'You may not do this');
    if (ctx.principal.kind === 'anonymous') return new AppError('UNAUTHENTICATED', `Sign in to see this ${what}`);
    return notVisible(what);
  }

  // ---- Organisations ----

  /** The caller's role in the organisation, if any. */
  private async roleIn(ctx: RequestContext, organizationId: string): Promise<MemberRole | undefined> {
    const { principal } = ctx;
    if (principal.kind === 'apiKey') {
      if (principal.organizationId !== organizationId) return undefined;
      return principal.scopes.includes(ApiKeyScope.WRITE) ? MemberRole.EDITOR : MemberRole.MEMBER;
    }
    if (principal.kind !== 'user') return undefined;
    return (await this.facts.myRoles(ctx)).get(organizationId);
  }

  /** `archived` when the caller's role would allow it but the organisation is archived. */
  private async decideOnOrganization(ctx: RequestContext, permission: OrganizationPermission, organizationId: string): Promise<'granted' | 'archived' | 'missing' | 'denied'> {
    if (this.isPlatformAdmin(ctx) && permission !== 'organization.speakFor') {
      const [standing] = await this.facts.organizations(ctx, [organizationId]);
      return standing ? 'granted' : 'missing';
    }
    const role = await this.roleIn(ctx, organizationId);
    if (!role) return 'denied';
    if (ctx.principal.kind === 'apiKey' && rank[requiredRole[permission]] > rank[MemberRole.EDITOR]) return 'denied';
    if (rank[role] < rank[requiredRole[permission]]) return 'denied';
    if (actsInItsName.has(permission)) {
      const [standing] = await this.facts.organizations(ctx, [organizationId]);
      if (standing?.archived) {
        this.archivedRefusals(ctx).add(organizationId);
        return 'archived';
      }
    }
    return 'granted';
  }

  private async organizationRefusal(ctx: RequestContext, permission: OrganizationPermission, organizationId: string): Promise<AppError> {
    const decision = await this.decideOnOrganization(ctx, permission, organizationId);
    if (decision === 'missing') return notFound('organisation');
    if (decision === 'archived') return new AppError('FORBIDDEN', archivedMessage);
    if (ctx.principal.kind === 'anonymous') return new AppError('UNAUTHENTICATED', 'Sign in to do this');
    if (await this.roleIn(ctx, organizationId)) return new AppError('FORBIDDEN', `Your role in this organisation does not allow this (${permission.slice('organization.'.length)})`);
    return notVisible('organisation');
  }

  /** Organisations refused in this request only because they are archived: a FORBIDDEN then says so. */
  private archivedRefusals(ctx: RequestContext): Set<string> {
    return ctx.loader('access.archivedRefusals', () => new Set<string>());
  }

  private async administered(ctx: RequestContext): Promise<string[]> {
    return [...(await this.facts.myRoles(ctx))].filter(([, role]) => role === MemberRole.ADMIN).map(([id]) => id);
  }

  /**
   * Partners read what the exchange keeps from the public (offers' details and prices, demands'
   * budgets): people with an active membership in a verified organisation that is not archived, and
   * API keys of such an organisation. Anyone may register and create an organisation, so only a
   * platform admin's verification makes its members partners.
   */
  private async isExchangePartner(ctx: RequestContext): Promise<boolean> {
    if (this.isPlatformAdmin(ctx)) return true;
    const { principal } = ctx;
    if (principal.kind === 'apiKey') return this.facts.isExchangePartner(ctx, { organizationId: principal.organizationId });
    if (principal.kind === 'user') return this.facts.isExchangePartner(ctx, { userId: principal.userId });
    return false;
  }

  // ---- Records: each decides from its parties' organisation permissions ----

  private async onProject(ctx: RequestContext, permission: RecordPermission, projectId: string): Promise<boolean> {
    const [project] = await this.facts.projects(ctx, [projectId]);
    if (!project) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    if (permission === 'project.read' && project.visibility === ProjectVisibility.PUBLIC) return true;
    if (permission === 'project.edit' || permission === 'project.readManagement') {
      const coordinator = project.participants.find((p) => p.role === ParticipantRole.COORDINATOR && p.status === ParticipantStatus.ACTIVE);
      return coordinator ? this.allows(ctx, permission === 'project.edit' ? 'organization.write' : 'organization.read', coordinator.organizationId) : false;
    }
    const taking = project.participants.filter((p) => p.status === ParticipantStatus.ACTIVE || p.status === ParticipantStatus.INVITED);
    return this.canAny(ctx, 'organization.read', taking.map((p) => p.organizationId));
  }

  private async onProgramme(ctx: RequestContext, permission: RecordPermission, programmeId: string): Promise<boolean> {
    const [programme] = await this.facts.programmes(ctx, [programmeId]);
    if (!programme) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    if (!programme.ownerId) return false;
    return this.allows(ctx, permission === 'programme.attach' ? 'organization.write' : 'organization.read', programme.ownerId);
  }

  private async onProgrammeRequest(ctx: RequestContext, permission: RecordPermission, requestId: string): Promise<boolean> {
    const [request] = await this.facts.programmeRequests(ctx, [requestId]);
    if (!request) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    const owner = request.programmeOwnerId;
    if (permission === 'programmeRequest.decide') return owner ? this.allows(ctx, 'organization.write', owner) : false;
    if (permission === 'programmeRequest.withdraw') return this.allows(ctx, 'project.edit', request.projectId);
    if (owner && (await this.allows(ctx, 'organization.read', owner))) return true;
    return this.allows(ctx, 'project.readManagement', request.projectId);
  }

  private async onTechnology(ctx: RequestContext, permission: RecordPermission, technologyId: string): Promise<boolean> {
    const [parties] = await this.facts.technologies(ctx, [technologyId]);
    if (!parties) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    const isInventor = ctx.userId !== undefined && parties.inventorUserIds.includes(ctx.userId);
    if (permission === 'technology.manage' || (permission === 'technology.disclose' && !isInventor)) return this.canAny(ctx, 'organization.write', parties.ownerIds);
    return isInventor || this.canAny(ctx, 'organization.read', [...parties.ownerIds, ...parties.licenseeIds]);
  }

  private async onDisclosure(ctx: RequestContext, permission: RecordPermission, disclosureId: string): Promise<boolean> {
    const [disclosure] = await this.facts.disclosures(ctx, [disclosureId]);
    if (!disclosure) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    if (permission === 'disclosure.evaluate') return this.allows(ctx, 'organization.write', disclosure.organizationId);
    if (permission === 'disclosure.author') return this.allows(ctx, 'technology.disclose', disclosure.technologyId);
    return (await this.allows(ctx, 'technology.read', disclosure.technologyId)) || this.allows(ctx, 'organization.read', disclosure.organizationId);
  }

  private async onAgreement(ctx: RequestContext, permission: RecordPermission, agreementId: string): Promise<boolean> {
    const [parties] = await this.facts.agreements(ctx, [agreementId]);
    if (!parties) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    if (permission === 'agreement.manage') return this.canAny(ctx, 'organization.write', parties.licensorIds);
    if (permission === 'agreement.readLicensorSide') return this.canAny(ctx, 'organization.read', parties.licensorIds);
    return this.canAny(ctx, 'organization.read', [...parties.licensorIds, parties.licenseeId]);
  }

  private async onDeal(ctx: RequestContext, permission: RecordPermission, dealId: string): Promise<boolean> {
    const [deal] = await this.facts.deals(ctx, [dealId]);
    if (!deal) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    const parties = [deal.brokerId, deal.providerId, deal.seekerId];
    if (permission === 'deal.read') return this.canAny(ctx, 'organization.read', parties);
    if (permission === 'deal.move') return this.allows(ctx, 'organization.write', deal.brokerId);
    return this.canAny(ctx, 'organization.write', parties);
  }

  private async onIncubation(ctx: RequestContext, permission: RecordPermission, applicationId: string): Promise<boolean> {
    const [file] = await this.facts.incubations(ctx, [applicationId]);
    if (!file) return false;
    if (this.isPlatformAdmin(ctx)) return true;
    const isMentor = ctx.userId !== undefined && file.mentorUserIds.includes(ctx.userId);
    switch (permission) {
      case 'incubation.decide':
        return this.allows(ctx, 'organization.write', file.runnerId);
      case 'incubation.startup':
        return this.allows(ctx, 'organization.write', file.startupId);
      case 'incubation.plan':
        return this.canAny(ctx, 'organization.write', [file.runnerId, file.startupId]);
      case 'incubation.mentor':
        return isMentor || this.allows(ctx, 'organization.write', file.runnerId);
      default:
        return isMentor || this.canAny(ctx, 'organization.read', [file.runnerId, file.startupId]);
    }
  }

  /**
   * A placement: the person withdraws it (they alone); editors of either side manage it; members of
   * either side, the person, the supervisor and the tutor read it.
   */
  private async onPlacement(ctx: RequestContext, permission: RecordPermission, placementId: string): Promise<boolean> {
    const [placement] = await this.facts.placements(ctx, [placementId]);
    if (!placement) return false;
    const userId = ctx.principal.kind === 'user' ? ctx.userId : undefined;
    if (permission === 'placement.withdraw') return userId !== undefined && userId === placement.personUserId;
    if (this.isPlatformAdmin(ctx)) return true;
    const sides = [placement.homeOrganizationId, placement.hostOrganizationId];
    if (permission === 'placement.manage') return this.canAny(ctx, 'organization.write', sides);
    if (userId !== undefined && [placement.personUserId, placement.supervisorUserId, placement.tutorUserId].includes(userId)) return true;
    return this.canAny(ctx, 'organization.read', sides);
  }

  /** A person's email: theirs, and admins' of an organisation they belong to or asked to join. */
  private async onPerson(ctx: RequestContext, userId: string): Promise<boolean> {
    if (this.isPlatformAdmin(ctx) || ctx.userId === userId) return true;
    if (ctx.principal.kind !== 'user') return false;
    const administered = await this.administered(ctx);
    if (administered.length === 0) return false;
    const [theirs] = await this.facts.openOrganizationsOf(ctx, [userId]);
    return (theirs ?? []).some((organizationId) => administered.includes(organizationId));
  }
}
