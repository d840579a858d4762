import { Lifecycle } from '../common/lifecycle.js';
import { PartnershipStatus } from './partnership.entity.js';

/**
 * DRAFT -> ACTIVE -> EXPIRED or TERMINATED; a draft may also be abandoned (TERMINATED). A draft
 * waits in DRAFT until every party has accepted it; only then may it become ACTIVE.
 */
export const partnershipLifecycle = new Lifecycle<PartnershipStatus>({
  [PartnershipStatus.DRAFT]: [PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED],
  [PartnershipStatus.ACTIVE]: [PartnershipStatus.EXPIRED, PartnershipStatus.TERMINATED],
  [PartnershipStatus.EXPIRED]: [],
  [PartnershipStatus.TERMINATED]: [],
});
