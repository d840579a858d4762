import { PartnershipStatus } from './partnership.entity.js';

/** DRAFT -> ACTIVE -> EXPIRED or TERMINATED; a draft may also be abandoned (TERMINATED). */
const moves: Record<PartnershipStatus, PartnershipStatus[]> = {
  [PartnershipStatus.DRAFT]: [PartnershipStatus.ACTIVE, PartnershipStatus.TERMINATED],
  [PartnershipStatus.ACTIVE]: [PartnershipStatus.EXPIRED, PartnershipStatus.TERMINATED],
  [PartnershipStatus.EXPIRED]: [],
  [PartnershipStatus.TERMINATED]: [],
};

/** The statuses a partnership may move to from `from`. */
export function allowedPartnershipMoves(from: PartnershipStatus): PartnershipStatus[] {
  return [...moves[from]];
}

export function canMovePartnership(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return moves[from].includes(to);
}
