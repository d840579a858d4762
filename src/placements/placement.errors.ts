import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { PlacementStatus } from './placement.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The placement’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidPlacementTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => PlacementStatus, { description: 'The status it has now.' })
  currentStatus: PlacementStatus;

  @Field(() => [PlacementStatus], { description: 'The statuses it may move to; empty when final.' })
  allowedStatuses: PlacementStatus[];

  constructor(from: PlacementStatus, to: PlacementStatus, allowed: PlacementStatus[], hint?: string) {
    super(
      `A ${from} placement cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (its status is final)'}${hint ? ` (${hint})` : ''}`,
      'input.status',
    );
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The placement cannot be agreed to now: it is no longer PROPOSED, or the sides you speak for have agreed and the other side must.',
})
export class PlacementAgreementError extends ErrorResult {
  override readonly code = 'PLACEMENT_AGREEMENT';

  @Field(() => PlacementStatus, { description: 'The status it has now.' })
  currentStatus: PlacementStatus;

  constructor(message: string, status: PlacementStatus) {
    super(message, 'input.id');
    this.currentStatus = status;
  }
}
