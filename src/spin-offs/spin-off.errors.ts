import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { SpinOffStatus } from './spin-off.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The spin-off’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidSpinOffTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => SpinOffStatus, { description: 'The status it has now.' })
  currentStatus: SpinOffStatus;

  @Field(() => [SpinOffStatus], { description: 'The statuses it may move to; empty when final.' })
  allowedStatuses: SpinOffStatus[];

  constructor(from: SpinOffStatus, to: SpinOffStatus, allowed: SpinOffStatus[]) {
    super(`A ${from} spin-off cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (its status is final)'}`, 'input.status');
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}
