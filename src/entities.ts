import { DealEntity, DealStageChangeEntity, ExchangeInterestEntity, ExchangeTermEntity, TechnologyDemandEntity, TechnologyOfferEntity } from './exchange/exchange.entity.js';
import { ApiKeyEntity } from './api-keys/api-key.entity.js';
import { AuditEventEntity } from './audit/audit-event.entity.js';
import { RefreshTokenEntity, SessionEntity } from './identity/session.entity.js';
import { UserEntity } from './identity/user.entity.js';
import { InvitationEntity } from './memberships/invitation.entity.js';
import { OutboxMessageEntity } from './mail/outbox-message.entity.js';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity, WebhookPendingChangeEntity } from './webhooks/webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhooks/webhook-endpoint.entity.js';
import { MembershipEntity } from './memberships/membership.entity.js';
import { IndicatorMeasurementEntity } from './insight/indicator.entity.js';
import { OrganizationEntity } from './organizations/organization.entity.js';
import { PartnershipAmendmentConsentEntity, PartnershipAmendmentEntity } from './partnerships/partnership-amendment.entity.js';
import { PartnershipEntity, PartnershipPartyEntity } from './partnerships/partnership.entity.js';
import { MilestoneEntity, ParticipantEntity, ProgrammeEntity, ProjectEntity } from './projects/project.entity.js';
import { ProgrammeRequestEntity } from './projects/programme-request.entity.js';
import { TechnologyOwnersConsentEntity, TechnologyOwnersProposalEntity } from './technologies/technology-owners-proposal.entity.js';
import { AgreementEntity, AgreementLicensorEntity, AgreementTechnologyEntity } from './agreements/agreement.entity.js';
import {
  TechnologyEntity,
  TechnologyInventorEntity,
  TechnologyOwnerEntity,
  TechnologyProjectEntity,
  TrlAssessmentEntity,
} from './technologies/technology.entity.js';
import { DisclosureEntity } from './technologies/disclosure.entity.js';
import { IpFilingEntity } from './technologies/ip-filing.entity.js';
import { AgreementMilestonePaymentEntity, AgreementObligationEntity } from './agreements/obligation.entity.js';
import { SpinOffEntity } from './spin-offs/spin-off.entity.js';
import { incubationEntities } from './incubation/incubation.entity.js';
import { DistributionLineEntity, DistributionPolicyEntity, RevenueCostEntity, RevenueDistributionEntity, RevenueReceiptEntity } from './revenue/revenue.entity.js';
import { IdempotentRequestEntity } from './idempotency/idempotent-request.entity.js';
import { PlacementEntity } from './placements/placement.entity.js';
import { TrainingContributionEntity, TrainingIntakeEntity, TrainingPartnerEntity, TrainingProgrammeEntity } from './training/training.entity.js';

/** Every entity; the data source lists them explicitly so the app, the CLI and the tests agree. */
export const entities = [
  OrganizationEntity,
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  MembershipEntity,
  InvitationEntity,
  OutboxMessageEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryAttemptEntity,
  WebhookPendingChangeEntity,
  ApiKeyEntity,
  AuditEventEntity,
  ProgrammeEntity,
  ProjectEntity,
  ParticipantEntity,
  MilestoneEntity,
  ProgrammeRequestEntity,
  PartnershipEntity,
  PartnershipPartyEntity,
  PartnershipAmendmentEntity,
  PartnershipAmendmentConsentEntity,
  TechnologyEntity,
  TechnologyProjectEntity,
  TechnologyOwnerEntity,
  TechnologyInventorEntity,
  TechnologyOwnersProposalEntity,
  TechnologyOwnersConsentEntity,
  TrlAssessmentEntity,
  DisclosureEntity,
  IpFilingEntity,
  AgreementEntity,
  AgreementTechnologyEntity,
  AgreementLicensorEntity,
  AgreementObligationEntity, AgreementMilestonePaymentEntity, SpinOffEntity,
  DistributionPolicyEntity, RevenueDistributionEntity, DistributionLineEntity, RevenueReceiptEntity, RevenueCostEntity,
  TechnologyOfferEntity, TechnologyDemandEntity, ExchangeInterestEntity, DealEntity, DealStageChangeEntity, ExchangeTermEntity,
  IndicatorMeasurementEntity,
  IdempotentRequestEntity,
  ...incubationEntities,
  PlacementEntity,
  TrainingProgrammeEntity, TrainingPartnerEntity, TrainingContributionEntity, TrainingIntakeEntity,
];
