import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { IpFilingStatus } from './technology.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The filing cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidIpFilingTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => [IpFilingStatus], { description: 'The statuses the filing may move to from where it is.' })
  allowedStatuses: IpFilingStatus[];

  constructor(from: IpFilingStatus, to: IpFilingStatus, allowed: IpFilingStatus[]) {
    super(`A ${from} filing cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (final)'}`, 'status');
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Another filing in the same jurisdiction already has this application number.' })
export class ApplicationNumberTakenError extends ErrorResult {
  override readonly code = 'APPLICATION_NUMBER_TAKEN';
}
