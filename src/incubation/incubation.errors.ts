import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { CalendarDate } from '../common/graphql/scalars.js';
import { IncubationApplicationStatus, IncubationCohortStatus, IncubationMilestoneStatus } from './incubation.enums.js';

const allowedText = (allowed: string[]) => (allowed.length ? allowed.join(' or ') : 'nothing else (its status is final)');

@ObjectType({ implements: () => [ErrorResult], description: 'The cohort’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidIncubationCohortTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => IncubationCohortStatus, { description: 'The status it has now.' })
  currentStatus: IncubationCohortStatus;

  @Field(() => [IncubationCohortStatus], { description: 'The statuses it may move to; empty when final.' })
  allowedStatuses: IncubationCohortStatus[];

  constructor(from: IncubationCohortStatus, to: IncubationCohortStatus, allowed: IncubationCohortStatus[]) {
    super(`A ${from} cohort cannot become ${to}; it can become ${allowedText(allowed)}`, 'input.status');
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The application’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidIncubationApplicationTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => IncubationApplicationStatus, { description: 'The status it has now.' })
  currentStatus: IncubationApplicationStatus;

  @Field(() => [IncubationApplicationStatus], { description: 'The statuses it may move to; empty when final.' })
  allowedStatuses: IncubationApplicationStatus[];

  constructor(from: IncubationApplicationStatus, to: IncubationApplicationStatus, allowed: IncubationApplicationStatus[]) {
    super(`A ${from} application cannot become ${to}; it can become ${allowedText(allowed)}`, 'input.status');
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The milestone’s status cannot move that way; `allowedStatuses` says where it can.' })
export class InvalidIncubationMilestoneTransitionError extends ErrorResult {
  override readonly code = 'INVALID_TRANSITION';

  @Field(() => IncubationMilestoneStatus, { description: 'The status it has now.' })
  currentStatus: IncubationMilestoneStatus;

  @Field(() => [IncubationMilestoneStatus], { description: 'The statuses it may move to; empty when final.' })
  allowedStatuses: IncubationMilestoneStatus[];

  constructor(from: IncubationMilestoneStatus, to: IncubationMilestoneStatus, allowed: IncubationMilestoneStatus[]) {
    super(`A ${from} milestone cannot become ${to}; it can become ${allowedText(allowed)}`, 'input.status');
    this.currentStatus = from;
    this.allowedStatuses = allowed;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'The cohort is not taking applications: it is not OPEN, or its applications have closed.' })
export class IncubationCohortNotOpenError extends ErrorResult {
  override readonly code = 'COHORT_NOT_OPEN';

  @Field(() => IncubationCohortStatus, { description: 'The cohort’s status.' })
  cohortStatus: IncubationCohortStatus;

  @Field(() => CalendarDate, { nullable: true, description: 'The last day applications were taken, when there is one.' })
  applicationsCloseOn: string | null;

  constructor(status: IncubationCohortStatus, applicationsCloseOn: string | null) {
    super(
      status === IncubationCohortStatus.OPEN
        ? `Applications to this cohort closed on ${applicationsCloseOn}`
        : `This cohort is ${status}: it takes applications only while OPEN`,
      'input.cohortId',
    );
    this.cohortStatus = status;
    this.applicationsCloseOn = applicationsCloseOn;
  }
}
