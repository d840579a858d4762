import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import { forbidden, notFound } from '../common/errors.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { encodeCursor } from '../common/pagination/cursor.js';
import { keysetPage, keysetPrecededBy, type KeysetOrder } from '../common/pagination/keyset.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { AuthService, type Account } from '../identity/auth.service.js';
import { opaqueToken, sha256 } from '../common/secrets.js';
import { emailProblem, normaliseEmail } from '../identity/credentials.js';
import type { AuthPayload } from '../identity/user.model.js';
import { UserService } from '../identity/user.service.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type { AcceptInvitationInput, InvitationHistoryArgs, InviteMemberInput } from './dto/membership.inputs.js';
import { InvitationEntity } from './invitation.entity.js';
import { AcceptedInvitation, InvitationCreated, InvitationInvalidReason, InvitationModel, InvitationStatus, invitationLifetimeMs } from './invitation.model.js';
import { MembershipEntity, MembershipStatus } from './membership.entity.js';
import { MembershipModel } from './membership.model.js';
import { MembershipService } from './membership.service.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import { mailLanguage } from '../mail/mail-templates.js';
import { updateLocked } from '../database/versioned-update.js';
import { InvitationInvalidError } from './invitation.errors.js';
import { AlreadyMemberError } from './membership.errors.js';

const invalid = {
  [InvitationInvalidReason.UNKNOWN]: 'This invitation token is not valid',
  [InvitationInvalidReason.EXPIRED]: 'This invitation has expired; ask the organisation for a new one',
  [InvitationInvalidReason.USED]: 'This invitation has already been accepted; each invitation works once',
  [InvitationInvalidReason.REVOKED]: 'This invitation was withdrawn by the organisation',
  [InvitationInvalidReason.WRONG_ACCOUNT]: 'This invitation is for another email address than the account you are signed in with',
  [InvitationInvalidReason.SIGN_IN_FIRST]: 'An account with the invited email address exists: sign in to it, then accept the invitation',
} satisfies Record<InvitationInvalidReason, string>;

const invalidInvitation = (reason: InvitationInvalidReason) => new InvitationInvalidError(reason, invalid[reason], 'input.token');

/**
 * Invitations: an admin invites an email address with a role; whoever holds the token and owns (or
 * creates) the account with that address joins. Tokens are stored only as SHA-256 and work once.
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly mail: MailOutbox,
  ) {}

  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<InvitationCreated | InvalidInputError | AlreadyMemberError> {
    await this.access.requireAccess(ctx, 'organization.manageMembers', input.organizationId);
    const organization = await this.organizations.findById(ctx, input.organizationId);
    if (!organization) throw notFound('organisation');
    const email = normaliseEmail(input.email);
    const problem = emailProblem(email);
    if (problem) return new InvalidInputError(problem, 'input.email');

    const manager = managerOf(ctx, this.dataSource);
    // Identity knows whose the address is; the memberships are ours.
    const userId = await this.auth.accountIdByEmail(manager, email);
    const [member]: unknown[] = userId
      ? await manager.query(`SELECT 1 FROM membership WHERE organization_id = $1 AND user_id = $2 AND status = 'ACTIVE'`, [organization.id, userId])
      : [];
    if (member) return new AlreadyMemberError('The person with this email address is already a member of the organisation', 'input.email');

    const token = opaqueToken('thi_');
    const inserted = await manager.insert(InvitationEntity, {
      organizationId: organization.id,
      email,
      role: input.role,
      position: input.position?.trim() || null,
      tokenHash: sha256(token),
      invitedBy: ctx.userId!,
      expiresAt: new Date(Date.now() + invitationLifetimeMs),
    });
    const invitation = await manager.findOneByOrFail(InvitationEntity, { id: (inserted.identifiers[0] as { id: string }).id });
    const inviter = await this.users.byId(ctx, ctx.userId!);
    // The mail carries the token sealed: whoever reads the database cannot accept the invitation.
    const invitee = await this.auth.contactOf(manager, { email });
    await this.mail.write(
      manager,
      'invitation',
      email,
      mailLanguage(invitee?.language, organization.country),
      {
        invitationId: invitation.id,
        organizationId: organization.id,
        organizationName: organization.name,
        role: invitation.role,
        position: invitation.position,
        inviterName: inviter?.displayName ?? null,
        expiresAt: invitation.expiresAt.toISOString(),
      },
      { secret: token },
    );
    await this.audit.record(ctx, {
      action: 'membership.invited',
      organizationId: organization.id,
      entityType: 'Invitation',
      entityId: invitation.id,
      changes: {
        email: { before: null, after: email },
        role: { before: null, after: invitation.role },
        expiresAt: { before: null, after: invitation.expiresAt },
      },
    });
    const created = new InvitationCreated();
    created.invitation = InvitationModel.fromEntity(invitation);
    created.token = token;
    return created;
  }

  /**
   * Where the (normalised) address stands with the organisation: an active member, invited (an
   * invitation neither accepted, withdrawn nor expired), or neither. Imports ask it so that nobody
   * is invited twice.
   */
  async standingOf(manager: EntityManager, organizationId: string, email: string): Promise<'MEMBER' | 'INVITED' | undefined> {
    const userId = await this.auth.accountIdByEmail(manager, email);
    if (userId && (await manager.existsBy(MembershipEntity, { organizationId, userId, status: MembershipStatus.ACTIVE }))) return 'MEMBER';
    const [invited]: unknown[] = await manager.query(
      `SELECT 1 FROM invitation WHERE organization_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [organizationId, email],
    );
    return invited ? 'INVITED' : undefined;
  }

  /**
   * Single use: the invitation's row stays locked from the first read to the commit, so of two
   * acceptances at the same moment the second sees the first's and answers USED. An unusable
   * invitation, or a refusal of any kind, writes nothing.
   */
  async accept(
    ctx: RequestContext,
    input: AcceptInvitationInput,
  ): Promise<AcceptedInvitation | InvitationInvalidError | InvalidInputError | AlreadyMemberError> {
    if (ctx.principal.kind === 'apiKey') throw forbidden('API keys cannot accept invitations; a person must');
    await this.auth.throttleAttempts(ctx, 'invitation attempts from this address');
    const manager = managerOf(ctx, this.dataSource);
    const invitation = await manager.findOne(InvitationEntity, { where: { tokenHash: sha256(input.token) }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) return invalidInvitation(InvitationInvalidReason.UNKNOWN);
    await this.auth.throttleAccount(invitation.email, 'invitation');
    if (invitation.acceptedAt) return invalidInvitation(InvitationInvalidReason.USED);
    if (invitation.revokedAt) return invalidInvitation(InvitationInvalidReason.REVOKED);
    if (invitation.expiresAt <= new Date()) return invalidInvitation(InvitationInvalidReason.EXPIRED);
    // An organisation archived since the invitation was made takes no one in.
    if (!(await this.organizations.findById(ctx, invitation.organizationId))) return invalidInvitation(InvitationInvalidReason.UNKNOWN);

    let user: Account;
    let newAccount = false;
    if (ctx.principal.kind === 'user') {
      user = await this.auth.accountById(manager, ctx.principal.userId);
      if (user.email !== invitation.email) return invalidInvitation(InvitationInvalidReason.WRONG_ACCOUNT);
    } else {
      if (await this.auth.accountExists(manager, invitation.email)) return invalidInvitation(InvitationInvalidReason.SIGN_IN_FIRST);
      if (!input.password) return new InvalidInputError('Choose a password for your new account', 'input.password');
      if (!input.displayName) return new InvalidInputError('Give the name to show to others', 'input.displayName');
      const problem = this.auth.accountProblem(invitation.email, input.password, input.displayName);
      if (problem) return new InvalidInputError(problem.message, `input.${problem.field}`);
      const created = await this.auth.createAccount(manager, invitation.email, input.password, input.displayName);
      // Registered a moment ago by someone else.
      if (!created) return invalidInvitation(InvitationInvalidReason.SIGN_IN_FIRST);
      user = created;
      newAccount = true;
    }

    // A pending request of the same person becomes the membership; an active one means nothing to do.
    const pending = await manager.findOne(MembershipEntity, {
      where: { organizationId: invitation.organizationId, userId: user.id, status: In([MembershipStatus.ACTIVE, MembershipStatus.REQUESTED]) },
      lock: { mode: 'pessimistic_write' },
    });
    if (pending?.status === MembershipStatus.ACTIVE) {
      return new AlreadyMemberError('You are already a member of this organisation; the invitation stays unused');
    }
    let membershipId: string;
    if (pending) {
      await updateLocked(manager, MembershipEntity, pending.id, {
        status: MembershipStatus.ACTIVE,
        role: invitation.role,
        position: invitation.position ?? pending.position,
        since: () => 'CURRENT_DATE',
        until: null,
      });
      membershipId = pending.id;
    } else {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({
          organizationId: invitation.organizationId,
          userId: user.id,
          role: invitation.role,
          position: invitation.position,
          status: MembershipStatus.ACTIVE,
          since: () => 'CURRENT_DATE',
        })
        .orIgnore()
        .returning('id')
        .execute();
      // Joined a moment ago through another invitation (an account just created cannot have).
      if (inserted.raw.length === 0) return new AlreadyMemberError('You are already a member of this organisation; the invitation stays unused');
      membershipId = (inserted.raw as { id: string }[])[0].id;
    }
    await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: () => 'now()', acceptedBy: user.id } as object);
    const membership = await manager.findOneByOrFail(MembershipEntity, { id: membershipId });

    if (newAccount) {
      await this.audit.record(ctx, {
        action: 'user.registered',
        entityType: 'User',
        entityId: user.id,
        actorUserId: user.id,
        changes: { email: { before: null, after: user.email } },
      });
    }
    // Someone accepting as a new account is not signed in yet: the audit names them explicitly.
    await this.memberships.record(ctx, 'membership.accepted', pending ?? null, membership, { invitationId: invitation.id }, user.id);
    const session: AuthPayload | null = newAccount ? await this.auth.startSession(ctx, user) : null;

    const accepted = new AcceptedInvitation();
    accepted.membership = MembershipModel.fromEntity(membership);
    accepted.session = session;
    return accepted;
  }

  async revoke(ctx: RequestContext, invitationId: string): Promise<InvitationModel | InvitationInvalidError> {
    const manager = managerOf(ctx, this.dataSource);
    const found = await manager.findOneBy(InvitationEntity, { id: invitationId });
    if (!found) throw notFound('invitation');
    await this.memberships.requireHiding(ctx, 'organization.manageMembers', found.organizationId, 'invitation', false);
    const invitation = await manager.findOne(InvitationEntity, { where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) throw notFound('invitation');
    if (invitation.acceptedAt) {
      return new InvitationInvalidError(InvitationInvalidReason.USED, 'This invitation was already accepted; remove the member instead', 'invitationId');
    }
    if (invitation.revokedAt) return InvitationModel.fromEntity(invitation);
    await manager.update(InvitationEntity, { id: invitation.id }, { revokedAt: () => 'now()' } as object);
    const after = await manager.findOneByOrFail(InvitationEntity, { id: invitation.id });
    await this.audit.record(ctx, {
      action: 'invitation.revoked',
      organizationId: invitation.organizationId,
      entityType: 'Invitation',
      entityId: invitation.id,
      changes: { revokedAt: { before: null, after: after.revokedAt } },
    });
    return InvitationModel.fromEntity(after);
  }

  /** An organisation's invitations that can still be accepted, newest first; its admins only. Batched per request. */
  async pending(ctx: RequestContext, organizationId: string): Promise<InvitationModel[]> {
    await this.access.requireAccess(ctx, 'organization.manageMembers', organizationId);
    const loader = ctx.loader('invitation.pendingByOrganization', () => new DataLoader<string, InvitationModel[]>(async (ids) => {
      const rows = await this.dataSource
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .where('i.organization_id IN (:...ids)', { ids: [...ids] })
        .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
        .orderBy('i.created_at', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .getMany();
      const now = new Date();
      return ids.map((id) => rows.filter((row) => row.organizationId === id).map((row) => InvitationModel.fromEntity(row, now)));
    }));
    return loader.load(organizationId);
  }

  /** An organisation's invitations, whatever became of them, newest first; its admins only. */
  async history(ctx: RequestContext, organizationId: string, args: InvitationHistoryArgs): Promise<ConnectionShape<InvitationModel>> {
    await this.access.requireAccess(ctx, 'organization.manageMembers', organizationId);
    const first = args.first ?? defaultPageSize;
    const matching = this.dataSource.getRepository(InvitationEntity).createQueryBuilder('i').where('i.organization_id = :organizationId', { organizationId });
    const status = args.filter?.status;
    if (status) matching.andWhere(statusCondition[status]);
    const keyset: KeysetOrder = { key: invitationOrder, column: 'i.created_at', idColumn: 'i.id', direction: OrderDirection.DESC, kind: 'timestamp' };
    const rows = first === 0 ? [] : await keysetPage(matching, keyset, first, args.after).getMany();
    const now = new Date();
    return pageOf(
      rows.map((row) => InvitationModel.fromEntity(row, now)),
      { first, after: args.after, precededBy: keysetPrecededBy(matching, keyset, args.after) },
      (node) => encodeCursor({ order: invitationOrder, value: node.createdAt.toISOString(), id: node.id }),
      () => matching.getCount(),
    );
  }
}

const invitationOrder = 'CREATED_AT:DESC';

/** Each status as SQL, the same rule as `InvitationModel.fromEntity` derives it by. */
const statusCondition: Record<InvitationStatus, string> = {
  [InvitationStatus.ACCEPTED]: 'i.accepted_at IS NOT NULL',
  [InvitationStatus.REVOKED]: 'i.accepted_at IS NULL AND i.revoked_at IS NOT NULL',
  [InvitationStatus.EXPIRED]: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at <= now()',
  [InvitationStatus.PENDING]: 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()',
};
