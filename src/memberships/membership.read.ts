import { OrderDirection } from '../common/pagination/page-info.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { columnFields, columnsAt, timestamp, type Column, type ReadModel } from '../common/read/read-model.js';
import { isoTimestamp } from '../common/read/sql.js';
import { userAt } from '../identity/user.read.js';
import { organizationAt } from '../organizations/organization.read.js';
import { MembersArgs } from './dto/membership.inputs.js';
import { MembershipStatus } from './membership.entity.js';

const columns: Record<string, Column> = {
  id: 'id',
  role: 'role',
  status: 'status',
  position: 'position',
  since: 'since',
  until: 'until',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

export const membershipReadModels: ReadModel[] = [
  {
    type: 'Membership',
    base: (m) => ({ ...columnsAt(columns, m), organizationId: `${m}.organization_id`, userId: `${m}.user_id` }),
    fields: {
      ...columnFields(columns),
      organization: organizationAt('organization_id'),
      user: userAt('user_id'),
    },
  },
  {
    type: 'Organization',
    fields: {
      // As `MembershipService.members` decides: the organisation's members and keys read its active
      // members, its admins every membership. Where that refuses, the page is null and the resolver
      // in code answers with its error.
      members: {
        type: 'Membership',
        args: MembersArgs,
        page: (o, m, args: MembersArgs, scope) => {
          const { role, status } = args.filter ?? {};
          // A function: the caller's administered organisations become a parameter only where this is used.
          const admin = () => (scope.all ? 'true' : `(${o}.archived_at IS NULL AND ${o}.id = ANY(${scope.administered}))`);
          const allowed = [scope.all ? 'true' : `${o}.id = ANY(${scope.readable})`];
          if (status && status !== MembershipStatus.ACTIVE) allowed.push(admin());
          const where = [`${m}.organization_id = ${o}.id`];
          if (status) where.push(`${m}.status = ${scope.params.add(status)}`);
          else where.push(`(${m}.status = 'ACTIVE' OR ${admin()})`);
          if (role) where.push(`${m}.role = ${scope.params.add(role)}`);
          return {
            from: `membership ${m}`,
            where,
            when: allowed.join(' AND '),
            keyset: {
              key: 'CREATED_AT:ASC',
              kind: 'timestamp',
              column: `${m}.created_at`,
              id: `${m}.id`,
              cursorValue: isoTimestamp(`${m}.created_at`),
              direction: OrderDirection.ASC,
            },
            first: args.first ?? defaultPageSize,
            after: args.after,
          };
        },
      },
    },
  },
];
