import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from './error-result.js';

@ObjectType({ implements: () => [ErrorResult], description: 'An input value breaks a rule; `field` names it.' })
export class InvalidInputError extends ErrorResult {
  override readonly code = 'INVALID_INPUT';
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The record changed since it was read: read it again and reapply the change.',
})
export class VersionConflictError extends ErrorResult {
  override readonly code = 'VERSION_CONFLICT';

  @Field(() => Int, { description: 'The version the record has now.' })
  currentVersion: number;

  constructor(currentVersion: number) {
    super(`The record was changed by someone else (now at version ${currentVersion}); reload it and try again`, 'expectedVersion');
    this.currentVersion = currentVersion;
  }
}
