import { registerEnumType } from '@nestjs/graphql';
import { Lifecycle } from '../common/lifecycle.js';

export enum SpinOffStatus {
  ACTIVE = 'ACTIVE',
  ACQUIRED = 'ACQUIRED',
  CLOSED = 'CLOSED',
  IPO = 'IPO',
}

/** ACTIVE -> ACQUIRED | CLOSED | IPO; a listed company may still be acquired or closed, an acquired one closed. */
export const spinOffLifecycle = new Lifecycle<SpinOffStatus>({
  [SpinOffStatus.ACTIVE]: [SpinOffStatus.ACQUIRED, SpinOffStatus.CLOSED, SpinOffStatus.IPO],
  [SpinOffStatus.IPO]: [SpinOffStatus.ACQUIRED, SpinOffStatus.CLOSED],
  [SpinOffStatus.ACQUIRED]: [SpinOffStatus.CLOSED],
  [SpinOffStatus.CLOSED]: [],
});

registerEnumType(SpinOffStatus, {
  name: 'SpinOffStatus',
  description: 'Where a spin-off company stands: ACTIVE -> ACQUIRED | CLOSED | IPO; IPO -> ACQUIRED | CLOSED; ACQUIRED -> CLOSED.',
  valuesMap: {
    ACTIVE: { description: 'Operating independently.' },
    ACQUIRED: { description: 'Bought by another company.' },
    CLOSED: { description: 'Wound up (final).' },
    IPO: { description: 'Listed on a stock exchange.' },
  },
});
