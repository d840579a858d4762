import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { Money } from '../projects/money.js';

@ObjectType({ implements: () => [ErrorResult], description: 'An owner of the technologies has no distribution policy valid on the period end; its admins must set one first.' })
export class MissingDistributionPolicyError extends ErrorResult {
  override readonly code = 'MISSING_DISTRIBUTION_POLICY';

  @Field(() => ID, { description: 'The organisation without a policy.' })
  organizationId: string;

  constructor(organizationId: string, name: string) {
    super(`${name} has no distribution policy valid on the period end; set one with setDistributionPolicy`, 'upTo');
    this.organizationId = organizationId;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The undeducted costs exceed the undistributed receipts up to the date: nothing is distributed, and the costs stay to be deducted from later receipts.',
})
export class NegativeNetRevenueError extends ErrorResult {
  override readonly code = 'NEGATIVE_NET_REVENUE';

  @Field(() => Money, { description: 'Undistributed receipts up to the date.' })
  gross: Money;

  @Field(() => Money, { description: 'Undeducted costs up to the date.' })
  costs: Money;

  constructor(gross: Money, costs: Money) {
    super(`Costs (${costs.amount} ${costs.currency}) exceed receipts (${gross.amount} ${gross.currency}); they carry forward to later receipts`, 'upTo');
    this.gross = gross;
    this.costs = costs;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'There are no undistributed receipts up to the date.' })
export class NothingToDistributeError extends ErrorResult {
  override readonly code = 'NOTHING_TO_DISTRIBUTE';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The distribution line was already paid.' })
export class DistributionLinePaidError extends ErrorResult {
  override readonly code = 'ALREADY_PAID';
}
