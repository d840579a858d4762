import { rorBase } from '../common/identifiers.js';
import { columnFields, columnsAt, timestamp, type Column, type ReadModel, type ReadScope, type RelationField } from '../common/read/read-model.js';

const columns: Record<string, Column> = {
  id: 'id',
  slug: 'slug',
  name: 'name',
  nameEn: 'name_en',
  shortName: 'short_name',
  helix: 'helix',
  secondaryHelices: 'secondary_helices',
  kind: 'kind',
  country: 'country',
  province: 'province',
  website: 'website',
  // NULL stays NULL: text || NULL is NULL.
  rorId: (o) => `'${rorBase}' || ${o}.ror_id`,
  description: 'description',
  verified: 'verified',
  archivedAt: timestamp('archived_at'),
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

/** Archived organisations are hidden from everyone but platform admins. */
export function organizationVisible(alias: string, scope: ReadScope): string {
  return scope.all ? 'true' : `${alias}.archived_at IS NULL`;
}

/**
 * The organisations meeting `condition` (SQL over the row at `alias` and the organisation at
 * `target`) that the caller sees, for the relations of every domain; a list when given an `orderBy`.
 */
export function organizationsWhere(condition: (alias: string, target: string) => string): RelationField {
  return {
    type: 'Organization',
    from: (alias, target, scope) => `organization ${target} WHERE ${condition(alias, target)} AND ${organizationVisible(target, scope)}`,
  };
}

/** The organisation a column of another row points at (null when hidden), for the relations of every domain. */
export function organizationAt(idColumn: string): RelationField {
  return organizationsWhere((alias, target) => `${target}.id = ${alias}.${idColumn}`);
}

export const organizationReadModels: ReadModel[] = [
  {
    type: 'Organization',
    base: (o) => ({ ...columnsAt(columns, o), parentId: `${o}.parent_id` }),
    fields: {
      ...columnFields(columns),
      parent: organizationAt('parent_id'),
      children: {
        type: 'Organization',
        from: (o, target, scope) => `organization ${target} WHERE ${target}.parent_id = ${o}.id AND ${organizationVisible(target, scope)}`,
        orderBy: (target) => `${target}.name, ${target}.id`,
      },
    },
  },
];
