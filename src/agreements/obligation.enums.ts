import { registerEnumType } from '@nestjs/graphql';
import { Lifecycle } from '../common/lifecycle.js';
import { AgreementStatus } from './agreement.enums.js';

export enum ObligationKind {
  REPORT = 'REPORT',
  DILIGENCE_MILESTONE = 'DILIGENCE_MILESTONE',
  PAYMENT = 'PAYMENT',
  OTHER = 'OTHER',
}

export enum ObligationParty {
  LICENSEE = 'LICENSEE',
  LICENSOR = 'LICENSOR',
}

export enum ObligationStatus {
  PENDING = 'PENDING',
  MET = 'MET',
  MISSED = 'MISSED',
  WAIVED = 'WAIVED',
}

export enum MilestonePaymentStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
}

/** NEGOTIATING -> EXECUTED -> ACTIVE -> TERMINATED | EXPIRED; a negotiation may be abandoned (TERMINATED). */
export const agreementLifecycle = new Lifecycle<AgreementStatus>({
  [AgreementStatus.NEGOTIATING]: [AgreementStatus.EXECUTED, AgreementStatus.TERMINATED],
  [AgreementStatus.EXECUTED]: [AgreementStatus.ACTIVE, AgreementStatus.TERMINATED],
  [AgreementStatus.ACTIVE]: [AgreementStatus.TERMINATED, AgreementStatus.EXPIRED],
  [AgreementStatus.TERMINATED]: [],
  [AgreementStatus.EXPIRED]: [],
});

/** PENDING -> MET | MISSED | WAIVED; a missed obligation may still be met late or waived. */
export const obligationLifecycle = new Lifecycle<ObligationStatus>({
  [ObligationStatus.PENDING]: [ObligationStatus.MET, ObligationStatus.MISSED, ObligationStatus.WAIVED],
  [ObligationStatus.MISSED]: [ObligationStatus.MET, ObligationStatus.WAIVED],
  [ObligationStatus.MET]: [],
  [ObligationStatus.WAIVED]: [],
});

registerEnumType(ObligationKind, {
  name: 'ObligationKind',
  description: 'What an agreement obliges a party to do.',
  valuesMap: {
    REPORT: { description: 'Deliver a report, e.g. a yearly sales or royalty report.' },
    DILIGENCE_MILESTONE: { description: 'Reach a development or commercial milestone, e.g. a first sale by a date.' },
    PAYMENT: { description: 'Make a payment.' },
    OTHER: { description: 'Anything else the agreement requires.' },
  },
});

registerEnumType(ObligationParty, {
  name: 'ObligationParty',
  description: 'Which side of an agreement owes an obligation.',
  valuesMap: {
    LICENSEE: { description: 'The licensee (or assignee, option holder, sponsor, recipient).' },
    LICENSOR: { description: 'The licensors.' },
  },
});

registerEnumType(ObligationStatus, {
  name: 'ObligationStatus',
  description: 'Whether an obligation was met: PENDING -> MET | MISSED | WAIVED; MISSED may later become MET or WAIVED.',
  valuesMap: {
    PENDING: { description: 'Not yet decided; overdue once its due date has passed.' },
    MET: { description: 'Fulfilled (final).' },
    MISSED: { description: 'Not fulfilled in time; may still be met late or waived.' },
    WAIVED: { description: 'Released by the licensors (final).' },
  },
});

registerEnumType(MilestonePaymentStatus, {
  name: 'MilestonePaymentStatus',
  description: 'Whether a milestone payment was received.',
  valuesMap: {
    PENDING: { description: 'Not received yet.' },
    PAID: { description: 'Received: a MILESTONE receipt names it.' },
  },
});
