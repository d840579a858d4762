import { agreementAt, agreementsWhere } from '../agreements/agreement.read.js';
import { columnFields, columnsAt, timestamp, type Column, type ReadModel, type ReadScope } from '../common/read/read-model.js';
import { moneySql } from '../common/read/sql.js';
import { organizationAt } from '../organizations/organization.read.js';

/**
 * Receipts, costs, distributions and policies as the read path serves them. Receipts are read by every
 * party of their agreement (the agreement's own condition); costs and distributions by the licensors'
 * members only, as `AccessService.canOnAgreement('readLicensorSide')`; policies by their
 * organisation's members, as `RevenueService.policiesOf`.
 */

const money = (column: string) => (alias: string) => moneySql(`${alias}.${column}`, `${alias}.currency`);
/** A share in percent without trailing zeros ("50", "12.5"), as `DistributionPolicyModel` writes it. */
const percent = (column: string) => (alias: string) => `trim_scale(${alias}.${column})::text`;

const receiptColumns: Record<string, Column> = {
  id: 'id',
  kind: 'kind',
  amount: money('amount'),
  receivedOn: 'received_on',
  reference: 'reference',
  note: 'note',
  milestonePaymentId: 'milestone_payment_id',
  distributionId: 'distribution_id',
  createdAt: timestamp('created_at'),
};

const costColumns: Record<string, Column> = {
  id: 'id',
  kind: 'kind',
  amount: money('amount'),
  incurredOn: 'incurred_on',
  description: 'description',
  technologyId: 'technology_id',
  filingReference: 'filing_reference',
  distributionId: 'distribution_id',
  createdAt: timestamp('created_at'),
};

const distributionColumns: Record<string, Column> = {
  id: 'id',
  periodEnd: 'period_end',
  gross: money('gross'),
  costs: money('costs'),
  net: money('net'),
  createdAt: timestamp('created_at'),
};

const lineColumns: Record<string, Column> = {
  id: 'id',
  beneficiaryKind: 'beneficiary_kind',
  technologyInventorId: 'technology_inventor_id',
  inventorUserId: 'user_id',
  inventorName: (l) => `coalesce(${l}.external_name, (SELECT u.display_name FROM user_fact u WHERE u.id = ${l}.user_id))`,
  amount: money('amount'),
  status: 'status',
  paidOn: 'paid_on',
  paymentReference: 'payment_reference',
  periodEnd: (l) => `(SELECT d.period_end FROM revenue_distribution d WHERE d.id = ${l}.distribution_id)`,
  version: 'version',
};

const policyColumns: Record<string, Column> = {
  id: 'id',
  organizationId: 'organization_id',
  inventorsShare: percent('inventors_share'),
  unitsShare: percent('units_share'),
  institutionShare: percent('institution_share'),
  validFrom: 'valid_from',
  note: 'note',
  createdAt: timestamp('created_at'),
};

/** Whether the caller is a member of a licensor of the agreement at `a`: what stays with the licensors. */
function licensorSide(a: string, scope: ReadScope): string {
  if (scope.all) return 'true';
  return `EXISTS (SELECT 1 FROM agreement_licensor_fact ls WHERE ls.agreement_id = ${a}.id AND ls.organization_id = ANY(${scope.readable}))`;
}

/** Rows of `table` under the agreement at `a`, over `target`. */
const underAgreement = (table: string) => (a: string, target: string) => `${table} ${target} WHERE ${target}.agreement_id = ${a}.id`;

export const revenueReadModels: ReadModel[] = [
  {
    // The agreement's own model lives with the agreements; its money flows live here.
    type: 'Agreement',
    fields: {
      receipts: { type: 'RevenueReceipt', from: underAgreement('revenue_receipt'), orderBy: (r) => `${r}.received_on, ${r}.created_at, ${r}.id` },
      costs: { type: 'RevenueCost', from: underAgreement('revenue_cost'), orderBy: (c) => `${c}.incurred_on, ${c}.created_at, ${c}.id`, when: licensorSide },
      distributions: {
        type: 'RevenueDistribution',
        from: underAgreement('revenue_distribution'),
        orderBy: (d) => `${d}.created_at, ${d}.id`,
        when: licensorSide,
      },
    },
  },
  {
    type: 'RevenueReceipt',
    base: (r) => columnsAt(receiptColumns, r),
    fields: columnFields(receiptColumns),
  },
  {
    type: 'RevenueCost',
    base: (c) => columnsAt(costColumns, c),
    fields: columnFields(costColumns),
  },
  {
    type: 'RevenueDistribution',
    base: (d) => ({ ...columnsAt(distributionColumns, d), agreementId: `${d}.agreement_id` }),
    fields: {
      ...columnFields(distributionColumns),
      agreement: agreementAt('agreement_id'),
      lines: {
        type: 'DistributionLine',
        from: (d, target) => `distribution_line ${target} WHERE ${target}.distribution_id = ${d}.id`,
        // By payer, then inventors before units before the institution, largest first.
        orderBy: (l) => `(SELECT p.name FROM organization_fact p WHERE p.id = ${l}.payer_organization_id), ${l}.payer_organization_id,
          CASE ${l}.beneficiary_kind WHEN 'INVENTOR' THEN 0 WHEN 'UNIT' THEN 1 ELSE 2 END, ${l}.amount DESC, ${l}.id`,
      },
    },
  },
  {
    type: 'DistributionLine',
    base: (l) => ({
      ...columnsAt(lineColumns, l),
      distributionId: `${l}.distribution_id`,
      payerOrganizationId: `${l}.payer_organization_id`,
      organizationId: `${l}.organization_id`,
      agreementId: `(SELECT d.agreement_id FROM revenue_distribution d WHERE d.id = ${l}.distribution_id)`,
    }),
    fields: {
      ...columnFields(lineColumns),
      payer: organizationAt('payer_organization_id'),
      organization: organizationAt('organization_id'),
      agreement: agreementsWhere((l, target) => `${target}.id = (SELECT d.agreement_id FROM revenue_distribution d WHERE d.id = ${l}.distribution_id)`),
    },
  },
  {
    type: 'DistributionPolicy',
    base: (p) => columnsAt(policyColumns, p),
    fields: columnFields(policyColumns),
  },
  {
    type: 'Organization',
    fields: {
      distributionPolicies: {
        type: 'DistributionPolicy',
        from: (o, target) => `distribution_policy ${target} WHERE ${target}.organization_id = ${o}.id`,
        orderBy: (p) => `${p}.valid_from DESC, ${p}.id`,
        when: (o, scope) => (scope.all ? 'true' : `${o}.id = ANY(${scope.readable})`),
      },
    },
  },
];
