import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { ProgrammeRequestStatus } from './project.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The project already has an open request to join this programme; `requestId` names it.' })
export class ProgrammeRequestOpenError extends ErrorResult {
  override readonly code = 'PROGRAMME_REQUEST_OPEN';

  @Field(() => ID, { description: 'The open request.' })
  requestId: string;

  constructor(requestId: string) {
    super('This project already has an open request to join this programme; wait for the decision or withdraw it', 'input.programmeId');
    this.requestId = requestId;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The request was already accepted, declined or withdrawn; only a PENDING request can change.' })
export class ProgrammeRequestStateError extends ErrorResult {
  override readonly code = 'PROGRAMME_REQUEST_STATE';

  @Field(() => ProgrammeRequestStatus, { description: 'Where the request stands.' })
  status: ProgrammeRequestStatus;

  constructor(status: ProgrammeRequestStatus) {
    super(`This request is ${status}, no longer open`, 'requestId');
    this.status = status;
  }
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The project changed programme since it asked, so the request no longer says where it comes from: decline it, or let the coordinator withdraw it and ask again.',
})
export class ProjectMovedError extends ErrorResult {
  override readonly code = 'PROJECT_MOVED';

  @Field(() => ID, { nullable: true, description: 'The programme the project is in now, if any.' })
  currentProgrammeId: string | null;

  constructor(currentProgrammeId: string | null) {
    super('The project changed programme since it asked; the request cannot be accepted', 'requestId');
    this.currentProgrammeId = currentProgrammeId;
  }
}
