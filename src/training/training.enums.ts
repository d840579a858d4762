import { registerEnumType } from '@nestjs/graphql';
import { Lifecycle } from '../common/lifecycle.js';

export enum TrainingPartnerStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
}

/** INVITED -> ACTIVE (accepted) | DECLINED; the partner's editors answer. */
export const trainingPartnerLifecycle = new Lifecycle<TrainingPartnerStatus>({
  [TrainingPartnerStatus.INVITED]: [TrainingPartnerStatus.ACTIVE, TrainingPartnerStatus.DECLINED],
  [TrainingPartnerStatus.ACTIVE]: [],
  [TrainingPartnerStatus.DECLINED]: [],
});

registerEnumType(TrainingPartnerStatus, {
  name: 'TrainingPartnerStatus',
  description: 'Where an organisation stands in a training programme: INVITED -> ACTIVE | DECLINED.',
  valuesMap: {
    INVITED: { description: 'Invited by the runner’s editors; waiting for the partner’s answer.' },
    ACTIVE: { description: 'Accepted: a partner of the programme (public).' },
    DECLINED: { description: 'Declined by the partner (final).' },
  },
});
