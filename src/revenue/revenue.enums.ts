import { registerEnumType } from '@nestjs/graphql';
import { BeneficiaryKind } from './revenue-split.js';

export { BeneficiaryKind };

export enum ReceiptKind {
  UPFRONT = 'UPFRONT',
  ROYALTY = 'ROYALTY',
  MILESTONE = 'MILESTONE',
  EQUITY_SALE = 'EQUITY_SALE',
}

export enum CostKind {
  PATENT = 'PATENT',
  LEGAL = 'LEGAL',
  OTHER = 'OTHER',
}

export enum DistributionLineStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
}

registerEnumType(ReceiptKind, {
  name: 'RevenueReceiptKind',
  description: 'What income from an agreement was received for.',
  valuesMap: {
    UPFRONT: { description: 'The upfront (signing) fee.' },
    ROYALTY: { description: 'Royalties on sales.' },
    MILESTONE: { description: 'A milestone payment.' },
    EQUITY_SALE: { description: 'Proceeds from selling equity received under the agreement.' },
  },
});

registerEnumType(CostKind, {
  name: 'RevenueCostKind',
  description: 'What a deductible cost was for.',
  valuesMap: {
    PATENT: { description: 'Patent and other IP protection costs (filing, prosecution, maintenance).' },
    LEGAL: { description: 'Legal costs of the agreement (drafting, negotiation, enforcement).' },
    OTHER: { description: 'Other deductible costs.' },
  },
});

registerEnumType(BeneficiaryKind, {
  name: 'DistributionBeneficiaryKind',
  description: 'Who a distribution line pays.',
  valuesMap: {
    INVENTOR: { description: 'An inventor (a platform user or a named external person).' },
    UNIT: { description: 'An inventor’s unit: the lab, faculty or department they belong to.' },
    INSTITUTION: { description: 'The owning institution itself.' },
  },
});

registerEnumType(DistributionLineStatus, {
  name: 'DistributionLineStatus',
  description: 'Whether a distribution line was paid out: PENDING -> PAID.',
  valuesMap: {
    PENDING: { description: 'Owed, not paid yet.' },
    PAID: { description: 'Paid out (final).' },
  },
});
