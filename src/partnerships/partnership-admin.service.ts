import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, changesBetween, type AuditChanges } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { forbidden, notFound } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { MembershipService } from '../memberships/membership.service.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { maxParties, type CreatePartnershipInput, type UpdatePartnershipInput } from './dto/partnership.inputs.js';
import { AmendmentStatus } from './partnership-amendment.entity.js';
import { PartnershipAmendmentModel } from './partnership-amendment.model.js';
import { PartnershipAmendmentService } from './partnership-amendment.service.js';
import { partnershipLifecycle } from './partnership-lifecycle.js';
import { PartnershipEntity, PartnershipPartyEntity, PartnershipStatus, PartyConsent } from './partnership.entity.js';
import { PartnershipModel } from './partnership.model.js';
import { updateLocked, updateVersioned } from '../database/versioned-update.js';
import { AmendmentStateError, PartyWithdrawalRequiredError } from './partnership-amendment.errors.js';
import { ConsentPendingError, ConsentStateError, InvalidTransitionError, TooFewPartiesError } from './partnership.errors.js';

/** Fields recorded in the audit trail when they change. */
const auditedFields: (keyof PartnershipEntity)[] = [
  'type', 'title', 'description', 'signedOn', 'validFrom', 'validUntil', 'status', 'documentReference',
];

/** The terms of a partnership: what its parties agreed, as opposed to its parties and status. */
const termFields = ['type', 'title', 'description', 'signedOn', 'validFrom', 'validUntil', 'documentReference'] as const;

const minParties = 2;

/** A partnership locked for a change, with its parties as they are under the lock. */
interface Locked {
  manager: EntityManager;
  partnership: PartnershipEntity;
  partyIds: string[];
}

/**
 * Creating and changing partnerships. Only admins of one of the parties (the 'update' permission) and
 * platform admins write. Every change locks the partnership's row first, so changes to one
 * partnership (and the count of its parties) happen one at a time. Each change is recorded in the
 * audit trail once for every organisation that is (or was, for a removal) a party, so each party's
 * admins find it in their own trail.
 *
 * Consent: the parties whose editors or admins record a partnership accept it by doing so; every
 * other party accepts it (or declines) itself, and the partnership becomes ACTIVE only when all have
 * accepted (a deferred trigger holds the same rule in the database). Changing a draft's terms asks
 * the other parties again.
 *
 * Once a partnership has left DRAFT, what its parties agreed belongs to all of them: a change of its
 * terms by someone who is not an editor or admin of every party becomes an amendment that applies
 * when every party has accepted it; a party leaves only by withdrawing itself; a new party joins
 * only through someone who speaks for every party. Any change of the partnership supersedes its open
 * amendment, which applies only to the version it was made from.
 */
@Injectable()
export class PartnershipAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly amendments: PartnershipAmendmentService,
  ) {}

  async create(ctx: RequestContext, input: CreatePartnershipInput): Promise<PartnershipModel | TooFewPartiesError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const partyIds = [...new Set(input.partyIds.map((id) => id.toLowerCase()))].sort();
    if (partyIds.length < minParties) {
      return new TooFewPartiesError('A partnership needs at least two different organisations as parties', 'input.partyIds');
    }
    const unknown = await this.unknownOrganizations(ctx, partyIds);
    if (unknown.length > 0) return new InvalidInputError(`No such organisation: ${unknown.join(', ')}`, 'input.partyIds');
    if (!(await this.access.canAny(ctx, 'organization.update', partyIds))) {
      throw forbidden('Only an admin of one of the parties may create a partnership');
    }
    const invalid = validityError(input.validFrom ?? null, input.validUntil ?? null);
    if (invalid) return invalid;

    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(PartnershipEntity)
      .values({
        type: input.type,
        title: input.title,
        description: input.description ?? null,
        signedOn: input.signedOn ?? null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        status: PartnershipStatus.DRAFT,
        documentReference: input.documentReference ?? null,
        createdBy: ctx.userId ?? null,
      })
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0].id;
    await this.insertParties(ctx, manager, id, partyIds);
    const created = await manager.findOneByOrFail(PartnershipEntity, { id });
    await this.record(ctx, 'partnership.created', id, partyIds, {
      ...changesBetween(null, created, auditedFields),
      partyIds: { before: null, after: partyIds },
    });
    return PartnershipModel.fromEntity(created);
  }

  async update(
    ctx: RequestContext,
    input: UpdatePartnershipInput,
  ): Promise<PartnershipModel | PartnershipAmendmentModel | VersionConflictError | InvalidInputError> {
    const { manager, partnership: current, partyIds } = await this.lockForChange(ctx, input.id);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);

    const next: PartnershipEntity = { ...current };
    if (input.type != null) next.type = input.type;
    if (input.title != null) next.title = input.title;
    for (const field of ['description', 'signedOn', 'validFrom', 'validUntil', 'documentReference'] as const) {
      if (input[field] !== undefined) next[field] = input[field] ?? null;
    }
    const invalid = validityError(next.validFrom, next.validUntil);
    if (invalid) return invalid;

    const changes = changesBetween(current, next, auditedFields);
    if (Object.keys(changes).length === 0) return PartnershipModel.fromEntity(current);
    if (current.status !== PartnershipStatus.DRAFT) {
      const own = await this.memberships.spokenFor(ctx, partyIds);
      if (!partyIds.every((organizationId) => own.includes(organizationId))) return this.propose(ctx, manager, current, partyIds, changes, own);
    }
    const conflict = await updateVersioned(
      manager,
      PartnershipEntity,
      current,
      {
        type: next.type, title: next.title, description: next.description, signedOn: next.signedOn, validFrom: next.validFrom,
        validUntil: next.validUntil, documentReference: next.documentReference,
      },
      input.expectedVersion,
    );
    if (conflict) return conflict;
    if (current.status === PartnershipStatus.DRAFT) {
      // New terms need new consent from every party the caller does not speak for.
      const asked = await this.askAgain(ctx, manager, current.id, partyIds);
      if (asked.length > 0) changes.consentAskedAgainOf = { before: null, after: asked };
    }
    await this.record(ctx, 'partnership.updated', current.id, partyIds, changes);
    await this.supersedeOpen(ctx, manager, current.id, partyIds);
    return PartnershipModel.fromEntity(await manager.findOneByOrFail(PartnershipEntity, { id: current.id }));
  }

  async addParty(ctx: RequestContext, partnershipId: string, organizationId: string): Promise<PartnershipModel | InvalidInputError> {
    const { manager, partnership, partyIds } = await this.lockForChange(ctx, partnershipId);
    const added = organizationId.toLowerCase();
    if (partyIds.includes(added)) return new InvalidInputError('This organisation is already a party to the partnership', 'organizationId');
    if ((await this.unknownOrganizations(ctx, [added])).length > 0) return new InvalidInputError('No such organisation', 'organizationId');
    if (partyIds.length >= maxParties) return new InvalidInputError(`A partnership has at most ${maxParties} parties`, 'organizationId');
    if (partnership.status !== PartnershipStatus.DRAFT && (await this.memberships.spokenFor(ctx, [added])).length === 0) {
      return new InvalidInputError(
        `A ${partnership.status} partnership takes in only an organisation whose editor or admin you are: any other must accept it first, which it can do only while the partnership is DRAFT`,
        'organizationId',
      );
    }
    if (partnership.status !== PartnershipStatus.DRAFT && (await this.memberships.spokenFor(ctx, partyIds)).length < partyIds.length) {
      // Joining changes what every party agreed to, and there is no amendment of the parties.
      return new InvalidInputError(
        `A ${partnership.status} partnership takes in a new party only through someone who is an editor or admin of every party`,
        'organizationId',
      );
    }

    await this.insertParties(ctx, manager, partnership.id, [added]);
    const after = [...partyIds, added].sort();
    await this.record(ctx, 'partnership.party_added', partnership.id, after, { partyIds: { before: partyIds, after } });
    await this.supersedeOpen(ctx, manager, partnership.id, after);
    return this.touched(manager, partnership.id);
  }

  /**
   * A DRAFT partnership loses a party at the word of an admin of any party, as it has not been agreed
   * yet. Once it has left DRAFT, a party leaves only by withdrawing itself (its editors' or admins'
   * call): removing another party would drop its rights under the agreement without its consent,
   * and asking for that consent is the same as asking it to withdraw. A withdrawal ends the
   * partnership for the party that leaves; the others stay bound to each other.
   */
  async removeParty(
    ctx: RequestContext,
    partnershipId: string,
    organizationId: string,
  ): Promise<PartnershipModel | TooFewPartiesError | InvalidInputError | PartyWithdrawalRequiredError> {
    const locked = await this.lock(ctx, partnershipId);
    const { manager, partnership, partyIds } = locked;
    const agreed = partnership.status !== PartnershipStatus.DRAFT;
    const own = await this.memberships.spokenFor(ctx, partyIds);
    if (!agreed || own.length === 0) await this.requireChange(ctx, locked.partyIds);
    const removed = organizationId.toLowerCase();
    if (!partyIds.includes(removed)) return new InvalidInputError('This organisation is not a party to the partnership', 'organizationId');
    if (agreed && !own.includes(removed)) return new PartyWithdrawalRequiredError(removed, partnership.status);
    if (partyIds.length <= minParties) {
      return new TooFewPartiesError(
        agreed
          ? 'A partnership keeps at least two parties: to end a two-party partnership, terminate it (changePartnershipStatus) instead'
          : 'A partnership keeps at least two parties; add another party before removing this one',
        'organizationId',
      );
    }

    await manager.delete(PartnershipPartyEntity, { partnershipId: partnership.id, organizationId: removed });
    const after = partyIds.filter((id) => id !== removed);
    // Recorded for the removed party too: its admins see why the partnership left their list.
    await this.record(ctx, agreed ? 'partnership.party_withdrawn' : 'partnership.party_removed', partnership.id, partyIds, { partyIds: { before: partyIds, after } });
    await this.supersedeOpen(ctx, manager, partnership.id, partyIds);
    return this.touched(manager, partnership.id);
  }

  async changeStatus(ctx: RequestContext, partnershipId: string, status: PartnershipStatus): Promise<PartnershipModel | InvalidTransitionError | ConsentPendingError> {
    const { manager, partnership, partyIds } = await this.lockForChange(ctx, partnershipId);
    if (!partnershipLifecycle.canMove(partnership.status, status)) {
      return new InvalidTransitionError(partnership.status, status, partnershipLifecycle.allowedFrom(partnership.status));
    }
    if (status === PartnershipStatus.ACTIVE) {
      const pending = (await this.consentsOf(manager, partnership.id)).filter((party) => party.consent !== PartyConsent.ACCEPTED).map((party) => party.organizationId);
      if (pending.length > 0) return new ConsentPendingError(pending);
    }
    await updateLocked(manager, PartnershipEntity, partnership.id, { status });
    await this.record(ctx, 'partnership.status_changed', partnership.id, partyIds, { status: { before: partnership.status, after: status } });
    await this.supersedeOpen(ctx, manager, partnership.id, partyIds);
    return PartnershipModel.fromEntity(await manager.findOneByOrFail(PartnershipEntity, { id: partnership.id }));
  }

  /**
   * A party's editors or admins accept (or decline) a DRAFT partnership, for every party they speak
   * for. Members of a party who do not speak for it are told FORBIDDEN; others, NOT_FOUND.
   */
  async respond(ctx: RequestContext, partnershipId: string, accept: boolean): Promise<PartnershipModel | ConsentStateError> {
    const { manager, partnership, partyIds } = await this.lock(ctx, partnershipId);
    const mine = await this.memberships.spokenFor(ctx, partyIds);
    if (mine.length === 0) throw forbidden('Only editors and admins of a party may answer for it');
    if (partnership.status !== PartnershipStatus.DRAFT) return new ConsentStateError(partnership.status);
    const consent = accept ? PartyConsent.ACCEPTED : PartyConsent.DECLINED;
    await manager
      .createQueryBuilder()
      .update(PartnershipPartyEntity)
      .set({ consent, decidedBy: ctx.userId ?? null, decidedAt: () => 'now()' } as object)
      .where('partnership_id = :id AND organization_id IN (:...mine)', { id: partnership.id, mine })
      .execute();
    await this.record(ctx, accept ? 'partnership.accepted' : 'partnership.declined', partnership.id, partyIds, {
      consent: { before: null, after: Object.fromEntries(mine.map((organizationId) => [organizationId, consent])) },
    });
    return this.touched(manager, partnership.id);
  }

  /**
   * A party's editors or admins answer an amendment, for every party they speak for. The last
   * acceptance applies it, with a new version of the partnership; one refusal closes it. Members of a
   * party who do not speak for it are told FORBIDDEN; those who may not see the partnership, NOT_FOUND.
   */
  async answerAmendment(
    ctx: RequestContext,
    amendmentId: string,
    accept: boolean,
  ): Promise<PartnershipAmendmentModel | AmendmentStateError | VersionConflictError> {
    const manager = managerOf(ctx, this.dataSource);
    const partnershipId = await this.amendments.partnershipOf(manager, amendmentId);
    if (!partnershipId) throw notFound('partnership amendment');
    // The partnership's row is the lock every change of it takes; the amendment is read under it.
    const { partnership, partyIds } = await this.lock(ctx, partnershipId, 'partnership amendment');
    const amendment = await this.amendments.find(manager, amendmentId);
    const mine = await this.memberships.spokenFor(ctx, amendment.consents.map((consent) => consent.organizationId));
    if (mine.length === 0) throw forbidden('Only editors and admins of a party may answer an amendment for it');
    if (amendment.status !== AmendmentStatus.PENDING) return new AmendmentStateError(amendment.status);

    const consent = accept ? PartyConsent.ACCEPTED : PartyConsent.DECLINED;
    await this.amendments.answer(ctx, manager, amendment.id, mine, consent);
    await this.record(ctx, accept ? 'partnership.amendment_accepted' : 'partnership.amendment_declined', partnership.id, partyIds, {
      amendmentId: { before: null, after: amendment.id },
      consent: { before: null, after: Object.fromEntries(mine.map((organizationId) => [organizationId, consent])) },
    });
    if (!accept) {
      await this.amendments.close(manager, amendment.id, AmendmentStatus.DECLINED);
      return this.amendments.find(manager, amendment.id);
    }
    const answered = await this.amendments.find(manager, amendment.id);
    if (answered.consents.some((answer) => answer.consent !== PartyConsent.ACCEPTED)) return answered;
    return this.applyAmendment(ctx, manager, partnership, partyIds, answered);
  }

  /** The open amendment of a partnership the caller may see. */
  openAmendment(ctx: RequestContext, partnership: PartnershipModel): Promise<PartnershipAmendmentModel | null> {
    return this.amendments.open(ctx, partnership.id);
  }

  /** The consent of each party, by organisation id. */
  consentsOf(manager: EntityManager, partnershipId: string): Promise<PartnershipPartyEntity[]> {
    return manager.find(PartnershipPartyEntity, { where: { partnershipId }, order: { organizationId: 'ASC' } });
  }

  /** Keeps the change as an amendment, superseding the open one; the parties the caller speaks for accept it by proposing. */
  private async propose(
    ctx: RequestContext,
    manager: EntityManager,
    current: PartnershipEntity,
    partyIds: string[],
    changes: AuditChanges,
    own: string[],
  ): Promise<PartnershipAmendmentModel> {
    await this.supersedeOpen(ctx, manager, current.id, partyIds);
    const id = await this.amendments.propose(ctx, manager, current.id, current.version, changes, partyIds, own);
    await this.record(ctx, 'partnership.amendment_proposed', current.id, partyIds, {
      ...changes,
      amendmentId: { before: null, after: id },
      awaitingConsentOf: { before: null, after: partyIds.filter((organizationId) => !own.includes(organizationId)) },
    });
    return this.amendments.find(manager, id);
  }

  /** Puts an amendment every party accepted in force, if the partnership is still at the version it was made from. */
  private async applyAmendment(
    ctx: RequestContext,
    manager: EntityManager,
    partnership: PartnershipEntity,
    partyIds: string[],
    amendment: PartnershipAmendmentModel,
  ): Promise<PartnershipAmendmentModel | VersionConflictError> {
    const terms: Partial<Record<(typeof termFields)[number], unknown>> = {};
    const changes: AuditChanges = {};
    for (const change of amendment.changes) {
      const field = termFields.find((term) => term === change.field);
      if (!field) continue;
      terms[field] = change.after;
      changes[field] = { before: change.before, after: change.after };
    }
    const superseded = await updateVersioned(manager, PartnershipEntity, partnership, terms as Partial<PartnershipEntity>, amendment.baseVersion);
    const amendmentId = { before: null, after: amendment.id };
    if (superseded) {
      // The partnership changed after the amendment was made: its terms may no longer mean the same.
      await this.amendments.close(manager, amendment.id, AmendmentStatus.SUPERSEDED);
      await this.record(ctx, 'partnership.amendment_superseded', partnership.id, partyIds, { amendmentId, amendmentStatus: { before: 'PENDING', after: 'SUPERSEDED' } });
      return Object.assign(new VersionConflictError(partnership.version), {
        message: `The partnership changed since this amendment was proposed (now at version ${partnership.version}); the amendment is superseded, propose it again`,
        field: 'amendmentId',
      });
    }
    await this.amendments.close(manager, amendment.id, AmendmentStatus.APPLIED);
    await this.record(ctx, 'partnership.amendment_applied', partnership.id, partyIds, { ...changes, amendmentId });
    return this.amendments.find(manager, amendment.id);
  }

  /** Closes the partnership's open amendment, if any: the partnership it was made for has changed. */
  private async supersedeOpen(ctx: RequestContext, manager: EntityManager, partnershipId: string, partyIds: string[]): Promise<void> {
    const closed = await this.amendments.supersedeOpen(manager, partnershipId);
    if (closed) {
      await this.record(ctx, 'partnership.amendment_superseded', partnershipId, partyIds, {
        amendmentId: { before: null, after: closed },
        amendmentStatus: { before: 'PENDING', after: 'SUPERSEDED' },
      });
    }
  }

  /** Parties the caller speaks for accept by recording them; the others are asked. */
  private async insertParties(ctx: RequestContext, manager: EntityManager, partnershipId: string, organizationIds: string[]): Promise<void> {
    const own = await this.memberships.spokenFor(ctx, organizationIds);
    await manager.insert(
      PartnershipPartyEntity,
      organizationIds.map((organizationId) =>
        own.includes(organizationId)
          ? { partnershipId, organizationId, consent: PartyConsent.ACCEPTED, decidedBy: ctx.userId ?? null, decidedAt: new Date() }
          : { partnershipId, organizationId, consent: PartyConsent.PENDING },
      ),
    );
  }

  /** Asks again every party that answered and that the caller does not speak for; returns them. */
  private async askAgain(ctx: RequestContext, manager: EntityManager, partnershipId: string, partyIds: string[]): Promise<string[]> {
    const own = await this.memberships.spokenFor(ctx, partyIds);
    const others = partyIds.filter((organizationId) => !own.includes(organizationId));
    if (others.length === 0) return [];
    // An UPDATE answers [rows, count].
    const [asked]: [{ organization_id: string }[], number] = await manager.query(
      `UPDATE partnership_party SET consent = 'PENDING', decided_by = NULL, decided_at = NULL
        WHERE partnership_id = $1 AND organization_id = ANY($2) AND consent <> 'PENDING'
        RETURNING organization_id`,
      [partnershipId, others],
    );
    return asked.map((row) => row.organization_id).sort();
  }

  /**
   * The partnership locked for the change, after the caller's rights are checked: those who may not
   * see it are told it does not exist; those who see it but administer none of its parties are
   * told FORBIDDEN.
   */
  private async lockForChange(ctx: RequestContext, partnershipId: string): Promise<Locked> {
    return this.lock(ctx, partnershipId, 'partnership', (partyIds) => this.requireChange(ctx, partyIds));
  }

  private async requireChange(ctx: RequestContext, partyIds: string[]): Promise<void> {
    if (!(await this.access.canAny(ctx, 'organization.update', partyIds))) {
      throw forbidden('Only an admin of one of the parties may change this partnership');
    }
  }

  /**
   * The partnership locked, with its parties, once the caller may see it (NOT_FOUND naming `what`
   * otherwise) and `allowed` did not refuse them.
   */
  private async lock(ctx: RequestContext, partnershipId: string, what = 'partnership', allowed?: (partyIds: string[]) => Promise<void>): Promise<Locked> {
    const manager = managerOf(ctx, this.dataSource);
    const seen = await this.partyIdsOf(manager, partnershipId);
    if (!(await this.access.canAny(ctx, 'organization.read', seen))) throw notFound(what);
    await allowed?.(seen);
    const partnership = await manager.getRepository(PartnershipEntity).findOne({
      where: { id: partnershipId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!partnership) throw notFound(what);
    // Read again under the lock: parties change only while it is held.
    return { manager, partnership, partyIds: await this.partyIdsOf(manager, partnership.id) };
  }

  private async partyIdsOf(manager: EntityManager, partnershipId: string): Promise<string[]> {
    const rows: { organization_id: string }[] = await manager.query(`SELECT organization_id FROM partnership_party WHERE partnership_id = $1`, [partnershipId]);
    return rows.map((row) => row.organization_id).sort();
  }

  /** A change of parties changes the partnership: a new version, a new `updatedAt`. */
  private async touched(manager: EntityManager, id: string): Promise<PartnershipModel> {
    await updateLocked(manager, PartnershipEntity, id, {});
    return PartnershipModel.fromEntity(await manager.findOneByOrFail(PartnershipEntity, { id }));
  }

  /** Ids among `ids` that name no organisation the caller can see in the directory. */
  private async unknownOrganizations(ctx: RequestContext, ids: string[]): Promise<string[]> {
    const found = await Promise.all(ids.map((id) => this.organizations.findById(ctx, id)));
    return ids.filter((_, index) => found[index] === null);
  }

  private async record(ctx: RequestContext, action: string, partnershipId: string, organizationIds: string[], changes: AuditChanges): Promise<void> {
    for (const organizationId of organizationIds) {
      await this.audit.record(ctx, { action, organizationId, entityType: 'Partnership', entityId: partnershipId, changes });
    }
  }
}

function validityError(validFrom: string | null, validUntil: string | null): InvalidInputError | undefined {
  // YYYY-MM-DD strings compare as the days they name.
  if (validFrom && validUntil && validUntil < validFrom) {
    return new InvalidInputError(`validUntil (${validUntil}) must not be before validFrom (${validFrom})`, 'input.validUntil');
  }
  return undefined;
}
