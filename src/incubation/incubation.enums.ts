import { registerEnumType } from '@nestjs/graphql';
import { Lifecycle } from '../common/lifecycle.js';

/** What kind of programme: an incubator grows early startups; an accelerator speeds up those with a product. */
export enum IncubationProgrammeKind {
  INCUBATOR = 'INCUBATOR',
  ACCELERATOR = 'ACCELERATOR',
}

export enum IncubationCohortStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}

export enum IncubationApplicationStatus {
  APPLIED = 'APPLIED',
  ADMITTED = 'ADMITTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  GRADUATED = 'GRADUATED',
  LEFT = 'LEFT',
  FAILED = 'FAILED',
}

export enum IncubationMilestoneStatus {
  PLANNED = 'PLANNED',
  MET = 'MET',
  MISSED = 'MISSED',
  DROPPED = 'DROPPED',
}

/** PLANNED -> OPEN (accepting applications) -> RUNNING -> FINISHED; any but a final one may be CANCELLED. */
export const cohortLifecycle = new Lifecycle<IncubationCohortStatus>({
  [IncubationCohortStatus.PLANNED]: [IncubationCohortStatus.OPEN, IncubationCohortStatus.CANCELLED],
  [IncubationCohortStatus.OPEN]: [IncubationCohortStatus.RUNNING, IncubationCohortStatus.CANCELLED],
  [IncubationCohortStatus.RUNNING]: [IncubationCohortStatus.FINISHED, IncubationCohortStatus.CANCELLED],
  [IncubationCohortStatus.FINISHED]: [],
  [IncubationCohortStatus.CANCELLED]: [],
});

/** APPLIED -> ADMITTED | DECLINED | WITHDRAWN; ADMITTED -> GRADUATED | LEFT | FAILED. */
export const applicationLifecycle = new Lifecycle<IncubationApplicationStatus>({
  [IncubationApplicationStatus.APPLIED]: [IncubationApplicationStatus.ADMITTED, IncubationApplicationStatus.DECLINED, IncubationApplicationStatus.WITHDRAWN],
  [IncubationApplicationStatus.ADMITTED]: [IncubationApplicationStatus.GRADUATED, IncubationApplicationStatus.LEFT, IncubationApplicationStatus.FAILED],
  [IncubationApplicationStatus.DECLINED]: [],
  [IncubationApplicationStatus.WITHDRAWN]: [],
  [IncubationApplicationStatus.GRADUATED]: [],
  [IncubationApplicationStatus.LEFT]: [],
  [IncubationApplicationStatus.FAILED]: [],
});

/** Statuses the startup's own editors move an application to; the runner's editors decide the others. */
export const startupMoves: ReadonlySet<IncubationApplicationStatus> = new Set([IncubationApplicationStatus.WITHDRAWN, IncubationApplicationStatus.LEFT]);

/** Statuses that end an admission, with the day it ended. */
export const endings: ReadonlySet<IncubationApplicationStatus> = new Set([IncubationApplicationStatus.GRADUATED, IncubationApplicationStatus.LEFT, IncubationApplicationStatus.FAILED]);

/** Statuses of a startup that was admitted (now or before): it has mentors, milestones and reports. */
export const admittedStatuses: readonly IncubationApplicationStatus[] = [
  IncubationApplicationStatus.ADMITTED,
  IncubationApplicationStatus.GRADUATED,
  IncubationApplicationStatus.LEFT,
  IncubationApplicationStatus.FAILED,
];

/** PLANNED -> MET | MISSED | DROPPED. */
export const milestoneLifecycle = new Lifecycle<IncubationMilestoneStatus>({
  [IncubationMilestoneStatus.PLANNED]: [IncubationMilestoneStatus.MET, IncubationMilestoneStatus.MISSED, IncubationMilestoneStatus.DROPPED],
  [IncubationMilestoneStatus.MET]: [],
  [IncubationMilestoneStatus.MISSED]: [],
  [IncubationMilestoneStatus.DROPPED]: [],
});

registerEnumType(IncubationProgrammeKind, {
  name: 'IncubationProgrammeKind',
  description: 'What kind of programme it is.',
  valuesMap: {
    INCUBATOR: { description: 'An incubator ("vườn ươm khởi nghiệp"): grows early-stage startups over months.' },
    ACCELERATOR: { description: 'An accelerator: short, intense programme for startups that have a product.' },
  },
});

registerEnumType(IncubationCohortStatus, {
  name: 'IncubationCohortStatus',
  description: 'Where a cohort stands: PLANNED -> OPEN -> RUNNING -> FINISHED; PLANNED, OPEN or RUNNING -> CANCELLED.',
  valuesMap: {
    PLANNED: { description: 'Announced; not yet taking applications.' },
    OPEN: { description: 'Taking applications.' },
    RUNNING: { description: 'Under way; no new applications.' },
    FINISHED: { description: 'Over (final).' },
    CANCELLED: { description: 'Called off (final).' },
  },
});

registerEnumType(IncubationApplicationStatus, {
  name: 'IncubationApplicationStatus',
  description: 'Where a startup’s application stands: APPLIED -> ADMITTED | DECLINED | WITHDRAWN; ADMITTED -> GRADUATED | LEFT | FAILED.',
  valuesMap: {
    APPLIED: { description: 'Waiting for the runner’s decision.' },
    ADMITTED: { description: 'Admitted to the cohort; following its programme.' },
    DECLINED: { description: 'Not admitted by the runner (final).' },
    WITHDRAWN: { description: 'Withdrawn by the startup before a decision (final).' },
    GRADUATED: { description: 'Completed the programme (final).' },
    LEFT: { description: 'Left the programme on its own account (final).' },
    FAILED: { description: 'Stopped by the runner without graduating (final).' },
  },
});

registerEnumType(IncubationMilestoneStatus, {
  name: 'IncubationMilestoneStatus',
  description: 'Where a milestone stands: PLANNED -> MET | MISSED | DROPPED.',
  valuesMap: {
    PLANNED: { description: 'Still ahead.' },
    MET: { description: 'Reached, on `metOn` (final).' },
    MISSED: { description: 'Not reached in time (final).' },
    DROPPED: { description: 'No longer pursued (final).' },
  },
});
