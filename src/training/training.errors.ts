import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { TrainingPartnerStatus } from './training.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The partner’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidTrainingPartnerTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => TrainingPartnerStatus, { description: 'The status it has now.' })
  currentStatus: TrainingPartnerStatus;

  @Field(() => [TrainingPartnerStatus], { description: 'The statuses it may move to; empty when final.' })
  allowedStatuses: TrainingPartnerStatus[];

  constructor(from: TrainingPartnerStatus, to: TrainingPartnerStatus, allowed: TrainingPartnerStatus[]) {
    super(`An ${from} partner cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (its answer is given)'}`, 'input.accept');
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Only an ACTIVE partner records what it funds and hires.' })
export class TrainingPartnerStateError extends ErrorResult {
  override readonly code = 'TRAINING_PARTNER_STATE';

  @Field(() => TrainingPartnerStatus, { description: 'The status the partner has now.' })
  currentStatus: TrainingPartnerStatus;

  constructor(status: TrainingPartnerStatus) {
    super(`The partner is ${status}: only an ACTIVE partner records what it funds and hires`, 'input.partnerId');
    this.currentStatus = status;
  }
}
