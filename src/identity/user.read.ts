import { orcidBase } from '../common/identifiers.js';
import { columnFields, columnsAt, timestamp, type Column, type ReadModel, type RelationField } from '../common/read/read-model.js';

const columns: Record<string, Column> = {
  id: 'id',
  displayName: 'display_name',
  platformRole: 'platform_role',
  // NULL stays NULL: text || NULL is NULL.
  orcid: (u) => `'${orcidBase}' || ${u}.orcid`,
  disabled: (u) => `${u}.disabled_at IS NOT NULL`,
  createdAt: timestamp('created_at'),
};

/** The person a column of another row points at, for the relations of every domain. */
export function userAt(idColumn: string): RelationField {
  return { type: 'User', from: (alias, target) => `user_account ${target} WHERE ${target}.id = ${alias}.${idColumn}` };
}

/** People as others see them; the email address and language stay with their resolvers, which decide who may see them. */
export const userReadModels: ReadModel[] = [
  {
    type: 'User',
    base: (u) => ({ ...columnsAt(columns, u), email: `${u}.email`, language: `${u}.language` }),
    fields: columnFields(columns),
  },
];
