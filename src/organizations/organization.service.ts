import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import type { RequestContext } from '../common/request-context.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationModel } from './organization.model.js';
import type { OrganizationKind } from './organization.enums.js';
import { notFound } from '../common/errors.js';

/** The organisation directory: public profiles of every actor. */
@Injectable()
export class OrganizationService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly access: AccessService,
  ) {}

  /** Archived organisations exist only for platform admins. */
  private visible(ctx: RequestContext, entity: OrganizationEntity | null): entity is OrganizationEntity {
    return entity !== null && (entity.archivedAt === null || this.access.isPlatformAdmin(ctx));
  }

  /** The parent of an organisation, batched per request. */
  parentOf(ctx: RequestContext, organization: OrganizationModel): Promise<OrganizationModel | null> {
    if (!organization.parentId) return Promise.resolve(null);
    return this.findById(ctx, organization.parentId);
  }

  /** An organisation by id, batched per request (for relations from other domains). */
  findById(ctx: RequestContext, id: string): Promise<OrganizationModel | null> {
    return this.byId(ctx).load(id);
  }

  /**
   * Organisations by slug as the directory shows them (archived ones to platform admins only), read
   * in `manager`'s transaction: for imports that name organisations by their slugs.
   */
  async bySlugs(ctx: RequestContext, manager: EntityManager, slugs: string[]): Promise<Map<string, OrganizationModel>> {
    if (slugs.length === 0) return new Map();
    const found = await manager.find(OrganizationEntity, { where: { slug: In([...new Set(slugs)]) } });
    return new Map(found.filter((entity) => this.visible(ctx, entity)).map((entity) => [entity.slug, OrganizationModel.fromEntity(entity)]));
  }

  /** Whether the organisation exists and is not archived, read in `manager`'s transaction (for records that name it). */
  async isActive(manager: EntityManager, id: string): Promise<boolean> {
    return manager.existsBy(OrganizationEntity, { id, archivedAt: IsNull() });
  }

  /** What other domains check before naming an organisation in a record: its name, kind and badge; null when there is none (archived or not: see `isActive`). */
  async standingOf(manager: EntityManager, id: string): Promise<{ name: string; kind: OrganizationKind; verified: boolean } | null> {
    return manager.findOne(OrganizationEntity, { where: { id }, select: { name: true, kind: true, verified: true } });
  }

  /** Those of `ids` that name no organisation, archived or not. */
  async missing(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await manager.find(OrganizationEntity, { where: { id: In(ids) }, select: { id: true } });
    return ids.filter((id) => !found.some((row) => row.id === id));
  }

  /**
   * Locks the organisation's row until the transaction ends. Every change to who administers an
   * organisation takes this lock first, so such changes to one organisation happen one at a time
   * and each counts admins after the previous one committed. FOR NO KEY UPDATE, not FOR UPDATE: it
   * conflicts with itself (and with profile updates) but not with the key-share locks that inserting
   * a membership or invitation takes on the organisation, so joining is never blocked by it.
   * NOT_FOUND (naming `what`) when there is none, or it is archived and the caller no platform admin.
   */
  async lockForAdministration(ctx: RequestContext, manager: EntityManager, organizationId: string, what: string): Promise<void> {
    const rows: { archived_at: Date | null }[] = await manager.query(`SELECT archived_at FROM organization WHERE id = $1 FOR NO KEY UPDATE`, [organizationId]);
    if (rows.length === 0 || (rows[0].archived_at && !this.access.isPlatformAdmin(ctx))) throw notFound(what);
  }

  /** The direct children of an organisation, by name, batched per request. */
  childrenOf(ctx: RequestContext, organization: OrganizationModel): Promise<OrganizationModel[]> {
    const loader = ctx.loader('organization.childrenByParentId', () => new DataLoader<string, OrganizationModel[]>(async (parentIds) => {
      const children = await this.organizations.find({
        where: { parentId: In([...parentIds]) },
        order: { name: 'ASC', id: 'ASC' },
      });
      const byParent = new Map<string, OrganizationModel[]>(parentIds.map((id) => [id, []]));
      for (const child of children) {
        if (this.visible(ctx, child)) byParent.get(child.parentId!)!.push(OrganizationModel.fromEntity(child));
      }
      return parentIds.map((id) => byParent.get(id)!);
    }));
    return loader.load(organization.id);
  }

  private byId(ctx: RequestContext): DataLoader<string, OrganizationModel | null> {
    return ctx.loader('organization.byId', () => new DataLoader<string, OrganizationModel | null>(async (ids) => {
      const found = await this.organizations.findBy({ id: In([...ids]) });
      const byId = new Map(found.filter((entity) => this.visible(ctx, entity)).map((entity) => [entity.id, OrganizationModel.fromEntity(entity)]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }
}
