import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { InvitationInvalidReason } from './invitation.model.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The invitation cannot be used (or changed); `reason` says why. Nothing was changed.' })
export class InvitationInvalidError extends ErrorResult {
  override readonly code = 'INVITATION_INVALID';

  @Field(() => InvitationInvalidReason, { description: 'Why the invitation cannot be used.' })
  reason: InvitationInvalidReason;

  constructor(reason: InvitationInvalidReason, message: string, field?: string) {
    super(message, field);
    this.reason = reason;
  }
}
