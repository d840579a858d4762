import { orcidBase } from '../common/identifiers.js';
import { columnFields, columnsAt, timestamp, type Column, type ReadModel } from '../common/read/read-model.js';

const columns: Record<string, Column> = {
  id: 'id',
  displayName: 'display_name',
  platformRole: 'platform_role',
  // NULL stays NULL: text || NULL is NULL.
  orcid: (u) => `'${orcidBase}' || ${u}.orcid`,
  disabled: (u) => `${u}.disabled_at IS NOT NULL`,
  createdAt: timestamp('created_at'),
};

/** People as others see them; the email address stays with its resolver, which decides who may see it. */
export const userReadModels: ReadModel[] = [
  {
    type: 'User',
    base: (u) => ({ ...columnsAt(columns, u), email: `${u}.email` }),
    fields: columnFields(columns),
  },
];
