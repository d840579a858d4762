import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { DealStage, ExchangeStatus } from './exchange.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The offer or demand cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidExchangeTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => [ExchangeStatus], { description: 'The statuses it may move to from where it is.' })
  allowedStatuses: ExchangeStatus[];

  constructor(from: ExchangeStatus, to: ExchangeStatus | 'renewed' | 'edited', allowed: ExchangeStatus[]) {
    super(`A ${from} item cannot be ${to === 'renewed' || to === 'edited' ? to : `moved to ${to}`}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (final)'}`, 'status');
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The deal cannot move to that stage; `allowedStages` says where it can.' })
export class InvalidDealTransitionError extends ErrorResult {
  override readonly code = 'INVALID_DEAL_TRANSITION';

  @Field(() => [DealStage], { description: 'The stages the deal may move to from where it is.' })
  allowedStages: DealStage[];

  constructor(from: DealStage, to: DealStage, allowed: DealStage[]) {
    super(`A deal at ${from} cannot move to ${to}; it can move to ${allowed.length ? allowed.join(' or ') : 'nothing else (final)'}`, 'input.stage');
    this.allowedStages = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The agreement is not one the deal can have produced: its licensors must include the provider, its licensee must be the seeker, and it must cover the offered technology.' })
export class DealAgreementMismatchError extends ErrorResult {
  override readonly code = 'DEAL_AGREEMENT_MISMATCH';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The organisation cannot express interest in this item: it is its own, or not published.' })
export class InterestNotAllowedError extends ErrorResult {
  override readonly code = 'INTEREST_NOT_ALLOWED';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The organisation already has an open expression of interest in this item.' })
export class AlreadyInterestedError extends ErrorResult {
  override readonly code = 'ALREADY_INTERESTED';
}
