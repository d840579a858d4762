import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import { AppError, foundOr, notVisible } from '../common/errors.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import type { RequestContext } from '../common/request-context.js';
import { databaseToday } from '../common/database-today.js';
import { managerOf } from '../common/transaction.js';
import { MembershipService } from '../memberships/membership.service.js';
import type { SetTechnologyOwnersInput } from './dto/technology.inputs.js';
import { shrunkOwners } from './shares.js';
import { TechnologyOwnersProposalModel } from './technology-owners-proposal.model.js';
import { TechnologyEntity } from './technology.entity.js';
import { OwnerConsent, OwnersProposalStatus } from './technology.enums.js';
import { TechnologyModel } from './technology.model.js';
import { describeOwners, TechnologyService, type OwnerRow } from './technology.service.js';
import { OwnersProposalStateError } from './technology-owners-proposal.errors.js';
import { SharesDoNotTotalError } from './technology.errors.js';

interface ProposalRow {
  id: string;
  technology_id: string;
  owners: OwnerRow[];
  status: OwnersProposalStatus;
  created_at: Date;
  decided_at: Date | null;
}

interface ConsentRow {
  organization_id: string;
  consent: OwnerConsent;
  decided_at: Date | null;
}

/**
 * Who owns a technology, and the consent that changing it needs. A change that shrinks the share of
 * an owner the caller does not speak for (as its editor or admin) is kept as a proposal; it takes
 * effect, in the transaction of the last acceptance, once every such owner has accepted. Shrinking
 * only one's own organisations' shares (giving to others, adding owners) takes effect at once.
 */
@Injectable()
export class TechnologyOwnershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly technologies: TechnologyService,
    private readonly memberships: MembershipService,
  ) {}

  async setOwners(
    ctx: RequestContext,
    input: SetTechnologyOwnersInput,
  ): Promise<TechnologyModel | TechnologyOwnersProposalModel | VersionConflictError | SharesDoNotTotalError | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.technologies.lockManaged(ctx, manager, input.technologyId);
    if (current.version !== input.expectedVersion) return new VersionConflictError(current.version);
    const owners = this.technologies.ownerRows(input.owners, await databaseToday(ctx, this.dataSource));
    const problem = await this.technologies.ownersProblem(manager, owners, 'input.owners');
    if (problem) return problem;

    const shrunk = shrunkOwners(await this.technologies.ownerPeriods(manager, current.id), owners);
    const own = await this.memberships.spokenFor(ctx, shrunk);
    if (shrunk.every((organizationId) => own.includes(organizationId))) return this.technologies.replaceOwners(ctx, manager, current, owners);

    // One open proposal per technology: the newest replaces the one before.
    await manager.query(`UPDATE technology_owners_proposal SET status = 'SUPERSEDED', decided_at = now() WHERE technology_id = $1 AND status = 'PENDING'`, [current.id]);
    const proposed = owners.map(({ organizationId, share, validFrom, validUntil }) => ({ organizationId, share, validFrom, validUntil }));
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO technology_owners_proposal (technology_id, owners, proposed_by) VALUES ($1, $2::jsonb, $3) RETURNING id`,
      [current.id, JSON.stringify(proposed), ctx.userId ?? null],
    );
    await this.askConsent(ctx, manager, id, shrunk, own);
    await this.technologies.recordForOwners(
      ctx,
      manager,
      current.id,
      'technology.owners_proposed',
      { owners: { before: null, after: describeOwners(owners) }, awaitingConsentOf: { before: null, after: shrunk.filter((organizationId) => !own.includes(organizationId)) } },
      owners.map((owner) => owner.organizationId),
      { type: 'TechnologyOwnersProposal', id },
    );
    return this.proposal(manager, id);
  }

  /**
   * Editors and admins of an owner whose share the proposal shrinks answer for their organisations
   * (all those they speak for). The last acceptance puts the new owners in force; one refusal ends it.
   */
  async respond(
    ctx: RequestContext,
    proposalId: string,
    accept: boolean,
  ): Promise<TechnologyOwnersProposalModel | OwnersProposalStateError | SharesDoNotTotalError | VersionConflictError> {
    const manager = managerOf(ctx, this.dataSource);
    const [found]: { technology_id: string }[] = await manager.query(`SELECT technology_id FROM technology_owners_proposal WHERE id = $1`, [proposalId]);
    if (!found) throw notVisible('proposal');
    // The technology's row is the lock every change of its owners takes.
    const technology = await this.lockReadable(ctx, manager, found.technology_id);
    const proposal = await this.proposalRow(manager, proposalId);
    const consents = await this.consentRows(manager, proposalId);
    const mine = await this.memberships.spokenFor(ctx, consents.map((row) => row.organization_id));
    if (mine.length === 0) throw new AppError('FORBIDDEN', 'Only editors and admins of an owner whose share the proposal shrinks may answer it');
    if (proposal.status !== OwnersProposalStatus.PENDING) {
      return new OwnersProposalStateError(proposal.status, `This proposal is ${proposal.status}, no longer open`, 'proposalId');
    }
    await manager.query(
      `UPDATE technology_owners_consent SET consent = $3, decided_by = $4, decided_at = now()
        WHERE proposal_id = $1 AND organization_id = ANY($2)`,
      [proposalId, mine, accept ? OwnerConsent.ACCEPTED : OwnerConsent.DECLINED, ctx.userId ?? null],
    );
    const entity = { type: 'TechnologyOwnersProposal', id: proposalId };
    const answered = { organizationIds: { before: null, after: mine } };
    if (!accept) {
      await manager.query(`UPDATE technology_owners_proposal SET status = 'DECLINED', decided_at = now() WHERE id = $1`, [proposalId]);
      await this.technologies.recordForOwners(ctx, manager, technology.id, 'technology.owners_declined', answered, [], entity);
      return this.proposal(manager, proposalId);
    }
    await this.technologies.recordForOwners(ctx, manager, technology.id, 'technology.owners_accepted', answered, [], entity);
    return this.putInForceIfAgreed(ctx, manager, technology, proposal);
  }

  /** The open proposal of a technology, for those who manage it (its owners' editors and admins). */
  async openProposal(ctx: RequestContext, technologyId: string): Promise<TechnologyOwnersProposalModel | null> {
    if (!(await this.access.can(ctx, 'technology.manage', technologyId))) return null;
    // One statement for a whole list of technologies; open proposals are few, and read one by one.
    const openIds = ctx.loader('technology.openOwnersProposal', () => new DataLoader<string, string | null>(async (technologyIds) => {
      const rows: { technology_id: string; id: string }[] = await managerOf(ctx, this.dataSource).query(
        `SELECT technology_id, id FROM technology_owners_proposal WHERE technology_id = ANY($1) AND status = 'PENDING'`,
        [technologyIds],
      );
      const byTechnology = new Map(rows.map((row) => [row.technology_id, row.id]));
      return technologyIds.map((id) => byTechnology.get(id) ?? null);
    }));
    const open = await openIds.load(technologyId);
    return open ? this.proposal(managerOf(ctx, this.dataSource), open) : null;
  }

  /**
   * Owners may have changed since the proposal was made: whoever it shrinks now and has not
   * accepted is asked too, and the proposal waits for them.
   */
  private async putInForceIfAgreed(
    ctx: RequestContext,
    manager: EntityManager,
    technology: TechnologyEntity,
    proposal: ProposalRow,
  ): Promise<TechnologyOwnersProposalModel | SharesDoNotTotalError | VersionConflictError> {
    const consents = await this.consentRows(manager, proposal.id);
    const accepted = consents.filter((row) => row.consent === OwnerConsent.ACCEPTED).map((row) => row.organization_id);
    const shrunk = shrunkOwners(await this.technologies.ownerPeriods(manager, technology.id), proposal.owners);
    const missing = shrunk.filter((organizationId) => !accepted.includes(organizationId));
    if (missing.length > 0) {
      await this.askConsent(ctx, manager, proposal.id, missing, []);
      return this.proposal(manager, proposal.id);
    }
    const result = await this.technologies.replaceOwners(ctx, manager, technology, proposal.owners);
    if (!(result instanceof TechnologyModel)) return result;
    await manager.query(`UPDATE technology_owners_proposal SET status = 'ACCEPTED', decided_at = now() WHERE id = $1`, [proposal.id]);
    return this.proposal(manager, proposal.id);
  }

  /** Consent rows for the organisations: those the caller speaks for have accepted by proposing. */
  private async askConsent(ctx: RequestContext, manager: EntityManager, proposalId: string, organizationIds: string[], own: string[]): Promise<void> {
    for (const organizationId of organizationIds) {
      const mine = own.includes(organizationId);
      await manager.query(
        `INSERT INTO technology_owners_consent (proposal_id, organization_id, consent, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::boolean THEN now() END)
         ON CONFLICT (proposal_id, organization_id) DO NOTHING`,
        [proposalId, organizationId, mine ? OwnerConsent.ACCEPTED : OwnerConsent.PENDING, mine ? (ctx.userId ?? null) : null, mine],
      );
    }
  }

  private async lockReadable(ctx: RequestContext, manager: EntityManager, technologyId: string): Promise<TechnologyEntity> {
    await this.access.requireAccess(ctx, 'technology.read', technologyId);
    const technology = foundOr(await manager.getRepository(TechnologyEntity).findOne({ where: { id: technologyId }, lock: { mode: 'pessimistic_write' } }), 'technology');
    return technology;
  }

  private async proposalRow(manager: EntityManager, id: string): Promise<ProposalRow> {
    const [row]: ProposalRow[] = await manager.query(
      `SELECT id, technology_id, owners, status, created_at, decided_at FROM technology_owners_proposal WHERE id = $1`,
      [id],
    );
    return row;
  }

  private consentRows(manager: EntityManager, proposalId: string): Promise<ConsentRow[]> {
    return manager.query(
      `SELECT organization_id, consent, decided_at FROM technology_owners_consent WHERE proposal_id = $1 ORDER BY organization_id`,
      [proposalId],
    );
  }

  private async proposal(manager: EntityManager, id: string): Promise<TechnologyOwnersProposalModel> {
    const row = await this.proposalRow(manager, id);
    const consents = await this.consentRows(manager, id);
    return Object.assign(new TechnologyOwnersProposalModel(), {
      id: row.id,
      technologyId: row.technology_id,
      status: row.status,
      owners: row.owners.map((owner) => ({ ...owner, share: Number(owner.share).toFixed(2), validUntil: owner.validUntil ?? null })),
      consents: consents.map((consent) => ({ organizationId: consent.organization_id, consent: consent.consent, decidedAt: consent.decided_at })),
      createdAt: row.created_at,
      decidedAt: row.decided_at,
    });
  }
}
