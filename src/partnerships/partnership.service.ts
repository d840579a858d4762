import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { defaultPageSize, type PaginationArgs } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import type { PartnershipsArgs } from './dto/partnership.inputs.js';
import { PartnershipEntity, PartnershipPartyEntity, PartnershipStatus } from './partnership.entity.js';
import { PartnershipConsentModel, PartnershipModel } from './partnership.model.js';

/** The only ordering of partnership lists: newest first, ties broken by id. */
const order = 'CREATED_AT:DESC';

interface After {
  createdAt: Date;
  id: string;
}

/**
 * Reading partnerships. A partnership is visible to whoever may read one of its parties (their
 * members and API keys, as the access service decides) and to platform admins; to anyone else it
 * does not exist. Single records are checked party by party through `access.can`; lists filter in
 * SQL by `access.readableOrganizationIds`, the same decision in the form of a set.
 */
@Injectable()
export class PartnershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly organizations: OrganizationService,
  ) {}

  /** The partnership, or null when there is none or the caller may not see it. */
  async findOne(ctx: RequestContext, id: string): Promise<PartnershipModel | null> {
    const entity = await this.byId(ctx).load(id.toLowerCase());
    if (!entity || !(await this.access.canAny(ctx, 'organization.read', await this.partyIdsOf(ctx, entity.id)))) return null;
    return PartnershipModel.fromEntity(entity);
  }

  /** Partnerships the caller may see, newest first. */
  async list(ctx: RequestContext, args: PartnershipsArgs): Promise<ConnectionShape<PartnershipModel>> {
    const first = args.first ?? defaultPageSize;
    const after = args.after != null ? decodeAfter(args.after) : undefined;
    const readable = await this.access.readableOrganizationIds(ctx);
    const nothing = () => Promise.resolve(false);
    if (readable !== 'all' && readable.length === 0) return pageOf([], { first, after: args.after, precededBy: nothing }, cursorOf, () => Promise.resolve(0));

    const matching = managerOf(ctx, this.dataSource).getRepository(PartnershipEntity).createQueryBuilder('p');
    if (readable !== 'all') {
      matching.andWhere('EXISTS (SELECT 1 FROM partnership_party v WHERE v.partnership_id = p.id AND v.organization_id = ANY(:readable))', { readable });
    }
    const filter = args.filter ?? {};
    if (filter.organizationId) {
      matching.andWhere('EXISTS (SELECT 1 FROM partnership_party f WHERE f.partnership_id = p.id AND f.organization_id = :organizationId)', {
        organizationId: filter.organizationId,
      });
    }
    if (filter.type) matching.andWhere('p.type = :type', { type: filter.type });
    if (filter.status) matching.andWhere('p.status = :status', { status: filter.status });
    if (filter.activeOn) {
      matching
        .andWhere('p.status = :activeStatus', { activeStatus: PartnershipStatus.ACTIVE })
        .andWhere('(p.valid_from IS NULL OR p.valid_from <= :activeOn) AND (p.valid_until IS NULL OR p.valid_until >= :activeOn)', {
          activeOn: filter.activeOn,
        });
    }

    const page = matching.clone();
    if (after) page.andWhere('(p.created_at, p.id) < (:afterCreatedAt, :afterId)', { afterCreatedAt: after.createdAt, afterId: after.id });
    page.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(first + 1);

    const rows = first === 0 ? [] : await page.getMany();
    const precededBy = async () =>
      after !== undefined &&
      (await matching.clone().andWhere('(p.created_at, p.id) >= (:precedingCreatedAt, :precedingId)', { precedingCreatedAt: after.createdAt, precedingId: after.id }).getExists());
    return pageOf(rows.map(PartnershipModel.fromEntity), { first, after: args.after, precededBy }, cursorOf, () => matching.getCount());
  }

  /**
   * The partnerships of one organisation that the caller may see, newest first. Batched per request:
   * the `partnerships` of a whole page of organisations cost one statement (and one more for
   * `totalCount`), however many organisations the page has.
   */
  async ofOrganization(ctx: RequestContext, organizationId: string, args: PaginationArgs): Promise<ConnectionShape<PartnershipModel>> {
    const first = args.first ?? defaultPageSize;
    const after = args.after != null ? decodeAfter(args.after) : undefined;
    const rows = first === 0 ? [] : await this.byOrganization(ctx, first + 1, after).load(organizationId);
    const precededBy = async () => after !== undefined && (await this.byOrganization(ctx, 1, after, 'atOrBefore').load(organizationId)).length > 0;
    return pageOf(rows.map(PartnershipModel.fromEntity), { first, after: args.after, precededBy }, cursorOf, () => this.countsByOrganization(ctx).load(organizationId));
  }

  /** The parties of a partnership, by name, batched per request (two statements for a whole page). */
  async partiesOf(ctx: RequestContext, partnership: PartnershipModel): Promise<OrganizationModel[]> {
    const ids = await this.partyIdsOf(ctx, partnership.id);
    const parties = await Promise.all(ids.map((id) => this.organizations.findById(ctx, id)));
    // Archived organisations are hidden from all but platform admins, here as everywhere.
    return parties.filter((party): party is OrganizationModel => party !== null);
  }

  /** Each party's consent, by organisation id, batched per request (one statement for a whole page). */
  consentsOf(ctx: RequestContext, partnership: PartnershipModel): Promise<PartnershipConsentModel[]> {
    const loader = ctx.loader('partnership.consents', () => new DataLoader<string, PartnershipConsentModel[]>(async (partnershipIds) => {
      const rows = await managerOf(ctx, this.dataSource).find(PartnershipPartyEntity, {
        where: { partnershipId: In([...partnershipIds]) },
        order: { organizationId: 'ASC' },
      });
      return partnershipIds.map((id) =>
        rows
          .filter((row) => row.partnershipId === id)
          .map((row) => Object.assign(new PartnershipConsentModel(), { organizationId: row.organizationId, consent: row.consent, decidedAt: row.decidedAt })),
      );
    }));
    return loader.load(partnership.id);
  }


  /** The ids of a partnership's parties, by organisation name, batched per request. */
  partyIdsOf(ctx: RequestContext, partnershipId: string): Promise<string[]> {
    const loader = ctx.loader('partnership.partyIds', () => new DataLoader<string, string[]>(async (partnershipIds) => {
      const rows: { partnership_id: string; organization_id: string }[] = await managerOf(ctx, this.dataSource).query(
        `SELECT pp.partnership_id, pp.organization_id
           FROM partnership_party pp JOIN organization_fact o ON o.id = pp.organization_id
          WHERE pp.partnership_id = ANY($1)
          ORDER BY o.name, o.id`,
        [[...partnershipIds]],
      );
      const byPartnership = new Map<string, string[]>(partnershipIds.map((id) => [id, []]));
      for (const row of rows) byPartnership.get(row.partnership_id)?.push(row.organization_id);
      return partnershipIds.map((id) => byPartnership.get(id)!);
    }));
    return loader.load(partnershipId);
  }

  private byId(ctx: RequestContext): DataLoader<string, PartnershipEntity | null> {
    return ctx.loader('partnership.byId', () => new DataLoader<string, PartnershipEntity | null>(async (ids) => {
      const found = await managerOf(ctx, this.dataSource).findBy(PartnershipEntity, { id: In([...ids]) });
      const byId = new Map(found.map((entity) => [entity.id, entity]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }

  /**
   * Up to `limit` visible partnerships of each organisation, newest first: one LATERAL query over the
   * `(organization_id, partnership_id)` index for all organisations, then one to load the rows.
   */
  private byOrganization(ctx: RequestContext, limit: number, after: After | undefined, side: 'after' | 'atOrBefore' = 'after'): DataLoader<string, PartnershipEntity[]> {
    const key = `partnership.byOrganization:${limit}:${side}:${after ? `${after.createdAt.toISOString()}:${after.id}` : ''}`;
    return ctx.loader(key, () => new DataLoader<string, PartnershipEntity[]>(async (organizationIds) => {
      const empty = () => organizationIds.map((): PartnershipEntity[] => []);
      const readable = await this.access.readableOrganizationIds(ctx);
      if (readable !== 'all' && readable.length === 0) return empty();
      const manager = managerOf(ctx, this.dataSource);
      const params: unknown[] = [[...organizationIds], limit];
      const conditions: string[] = [];
      if (readable !== 'all') {
        params.push(readable);
        conditions.push(`EXISTS (SELECT 1 FROM partnership_party v WHERE v.partnership_id = p.id AND v.organization_id = ANY($${params.length}))`);
      }
      if (after) {
        params.push(after.createdAt, after.id);
        conditions.push(`(p.created_at, p.id) ${side === 'after' ? '<' : '>='} ($${params.length - 1}, $${params.length})`);
      }
      const ranked: { organization_id: string; id: string }[] = await manager.query(
        `SELECT o.id AS organization_id, x.id
           FROM unnest($1::uuid[]) AS o(id)
           CROSS JOIN LATERAL (
             SELECT p.id, p.created_at
               FROM partnership_party pp JOIN partnership p ON p.id = pp.partnership_id
              WHERE pp.organization_id = o.id ${conditions.map((condition) => `AND ${condition}`).join(' ')}
              ORDER BY p.created_at DESC, p.id DESC
              LIMIT $2
           ) x
          ORDER BY o.id, x.created_at DESC, x.id DESC`,
        params,
      );
      if (ranked.length === 0) return empty();
      const entities = await manager.findBy(PartnershipEntity, { id: In([...new Set(ranked.map((row) => row.id))]) });
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      const byOrganization = new Map<string, PartnershipEntity[]>(organizationIds.map((id) => [id, []]));
      for (const row of ranked) {
        const entity = byId.get(row.id);
        if (entity) byOrganization.get(row.organization_id)?.push(entity);
      }
      return organizationIds.map((id) => byOrganization.get(id) ?? []);
    }));
  }

  /** How many partnerships of each organisation the caller may see, batched per request. */
  private countsByOrganization(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loader('partnership.countByOrganization', () => new DataLoader<string, number>(async (organizationIds) => {
      const readable = await this.access.readableOrganizationIds(ctx);
      if (readable !== 'all' && readable.length === 0) return organizationIds.map(() => 0);
      const params: unknown[] = [[...organizationIds]];
      let visibility = '';
      if (readable !== 'all') {
        params.push(readable);
        visibility = `AND EXISTS (SELECT 1 FROM partnership_party v WHERE v.partnership_id = pp.partnership_id AND v.organization_id = ANY($2))`;
      }
      const rows: { organization_id: string; n: number }[] = await managerOf(ctx, this.dataSource).query(
        `SELECT pp.organization_id, count(*)::int AS n FROM partnership_party pp
          WHERE pp.organization_id = ANY($1) ${visibility}
          GROUP BY pp.organization_id`,
        params,
      );
      const counts = new Map(rows.map((row) => [row.organization_id, row.n]));
      return organizationIds.map((id) => counts.get(id) ?? 0);
    }));
  }
}

function cursorOf(node: PartnershipModel): string {
  return encodeCursor({ order, value: node.createdAt.toISOString(), id: node.id });
}

function decodeAfter(raw: string): After {
  const cursor = decodeCursor(raw, order, 'timestamp');
  return { createdAt: new Date(cursor.value), id: cursor.id };
}
