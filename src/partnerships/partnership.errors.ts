import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { PartnershipStatus } from './partnership.entity.js';

/**
 * Named apart from the projects' `InvalidTransitionError`: GraphQL type names are global, and that
 * one lists project statuses.
 */
@ObjectType('InvalidPartnershipTransitionError', {
  implements: () => [ErrorResult],
  description: 'The partnership’s status cannot move that way; `allowedStatuses` says where it can.',
})
export class InvalidTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => PartnershipStatus, { description: 'The status the partnership has now.' })
  currentStatus: PartnershipStatus;

  @Field(() => [PartnershipStatus], { description: 'The statuses it may move to from where it is; empty when its status is final.' })
  allowedStatuses: PartnershipStatus[];

  constructor(from: PartnershipStatus, to: PartnershipStatus, allowed: PartnershipStatus[]) {
    super(
      `A ${from} partnership cannot become ${to}; it can become ${allowed.length > 0 ? allowed.join(' or ') : 'nothing else (its status is final)'}`,
      'status',
    );
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'A partnership needs at least two different organisations as parties.' })
export class TooFewPartiesError extends ErrorResult {
  override readonly code = 'TOO_FEW_PARTIES';
}

@ObjectType('PartnershipConsentPendingError', {
  implements: () => [ErrorResult],
  description: 'A partnership becomes ACTIVE only when every party has accepted it; `pendingPartyIds` have not (or declined).',
})
export class ConsentPendingError extends ErrorResult {
  override readonly code = 'CONSENT_PENDING';

  @Field(() => [ID], { description: 'The parties that have not accepted.' })
  pendingPartyIds: string[];

  constructor(pendingPartyIds: string[]) {
    super('Every party must accept the partnership before it becomes ACTIVE', 'status');
    this.pendingPartyIds = pendingPartyIds;
  }
}

@ObjectType('PartnershipConsentStateError', {
  implements: () => [ErrorResult],
  description: 'Parties answer a partnership only while it is DRAFT.',
})
export class ConsentStateError extends ErrorResult {
  override readonly code = 'CONSENT_STATE';

  @Field(() => PartnershipStatus, { description: 'The status the partnership has now.' })
  currentStatus: PartnershipStatus;

  constructor(status: PartnershipStatus) {
    super(`This partnership is ${status}: parties answer it only while it is DRAFT`, 'partnershipId');
    this.currentStatus = status;
  }
}
