import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { MembershipStatus } from './membership.entity.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The person already has an open membership (active, or requested) in this organisation.' })
export class AlreadyMemberError extends ErrorResult {
  override readonly code = 'ALREADY_MEMBER';
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The organisation would be left without an active admin: make another member an admin first.',
})
export class LastAdminError extends ErrorResult {
  override readonly code = 'LAST_ADMIN';
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The membership is not in a status that allows this, e.g. approving one that is no longer a request.',
})
export class MembershipStatusError extends ErrorResult {
  override readonly code = 'MEMBERSHIP_STATUS';

  @Field(() => MembershipStatus, { description: 'The status the membership has now.' })
  status: MembershipStatus;

  constructor(status: MembershipStatus, message: string) {
    super(message);
    this.status = status;
  }
}
