import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { OwnersProposalStatus } from './technology.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The proposal is no longer open: it was accepted, declined or superseded.' })
export class OwnersProposalStateError extends ErrorResult {
  override readonly code = 'PROPOSAL_STATE';

  @Field(() => OwnersProposalStatus, { description: 'Where the proposal stands.' })
  status: OwnersProposalStatus;

  constructor(status: OwnersProposalStatus, message: string, field?: string) {
    super(message, field);
    this.status = status;
  }
}
