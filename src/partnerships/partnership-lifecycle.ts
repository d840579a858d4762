import { Lifecycle } from '../common/lifecycle.js';
import { PartnershipStatus } from './partnership.entity.js';

/** DRAFT -> ACTIVE -> EXPIRED or TERMINATED; a draft may also be abandoned (TERMINATED). */
export const partnershipLifecycle = new Lifecycle<PartnershipStatus>({
  [PartnershipStatus.DRAFT]: [PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED],
  [PartnershipStatus.ACTIVE]: [PartnershipStatus.EXPIRED, PartnershipStatus.TERMINATED],
  [PartnershipStatus.EXPIRED]: [],
  [PartnershipStatus.TERMINATED]: [],
});
