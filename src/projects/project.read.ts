import { columnFields, columnsAt, timestamp, type Column, type ReadModel, type ReadScope } from '../common/read/read-model.js';
import { moneySql } from '../common/read/sql.js';
import { organizationAt } from '../organizations/organization.read.js';

/**
 * Projects, their participants and programmes as the read path serves them: the access rules of
 * `AccessService.canOnProject` written as SQL over the caller's readable organisations.
 */

const projectColumns: Record<string, Column> = {
  id: 'id',
  code: 'code',
  title: 'title',
  summary: 'summary',
  description: 'description',
  status: 'status',
  startDate: 'start_date',
  endDate: 'end_date',
  visibility: 'visibility',
  icfFactors: 'icf_factors',
  keywords: 'keywords',
  programmeId: 'programme_id',
  version: 'version',
  createdAt: timestamp('created_at'),
  updatedAt: timestamp('updated_at'),
};

const participantColumns: Record<string, Column> = {
  id: 'id',
  projectId: 'project_id',
  role: 'role',
  status: 'status',
  since: 'since',
  until: 'until',
  version: 'version',
};

const programmeColumns: Record<string, Column> = { id: 'id', code: 'code', name: 'name', description: 'description' };

/** Whether one of the caller's organisations takes part in (or is invited to) the project: who sees its money. */
export function projectConfidentialReadable(projectId: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `EXISTS (SELECT 1 FROM project_participant reader WHERE reader.project_id = ${projectId} AND reader.status IN ('ACTIVE', 'INVITED') AND reader.organization_id = ANY(${scope.readable}))`;
}

/** Whether the caller may read the project at all: public ones, and those it takes part in. */
export function projectReadable(alias: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `(${alias}.visibility = 'PUBLIC' OR ${projectConfidentialReadable(`${alias}.id`, scope)})`;
}

export const projectReadModels: ReadModel[] = [
  {
    type: 'Project',
    base: (p) => ({ ...columnsAt(projectColumns, p), budgetAmount: `${p}.budget_amount::text`, budgetCurrency: `${p}.budget_currency` }),
    fields: {
      ...columnFields(projectColumns),
      budget: { value: (p, scope) => `CASE WHEN ${projectConfidentialReadable(`${p}.id`, scope)} THEN ${moneySql(`${p}.budget_amount`, `${p}.budget_currency`)} END` },
      participants: {
        type: 'ProjectParticipant',
        from: (p, target) => `project_participant ${target} WHERE ${target}.project_id = ${p}.id`,
        orderBy: (target) => `${target}.created_at, ${target}.id`,
      },
      programme: { type: 'Programme', from: (p, target) => `programme ${target} WHERE ${target}.id = ${p}.programme_id` },
    },
  },
  {
    type: 'ProjectParticipant',
    base: (pp) => ({
      ...columnsAt(participantColumns, pp),
      organizationId: `${pp}.organization_id`,
      projectVisibility: `(SELECT visibility FROM project WHERE id = ${pp}.project_id)`,
      cashAmount: `${pp}.cash_amount::text`,
      cashCurrency: `${pp}.cash_currency`,
      inKindDescription: `${pp}.in_kind_description`,
      inKindValueAmount: `${pp}.in_kind_value_amount::text`,
      inKindValueCurrency: `${pp}.in_kind_value_currency`,
    }),
    fields: {
      ...columnFields(participantColumns),
      organization: organizationAt('organization_id'),
      contribution: {
        value: (pp, scope) =>
          `CASE WHEN ${projectConfidentialReadable(`${pp}.project_id`, scope)} THEN json_build_object(
             'cash', ${moneySql(`${pp}.cash_amount`, `${pp}.cash_currency`)},
             'inKindDescription', ${pp}.in_kind_description,
             'inKindValue', ${moneySql(`${pp}.in_kind_value_amount`, `${pp}.in_kind_value_currency`)}) END`,
      },
    },
  },
  {
    type: 'Programme',
    base: (g) => ({ ...columnsAt(programmeColumns, g), ownerOrganizationId: `${g}.owner_organization_id` }),
    fields: { ...columnFields(programmeColumns), owner: organizationAt('owner_organization_id') },
  },
];
