import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type NestedPage, type ReadModel, type ReadScope } from '../common/read/read-model.js';
import { isoTimestamp } from '../common/read/sql.js';
import { escapeLike } from '../common/search.js';
import { agreementAt } from '../agreements/agreement.read.js';
import { organizationAt } from '../organizations/organization.read.js';
import { SpinOffsArgs } from './dto/spin-off.inputs.js';

/** Spin-offs as the read path serves them: public, but for the equity held (members of the parent and of the startup). */

const columns: Record<string, Column> = { id: 'id', foundedOn: 'founded_on', status: 'status', version: 'version', createdAt: timestamp('created_at') };

/** The page of spin-offs, over `s`, whose startup is not archived (platform admins see all); newest first. */
export function spinOffPage(s: string, args: SpinOffsArgs, scope: ReadScope, parentId?: string): NestedPage {
  const { params } = scope;
  const filter = args.filter ?? {};
  const startup = `${s}_o`;
  const where = scope.all ? [] : [`${startup}.archived_at IS NULL`];
  if (parentId) where.push(`${s}.parent_organization_id = ${parentId}`);
  else if (filter.parentOrganizationId) where.push(`${s}.parent_organization_id = ${params.add(filter.parentOrganizationId)}::uuid`);
  if (filter.status?.length) where.push(`${s}.status = ANY(${params.add(filter.status)}::text[])`);
  // The same expression as `organization_search_idx`, so the index serves it.
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    where.push(
      `fold_text(${startup}.name || ' ' || coalesce(${startup}.name_en, '') || ' ' || coalesce(${startup}.short_name, '') || ' ' || ${startup}.slug) LIKE '%' || fold_text(${params.add(escapeLike(word))}::text) || '%'`,
    );
  }
  return {
    from: `spin_off ${s} JOIN organization_fact ${startup} ON ${startup}.id = ${s}.organization_id`,
    where,
    keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: `${s}.created_at`, id: `${s}.id`, cursorValue: isoTimestamp(`${s}.created_at`), direction: OrderDirection.DESC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

export const spinOffReadModels: ReadModel[] = [
  {
    type: 'SpinOff',
    // The equity stays out of the base: only its guarded field answers it.
    base: (s) => ({
      ...columnsAt(columns, s),
      organizationId: `${s}.organization_id`,
      parentOrganizationId: `${s}.parent_organization_id`,
      agreementId: `${s}.agreement_id`,
    }),
    fields: {
      ...columnFields(columns),
      equityHeld: {
        value: (s, scope) =>
          scope.all
            ? `${s}.equity_held::text`
            : `CASE WHEN ${s}.parent_organization_id = ANY(${scope.readable}) OR ${s}.organization_id = ANY(${scope.readable}) THEN ${s}.equity_held::text END`,
      },
      organization: organizationAt('organization_id'),
      parentOrganization: organizationAt('parent_organization_id'),
      agreement: agreementAt('agreement_id'),
    },
  },
  {
    type: 'Organization',
    fields: {
      spinOffs: {
        type: 'SpinOff',
        args: SpinOffsArgs,
        // The organisation is the row's own parent: a filter naming another one does not apply here.
        page: (o, target, args: SpinOffsArgs, scope) => spinOffPage(target, args, scope, `${o}.id`),
      },
    },
  },
];
