import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { AgreementStatus } from './agreement.enums.js';
import { ObligationStatus } from './obligation.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The agreement’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidAgreementTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => AgreementStatus, { description: 'The status the agreement has now.' })
  currentStatus: AgreementStatus;

  @Field(() => [AgreementStatus], { description: 'The statuses it may move to from where it is; empty when final.' })
  allowedStatuses: AgreementStatus[];

  constructor(from: AgreementStatus, to: AgreementStatus, allowed: AgreementStatus[]) {
    super(`A ${from} agreement cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (its status is final)'}`, 'input.status');
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The obligation’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidObligationTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => ObligationStatus, { description: 'The status the obligation has now.' })
  currentStatus: ObligationStatus;

  @Field(() => [ObligationStatus], { description: 'The statuses it may move to from where it is; empty when final.' })
  allowedStatuses: ObligationStatus[];

  constructor(from: ObligationStatus, to: ObligationStatus, allowed: ObligationStatus[]) {
    super(`A ${from} obligation cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (its status is final)'}`, 'input.status');
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Another agreement already uses this code.' })
export class AgreementCodeTakenError extends ErrorResult {
  override readonly code = 'AGREEMENT_CODE_TAKEN';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The agreement is not in a status that allows this, e.g. terms change only while NEGOTIATING.' })
export class AgreementStateError extends ErrorResult {
  override readonly code = 'AGREEMENT_STATE';

  @Field(() => AgreementStatus, { description: 'The status the agreement has now.' })
  currentStatus: AgreementStatus;

  constructor(message: string, currentStatus: AgreementStatus, field?: string) {
    super(message, field);
    this.currentStatus = currentStatus;
  }
}
