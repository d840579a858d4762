/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Agreement($id: ID, $code: String) { agreement(id: $id, code: $code) { ...AgreementFields obligations { id status } } }": typeof types.AgreementDocument,
    "query Agreements($filter: AgreementFilter, $first: Int, $after: String) { agreements(filter: $filter, first: $first, after: $after) {\n  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor }\n} }": typeof types.AgreementsDocument,
    "mutation UpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on VersionConflictError { currentVersion }\n  ... on AgreementStateError { currentStatus }\n  ... on ErrorResult { code message field }\n} }": typeof types.UpdateAgreementDocument,
    "mutation AddObligation($input: AddObligationInput!) { addObligation(input: $input) {\n  __typename\n  ... on AgreementObligation { id kind description dueOn owedBy status overdue version agreement { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.AddObligationDocument,
    "mutation ReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) {\n  __typename\n  ... on AgreementObligation { id status reportedMetOn reportedAt version }\n  ... on ErrorResult { code message field }\n} }": typeof types.ReportObligationMetDocument,
    "mutation RecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) {\n  __typename\n  ... on AgreementObligation { id status metOn outcomeNote version }\n  ... on InvalidObligationTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": typeof types.RecordObligationOutcomeDocument,
    "query OverdueObligations { overdueObligations { totalCount edges { node { id dueOn overdue } } } }": typeof types.OverdueObligationsDocument,
    "query AgreementObligations($filter: ObligationFilter) { agreementObligations(filter: $filter) { totalCount edges { node { id dueOn status } } } }": typeof types.AgreementObligationsDocument,
    "query AgreementsOrganization($id: ID!) { organization(id: $id) { agreements { totalCount } } }": typeof types.AgreementsOrganizationDocument,
    "query AgreementsAgreements($first: Int, $organizationId: ID) {\n      agreements(first: $first) { edges { node {\n        code status licensee { name } licensors { name children { name } } technologies { code owners { organization { name } } }\n        terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { description amount { amount currency } } }\n        obligations { dueOn overdue agreement { code licensee { name } } }\n        receipts { kind amount { amount currency } receivedOn } costs { kind amount { amount } }\n        distributions { periodEnd net { amount } agreement { code } lines { beneficiaryKind inventorName amount { amount } payer { name } organization { name } agreement { code } } }\n      } } }\n      agreementObligations(first: $first) { edges { node { description overdue agreement { code licensors { name } terms { currency } } } } }\n      organization(id: $organizationId) { agreements(first: $first) { totalCount edges { node { code licensee { name } obligations { status } } } } }\n    }": typeof types.AgreementsAgreementsDocument,
    "query ExchangeTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { ...OfferFields technology { id } } }": typeof types.ExchangeTechnologyOffer2Document,
    "query TechnologyOffers($filter: OfferFilter, $first: Int, $after: String) { technologyOffers(filter: $filter, first: $first, after: $after) {\n  totalCount edges { cursor node { id title status } } pageInfo { hasNextPage endCursor } } }": typeof types.TechnologyOffersDocument,
    "query ExchangeTechnologyDemand($id: ID!) { technologyDemand(id: $id) { ...DemandFields } }": typeof types.ExchangeTechnologyDemandDocument,
    "mutation WithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) {\n  __typename ... on TechnologyOffer { status version } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code field } } }": typeof types.WithdrawOfferDocument,
    "mutation ExchangeUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) {\n  __typename ... on TechnologyOffer { title version trl } ... on ErrorResult { code message field } } }": typeof types.ExchangeUpdateOfferDocument,
    "mutation ExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n  __typename ... on ExchangeInterest { id status message organization { id } offer { id } } ... on ErrorResult { code message field } } }": typeof types.ExpressInterestDocument,
    "mutation WithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename ... on ExchangeInterest { status withdrawnAt } ... on ErrorResult { code } } }": typeof types.WithdrawInterestDocument,
    "mutation ExchangeCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on ErrorResult { code field } } }": typeof types.ExchangeCreateOfferDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": typeof types.CreateApiKeyDocument,
    "mutation ExchangeVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }": typeof types.ExchangeVerifyOrganizationDocument,
    "query ExchangeInterests { exchangeInterests { totalCount edges { node { id } } } }": typeof types.ExchangeInterestsDocument,
    "query ExchangeTechnologyOffer($id: ID!) { technologyOffer(id: $id) { interests { id message } } }": typeof types.ExchangeTechnologyOfferDocument,
    "mutation ExchangeCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on ErrorResult { field } } }": typeof types.ExchangeCreateDemandDocument,
    "mutation ExchangeCreateDemand2($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }": typeof types.ExchangeCreateDemand2Document,
    "query TechnologyDemands { technologyDemands(filter: {search: \"chat luong nuoc\", maxTrl: 6}) { totalCount } }": typeof types.TechnologyDemandsDocument,
    "query ExchangeTechnologyDemands { technologyDemands(filter: {maxTrl: 4}) { totalCount } }": typeof types.ExchangeTechnologyDemandsDocument,
    "query MatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {\n  score offer { id title } reasons { kind detail weight } } }": typeof types.MatchesForDemandDocument,
    "query MatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score demand { id title } reasons { kind detail weight } } }": typeof types.MatchesForOfferDocument,
    "query MatchingMatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {\n      score offer { id title status details price { amount currency } organization { name } interests { id } } } }": typeof types.MatchingMatchesForDemandDocument,
    "mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) {\n  __typename\n  ... on Membership { id role status position since version }\n  ... on ErrorResult { code message field }\n} }": typeof types.RequestMembershipDocument,
    "mutation ApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) {\n  __typename\n  ... on Membership { id role status since version }\n  ... on MembershipStatusError { status }\n  ... on ErrorResult { code message }\n} }": typeof types.ApproveMembershipRequestDocument,
    "mutation DeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) {\n  __typename\n  ... on Membership { id status }\n  ... on ErrorResult { code message }\n} }": typeof types.DeclineMembershipRequestDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) {\n  __typename\n  ... on Membership { id role status version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message }\n} }": typeof types.ChangeMemberRoleDocument,
    "mutation RemoveMember($id: ID!) { removeMember(membershipId: $id) {\n  __typename\n  ... on Membership { id role status since until version }\n  ... on MembershipStatusError { status }\n  ... on ErrorResult { code message }\n} }": typeof types.RemoveMemberDocument,
    "mutation LeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) {\n  __typename\n  ... on Membership { id status until }\n  ... on ErrorResult { code message }\n} }": typeof types.LeaveOrganizationDocument,
    "mutation RevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) {\n  __typename\n  ... on Invitation { id status revokedAt }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message }\n} }": typeof types.RevokeInvitationDocument,
    "query Organization($id: ID!, $first: Int, $after: String, $filter: MemberFilter) { organization(id: $id) {\n  members(first: $first, after: $after, filter: $filter) {\n    totalCount\n    edges { cursor node { id role status user { id } } }\n    pageInfo { hasNextPage endCursor }\n  }\n} }": typeof types.OrganizationDocument,
    "query MembershipsOrganization($id: ID!) { organization(id: $id) { invitations { id email role status invitedBy { id } } } }": typeof types.MembershipsOrganizationDocument,
    "query MyMemberships { myMemberships { id role status organization { id name } user { id } } }": typeof types.MyMembershipsDocument,
    "query MembershipsOrganization2($id: ID!, $first: Int) { organization(id: $id) { members(first: $first) { edges { node { role user { displayName } organization { name } } } } } }": typeof types.MembershipsOrganization2Document,
    "mutation ReadParityDealsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } ... on ErrorResult { message } } }": typeof types.ReadParityDealsExpressInterestDocument,
    "query Deal($id: ID!) { deal(id: $id) { offer { details price { amount } priceNote } demand { budget { min } } } }": typeof types.DealDocument,
    "query TechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min } } }": typeof types.TechnologyDemandDocument,
    "query ReadParityDealsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { details priceNote } }": typeof types.ReadParityDealsTechnologyOfferDocument,
    "query ReadParityDealsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min max currency } } }": typeof types.ReadParityDealsTechnologyDemandDocument,
    "mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {\n  kind dryRun applied rowsRead created updated unchanged\n  problems { row column code message }\n  rows { row key action recordId }\n} }": typeof types.ImportSpreadsheetForTestDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken user { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.RegisterDocument,
    "fragment AgreementFields on Agreement {\n  id code title type status territory fieldOfUse effectiveOn expiresOn executedOn endedOn version\n  licensors { id } licensee { id } technologies { id code }\n  terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { id description amount { amount currency } dueOn status } }\n}": typeof types.AgreementFieldsFragmentDoc,
    "mutation CreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateAgreementDocument,
    "mutation TransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n  __typename\n  ... on Agreement { id status version executedOn effectiveOn endedOn }\n  ... on InvalidAgreementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": typeof types.TransitionAgreementDocument,
    "fragment OfferFields on TechnologyOffer {\n  id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn version concepts organization { id }\n}": typeof types.OfferFieldsFragmentDoc,
    "fragment DemandFields on TechnologyDemand {\n  id title description sectors keywords language minTrl status publishedOn expiresOn version concepts budget { min max currency } organization { id }\n}": typeof types.DemandFieldsFragmentDoc,
    "mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { ...OfferFields } ... on ErrorResult { code message field } } }": typeof types.CreateOfferDocument,
    "mutation CreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n  __typename ... on TechnologyDemand { ...DemandFields } ... on ErrorResult { code message field } } }": typeof types.CreateDemandDocument,
    "mutation PublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.PublishOfferDocument,
    "mutation RenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.RenewOfferDocument,
    "mutation PublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.PublishDemandDocument,
    "mutation RenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.RenewDemandDocument,
    "mutation VerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }": typeof types.VerifyOrganizationDocument,
    "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename\n  ... on Project { id code version participants { id organization { id } } }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateProjectDocument,
    "mutation InviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": typeof types.InviteParticipantDocument,
    "mutation AcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": typeof types.AcceptParticipationDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) {\n  __typename\n  ... on Programme { id code }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateProgrammeDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id name }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateOrganizationDocument,
    "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) {\n  __typename\n  ... on InvitationCreated { token invitation { id email role status expiresAt invitedBy { id displayName } organization { id name } } }\n  ... on ErrorResult { code message field }\n} }": typeof types.InviteMemberDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {\n  __typename\n  ... on AcceptedInvitation {\n    membership { id role status since until version user { id email displayName } organization { id } }\n    session { accessToken refreshToken user { id email } }\n  }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message field }\n} }": typeof types.AcceptInvitationDocument,
    "mutation CreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateTechnologyDocument,
    "mutation AssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename\n  ... on Technology { currentTrl }\n  ... on ErrorResult { code message field }\n} }": typeof types.AssessTrlDocument,
    "mutation SetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n  __typename ... on Technology { version owners { share validFrom validUntil organization { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }": typeof types.SetTechnologyOwnersDocument,
    "mutation SetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n  __typename ... on Technology { version inventors { share externalName user { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on ErrorResult { code message field } } }": typeof types.SetTechnologyInventorsDocument,
    "mutation TechnologiesAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename ... on Technology { currentTrl trlHistory { level assessedOn } } ... on ErrorResult { code message field } } }": typeof types.TechnologiesAssessTrlDocument,
    "mutation UpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) {\n  __typename ... on Technology { title version abstract keywords } ... on VersionConflictError { currentVersion } ... on ErrorResult { code field } } }": typeof types.UpdateTechnologyDocument,
    "query Technologies($filter: TechnologyFilter, $first: Int, $after: String, $orderBy: TechnologyOrder) {\n  technologies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n    totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }": typeof types.TechnologiesDocument,
    "mutation TechnologiesCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { ... on SharesDoNotTotalError { subject total day } } }": typeof types.TechnologiesCreateTechnologyDocument,
    "mutation TechnologiesCreateTechnology2($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on SharesDoNotTotalError { subject total day field } } }": typeof types.TechnologiesCreateTechnology2Document,
    "mutation TechnologiesCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }": typeof types.TechnologiesCreateProjectDocument,
    "query TechnologiesProject($id: ID) { project(id: $id) { technologies { code } } }": typeof types.TechnologiesProjectDocument,
    "query TechnologiesOrganization($id: ID) { organization(id: $id) { technologies(first: 10) { totalCount } } }": typeof types.TechnologiesOrganizationDocument,
    "mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename ... on Organization { name helix verified version } ... on ErrorResult { code message field } } }": typeof types.UpdateOrganizationDocument,
    "mutation TrustVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }": typeof types.TrustVerifyOrganizationDocument,
    "query Organizations { organizations(filter: {verified: false}, orderBy: {field: UPDATED_AT, direction: DESC}, first: 100) { edges { node { id name verified } } } }": typeof types.OrganizationsDocument,
    "query AuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actorUserId changes { field before after } } } } }": typeof types.AuditLogDocument,
    "mutation TrustCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }": typeof types.TrustCreateProjectDocument,
    "mutation UpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {\n  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }": typeof types.UpdateProjectDocument,
    "mutation TrustCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }": typeof types.TrustCreateProgrammeDocument,
    "query TechnologyOffer($id: ID!) { technologyOffer(id: $id) { title details price { amount currency } priceNote } }": typeof types.TechnologyOfferDocument,
    "query TrustOrganization($id: ID!) { organization(id: $id) { verified } }": typeof types.TrustOrganizationDocument,
    "mutation TrustCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": typeof types.TrustCreateOrganizationDocument,
    "mutation OpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id version } ... on ErrorResult { code message field } } }": typeof types.OpenDealDocument,
    "mutation AdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename ... on Deal { stage } ... on ErrorResult { code message field } } }": typeof types.AdvanceDealDocument,
    "mutation DropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename ... on Deal { stage } } }": typeof types.DropDealDocument,
    "query Projects($id: ID) { projects(filter: {programmeId: $id}) { totalCount } }": typeof types.ProjectsDocument,
    "mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }": typeof types.ArchiveOrganizationDocument,
    "mutation TrustCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename } }": typeof types.TrustCreateOfferDocument,
    "mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }": typeof types.UpdateOfferDocument,
    "query Project($id: ID!) { project(id: $id) { code title } }": typeof types.ProjectDocument,
};
const documents: Documents = {
    "query Agreement($id: ID, $code: String) { agreement(id: $id, code: $code) { ...AgreementFields obligations { id status } } }": types.AgreementDocument,
    "query Agreements($filter: AgreementFilter, $first: Int, $after: String) { agreements(filter: $filter, first: $first, after: $after) {\n  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor }\n} }": types.AgreementsDocument,
    "mutation UpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on VersionConflictError { currentVersion }\n  ... on AgreementStateError { currentStatus }\n  ... on ErrorResult { code message field }\n} }": types.UpdateAgreementDocument,
    "mutation AddObligation($input: AddObligationInput!) { addObligation(input: $input) {\n  __typename\n  ... on AgreementObligation { id kind description dueOn owedBy status overdue version agreement { id } }\n  ... on ErrorResult { code message field }\n} }": types.AddObligationDocument,
    "mutation ReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) {\n  __typename\n  ... on AgreementObligation { id status reportedMetOn reportedAt version }\n  ... on ErrorResult { code message field }\n} }": types.ReportObligationMetDocument,
    "mutation RecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) {\n  __typename\n  ... on AgreementObligation { id status metOn outcomeNote version }\n  ... on InvalidObligationTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": types.RecordObligationOutcomeDocument,
    "query OverdueObligations { overdueObligations { totalCount edges { node { id dueOn overdue } } } }": types.OverdueObligationsDocument,
    "query AgreementObligations($filter: ObligationFilter) { agreementObligations(filter: $filter) { totalCount edges { node { id dueOn status } } } }": types.AgreementObligationsDocument,
    "query AgreementsOrganization($id: ID!) { organization(id: $id) { agreements { totalCount } } }": types.AgreementsOrganizationDocument,
    "query AgreementsAgreements($first: Int, $organizationId: ID) {\n      agreements(first: $first) { edges { node {\n        code status licensee { name } licensors { name children { name } } technologies { code owners { organization { name } } }\n        terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { description amount { amount currency } } }\n        obligations { dueOn overdue agreement { code licensee { name } } }\n        receipts { kind amount { amount currency } receivedOn } costs { kind amount { amount } }\n        distributions { periodEnd net { amount } agreement { code } lines { beneficiaryKind inventorName amount { amount } payer { name } organization { name } agreement { code } } }\n      } } }\n      agreementObligations(first: $first) { edges { node { description overdue agreement { code licensors { name } terms { currency } } } } }\n      organization(id: $organizationId) { agreements(first: $first) { totalCount edges { node { code licensee { name } obligations { status } } } } }\n    }": types.AgreementsAgreementsDocument,
    "query ExchangeTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { ...OfferFields technology { id } } }": types.ExchangeTechnologyOffer2Document,
    "query TechnologyOffers($filter: OfferFilter, $first: Int, $after: String) { technologyOffers(filter: $filter, first: $first, after: $after) {\n  totalCount edges { cursor node { id title status } } pageInfo { hasNextPage endCursor } } }": types.TechnologyOffersDocument,
    "query ExchangeTechnologyDemand($id: ID!) { technologyDemand(id: $id) { ...DemandFields } }": types.ExchangeTechnologyDemandDocument,
    "mutation WithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) {\n  __typename ... on TechnologyOffer { status version } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code field } } }": types.WithdrawOfferDocument,
    "mutation ExchangeUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) {\n  __typename ... on TechnologyOffer { title version trl } ... on ErrorResult { code message field } } }": types.ExchangeUpdateOfferDocument,
    "mutation ExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n  __typename ... on ExchangeInterest { id status message organization { id } offer { id } } ... on ErrorResult { code message field } } }": types.ExpressInterestDocument,
    "mutation WithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename ... on ExchangeInterest { status withdrawnAt } ... on ErrorResult { code } } }": types.WithdrawInterestDocument,
    "mutation ExchangeCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on ErrorResult { code field } } }": types.ExchangeCreateOfferDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": types.CreateApiKeyDocument,
    "mutation ExchangeVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }": types.ExchangeVerifyOrganizationDocument,
    "query ExchangeInterests { exchangeInterests { totalCount edges { node { id } } } }": types.ExchangeInterestsDocument,
    "query ExchangeTechnologyOffer($id: ID!) { technologyOffer(id: $id) { interests { id message } } }": types.ExchangeTechnologyOfferDocument,
    "mutation ExchangeCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on ErrorResult { field } } }": types.ExchangeCreateDemandDocument,
    "mutation ExchangeCreateDemand2($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }": types.ExchangeCreateDemand2Document,
    "query TechnologyDemands { technologyDemands(filter: {search: \"chat luong nuoc\", maxTrl: 6}) { totalCount } }": types.TechnologyDemandsDocument,
    "query ExchangeTechnologyDemands { technologyDemands(filter: {maxTrl: 4}) { totalCount } }": types.ExchangeTechnologyDemandsDocument,
    "query MatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {\n  score offer { id title } reasons { kind detail weight } } }": types.MatchesForDemandDocument,
    "query MatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score demand { id title } reasons { kind detail weight } } }": types.MatchesForOfferDocument,
    "query MatchingMatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {\n      score offer { id title status details price { amount currency } organization { name } interests { id } } } }": types.MatchingMatchesForDemandDocument,
    "mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) {\n  __typename\n  ... on Membership { id role status position since version }\n  ... on ErrorResult { code message field }\n} }": types.RequestMembershipDocument,
    "mutation ApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) {\n  __typename\n  ... on Membership { id role status since version }\n  ... on MembershipStatusError { status }\n  ... on ErrorResult { code message }\n} }": types.ApproveMembershipRequestDocument,
    "mutation DeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) {\n  __typename\n  ... on Membership { id status }\n  ... on ErrorResult { code message }\n} }": types.DeclineMembershipRequestDocument,
    "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) {\n  __typename\n  ... on Membership { id role status version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message }\n} }": types.ChangeMemberRoleDocument,
    "mutation RemoveMember($id: ID!) { removeMember(membershipId: $id) {\n  __typename\n  ... on Membership { id role status since until version }\n  ... on MembershipStatusError { status }\n  ... on ErrorResult { code message }\n} }": types.RemoveMemberDocument,
    "mutation LeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) {\n  __typename\n  ... on Membership { id status until }\n  ... on ErrorResult { code message }\n} }": types.LeaveOrganizationDocument,
    "mutation RevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) {\n  __typename\n  ... on Invitation { id status revokedAt }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message }\n} }": types.RevokeInvitationDocument,
    "query Organization($id: ID!, $first: Int, $after: String, $filter: MemberFilter) { organization(id: $id) {\n  members(first: $first, after: $after, filter: $filter) {\n    totalCount\n    edges { cursor node { id role status user { id } } }\n    pageInfo { hasNextPage endCursor }\n  }\n} }": types.OrganizationDocument,
    "query MembershipsOrganization($id: ID!) { organization(id: $id) { invitations { id email role status invitedBy { id } } } }": types.MembershipsOrganizationDocument,
    "query MyMemberships { myMemberships { id role status organization { id name } user { id } } }": types.MyMembershipsDocument,
    "query MembershipsOrganization2($id: ID!, $first: Int) { organization(id: $id) { members(first: $first) { edges { node { role user { displayName } organization { name } } } } } }": types.MembershipsOrganization2Document,
    "mutation ReadParityDealsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } ... on ErrorResult { message } } }": types.ReadParityDealsExpressInterestDocument,
    "query Deal($id: ID!) { deal(id: $id) { offer { details price { amount } priceNote } demand { budget { min } } } }": types.DealDocument,
    "query TechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min } } }": types.TechnologyDemandDocument,
    "query ReadParityDealsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { details priceNote } }": types.ReadParityDealsTechnologyOfferDocument,
    "query ReadParityDealsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min max currency } } }": types.ReadParityDealsTechnologyDemandDocument,
    "mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {\n  kind dryRun applied rowsRead created updated unchanged\n  problems { row column code message }\n  rows { row key action recordId }\n} }": types.ImportSpreadsheetForTestDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken user { id } }\n  ... on ErrorResult { code message field }\n} }": types.RegisterDocument,
    "fragment AgreementFields on Agreement {\n  id code title type status territory fieldOfUse effectiveOn expiresOn executedOn endedOn version\n  licensors { id } licensee { id } technologies { id code }\n  terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { id description amount { amount currency } dueOn status } }\n}": types.AgreementFieldsFragmentDoc,
    "mutation CreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on ErrorResult { code message field }\n} }": types.CreateAgreementDocument,
    "mutation TransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n  __typename\n  ... on Agreement { id status version executedOn effectiveOn endedOn }\n  ... on InvalidAgreementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": types.TransitionAgreementDocument,
    "fragment OfferFields on TechnologyOffer {\n  id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn version concepts organization { id }\n}": types.OfferFieldsFragmentDoc,
    "fragment DemandFields on TechnologyDemand {\n  id title description sectors keywords language minTrl status publishedOn expiresOn version concepts budget { min max currency } organization { id }\n}": types.DemandFieldsFragmentDoc,
    "mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { ...OfferFields } ... on ErrorResult { code message field } } }": types.CreateOfferDocument,
    "mutation CreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n  __typename ... on TechnologyDemand { ...DemandFields } ... on ErrorResult { code message field } } }": types.CreateDemandDocument,
    "mutation PublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.PublishOfferDocument,
    "mutation RenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.RenewOfferDocument,
    "mutation PublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.PublishDemandDocument,
    "mutation RenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.RenewDemandDocument,
    "mutation VerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }": types.VerifyOrganizationDocument,
    "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename\n  ... on Project { id code version participants { id organization { id } } }\n  ... on ErrorResult { code message field }\n} }": types.CreateProjectDocument,
    "mutation InviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": types.InviteParticipantDocument,
    "mutation AcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": types.AcceptParticipationDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) {\n  __typename\n  ... on Programme { id code }\n  ... on ErrorResult { code message field }\n} }": types.CreateProgrammeDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id name }\n  ... on ErrorResult { code message field }\n} }": types.CreateOrganizationDocument,
    "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) {\n  __typename\n  ... on InvitationCreated { token invitation { id email role status expiresAt invitedBy { id displayName } organization { id name } } }\n  ... on ErrorResult { code message field }\n} }": types.InviteMemberDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {\n  __typename\n  ... on AcceptedInvitation {\n    membership { id role status since until version user { id email displayName } organization { id } }\n    session { accessToken refreshToken user { id email } }\n  }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message field }\n} }": types.AcceptInvitationDocument,
    "mutation CreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version }\n  ... on ErrorResult { code message field }\n} }": types.CreateTechnologyDocument,
    "mutation AssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename\n  ... on Technology { currentTrl }\n  ... on ErrorResult { code message field }\n} }": types.AssessTrlDocument,
    "mutation SetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n  __typename ... on Technology { version owners { share validFrom validUntil organization { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }": types.SetTechnologyOwnersDocument,
    "mutation SetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n  __typename ... on Technology { version inventors { share externalName user { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on ErrorResult { code message field } } }": types.SetTechnologyInventorsDocument,
    "mutation TechnologiesAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename ... on Technology { currentTrl trlHistory { level assessedOn } } ... on ErrorResult { code message field } } }": types.TechnologiesAssessTrlDocument,
    "mutation UpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) {\n  __typename ... on Technology { title version abstract keywords } ... on VersionConflictError { currentVersion } ... on ErrorResult { code field } } }": types.UpdateTechnologyDocument,
    "query Technologies($filter: TechnologyFilter, $first: Int, $after: String, $orderBy: TechnologyOrder) {\n  technologies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n    totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }": types.TechnologiesDocument,
    "mutation TechnologiesCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { ... on SharesDoNotTotalError { subject total day } } }": types.TechnologiesCreateTechnologyDocument,
    "mutation TechnologiesCreateTechnology2($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on SharesDoNotTotalError { subject total day field } } }": types.TechnologiesCreateTechnology2Document,
    "mutation TechnologiesCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }": types.TechnologiesCreateProjectDocument,
    "query TechnologiesProject($id: ID) { project(id: $id) { technologies { code } } }": types.TechnologiesProjectDocument,
    "query TechnologiesOrganization($id: ID) { organization(id: $id) { technologies(first: 10) { totalCount } } }": types.TechnologiesOrganizationDocument,
    "mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename ... on Organization { name helix verified version } ... on ErrorResult { code message field } } }": types.UpdateOrganizationDocument,
    "mutation TrustVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }": types.TrustVerifyOrganizationDocument,
    "query Organizations { organizations(filter: {verified: false}, orderBy: {field: UPDATED_AT, direction: DESC}, first: 100) { edges { node { id name verified } } } }": types.OrganizationsDocument,
    "query AuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actorUserId changes { field before after } } } } }": types.AuditLogDocument,
    "mutation TrustCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }": types.TrustCreateProjectDocument,
    "mutation UpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {\n  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }": types.UpdateProjectDocument,
    "mutation TrustCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }": types.TrustCreateProgrammeDocument,
    "query TechnologyOffer($id: ID!) { technologyOffer(id: $id) { title details price { amount currency } priceNote } }": types.TechnologyOfferDocument,
    "query TrustOrganization($id: ID!) { organization(id: $id) { verified } }": types.TrustOrganizationDocument,
    "mutation TrustCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": types.TrustCreateOrganizationDocument,
    "mutation OpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id version } ... on ErrorResult { code message field } } }": types.OpenDealDocument,
    "mutation AdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename ... on Deal { stage } ... on ErrorResult { code message field } } }": types.AdvanceDealDocument,
    "mutation DropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename ... on Deal { stage } } }": types.DropDealDocument,
    "query Projects($id: ID) { projects(filter: {programmeId: $id}) { totalCount } }": types.ProjectsDocument,
    "mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }": types.ArchiveOrganizationDocument,
    "mutation TrustCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename } }": types.TrustCreateOfferDocument,
    "mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }": types.UpdateOfferDocument,
    "query Project($id: ID!) { project(id: $id) { code title } }": types.ProjectDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Agreement($id: ID, $code: String) { agreement(id: $id, code: $code) { ...AgreementFields obligations { id status } } }"): typeof import('./graphql.js').AgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Agreements($filter: AgreementFilter, $first: Int, $after: String) { agreements(filter: $filter, first: $first, after: $after) {\n  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor }\n} }"): typeof import('./graphql.js').AgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on VersionConflictError { currentVersion }\n  ... on AgreementStateError { currentStatus }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').UpdateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddObligation($input: AddObligationInput!) { addObligation(input: $input) {\n  __typename\n  ... on AgreementObligation { id kind description dueOn owedBy status overdue version agreement { id } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').AddObligationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) {\n  __typename\n  ... on AgreementObligation { id status reportedMetOn reportedAt version }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').ReportObligationMetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) {\n  __typename\n  ... on AgreementObligation { id status metOn outcomeNote version }\n  ... on InvalidObligationTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RecordObligationOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverdueObligations { overdueObligations { totalCount edges { node { id dueOn overdue } } } }"): typeof import('./graphql.js').OverdueObligationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementObligations($filter: ObligationFilter) { agreementObligations(filter: $filter) { totalCount edges { node { id dueOn status } } } }"): typeof import('./graphql.js').AgreementObligationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsOrganization($id: ID!) { organization(id: $id) { agreements { totalCount } } }"): typeof import('./graphql.js').AgreementsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgreementsAgreements($first: Int, $organizationId: ID) {\n      agreements(first: $first) { edges { node {\n        code status licensee { name } licensors { name children { name } } technologies { code owners { organization { name } } }\n        terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { description amount { amount currency } } }\n        obligations { dueOn overdue agreement { code licensee { name } } }\n        receipts { kind amount { amount currency } receivedOn } costs { kind amount { amount } }\n        distributions { periodEnd net { amount } agreement { code } lines { beneficiaryKind inventorName amount { amount } payer { name } organization { name } agreement { code } } }\n      } } }\n      agreementObligations(first: $first) { edges { node { description overdue agreement { code licensors { name } terms { currency } } } } }\n      organization(id: $organizationId) { agreements(first: $first) { totalCount edges { node { code licensee { name } obligations { status } } } } }\n    }"): typeof import('./graphql.js').AgreementsAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { ...OfferFields technology { id } } }"): typeof import('./graphql.js').ExchangeTechnologyOffer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologyOffers($filter: OfferFilter, $first: Int, $after: String) { technologyOffers(filter: $filter, first: $first, after: $after) {\n  totalCount edges { cursor node { id title status } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').TechnologyOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeTechnologyDemand($id: ID!) { technologyDemand(id: $id) { ...DemandFields } }"): typeof import('./graphql.js').ExchangeTechnologyDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) {\n  __typename ... on TechnologyOffer { status version } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code field } } }"): typeof import('./graphql.js').WithdrawOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) {\n  __typename ... on TechnologyOffer { title version trl } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ExchangeUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n  __typename ... on ExchangeInterest { id status message organization { id } offer { id } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename ... on ExchangeInterest { status withdrawnAt } ... on ErrorResult { code } } }"): typeof import('./graphql.js').WithdrawInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on ErrorResult { code field } } }"): typeof import('./graphql.js').ExchangeCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }"): typeof import('./graphql.js').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }"): typeof import('./graphql.js').ExchangeVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeInterests { exchangeInterests { totalCount edges { node { id } } } }"): typeof import('./graphql.js').ExchangeInterestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeTechnologyOffer($id: ID!) { technologyOffer(id: $id) { interests { id message } } }"): typeof import('./graphql.js').ExchangeTechnologyOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on ErrorResult { field } } }"): typeof import('./graphql.js').ExchangeCreateDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeCreateDemand2($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }"): typeof import('./graphql.js').ExchangeCreateDemand2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologyDemands { technologyDemands(filter: {search: \"chat luong nuoc\", maxTrl: 6}) { totalCount } }"): typeof import('./graphql.js').TechnologyDemandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExchangeTechnologyDemands { technologyDemands(filter: {maxTrl: 4}) { totalCount } }"): typeof import('./graphql.js').ExchangeTechnologyDemandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {\n  score offer { id title } reasons { kind detail weight } } }"): typeof import('./graphql.js').MatchesForDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score demand { id title } reasons { kind detail weight } } }"): typeof import('./graphql.js').MatchesForOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingMatchesForDemand($id: ID!, $first: Int) { matchesForDemand(demandId: $id, first: $first) {\n      score offer { id title status details price { amount currency } organization { name } interests { id } } } }"): typeof import('./graphql.js').MatchingMatchesForDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) {\n  __typename\n  ... on Membership { id role status position since version }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RequestMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) {\n  __typename\n  ... on Membership { id role status since version }\n  ... on MembershipStatusError { status }\n  ... on ErrorResult { code message }\n} }"): typeof import('./graphql.js').ApproveMembershipRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) {\n  __typename\n  ... on Membership { id status }\n  ... on ErrorResult { code message }\n} }"): typeof import('./graphql.js').DeclineMembershipRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) {\n  __typename\n  ... on Membership { id role status version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message }\n} }"): typeof import('./graphql.js').ChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMember($id: ID!) { removeMember(membershipId: $id) {\n  __typename\n  ... on Membership { id role status since until version }\n  ... on MembershipStatusError { status }\n  ... on ErrorResult { code message }\n} }"): typeof import('./graphql.js').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) {\n  __typename\n  ... on Membership { id status until }\n  ... on ErrorResult { code message }\n} }"): typeof import('./graphql.js').LeaveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) {\n  __typename\n  ... on Invitation { id status revokedAt }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message }\n} }"): typeof import('./graphql.js').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organization($id: ID!, $first: Int, $after: String, $filter: MemberFilter) { organization(id: $id) {\n  members(first: $first, after: $after, filter: $filter) {\n    totalCount\n    edges { cursor node { id role status user { id } } }\n    pageInfo { hasNextPage endCursor }\n  }\n} }"): typeof import('./graphql.js').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembershipsOrganization($id: ID!) { organization(id: $id) { invitations { id email role status invitedBy { id } } } }"): typeof import('./graphql.js').MembershipsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMemberships { myMemberships { id role status organization { id name } user { id } } }"): typeof import('./graphql.js').MyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembershipsOrganization2($id: ID!, $first: Int) { organization(id: $id) { members(first: $first) { edges { node { role user { displayName } organization { name } } } } } }"): typeof import('./graphql.js').MembershipsOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadParityDealsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } ... on ErrorResult { message } } }"): typeof import('./graphql.js').ReadParityDealsExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Deal($id: ID!) { deal(id: $id) { offer { details price { amount } priceNote } demand { budget { min } } } }"): typeof import('./graphql.js').DealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min } } }"): typeof import('./graphql.js').TechnologyDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadParityDealsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { details priceNote } }"): typeof import('./graphql.js').ReadParityDealsTechnologyOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadParityDealsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min max currency } } }"): typeof import('./graphql.js').ReadParityDealsTechnologyDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {\n  kind dryRun applied rowsRead created updated unchanged\n  problems { row column code message }\n  rows { row key action recordId }\n} }"): typeof import('./graphql.js').ImportSpreadsheetForTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) { register(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken user { id } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AgreementFields on Agreement {\n  id code title type status territory fieldOfUse effectiveOn expiresOn executedOn endedOn version\n  licensors { id } licensee { id } technologies { id code }\n  terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { id description amount { amount currency } dueOn status } }\n}"): typeof import('./graphql.js').AgreementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').CreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n  __typename\n  ... on Agreement { id status version executedOn effectiveOn endedOn }\n  ... on InvalidAgreementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').TransitionAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OfferFields on TechnologyOffer {\n  id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn version concepts organization { id }\n}"): typeof import('./graphql.js').OfferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DemandFields on TechnologyDemand {\n  id title description sectors keywords language minTrl status publishedOn expiresOn version concepts budget { min max currency } organization { id }\n}"): typeof import('./graphql.js').DemandFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { ...OfferFields } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n  __typename ... on TechnologyDemand { ...DemandFields } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CreateDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').PublishOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').RenewOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').PublishDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').RenewDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }"): typeof import('./graphql.js').VerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename\n  ... on Project { id code version participants { id organization { id } } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').InviteParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').AcceptParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) {\n  __typename\n  ... on Programme { id code }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').CreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id name }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) {\n  __typename\n  ... on InvitationCreated { token invitation { id email role status expiresAt invitedBy { id displayName } organization { id name } } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {\n  __typename\n  ... on AcceptedInvitation {\n    membership { id role status since until version user { id email displayName } organization { id } }\n    session { accessToken refreshToken user { id email } }\n  }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').CreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename\n  ... on Technology { currentTrl }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').AssessTrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n  __typename ... on Technology { version owners { share validFrom validUntil organization { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').SetTechnologyOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n  __typename ... on Technology { version inventors { share externalName user { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').SetTechnologyInventorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TechnologiesAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename ... on Technology { currentTrl trlHistory { level assessedOn } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').TechnologiesAssessTrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) {\n  __typename ... on Technology { title version abstract keywords } ... on VersionConflictError { currentVersion } ... on ErrorResult { code field } } }"): typeof import('./graphql.js').UpdateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Technologies($filter: TechnologyFilter, $first: Int, $after: String, $orderBy: TechnologyOrder) {\n  technologies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n    totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').TechnologiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TechnologiesCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { ... on SharesDoNotTotalError { subject total day } } }"): typeof import('./graphql.js').TechnologiesCreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TechnologiesCreateTechnology2($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on SharesDoNotTotalError { subject total day field } } }"): typeof import('./graphql.js').TechnologiesCreateTechnology2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TechnologiesCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }"): typeof import('./graphql.js').TechnologiesCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesProject($id: ID) { project(id: $id) { technologies { code } } }"): typeof import('./graphql.js').TechnologiesProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesOrganization($id: ID) { organization(id: $id) { technologies(first: 10) { totalCount } } }"): typeof import('./graphql.js').TechnologiesOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename ... on Organization { name helix verified version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }"): typeof import('./graphql.js').TrustVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organizations { organizations(filter: {verified: false}, orderBy: {field: UPDATED_AT, direction: DESC}, first: 100) { edges { node { id name verified } } } }"): typeof import('./graphql.js').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actorUserId changes { field before after } } } } }"): typeof import('./graphql.js').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').TrustCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {\n  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').UpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }"): typeof import('./graphql.js').TrustCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologyOffer($id: ID!) { technologyOffer(id: $id) { title details price { amount currency } priceNote } }"): typeof import('./graphql.js').TechnologyOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrustOrganization($id: ID!) { organization(id: $id) { verified } }"): typeof import('./graphql.js').TrustOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }"): typeof import('./graphql.js').TrustCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').OpenDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename ... on Deal { stage } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').AdvanceDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename ... on Deal { stage } } }"): typeof import('./graphql.js').DropDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Projects($id: ID) { projects(filter: {programmeId: $id}) { totalCount } }"): typeof import('./graphql.js').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }"): typeof import('./graphql.js').ArchiveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrustCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename } }"): typeof import('./graphql.js').TrustCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }"): typeof import('./graphql.js').UpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Project($id: ID!) { project(id: $id) { code title } }"): typeof import('./graphql.js').ProjectDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
