import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type NestedPage, type ReadModel, type ReadScope, type RelationField } from '../common/read/read-model.js';
import { isoTimestamp } from '../common/read/sql.js';
import { userAt } from '../identity/user.read.js';
import { organizationAt } from '../organizations/organization.read.js';
import { PlacementsArgs } from './dto/placement.inputs.js';

/**
 * Placements as the read path serves them: the rule of `AccessService.onPlacement` ('read': members
 * of either side, the person, the supervisor, the tutor) written as SQL, and the person's identity
 * (and the title and topic, which may name them) kept from everyone but the person once withdrawn.
 */

const columns: Record<string, Column> = {
  id: 'id',
  kind: 'kind',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  status: 'status',
  proposedBy: 'proposed_by_side',
  homeAgreedAt: timestamp('home_agreed_at'),
  hostAgreedAt: timestamp('host_agreed_at'),
  withdrawnAt: timestamp('withdrawn_at'),
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

/** Whether the caller may read the placement at `p`. */
export function placementReadable(p: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${p}.home_organization_id = ANY(${scope.readable}) OR ${p}.host_organization_id = ANY(${scope.readable})
    OR ${scope.user} IN (${p}.person_user_id, ${p}.supervisor_user_id, ${p}.tutor_user_id))`;
}

/** Whether the caller may learn who the placement at `p` is about: anyone who reads it, until the person withdraws it; the person always. */
function personVisible(p: string, scope: ReadScope): string {
  return `(${p}.status <> 'WITHDRAWN' OR ${p}.person_user_id = ${scope.user})`;
}

/** The page of placements the arguments ask for, over `p`, among those the caller may read; newest first. */
export function placementPage(p: string, args: PlacementsArgs, scope: ReadScope, organizationId?: string): NestedPage {
  const { params } = scope;
  const filter = args.filter ?? {};
  const where = scope.all ? [] : [placementReadable(p, scope)];
  const side = organizationId ?? (filter.organizationId ? `${params.add(filter.organizationId)}::uuid` : undefined);
  if (side) where.push(`(${p}.home_organization_id = ${side} OR ${p}.host_organization_id = ${side})`);
  if (filter.kind?.length) where.push(`${p}.kind = ANY(${params.add(filter.kind)}::text[])`);
  if (filter.status?.length) where.push(`${p}.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.mine === true) where.push(`${p}.person_user_id = ${scope.user}`);
  if (filter.mine === false) where.push(`${p}.person_user_id IS DISTINCT FROM ${scope.user}`);
  if (filter.activeFrom) where.push(`${p}.ends_on >= ${params.add(filter.activeFrom)}::date`);
  if (filter.activeUntil) where.push(`${p}.starts_on <= ${params.add(filter.activeUntil)}::date`);
  return {
    from: `placement ${p}`,
    where,
    keyset: { key: 'CREATED_AT:DESC', kind: 'timestamp', column: `${p}.created_at`, id: `${p}.id`, cursorValue: isoTimestamp(`${p}.created_at`), direction: OrderDirection.DESC },
    first: args.first ?? defaultPageSize,
    after: args.after,
  };
}

/** The person's own field: null to everyone else once they withdrew. */
const ofThePerson = (field: RelationField): RelationField => ({ ...field, when: personVisible });

export const placementReadModels: ReadModel[] = [
  {
    type: 'Placement',
    base: (p) => ({
      ...columnsAt(columns, p),
      title: `${p}.title`,
      topic: `${p}.topic`,
      personUserId: `${p}.person_user_id`,
      homeOrganizationId: `${p}.home_organization_id`,
      hostOrganizationId: `${p}.host_organization_id`,
      supervisorUserId: `${p}.supervisor_user_id`,
      tutorUserId: `${p}.tutor_user_id`,
      homeAgreedById: `${p}.home_agreed_by`,
      hostAgreedById: `${p}.host_agreed_by`,
    }),
    fields: {
      ...columnFields(columns),
      title: { value: (p, scope) => `CASE WHEN ${personVisible(p, scope)} THEN ${p}.title END` },
      topic: { value: (p, scope) => `CASE WHEN ${personVisible(p, scope)} THEN ${p}.topic END` },
      mine: { value: (p, scope) => `coalesce(${p}.person_user_id = ${scope.user}, false)` },
      person: ofThePerson(userAt('person_user_id')),
      supervisor: userAt('supervisor_user_id'),
      tutor: userAt('tutor_user_id'),
      homeAgreedBy: userAt('home_agreed_by'),
      hostAgreedBy: userAt('host_agreed_by'),
      homeOrganization: organizationAt('home_organization_id'),
      hostOrganization: organizationAt('host_organization_id'),
    },
  },
  {
    type: 'Organization',
    fields: {
      placements: {
        type: 'Placement',
        args: PlacementsArgs,
        // The organisation is one of the two sides: a filter naming another one does not apply here.
        page: (o, target, args: PlacementsArgs, scope) => placementPage(target, args, scope, `${o}.id`),
      },
    },
  },
];
