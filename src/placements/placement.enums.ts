import { registerEnumType } from '@nestjs/graphql';
import { Lifecycle } from '../common/lifecycle.js';

export enum PlacementKind {
  INTERNSHIP = 'INTERNSHIP',
  SECONDMENT = 'SECONDMENT',
  INDUSTRIAL_PHD = 'INDUSTRIAL_PHD',
  JOINT_APPOINTMENT = 'JOINT_APPOINTMENT',
  LAB_TRAINING = 'LAB_TRAINING',
}

export enum PlacementStatus {
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  WITHDRAWN = 'WITHDRAWN',
}

/** The two organisations of a placement: where the person comes from, and where they are placed. */
export enum PlacementSide {
  HOME = 'HOME',
  HOST = 'HOST',
}

/** Statuses a placement counts under in the reports: agreed by both sides and not called off. */
export const countedStatuses = [PlacementStatus.AGREED, PlacementStatus.RUNNING, PlacementStatus.COMPLETED];

/**
 * PROPOSED -> AGREED (when the second side agrees) -> RUNNING -> COMPLETED; CANCELLED from proposed,
 * agreed or running; WITHDRAWN (the person's call) from any status but itself.
 */
export const placementLifecycle = new Lifecycle<PlacementStatus>({
  [PlacementStatus.PROPOSED]: [PlacementStatus.AGREED, PlacementStatus.CANCELLED, PlacementStatus.WITHDRAWN],
  [PlacementStatus.AGREED]: [PlacementStatus.RUNNING, PlacementStatus.CANCELLED, PlacementStatus.WITHDRAWN],
  [PlacementStatus.RUNNING]: [PlacementStatus.COMPLETED, PlacementStatus.CANCELLED, PlacementStatus.WITHDRAWN],
  [PlacementStatus.COMPLETED]: [PlacementStatus.WITHDRAWN],
  [PlacementStatus.CANCELLED]: [PlacementStatus.WITHDRAWN],
  [PlacementStatus.WITHDRAWN]: [],
});

registerEnumType(PlacementKind, {
  name: 'PlacementKind',
  description: 'What kind of placement it is.',
  valuesMap: {
    INTERNSHIP: { description: 'A student’s internship at a company or another organisation.' },
    SECONDMENT: { description: 'Staff seconded from their employer to another organisation for a while.' },
    INDUSTRIAL_PHD: { description: 'A doctoral candidate doing their research at (and with) a company.' },
    JOINT_APPOINTMENT: { description: 'A person appointed at both organisations at once, e.g. a professor of practice.' },
    LAB_TRAINING: { description: 'Training in a lab or Fablab of another organisation.' },
  },
});

registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description:
    'Where a placement stands: PROPOSED -> AGREED (when both sides agreed) -> RUNNING -> COMPLETED; CANCELLED from PROPOSED, AGREED or RUNNING; WITHDRAWN by the person from any status.',
  valuesMap: {
    PROPOSED: { description: 'Proposed by one side; waiting for the other side to agree.' },
    AGREED: { description: 'Both sides agreed; not started yet.' },
    RUNNING: { description: 'Under way.' },
    COMPLETED: { description: 'Finished (the person may still withdraw the record).' },
    CANCELLED: { description: 'Called off by either side (the person may still withdraw the record).' },
    WITHDRAWN: { description: 'Withdrawn by the person (final): the organisations no longer see who it was, and it counts nowhere.' },
  },
});

registerEnumType(PlacementSide, {
  name: 'PlacementSide',
  description: 'One of the two organisations of a placement.',
  valuesMap: {
    HOME: { description: 'The organisation the person comes from (their university, their employer).' },
    HOST: { description: 'The organisation the person is placed at.' },
  },
});
