import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { DisclosureStatus } from './technology.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The disclosure cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidDisclosureTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => [DisclosureStatus], { description: 'The statuses the disclosure may move to from where it is.' })
  allowedStatuses: DisclosureStatus[];

  constructor(from: DisclosureStatus, to: DisclosureStatus, allowed: DisclosureStatus[]) {
    super(`A ${from} disclosure cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (final)'}`, 'status');
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Only a DRAFT disclosure can be edited.' })
export class DisclosureNotDraftError extends ErrorResult {
  override readonly code = 'DISCLOSURE_NOT_DRAFT';
}
