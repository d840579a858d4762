import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService, type OrganizationPermission } from '../common/access/access.service.js';
import { VersionConflictError } from '../common/graphql/common-errors.js';
import { AppError, notFound } from '../common/errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { encodeCursor } from '../common/pagination/cursor.js';
import { keysetPage, keysetPrecededBy, type KeysetOrder } from '../common/pagination/keyset.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { UserModel } from '../identity/user.model.js';
import { UserService } from '../identity/user.service.js';
import { AuthService } from '../identity/auth.service.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import { mailLanguage } from '../mail/mail-templates.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type { ApproveMembershipRequestInput, ChangeMemberRoleInput, MembersArgs, RequestMembershipInput } from './dto/membership.inputs.js';
import { MembershipEntity, MembershipStatus } from './membership.entity.js';
import { MembershipModel } from './membership.model.js';
import { MemberRole } from '../common/access/vocabulary.js';
import { updateLocked, updateVersioned } from '../database/versioned-update.js';
import { AlreadyMemberError, LastAdminError, MembershipStatusError } from './membership.errors.js';

/** The only ordering of member lists: oldest first, ties broken by id. */
const memberOrder = 'CREATED_AT:ASC';

/** Membership fields recorded in the audit trail when they change. */
const auditedFields: (keyof MembershipEntity)[] = ['role', 'status', 'position', 'since', 'until'];

const open = [MembershipStatus.ACTIVE, MembershipStatus.REQUESTED];

const lastAdmin = () =>
  new LastAdminError('This is the organisation’s only active admin; make another member an admin first', 'membershipId');

/**
 * Who belongs to which organisation. Every change that can lower the number of active admins locks
 * the organisation's row first and counts afterwards, so concurrent removals and demotions are
 * serialised and an organisation never loses its last admin.
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly auth: AuthService,
    private readonly mail: MailOutbox,
  ) {}

  /**
   * The organisations among `organizationIds` the caller speaks for when consent is asked: those it is
   * an editor or admin of (a WRITE key counts as an editor of its own). Platform admins speak for
   * none they are not members of: consent is the organisation's, not the operator's.
   */
  async spokenFor(ctx: RequestContext, organizationIds: string[]): Promise<string[]> {
    return [...(await this.access.checkAccess(ctx, 'organization.speakFor', organizationIds))];
  }

  /**
   * An organisation's memberships, oldest first. Anyone who may read the organisation sees its active
   * members; requests and ended memberships are for those who manage its members.
   */
  async members(ctx: RequestContext, organizationId: string, args: MembersArgs): Promise<ConnectionShape<MembershipModel>> {
    await this.access.requireAccess(ctx, 'organization.read', organizationId);
    const { role, status } = args.filter ?? {};
    if (status && status !== MembershipStatus.ACTIVE) await this.access.requireAccess(ctx, 'organization.manageMembers', organizationId);
    const onlyActive = !status && !(await this.access.can(ctx, 'organization.manageMembers', organizationId));
    const first = args.first ?? defaultPageSize;

    const matching = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.organization_id = :organizationId', { organizationId });
    if (status || onlyActive) matching.andWhere('m.status = :status', { status: status ?? MembershipStatus.ACTIVE });
    if (role) matching.andWhere('m.role = :role', { role });

    const keyset: KeysetOrder = { key: memberOrder, column: 'm.created_at', idColumn: 'm.id', direction: OrderDirection.ASC, kind: 'timestamp' };
    const page = keysetPage(matching, keyset, first, args.after);

    const rows = first === 0 ? [] : await page.getMany();
    return pageOf(
      rows.map(MembershipModel.fromEntity),
      { first, after: args.after, precededBy: keysetPrecededBy(matching, keyset, args.after) },
      (node) => encodeCursor({ order: memberOrder, value: node.createdAt.toISOString(), id: node.id }),
      () => matching.getCount(),
    );
  }

  /** The caller's active memberships and pending requests, oldest first. */
  async mine(ctx: RequestContext): Promise<MembershipModel[]> {
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin('m.organization', 'o')
      .where('m.user_id = :userId', { userId: ctx.userId })
      .andWhere('m.status IN (:...open)', { open });
    // Archived organisations exist only for platform admins.
    if (!this.access.isPlatformAdmin(ctx)) query.andWhere('o.archived_at IS NULL');
    const rows = await query.orderBy('m.created_at', 'ASC').addOrderBy('m.id', 'ASC').getMany();
    return rows.map(MembershipModel.fromEntity);
  }

  /** The membership's organisation, batched per request. */
  async organizationOf(ctx: RequestContext, membership: { organizationId: string }): Promise<OrganizationModel> {
    const organization = await this.organizations.findById(ctx, membership.organizationId);
    if (!organization) throw notFound('organisation');
    return organization;
  }

  /** A person, batched per request. */
  async userOf(ctx: RequestContext, userId: string): Promise<UserModel> {
    const user = await this.users.byId(ctx, userId);
    if (!user) throw notFound('user');
    return user;
  }

  /** A signed-in person asks to join; an admin approves or declines. */
  async request(ctx: RequestContext, input: RequestMembershipInput): Promise<MembershipModel | AlreadyMemberError> {
    const manager = managerOf(ctx, this.dataSource);
    // Any visible organisation of the directory can be asked; archived ones are not visible.
    if (!(await this.organizations.findById(ctx, input.organizationId))) throw notFound('organisation');
    const userId = ctx.userId!;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({
        organizationId: input.organizationId,
        userId,
        role: MemberRole.MEMBER,
        status: MembershipStatus.REQUESTED,
        position: input.position ?? null,
      })
      // The partial unique index `membership_open_key` allows one open membership per person.
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) {
      const existing = await manager.findOneBy(MembershipEntity, { organizationId: input.organizationId, userId, status: In(open) });
      return new AlreadyMemberError(
        existing?.status === MembershipStatus.REQUESTED
          ? 'You have already asked to join this organisation; its admins will answer'
          : 'You are already a member of this organisation',
        'input.organizationId',
      );
    }
    const membership = await manager.findOneByOrFail(MembershipEntity, { id: (inserted.raw as { id: string }[])[0].id });
    await this.record(ctx, 'membership.requested', null, membership);
    return MembershipModel.fromEntity(membership);
  }

  async approve(ctx: RequestContext, input: ApproveMembershipRequestInput): Promise<MembershipModel | MembershipStatusError> {
    const { manager, membership } = await this.managed(ctx, input.membershipId);
    if (membership.status !== MembershipStatus.REQUESTED) return notARequest(membership.status);
    await this.stillManages(ctx, membership);
    const after = await this.update(manager, membership, {
      status: MembershipStatus.ACTIVE,
      role: input.role,
      since: () => 'CURRENT_DATE',
      until: null,
    });
    await this.record(ctx, 'membership.approved', membership, after);
    await this.tellDecision(ctx, manager, membership, 'APPROVED');
    return MembershipModel.fromEntity(after);
  }

  async decline(ctx: RequestContext, membershipId: string): Promise<MembershipModel | MembershipStatusError> {
    const { manager, membership } = await this.managed(ctx, membershipId);
    if (membership.status !== MembershipStatus.REQUESTED) return notARequest(membership.status);
    await this.stillManages(ctx, membership);
    const after = await this.update(manager, membership, { status: MembershipStatus.DECLINED });
    await this.record(ctx, 'membership.declined', membership, after);
    await this.tellDecision(ctx, manager, membership, 'DECLINED');
    return MembershipModel.fromEntity(after);
  }

  /** Mails the person who asked to join what the organisation decided. */
  private async tellDecision(ctx: RequestContext, manager: EntityManager, membership: MembershipEntity, decision: 'APPROVED' | 'DECLINED'): Promise<void> {
    const [person, organization] = await Promise.all([this.auth.contactOf(manager, { userId: membership.userId }), this.organizations.findById(ctx, membership.organizationId)]);
    if (!person || !organization) return;
    await this.mail.write(manager, 'membership_decision', person.email, mailLanguage(person.language, organization.country), { organizationName: organization.name, decision });
  }

  async changeRole(
    ctx: RequestContext,
    input: ChangeMemberRoleInput,
  ): Promise<MembershipModel | LastAdminError | VersionConflictError | MembershipStatusError> {
    const { manager, membership } = await this.managed(ctx, input.membershipId);
    if (membership.status !== MembershipStatus.ACTIVE) return notActive(membership.status);
    if (membership.version !== input.expectedVersion) return new VersionConflictError(membership.version);
    if (membership.role === input.role) return MembershipModel.fromEntity(membership);
    // Counted after the lock: of two admins demoting each other at once, the second finds no other admin.
    if (membership.role === MemberRole.ADMIN && !(await this.hasOtherAdmin(manager, membership))) return lastAdmin();
    await this.stillManages(ctx, membership);
    const conflict = await updateVersioned(manager, MembershipEntity, membership, { role: input.role }, input.expectedVersion);
    if (conflict) return conflict;
    const after = await manager.findOneByOrFail(MembershipEntity, { id: membership.id });
    await this.record(ctx, 'membership.role_changed', membership, after);
    return MembershipModel.fromEntity(after);
  }

  async remove(ctx: RequestContext, membershipId: string): Promise<MembershipModel | LastAdminError | MembershipStatusError> {
    const { manager, membership } = await this.managed(ctx, membershipId);
    if (membership.status !== MembershipStatus.ACTIVE) return notActive(membership.status);
    if (membership.role === MemberRole.ADMIN && !(await this.hasOtherAdmin(manager, membership))) return lastAdmin();
    await this.stillManages(ctx, membership);
    const after = await this.update(manager, membership, { status: MembershipStatus.REMOVED, until: endOfMembership });
    await this.record(ctx, 'membership.removed', membership, after);
    return MembershipModel.fromEntity(after);
  }

  /** The caller ends their active membership, or withdraws their pending request. */
  async leave(ctx: RequestContext, organizationId: string): Promise<MembershipModel | LastAdminError> {
    const manager = managerOf(ctx, this.dataSource);
    const where = { organizationId, userId: ctx.userId!, status: In(open) };
    const found = await manager.findOneBy(MembershipEntity, where);
    if (!found) throw new AppError('NOT_FOUND', 'You have no membership in this organisation');
    await this.organizations.lockForAdministration(ctx, manager, organizationId, 'membership');
    const membership = await manager.findOne(MembershipEntity, { where, lock: { mode: 'pessimistic_write' } });
    if (!membership) throw new AppError('NOT_FOUND', 'You have no membership in this organisation');
    if (membership.status === MembershipStatus.ACTIVE && membership.role === MemberRole.ADMIN && !(await this.hasOtherAdmin(manager, membership))) {
      return new LastAdminError('You are the organisation’s only active admin; make another member an admin before you leave', 'organizationId');
    }
    const after = await this.update(manager, membership, {
      status: MembershipStatus.LEFT,
      ...(membership.status === MembershipStatus.ACTIVE ? { until: endOfMembership } : {}),
    });
    await this.record(ctx, 'membership.left', membership, after);
    return MembershipModel.fromEntity(after);
  }

  /**
   * `access.require`, with the record's existence kept from those with no tie to its organisation:
   * they are told the record does not exist, exactly as for an unknown id.
   */
  async requireHiding(ctx: RequestContext, permission: OrganizationPermission, organizationId: string, what: string, visibleToMembers: boolean): Promise<void> {
    try {
      await this.access.requireAccess(ctx, permission, organizationId);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'NOT_FOUND' || (error.code === 'FORBIDDEN' && !visibleToMembers))) throw notFound(what);
      throw error;
    }
  }

  /**
   * A membership an admin acts on: the caller's right checked, then its organisation and the row
   * locked. The caller's right is checked before the lock, so that those with no tie to the
   * organisation learn nothing and lock nothing; the operation checks it again (`stillManages`)
   * after the lock, before it writes.
   */
  private async managed(ctx: RequestContext, membershipId: string): Promise<{ manager: EntityManager; membership: MembershipEntity }> {
    const manager = managerOf(ctx, this.dataSource);
    const found = await manager.findOneBy(MembershipEntity, { id: membershipId });
    if (!found) throw notFound('membership');
    // Members see active memberships in the member list; requests and ended ones only admins.
    await this.requireHiding(ctx, 'organization.manageMembers', found.organizationId, 'membership', found.status === MembershipStatus.ACTIVE);
    await this.organizations.lockForAdministration(ctx, manager, found.organizationId, 'membership');
    const membership = await manager.findOne(MembershipEntity, { where: { id: membershipId }, lock: { mode: 'pessimistic_write' } });
    if (!membership) throw notFound('membership');
    return { manager, membership };
  }

  /**
   * The caller's right again, from the roles as they are now that the organisation is locked: an
   * admin removed or demoted by a concurrent request that committed meanwhile must not act any more.
   */
  private async stillManages(ctx: RequestContext, membership: MembershipEntity): Promise<void> {
    // Forget the roles read before the lock (the request's other loaders hold nothing yet).
    ctx.clearLoaders();
    await this.requireHiding(ctx, 'organization.manageMembers', membership.organizationId, 'membership', true);
  }

  private async hasOtherAdmin(manager: EntityManager, membership: MembershipEntity): Promise<boolean> {
    const [row]: { other: boolean }[] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM membership WHERE organization_id = $1 AND status = 'ACTIVE' AND role = 'ADMIN' AND id <> $2
       ) AS other`,
      [membership.organizationId, membership.id],
    );
    return row.other;
  }

  private async update(
    manager: EntityManager,
    membership: MembershipEntity,
    changes: Partial<Record<'status' | 'role' | 'since' | 'until', unknown>>,
  ): Promise<MembershipEntity> {
    await updateLocked(manager, MembershipEntity, membership.id, changes as object);
    return manager.findOneByOrFail(MembershipEntity, { id: membership.id });
  }

  async record(
    ctx: RequestContext,
    action: string,
    before: MembershipEntity | null,
    after: MembershipEntity,
    extra: Record<string, unknown> = {},
    actorUserId?: string,
  ): Promise<void> {
    const changes = changesBetween(before, after, auditedFields);
    if (!before) changes.userId = { before: null, after: after.userId };
    for (const [field, value] of Object.entries(extra)) changes[field] = { before: null, after: value };
    await this.audit.record(ctx, { action, organizationId: after.organizationId, entityType: 'Membership', entityId: after.id, changes, actorUserId });
  }
}

/** Today, or the start day if that is later (the period must not end before it began). */
const endOfMembership = () => 'GREATEST(CURRENT_DATE, since)';

function notARequest(status: MembershipStatus): MembershipStatusError {
  return new MembershipStatusError(status, `This membership is ${status}, not a pending request`);
}

function notActive(status: MembershipStatus): MembershipStatusError {
  return new MembershipStatusError(status, `This membership is ${status}; only active memberships can be changed or removed`);
}
