import { registerEnumType } from '@nestjs/graphql';
import { ParticipantRole, ParticipantStatus, ProjectVisibility } from '../common/access/vocabulary.js';

export enum ProjectStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** The Intelligent Community Forum's six factors. */
export enum IcfFactor {
  BROADBAND = 'BROADBAND',
  KNOWLEDGE_WORKFORCE = 'KNOWLEDGE_WORKFORCE',
  INNOVATION = 'INNOVATION',
  DIGITAL_EQUALITY = 'DIGITAL_EQUALITY',
  SUSTAINABILITY = 'SUSTAINABILITY',
  COMMUNITY_ENGAGEMENT = 'COMMUNITY_ENGAGEMENT',
}

export enum MilestoneKind {
  MILESTONE = 'MILESTONE',
  DELIVERABLE = 'DELIVERABLE',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  MISSED = 'MISSED',
}

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Where a project is in its life: DRAFT -> PROPOSED -> ACTIVE <-> ON_HOLD -> COMPLETED; CANCELLED from any state not final.',
  valuesMap: {
    DRAFT: { description: 'Being written by its coordinator.' },
    PROPOSED: { description: 'Put to the partners and funders.' },
    ACTIVE: { description: 'Running.' },
    ON_HOLD: { description: 'Paused; may become active again.' },
    COMPLETED: { description: 'Finished (final).' },
    CANCELLED: { description: 'Stopped before completion (final).' },
  },
});

registerEnumType(ProjectVisibility, {
  name: 'ProjectVisibility',
  description: 'Who may read a project.',
  valuesMap: {
    PUBLIC: { description: 'Anyone reads its public fields; money stays with the participants.' },
    PARTNERS: { description: 'Only members of participating organisations.' },
  },
});

registerEnumType(IcfFactor, {
  name: 'IcfFactor',
  description: 'The six factors of an Intelligent Community (Intelligent Community Forum).',
  valuesMap: {
    BROADBAND: { description: 'Broadband and connectivity.' },
    KNOWLEDGE_WORKFORCE: { description: 'Knowledge workforce.' },
    INNOVATION: { description: 'Innovation.' },
    DIGITAL_EQUALITY: { description: 'Digital equality.' },
    SUSTAINABILITY: { description: 'Sustainability.' },
    COMMUNITY_ENGAGEMENT: { description: 'Community engagement (formerly advocacy).' },
  },
});

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'How an organisation takes part in a project (CERIF roles).',
  valuesMap: {
    COORDINATOR: { description: 'Leads the project; exactly one active at a time.' },
    PARTNER: { description: 'Does part of the work.' },
    FUNDER: { description: 'Provides money.' },
    IN_KIND_CONTRIBUTOR: { description: 'Provides staff, equipment, space or data rather than money.' },
    ADVISOR: { description: 'Advises without doing the work.' },
  },
});

registerEnumType(ParticipantStatus, {
  name: 'ParticipantStatus',
  description: 'Where an organisation’s participation stands; nobody is added without consent.',
  valuesMap: {
    INVITED: { description: 'Invited by the coordinator; waiting for the organisation to accept.' },
    ACTIVE: { description: 'Taking part.' },
    DECLINED: { description: 'The organisation declined the invitation.' },
    LEFT: { description: 'The organisation left.' },
    REMOVED: { description: 'The coordinator removed it.' },
  },
});

registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'A point in the plan, or something to hand over.',
  valuesMap: {
    MILESTONE: { description: 'A point the project should reach.' },
    DELIVERABLE: { description: 'Something the project hands over (report, prototype, data set).' },
  },
});

registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'Whether a milestone was reached.',
  valuesMap: {
    PLANNED: { description: 'Not reached yet.' },
    DONE: { description: 'Reached (with its completion date).' },
    MISSED: { description: 'Not reached and no longer expected.' },
  },
});

/** Where a request to put a project in a programme stands. */
export enum ProgrammeRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ProgrammeRequestStatus, {
  name: 'ProgrammeRequestStatus',
  description: 'Where a request to put a project in a programme stands; only a PENDING request can change.',
  valuesMap: {
    PENDING: { description: 'Waiting for the programme owner’s editors or admins to decide.' },
    ACCEPTED: { description: 'Accepted: the project was put in the programme (final).' },
    DECLINED: { description: 'Declined by the programme owner (final).' },
    WITHDRAWN: { description: 'Withdrawn by the project’s coordinator (final).' },
  },
});
