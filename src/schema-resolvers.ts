import type { Type } from '@nestjs/common';
import { AgreementResolver, ObligationResolver, OrganizationAgreementsResolver, TechnologyAgreementsResolver } from './agreements/agreement.resolver.js';
import { ApiKeyOrganizationResolver, ApiKeyResolver } from './api-keys/api-key.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { ActivityResolver } from './subscriptions/activity.resolver.js';
import { DealResolver, DemandResolver, InterestResolver, OfferResolver, TechnologyOffersResolver } from './exchange/exchange.resolver.js';
import { AuditEventActorResolver } from './identity/audit-actor.resolver.js';
import { AuthResolver } from './identity/auth.resolver.js';
import { UserResolver } from './identity/user.resolver.js';
import { ViewerResolver } from './identity/viewer.resolver.js';
import { IndicatorResolver, InsightResolver, NetworkPositionResolver, ProjectTrlResolver } from './insight/insight.resolver.js';
import { InvitationResolver } from './memberships/invitation.resolver.js';
import { MembershipResolver } from './memberships/membership.resolver.js';
import { OrganizationMembersResolver } from './memberships/organization-members.resolver.js';
import { OrganizationResolver } from './organizations/organization.resolver.js';
import { OrganizationPartnershipsResolver } from './partnerships/organization-partnerships.resolver.js';
import { PartnershipAmendmentResolver, PartnershipResolver } from './partnerships/partnership.resolver.js';
import { ProgrammeAttachmentRequestsResolver, ProgrammeRequestResolver, ProjectProgrammeRequestsResolver } from './projects/programme-request.resolver.js';
import { ProgrammeResolver, ProjectProgrammeResolver } from './projects/programme.js';
import { OrganizationProjectsResolver, ParticipantResolver, ProjectResolver } from './projects/project.resolver.js';
import { AgreementRevenueResolver, DistributionLineResolver, OrganizationRevenueResolver, RevenueResolver } from './revenue/revenue.resolver.js';
import { OrganizationSpinOffsResolver, SpinOffResolver } from './spin-offs/spin-off.resolver.js';
import { IncubationResolver, OrganizationIncubationsResolver, SpinOffIncubationsResolver } from './incubation/incubation.resolver.js';
import { OrganizationPlacementsResolver, PlacementResolver } from './placements/placement.resolver.js';
import { TrainingPartnerResolver, TrainingProgrammeResolver } from './training/training.resolver.js';
import { technologyResolvers } from './technologies/technology.module.js';
import { ImportResolver } from './imports/import.resolver.js';
import { JobsResolver } from './jobs/jobs.resolver.js';
import { OrganizationWebhooksResolver, WebhookDeliveryResolver, WebhookResolver } from './webhooks/webhook.resolver.js';

/**
 * Every resolver of the API, for printing the schema without starting the application. A test
 * compares the running application's schema with schema.gql, so a resolver missing here shows up.
 */
export const schemaResolvers: Type<unknown>[] = [
  OrganizationResolver,
  AuthResolver,
  UserResolver,
  ViewerResolver,
  ApiKeyResolver,
  ApiKeyOrganizationResolver,
  AuditResolver,
  AuditEventActorResolver,
  ProjectResolver,
  ParticipantResolver,
  OrganizationProjectsResolver,
  ProgrammeResolver,
  ProjectProgrammeResolver,
  ProgrammeRequestResolver,
  ProgrammeAttachmentRequestsResolver,
  ProjectProgrammeRequestsResolver,
  ActivityResolver,
  MembershipResolver,
  InvitationResolver,
  OrganizationMembersResolver,
  PartnershipResolver,
  PartnershipAmendmentResolver,
  OrganizationPartnershipsResolver,
  InsightResolver,
  NetworkPositionResolver,
  IndicatorResolver,
  ProjectTrlResolver,
  ...technologyResolvers,
  ImportResolver,
  AgreementResolver, ObligationResolver, OrganizationAgreementsResolver, TechnologyAgreementsResolver,
  RevenueResolver, DistributionLineResolver, AgreementRevenueResolver, OrganizationRevenueResolver,
  SpinOffResolver, OrganizationSpinOffsResolver,
  IncubationResolver, OrganizationIncubationsResolver, SpinOffIncubationsResolver,
  PlacementResolver, OrganizationPlacementsResolver,
  TrainingProgrammeResolver, TrainingPartnerResolver,
  OfferResolver, DemandResolver, InterestResolver, DealResolver, TechnologyOffersResolver,
  JobsResolver,
  WebhookResolver, WebhookDeliveryResolver, OrganizationWebhooksResolver,
];
