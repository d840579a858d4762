import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { ProjectStatus } from './project.enums.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => [ProjectStatus], { description: 'The statuses the project may move to from where it is.' })
  allowedStatuses: ProjectStatus[];

  constructor(from: ProjectStatus, to: ProjectStatus, allowed: ProjectStatus[]) {
    super(`A ${from} project cannot become ${to}; it can become ${allowed.length ? allowed.join(' or ') : 'nothing else (final)'}`, 'status');
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Another project already uses this code.' })
export class ProjectCodeTakenError extends ErrorResult {
  override readonly code = 'PROJECT_CODE_TAKEN';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The organisation already takes part in (or is invited to) the project.' })
export class AlreadyParticipatingError extends ErrorResult {
  override readonly code = 'ALREADY_PARTICIPATING';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The participation is not in a state that allows this.' })
export class ParticipationStateError extends ErrorResult {
  override readonly code = 'PARTICIPATION_STATE';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The project must keep exactly one active coordinator; hand the role over first.' })
export class CoordinatorRequiredError extends ErrorResult {
  override readonly code = 'COORDINATOR_REQUIRED';
}

@ObjectType({
  implements: () => [ErrorResult],
  description:
    'Only the programme owner’s editors and admins (and its WRITE keys) attach projects to its programme; ask them with `requestProgrammeAttachment`.',
})
export class ProgrammeConsentRequiredError extends ErrorResult {
  override readonly code = 'PROGRAMME_CONSENT_REQUIRED';
}
