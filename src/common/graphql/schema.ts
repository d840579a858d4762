import type { Type } from '@nestjs/common';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { ApiKeyResolver } from '../../api-keys/api-key.resolver.js';
import { AuditResolver } from '../../audit/audit.resolver.js';
import { DealResolver, DemandResolver, InterestResolver, OfferResolver, TechnologyOffersResolver } from '../../exchange/exchange.resolver.js';
import { ActivityResolver } from '../../events/activity.resolver.js';
import { AuthResolver } from '../../identity/auth.resolver.js';
import { IndicatorResolver, InsightResolver, NetworkPositionResolver, ProjectTrlResolver } from '../../insight/insight.resolver.js';
import { UserResolver } from '../../identity/user.resolver.js';
import { InvitationResolver } from '../../memberships/invitation.resolver.js';
import { MembershipResolver } from '../../memberships/membership.resolver.js';
import { OrganizationMembersResolver } from '../../memberships/organization-members.resolver.js';
import { OrganizationResolver } from '../../organizations/organization.resolver.js';
import { OrganizationPartnershipsResolver } from '../../partnerships/organization-partnerships.resolver.js';
import { PartnershipAmendmentResolver, PartnershipResolver } from '../../partnerships/partnership.resolver.js';
import { ProgrammeAttachmentRequestsResolver, ProgrammeRequestResolver, ProjectProgrammeRequestsResolver } from '../../projects/programme-request.resolver.js';
import { ProgrammeResolver, ProjectProgrammeResolver } from '../../projects/programme.js';
import { OrganizationProjectsResolver, ParticipantResolver, ProjectResolver } from '../../projects/project.resolver.js';
import { technologyResolvers } from '../../technologies/technology.module.js';
import { AgreementResolver, ObligationResolver, OrganizationAgreementsResolver, TechnologyAgreementsResolver } from '../../agreements/agreement.resolver.js';
import { AgreementRevenueResolver, DistributionLineResolver, OrganizationRevenueResolver, RevenueResolver } from '../../revenue/revenue.resolver.js';
import { OrganizationSpinOffsResolver, SpinOffResolver } from '../../spin-offs/spin-off.resolver.js';

/**
 * Every resolver of the API, for printing the schema without starting the application. A test
 * compares the running application's schema with schema.gql, so a resolver missing here shows up.
 */
export const schemaResolvers: Type<unknown>[] = [
  OrganizationResolver,
  AuthResolver,
  UserResolver,
  ApiKeyResolver,
  AuditResolver,
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
  AgreementResolver, ObligationResolver, OrganizationAgreementsResolver, TechnologyAgreementsResolver,
  RevenueResolver, DistributionLineResolver, AgreementRevenueResolver, OrganizationRevenueResolver,
  SpinOffResolver, OrganizationSpinOffsResolver,
  OfferResolver, DemandResolver, InterestResolver, DealResolver, TechnologyOffersResolver,
];

/** Root types get their descriptions here: code-first has no decorator for them. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Reads. Anonymous callers may read the public organisation directory.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Writes. Each runs in one transaction and is recorded in the audit trail.';
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'Live updates over WebSocket (graphql-ws protocol) at /graphql, announced after commit.';
  return schema;
}

export function printApiSchema(schema: GraphQLSchema): string {
  return `# The GraphQL schema of the Triple Helix API, printed by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
