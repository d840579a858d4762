import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import { exactlyOneOf } from '../common/validation.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { encodeCursor } from '../common/pagination/cursor.js';
import { keysetPage, keysetPrecededBy, type KeysetOrder } from '../common/pagination/keyset.js';
import { matchEveryWord } from '../common/search.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { OrganizationFilter, OrganizationLookupArgs, OrganizationOrderField, OrganizationsArgs } from './dto/organizations.args.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationModel } from './organization.model.js';

/** The searchable text of an organisation; must stay identical to `organization_search_idx`. */
const searchDocument = `fold_text(o.name || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.short_name, '') || ' ' || o.slug)`;

const orderColumns: Record<OrganizationOrderField, Pick<KeysetOrder, 'column' | 'kind'>> = {
  [OrganizationOrderField.NAME]: { column: 'o.name', kind: 'text' },
  [OrganizationOrderField.CREATED_AT]: { column: 'o.created_at', kind: 'timestamp' },
  [OrganizationOrderField.UPDATED_AT]: { column: 'o.updated_at', kind: 'timestamp' },
};

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

  async findOne(ctx: RequestContext, { id, slug }: OrganizationLookupArgs): Promise<OrganizationModel | null> {
    const by = exactlyOneOf({ id, slug }, ['id', 'slug']);
    const entity = await this.organizations.findOneBy(by === 'id' ? { id: id! } : { slug: slug! });
    return this.visible(ctx, entity) ? OrganizationModel.fromEntity(entity) : null;
  }

  async list(ctx: RequestContext, args: OrganizationsArgs): Promise<ConnectionShape<OrganizationModel>> {
    const field = args.orderBy?.field ?? OrganizationOrderField.NAME;
    const direction = args.orderBy?.direction ?? OrderDirection.ASC;
    const { column, kind } = orderColumns[field];
    const orderKey = `${field}:${direction}`;
    const first = args.first ?? defaultPageSize;

    const matching = this.filtered(args.filter);
    if (!(args.filter?.includeArchived && this.access.isPlatformAdmin(ctx))) matching.andWhere('o.archived_at IS NULL');
    const keyset: KeysetOrder = { key: orderKey, column, idColumn: 'o.id', direction, kind };
    const page = keysetPage(matching, keyset, first, args.after);
    const rows = first === 0 ? [] : await page.getMany();
    return pageOf(
      rows.map(OrganizationModel.fromEntity),
      { first, after: args.after, precededBy: keysetPrecededBy(matching, keyset, args.after) },
      (node) => encodeCursor({ order: orderKey, value: sortValue(node, field), id: node.id }),
      () => matching.getCount(),
    );
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

  private filtered(filter: OrganizationFilter | undefined): SelectQueryBuilder<OrganizationEntity> {
    const query = this.organizations.createQueryBuilder('o');
    if (!filter) return query;
    if (filter.helix) query.andWhere('o.helix = :helix', { helix: filter.helix });
    if (filter.anyHelix) {
      query.andWhere('(o.helix = :anyHelix OR o.secondary_helices @> ARRAY[:anyHelix]::text[])', { anyHelix: filter.anyHelix });
    }
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.country) query.andWhere('o.country = :country', { country: filter.country.toUpperCase() });
    if (filter.parentId) query.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.topLevel !== undefined) query.andWhere(filter.topLevel ? 'o.parent_id IS NULL' : 'o.parent_id IS NOT NULL');
    if (filter.verified !== undefined) query.andWhere('o.verified = :verified', { verified: filter.verified });
    matchEveryWord(query, searchDocument, filter.search);
    return query;
  }
}

function sortValue(node: OrganizationModel, field: OrganizationOrderField): string {
  switch (field) {
    case OrganizationOrderField.NAME:
      return node.name;
    case OrganizationOrderField.CREATED_AT:
      return node.createdAt.toISOString();
    case OrganizationOrderField.UPDATED_AT:
      return node.updatedAt.toISOString();
  }
}
