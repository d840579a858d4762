import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type NestedPage, type ReadModel, type ReadScope } from '../common/read/read-model.js';
import { isoTimestamp, moneySql, type SqlParams } from '../common/read/sql.js';
import { escapeLike } from '../common/search.js';
import { organizationAt, organizationsWhere } from '../organizations/organization.read.js';
import { technologiesWhere } from '../technologies/technology.read.js';
import { AgreementsArgs, type AgreementFilter, type ObligationFilter } from './dto/agreement.inputs.js';

/**
 * Agreements and their obligations as the read path serves them: the rule of
 * `AccessService.canOnAgreement` ('read': members of a licensor or of the licensee) written as SQL.
 */

const agreementColumns: Record<string, Column> = {
  id: 'id',
  code: 'code',
  title: 'title',
  type: 'type',
  status: 'status',
  territory: 'territory',
  fieldOfUse: 'field_of_use',
  effectiveOn: 'effective_on',
  expiresOn: 'expires_on',
  executedOn: 'executed_on',
  endedOn: 'ended_on',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

const obligationColumns: Record<string, Column> = {
  id: 'id',
  kind: 'kind',
  description: 'description',
  dueOn: 'due_on',
  owedBy: 'owed_by',
  status: 'status',
  metOn: 'met_on',
  outcomeNote: 'outcome_note',
  reportedMetOn: 'reported_met_on',
  reportedAt: timestamp('reported_at'),
  // CURRENT_DATE is the day `databaseToday` reads.
  overdue: (ob) => `(${ob}.status = 'PENDING' AND ${ob}.due_on < CURRENT_DATE)`,
  version: 'version',
};

/** Whether the caller is party to the agreement whose id is `agreementId` (an SQL expression): a member of a licensor or of the licensee. */
export function agreementReadableById(agreementId: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `EXISTS (SELECT 1 FROM agreement rp WHERE rp.id = ${agreementId} AND (rp.licensee_organization_id = ANY(${scope.readable})
    OR EXISTS (SELECT 1 FROM agreement_licensor rl WHERE rl.agreement_id = rp.id AND rl.organization_id = ANY(${scope.readable}))))`;
}

/** Whether the caller is party to the agreement at `alias`. */
export function agreementReadable(alias: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${alias}.licensee_organization_id = ANY(${scope.readable})
    OR EXISTS (SELECT 1 FROM agreement_licensor rl WHERE rl.agreement_id = ${alias}.id AND rl.organization_id = ANY(${scope.readable})))`;
}

/**
 * The agreements meeting `condition` (SQL over the row at `alias` and the agreement at `target`) to
 * which the caller is party, for the relations of every domain.
 */
export function agreementsWhere(condition: (alias: string, target: string) => string) {
  return {
    type: 'Agreement',
    from: (alias: string, target: string, scope: ReadScope) => `agreement ${target} WHERE ${condition(alias, target)} AND ${agreementReadable(target, scope)}`,
  };
}

/** The agreement a column of another row points at, null when the caller is no party (for the relations of every domain). */
export function agreementAt(idColumn: string) {
  return agreementsWhere((alias, target) => `${target}.id = ${alias}.${idColumn}`);
}

/** Agreements one of whose parties is the organisation `organizationId` (an SQL expression). */
function partyTo(a: string, organizationId: string): string {
  return `(${a}.licensee_organization_id = ${organizationId}
    OR EXISTS (SELECT 1 FROM agreement_licensor fl WHERE fl.agreement_id = ${a}.id AND fl.organization_id = ${organizationId}))`;
}

/** The page of agreements the arguments ask for, over `a`, among those the caller is party to; newest first. */
export function agreementPage(a: string, args: AgreementsArgs, scope: ReadScope, organizationId?: string): NestedPage {
  const where = [...(scope.all ? [] : [agreementReadable(a, scope)]), ...agreementFilterConditions(a, args.filter, scope.params)];
  if (organizationId) where.push(partyTo(a, organizationId));
  return {
    from: `agreement ${a}`,
    where,
    keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: `${a}.created_at`, id: `${a}.id`, cursorValue: isoTimestamp(`${a}.created_at`), direction: OrderDirection.DESC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

function agreementFilterConditions(a: string, filter: AgreementFilter | undefined, params: SqlParams): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  if (filter.status?.length) conditions.push(`${a}.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.type?.length) conditions.push(`${a}.type = ANY(${params.add(filter.type)}::text[])`);
  if (filter.organizationId) conditions.push(partyTo(a, `${params.add(filter.organizationId)}::uuid`));
  if (filter.technologyId) {
    conditions.push(`EXISTS (SELECT 1 FROM agreement_technology ft WHERE ft.agreement_id = ${a}.id AND ft.technology_id = ${params.add(filter.technologyId)}::uuid)`);
  }
  // The same expression as `agreement_search_idx`, so the index serves it.
  for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean)) {
    conditions.push(`fold_text(${a}.code || ' ' || ${a}.title || ' ' || coalesce(${a}.field_of_use, '')) LIKE '%' || fold_text(${params.add(escapeLike(word))}::text) || '%'`);
  }
  return conditions;
}

/** The page of obligations, over `ob`, under the agreements the caller is party to; earliest due first. */
export function obligationPage(ob: string, args: { first?: number; after?: string | null; filter?: ObligationFilter }, scope: ReadScope): NestedPage {
  const { params } = scope;
  const filter = args.filter ?? {};
  const where = scope.all ? [] : [agreementReadableById(`${ob}.agreement_id`, scope)];
  if (filter.status?.length) where.push(`${ob}.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.dueFrom) where.push(`${ob}.due_on >= ${params.add(filter.dueFrom)}::date`);
  if (filter.dueUntil) where.push(`${ob}.due_on <= ${params.add(filter.dueUntil)}::date`);
  if (filter.overdueOnly) where.push(`${ob}.status = 'PENDING' AND ${ob}.due_on < CURRENT_DATE`);
  if (filter.owedBy) where.push(`${ob}.owed_by = ${params.add(filter.owedBy)}::text`);
  if (filter.agreementId) where.push(`${ob}.agreement_id = ${params.add(filter.agreementId)}::uuid`);
  if (filter.organizationId) {
    where.push(`EXISTS (SELECT 1 FROM agreement fa WHERE fa.id = ${ob}.agreement_id AND ${partyTo('fa', `${params.add(filter.organizationId)}::uuid`)})`);
  }
  return {
    from: `agreement_obligation ${ob}`,
    where,
    keyset: { key: 'DUE_ON:ASC', kind: 'date', column: `${ob}.due_on`, id: `${ob}.id`, cursorValue: `${ob}.due_on::text`, direction: OrderDirection.ASC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

export const agreementReadModels: ReadModel[] = [
  {
    type: 'Agreement',
    base: (a) => ({
      ...columnsAt(agreementColumns, a),
      licenseeOrganizationId: `${a}.licensee_organization_id`,
      currency: `trim(${a}.currency)`,
      upfrontFee: `${a}.upfront_fee::text`,
      royaltyRate: `${a}.royalty_rate::text`,
    }),
    fields: {
      ...columnFields(agreementColumns),
      licensee: organizationAt('licensee_organization_id'),
      // Only the technologies the caller may read.
      technologies: {
        ...technologiesWhere((a, target) => `EXISTS (SELECT 1 FROM agreement_technology lt WHERE lt.agreement_id = ${a}.id AND lt.technology_id = ${target}.id)`),
        orderBy: (target) => `${target}.code, ${target}.id`,
      },
      licensors: {
        ...organizationsWhere((a, target) => `EXISTS (SELECT 1 FROM agreement_licensor l WHERE l.agreement_id = ${a}.id AND l.organization_id = ${target}.id)`),
        orderBy: (target) => `${target}.name, ${target}.id`,
      },
      // Only parties read an agreement, and every party reads its terms.
      terms: {
        value: (a) => `json_build_object(
          'currency', trim(${a}.currency),
          'upfrontFee', ${moneySql(`${a}.upfront_fee`, `${a}.currency`)},
          'royaltyRate', trim_scale(${a}.royalty_rate)::text,
          'milestonePayments', coalesce((SELECT json_agg(json_build_object(
              'id', m.id, 'description', m.description, 'amount', ${moneySql('m.amount', `${a}.currency`)}, 'dueOn', m.due_on, 'status', m.status) ORDER BY m.position)
            FROM agreement_milestone_payment m WHERE m.agreement_id = ${a}.id), '[]'::json))`,
      },
      obligations: {
        type: 'AgreementObligation',
        from: (a, target) => `agreement_obligation ${target} WHERE ${target}.agreement_id = ${a}.id`,
        orderBy: (target) => `${target}.due_on, ${target}.id`,
      },
    },
  },
  {
    type: 'AgreementObligation',
    base: (ob) => ({ ...columnsAt(obligationColumns, ob), agreementId: `${ob}.agreement_id` }),
    fields: { ...columnFields(obligationColumns), agreement: agreementAt('agreement_id') },
  },
  {
    type: 'Organization',
    fields: {
      agreements: {
        type: 'Agreement',
        args: AgreementsArgs,
        // The organisation is the row's own: a filter naming another one does not apply here.
        page: (o, target, args: AgreementsArgs, scope) =>
          agreementPage(target, { ...args, filter: args.filter && { ...args.filter, organizationId: undefined } }, scope, `${o}.id`),
      },
    },
  },
  {
    // Agreements on a technology, below it (the technology's own model lives with the technologies).
    type: 'Technology',
    fields: {
      agreements: {
        type: 'Agreement',
        args: AgreementsArgs,
        page: (t, target, args: AgreementsArgs, scope) => {
          const page = agreementPage(target, { ...args, filter: args.filter && { ...args.filter, technologyId: undefined } }, scope);
          return { ...page, where: [...page.where, `EXISTS (SELECT 1 FROM agreement_technology tt WHERE tt.agreement_id = ${target}.id AND tt.technology_id = ${t}.id)`] };
        },
      },
    },
  },
];
