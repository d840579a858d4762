import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { AmendmentStatus } from './partnership-amendment.entity.js';

@ObjectType('PartnershipAmendmentStateError', {
  implements: () => [ErrorResult],
  description: 'The amendment is no longer open: it was applied, declined or superseded.',
})
export class AmendmentStateError extends ErrorResult {
  override readonly code = 'AMENDMENT_STATE';

  @Field(() => AmendmentStatus, { description: 'Where the amendment stands.' })
  status: AmendmentStatus;

  constructor(status: AmendmentStatus) {
    super(`This amendment is ${status}, no longer open`, 'amendmentId');
    this.status = status;
  }
}

@ObjectType('PartyWithdrawalRequiredError', {
  implements: () => [ErrorResult],
  description:
    'Once a partnership has left DRAFT, only a party itself may leave it: ask the editors or admins of `partyId` to withdraw it (`removePartnershipParty` with its own id).',
})
export class PartyWithdrawalRequiredError extends ErrorResult {
  override readonly code = 'WITHDRAWAL_REQUIRED';

  @Field(() => ID, { description: 'The party that would have to withdraw itself.' })
  partyId: string;

  constructor(partyId: string, status: string) {
    super(`A ${status} partnership loses a party only when that party withdraws: ask its editors or admins to do so`, 'organizationId');
    this.partyId = partyId;
  }
}
