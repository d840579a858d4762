import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { ConnectionShape } from '../common/pagination/connection.js';
import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { JsonReader } from '../common/read/json-reader.js';
import { isoTimestamp, type SqlParams } from '../common/read/sql.js';
import type { RequestContext } from '../common/request-context.js';
import { escapeLike } from '../common/search.js';
import { exactlyOneOf } from '../common/validation.js';
import { OrganizationOrderField, type OrganizationFilter, type OrganizationLookupArgs, type OrganizationsArgs } from './dto/organizations.args.js';
import { organizationVisible } from './organization.read.js';

/** The searchable text of an organisation; must stay identical to `organization_search_idx`. */
const searchDocument = `fold_text(o.name || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.short_name, '') || ' ' || o.slug)`;

const orderColumns: Record<OrganizationOrderField, { column: string; kind: 'text' | 'timestamp' }> = {
  [OrganizationOrderField.NAME]: { column: 'o.name', kind: 'text' },
  [OrganizationOrderField.CREATED_AT]: { column: 'o.created_at', kind: 'timestamp' },
  [OrganizationOrderField.UPDATED_AT]: { column: 'o.updated_at', kind: 'timestamp' },
};

/**
 * The read path of the organisation directory: a profile or a page of them, with whatever the client
 * selected under them, in one statement (see `JsonReader`). Archived organisations exist only for
 * platform admins.
 */
@Injectable()
export class OrganizationReader {
  constructor(private readonly reader: JsonReader) {}

  /** One organisation by id or slug, answering the selection of `info`; null when there is none or it is archived. */
  findOne(ctx: RequestContext, { id, slug }: OrganizationLookupArgs, info: GraphQLResolveInfo): Promise<unknown> {
    const by = exactlyOneOf({ id, slug }, ['id', 'slug']);
    return this.reader.one(ctx, info, 'Organization', 'o', (scope) => {
      const match = by === 'id' ? `o.id = ${scope.params.add(id)}::uuid` : `o.slug = ${scope.params.add(slug)}::text`;
      return `organization o WHERE ${match} AND ${organizationVisible('o', scope)}`;
    });
  }

  list(ctx: RequestContext, args: OrganizationsArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<unknown>> {
    const field = args.orderBy?.field ?? OrganizationOrderField.NAME;
    const direction = args.orderBy?.direction ?? OrderDirection.ASC;
    const { column, kind } = orderColumns[field];
    return this.reader.page(ctx, info, 'Organization', 'o', (scope) => {
      const where = filterConditions(args.filter, scope.params);
      if (!(args.filter?.includeArchived && scope.all)) where.push('o.archived_at IS NULL');
      return {
        from: 'organization o',
        where,
        keyset: { key: `${field}:${direction}`, kind, column, id: 'o.id', cursorValue: kind === 'timestamp' ? isoTimestamp(column) : column, direction },
        first: args.first ?? defaultPageSize,
        after: args.after,
      };
    });
  }
}

function filterConditions(filter: OrganizationFilter | undefined, params: SqlParams): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  if (filter.helix) conditions.push(`o.helix = ${params.add(filter.helix)}`);
  if (filter.anyHelix) {
    const helix = params.add(filter.anyHelix);
    conditions.push(`(o.helix = ${helix} OR o.secondary_helices @> ARRAY[${helix}]::text[])`);
  }
  if (filter.kind) conditions.push(`o.kind = ${params.add(filter.kind)}`);
  if (filter.country) conditions.push(`o.country = ${params.add(filter.country.toUpperCase())}`);
  if (filter.rorId) conditions.push(`o.ror_id = ${params.add(filter.rorId)}`);
  if (filter.parentId) conditions.push(`o.parent_id = ${params.add(filter.parentId)}::uuid`);
  if (filter.topLevel !== undefined) conditions.push(filter.topLevel ? 'o.parent_id IS NULL' : 'o.parent_id IS NOT NULL');
  if (filter.verified !== undefined) conditions.push(`o.verified = ${params.add(filter.verified)}`);
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    conditions.push(`${searchDocument} LIKE '%' || fold_text(${params.add(escapeLike(word))}) || '%'`);
  }
  return conditions;
}
