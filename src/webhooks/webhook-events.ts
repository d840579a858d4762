import { registerEnumType } from '@nestjs/graphql';

/** The kinds of change an endpoint can listen to: each gathers the audited records of one part of the domain. */
export enum WebhookEventType {
  PROJECT = 'project',
  PARTICIPATION = 'participation',
  TECHNOLOGY = 'technology',
  DISCLOSURE = 'disclosure',
  FILING = 'filing',
  AGREEMENT = 'agreement',
  REVENUE = 'revenue',
  EXCHANGE = 'exchange',
  MEMBERSHIP = 'membership',
  ORGANIZATION = 'organization',
  INCUBATION = 'incubation',
  TALENT = 'talent',
}

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'A kind of change webhooks announce; the event’s `type` is the change’s action, e.g. `project.updated`.',
  valuesMap: {
    PROJECT: { description: 'Projects, their milestones, programmes and requests to join programmes.' },
    PARTICIPATION: { description: 'Organisations invited to, joining and leaving projects.' },
    TECHNOLOGY: { description: 'Technologies, their owners, inventors and TRL assessments.' },
    DISCLOSURE: { description: 'Invention disclosures and their evaluation.' },
    FILING: { description: 'IP filings and their deadlines.' },
    AGREEMENT: { description: 'Licence and other agreements, and their obligations.' },
    REVENUE: { description: 'Receipts, costs and distributions of licence income.' },
    EXCHANGE: { description: 'Technology offers, demands, interests and deals.' },
    MEMBERSHIP: { description: 'Members, invitations and requests to join.' },
    ORGANIZATION: { description: 'The organisation’s profile, partnerships, spin-offs and indicators.' },
    INCUBATION: { description: 'Incubation programmes and cohorts it runs, and applications to them, with their mentors, milestones and reports (heard by the runner and by the startup).' },
    TALENT: { description: 'Placements of people between organisations (never who the person is) and training programmes, their partners and intakes.' },
  },
});

/**
 * The kind of each audited record; records not listed (sessions, accounts, API keys, webhook
 * endpoints themselves, imports) are never announced: default deny.
 */
export const eventTypeOfEntity: Record<string, WebhookEventType> = {
  Project: WebhookEventType.PROJECT,
  Milestone: WebhookEventType.PROJECT,
  Programme: WebhookEventType.PROJECT,
  ProgrammeAttachmentRequest: WebhookEventType.PROJECT,
  ProjectParticipant: WebhookEventType.PARTICIPATION,
  Technology: WebhookEventType.TECHNOLOGY,
  TechnologyOwnersProposal: WebhookEventType.TECHNOLOGY,
  InventionDisclosure: WebhookEventType.DISCLOSURE,
  IpFiling: WebhookEventType.FILING,
  Agreement: WebhookEventType.AGREEMENT,
  AgreementObligation: WebhookEventType.AGREEMENT,
  RevenueReceipt: WebhookEventType.REVENUE,
  RevenueCost: WebhookEventType.REVENUE,
  RevenueDistribution: WebhookEventType.REVENUE,
  DistributionPolicy: WebhookEventType.REVENUE,
  DistributionLine: WebhookEventType.REVENUE,
  TechnologyOffer: WebhookEventType.EXCHANGE,
  TechnologyDemand: WebhookEventType.EXCHANGE,
  ExchangeInterest: WebhookEventType.EXCHANGE,
  Deal: WebhookEventType.EXCHANGE,
  Membership: WebhookEventType.MEMBERSHIP,
  Invitation: WebhookEventType.MEMBERSHIP,
  Organization: WebhookEventType.ORGANIZATION,
  Partnership: WebhookEventType.ORGANIZATION,
  SpinOff: WebhookEventType.ORGANIZATION,
  IndicatorMeasurement: WebhookEventType.ORGANIZATION,
  IncubationProgramme: WebhookEventType.INCUBATION,
  IncubationCohort: WebhookEventType.INCUBATION,
  IncubationApplication: WebhookEventType.INCUBATION,
  IncubationMentor: WebhookEventType.INCUBATION,
  IncubationMilestone: WebhookEventType.INCUBATION,
  IncubationReport: WebhookEventType.INCUBATION,
  Placement: WebhookEventType.TALENT,
  TrainingProgramme: WebhookEventType.TALENT,
  TrainingPartner: WebhookEventType.TALENT,
  TrainingIntake: WebhookEventType.TALENT,
};

/** What an endpoint receives: a thin event, naming the change; the record itself is read through the API, with the key's rights. */
export interface WebhookEvent {
  id: string;
  type: string;
  category: WebhookEventType;
  occurredAt: string;
  organizationId: string | null;
  projectId: string | null;
  entity: { type: string; id: string | null };
  changedFields: string[];
}
