import { Injectable } from '@nestjs/common';
import type { AuditChanges } from '../audit/audit.service.js';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { AmendmentStatus } from './partnership-amendment.entity.js';
import { PartnershipAmendmentModel } from './partnership-amendment.model.js';
import { PartyConsent } from './partnership.entity.js';

interface AmendmentRow {
  id: string;
  partnership_id: string;
  changes: AuditChanges;
  base_version: number;
  status: AmendmentStatus;
  proposed_by: string | null;
  created_at: Date;
  decided_at: Date | null;
  consents: { organizationId: string; consent: PartyConsent; decidedAt: string | null }[];
}

/** An amendment with every party's answer, in one statement however many amendments are read. */
const amendmentSql = (where: string) => `
  SELECT a.id, a.partnership_id, a.changes, a.base_version, a.status, a.proposed_by, a.created_at, a.decided_at,
         COALESCE((SELECT json_agg(json_build_object('organizationId', c.organization_id, 'consent', c.consent, 'decidedAt', c.decided_at)
                                   ORDER BY c.organization_id)
                     FROM partnership_amendment_consent c WHERE c.amendment_id = a.id), '[]'::json) AS consents
    FROM partnership_amendment a
   WHERE ${where}`;

/** The order terms are listed in, as on `Partnership`. */
const termOrder = ['type', 'title', 'description', 'signedOn', 'validFrom', 'validUntil', 'documentReference'];

/**
 * The amendments of partnerships: the only code that reads or writes their tables. The decisions
 * (who may propose, answer, when one applies) are PartnershipAdminService's; it calls these inside
 * its transaction, with the partnership's row locked.
 */
@Injectable()
export class PartnershipAmendmentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records a new amendment, with an answer row for every party: those the proposer speaks for have
   * accepted by proposing, the others are asked. The caller has superseded any open one first.
   */
  async propose(
    ctx: RequestContext,
    manager: EntityManager,
    partnershipId: string,
    baseVersion: number,
    changes: AuditChanges,
    partyIds: string[],
    own: string[],
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO partnership_amendment (partnership_id, changes, base_version, proposed_by) VALUES ($1, $2::jsonb, $3, $4) RETURNING id`,
      [partnershipId, JSON.stringify(changes), baseVersion, ctx.userId ?? null],
    );
    const accepted = partyIds.filter((organizationId) => own.includes(organizationId));
    const asked = partyIds.filter((organizationId) => !own.includes(organizationId));
    await manager.query(
      `INSERT INTO partnership_amendment_consent (amendment_id, organization_id, consent, decided_by, decided_at)
       SELECT $1::uuid, unnest($2::uuid[]), 'ACCEPTED', $4::uuid, now()
        UNION ALL
       SELECT $1::uuid, unnest($3::uuid[]), 'PENDING', NULL::uuid, NULL::timestamptz`,
      [id, accepted, asked, ctx.userId ?? null],
    );
    return id;
  }

  /** Closes the partnership's open amendment as SUPERSEDED; its id, or null when none was open. */
  async supersedeOpen(manager: EntityManager, partnershipId: string): Promise<string | null> {
    // An UPDATE answers [rows, count].
    const [closed]: [{ id: string }[], number] = await manager.query(
      `UPDATE partnership_amendment SET status = 'SUPERSEDED', decided_at = now() WHERE partnership_id = $1 AND status = 'PENDING' RETURNING id`,
      [partnershipId],
    );
    return closed[0]?.id ?? null;
  }

  /** The partnership an amendment belongs to, or null when there is no such amendment. */
  async partnershipOf(manager: EntityManager, amendmentId: string): Promise<string | null> {
    const [row]: { partnership_id: string }[] = await manager.query(`SELECT partnership_id FROM partnership_amendment WHERE id = $1`, [amendmentId]);
    return row?.partnership_id ?? null;
  }

  /** Records the answer of the parties given, for an open amendment. */
  async answer(ctx: RequestContext, manager: EntityManager, amendmentId: string, organizationIds: string[], consent: PartyConsent): Promise<void> {
    await manager.query(
      `UPDATE partnership_amendment_consent SET consent = $3, decided_by = $4, decided_at = now()
        WHERE amendment_id = $1 AND organization_id = ANY($2)`,
      [amendmentId, organizationIds, consent, ctx.userId ?? null],
    );
  }

  async close(manager: EntityManager, amendmentId: string, status: AmendmentStatus): Promise<void> {
    await manager.query(`UPDATE partnership_amendment SET status = $2, decided_at = now() WHERE id = $1`, [amendmentId, status]);
  }

  async find(manager: EntityManager, amendmentId: string): Promise<PartnershipAmendmentModel> {
    const [row]: AmendmentRow[] = await manager.query(amendmentSql('a.id = $1'), [amendmentId]);
    return toModel(row);
  }

  /**
   * The open amendment of a partnership (the caller has checked that it may see the partnership).
   * Batched per request: one statement for a whole page of partnerships.
   */
  open(ctx: RequestContext, partnershipId: string): Promise<PartnershipAmendmentModel | null> {
    const loader = ctx.loader('partnership.openAmendment', () => new DataLoader<string, PartnershipAmendmentModel | null>(async (partnershipIds) => {
      const rows: AmendmentRow[] = await managerOf(ctx, this.dataSource).query(amendmentSql(`a.partnership_id = ANY($1) AND a.status = 'PENDING'`), [[...partnershipIds]]);
      const byPartnership = new Map(rows.map((row) => [row.partnership_id, toModel(row)]));
      return partnershipIds.map((id) => byPartnership.get(id) ?? null);
    }));
    return loader.load(partnershipId);
  }
}

function toModel(row: AmendmentRow): PartnershipAmendmentModel {
  const text = (value: unknown) => (value == null ? null : String(value));
  return Object.assign(new PartnershipAmendmentModel(), {
    id: row.id,
    partnershipId: row.partnership_id,
    status: row.status,
    changes: Object.entries(row.changes)
      .sort(([a], [b]) => termOrder.indexOf(a) - termOrder.indexOf(b))
      .map(([field, change]) => ({ field, before: text(change.before), after: text(change.after) })),
    baseVersion: row.base_version,
    proposedBy: row.proposed_by,
    consents: row.consents.map((consent) => ({ ...consent, decidedAt: consent.decidedAt ? new Date(consent.decidedAt) : null })),
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  });
}
