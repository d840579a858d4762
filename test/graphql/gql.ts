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
    "query AdminConsoleOrganization($id: ID) { organization(id: $id) { id verified } }": typeof types.AdminConsoleOrganizationDocument,
    "query AdminConsoleApiKeys($id: ID) { organization(id: $id) { apiKeys { name active } } }": typeof types.AdminConsoleApiKeysDocument,
    "mutation AdminConsoleDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }": typeof types.AdminConsoleDisableUserDocument,
    "mutation AdminConsoleRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }": typeof types.AdminConsoleRequestMembershipDocument,
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
    "mutation AuthLogin($input: LoginInput!) { login(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email displayName platformRole } }\n  ... on ErrorResult { code message field }\n} }": typeof types.AuthLoginDocument,
    "mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken }\n  ... on ErrorResult { code message field }\n} }": typeof types.AuthRefreshSessionDocument,
    "query AuthMe { me { id email displayName platformRole disabled } }": typeof types.AuthMeDocument,
    "mutation AuthRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code message field } } }": typeof types.AuthRegisterDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "mutation AuthChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ErrorResult { code field } } }": typeof types.AuthChangePasswordDocument,
    "mutation AuthDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }": typeof types.AuthDisableUserDocument,
    "mutation AuthEnableUser($id: ID!) { enableUser(userId: $id) { disabled } }": typeof types.AuthEnableUserDocument,
    "query AuthOrganizations { organizations { totalCount } }": typeof types.AuthOrganizationsDocument,
    "mutation AuthzAccountsRowsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token invitation { id } } } }": typeof types.AuthzAccountsRowsInviteMemberDocument,
    "query AuthzAccountsRowsOrganizations { organizations { totalCount } }": typeof types.AuthzAccountsRowsOrganizationsDocument,
    "query AuthzAccountsRowsOrganization($id: ID) { organization(id: $id) { name } }": typeof types.AuthzAccountsRowsOrganizationDocument,
    "query Me { me { id } }": typeof types.MeDocument,
    "query AuthzAccountsRowsViewer { viewer { __typename ... on User { id } ... on ApiKey { id name organization { id } } } }": typeof types.AuthzAccountsRowsViewerDocument,
    "query AuthzAccountsRowsOrganization2($id: ID) { organization(id: $id) { apiKeys { id } } }": typeof types.AuthzAccountsRowsOrganization2Document,
    "query AuthzAccountsRowsAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }": typeof types.AuthzAccountsRowsAuditLogDocument,
    "query AuthzAccountsRowsAuditLog2 { auditLog { totalCount } }": typeof types.AuthzAccountsRowsAuditLog2Document,
    "query AuthzAccountsRowsUsers { users(first: 5, filter: { search: \"matrix\" }) { totalCount edges { node { id email disabled } } } }": typeof types.AuthzAccountsRowsUsersDocument,
    "mutation AuthzAccountsRowsRegister($input: RegisterInput!) { register(input: $input) { __typename } }": typeof types.AuthzAccountsRowsRegisterDocument,
    "mutation AuthzAccountsRowsLogin($input: LoginInput!) { login(input: $input) { __typename } }": typeof types.AuthzAccountsRowsLoginDocument,
    "mutation RefreshSession { refreshSession(refreshToken: \"thr_unknown\") { __typename } }": typeof types.RefreshSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }": typeof types.ChangePasswordDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }": typeof types.UpdateProfileDocument,
    "mutation AuthzAccountsRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }": typeof types.AuthzAccountsRowsCreateOrganizationDocument,
    "mutation AuthzAccountsRowsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }": typeof types.AuthzAccountsRowsUpdateOrganizationDocument,
    "mutation AuthzAccountsRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }": typeof types.AuthzAccountsRowsVerifyOrganizationDocument,
    "mutation AuthzAccountsRowsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }": typeof types.AuthzAccountsRowsArchiveOrganizationDocument,
    "mutation AuthzAccountsRowsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": typeof types.AuthzAccountsRowsCreateApiKeyDocument,
    "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }": typeof types.RevokeApiKeyDocument,
    "query AuthzAccountsRowsOrganization3($id: ID) { organization(id: $id) { members { totalCount } } }": typeof types.AuthzAccountsRowsOrganization3Document,
    "query AuthzAccountsRowsOrganization4($id: ID) { organization(id: $id) { invitations { id } } }": typeof types.AuthzAccountsRowsOrganization4Document,
    "query AuthzAccountsRowsInvitationHistory($id: ID) { organization(id: $id) { invitationHistory(first: 1) { totalCount } } }": typeof types.AuthzAccountsRowsInvitationHistoryDocument,
    "query AuthzAccountsRowsOrganization5($id: ID) { organization(id: $id) { members { edges { node { user { id email } } } } } }": typeof types.AuthzAccountsRowsOrganization5Document,
    "query AuthzAccountsRowsMyMemberships { myMemberships { id } }": typeof types.AuthzAccountsRowsMyMembershipsDocument,
    "mutation AuthzAccountsRowsInviteMember2($input: InviteMemberInput!) { inviteMember(input: $input) { __typename } }": typeof types.AuthzAccountsRowsInviteMember2Document,
    "mutation AuthzAccountsRowsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }": typeof types.AuthzAccountsRowsAcceptInvitationDocument,
    "mutation AuthzAccountsRowsRevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) { __typename } }": typeof types.AuthzAccountsRowsRevokeInvitationDocument,
    "mutation AuthzAccountsRowsRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }": typeof types.AuthzAccountsRowsRequestMembershipDocument,
    "mutation AuthzAccountsRowsApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }": typeof types.AuthzAccountsRowsApproveMembershipRequestDocument,
    "mutation AuthzAccountsRowsDeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) { __typename } }": typeof types.AuthzAccountsRowsDeclineMembershipRequestDocument,
    "mutation AuthzAccountsRowsChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }": typeof types.AuthzAccountsRowsChangeMemberRoleDocument,
    "mutation AuthzAccountsRowsRemoveMember($id: ID!) { removeMember(membershipId: $id) { __typename } }": typeof types.AuthzAccountsRowsRemoveMemberDocument,
    "mutation DisableUser($id: ID!) { disableUser(userId: $id) { id } }": typeof types.DisableUserDocument,
    "mutation EnableUser($id: ID!) { enableUser(userId: $id) { id } }": typeof types.EnableUserDocument,
    "mutation AuthzAccountsRowsLeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) { __typename } }": typeof types.AuthzAccountsRowsLeaveOrganizationDocument,
    "mutation AuthzAgreementsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }": typeof types.AuthzAgreementsRowsCreateTechnologyDocument,
    "mutation AuthzAgreementsRowsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }": typeof types.AuthzAgreementsRowsAddObligationDocument,
    "mutation SetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) { __typename } }": typeof types.SetDistributionPolicyDocument,
    "mutation RecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename } }": typeof types.RecordRevenueReceiptDocument,
    "mutation DistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) { __typename } }": typeof types.DistributeRevenueDocument,
    "mutation CreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }": typeof types.CreateSpinOffDocument,
    "query AuthzAgreementsRowsAgreement($id: ID) { agreement(id: $id) { id } }": typeof types.AuthzAgreementsRowsAgreementDocument,
    "query AuthzAgreementsRowsAgreements { agreements(first: 100) { edges { node { id } } } }": typeof types.AuthzAgreementsRowsAgreementsDocument,
    "query AuthzAgreementsRowsAgreement2($id: ID) { agreement(id: $id) { costs { id } } }": typeof types.AuthzAgreementsRowsAgreement2Document,
    "query AuthzAgreementsRowsAgreement3($id: ID) { agreement(id: $id) { distributions { id } } }": typeof types.AuthzAgreementsRowsAgreement3Document,
    "query AuthzAgreementsRowsOrganization($id: ID) { organization(id: $id) { distributionPolicies { id } } }": typeof types.AuthzAgreementsRowsOrganizationDocument,
    "query AuthzAgreementsRowsAgreementObligations { agreementObligations(first: 100) { edges { node { id } } } }": typeof types.AuthzAgreementsRowsAgreementObligationsDocument,
    "query AuthzAgreementsRowsOverdueObligations { overdueObligations(first: 100) { edges { node { id } } } }": typeof types.AuthzAgreementsRowsOverdueObligationsDocument,
    "mutation AuthzAgreementsRowsCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }": typeof types.AuthzAgreementsRowsCreateAgreementDocument,
    "mutation AuthzAgreementsRowsUpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) { __typename } }": typeof types.AuthzAgreementsRowsUpdateAgreementDocument,
    "mutation AuthzAgreementsRowsTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { __typename } }": typeof types.AuthzAgreementsRowsTransitionAgreementDocument,
    "mutation AuthzAgreementsRowsAddObligation2($input: AddObligationInput!) { addObligation(input: $input) { __typename } }": typeof types.AuthzAgreementsRowsAddObligation2Document,
    "mutation AuthzAgreementsRowsReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) { __typename } }": typeof types.AuthzAgreementsRowsReportObligationMetDocument,
    "mutation AuthzAgreementsRowsRecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) { __typename } }": typeof types.AuthzAgreementsRowsRecordObligationOutcomeDocument,
    "mutation RecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename } }": typeof types.RecordRevenueCostDocument,
    "mutation MarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) { __typename } }": typeof types.MarkDistributionLinePaidDocument,
    "query MyDistributionLines { myDistributionLines(first: 100) { edges { node { id } } } }": typeof types.MyDistributionLinesDocument,
    "query SpinOffs { spinOffs(first: 100) { edges { node { id } } } }": typeof types.SpinOffsDocument,
    "query AuthzAgreementsRowsSpinOffs { spinOffs(first: 100) { edges { node { id equityHeld } } } }": typeof types.AuthzAgreementsRowsSpinOffsDocument,
    "mutation AuthzAgreementsRowsCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename } }": typeof types.AuthzAgreementsRowsCreateSpinOffDocument,
    "mutation UpdateSpinOff($input: UpdateSpinOffInput!) { updateSpinOff(input: $input) { __typename } }": typeof types.UpdateSpinOffDocument,
    "mutation AuthzExchangeRowsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on TechnologyOffer { id version } } }": typeof types.AuthzExchangeRowsCreateOfferDocument,
    "mutation AuthzExchangeRowsCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on TechnologyDemand { id version } } }": typeof types.AuthzExchangeRowsCreateDemandDocument,
    "mutation AuthzExchangeRowsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } } }": typeof types.AuthzExchangeRowsExpressInterestDocument,
    "mutation AuthzExchangeRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }": typeof types.AuthzExchangeRowsCreateTechnologyDocument,
    "mutation ExchangeRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": typeof types.ExchangeRowsAssessTrlDocument,
    "mutation AuthzExchangeRowsPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }": typeof types.AuthzExchangeRowsPublishOfferDocument,
    "mutation AuthzExchangeRowsPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }": typeof types.AuthzExchangeRowsPublishDemandDocument,
    "mutation AuthzExchangeRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id } } }": typeof types.AuthzExchangeRowsCreateOrganizationDocument,
    "mutation AuthzExchangeRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }": typeof types.AuthzExchangeRowsVerifyOrganizationDocument,
    "mutation AuthzExchangeRowsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id } } }": typeof types.AuthzExchangeRowsOpenDealDocument,
    "query AuthzExchangeRowsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { id } }": typeof types.AuthzExchangeRowsTechnologyOfferDocument,
    "query AuthzExchangeRowsTechnologyOffers { technologyOffers(first: 100) { edges { node { id } } } }": typeof types.AuthzExchangeRowsTechnologyOffersDocument,
    "query AuthzExchangeRowsTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { price { amount } } }": typeof types.AuthzExchangeRowsTechnologyOffer2Document,
    "query AuthzExchangeRowsTechnologyOffer3($id: ID!) { technologyOffer(id: $id) { details } }": typeof types.AuthzExchangeRowsTechnologyOffer3Document,
    "query AuthzExchangeRowsTechnologyOffer4($id: ID!) { technologyOffer(id: $id) { priceNote } }": typeof types.AuthzExchangeRowsTechnologyOffer4Document,
    "query AuthzExchangeRowsTechnologyOffer5($id: ID!) { technologyOffer(id: $id) { technology { id } } }": typeof types.AuthzExchangeRowsTechnologyOffer5Document,
    "query AuthzExchangeRowsTechnologyOffer6($id: ID!) { technologyOffer(id: $id) { interests { id } } }": typeof types.AuthzExchangeRowsTechnologyOffer6Document,
    "query AuthzExchangeRowsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { id } }": typeof types.AuthzExchangeRowsTechnologyDemandDocument,
    "query AuthzExchangeRowsTechnologyDemands { technologyDemands(first: 100) { edges { node { id } } } }": typeof types.AuthzExchangeRowsTechnologyDemandsDocument,
    "query AuthzExchangeRowsTechnologyDemand2($id: ID!) { technologyDemand(id: $id) { budget { currency } } }": typeof types.AuthzExchangeRowsTechnologyDemand2Document,
    "query AuthzExchangeRowsMatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score } }": typeof types.AuthzExchangeRowsMatchesForOfferDocument,
    "query AuthzExchangeRowsMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score } }": typeof types.AuthzExchangeRowsMatchesForDemandDocument,
    "mutation AuthzExchangeRowsStaleUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStaleUpdateOfferDocument,
    "mutation AuthzExchangeRowsStalePublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStalePublishOfferDocument,
    "mutation AuthzExchangeRowsStaleRenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStaleRenewOfferDocument,
    "mutation AuthzExchangeRowsStaleWithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStaleWithdrawOfferDocument,
    "mutation AuthzExchangeRowsStaleUpdateDemand($input: UpdateDemandInput!) { updateDemand(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStaleUpdateDemandDocument,
    "mutation AuthzExchangeRowsStalePublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStalePublishDemandDocument,
    "mutation AuthzExchangeRowsStaleRenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStaleRenewDemandDocument,
    "mutation AuthzExchangeRowsStaleWithdrawDemand($input: WithdrawExchangeItemInput!) { withdrawDemand(input: $input) { __typename } }": typeof types.AuthzExchangeRowsStaleWithdrawDemandDocument,
    "mutation AuthzExchangeRowsWithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename } }": typeof types.AuthzExchangeRowsWithdrawInterestDocument,
    "query AuthzExchangeRowsExchangeInterests { exchangeInterests(first: 100) { edges { node { id } } } }": typeof types.AuthzExchangeRowsExchangeInterestsDocument,
    "mutation AuthzExchangeRowsOpenDeal2($input: OpenDealInput!) { openDeal(input: $input) { __typename } }": typeof types.AuthzExchangeRowsOpenDeal2Document,
    "query AuthzExchangeRowsDeal($id: ID!) { deal(id: $id) { id } }": typeof types.AuthzExchangeRowsDealDocument,
    "query Deals { deals(first: 100) { edges { node { id } } } }": typeof types.DealsDocument,
    "mutation AuthzExchangeRowsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename } }": typeof types.AuthzExchangeRowsAdvanceDealDocument,
    "mutation AuthzExchangeRowsDropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename } }": typeof types.AuthzExchangeRowsDropDealDocument,
    "mutation AuthzImportsRowsImportSpreadsheet($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { applied created problems { row column code } } }": typeof types.AuthzImportsRowsImportSpreadsheetDocument,
    "mutation AuthzIncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename ... on IncubationApplication { id version startup { id } } } }": typeof types.AuthzIncubationApplyDocument,
    "mutation AuthzIncubationMove($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id version } } }": typeof types.AuthzIncubationMoveDocument,
    "mutation AuthzIncubationSetUpProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename ... on IncubationProgramme { id } } }": typeof types.AuthzIncubationSetUpProgrammeDocument,
    "mutation AuthzIncubationSetUpCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename ... on IncubationCohort { id version } } }": typeof types.AuthzIncubationSetUpCohortDocument,
    "mutation AuthzIncubationOpen($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename ... on IncubationCohort { id } } }": typeof types.AuthzIncubationOpenDocument,
    "mutation AuthzIncubationReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename ... on IncubationReport { id } } }": typeof types.AuthzIncubationReportDocument,
    "mutation AuthzIncubationMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename ... on IncubationMentor { id } } }": typeof types.AuthzIncubationMentorDocument,
    "mutation AuthzIncubationMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename ... on IncubationMilestone { id } } }": typeof types.AuthzIncubationMilestoneDocument,
    "mutation AuthzIncubationConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename ... on IncubationApplication { id } } }": typeof types.AuthzIncubationConsentDocument,
    "query AuthzIncubationProgramme($id: ID!) { incubationProgramme(id: $id) { id cohorts { edges { node { id graduates { id } } } } } }": typeof types.AuthzIncubationProgrammeDocument,
    "query AuthzIncubationProgrammes($filter: IncubationProgrammeFilter) { incubationProgrammes(filter: $filter) { edges { node { id } } } }": typeof types.AuthzIncubationProgrammesDocument,
    "query AuthzIncubationFile($id: ID!) { incubationApplication(id: $id) { id pitch decisionReason reports { jobs } } }": typeof types.AuthzIncubationFileDocument,
    "query AuthzIncubationFiles { incubationApplications(first: 100) { edges { node { id } } } }": typeof types.AuthzIncubationFilesDocument,
    "query AuthzIncubationOfStartup($id: ID!) { organization(id: $id) { incubations { edges { node { id pitch mentors { current } } } } } }": typeof types.AuthzIncubationOfStartupDocument,
    "mutation AuthzIncubationRowsCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename } }": typeof types.AuthzIncubationRowsCreateProgrammeDocument,
    "mutation AuthzIncubationRowsUpdateProgramme($input: UpdateIncubationProgrammeInput!) { updateIncubationProgramme(input: $input) { __typename } }": typeof types.AuthzIncubationRowsUpdateProgrammeDocument,
    "mutation AuthzIncubationRowsCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename } }": typeof types.AuthzIncubationRowsCreateCohortDocument,
    "mutation AuthzIncubationRowsUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename } }": typeof types.AuthzIncubationRowsUpdateCohortDocument,
    "mutation AuthzIncubationRowsApplyNew($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }": typeof types.AuthzIncubationRowsApplyNewDocument,
    "mutation AuthzIncubationRowsApplyAgain($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }": typeof types.AuthzIncubationRowsApplyAgainDocument,
    "mutation AuthzIncubationRowsDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }": typeof types.AuthzIncubationRowsDecideDocument,
    "mutation AuthzIncubationRowsLeave($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }": typeof types.AuthzIncubationRowsLeaveDocument,
    "mutation AuthzIncubationRowsConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename } }": typeof types.AuthzIncubationRowsConsentDocument,
    "mutation AuthzIncubationRowsAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename } }": typeof types.AuthzIncubationRowsAssignMentorDocument,
    "mutation AuthzIncubationRowsEndMentor($input: EndIncubationMentorInput!) { endIncubationMentor(input: $input) { __typename } }": typeof types.AuthzIncubationRowsEndMentorDocument,
    "mutation AuthzIncubationRowsAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename } }": typeof types.AuthzIncubationRowsAddMilestoneDocument,
    "mutation AuthzIncubationRowsMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) { __typename } }": typeof types.AuthzIncubationRowsMarkMilestoneDocument,
    "mutation AuthzIncubationRowsAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename } }": typeof types.AuthzIncubationRowsAddReportDocument,
    "mutation ReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename ... on IndicatorMeasurement { id } } }": typeof types.ReportIndicatorDocument,
    "query IndicatorMeasurements { indicatorMeasurements(first: 100) { edges { node { id } } } }": typeof types.IndicatorMeasurementsDocument,
    "mutation CorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) { __typename } }": typeof types.CorrectIndicatorDocument,
    "mutation ReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) { __typename } }": typeof types.ReviewIndicatorDocument,
    "query IcfSelfAssessment { icfSelfAssessment { fromYear } }": typeof types.IcfSelfAssessmentDocument,
    "query CommercialisationFunnel { commercialisationFunnel { years { year } } }": typeof types.CommercialisationFunnelDocument,
    "query TrlProgression { trlProgression { technologies } }": typeof types.TrlProgressionDocument,
    "query HelixContributions { helixContributions { helix } }": typeof types.HelixContributionsDocument,
    "query IcfFactors { icfFactors { factor } }": typeof types.IcfFactorsDocument,
    "query TripleHelixSynergy { tripleHelixSynergy { projects } }": typeof types.TripleHelixSynergyDocument,
    "query CollaborationNetwork { collaborationNetwork { density } }": typeof types.CollaborationNetworkDocument,
    "query BridgingOrganizations { bridgingOrganizations { rank } }": typeof types.BridgingOrganizationsDocument,
    "mutation AuthzIntegrationsRowsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {\n  __typename ... on WebhookEndpointWithSecret { endpoint { id } } } }": typeof types.AuthzIntegrationsRowsCreateWebhookEndpointDocument,
    "query AuthzIntegrationsRowsJobQueues { jobQueues { name waiting failed } }": typeof types.AuthzIntegrationsRowsJobQueuesDocument,
    "query AuthzIntegrationsRowsWebhookEndpoints($id: ID) { organization(id: $id) { webhookEndpoints { id deliveries(first: 5) { totalCount } } } }": typeof types.AuthzIntegrationsRowsWebhookEndpointsDocument,
    "mutation AuthzIntegrationsRowsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename } }": typeof types.AuthzIntegrationsRowsUpdateWebhookEndpointDocument,
    "mutation AuthzIntegrationsRowsRotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { endpoint { id } } }": typeof types.AuthzIntegrationsRowsRotateWebhookSecretDocument,
    "mutation AuthzIntegrationsRowsSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { __typename } }": typeof types.AuthzIntegrationsRowsSendTestWebhookDocument,
    "mutation AuthzIntegrationsRowsRedeliverWebhook($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename } }": typeof types.AuthzIntegrationsRowsRedeliverWebhookDocument,
    "mutation AuthzIntegrationsRowsRemoveWebhookEndpoint($id: ID!) { removeWebhookEndpoint(id: $id) { id } }": typeof types.AuthzIntegrationsRowsRemoveWebhookEndpointDocument,
    "mutation CreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { __typename ... on Partnership { id } } }": typeof types.CreatePartnershipDocument,
    "mutation AcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename ... on Partnership { id } } }": typeof types.AcceptPartnershipDocument,
    "mutation ChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename ... on Partnership { id version } } }": typeof types.ChangePartnershipStatusDocument,
    "mutation UpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename ... on PartnershipAmendment { id } } }": typeof types.UpdatePartnershipDocument,
    "query Partnership($id: ID!) { partnership(id: $id) { id } }": typeof types.PartnershipDocument,
    "query Partnerships { partnerships(first: 100) { edges { node { id } } } }": typeof types.PartnershipsDocument,
    "query AuthzPartnershipsRowsPartnership($id: ID!) { partnership(id: $id) { consents { organizationId } } }": typeof types.AuthzPartnershipsRowsPartnershipDocument,
    "mutation AuthzPartnershipsRowsUpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename } }": typeof types.AuthzPartnershipsRowsUpdatePartnershipDocument,
    "mutation AuthzPartnershipsRowsChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename } }": typeof types.AuthzPartnershipsRowsChangePartnershipStatusDocument,
    "mutation AuthzPartnershipsRowsAcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename } }": typeof types.AuthzPartnershipsRowsAcceptPartnershipDocument,
    "mutation DeclinePartnership($id: ID!) { declinePartnership(partnershipId: $id) { __typename } }": typeof types.DeclinePartnershipDocument,
    "mutation AddPartnershipParty($p: ID!, $o: ID!) { addPartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }": typeof types.AddPartnershipPartyDocument,
    "mutation RemovePartnershipParty($p: ID!, $o: ID!) { removePartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }": typeof types.RemovePartnershipPartyDocument,
    "query AuthzPartnershipsRowsPartnership2($id: ID!) { partnership(id: $id) { amendment { id } } }": typeof types.AuthzPartnershipsRowsPartnership2Document,
    "mutation AcceptPartnershipAmendment($id: ID!) { acceptPartnershipAmendment(amendmentId: $id) { __typename } }": typeof types.AcceptPartnershipAmendmentDocument,
    "mutation DeclinePartnershipAmendment($id: ID!) { declinePartnershipAmendment(amendmentId: $id) { __typename } }": typeof types.DeclinePartnershipAmendmentDocument,
    "mutation AuthzProjectsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id participants { id } } } }": typeof types.AuthzProjectsRowsCreateProjectDocument,
    "mutation RequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename ... on ProgrammeAttachmentRequest { id } } }": typeof types.RequestProgrammeAttachmentDocument,
    "mutation AuthzProjectsRowsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) { __typename ... on ProjectParticipant { id } } }": typeof types.AuthzProjectsRowsInviteParticipantDocument,
    "mutation AddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": typeof types.AddMilestoneDocument,
    "mutation AuthzProjectsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }": typeof types.AuthzProjectsRowsCreateTechnologyDocument,
    "mutation AuthzProjectsRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": typeof types.AuthzProjectsRowsAssessTrlDocument,
    "mutation AuthzProjectsRowsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id } } }": typeof types.AuthzProjectsRowsCreateProgrammeDocument,
    "query Programmes { programmes { id } }": typeof types.ProgrammesDocument,
    "query AuthzProjectsRowsProject($id: ID) { project(id: $id) { id } }": typeof types.AuthzProjectsRowsProjectDocument,
    "query AuthzProjectsRowsProjects { projects(first: 100) { edges { node { id } } } }": typeof types.AuthzProjectsRowsProjectsDocument,
    "query AuthzProjectsRowsProject2($id: ID) { project(id: $id) { budget { amount } } }": typeof types.AuthzProjectsRowsProject2Document,
    "query AuthzProjectsRowsProject3($id: ID) { project(id: $id) { contributionsByHelix { helix } } }": typeof types.AuthzProjectsRowsProject3Document,
    "query AuthzProjectsRowsProject4($id: ID) { project(id: $id) { trlGained } }": typeof types.AuthzProjectsRowsProject4Document,
    "query AuthzProjectsRowsProject5($id: ID) { project(id: $id) { participants { contribution { cash { amount } } } } }": typeof types.AuthzProjectsRowsProject5Document,
    "mutation AuthzProjectsRowsCreateProgramme2($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }": typeof types.AuthzProjectsRowsCreateProgramme2Document,
    "mutation AuthzProjectsRowsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename } }": typeof types.AuthzProjectsRowsUpdateProjectDocument,
    "mutation TransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename } }": typeof types.TransitionProjectDocument,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { __typename } }": typeof types.UpdateMilestoneDocument,
    "mutation UpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) { __typename } }": typeof types.UpdateParticipantDocument,
    "mutation RemoveParticipant($id: ID!) { removeParticipant(participantId: $id) { __typename } }": typeof types.RemoveParticipantDocument,
    "mutation TransferCoordination($id: ID!) { transferCoordination(participantId: $id) { __typename } }": typeof types.TransferCoordinationDocument,
    "mutation AuthzProjectsRowsAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) { __typename } }": typeof types.AuthzProjectsRowsAcceptParticipationDocument,
    "mutation DeclineParticipation($id: ID!) { declineParticipation(participantId: $id) { __typename } }": typeof types.DeclineParticipationDocument,
    "mutation LeaveProject($id: ID!) { leaveProject(participantId: $id) { __typename } }": typeof types.LeaveProjectDocument,
    "query AuthzProjectsRowsProgrammes { programmes { id attachmentRequests(first: 1) { totalCount } } }": typeof types.AuthzProjectsRowsProgrammesDocument,
    "query AuthzProjectsRowsProject6($id: ID) { project(id: $id) { programmeRequests { id } } }": typeof types.AuthzProjectsRowsProject6Document,
    "mutation AuthzProjectsRowsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename } }": typeof types.AuthzProjectsRowsRequestProgrammeAttachmentDocument,
    "mutation AcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) { __typename } }": typeof types.AcceptProgrammeAttachmentDocument,
    "mutation DeclineProgrammeAttachment($id: ID!) { declineProgrammeAttachment(requestId: $id, reason: \"Sample data\") { __typename } }": typeof types.DeclineProgrammeAttachmentDocument,
    "mutation WithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) { __typename } }": typeof types.WithdrawProgrammeAttachmentDocument,
    "mutation AuthzSubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { id } } }": typeof types.AuthzSubscriptionsUpdateProjectDocument,
    "mutation AuthzSubscriptionsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } } }": typeof types.AuthzSubscriptionsRowsCreateProjectDocument,
    "subscription OrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action } }": typeof types.OrganizationActivityDocument,
    "subscription ProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action } }": typeof types.ProjectChangedDocument,
    "mutation AuthzTalentRowsProposePlacement($input: ProposePlacementInput!) { proposePlacement(input: $input) { __typename ... on Placement { id } } }": typeof types.AuthzTalentRowsProposePlacementDocument,
    "mutation AuthzTalentRowsCreateTrainingProgramme($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { __typename ... on TrainingProgramme { id } } }": typeof types.AuthzTalentRowsCreateTrainingProgrammeDocument,
    "mutation AuthzTalentRowsInviteTrainingPartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) { __typename ... on TrainingPartner { id } } }": typeof types.AuthzTalentRowsInviteTrainingPartnerDocument,
    "mutation AuthzTalentRowsWithdrawFixture($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id } } }": typeof types.AuthzTalentRowsWithdrawFixtureDocument,
    "mutation AuthzTalentRowsAcceptFixture($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename ... on TrainingPartner { id } } }": typeof types.AuthzTalentRowsAcceptFixtureDocument,
    "query AuthzTalentRowsPlacement($id: ID!) { placement(id: $id) { id } }": typeof types.AuthzTalentRowsPlacementDocument,
    "query AuthzTalentRowsPlacements { placements(first: 100) { edges { node { id } } } }": typeof types.AuthzTalentRowsPlacementsDocument,
    "query AuthzTalentRowsOrganizationPlacements($id: ID!) { organization(id: $id) { placements(first: 100) { edges { node { id } } } } }": typeof types.AuthzTalentRowsOrganizationPlacementsDocument,
    "query AuthzTalentRowsWithdrawnPerson($id: ID!) { placement(id: $id) { person { id } title topic } }": typeof types.AuthzTalentRowsWithdrawnPersonDocument,
    "query AuthzTalentRowsPerson($id: ID!) { placement(id: $id) { person { id } title topic } }": typeof types.AuthzTalentRowsPersonDocument,
    "mutation AuthzTalentRowsUpdatePlacement($input: UpdatePlacementInput!) { updatePlacement(input: $input) { __typename } }": typeof types.AuthzTalentRowsUpdatePlacementDocument,
    "mutation AuthzTalentRowsAgreePlacement($input: AgreePlacementInput!) { agreePlacement(input: $input) { __typename } }": typeof types.AuthzTalentRowsAgreePlacementDocument,
    "mutation AuthzTalentRowsChangePlacementStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { __typename } }": typeof types.AuthzTalentRowsChangePlacementStatusDocument,
    "mutation AuthzTalentRowsWithdrawPlacement($id: ID!) { withdrawPlacement(id: $id) { __typename } }": typeof types.AuthzTalentRowsWithdrawPlacementDocument,
    "query AuthzTalentRowsTalentFlows { talentFlows { cells { year placements suppressed } } }": typeof types.AuthzTalentRowsTalentFlowsDocument,
    "query AuthzTalentRowsTrainingProgrammes { trainingProgrammes(first: 100) { edges { node { id partners { status contributions { year } } intakes { year } } } } }": typeof types.AuthzTalentRowsTrainingProgrammesDocument,
    "query AuthzTalentRowsTrainingProgramme($id: ID!) { trainingProgramme(id: $id) { id runner { id } } }": typeof types.AuthzTalentRowsTrainingProgrammeDocument,
    "mutation AuthzTalentRowsUpdateTrainingProgramme($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) { __typename } }": typeof types.AuthzTalentRowsUpdateTrainingProgrammeDocument,
    "mutation AuthzTalentRowsRecordTrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) { __typename } }": typeof types.AuthzTalentRowsRecordTrainingIntakeDocument,
    "mutation AuthzTalentRowsAnswerTrainingInvitation($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename } }": typeof types.AuthzTalentRowsAnswerTrainingInvitationDocument,
    "mutation AuthzTalentRowsRecordTrainingContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) { __typename } }": typeof types.AuthzTalentRowsRecordTrainingContributionDocument,
    "mutation AuthzTechnologiesRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id version } } }": typeof types.AuthzTechnologiesRowsCreateTechnologyDocument,
    "mutation AuthzTechnologiesRowsSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) { __typename ... on TechnologyOwnersProposal { id } } }": typeof types.AuthzTechnologiesRowsSetTechnologyOwnersDocument,
    "mutation CreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ... on InventionDisclosure { id } } }": typeof types.CreateDisclosureDocument,
    "mutation FileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } } }": typeof types.FileIpProtectionDocument,
    "query Technology($id: ID) { technology(id: $id) { id } }": typeof types.TechnologyDocument,
    "query AuthzTechnologiesRowsTechnologies { technologies(first: 100) { edges { node { id } } } }": typeof types.AuthzTechnologiesRowsTechnologiesDocument,
    "query AuthzTechnologiesRowsTechnology($id: ID) { technology(id: $id) { ownersProposal { id } } }": typeof types.AuthzTechnologiesRowsTechnologyDocument,
    "mutation AuthzTechnologiesRowsUpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) { __typename } }": typeof types.AuthzTechnologiesRowsUpdateTechnologyDocument,
    "mutation AuthzTechnologiesRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": typeof types.AuthzTechnologiesRowsAssessTrlDocument,
    "mutation AuthzTechnologiesRowsSetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) { __typename } }": typeof types.AuthzTechnologiesRowsSetTechnologyInventorsDocument,
    "mutation AcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) { __typename } }": typeof types.AcceptTechnologyOwnersDocument,
    "mutation DeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) { __typename } }": typeof types.DeclineTechnologyOwnersDocument,
    "query Disclosure($id: ID!) { disclosure(id: $id) { id } }": typeof types.DisclosureDocument,
    "query Disclosures { disclosures(first: 100) { edges { node { id } } } }": typeof types.DisclosuresDocument,
    "query MyDisclosures { myDisclosures(first: 100) { edges { node { id } } } }": typeof types.MyDisclosuresDocument,
    "mutation AuthzTechnologiesRowsCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename } }": typeof types.AuthzTechnologiesRowsCreateDisclosureDocument,
    "mutation UpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) { __typename } }": typeof types.UpdateDisclosureDocument,
    "mutation SubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) { __typename } }": typeof types.SubmitDisclosureDocument,
    "mutation StartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) { __typename } }": typeof types.StartDisclosureEvaluationDocument,
    "mutation DecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) { __typename } }": typeof types.DecideDisclosureDocument,
    "mutation DiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) { __typename } }": typeof types.DiscloseInventionDocument,
    "query IpFiling($id: ID!) { ipFiling(id: $id) { id } }": typeof types.IpFilingDocument,
    "query IpFilings { ipFilings(first: 100) { edges { node { id } } } }": typeof types.IpFilingsDocument,
    "query UpcomingDeadlines { upcomingDeadlines(withinDays: 3650, first: 500) { filing { id } } }": typeof types.UpcomingDeadlinesDocument,
    "mutation AuthzTechnologiesRowsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename } }": typeof types.AuthzTechnologiesRowsFileIpProtectionDocument,
    "mutation UpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename } }": typeof types.UpdateIpFilingDocument,
    "mutation TransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) { __typename } }": typeof types.TransitionIpFilingDocument,
    "query BrowserAccessTypename { __typename }": typeof types.BrowserAccessTypenameDocument,
    "mutation CommercialisationJourneyCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version currentTrl owners { organization { slug } share validFrom } inventors { id share externalName user { id } affiliationOrganization { slug } } projects { code } }\n  ... on SharesDoNotTotalError { subject total day }\n  ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneyCreateTechnologyDocument,
    "fragment CommercialisationJourneyError on ErrorResult { code message field }": typeof types.CommercialisationJourneyErrorFragmentDoc,
    "fragment CommercialisationJourneyDisclosure on InventionDisclosure { id status decision version submittedBy { id } decidedBy { id } }": typeof types.CommercialisationJourneyDisclosureFragmentDoc,
    "fragment CommercialisationJourneyFiling on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate status deadlines { kind dueOn daysLeft legalSource } }": typeof types.CommercialisationJourneyFilingFragmentDoc,
    "fragment CommercialisationJourneyOffer on TechnologyOffer { id title summary details price { amount currency } priceNote trl status version organization { slug } }": typeof types.CommercialisationJourneyOfferFragmentDoc,
    "fragment CommercialisationJourneyDeal on Deal { id stage version agreementId broker { slug } provider { slug } seeker { slug } history { from to byName } }": typeof types.CommercialisationJourneyDealFragmentDoc,
    "fragment CommercialisationJourneyAgreement on Agreement {\n  id code status version executedOn effectiveOn licensors { slug } licensee { slug } technologies { code }\n  terms { currency upfrontFee { amount currency } royaltyRate } }": typeof types.CommercialisationJourneyAgreementFragmentDoc,
    "mutation CommercialisationJourneyCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyCreateDisclosureDocument,
    "mutation CommercialisationJourneySubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": typeof types.CommercialisationJourneySubmitDisclosureDocument,
    "mutation CommercialisationJourneyStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": typeof types.CommercialisationJourneyStartDisclosureEvaluationDocument,
    "mutation CommercialisationJourneyDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": typeof types.CommercialisationJourneyDecideDisclosureDocument,
    "mutation CommercialisationJourneyAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {\n  __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError ... on InvalidDealTransitionError { allowedStages } } }": typeof types.CommercialisationJourneyAdvanceDealDocument,
    "query CommercialisationJourneyAgreement($id: ID!) { agreement(id: $id) {\n  code status licensee { slug } terms { currency upfrontFee { amount } royaltyRate }\n  receipts { kind amount { amount currency } receivedOn distributionId }\n  costs { kind amount { amount } filingReference distributionId } } }": typeof types.CommercialisationJourneyAgreementDocument,
    "mutation CommercialisationJourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } session { accessToken refreshToken user { id } } } } }": typeof types.CommercialisationJourneyAcceptInvitationDocument,
    "mutation CommercialisationJourneyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n      __typename ... on Organization { id kind helix verified } ... on ErrorResult { code message } } }": typeof types.CommercialisationJourneyCreateOrganizationDocument,
    "mutation CommercialisationJourneyVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }": typeof types.CommercialisationJourneyVerifyOrganizationDocument,
    "mutation CommercialisationJourneyCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n      __typename ... on Project { id version } ... on ErrorResult { code message } } }": typeof types.CommercialisationJourneyCreateProjectDocument,
    "mutation CommercialisationJourneyInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }": typeof types.CommercialisationJourneyInviteParticipantDocument,
    "mutation CommercialisationJourneyAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }": typeof types.CommercialisationJourneyAcceptParticipationDocument,
    "query CommercialisationJourneyProject($id: ID) { project(id: $id) { isTripleHelix helices participants { role organization { slug } } } }": typeof types.CommercialisationJourneyProjectDocument,
    "mutation CommercialisationJourneyAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename ... on Technology { currentTrl version } ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneyAssessTrlDocument,
    "query CommercialisationJourneyTechnology($id: ID) { technology(id: $id) { currentTrl trlHistory { level assessedOn } } }": typeof types.CommercialisationJourneyTechnologyDocument,
    "mutation CommercialisationJourneySetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n      __typename ... on SharesDoNotTotalError { subject total } ... on ErrorResult { code } } }": typeof types.CommercialisationJourneySetTechnologyInventorsDocument,
    "query CommercialisationJourneyMyDisclosures { myDisclosures { edges { node { title status decision } } } }": typeof types.CommercialisationJourneyMyDisclosuresDocument,
    "mutation CommercialisationJourneyFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {\n      __typename ...CommercialisationJourneyFiling ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyFileIpProtectionDocument,
    "query CommercialisationJourneyUpcomingDeadlines($within: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $within, organizationId: $organizationId) {\n      kind dueOn daysLeft legalSource filing { id applicationNumber } } }": typeof types.CommercialisationJourneyUpcomingDeadlinesDocument,
    "mutation CommercialisationJourneyCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ...CommercialisationJourneyOffer ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyCreateOfferDocument,
    "mutation CommercialisationJourneyPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyPublishOfferDocument,
    "mutation CommercialisationJourneyPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyPublishDemandDocument,
    "mutation JourneyAssessAirSensor($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": typeof types.JourneyAssessAirSensorDocument,
    "mutation CommercialisationJourneyCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n      __typename ... on TechnologyDemand { id version status } ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneyCreateDemandDocument,
    "query CommercialisationJourneyMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score offer { id organization { slug } } reasons { kind detail weight } } }": typeof types.CommercialisationJourneyMatchesForDemandDocument,
    "query CommercialisationJourneyTechnologyOffer($id: ID!) { technologyOffer(id: $id) { ...CommercialisationJourneyOffer } }": typeof types.CommercialisationJourneyTechnologyOfferDocument,
    "mutation CommercialisationJourneyExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n      __typename ... on ExchangeInterest { id status } ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneyExpressInterestDocument,
    "mutation CommercialisationJourneyOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyOpenDealDocument,
    "subscription CommercialisationJourneyOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action entityType entityId } }": typeof types.CommercialisationJourneyOrganizationActivityDocument,
    "query CommercialisationJourneyDeal($id: ID!) { deal(id: $id) { stage history { from to byName } } }": typeof types.CommercialisationJourneyDealDocument,
    "query CommercialisationJourneyDeal2($id: ID!) { deal(id: $id) { id } }": typeof types.CommercialisationJourneyDeal2Document,
    "mutation CommercialisationJourneyCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyCreateAgreementDocument,
    "mutation CommercialisationJourneyTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError ... on InvalidAgreementTransitionError { currentStatus allowedStatuses } } }": typeof types.CommercialisationJourneyTransitionAgreementDocument,
    "query CommercialisationJourneyAgreement2($id: ID!) { agreement(id: $id) { id } }": typeof types.CommercialisationJourneyAgreement2Document,
    "mutation CommercialisationJourneyRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {\n      __typename ... on RevenueReceipt { id kind amount { amount currency } } ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneyRecordRevenueReceiptDocument,
    "mutation CommercialisationJourneyRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {\n      __typename ... on RevenueCost { id kind amount { amount currency } filingReference } ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneyRecordRevenueCostDocument,
    "mutation CommercialisationJourneySetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {\n      __typename ... on DistributionPolicy { inventorsShare unitsShare institutionShare validFrom } ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneySetDistributionPolicyDocument,
    "mutation CommercialisationJourneyDistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) {\n      __typename ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency }\n        lines { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn version payer { slug } organization { slug } } }\n      ...CommercialisationJourneyError } }": typeof types.CommercialisationJourneyDistributeRevenueDocument,
    "mutation CommercialisationJourneyMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {\n      __typename ... on DistributionLine { status paidOn paymentReference amount { amount } } ... on ErrorResult { code message field } } }": typeof types.CommercialisationJourneyMarkDistributionLinePaidDocument,
    "query CommercialisationJourneyAgreements { agreements { totalCount } }": typeof types.CommercialisationJourneyAgreementsDocument,
    "query CommercialisationJourneyMyDistributionLines { myDistributionLines { totalCount } }": typeof types.CommercialisationJourneyMyDistributionLinesDocument,
    "query CommercialisationJourneyMyDistributionLines2 { myDistributionLines { totalCount edges { node { beneficiaryKind inventorName amount { amount currency } status paidOn agreement { code } } } } }": typeof types.CommercialisationJourneyMyDistributionLines2Document,
    "query CommercialisationJourneyAuditLog($id: ID) { auditLog(organizationId: $id, first: 100) { edges { node { action } } } }": typeof types.CommercialisationJourneyAuditLogDocument,
    "fragment DealsDealFields on Deal { id stage version agreementId broker { id } provider { id } seeker { id } offer { id } demand { id }\n  history { from to note byName } }": typeof types.DealsDealFieldsFragmentDoc,
    "mutation DealsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { ...DealsDealFields } ... on ErrorResult { code message field } } }": typeof types.DealsOpenDealDocument,
    "mutation DealsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {\n  __typename ... on Deal { stage version agreementId } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code message field } } }": typeof types.DealsAdvanceDealDocument,
    "mutation DealsDropDeal($input: DropDealInput!) { dropDeal(input: $input) {\n  __typename ... on Deal { stage version } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code } } }": typeof types.DealsDropDealDocument,
    "query DealsDeal2($id: ID!) { deal(id: $id) { ...DealsDealFields } }": typeof types.DealsDeal2Document,
    "query DealsDeals($filter: DealFilter) { deals(filter: $filter) { totalCount } }": typeof types.DealsDealsDocument,
    "query DealsDeal($id: ID!) { deal(id: $id) { agreementId agreement { id code licensee { id } } } }": typeof types.DealsDealDocument,
    "query DealsTechnology($id: ID!) { technology(id: $id) { agreements { edges { node { id } } } offers { totalCount edges { node { id } } } } }": typeof types.DealsTechnologyDocument,
    "query DealsTechnologyOffers($first: Int) {\n      technologyOffers(first: $first) { edges { node { title status details price { amount currency } priceNote organization { name } technology { code }\n        interests { message organization { name } offer { title } } } } }\n      technologyDemands(first: $first) { edges { node { title budget { min max currency } organization { name } interests { message } } } }\n      exchangeInterests(first: $first) { edges { node { message status organization { name } offer { title organization { name } } demand { title } } } }\n      deals(first: $first) { totalCount edges { node { stage broker { name } provider { name } seeker { name } offer { title price { amount } }\n        demand { title } interest { message } agreement { code licensee { name } } history { to byName } } } }\n    }": typeof types.DealsTechnologyOffersDocument,
    "fragment DisclosureFields on InventionDisclosure {\n  id title description status decision decisionNotes version submittedAt decidedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }": typeof types.DisclosureFieldsFragmentDoc,
    "mutation DisclosuresCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ...DisclosureFields ... on ErrorResult { code message field } } }": typeof types.DisclosuresCreateDisclosureDocument,
    "mutation DisclosuresUpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on VersionConflictError { currentVersion } } }": typeof types.DisclosuresUpdateDisclosureDocument,
    "mutation DisclosuresSubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": typeof types.DisclosuresSubmitDisclosureDocument,
    "mutation DisclosuresStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": typeof types.DisclosuresStartDisclosureEvaluationDocument,
    "mutation DisclosuresDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": typeof types.DisclosuresDecideDisclosureDocument,
    "query DisclosuresDisclosure($id: ID!) { disclosure(id: $id) { id status } }": typeof types.DisclosuresDisclosureDocument,
    "query DisclosuresDisclosures($filter: DisclosureFilter) { disclosures(filter: $filter, first: 10) { totalCount edges { node { title } } } }": typeof types.DisclosuresDisclosuresDocument,
    "query DisclosuresMyDisclosures { myDisclosures(first: 10) { edges { node { title } } } }": typeof types.DisclosuresMyDisclosuresDocument,
    "query DisclosuresTechnology { technology(code: \"EIU-DISC-01\") { disclosures { status decision } } }": typeof types.DisclosuresTechnologyDocument,
    "mutation DisclosuresDiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) {\n      __typename\n      ... on InventionDisclosure { id status title organization { id } technology { code title owners { share organization { id } } inventors { share externalName user { id } } } }\n      ... on SharesDoNotTotalError { total }\n      ... on ErrorResult { code field } } }": typeof types.DisclosuresDiscloseInventionDocument,
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
    "query FaultsOrganizations { organizations(first: 1) { totalCount } }": typeof types.FaultsOrganizationsDocument,
    "mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": typeof types.FaultsCreateOrganizationDocument,
    "mutation FaultsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": typeof types.FaultsCreateApiKeyDocument,
    "mutation FaultsRegister { register(input: {email: \"hung@example.org\", password: \"a long passphrase\", displayName: \"Hung\"}) { __typename } }": typeof types.FaultsRegisterDocument,
    "mutation FaultsCreateOrganization2($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug version } ... on ErrorResult { code field } } }": typeof types.FaultsCreateOrganization2Document,
    "mutation FaultsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on ErrorResult { code field } } }": typeof types.FaultsUpdateOrganizationDocument,
    "subscription FaultsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityId } }": typeof types.FaultsOrganizationActivityDocument,
    "mutation FaultsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id } } }": typeof types.FaultsCreateProjectDocument,
    "query FirstStartTripleHelixSynergy {\n      tripleHelixSynergy { projects tripleHelixProjects byYear { year projects } }\n      collaborationNetwork(first: 5) { top { organization { slug } degree } }\n      icfFactors { factor projects }\n      helixContributions { helix kind amount suppressed }\n    }": typeof types.FirstStartTripleHelixSynergyDocument,
    "query FirstStartCommercialisationFunnel { commercialisationFunnel {\n      total { disclosures patentFilings patentsGranted licencesExecuted startupsFormed licenceIncome { currency amount suppressed } } } }": typeof types.FirstStartCommercialisationFunnelDocument,
    "query FirstStartTalentFlows {\n      talentFlows { cells { year kind homeHelix hostHelix placements suppressed } }\n      trainingProgrammes { edges { node { title runner { slug } partners { status organization { slug } contributions { year seatsFunded graduatesHired } } intakes { year trainees } } } }\n    }": typeof types.FirstStartTalentFlowsDocument,
    "query FirstStartTechnologyOffers { technologyOffers { totalCount } technologyDemands { totalCount } }": typeof types.FirstStartTechnologyOffersDocument,
    "query FirstStartIncubation { incubationProgrammes(filter: { search: \"sample\" }) { edges { node {\n      organization { slug parent { slug } } cohorts { edges { node { status graduates { slug } } } } } } }\n      spinOffs { edges { node { organization { slug } incubations { edges { node { status pitch programme { nameEn } } } } } } } }": typeof types.FirstStartIncubationDocument,
    "mutation FutureDatesFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on ErrorResult { message field } } }": typeof types.FutureDatesFileIpProtectionDocument,
    "mutation FutureDatesFileIpProtection2($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { ... on IpFiling { id version } } }": typeof types.FutureDatesFileIpProtection2Document,
    "mutation FutureDatesUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename ... on ErrorResult { field } } }": typeof types.FutureDatesUpdateIpFilingDocument,
    "mutation FutureDatesRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename ... on ErrorResult { field } } }": typeof types.FutureDatesRecordRevenueReceiptDocument,
    "mutation FutureDatesRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename ... on ErrorResult { field } } }": typeof types.FutureDatesRecordRevenueCostDocument,
    "mutation IdempotencyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug } } }": typeof types.IdempotencyCreateOrganizationDocument,
    "mutation IdempotencyRegister { register(input: {email: \"anon.idempotent@example.org\", password: \"a long passphrase\", displayName: \"Anon\"}) { __typename } }": typeof types.IdempotencyRegisterDocument,
    "query IdempotencyOrganizations { organizations(first: 1) { totalCount } }": typeof types.IdempotencyOrganizationsDocument,
    "mutation IncubationCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {\n  __typename ... on IncubationProgramme { id kind name version organization { id } } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationCreateProgrammeDocument,
    "mutation IncubationCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version programme { id } } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationCreateCohortDocument,
    "mutation IncubationUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version }\n  ... on InvalidIncubationCohortTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationUpdateCohortDocument,
    "mutation IncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename\n  ... on IncubationApplication { id status version pitch startup { id helix kind } cohort { id } programme { id } }\n  ... on IncubationCohortNotOpenError { cohortStatus applicationsCloseOn }\n  ... on ErrorResult { errorCode message field } } }": typeof types.IncubationApplyDocument,
    "mutation IncubationChangeStatus($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id status version endedOn decidedAt decisionReason }\n  ... on InvalidIncubationApplicationTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationChangeStatusDocument,
    "mutation IncubationSetConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {\n  __typename ... on IncubationApplication { id publicConsent version } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationSetConsentDocument,
    "mutation IncubationAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {\n  __typename ... on IncubationMentor { id current since user { id } organization { id } } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationAssignMentorDocument,
    "mutation IncubationAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) {\n  __typename ... on IncubationMilestone { id status version } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationAddMilestoneDocument,
    "mutation IncubationMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) {\n  __typename ... on IncubationMilestone { id status metOn version }\n  ... on InvalidIncubationMilestoneTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationMarkMilestoneDocument,
    "mutation IncubationAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) {\n  __typename ... on IncubationReport { id jobs fundsRaised { amount currency } } ... on ErrorResult { errorCode message field } } }": typeof types.IncubationAddReportDocument,
    "mutation IncubationCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }": typeof types.IncubationCreateSpinOffDocument,
    "query IncubationFile($id: ID!) { incubationApplication(id: $id) {\n  id status pitch decisionReason publicConsent startup { id } programme { id name }\n  mentors { user { id } organization { id } current } milestones { title status metOn } reports { jobs fundsRaised { amount currency } } } }": typeof types.IncubationFileDocument,
    "query IncubationFiles($filter: IncubationApplicationFilter) { incubationApplications(filter: $filter) { totalCount edges { node { id pitch } } } }": typeof types.IncubationFilesDocument,
    "query IncubationPublicView($id: ID!) { incubationProgramme(id: $id) {\n  id name organization { id } cohorts { totalCount edges { node { id status graduates { id } } } } } }": typeof types.IncubationPublicViewDocument,
    "query IncubationSpinOffs($parent: ID!) { spinOffs(filter: { parentOrganizationId: $parent }) { edges { node {\n  organization { id }\n  incubations { totalCount edges { node { id status pitch mentors { current } reports { jobs } milestones { title } programme { id } } } } } } } }": typeof types.IncubationSpinOffsDocument,
    "query IncubationNestedFiles($first: Int) { incubationProgrammes(first: $first) { edges { node { id organization { name }\n  cohorts(first: $first) { edges { node { id graduates { name } } } } } } }\n  incubationApplications(first: $first) { edges { node { id pitch startup { name } cohort { name programme { name } } mentors { user { displayName } organization { name } }\n    milestones { title } reports { fundsRaised { amount } } } } } }": typeof types.IncubationNestedFilesDocument,
    "query IncubationOfOrganization($id: ID!) { organization(id: $id) { incubations { totalCount edges { node { id status pitch } } } } }": typeof types.IncubationOfOrganizationDocument,
    "query InsightFunnelCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {\n    total { disclosures newPatentApplications patentFilings patentsGranted licencesExecuted optionsExecuted startupsFormed\n            licenceIncome { currency amount suppressed agreements } researchExpenditure { currency amount suppressed projects } }\n    years { year disclosures newPatentApplications patentsGranted licencesExecuted startupsFormed licenceIncome { amount } }\n    conversions { from to rate } } }": typeof types.InsightFunnelCommercialisationFunnelDocument,
    "query InsightHelixBasisOrganization($slug: String) { organization(slug: $slug) { id } }": typeof types.InsightHelixBasisOrganizationDocument,
    "mutation InsightHelixBasisTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { ... on Project { version status } } }": typeof types.InsightHelixBasisTransitionProjectDocument,
    "query InsightHelixBasisTripleHelixSynergy($filter: CollaborationFilter) {\n        tripleHelixSynergy(filter: $filter) { tripleHelixProjects }\n        icfFactors(filter: $filter) { factor projects tripleHelixProjects }\n        helixContributions(filter: $filter) { helix kind currency amount organizations }\n      }": typeof types.InsightHelixBasisTripleHelixSynergyDocument,
    "query InsightHelixBasisCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { top { organization { slug } degree crossHelixDegree } } }": typeof types.InsightHelixBasisCollaborationNetworkDocument,
    "mutation InsightIndicatorsReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id factor indicator value unit status version organization { id } } ... on ErrorResult { code message field } } }": typeof types.InsightIndicatorsReportIndicatorDocument,
    "mutation InsightIndicatorsReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id status version reviewNote } ... on ErrorResult { code message field } } }": typeof types.InsightIndicatorsReviewIndicatorDocument,
    "mutation InsightIndicatorsCorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id status value version } ... on ErrorResult { code message field } } }": typeof types.InsightIndicatorsCorrectIndicatorDocument,
    "query InsightIndicatorsIndicatorMeasurements($filter: IndicatorFilter) { indicatorMeasurements(filter: $filter) { totalCount edges { node { indicator value status } } } }": typeof types.InsightIndicatorsIndicatorMeasurementsDocument,
    "query InsightIndicatorsIcfSelfAssessment { icfSelfAssessment(filter: { fromYear: 2025, toYear: 2025 }) { fromYear toYear factors { factor projects { projects } measurements { indicator value status } } } }": typeof types.InsightIndicatorsIcfSelfAssessmentDocument,
    "query InsightMoneyHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations projects } }": typeof types.InsightMoneyHelixContributionsDocument,
    "query InsightMoneyIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects tripleHelixProjects participants organizations budgets { currency amount suppressed projects } } }": typeof types.InsightMoneyIcfFactorsDocument,
    "query InsightNetworkCollaborationNetwork($filter: CollaborationFilter, $rankBy: NetworkRanking, $first: Int) {\n  collaborationNetwork(filter: $filter, rankBy: $rankBy, first: $first) {\n    organizations links density exact sources\n    top { rank organizationId helix degree crossHelixDegree collaborations betweenness crossHelixBetweenness organization { slug } }\n  }\n}": typeof types.InsightNetworkCollaborationNetworkDocument,
    "query InsightNetworkBridgingOrganizations { bridgingOrganizations(filter: { fromYear: 2020, toYear: 2020 }, first: 2) { rank organization { slug } crossHelixBetweenness } }": typeof types.InsightNetworkBridgingOrganizationsDocument,
    "query InsightNetworkCollaborationNetwork2 { collaborationNetwork { organizations top { organizationId } } }": typeof types.InsightNetworkCollaborationNetwork2Document,
    "query InsightNetworkCollaborationNetwork3 { collaborationNetwork(first: 101) { organizations } }": typeof types.InsightNetworkCollaborationNetwork3Document,
    "mutation InsightScopeTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on Project { status } } }": typeof types.InsightScopeTransitionProjectDocument,
    "query InsightScopeReports($filter: CollaborationFilter) {\n    tripleHelixSynergy(filter: $filter) { projects tripleHelixProjects }\n    icfFactors(filter: $filter) { factor projects }\n    icfSelfAssessment(filter: $filter) { factors { factor measurements { organization { id } } } }\n    collaborationNetwork(filter: $filter, first: 50) { organizations top { organizationId collaborations } }\n  }": typeof types.InsightScopeReportsDocument,
    "mutation InsightScopeReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename } }": typeof types.InsightScopeReportIndicatorDocument,
    "query InsightSynergyTripleHelixSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {\n  projects tripleHelixProjects tripleHelixShare tripleHelix academiaIndustry academiaGovernment industryGovernment quadrupleHelix\n  entropies { helices bits }\n  combinations { academia industry government civilSociety projects }\n  byYear { year projects tripleHelix combinations { academia industry government civilSociety projects } }\n} }": typeof types.InsightSynergyTripleHelixSynergyDocument,
    "query InsightSynergyTripleHelixSynergy2 { tripleHelixSynergy { projects byYear { year } } }": typeof types.InsightSynergyTripleHelixSynergy2Document,
    "query InsightTalentNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, rankBy: DEGREE, first: 100) {\n  organizations links top { organizationId degree collaborations } } }": typeof types.InsightTalentNetworkDocument,
    "query InsightTalentSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {\n  projects academiaIndustry combinations { academia industry government civilSociety projects } byYear { year projects } } }": typeof types.InsightTalentSynergyDocument,
    "query InsightTalentIcf($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects measures { measure count suppressed } } }": typeof types.InsightTalentIcfDocument,
    "query InsightTalentSelfAssessment($filter: CollaborationFilter) { icfSelfAssessment(filter: $filter) {\n  factors { factor projects { measures { measure count suppressed } } } } }": typeof types.InsightTalentSelfAssessmentDocument,
    "query InsightTalentFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {\n  total { startupsFormed startupsIncubated startupsGraduated } years { year startupsIncubated startupsGraduated } conversions { from to rate } } }": typeof types.InsightTalentFunnelDocument,
    "mutation InsightTalentPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {\n  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }": typeof types.InsightTalentProposeDocument,
    "mutation InsightTalentAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {\n  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }": typeof types.InsightTalentAgreeDocument,
    "mutation InsightTalentWithdraw($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id status } ... on ErrorResult { code message field } } }": typeof types.InsightTalentWithdrawDocument,
    "mutation InsightTalentIncubationProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {\n  __typename ... on IncubationProgramme { id } ... on ErrorResult { errorCode message field } } }": typeof types.InsightTalentIncubationProgrammeDocument,
    "mutation InsightTalentCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id version } ... on ErrorResult { errorCode message field } } }": typeof types.InsightTalentCohortDocument,
    "mutation InsightTalentOpenCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version } ... on ErrorResult { errorCode message field } } }": typeof types.InsightTalentOpenCohortDocument,
    "mutation InsightTalentApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename ... on IncubationApplication { id version startup { id } } ... on ErrorResult { errorCode message field } } }": typeof types.InsightTalentApplyDocument,
    "mutation InsightTalentDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id status version } ... on ErrorResult { errorCode message field } } }": typeof types.InsightTalentDecideDocument,
    "mutation InsightTalentConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {\n  __typename ... on IncubationApplication { id version publicConsent } ... on ErrorResult { errorCode message field } } }": typeof types.InsightTalentConsentDocument,
    "mutation InsightTalentMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {\n  __typename ... on IncubationMentor { id } ... on ErrorResult { errorCode message field } } }": typeof types.InsightTalentMentorDocument,
    "mutation InsightTalentTraining($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {\n  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }": typeof types.InsightTalentTrainingDocument,
    "mutation InsightTalentInvitePartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {\n  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }": typeof types.InsightTalentInvitePartnerDocument,
    "mutation InsightTalentAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {\n  __typename ... on TrainingPartner { id version status } ... on ErrorResult { code message field } } }": typeof types.InsightTalentAnswerDocument,
    "mutation InsightTalentContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {\n  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }": typeof types.InsightTalentContributionDocument,
    "mutation InsightTalentIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {\n  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }": typeof types.InsightTalentIntakeDocument,
    "query InsightTrlTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) {\n    technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } projects averageGainPerProject } }": typeof types.InsightTrlTrlProgressionDocument,
    "query InsightTrlProject($code: String) { project(code: $code) { code trlGained } }": typeof types.InsightTrlProjectDocument,
    "fragment IpFilingFields on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate publicationDate grantDate registrationNumber status version\n  parentFiling { id } technology { code } deadlines { kind dueOn daysLeft legalSource } }": typeof types.IpFilingFieldsFragmentDoc,
    "mutation IpFilingsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on ErrorResult { code message field } } }": typeof types.IpFilingsFileIpProtectionDocument,
    "mutation IpFilingsTransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on InvalidIpFilingTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.IpFilingsTransitionIpFilingDocument,
    "mutation IpFilingsUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }": typeof types.IpFilingsUpdateIpFilingDocument,
    "query IpFilingsUpcomingDeadlines($withinDays: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $withinDays, organizationId: $organizationId) {\n  kind dueOn daysLeft description legalSource filing { id jurisdiction } } }": typeof types.IpFilingsUpcomingDeadlinesDocument,
    "query IpFilingsTechnology { technology(code: \"EIU-IP-01\") { ipFilings { id deadlines { kind dueOn daysLeft } } } }": typeof types.IpFilingsTechnologyDocument,
    "query IpFilingsIpFilings($filter: IpFilingFilter) { ipFilings(filter: $filter, first: 50) { totalCount edges { node { id } } } }": typeof types.IpFilingsIpFilingsDocument,
    "mutation Login($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }": typeof types.LoginDocument,
    "mutation JourneyInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token } } }": typeof types.JourneyInviteMemberDocument,
    "mutation JourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } } } }": typeof types.JourneyAcceptInvitationDocument,
    "mutation JourneyCreateOrganization { createOrganization(input: {name: \"Sample Smart Factory Startup\", helix: INDUSTRY, kind: STARTUP, country: \"VN\", province: \"Bình Dương\"}) { ... on Organization { id verified } } }": typeof types.JourneyCreateOrganizationDocument,
    "mutation JourneyCreateApiKey($id: ID!) { createApiKey(input: {organizationId: $id, name: \"Factory dashboard\", scopes: [READ]}) { secret apiKey { id } } }": typeof types.JourneyCreateApiKeyDocument,
    "query JourneyOrganization($id: ID) { organization(id: $id) { members { totalCount } } }": typeof types.JourneyOrganizationDocument,
    "query JourneyOrganizations { organizations { totalCount } }": typeof types.JourneyOrganizationsDocument,
    "query JourneyOrganization2 { organization(slug: \"becamex-idc\") { id version } }": typeof types.JourneyOrganization2Document,
    "mutation JourneyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }": typeof types.JourneyUpdateOrganizationDocument,
    "query JourneyAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }": typeof types.JourneyAuditLogDocument,
    "query JourneyAuditLog2($id: ID) { auditLog(organizationId: $id) { edges { node { action actor { displayName } } } } }": typeof types.JourneyAuditLog2Document,
    "mutation MailInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { invitation { id } } ... on ErrorResult { code message } } }": typeof types.MailInviteMemberDocument,
    "mutation MailAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { status } } ... on ErrorResult { code message } } }": typeof types.MailAcceptInvitationDocument,
    "mutation MailUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename ... on User { language } } }": typeof types.MailUpdateProfileDocument,
    "mutation MailRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename ... on Membership { id } } }": typeof types.MailRequestMembershipDocument,
    "mutation MailApprove($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }": typeof types.MailApproveDocument,
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
    "query MetricsDirectory { organizations(first: 1) { totalCount } }": typeof types.MetricsDirectoryDocument,
    "query MetricsMe { me { id } }": typeof types.MetricsMeDocument,
    "mutation MetricsRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code } } }": typeof types.MetricsRegisterDocument,
    "subscription MetricsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }": typeof types.MetricsOrganizationActivityDocument,
    "mutation MoneyRulesCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id budget { amount currency } } ... on ErrorResult { code field } } }": typeof types.MoneyRulesCreateProjectDocument,
    "mutation MoneyRulesCreateOrganization { createOrganization(input: { name: \"Công ty Mẫu\", helix: INDUSTRY, kind: PRIVATE_COMPANY, country: \"VN\" }) { ... on Organization { id } } }": typeof types.MoneyRulesCreateOrganizationDocument,
    "mutation MoneyRulesCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }": typeof types.MoneyRulesCreateAgreementDocument,
    "mutation MoneyRulesCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }": typeof types.MoneyRulesCreateDemandDocument,
    "mutation OfferTrlCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { id version trl assessedTrl trlVerified } ... on ErrorResult { message field } } }": typeof types.OfferTrlCreateOfferDocument,
    "query OfferTrlTechnologyOffers($minTrl: Int) { technologyOffers(filter: { minTrl: $minTrl }) { edges { node { id trl assessedTrl trlVerified } } } }": typeof types.OfferTrlTechnologyOffersDocument,
    "query OfferTrlTechnologyOffer($id: ID!) { technologyOffer(id: $id) { trl assessedTrl trlVerified } }": typeof types.OfferTrlTechnologyOfferDocument,
    "mutation OrganizationAdminCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id slug name verified version helix secondaryHelices parent { slug } }\n  ... on ErrorResult { code message field }\n} }": typeof types.OrganizationAdminCreateOrganizationDocument,
    "mutation OrganizationAdminUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename\n  ... on Organization { id name website version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.OrganizationAdminUpdateOrganizationDocument,
    "mutation OrganizationAdminCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes active } } }": typeof types.OrganizationAdminCreateApiKeyDocument,
    "query OrganizationAdminOrganization($id: ID) { organization(id: $id) { apiKeys { id } } }": typeof types.OrganizationAdminOrganizationDocument,
    "mutation OrganizationAdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }": typeof types.OrganizationAdminVerifyOrganizationDocument,
    "query OrganizationAdminOrganizations { organizations { totalCount } }": typeof types.OrganizationAdminOrganizationsDocument,
    "query OrganizationAdminOrganization2($id: ID) { organization(id: $id) { apiKeys { id name prefix active } } }": typeof types.OrganizationAdminOrganization2Document,
    "mutation OrganizationAdminRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { active } }": typeof types.OrganizationAdminRevokeApiKeyDocument,
    "mutation OrganizationAdminRevokeApiKey2($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }": typeof types.OrganizationAdminRevokeApiKey2Document,
    "mutation OrganizationAdminArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }": typeof types.OrganizationAdminArchiveOrganizationDocument,
    "mutation OrganizationAdminArchiveOrganization2($id: ID!) { archiveOrganization(id: $id) { archivedAt } }": typeof types.OrganizationAdminArchiveOrganization2Document,
    "query OrganizationAdminOrganization3($id: ID) { organization(id: $id) { slug } }": typeof types.OrganizationAdminOrganization3Document,
    "query OrganizationAdminOrganizations2 { organizations(filter: {search: \"doomed\", includeArchived: true}) { totalCount } }": typeof types.OrganizationAdminOrganizations2Document,
    "query OrganizationAdminAuditLog($org: ID, $first: Int, $after: String, $filter: AuditFilter) { auditLog(organizationId: $org, first: $first, after: $after, filter: $filter) {\n      totalCount edges { node { action actorUserId actorApiKeyId organizationId entityType entityId requestId changes { field before after } } }\n      pageInfo { hasNextPage endCursor }\n    } }": typeof types.OrganizationAdminAuditLogDocument,
    "query OrganizationAdminAuditLog2($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actor { id displayName } } } } }": typeof types.OrganizationAdminAuditLog2Document,
    "query List($filter: OrganizationFilter, $first: Int) {\n  organizations(filter: $filter, first: $first) { totalCount edges { node { slug name nameEn helix } } }\n}": typeof types.ListDocument,
    "query OrganizationsOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }": typeof types.OrganizationsOrganizationsDocument,
    "query OrganizationsOrganization { organization(slug: \"becamex-idc\") { helix secondaryHelices kind } }": typeof types.OrganizationsOrganizationDocument,
    "query OrganizationsOrganization2 { organization(slug: \"eiu\") { id } }": typeof types.OrganizationsOrganization2Document,
    "query OrganizationsOrganizations2 { organizations(filter: {search: \"no such actor\"}) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.OrganizationsOrganizations2Document,
    "query OrganizationsOrganizations3 { organizations(filter: {search: \"ordering sample\"}) { edges { node { name } } } }": typeof types.OrganizationsOrganizations3Document,
    "query OrganizationsOrganization3 {\n      organization(slug: \"binh-duong-dost\") { name parent { slug parent { slug } children { slug } } children { slug } }\n    }": typeof types.OrganizationsOrganization3Document,
    "query OrganizationsOrganization4 { organization(slug: \"eindhoven\") { id slug country province website verified createdAt updatedAt } }": typeof types.OrganizationsOrganization4Document,
    "query OrganizationsOrganization5($id: ID) { organization(id: $id) { slug } }": typeof types.OrganizationsOrganization5Document,
    "query OrganizationsOrganization6 { organization(slug: \"atlantis\") { id } }": typeof types.OrganizationsOrganization6Document,
    "query OrganizationsOrganization7 { organization { id } }": typeof types.OrganizationsOrganization7Document,
    "query OrganizationsOrganization8 { organization(slug: \"eiu\", id: \"00000000-0000-4000-8000-000000000000\") { id } }": typeof types.OrganizationsOrganization8Document,
    "query Page($first: Int, $after: String, $orderBy: OrganizationOrder, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {\n    totalCount\n    edges { cursor node { id name createdAt } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}": typeof types.PageDocument,
    "query PaginationOrganizations { organizations(first: 5) { edges { node { id } } } }": typeof types.PaginationOrganizationsDocument,
    "query PaginationOrganizations2 { organizations(first: 5) { totalCount edges { node { id } } } }": typeof types.PaginationOrganizations2Document,
    "query PaginationOrganizations3($first: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n      name parent { name children { name } } children { name parent { name } }\n    } } } }": typeof types.PaginationOrganizations3Document,
    "mutation PartnershipsAddPartnershipParty($id: ID!, $org: ID!) { addPartnershipParty(partnershipId: $id, organizationId: $org) {\n  __typename\n  ... on Partnership { id version parties { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.PartnershipsAddPartnershipPartyDocument,
    "mutation PartnershipsRemovePartnershipParty($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {\n  __typename\n  ... on Partnership { id version parties { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.PartnershipsRemovePartnershipPartyDocument,
    "mutation PartnershipsChangePartnershipStatus($id: ID!, $status: PartnershipStatus!) { changePartnershipStatus(id: $id, status: $status) {\n  __typename\n  ... on Partnership { id status version }\n  ... on InvalidPartnershipTransitionError { currentStatus allowedStatuses }\n  ... on PartnershipConsentPendingError { pendingPartyIds }\n  ... on ErrorResult { code message field }\n} }": typeof types.PartnershipsChangePartnershipStatusDocument,
    "query PartnershipsPartnerships($first: Int, $after: String, $filter: PartnershipFilter) { partnerships(first: $first, after: $after, filter: $filter) {\n  totalCount\n  edges { cursor node { id title status type parties { id name } } }\n  pageInfo { hasNextPage hasPreviousPage endCursor }\n} }": typeof types.PartnershipsPartnershipsDocument,
    "query PartnershipsOrganization($id: ID!, $first: Int, $after: String) { organization(id: $id) { partnerships(first: $first, after: $after) {\n  totalCount\n  edges { node { id parties { id } } }\n  pageInfo { hasNextPage endCursor }\n} } }": typeof types.PartnershipsOrganizationDocument,
    "mutation PartnershipsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": typeof types.PartnershipsCreateApiKeyDocument,
    "mutation PartnershipsRemovePartnershipParty2($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {\n      __typename\n      ... on Partnership { id status version parties { id } }\n      ... on PartyWithdrawalRequiredError { partyId }\n      ... on ErrorResult { code message field }\n    } }": typeof types.PartnershipsRemovePartnershipParty2Document,
    "query PartnershipsPartnerships2($first: Int) { partnerships(first: $first) { edges { node { id amendment { id changes { field } consents { organizationId consent } } } } } }": typeof types.PartnershipsPartnerships2Document,
    "query PartnershipsPartnerships3($first: Int) { partnerships(first: $first) { edges { node { id parties { id name } } } } }": typeof types.PartnershipsPartnerships3Document,
    "query PartnershipsOrganizations($first: Int) { organizations(first: $first) { edges { node { id partnerships(first: 3) { totalCount edges { node { id parties { id } } } } } } } }": typeof types.PartnershipsOrganizationsDocument,
    "query PartnershipsPartnership($id: ID!) { partnership(id: $id) { type title description status signedOn validFrom validUntil parties { slug } } }": typeof types.PartnershipsPartnershipDocument,
    "mutation PlacementsPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {\n  __typename\n  ... on Placement { id kind title topic startsOn endsOn status proposedBy homeAgreedAt hostAgreedAt withdrawnAt version mine\n    person { id displayName } supervisor { id } tutor { id } homeAgreedBy { id } hostAgreedBy { id } homeOrganization { id } hostOrganization { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.PlacementsProposeDocument,
    "mutation PlacementsUpdate($input: UpdatePlacementInput!) { updatePlacement(input: $input) {\n  __typename\n  ... on Placement { id title status version homeAgreedAt hostAgreedAt hostAgreedBy { id } supervisor { id } }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.PlacementsUpdateDocument,
    "mutation PlacementsAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {\n  __typename\n  ... on Placement { id status version homeAgreedAt hostAgreedAt }\n  ... on PlacementAgreementError { currentStatus }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.PlacementsAgreeDocument,
    "mutation PlacementsChangeStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) {\n  __typename\n  ... on Placement { id status version }\n  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.PlacementsChangeStatusDocument,
    "mutation PlacementsWithdraw($id: ID!) { withdrawPlacement(id: $id) {\n  __typename\n  ... on Placement { id status title withdrawnAt person { id } }\n  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": typeof types.PlacementsWithdrawDocument,
    "query PlacementsOne($id: ID!) { placement(id: $id) {\n  id kind title topic status version mine person { id displayName } supervisor { id } tutor { id } homeOrganization { id } hostOrganization { id } } }": typeof types.PlacementsOneDocument,
    "query PlacementsList($filter: PlacementFilter) { placements(first: 100, filter: $filter) {\n  totalCount edges { node { id status title mine person { id } } } } }": typeof types.PlacementsListDocument,
    "query PlacementsOfOrganization($id: ID!) { organization(id: $id) { placements(first: 100) { totalCount edges { node { id person { id } } } } } }": typeof types.PlacementsOfOrganizationDocument,
    "query PlacementsTalentFlows($filter: TalentFlowsFilter) { talentFlows(filter: $filter) { cells { year kind homeHelix hostHelix placements suppressed } } }": typeof types.PlacementsTalentFlowsDocument,
    "mutation PlacementsCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename } }": typeof types.PlacementsCreateEndpointDocument,
    "mutation ProgrammeRequestsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }": typeof types.ProgrammeRequestsCreateProjectDocument,
    "mutation ProgrammeRequestsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {\n  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }": typeof types.ProgrammeRequestsUpdateProjectDocument,
    "mutation ProgrammeRequestsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }": typeof types.ProgrammeRequestsCreateProgrammeDocument,
    "fragment ProgrammeRequestFields on ProgrammeAttachmentRequest { id status requestMessage reason projectCode projectTitle fromProgrammeId requestingOrganizationId requestedById decidedById decidedAt\n  programme { code } requestingOrganization { id } }": typeof types.ProgrammeRequestFieldsFragmentDoc,
    "mutation ProgrammeRequestsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) {\n  __typename\n  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields }\n  ... on Project { id version programme { code } }\n  ... on ProgrammeRequestOpenError { requestId }\n  ... on ErrorResult { code message field } } }": typeof types.ProgrammeRequestsRequestProgrammeAttachmentDocument,
    "mutation ProgrammeRequestsAcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) {\n  __typename\n  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields project { version programme { code } } }\n  ... on ProgrammeRequestStateError { status }\n  ... on ProjectMovedError { currentProgrammeId }\n  ... on ErrorResult { code message field } } }": typeof types.ProgrammeRequestsAcceptProgrammeAttachmentDocument,
    "mutation ProgrammeRequestsDeclineProgrammeAttachment($id: ID!, $reason: String) { declineProgrammeAttachment(requestId: $id, reason: $reason) {\n  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }": typeof types.ProgrammeRequestsDeclineProgrammeAttachmentDocument,
    "mutation ProgrammeRequestsWithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) {\n  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }": typeof types.ProgrammeRequestsWithdrawProgrammeAttachmentDocument,
    "query ProgrammeRequestsProgrammes($status: ProgrammeRequestStatus, $first: Int, $after: String) { programmes { code\n  attachmentRequests(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id status projectCode } } } } }": typeof types.ProgrammeRequestsProgrammesDocument,
    "query ProgrammeRequestsProject($id: ID!) { project(id: $id) { version programme { code } programmeRequests { id status programme { code } } } }": typeof types.ProgrammeRequestsProjectDocument,
    "query ProgrammeRequestsAuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action entityType entityId } } } }": typeof types.ProgrammeRequestsAuditLogDocument,
    "subscription ProgrammeRequestsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }": typeof types.ProgrammeRequestsProjectChangedDocument,
    "subscription ProgrammeRequestsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityType } }": typeof types.ProgrammeRequestsOrganizationActivityDocument,
    "mutation ProgrammeRequestsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }": typeof types.ProgrammeRequestsArchiveOrganizationDocument,
    "query ProgrammeRequestsProgrammes2($first: Int, $after: String) { programmes { code attachmentRequests(first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { node { id status projectCode project { code } programme { code owner { name } } requestingOrganization { name } } } } } }": typeof types.ProgrammeRequestsProgrammes2Document,
    "query ProgrammeRequestsProjects($first: Int) { projects(first: $first) { edges { node { code programmeRequests { id status programme { code } requestingOrganization { name } } } } } }": typeof types.ProgrammeRequestsProjectsDocument,
    "mutation ProjectsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version status } ... on ErrorResult { code message field } } }": typeof types.ProjectsCreateProjectDocument,
    "mutation ProjectsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code field } } }": typeof types.ProjectsInviteParticipantDocument,
    "mutation ProjectsTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) {\n  __typename ... on Project { status version } ... on InvalidTransitionError { allowedStatuses } ... on ErrorResult { code } } }": typeof types.ProjectsTransitionProjectDocument,
    "mutation ProjectsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { ... on InvitationCreated { token } } }": typeof types.ProjectsInviteMemberDocument,
    "mutation ProjectsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }": typeof types.ProjectsAcceptInvitationDocument,
    "mutation ProjectsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project {\n        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } } } } }": typeof types.ProjectsUpdateProjectDocument,
    "mutation ProjectsUpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) {\n      __typename ... on ProjectParticipant { version contribution { cash { amount currency } } } ... on ErrorResult { code field } } }": typeof types.ProjectsUpdateParticipantDocument,
    "query ProjectsProjects { projects { totalCount } }": typeof types.ProjectsProjectsDocument,
    "mutation ProjectsUpdateProject2($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { visibility version } } }": typeof types.ProjectsUpdateProject2Document,
    "mutation ProjectsUpdateProject3($input: UpdateProjectInput!) { updateProject(input: $input) {\n      __typename ... on Project { version title } ... on VersionConflictError { currentVersion } } }": typeof types.ProjectsUpdateProject3Document,
    "query ProjectsProjects2($f: ProjectFilter) { projects(filter: $f) { totalCount edges { node { code } } } }": typeof types.ProjectsProjects2Document,
    "query ProjectsProjects3($first: Int) { projects(first: $first) { edges { node {\n      code helices isTripleHelix budget { amount } milestones { title overdue } participants { role organization { name } contribution { cash { amount } } }\n    } } } }": typeof types.ProjectsProjects3Document,
    "mutation ProjectsAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status overdue version completedOn } }": typeof types.ProjectsAddMilestoneDocument,
    "mutation ProjectsUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) {\n      __typename ... on Milestone { status completedOn overdue version } ... on ErrorResult { code field } } }": typeof types.ProjectsUpdateMilestoneDocument,
    "query ProjectsProject($code: String) { project(code: $code) { milestones { title dueDate } } }": typeof types.ProjectsProjectDocument,
    "query ProjectsProgrammes { programmes { id code name owner { slug } } }": typeof types.ProjectsProgrammesDocument,
    "mutation ProjectsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }": typeof types.ProjectsCreateProgrammeDocument,
    "query ProjectsOrganization { organization(slug: \"eiu-fablab\") { projects { totalCount edges { node { code } } } } }": typeof types.ProjectsOrganizationDocument,
    "mutation RateLimitsLogin($input: LoginInput!) { login(input: $input) { __typename } }": typeof types.RateLimitsLoginDocument,
    "mutation RateLimitsRegister($input: RegisterInput!) { register(input: $input) { __typename } }": typeof types.RateLimitsRegisterDocument,
    "query RateLimitsOrganizations { organizations { totalCount } }": typeof types.RateLimitsOrganizationsDocument,
    "mutation ReadParityDealsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } ... on ErrorResult { message } } }": typeof types.ReadParityDealsExpressInterestDocument,
    "query Deal($id: ID!) { deal(id: $id) { offer { details price { amount } priceNote } demand { budget { min } } } }": typeof types.DealDocument,
    "query TechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min } } }": typeof types.TechnologyDemandDocument,
    "query ReadParityDealsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { details priceNote } }": typeof types.ReadParityDealsTechnologyOfferDocument,
    "query ReadParityDealsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min max currency } } }": typeof types.ReadParityDealsTechnologyDemandDocument,
    "query ReadPathOrganizations($first: Int, $projects: Int, $after: String) {\n    organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n      id slug\n      projects(first: $projects, after: $after, orderBy: {field: TITLE, direction: DESC}) {\n        totalCount\n        edges { cursor node { code title budget { amount currency } participants { role since } } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    } } } }": typeof types.ReadPathOrganizationsDocument,
    "query ReadPathProjects($organizationId: ID!, $first: Int, $after: String) {\n    projects(first: $first, after: $after, orderBy: {field: TITLE, direction: DESC}, filter: {organizationId: $organizationId}) {\n      totalCount\n      edges { cursor node { code title budget { amount currency } participants { role since } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    } }": typeof types.ReadPathProjectsDocument,
    "query ReadPathProjects2($organizationId: ID!) { projects(first: 40, filter: {organizationId: $organizationId}) { edges { node {\n        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } }\n        participants { status organization { helix secondaryHelices } contribution { cash { amount currency } inKindValue { amount currency } } } } } } }": typeof types.ReadPathProjects2Document,
    "query ReadPathProjects3($organizationId: ID!) { projects(first: 20, filter: {organizationId: $organizationId}) { edges { node { code helices } } } }": typeof types.ReadPathProjects3Document,
    "query ReadPathOrganization($id: ID) { organization(id: $id) { version helix secondaryHelices } }": typeof types.ReadPathOrganizationDocument,
    "mutation ReadPathUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on Organization { version } } }": typeof types.ReadPathUpdateOrganizationDocument,
    "query ReadPathOrganization2($id: ID) { organization(id: $id) {\n        newest: projects(first: 1) { edges { node { code } } }\n        byTitle: projects(first: 2, orderBy: {field: TITLE}) { edges { node { title } } }\n      } }": typeof types.ReadPathOrganization2Document,
    "mutation ReportDisclosureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } ... on ErrorResult { code message } } }": typeof types.ReportDisclosureCreateProjectDocument,
    "mutation ReportDisclosureTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on ErrorResult { code message } } }": typeof types.ReportDisclosureTransitionProjectDocument,
    "query ReportDisclosureIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects budgets { currency amount suppressed projects } } }": typeof types.ReportDisclosureIcfFactorsDocument,
    "query ReportDisclosureHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations } }": typeof types.ReportDisclosureHelixContributionsDocument,
    "query ReportDisclosureTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) { technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } averageGainPerProject } }": typeof types.ReportDisclosureTrlProgressionDocument,
    "query ReportDisclosureCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) { total { researchExpenditure { currency amount suppressed projects } } } }": typeof types.ReportDisclosureCommercialisationFunnelDocument,
    "query ReportDisclosureCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { organizations links top { organizationId } } }": typeof types.ReportDisclosureCollaborationNetworkDocument,
    "mutation LogBrokenFounding($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }": typeof types.LogBrokenFoundingDocument,
    "subscription LogRefusedActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }": typeof types.LogRefusedActivityDocument,
    "mutation RevenueRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {\n  __typename\n  ... on RevenueReceipt { id kind amount { amount currency } receivedOn distributionId milestonePaymentId }\n  ... on AgreementStateError { currentStatus }\n  ... on ErrorResult { code message field }\n} }": typeof types.RevenueRecordRevenueReceiptDocument,
    "mutation RevenueRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {\n  __typename\n  ... on RevenueCost { id kind amount { amount currency } technologyId }\n  ... on ErrorResult { code message field }\n} }": typeof types.RevenueRecordRevenueCostDocument,
    "mutation RevenueSetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {\n  __typename\n  ... on DistributionPolicy { id inventorsShare unitsShare institutionShare validFrom }\n  ... on ErrorResult { code message field }\n} }": typeof types.RevenueSetDistributionPolicyDocument,
    "fragment RevenueLineFields on DistributionLine { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn paymentReference periodEnd version\n  payer { id } organization { id } }": typeof types.RevenueLineFieldsFragmentDoc,
    "mutation RevenueDistributeRevenue($agreementId: ID!, $upTo: Date!) { distributeRevenue(agreementId: $agreementId, upTo: $upTo) {\n  __typename\n  ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency } lines { ...RevenueLineFields } }\n  ... on MissingDistributionPolicyError { organizationId }\n  ... on NegativeNetRevenueError { gross { amount } costs { amount } }\n  ... on ErrorResult { code message field }\n} }": typeof types.RevenueDistributeRevenueDocument,
    "mutation RevenueMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {\n  __typename\n  ... on DistributionLine { id status paidOn paymentReference version }\n  ... on ErrorResult { code message field }\n} }": typeof types.RevenueMarkDistributionLinePaidDocument,
    "query RevenueAgreement($id: ID!) { agreement(id: $id) {\n  id terms { currency }\n  receipts { id amount { amount } distributionId }\n  costs { id amount { amount } distributionId }\n  distributions { id net { amount } lines { id amount { amount } } }\n} }": typeof types.RevenueAgreementDocument,
    "query RevenueMyDistributionLines { myDistributionLines { totalCount edges { node { id amount { amount } beneficiaryKind inventorName agreement { id } } } } }": typeof types.RevenueMyDistributionLinesDocument,
    "query RevenueOrganization($id: ID!) { organization(id: $id) { distributionPolicies { validFrom } } }": typeof types.RevenueOrganizationDocument,
    "mutation ScheduledJobsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": typeof types.ScheduledJobsCreateApiKeyDocument,
    "mutation ScheduledJobsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }": typeof types.ScheduledJobsAddObligationDocument,
    "mutation ScheduledJobsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } ... on ErrorResult { code message } } }": typeof types.ScheduledJobsFileIpProtectionDocument,
    "query ScheduledJobsMe { me { id } }": typeof types.ScheduledJobsMeDocument,
    "query ServerProcessOrganizationCount { organizations { totalCount } }": typeof types.ServerProcessOrganizationCountDocument,
    "query ServerProcessOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }": typeof types.ServerProcessOrganizationsDocument,
    "query ServerProcessSynergy { tripleHelixSynergy { projects } }": typeof types.ServerProcessSynergyDocument,
    "mutation ServerProcessLogin($input: LoginInput!) { login(input: $input) { __typename } }": typeof types.ServerProcessLoginDocument,
    "query ServerProcessOrganization { organization(slug: \"sample-kept\") { name } organizations { totalCount } }": typeof types.ServerProcessOrganizationDocument,
    "query SpinOffsSpinOffs($filter: SpinOffFilter) { spinOffs(filter: $filter) { totalCount edges { node { id foundedOn status equityHeld organization { name } parentOrganization { id } } } } }": typeof types.SpinOffsSpinOffsDocument,
    "query SpinOffsOrganization($id: ID!) { organization(id: $id) { spinOffs { totalCount } } }": typeof types.SpinOffsOrganizationDocument,
    "mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {\n  kind dryRun applied rowsRead created updated unchanged\n  problems { row column code message }\n  rows { row key action recordId }\n} }": typeof types.ImportSpreadsheetForTestDocument,
    "mutation StandardIdentifiersCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename ... on Organization { id rorId verified version } ... on ErrorResult { code message field } } }": typeof types.StandardIdentifiersCreateOrganizationDocument,
    "mutation StandardIdentifiersUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename ... on Organization { rorId verified version } ... on ErrorResult { code message field } } }": typeof types.StandardIdentifiersUpdateOrganizationDocument,
    "mutation StandardIdentifiersUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) {\n  __typename ... on User { displayName orcid } ... on ErrorResult { code message field } } }": typeof types.StandardIdentifiersUpdateProfileDocument,
    "mutation StandardIdentifiersCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename ... on Technology { id inventors { orcid user { orcid } } } ... on ErrorResult { code message field } } }": typeof types.StandardIdentifiersCreateTechnologyDocument,
    "query StandardIdentifiersOrganizations($rorId: String) { organizations(filter: { rorId: $rorId }) { totalCount edges { node { id } } } }": typeof types.StandardIdentifiersOrganizationsDocument,
    "mutation StandardIdentifiersVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }": typeof types.StandardIdentifiersVerifyOrganizationDocument,
    "query StandardIdentifiersMe { me { orcid } }": typeof types.StandardIdentifiersMeDocument,
    "query StandardIdentifiersTechnologies($orcid: String) { technologies(filter: { inventorOrcid: $orcid }) { totalCount } }": typeof types.StandardIdentifiersTechnologiesDocument,
    "mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": typeof types.SubscriptionsCreateApiKeyDocument,
    "mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken refreshToken } } }": typeof types.SubscriptionsLoginDocument,
    "subscription SubscriptionsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }": typeof types.SubscriptionsProjectChangedDocument,
    "mutation SubscriptionsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id version } } }": typeof types.SubscriptionsCreateProjectDocument,
    "mutation SubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { version } } }": typeof types.SubscriptionsUpdateProjectDocument,
    "mutation SubscriptionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { __typename } }": typeof types.SubscriptionsRefreshSessionDocument,
    "mutation SubscriptionsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": typeof types.SubscriptionsCreateOrganizationDocument,
    "mutation SubscriptionsCreateProject2($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }": typeof types.SubscriptionsCreateProject2Document,
    "mutation SubscriptionsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }": typeof types.SubscriptionsArchiveOrganizationDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken user { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.RegisterDocument,
    "fragment AgreementFields on Agreement {\n  id code title type status territory fieldOfUse effectiveOn expiresOn executedOn endedOn version\n  licensors { id } licensee { id } technologies { id code }\n  terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { id description amount { amount currency } dueOn status } }\n}": typeof types.AgreementFieldsFragmentDoc,
    "mutation CreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateAgreementDocument,
    "mutation TransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n  __typename\n  ... on Agreement { id status version executedOn effectiveOn endedOn }\n  ... on InvalidAgreementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": typeof types.TransitionAgreementDocument,
    "mutation AuthorizationMatrixCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": typeof types.AuthorizationMatrixCreateOrganizationDocument,
    "mutation AuthorizationMatrixCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": typeof types.AuthorizationMatrixCreateApiKeyDocument,
    "mutation AuthorizationMatrixVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }": typeof types.AuthorizationMatrixVerifyOrganizationDocument,
    "fragment OfferFields on TechnologyOffer {\n  id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn version concepts organization { id }\n}": typeof types.OfferFieldsFragmentDoc,
    "fragment DemandFields on TechnologyDemand {\n  id title description sectors keywords language minTrl status publishedOn expiresOn version concepts budget { min max currency } organization { id }\n}": typeof types.DemandFieldsFragmentDoc,
    "mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { ...OfferFields } ... on ErrorResult { code message field } } }": typeof types.CreateOfferDocument,
    "mutation CreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n  __typename ... on TechnologyDemand { ...DemandFields } ... on ErrorResult { code message field } } }": typeof types.CreateDemandDocument,
    "mutation PublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.PublishOfferDocument,
    "mutation RenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.RenewOfferDocument,
    "mutation PublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.PublishDemandDocument,
    "mutation RenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": typeof types.RenewDemandDocument,
    "mutation FixturesExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n  __typename\n  ... on ExchangeInterest { id status }\n  ... on ErrorResult { code message field }\n} }": typeof types.FixturesExpressInterestDocument,
    "mutation VerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }": typeof types.VerifyOrganizationDocument,
    "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename\n  ... on Project { id code version participants { id organization { id } } }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateProjectDocument,
    "mutation InviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": typeof types.InviteParticipantDocument,
    "mutation AcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": typeof types.AcceptParticipationDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) {\n  __typename\n  ... on Programme { id code }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateProgrammeDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id name }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateOrganizationDocument,
    "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) {\n  __typename\n  ... on InvitationCreated { token invitation { id email role status expiresAt invitedBy { id displayName } organization { id name } } }\n  ... on ErrorResult { code message field }\n} }": typeof types.InviteMemberDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {\n  __typename\n  ... on AcceptedInvitation {\n    membership { id role status since until version user { id email displayName } organization { id } }\n    session { accessToken refreshToken user { id email } }\n  }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message field }\n} }": typeof types.AcceptInvitationDocument,
    "mutation CreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version inventors { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.CreateTechnologyDocument,
    "mutation AssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename\n  ... on Technology { currentTrl }\n  ... on ErrorResult { code message field }\n} }": typeof types.AssessTrlDocument,
    "mutation SyntheticLogin($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { accessToken } } }": typeof types.SyntheticLoginDocument,
    "query SyntheticProjects { projects(first: 5) { totalCount edges { node { code participants { role } } } } }": typeof types.SyntheticProjectsDocument,
    "fragment TechnologiesReadNode on Technology { id code title currentTrl createdAt\n    owners { share validFrom validUntil organization { id name } }\n    inventors { share externalName user { id displayName } affiliationOrganization { id } }\n    trlHistory { level assessedOn recordedAt assessor { id } recordedBy { displayName } }\n    projects { code participants { role organization { id } } technologies { code } }\n    disclosures { title status submittedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }\n    ipFilings { type status filingDate parentFiling { id } technology { code } deadlines { kind dueOn daysLeft filing { id } } } }": typeof types.TechnologiesReadNodeFragmentDoc,
    "query TechnologiesReadTechnologies2($first: Int, $after: String) { technologies(first: $first, after: $after, orderBy: {field: CODE}) {\n    totalCount edges { cursor node { ...TechnologiesReadNode } } pageInfo { hasNextPage hasPreviousPage endCursor } } }": typeof types.TechnologiesReadTechnologies2Document,
    "query TechnologiesReadDisclosures($first: Int) { disclosures(first: $first) { totalCount edges { node {\n    id title status decision createdAt organization { id } submittedBy { displayName } technology { code owners { share } ipFilings { id } } } } } }": typeof types.TechnologiesReadDisclosuresDocument,
    "query TechnologiesReadIpFilings($first: Int) { ipFilings(first: $first) { totalCount edges { node {\n    id type jurisdiction status priorityDate grantDate technology { code inventors { share } } deadlines { kind dueOn filing { id } } } } } }": typeof types.TechnologiesReadIpFilingsDocument,
    "query TechnologiesReadOrganizations($first: Int, $technologies: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n    id technologies(first: $technologies, orderBy: {field: CODE}) { totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } }\n  } } } }": typeof types.TechnologiesReadOrganizationsDocument,
    "query TechnologiesReadUpcomingDeadlines($first: Int) { upcomingDeadlines(withinDays: 3650, first: $first) { kind dueOn daysLeft filing { id technology { code owners { share } } } } }": typeof types.TechnologiesReadUpcomingDeadlinesDocument,
    "query TechnologiesReadOrganization($id: ID) { organization(id: $id) { technologies(first: 0, filter: {trlMin: 3, search: \"a%_\"}) { edges { node { id } } pageInfo { hasNextPage } } } }": typeof types.TechnologiesReadOrganizationDocument,
    "query TechnologiesReadTechnology($id: ID) { technology(id: $id) { id inventors { user { id } } } }": typeof types.TechnologiesReadTechnologyDocument,
    "query TechnologiesReadTechnology2($code: String) { technology(code: $code) { ...TechnologiesReadNode } }": typeof types.TechnologiesReadTechnology2Document,
    "query TechnologiesReadTechnologies($organizationId: ID) { technologies(first: 3, orderBy: {field: CODE}, filter: {organizationId: $organizationId}) {\n          totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } } }": typeof types.TechnologiesReadTechnologiesDocument,
    "query TechnologiesReadMyDisclosures { myDisclosures(first: 100) { edges { node { technology { id } } } } }": typeof types.TechnologiesReadMyDisclosuresDocument,
    "query TechnologiesReadUpcomingDeadlines2 { upcomingDeadlines(withinDays: 3650) { dueOn daysLeft filing { id } } }": typeof types.TechnologiesReadUpcomingDeadlines2Document,
    "fragment TechnologyLookupFields on Technology { id code title currentTrl version fields keywords\n  owners { share validFrom validUntil organization { id } }\n  inventors { share externalName affiliationName user { id displayName } affiliationOrganization { id } }\n  trlHistory { level assessedOn assessorName evidence assessor { id } recordedBy { id } }\n  projects { id } }": typeof types.TechnologyLookupFieldsFragmentDoc,
    "query TechnologiesTechnology($code: String) { technology(code: $code) { ...TechnologyLookupFields } }": typeof types.TechnologiesTechnologyDocument,
    "mutation SetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n  __typename ... on Technology { version owners { share validFrom validUntil organization { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }": typeof types.SetTechnologyOwnersDocument,
    "mutation SetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n  __typename ... on Technology { version inventors { share externalName user { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on ErrorResult { code message field } } }": typeof types.SetTechnologyInventorsDocument,
    "mutation TechnologiesAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename ... on Technology { currentTrl trlHistory { level assessedOn } } ... on ErrorResult { code message field } } }": typeof types.TechnologiesAssessTrlDocument,
    "mutation UpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) {\n  __typename ... on Technology { title version abstract keywords } ... on VersionConflictError { currentVersion } ... on ErrorResult { code field } } }": typeof types.UpdateTechnologyDocument,
    "query Technologies($filter: TechnologyFilter, $first: Int, $after: String, $orderBy: TechnologyOrder) {\n  technologies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n    totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }": typeof types.TechnologiesDocument,
    "mutation TechnologiesCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { ... on SharesDoNotTotalError { subject total day } } }": typeof types.TechnologiesCreateTechnologyDocument,
    "mutation TechnologiesCreateTechnology2($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on SharesDoNotTotalError { subject total day field } } }": typeof types.TechnologiesCreateTechnology2Document,
    "fragment OwnersProposalFields on TechnologyOwnersProposal { id technologyId status owners { organizationId share validFrom validUntil } consents { organizationId consent decidedAt } decidedAt }": typeof types.OwnersProposalFieldsFragmentDoc,
    "mutation TechnologiesSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n      __typename ... on Technology { version owners { share organization { id } } } ... on TechnologyOwnersProposal { ...OwnersProposalFields }\n      ... on ErrorResult { code message field } } }": typeof types.TechnologiesSetTechnologyOwnersDocument,
    "mutation TechnologiesAcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) {\n        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }": typeof types.TechnologiesAcceptTechnologyOwnersDocument,
    "mutation TechnologiesDeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) {\n        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }": typeof types.TechnologiesDeclineTechnologyOwnersDocument,
    "query TechnologiesTechnology2($code: String) { technology(code: $code) { version ownersProposal { ...OwnersProposalFields } } }": typeof types.TechnologiesTechnology2Document,
    "mutation TechnologiesCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }": typeof types.TechnologiesCreateProjectDocument,
    "query TechnologiesProject($id: ID) { project(id: $id) { technologies { code } } }": typeof types.TechnologiesProjectDocument,
    "query TechnologiesOrganization($id: ID) { organization(id: $id) { technologies(first: 10) { totalCount } } }": typeof types.TechnologiesOrganizationDocument,
    "query TracingDirectory { organizations(first: 1) { totalCount } }": typeof types.TracingDirectoryDocument,
    "mutation TrainingCreate($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {\n  __typename\n  ... on TrainingProgramme { id title titleEn curriculumUrl field startsOn endsOn version runner { id } partners { id } intakes { year } }\n  ... on ErrorResult { code message field }\n} }": typeof types.TrainingCreateDocument,
    "mutation TrainingUpdate($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) {\n  __typename\n  ... on TrainingProgramme { id title endsOn version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.TrainingUpdateDocument,
    "mutation TrainingInvite($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {\n  __typename\n  ... on TrainingPartner { id status version organization { id } programme { id } }\n  ... on ErrorResult { code message field }\n} }": typeof types.TrainingInviteDocument,
    "mutation TrainingAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {\n  __typename\n  ... on TrainingPartner { id status version answeredAt }\n  ... on InvalidTrainingPartnerTransitionError { currentStatus allowedStatuses }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.TrainingAnswerDocument,
    "mutation TrainingContribute($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {\n  __typename\n  ... on TrainingPartner { id version contributions { year seatsFunded graduatesHired } }\n  ... on TrainingPartnerStateError { currentStatus }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.TrainingContributeDocument,
    "mutation TrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {\n  __typename\n  ... on TrainingProgramme { id version intakes { year trainees graduates } }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": typeof types.TrainingIntakeDocument,
    "query TrainingOne($id: ID!) { trainingProgramme(id: $id) {\n  id title runner { id } intakes { year trainees graduates } partners { status organization { id } contributions { year seatsFunded graduatesHired } } } }": typeof types.TrainingOneDocument,
    "query TrainingList($filter: TrainingProgrammeFilter) { trainingProgrammes(first: 100, filter: $filter) { totalCount edges { node { id title } } } }": typeof types.TrainingListDocument,
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
    "mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {\n  __typename\n  ... on WebhookEndpointWithSecret { secret endpoint { id url eventTypes status version } }\n  ... on ErrorResult { code message field }\n} }": typeof types.WebhooksCreateEndpointDocument,
    "query WebhooksDeliveries($id: ID) { organization(id: $id) { webhookEndpoints { id status disabledReason\n  deliveries(first: 50) { totalCount edges { node { id eventId eventType status attempts lastStatusCode redeliveryOf attemptLog { statusCode error durationMs } } } } } } }": typeof types.WebhooksDeliveriesDocument,
    "mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename ... on WebhookDelivery { id eventId status } ... on ErrorResult { code message } } }": typeof types.WebhooksRedeliverDocument,
    "mutation WebhooksUpdateEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {\n  __typename ... on WebhookEndpoint { status version } ... on ErrorResult { code message field } } }": typeof types.WebhooksUpdateEndpointDocument,
};
const documents: Documents = {
    "query AdminConsoleOrganization($id: ID) { organization(id: $id) { id verified } }": types.AdminConsoleOrganizationDocument,
    "query AdminConsoleApiKeys($id: ID) { organization(id: $id) { apiKeys { name active } } }": types.AdminConsoleApiKeysDocument,
    "mutation AdminConsoleDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }": types.AdminConsoleDisableUserDocument,
    "mutation AdminConsoleRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }": types.AdminConsoleRequestMembershipDocument,
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
    "mutation AuthLogin($input: LoginInput!) { login(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email displayName platformRole } }\n  ... on ErrorResult { code message field }\n} }": types.AuthLoginDocument,
    "mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken }\n  ... on ErrorResult { code message field }\n} }": types.AuthRefreshSessionDocument,
    "query AuthMe { me { id email displayName platformRole disabled } }": types.AuthMeDocument,
    "mutation AuthRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code message field } } }": types.AuthRegisterDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "mutation AuthChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ErrorResult { code field } } }": types.AuthChangePasswordDocument,
    "mutation AuthDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }": types.AuthDisableUserDocument,
    "mutation AuthEnableUser($id: ID!) { enableUser(userId: $id) { disabled } }": types.AuthEnableUserDocument,
    "query AuthOrganizations { organizations { totalCount } }": types.AuthOrganizationsDocument,
    "mutation AuthzAccountsRowsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token invitation { id } } } }": types.AuthzAccountsRowsInviteMemberDocument,
    "query AuthzAccountsRowsOrganizations { organizations { totalCount } }": types.AuthzAccountsRowsOrganizationsDocument,
    "query AuthzAccountsRowsOrganization($id: ID) { organization(id: $id) { name } }": types.AuthzAccountsRowsOrganizationDocument,
    "query Me { me { id } }": types.MeDocument,
    "query AuthzAccountsRowsViewer { viewer { __typename ... on User { id } ... on ApiKey { id name organization { id } } } }": types.AuthzAccountsRowsViewerDocument,
    "query AuthzAccountsRowsOrganization2($id: ID) { organization(id: $id) { apiKeys { id } } }": types.AuthzAccountsRowsOrganization2Document,
    "query AuthzAccountsRowsAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }": types.AuthzAccountsRowsAuditLogDocument,
    "query AuthzAccountsRowsAuditLog2 { auditLog { totalCount } }": types.AuthzAccountsRowsAuditLog2Document,
    "query AuthzAccountsRowsUsers { users(first: 5, filter: { search: \"matrix\" }) { totalCount edges { node { id email disabled } } } }": types.AuthzAccountsRowsUsersDocument,
    "mutation AuthzAccountsRowsRegister($input: RegisterInput!) { register(input: $input) { __typename } }": types.AuthzAccountsRowsRegisterDocument,
    "mutation AuthzAccountsRowsLogin($input: LoginInput!) { login(input: $input) { __typename } }": types.AuthzAccountsRowsLoginDocument,
    "mutation RefreshSession { refreshSession(refreshToken: \"thr_unknown\") { __typename } }": types.RefreshSessionDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }": types.ChangePasswordDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }": types.UpdateProfileDocument,
    "mutation AuthzAccountsRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }": types.AuthzAccountsRowsCreateOrganizationDocument,
    "mutation AuthzAccountsRowsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }": types.AuthzAccountsRowsUpdateOrganizationDocument,
    "mutation AuthzAccountsRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }": types.AuthzAccountsRowsVerifyOrganizationDocument,
    "mutation AuthzAccountsRowsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }": types.AuthzAccountsRowsArchiveOrganizationDocument,
    "mutation AuthzAccountsRowsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": types.AuthzAccountsRowsCreateApiKeyDocument,
    "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }": types.RevokeApiKeyDocument,
    "query AuthzAccountsRowsOrganization3($id: ID) { organization(id: $id) { members { totalCount } } }": types.AuthzAccountsRowsOrganization3Document,
    "query AuthzAccountsRowsOrganization4($id: ID) { organization(id: $id) { invitations { id } } }": types.AuthzAccountsRowsOrganization4Document,
    "query AuthzAccountsRowsInvitationHistory($id: ID) { organization(id: $id) { invitationHistory(first: 1) { totalCount } } }": types.AuthzAccountsRowsInvitationHistoryDocument,
    "query AuthzAccountsRowsOrganization5($id: ID) { organization(id: $id) { members { edges { node { user { id email } } } } } }": types.AuthzAccountsRowsOrganization5Document,
    "query AuthzAccountsRowsMyMemberships { myMemberships { id } }": types.AuthzAccountsRowsMyMembershipsDocument,
    "mutation AuthzAccountsRowsInviteMember2($input: InviteMemberInput!) { inviteMember(input: $input) { __typename } }": types.AuthzAccountsRowsInviteMember2Document,
    "mutation AuthzAccountsRowsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }": types.AuthzAccountsRowsAcceptInvitationDocument,
    "mutation AuthzAccountsRowsRevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) { __typename } }": types.AuthzAccountsRowsRevokeInvitationDocument,
    "mutation AuthzAccountsRowsRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }": types.AuthzAccountsRowsRequestMembershipDocument,
    "mutation AuthzAccountsRowsApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }": types.AuthzAccountsRowsApproveMembershipRequestDocument,
    "mutation AuthzAccountsRowsDeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) { __typename } }": types.AuthzAccountsRowsDeclineMembershipRequestDocument,
    "mutation AuthzAccountsRowsChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }": types.AuthzAccountsRowsChangeMemberRoleDocument,
    "mutation AuthzAccountsRowsRemoveMember($id: ID!) { removeMember(membershipId: $id) { __typename } }": types.AuthzAccountsRowsRemoveMemberDocument,
    "mutation DisableUser($id: ID!) { disableUser(userId: $id) { id } }": types.DisableUserDocument,
    "mutation EnableUser($id: ID!) { enableUser(userId: $id) { id } }": types.EnableUserDocument,
    "mutation AuthzAccountsRowsLeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) { __typename } }": types.AuthzAccountsRowsLeaveOrganizationDocument,
    "mutation AuthzAgreementsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }": types.AuthzAgreementsRowsCreateTechnologyDocument,
    "mutation AuthzAgreementsRowsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }": types.AuthzAgreementsRowsAddObligationDocument,
    "mutation SetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) { __typename } }": types.SetDistributionPolicyDocument,
    "mutation RecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename } }": types.RecordRevenueReceiptDocument,
    "mutation DistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) { __typename } }": types.DistributeRevenueDocument,
    "mutation CreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }": types.CreateSpinOffDocument,
    "query AuthzAgreementsRowsAgreement($id: ID) { agreement(id: $id) { id } }": types.AuthzAgreementsRowsAgreementDocument,
    "query AuthzAgreementsRowsAgreements { agreements(first: 100) { edges { node { id } } } }": types.AuthzAgreementsRowsAgreementsDocument,
    "query AuthzAgreementsRowsAgreement2($id: ID) { agreement(id: $id) { costs { id } } }": types.AuthzAgreementsRowsAgreement2Document,
    "query AuthzAgreementsRowsAgreement3($id: ID) { agreement(id: $id) { distributions { id } } }": types.AuthzAgreementsRowsAgreement3Document,
    "query AuthzAgreementsRowsOrganization($id: ID) { organization(id: $id) { distributionPolicies { id } } }": types.AuthzAgreementsRowsOrganizationDocument,
    "query AuthzAgreementsRowsAgreementObligations { agreementObligations(first: 100) { edges { node { id } } } }": types.AuthzAgreementsRowsAgreementObligationsDocument,
    "query AuthzAgreementsRowsOverdueObligations { overdueObligations(first: 100) { edges { node { id } } } }": types.AuthzAgreementsRowsOverdueObligationsDocument,
    "mutation AuthzAgreementsRowsCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }": types.AuthzAgreementsRowsCreateAgreementDocument,
    "mutation AuthzAgreementsRowsUpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) { __typename } }": types.AuthzAgreementsRowsUpdateAgreementDocument,
    "mutation AuthzAgreementsRowsTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { __typename } }": types.AuthzAgreementsRowsTransitionAgreementDocument,
    "mutation AuthzAgreementsRowsAddObligation2($input: AddObligationInput!) { addObligation(input: $input) { __typename } }": types.AuthzAgreementsRowsAddObligation2Document,
    "mutation AuthzAgreementsRowsReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) { __typename } }": types.AuthzAgreementsRowsReportObligationMetDocument,
    "mutation AuthzAgreementsRowsRecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) { __typename } }": types.AuthzAgreementsRowsRecordObligationOutcomeDocument,
    "mutation RecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename } }": types.RecordRevenueCostDocument,
    "mutation MarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) { __typename } }": types.MarkDistributionLinePaidDocument,
    "query MyDistributionLines { myDistributionLines(first: 100) { edges { node { id } } } }": types.MyDistributionLinesDocument,
    "query SpinOffs { spinOffs(first: 100) { edges { node { id } } } }": types.SpinOffsDocument,
    "query AuthzAgreementsRowsSpinOffs { spinOffs(first: 100) { edges { node { id equityHeld } } } }": types.AuthzAgreementsRowsSpinOffsDocument,
    "mutation AuthzAgreementsRowsCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename } }": types.AuthzAgreementsRowsCreateSpinOffDocument,
    "mutation UpdateSpinOff($input: UpdateSpinOffInput!) { updateSpinOff(input: $input) { __typename } }": types.UpdateSpinOffDocument,
    "mutation AuthzExchangeRowsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on TechnologyOffer { id version } } }": types.AuthzExchangeRowsCreateOfferDocument,
    "mutation AuthzExchangeRowsCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on TechnologyDemand { id version } } }": types.AuthzExchangeRowsCreateDemandDocument,
    "mutation AuthzExchangeRowsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } } }": types.AuthzExchangeRowsExpressInterestDocument,
    "mutation AuthzExchangeRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }": types.AuthzExchangeRowsCreateTechnologyDocument,
    "mutation ExchangeRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": types.ExchangeRowsAssessTrlDocument,
    "mutation AuthzExchangeRowsPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }": types.AuthzExchangeRowsPublishOfferDocument,
    "mutation AuthzExchangeRowsPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }": types.AuthzExchangeRowsPublishDemandDocument,
    "mutation AuthzExchangeRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id } } }": types.AuthzExchangeRowsCreateOrganizationDocument,
    "mutation AuthzExchangeRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }": types.AuthzExchangeRowsVerifyOrganizationDocument,
    "mutation AuthzExchangeRowsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id } } }": types.AuthzExchangeRowsOpenDealDocument,
    "query AuthzExchangeRowsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { id } }": types.AuthzExchangeRowsTechnologyOfferDocument,
    "query AuthzExchangeRowsTechnologyOffers { technologyOffers(first: 100) { edges { node { id } } } }": types.AuthzExchangeRowsTechnologyOffersDocument,
    "query AuthzExchangeRowsTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { price { amount } } }": types.AuthzExchangeRowsTechnologyOffer2Document,
    "query AuthzExchangeRowsTechnologyOffer3($id: ID!) { technologyOffer(id: $id) { details } }": types.AuthzExchangeRowsTechnologyOffer3Document,
    "query AuthzExchangeRowsTechnologyOffer4($id: ID!) { technologyOffer(id: $id) { priceNote } }": types.AuthzExchangeRowsTechnologyOffer4Document,
    "query AuthzExchangeRowsTechnologyOffer5($id: ID!) { technologyOffer(id: $id) { technology { id } } }": types.AuthzExchangeRowsTechnologyOffer5Document,
    "query AuthzExchangeRowsTechnologyOffer6($id: ID!) { technologyOffer(id: $id) { interests { id } } }": types.AuthzExchangeRowsTechnologyOffer6Document,
    "query AuthzExchangeRowsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { id } }": types.AuthzExchangeRowsTechnologyDemandDocument,
    "query AuthzExchangeRowsTechnologyDemands { technologyDemands(first: 100) { edges { node { id } } } }": types.AuthzExchangeRowsTechnologyDemandsDocument,
    "query AuthzExchangeRowsTechnologyDemand2($id: ID!) { technologyDemand(id: $id) { budget { currency } } }": types.AuthzExchangeRowsTechnologyDemand2Document,
    "query AuthzExchangeRowsMatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score } }": types.AuthzExchangeRowsMatchesForOfferDocument,
    "query AuthzExchangeRowsMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score } }": types.AuthzExchangeRowsMatchesForDemandDocument,
    "mutation AuthzExchangeRowsStaleUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }": types.AuthzExchangeRowsStaleUpdateOfferDocument,
    "mutation AuthzExchangeRowsStalePublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }": types.AuthzExchangeRowsStalePublishOfferDocument,
    "mutation AuthzExchangeRowsStaleRenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) { __typename } }": types.AuthzExchangeRowsStaleRenewOfferDocument,
    "mutation AuthzExchangeRowsStaleWithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) { __typename } }": types.AuthzExchangeRowsStaleWithdrawOfferDocument,
    "mutation AuthzExchangeRowsStaleUpdateDemand($input: UpdateDemandInput!) { updateDemand(input: $input) { __typename } }": types.AuthzExchangeRowsStaleUpdateDemandDocument,
    "mutation AuthzExchangeRowsStalePublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }": types.AuthzExchangeRowsStalePublishDemandDocument,
    "mutation AuthzExchangeRowsStaleRenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) { __typename } }": types.AuthzExchangeRowsStaleRenewDemandDocument,
    "mutation AuthzExchangeRowsStaleWithdrawDemand($input: WithdrawExchangeItemInput!) { withdrawDemand(input: $input) { __typename } }": types.AuthzExchangeRowsStaleWithdrawDemandDocument,
    "mutation AuthzExchangeRowsWithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename } }": types.AuthzExchangeRowsWithdrawInterestDocument,
    "query AuthzExchangeRowsExchangeInterests { exchangeInterests(first: 100) { edges { node { id } } } }": types.AuthzExchangeRowsExchangeInterestsDocument,
    "mutation AuthzExchangeRowsOpenDeal2($input: OpenDealInput!) { openDeal(input: $input) { __typename } }": types.AuthzExchangeRowsOpenDeal2Document,
    "query AuthzExchangeRowsDeal($id: ID!) { deal(id: $id) { id } }": types.AuthzExchangeRowsDealDocument,
    "query Deals { deals(first: 100) { edges { node { id } } } }": types.DealsDocument,
    "mutation AuthzExchangeRowsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename } }": types.AuthzExchangeRowsAdvanceDealDocument,
    "mutation AuthzExchangeRowsDropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename } }": types.AuthzExchangeRowsDropDealDocument,
    "mutation AuthzImportsRowsImportSpreadsheet($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { applied created problems { row column code } } }": types.AuthzImportsRowsImportSpreadsheetDocument,
    "mutation AuthzIncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename ... on IncubationApplication { id version startup { id } } } }": types.AuthzIncubationApplyDocument,
    "mutation AuthzIncubationMove($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id version } } }": types.AuthzIncubationMoveDocument,
    "mutation AuthzIncubationSetUpProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename ... on IncubationProgramme { id } } }": types.AuthzIncubationSetUpProgrammeDocument,
    "mutation AuthzIncubationSetUpCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename ... on IncubationCohort { id version } } }": types.AuthzIncubationSetUpCohortDocument,
    "mutation AuthzIncubationOpen($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename ... on IncubationCohort { id } } }": types.AuthzIncubationOpenDocument,
    "mutation AuthzIncubationReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename ... on IncubationReport { id } } }": types.AuthzIncubationReportDocument,
    "mutation AuthzIncubationMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename ... on IncubationMentor { id } } }": types.AuthzIncubationMentorDocument,
    "mutation AuthzIncubationMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename ... on IncubationMilestone { id } } }": types.AuthzIncubationMilestoneDocument,
    "mutation AuthzIncubationConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename ... on IncubationApplication { id } } }": types.AuthzIncubationConsentDocument,
    "query AuthzIncubationProgramme($id: ID!) { incubationProgramme(id: $id) { id cohorts { edges { node { id graduates { id } } } } } }": types.AuthzIncubationProgrammeDocument,
    "query AuthzIncubationProgrammes($filter: IncubationProgrammeFilter) { incubationProgrammes(filter: $filter) { edges { node { id } } } }": types.AuthzIncubationProgrammesDocument,
    "query AuthzIncubationFile($id: ID!) { incubationApplication(id: $id) { id pitch decisionReason reports { jobs } } }": types.AuthzIncubationFileDocument,
    "query AuthzIncubationFiles { incubationApplications(first: 100) { edges { node { id } } } }": types.AuthzIncubationFilesDocument,
    "query AuthzIncubationOfStartup($id: ID!) { organization(id: $id) { incubations { edges { node { id pitch mentors { current } } } } } }": types.AuthzIncubationOfStartupDocument,
    "mutation AuthzIncubationRowsCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename } }": types.AuthzIncubationRowsCreateProgrammeDocument,
    "mutation AuthzIncubationRowsUpdateProgramme($input: UpdateIncubationProgrammeInput!) { updateIncubationProgramme(input: $input) { __typename } }": types.AuthzIncubationRowsUpdateProgrammeDocument,
    "mutation AuthzIncubationRowsCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename } }": types.AuthzIncubationRowsCreateCohortDocument,
    "mutation AuthzIncubationRowsUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename } }": types.AuthzIncubationRowsUpdateCohortDocument,
    "mutation AuthzIncubationRowsApplyNew($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }": types.AuthzIncubationRowsApplyNewDocument,
    "mutation AuthzIncubationRowsApplyAgain($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }": types.AuthzIncubationRowsApplyAgainDocument,
    "mutation AuthzIncubationRowsDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }": types.AuthzIncubationRowsDecideDocument,
    "mutation AuthzIncubationRowsLeave($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }": types.AuthzIncubationRowsLeaveDocument,
    "mutation AuthzIncubationRowsConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename } }": types.AuthzIncubationRowsConsentDocument,
    "mutation AuthzIncubationRowsAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename } }": types.AuthzIncubationRowsAssignMentorDocument,
    "mutation AuthzIncubationRowsEndMentor($input: EndIncubationMentorInput!) { endIncubationMentor(input: $input) { __typename } }": types.AuthzIncubationRowsEndMentorDocument,
    "mutation AuthzIncubationRowsAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename } }": types.AuthzIncubationRowsAddMilestoneDocument,
    "mutation AuthzIncubationRowsMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) { __typename } }": types.AuthzIncubationRowsMarkMilestoneDocument,
    "mutation AuthzIncubationRowsAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename } }": types.AuthzIncubationRowsAddReportDocument,
    "mutation ReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename ... on IndicatorMeasurement { id } } }": types.ReportIndicatorDocument,
    "query IndicatorMeasurements { indicatorMeasurements(first: 100) { edges { node { id } } } }": types.IndicatorMeasurementsDocument,
    "mutation CorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) { __typename } }": types.CorrectIndicatorDocument,
    "mutation ReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) { __typename } }": types.ReviewIndicatorDocument,
    "query IcfSelfAssessment { icfSelfAssessment { fromYear } }": types.IcfSelfAssessmentDocument,
    "query CommercialisationFunnel { commercialisationFunnel { years { year } } }": types.CommercialisationFunnelDocument,
    "query TrlProgression { trlProgression { technologies } }": types.TrlProgressionDocument,
    "query HelixContributions { helixContributions { helix } }": types.HelixContributionsDocument,
    "query IcfFactors { icfFactors { factor } }": types.IcfFactorsDocument,
    "query TripleHelixSynergy { tripleHelixSynergy { projects } }": types.TripleHelixSynergyDocument,
    "query CollaborationNetwork { collaborationNetwork { density } }": types.CollaborationNetworkDocument,
    "query BridgingOrganizations { bridgingOrganizations { rank } }": types.BridgingOrganizationsDocument,
    "mutation AuthzIntegrationsRowsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {\n  __typename ... on WebhookEndpointWithSecret { endpoint { id } } } }": types.AuthzIntegrationsRowsCreateWebhookEndpointDocument,
    "query AuthzIntegrationsRowsJobQueues { jobQueues { name waiting failed } }": types.AuthzIntegrationsRowsJobQueuesDocument,
    "query AuthzIntegrationsRowsWebhookEndpoints($id: ID) { organization(id: $id) { webhookEndpoints { id deliveries(first: 5) { totalCount } } } }": types.AuthzIntegrationsRowsWebhookEndpointsDocument,
    "mutation AuthzIntegrationsRowsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename } }": types.AuthzIntegrationsRowsUpdateWebhookEndpointDocument,
    "mutation AuthzIntegrationsRowsRotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { endpoint { id } } }": types.AuthzIntegrationsRowsRotateWebhookSecretDocument,
    "mutation AuthzIntegrationsRowsSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { __typename } }": types.AuthzIntegrationsRowsSendTestWebhookDocument,
    "mutation AuthzIntegrationsRowsRedeliverWebhook($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename } }": types.AuthzIntegrationsRowsRedeliverWebhookDocument,
    "mutation AuthzIntegrationsRowsRemoveWebhookEndpoint($id: ID!) { removeWebhookEndpoint(id: $id) { id } }": types.AuthzIntegrationsRowsRemoveWebhookEndpointDocument,
    "mutation CreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { __typename ... on Partnership { id } } }": types.CreatePartnershipDocument,
    "mutation AcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename ... on Partnership { id } } }": types.AcceptPartnershipDocument,
    "mutation ChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename ... on Partnership { id version } } }": types.ChangePartnershipStatusDocument,
    "mutation UpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename ... on PartnershipAmendment { id } } }": types.UpdatePartnershipDocument,
    "query Partnership($id: ID!) { partnership(id: $id) { id } }": types.PartnershipDocument,
    "query Partnerships { partnerships(first: 100) { edges { node { id } } } }": types.PartnershipsDocument,
    "query AuthzPartnershipsRowsPartnership($id: ID!) { partnership(id: $id) { consents { organizationId } } }": types.AuthzPartnershipsRowsPartnershipDocument,
    "mutation AuthzPartnershipsRowsUpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename } }": types.AuthzPartnershipsRowsUpdatePartnershipDocument,
    "mutation AuthzPartnershipsRowsChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename } }": types.AuthzPartnershipsRowsChangePartnershipStatusDocument,
    "mutation AuthzPartnershipsRowsAcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename } }": types.AuthzPartnershipsRowsAcceptPartnershipDocument,
    "mutation DeclinePartnership($id: ID!) { declinePartnership(partnershipId: $id) { __typename } }": types.DeclinePartnershipDocument,
    "mutation AddPartnershipParty($p: ID!, $o: ID!) { addPartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }": types.AddPartnershipPartyDocument,
    "mutation RemovePartnershipParty($p: ID!, $o: ID!) { removePartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }": types.RemovePartnershipPartyDocument,
    "query AuthzPartnershipsRowsPartnership2($id: ID!) { partnership(id: $id) { amendment { id } } }": types.AuthzPartnershipsRowsPartnership2Document,
    "mutation AcceptPartnershipAmendment($id: ID!) { acceptPartnershipAmendment(amendmentId: $id) { __typename } }": types.AcceptPartnershipAmendmentDocument,
    "mutation DeclinePartnershipAmendment($id: ID!) { declinePartnershipAmendment(amendmentId: $id) { __typename } }": types.DeclinePartnershipAmendmentDocument,
    "mutation AuthzProjectsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id participants { id } } } }": types.AuthzProjectsRowsCreateProjectDocument,
    "mutation RequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename ... on ProgrammeAttachmentRequest { id } } }": types.RequestProgrammeAttachmentDocument,
    "mutation AuthzProjectsRowsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) { __typename ... on ProjectParticipant { id } } }": types.AuthzProjectsRowsInviteParticipantDocument,
    "mutation AddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": types.AddMilestoneDocument,
    "mutation AuthzProjectsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }": types.AuthzProjectsRowsCreateTechnologyDocument,
    "mutation AuthzProjectsRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": types.AuthzProjectsRowsAssessTrlDocument,
    "mutation AuthzProjectsRowsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id } } }": types.AuthzProjectsRowsCreateProgrammeDocument,
    "query Programmes { programmes { id } }": types.ProgrammesDocument,
    "query AuthzProjectsRowsProject($id: ID) { project(id: $id) { id } }": types.AuthzProjectsRowsProjectDocument,
    "query AuthzProjectsRowsProjects { projects(first: 100) { edges { node { id } } } }": types.AuthzProjectsRowsProjectsDocument,
    "query AuthzProjectsRowsProject2($id: ID) { project(id: $id) { budget { amount } } }": types.AuthzProjectsRowsProject2Document,
    "query AuthzProjectsRowsProject3($id: ID) { project(id: $id) { contributionsByHelix { helix } } }": types.AuthzProjectsRowsProject3Document,
    "query AuthzProjectsRowsProject4($id: ID) { project(id: $id) { trlGained } }": types.AuthzProjectsRowsProject4Document,
    "query AuthzProjectsRowsProject5($id: ID) { project(id: $id) { participants { contribution { cash { amount } } } } }": types.AuthzProjectsRowsProject5Document,
    "mutation AuthzProjectsRowsCreateProgramme2($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }": types.AuthzProjectsRowsCreateProgramme2Document,
    "mutation AuthzProjectsRowsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename } }": types.AuthzProjectsRowsUpdateProjectDocument,
    "mutation TransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename } }": types.TransitionProjectDocument,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { __typename } }": types.UpdateMilestoneDocument,
    "mutation UpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) { __typename } }": types.UpdateParticipantDocument,
    "mutation RemoveParticipant($id: ID!) { removeParticipant(participantId: $id) { __typename } }": types.RemoveParticipantDocument,
    "mutation TransferCoordination($id: ID!) { transferCoordination(participantId: $id) { __typename } }": types.TransferCoordinationDocument,
    "mutation AuthzProjectsRowsAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) { __typename } }": types.AuthzProjectsRowsAcceptParticipationDocument,
    "mutation DeclineParticipation($id: ID!) { declineParticipation(participantId: $id) { __typename } }": types.DeclineParticipationDocument,
    "mutation LeaveProject($id: ID!) { leaveProject(participantId: $id) { __typename } }": types.LeaveProjectDocument,
    "query AuthzProjectsRowsProgrammes { programmes { id attachmentRequests(first: 1) { totalCount } } }": types.AuthzProjectsRowsProgrammesDocument,
    "query AuthzProjectsRowsProject6($id: ID) { project(id: $id) { programmeRequests { id } } }": types.AuthzProjectsRowsProject6Document,
    "mutation AuthzProjectsRowsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename } }": types.AuthzProjectsRowsRequestProgrammeAttachmentDocument,
    "mutation AcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) { __typename } }": types.AcceptProgrammeAttachmentDocument,
    "mutation DeclineProgrammeAttachment($id: ID!) { declineProgrammeAttachment(requestId: $id, reason: \"Sample data\") { __typename } }": types.DeclineProgrammeAttachmentDocument,
    "mutation WithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) { __typename } }": types.WithdrawProgrammeAttachmentDocument,
    "mutation AuthzSubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { id } } }": types.AuthzSubscriptionsUpdateProjectDocument,
    "mutation AuthzSubscriptionsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } } }": types.AuthzSubscriptionsRowsCreateProjectDocument,
    "subscription OrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action } }": types.OrganizationActivityDocument,
    "subscription ProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action } }": types.ProjectChangedDocument,
    "mutation AuthzTalentRowsProposePlacement($input: ProposePlacementInput!) { proposePlacement(input: $input) { __typename ... on Placement { id } } }": types.AuthzTalentRowsProposePlacementDocument,
    "mutation AuthzTalentRowsCreateTrainingProgramme($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { __typename ... on TrainingProgramme { id } } }": types.AuthzTalentRowsCreateTrainingProgrammeDocument,
    "mutation AuthzTalentRowsInviteTrainingPartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) { __typename ... on TrainingPartner { id } } }": types.AuthzTalentRowsInviteTrainingPartnerDocument,
    "mutation AuthzTalentRowsWithdrawFixture($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id } } }": types.AuthzTalentRowsWithdrawFixtureDocument,
    "mutation AuthzTalentRowsAcceptFixture($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename ... on TrainingPartner { id } } }": types.AuthzTalentRowsAcceptFixtureDocument,
    "query AuthzTalentRowsPlacement($id: ID!) { placement(id: $id) { id } }": types.AuthzTalentRowsPlacementDocument,
    "query AuthzTalentRowsPlacements { placements(first: 100) { edges { node { id } } } }": types.AuthzTalentRowsPlacementsDocument,
    "query AuthzTalentRowsOrganizationPlacements($id: ID!) { organization(id: $id) { placements(first: 100) { edges { node { id } } } } }": types.AuthzTalentRowsOrganizationPlacementsDocument,
    "query AuthzTalentRowsWithdrawnPerson($id: ID!) { placement(id: $id) { person { id } title topic } }": types.AuthzTalentRowsWithdrawnPersonDocument,
    "query AuthzTalentRowsPerson($id: ID!) { placement(id: $id) { person { id } title topic } }": types.AuthzTalentRowsPersonDocument,
    "mutation AuthzTalentRowsUpdatePlacement($input: UpdatePlacementInput!) { updatePlacement(input: $input) { __typename } }": types.AuthzTalentRowsUpdatePlacementDocument,
    "mutation AuthzTalentRowsAgreePlacement($input: AgreePlacementInput!) { agreePlacement(input: $input) { __typename } }": types.AuthzTalentRowsAgreePlacementDocument,
    "mutation AuthzTalentRowsChangePlacementStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { __typename } }": types.AuthzTalentRowsChangePlacementStatusDocument,
    "mutation AuthzTalentRowsWithdrawPlacement($id: ID!) { withdrawPlacement(id: $id) { __typename } }": types.AuthzTalentRowsWithdrawPlacementDocument,
    "query AuthzTalentRowsTalentFlows { talentFlows { cells { year placements suppressed } } }": types.AuthzTalentRowsTalentFlowsDocument,
    "query AuthzTalentRowsTrainingProgrammes { trainingProgrammes(first: 100) { edges { node { id partners { status contributions { year } } intakes { year } } } } }": types.AuthzTalentRowsTrainingProgrammesDocument,
    "query AuthzTalentRowsTrainingProgramme($id: ID!) { trainingProgramme(id: $id) { id runner { id } } }": types.AuthzTalentRowsTrainingProgrammeDocument,
    "mutation AuthzTalentRowsUpdateTrainingProgramme($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) { __typename } }": types.AuthzTalentRowsUpdateTrainingProgrammeDocument,
    "mutation AuthzTalentRowsRecordTrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) { __typename } }": types.AuthzTalentRowsRecordTrainingIntakeDocument,
    "mutation AuthzTalentRowsAnswerTrainingInvitation($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename } }": types.AuthzTalentRowsAnswerTrainingInvitationDocument,
    "mutation AuthzTalentRowsRecordTrainingContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) { __typename } }": types.AuthzTalentRowsRecordTrainingContributionDocument,
    "mutation AuthzTechnologiesRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id version } } }": types.AuthzTechnologiesRowsCreateTechnologyDocument,
    "mutation AuthzTechnologiesRowsSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) { __typename ... on TechnologyOwnersProposal { id } } }": types.AuthzTechnologiesRowsSetTechnologyOwnersDocument,
    "mutation CreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ... on InventionDisclosure { id } } }": types.CreateDisclosureDocument,
    "mutation FileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } } }": types.FileIpProtectionDocument,
    "query Technology($id: ID) { technology(id: $id) { id } }": types.TechnologyDocument,
    "query AuthzTechnologiesRowsTechnologies { technologies(first: 100) { edges { node { id } } } }": types.AuthzTechnologiesRowsTechnologiesDocument,
    "query AuthzTechnologiesRowsTechnology($id: ID) { technology(id: $id) { ownersProposal { id } } }": types.AuthzTechnologiesRowsTechnologyDocument,
    "mutation AuthzTechnologiesRowsUpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) { __typename } }": types.AuthzTechnologiesRowsUpdateTechnologyDocument,
    "mutation AuthzTechnologiesRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": types.AuthzTechnologiesRowsAssessTrlDocument,
    "mutation AuthzTechnologiesRowsSetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) { __typename } }": types.AuthzTechnologiesRowsSetTechnologyInventorsDocument,
    "mutation AcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) { __typename } }": types.AcceptTechnologyOwnersDocument,
    "mutation DeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) { __typename } }": types.DeclineTechnologyOwnersDocument,
    "query Disclosure($id: ID!) { disclosure(id: $id) { id } }": types.DisclosureDocument,
    "query Disclosures { disclosures(first: 100) { edges { node { id } } } }": types.DisclosuresDocument,
    "query MyDisclosures { myDisclosures(first: 100) { edges { node { id } } } }": types.MyDisclosuresDocument,
    "mutation AuthzTechnologiesRowsCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename } }": types.AuthzTechnologiesRowsCreateDisclosureDocument,
    "mutation UpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) { __typename } }": types.UpdateDisclosureDocument,
    "mutation SubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) { __typename } }": types.SubmitDisclosureDocument,
    "mutation StartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) { __typename } }": types.StartDisclosureEvaluationDocument,
    "mutation DecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) { __typename } }": types.DecideDisclosureDocument,
    "mutation DiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) { __typename } }": types.DiscloseInventionDocument,
    "query IpFiling($id: ID!) { ipFiling(id: $id) { id } }": types.IpFilingDocument,
    "query IpFilings { ipFilings(first: 100) { edges { node { id } } } }": types.IpFilingsDocument,
    "query UpcomingDeadlines { upcomingDeadlines(withinDays: 3650, first: 500) { filing { id } } }": types.UpcomingDeadlinesDocument,
    "mutation AuthzTechnologiesRowsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename } }": types.AuthzTechnologiesRowsFileIpProtectionDocument,
    "mutation UpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename } }": types.UpdateIpFilingDocument,
    "mutation TransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) { __typename } }": types.TransitionIpFilingDocument,
    "query BrowserAccessTypename { __typename }": types.BrowserAccessTypenameDocument,
    "mutation CommercialisationJourneyCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version currentTrl owners { organization { slug } share validFrom } inventors { id share externalName user { id } affiliationOrganization { slug } } projects { code } }\n  ... on SharesDoNotTotalError { subject total day }\n  ... on ErrorResult { code message field } } }": types.CommercialisationJourneyCreateTechnologyDocument,
    "fragment CommercialisationJourneyError on ErrorResult { code message field }": types.CommercialisationJourneyErrorFragmentDoc,
    "fragment CommercialisationJourneyDisclosure on InventionDisclosure { id status decision version submittedBy { id } decidedBy { id } }": types.CommercialisationJourneyDisclosureFragmentDoc,
    "fragment CommercialisationJourneyFiling on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate status deadlines { kind dueOn daysLeft legalSource } }": types.CommercialisationJourneyFilingFragmentDoc,
    "fragment CommercialisationJourneyOffer on TechnologyOffer { id title summary details price { amount currency } priceNote trl status version organization { slug } }": types.CommercialisationJourneyOfferFragmentDoc,
    "fragment CommercialisationJourneyDeal on Deal { id stage version agreementId broker { slug } provider { slug } seeker { slug } history { from to byName } }": types.CommercialisationJourneyDealFragmentDoc,
    "fragment CommercialisationJourneyAgreement on Agreement {\n  id code status version executedOn effectiveOn licensors { slug } licensee { slug } technologies { code }\n  terms { currency upfrontFee { amount currency } royaltyRate } }": types.CommercialisationJourneyAgreementFragmentDoc,
    "mutation CommercialisationJourneyCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError } }": types.CommercialisationJourneyCreateDisclosureDocument,
    "mutation CommercialisationJourneySubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": types.CommercialisationJourneySubmitDisclosureDocument,
    "mutation CommercialisationJourneyStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": types.CommercialisationJourneyStartDisclosureEvaluationDocument,
    "mutation CommercialisationJourneyDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": types.CommercialisationJourneyDecideDisclosureDocument,
    "mutation CommercialisationJourneyAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {\n  __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError ... on InvalidDealTransitionError { allowedStages } } }": types.CommercialisationJourneyAdvanceDealDocument,
    "query CommercialisationJourneyAgreement($id: ID!) { agreement(id: $id) {\n  code status licensee { slug } terms { currency upfrontFee { amount } royaltyRate }\n  receipts { kind amount { amount currency } receivedOn distributionId }\n  costs { kind amount { amount } filingReference distributionId } } }": types.CommercialisationJourneyAgreementDocument,
    "mutation CommercialisationJourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } session { accessToken refreshToken user { id } } } } }": types.CommercialisationJourneyAcceptInvitationDocument,
    "mutation CommercialisationJourneyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n      __typename ... on Organization { id kind helix verified } ... on ErrorResult { code message } } }": types.CommercialisationJourneyCreateOrganizationDocument,
    "mutation CommercialisationJourneyVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }": types.CommercialisationJourneyVerifyOrganizationDocument,
    "mutation CommercialisationJourneyCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n      __typename ... on Project { id version } ... on ErrorResult { code message } } }": types.CommercialisationJourneyCreateProjectDocument,
    "mutation CommercialisationJourneyInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }": types.CommercialisationJourneyInviteParticipantDocument,
    "mutation CommercialisationJourneyAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }": types.CommercialisationJourneyAcceptParticipationDocument,
    "query CommercialisationJourneyProject($id: ID) { project(id: $id) { isTripleHelix helices participants { role organization { slug } } } }": types.CommercialisationJourneyProjectDocument,
    "mutation CommercialisationJourneyAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename ... on Technology { currentTrl version } ... on ErrorResult { code message field } } }": types.CommercialisationJourneyAssessTrlDocument,
    "query CommercialisationJourneyTechnology($id: ID) { technology(id: $id) { currentTrl trlHistory { level assessedOn } } }": types.CommercialisationJourneyTechnologyDocument,
    "mutation CommercialisationJourneySetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n      __typename ... on SharesDoNotTotalError { subject total } ... on ErrorResult { code } } }": types.CommercialisationJourneySetTechnologyInventorsDocument,
    "query CommercialisationJourneyMyDisclosures { myDisclosures { edges { node { title status decision } } } }": types.CommercialisationJourneyMyDisclosuresDocument,
    "mutation CommercialisationJourneyFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {\n      __typename ...CommercialisationJourneyFiling ...CommercialisationJourneyError } }": types.CommercialisationJourneyFileIpProtectionDocument,
    "query CommercialisationJourneyUpcomingDeadlines($within: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $within, organizationId: $organizationId) {\n      kind dueOn daysLeft legalSource filing { id applicationNumber } } }": types.CommercialisationJourneyUpcomingDeadlinesDocument,
    "mutation CommercialisationJourneyCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ...CommercialisationJourneyOffer ...CommercialisationJourneyError } }": types.CommercialisationJourneyCreateOfferDocument,
    "mutation CommercialisationJourneyPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename ...CommercialisationJourneyError } }": types.CommercialisationJourneyPublishOfferDocument,
    "mutation CommercialisationJourneyPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename ...CommercialisationJourneyError } }": types.CommercialisationJourneyPublishDemandDocument,
    "mutation JourneyAssessAirSensor($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }": types.JourneyAssessAirSensorDocument,
    "mutation CommercialisationJourneyCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n      __typename ... on TechnologyDemand { id version status } ... on ErrorResult { code message field } } }": types.CommercialisationJourneyCreateDemandDocument,
    "query CommercialisationJourneyMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score offer { id organization { slug } } reasons { kind detail weight } } }": types.CommercialisationJourneyMatchesForDemandDocument,
    "query CommercialisationJourneyTechnologyOffer($id: ID!) { technologyOffer(id: $id) { ...CommercialisationJourneyOffer } }": types.CommercialisationJourneyTechnologyOfferDocument,
    "mutation CommercialisationJourneyExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n      __typename ... on ExchangeInterest { id status } ... on ErrorResult { code message field } } }": types.CommercialisationJourneyExpressInterestDocument,
    "mutation CommercialisationJourneyOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError } }": types.CommercialisationJourneyOpenDealDocument,
    "subscription CommercialisationJourneyOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action entityType entityId } }": types.CommercialisationJourneyOrganizationActivityDocument,
    "query CommercialisationJourneyDeal($id: ID!) { deal(id: $id) { stage history { from to byName } } }": types.CommercialisationJourneyDealDocument,
    "query CommercialisationJourneyDeal2($id: ID!) { deal(id: $id) { id } }": types.CommercialisationJourneyDeal2Document,
    "mutation CommercialisationJourneyCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError } }": types.CommercialisationJourneyCreateAgreementDocument,
    "mutation CommercialisationJourneyTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError ... on InvalidAgreementTransitionError { currentStatus allowedStatuses } } }": types.CommercialisationJourneyTransitionAgreementDocument,
    "query CommercialisationJourneyAgreement2($id: ID!) { agreement(id: $id) { id } }": types.CommercialisationJourneyAgreement2Document,
    "mutation CommercialisationJourneyRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {\n      __typename ... on RevenueReceipt { id kind amount { amount currency } } ... on ErrorResult { code message field } } }": types.CommercialisationJourneyRecordRevenueReceiptDocument,
    "mutation CommercialisationJourneyRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {\n      __typename ... on RevenueCost { id kind amount { amount currency } filingReference } ... on ErrorResult { code message field } } }": types.CommercialisationJourneyRecordRevenueCostDocument,
    "mutation CommercialisationJourneySetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {\n      __typename ... on DistributionPolicy { inventorsShare unitsShare institutionShare validFrom } ... on ErrorResult { code message field } } }": types.CommercialisationJourneySetDistributionPolicyDocument,
    "mutation CommercialisationJourneyDistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) {\n      __typename ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency }\n        lines { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn version payer { slug } organization { slug } } }\n      ...CommercialisationJourneyError } }": types.CommercialisationJourneyDistributeRevenueDocument,
    "mutation CommercialisationJourneyMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {\n      __typename ... on DistributionLine { status paidOn paymentReference amount { amount } } ... on ErrorResult { code message field } } }": types.CommercialisationJourneyMarkDistributionLinePaidDocument,
    "query CommercialisationJourneyAgreements { agreements { totalCount } }": types.CommercialisationJourneyAgreementsDocument,
    "query CommercialisationJourneyMyDistributionLines { myDistributionLines { totalCount } }": types.CommercialisationJourneyMyDistributionLinesDocument,
    "query CommercialisationJourneyMyDistributionLines2 { myDistributionLines { totalCount edges { node { beneficiaryKind inventorName amount { amount currency } status paidOn agreement { code } } } } }": types.CommercialisationJourneyMyDistributionLines2Document,
    "query CommercialisationJourneyAuditLog($id: ID) { auditLog(organizationId: $id, first: 100) { edges { node { action } } } }": types.CommercialisationJourneyAuditLogDocument,
    "fragment DealsDealFields on Deal { id stage version agreementId broker { id } provider { id } seeker { id } offer { id } demand { id }\n  history { from to note byName } }": types.DealsDealFieldsFragmentDoc,
    "mutation DealsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { ...DealsDealFields } ... on ErrorResult { code message field } } }": types.DealsOpenDealDocument,
    "mutation DealsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {\n  __typename ... on Deal { stage version agreementId } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code message field } } }": types.DealsAdvanceDealDocument,
    "mutation DealsDropDeal($input: DropDealInput!) { dropDeal(input: $input) {\n  __typename ... on Deal { stage version } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code } } }": types.DealsDropDealDocument,
    "query DealsDeal2($id: ID!) { deal(id: $id) { ...DealsDealFields } }": types.DealsDeal2Document,
    "query DealsDeals($filter: DealFilter) { deals(filter: $filter) { totalCount } }": types.DealsDealsDocument,
    "query DealsDeal($id: ID!) { deal(id: $id) { agreementId agreement { id code licensee { id } } } }": types.DealsDealDocument,
    "query DealsTechnology($id: ID!) { technology(id: $id) { agreements { edges { node { id } } } offers { totalCount edges { node { id } } } } }": types.DealsTechnologyDocument,
    "query DealsTechnologyOffers($first: Int) {\n      technologyOffers(first: $first) { edges { node { title status details price { amount currency } priceNote organization { name } technology { code }\n        interests { message organization { name } offer { title } } } } }\n      technologyDemands(first: $first) { edges { node { title budget { min max currency } organization { name } interests { message } } } }\n      exchangeInterests(first: $first) { edges { node { message status organization { name } offer { title organization { name } } demand { title } } } }\n      deals(first: $first) { totalCount edges { node { stage broker { name } provider { name } seeker { name } offer { title price { amount } }\n        demand { title } interest { message } agreement { code licensee { name } } history { to byName } } } }\n    }": types.DealsTechnologyOffersDocument,
    "fragment DisclosureFields on InventionDisclosure {\n  id title description status decision decisionNotes version submittedAt decidedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }": types.DisclosureFieldsFragmentDoc,
    "mutation DisclosuresCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ...DisclosureFields ... on ErrorResult { code message field } } }": types.DisclosuresCreateDisclosureDocument,
    "mutation DisclosuresUpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on VersionConflictError { currentVersion } } }": types.DisclosuresUpdateDisclosureDocument,
    "mutation DisclosuresSubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": types.DisclosuresSubmitDisclosureDocument,
    "mutation DisclosuresStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": types.DisclosuresStartDisclosureEvaluationDocument,
    "mutation DisclosuresDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }": types.DisclosuresDecideDisclosureDocument,
    "query DisclosuresDisclosure($id: ID!) { disclosure(id: $id) { id status } }": types.DisclosuresDisclosureDocument,
    "query DisclosuresDisclosures($filter: DisclosureFilter) { disclosures(filter: $filter, first: 10) { totalCount edges { node { title } } } }": types.DisclosuresDisclosuresDocument,
    "query DisclosuresMyDisclosures { myDisclosures(first: 10) { edges { node { title } } } }": types.DisclosuresMyDisclosuresDocument,
    "query DisclosuresTechnology { technology(code: \"EIU-DISC-01\") { disclosures { status decision } } }": types.DisclosuresTechnologyDocument,
    "mutation DisclosuresDiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) {\n      __typename\n      ... on InventionDisclosure { id status title organization { id } technology { code title owners { share organization { id } } inventors { share externalName user { id } } } }\n      ... on SharesDoNotTotalError { total }\n      ... on ErrorResult { code field } } }": types.DisclosuresDiscloseInventionDocument,
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
    "query FaultsOrganizations { organizations(first: 1) { totalCount } }": types.FaultsOrganizationsDocument,
    "mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": types.FaultsCreateOrganizationDocument,
    "mutation FaultsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": types.FaultsCreateApiKeyDocument,
    "mutation FaultsRegister { register(input: {email: \"hung@example.org\", password: \"a long passphrase\", displayName: \"Hung\"}) { __typename } }": types.FaultsRegisterDocument,
    "mutation FaultsCreateOrganization2($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug version } ... on ErrorResult { code field } } }": types.FaultsCreateOrganization2Document,
    "mutation FaultsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on ErrorResult { code field } } }": types.FaultsUpdateOrganizationDocument,
    "subscription FaultsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityId } }": types.FaultsOrganizationActivityDocument,
    "mutation FaultsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id } } }": types.FaultsCreateProjectDocument,
    "query FirstStartTripleHelixSynergy {\n      tripleHelixSynergy { projects tripleHelixProjects byYear { year projects } }\n      collaborationNetwork(first: 5) { top { organization { slug } degree } }\n      icfFactors { factor projects }\n      helixContributions { helix kind amount suppressed }\n    }": types.FirstStartTripleHelixSynergyDocument,
    "query FirstStartCommercialisationFunnel { commercialisationFunnel {\n      total { disclosures patentFilings patentsGranted licencesExecuted startupsFormed licenceIncome { currency amount suppressed } } } }": types.FirstStartCommercialisationFunnelDocument,
    "query FirstStartTalentFlows {\n      talentFlows { cells { year kind homeHelix hostHelix placements suppressed } }\n      trainingProgrammes { edges { node { title runner { slug } partners { status organization { slug } contributions { year seatsFunded graduatesHired } } intakes { year trainees } } } }\n    }": types.FirstStartTalentFlowsDocument,
    "query FirstStartTechnologyOffers { technologyOffers { totalCount } technologyDemands { totalCount } }": types.FirstStartTechnologyOffersDocument,
    "query FirstStartIncubation { incubationProgrammes(filter: { search: \"sample\" }) { edges { node {\n      organization { slug parent { slug } } cohorts { edges { node { status graduates { slug } } } } } } }\n      spinOffs { edges { node { organization { slug } incubations { edges { node { status pitch programme { nameEn } } } } } } } }": types.FirstStartIncubationDocument,
    "mutation FutureDatesFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on ErrorResult { message field } } }": types.FutureDatesFileIpProtectionDocument,
    "mutation FutureDatesFileIpProtection2($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { ... on IpFiling { id version } } }": types.FutureDatesFileIpProtection2Document,
    "mutation FutureDatesUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename ... on ErrorResult { field } } }": types.FutureDatesUpdateIpFilingDocument,
    "mutation FutureDatesRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename ... on ErrorResult { field } } }": types.FutureDatesRecordRevenueReceiptDocument,
    "mutation FutureDatesRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename ... on ErrorResult { field } } }": types.FutureDatesRecordRevenueCostDocument,
    "mutation IdempotencyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug } } }": types.IdempotencyCreateOrganizationDocument,
    "mutation IdempotencyRegister { register(input: {email: \"anon.idempotent@example.org\", password: \"a long passphrase\", displayName: \"Anon\"}) { __typename } }": types.IdempotencyRegisterDocument,
    "query IdempotencyOrganizations { organizations(first: 1) { totalCount } }": types.IdempotencyOrganizationsDocument,
    "mutation IncubationCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {\n  __typename ... on IncubationProgramme { id kind name version organization { id } } ... on ErrorResult { errorCode message field } } }": types.IncubationCreateProgrammeDocument,
    "mutation IncubationCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version programme { id } } ... on ErrorResult { errorCode message field } } }": types.IncubationCreateCohortDocument,
    "mutation IncubationUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version }\n  ... on InvalidIncubationCohortTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }": types.IncubationUpdateCohortDocument,
    "mutation IncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename\n  ... on IncubationApplication { id status version pitch startup { id helix kind } cohort { id } programme { id } }\n  ... on IncubationCohortNotOpenError { cohortStatus applicationsCloseOn }\n  ... on ErrorResult { errorCode message field } } }": types.IncubationApplyDocument,
    "mutation IncubationChangeStatus($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id status version endedOn decidedAt decisionReason }\n  ... on InvalidIncubationApplicationTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }": types.IncubationChangeStatusDocument,
    "mutation IncubationSetConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {\n  __typename ... on IncubationApplication { id publicConsent version } ... on ErrorResult { errorCode message field } } }": types.IncubationSetConsentDocument,
    "mutation IncubationAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {\n  __typename ... on IncubationMentor { id current since user { id } organization { id } } ... on ErrorResult { errorCode message field } } }": types.IncubationAssignMentorDocument,
    "mutation IncubationAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) {\n  __typename ... on IncubationMilestone { id status version } ... on ErrorResult { errorCode message field } } }": types.IncubationAddMilestoneDocument,
    "mutation IncubationMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) {\n  __typename ... on IncubationMilestone { id status metOn version }\n  ... on InvalidIncubationMilestoneTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }": types.IncubationMarkMilestoneDocument,
    "mutation IncubationAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) {\n  __typename ... on IncubationReport { id jobs fundsRaised { amount currency } } ... on ErrorResult { errorCode message field } } }": types.IncubationAddReportDocument,
    "mutation IncubationCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }": types.IncubationCreateSpinOffDocument,
    "query IncubationFile($id: ID!) { incubationApplication(id: $id) {\n  id status pitch decisionReason publicConsent startup { id } programme { id name }\n  mentors { user { id } organization { id } current } milestones { title status metOn } reports { jobs fundsRaised { amount currency } } } }": types.IncubationFileDocument,
    "query IncubationFiles($filter: IncubationApplicationFilter) { incubationApplications(filter: $filter) { totalCount edges { node { id pitch } } } }": types.IncubationFilesDocument,
    "query IncubationPublicView($id: ID!) { incubationProgramme(id: $id) {\n  id name organization { id } cohorts { totalCount edges { node { id status graduates { id } } } } } }": types.IncubationPublicViewDocument,
    "query IncubationSpinOffs($parent: ID!) { spinOffs(filter: { parentOrganizationId: $parent }) { edges { node {\n  organization { id }\n  incubations { totalCount edges { node { id status pitch mentors { current } reports { jobs } milestones { title } programme { id } } } } } } } }": types.IncubationSpinOffsDocument,
    "query IncubationNestedFiles($first: Int) { incubationProgrammes(first: $first) { edges { node { id organization { name }\n  cohorts(first: $first) { edges { node { id graduates { name } } } } } } }\n  incubationApplications(first: $first) { edges { node { id pitch startup { name } cohort { name programme { name } } mentors { user { displayName } organization { name } }\n    milestones { title } reports { fundsRaised { amount } } } } } }": types.IncubationNestedFilesDocument,
    "query IncubationOfOrganization($id: ID!) { organization(id: $id) { incubations { totalCount edges { node { id status pitch } } } } }": types.IncubationOfOrganizationDocument,
    "query InsightFunnelCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {\n    total { disclosures newPatentApplications patentFilings patentsGranted licencesExecuted optionsExecuted startupsFormed\n            licenceIncome { currency amount suppressed agreements } researchExpenditure { currency amount suppressed projects } }\n    years { year disclosures newPatentApplications patentsGranted licencesExecuted startupsFormed licenceIncome { amount } }\n    conversions { from to rate } } }": types.InsightFunnelCommercialisationFunnelDocument,
    "query InsightHelixBasisOrganization($slug: String) { organization(slug: $slug) { id } }": types.InsightHelixBasisOrganizationDocument,
    "mutation InsightHelixBasisTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { ... on Project { version status } } }": types.InsightHelixBasisTransitionProjectDocument,
    "query InsightHelixBasisTripleHelixSynergy($filter: CollaborationFilter) {\n        tripleHelixSynergy(filter: $filter) { tripleHelixProjects }\n        icfFactors(filter: $filter) { factor projects tripleHelixProjects }\n        helixContributions(filter: $filter) { helix kind currency amount organizations }\n      }": types.InsightHelixBasisTripleHelixSynergyDocument,
    "query InsightHelixBasisCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { top { organization { slug } degree crossHelixDegree } } }": types.InsightHelixBasisCollaborationNetworkDocument,
    "mutation InsightIndicatorsReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id factor indicator value unit status version organization { id } } ... on ErrorResult { code message field } } }": types.InsightIndicatorsReportIndicatorDocument,
    "mutation InsightIndicatorsReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id status version reviewNote } ... on ErrorResult { code message field } } }": types.InsightIndicatorsReviewIndicatorDocument,
    "mutation InsightIndicatorsCorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id status value version } ... on ErrorResult { code message field } } }": types.InsightIndicatorsCorrectIndicatorDocument,
    "query InsightIndicatorsIndicatorMeasurements($filter: IndicatorFilter) { indicatorMeasurements(filter: $filter) { totalCount edges { node { indicator value status } } } }": types.InsightIndicatorsIndicatorMeasurementsDocument,
    "query InsightIndicatorsIcfSelfAssessment { icfSelfAssessment(filter: { fromYear: 2025, toYear: 2025 }) { fromYear toYear factors { factor projects { projects } measurements { indicator value status } } } }": types.InsightIndicatorsIcfSelfAssessmentDocument,
    "query InsightMoneyHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations projects } }": types.InsightMoneyHelixContributionsDocument,
    "query InsightMoneyIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects tripleHelixProjects participants organizations budgets { currency amount suppressed projects } } }": types.InsightMoneyIcfFactorsDocument,
    "query InsightNetworkCollaborationNetwork($filter: CollaborationFilter, $rankBy: NetworkRanking, $first: Int) {\n  collaborationNetwork(filter: $filter, rankBy: $rankBy, first: $first) {\n    organizations links density exact sources\n    top { rank organizationId helix degree crossHelixDegree collaborations betweenness crossHelixBetweenness organization { slug } }\n  }\n}": types.InsightNetworkCollaborationNetworkDocument,
    "query InsightNetworkBridgingOrganizations { bridgingOrganizations(filter: { fromYear: 2020, toYear: 2020 }, first: 2) { rank organization { slug } crossHelixBetweenness } }": types.InsightNetworkBridgingOrganizationsDocument,
    "query InsightNetworkCollaborationNetwork2 { collaborationNetwork { organizations top { organizationId } } }": types.InsightNetworkCollaborationNetwork2Document,
    "query InsightNetworkCollaborationNetwork3 { collaborationNetwork(first: 101) { organizations } }": types.InsightNetworkCollaborationNetwork3Document,
    "mutation InsightScopeTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on Project { status } } }": types.InsightScopeTransitionProjectDocument,
    "query InsightScopeReports($filter: CollaborationFilter) {\n    tripleHelixSynergy(filter: $filter) { projects tripleHelixProjects }\n    icfFactors(filter: $filter) { factor projects }\n    icfSelfAssessment(filter: $filter) { factors { factor measurements { organization { id } } } }\n    collaborationNetwork(filter: $filter, first: 50) { organizations top { organizationId collaborations } }\n  }": types.InsightScopeReportsDocument,
    "mutation InsightScopeReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename } }": types.InsightScopeReportIndicatorDocument,
    "query InsightSynergyTripleHelixSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {\n  projects tripleHelixProjects tripleHelixShare tripleHelix academiaIndustry academiaGovernment industryGovernment quadrupleHelix\n  entropies { helices bits }\n  combinations { academia industry government civilSociety projects }\n  byYear { year projects tripleHelix combinations { academia industry government civilSociety projects } }\n} }": types.InsightSynergyTripleHelixSynergyDocument,
    "query InsightSynergyTripleHelixSynergy2 { tripleHelixSynergy { projects byYear { year } } }": types.InsightSynergyTripleHelixSynergy2Document,
    "query InsightTalentNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, rankBy: DEGREE, first: 100) {\n  organizations links top { organizationId degree collaborations } } }": types.InsightTalentNetworkDocument,
    "query InsightTalentSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {\n  projects academiaIndustry combinations { academia industry government civilSociety projects } byYear { year projects } } }": types.InsightTalentSynergyDocument,
    "query InsightTalentIcf($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects measures { measure count suppressed } } }": types.InsightTalentIcfDocument,
    "query InsightTalentSelfAssessment($filter: CollaborationFilter) { icfSelfAssessment(filter: $filter) {\n  factors { factor projects { measures { measure count suppressed } } } } }": types.InsightTalentSelfAssessmentDocument,
    "query InsightTalentFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {\n  total { startupsFormed startupsIncubated startupsGraduated } years { year startupsIncubated startupsGraduated } conversions { from to rate } } }": types.InsightTalentFunnelDocument,
    "mutation InsightTalentPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {\n  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }": types.InsightTalentProposeDocument,
    "mutation InsightTalentAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {\n  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }": types.InsightTalentAgreeDocument,
    "mutation InsightTalentWithdraw($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id status } ... on ErrorResult { code message field } } }": types.InsightTalentWithdrawDocument,
    "mutation InsightTalentIncubationProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {\n  __typename ... on IncubationProgramme { id } ... on ErrorResult { errorCode message field } } }": types.InsightTalentIncubationProgrammeDocument,
    "mutation InsightTalentCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id version } ... on ErrorResult { errorCode message field } } }": types.InsightTalentCohortDocument,
    "mutation InsightTalentOpenCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version } ... on ErrorResult { errorCode message field } } }": types.InsightTalentOpenCohortDocument,
    "mutation InsightTalentApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename ... on IncubationApplication { id version startup { id } } ... on ErrorResult { errorCode message field } } }": types.InsightTalentApplyDocument,
    "mutation InsightTalentDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id status version } ... on ErrorResult { errorCode message field } } }": types.InsightTalentDecideDocument,
    "mutation InsightTalentConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {\n  __typename ... on IncubationApplication { id version publicConsent } ... on ErrorResult { errorCode message field } } }": types.InsightTalentConsentDocument,
    "mutation InsightTalentMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {\n  __typename ... on IncubationMentor { id } ... on ErrorResult { errorCode message field } } }": types.InsightTalentMentorDocument,
    "mutation InsightTalentTraining($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {\n  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }": types.InsightTalentTrainingDocument,
    "mutation InsightTalentInvitePartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {\n  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }": types.InsightTalentInvitePartnerDocument,
    "mutation InsightTalentAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {\n  __typename ... on TrainingPartner { id version status } ... on ErrorResult { code message field } } }": types.InsightTalentAnswerDocument,
    "mutation InsightTalentContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {\n  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }": types.InsightTalentContributionDocument,
    "mutation InsightTalentIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {\n  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }": types.InsightTalentIntakeDocument,
    "query InsightTrlTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) {\n    technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } projects averageGainPerProject } }": types.InsightTrlTrlProgressionDocument,
    "query InsightTrlProject($code: String) { project(code: $code) { code trlGained } }": types.InsightTrlProjectDocument,
    "fragment IpFilingFields on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate publicationDate grantDate registrationNumber status version\n  parentFiling { id } technology { code } deadlines { kind dueOn daysLeft legalSource } }": types.IpFilingFieldsFragmentDoc,
    "mutation IpFilingsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on ErrorResult { code message field } } }": types.IpFilingsFileIpProtectionDocument,
    "mutation IpFilingsTransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on InvalidIpFilingTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.IpFilingsTransitionIpFilingDocument,
    "mutation IpFilingsUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }": types.IpFilingsUpdateIpFilingDocument,
    "query IpFilingsUpcomingDeadlines($withinDays: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $withinDays, organizationId: $organizationId) {\n  kind dueOn daysLeft description legalSource filing { id jurisdiction } } }": types.IpFilingsUpcomingDeadlinesDocument,
    "query IpFilingsTechnology { technology(code: \"EIU-IP-01\") { ipFilings { id deadlines { kind dueOn daysLeft } } } }": types.IpFilingsTechnologyDocument,
    "query IpFilingsIpFilings($filter: IpFilingFilter) { ipFilings(filter: $filter, first: 50) { totalCount edges { node { id } } } }": types.IpFilingsIpFilingsDocument,
    "mutation Login($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }": types.LoginDocument,
    "mutation JourneyInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token } } }": types.JourneyInviteMemberDocument,
    "mutation JourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } } } }": types.JourneyAcceptInvitationDocument,
    "mutation JourneyCreateOrganization { createOrganization(input: {name: \"Sample Smart Factory Startup\", helix: INDUSTRY, kind: STARTUP, country: \"VN\", province: \"Bình Dương\"}) { ... on Organization { id verified } } }": types.JourneyCreateOrganizationDocument,
    "mutation JourneyCreateApiKey($id: ID!) { createApiKey(input: {organizationId: $id, name: \"Factory dashboard\", scopes: [READ]}) { secret apiKey { id } } }": types.JourneyCreateApiKeyDocument,
    "query JourneyOrganization($id: ID) { organization(id: $id) { members { totalCount } } }": types.JourneyOrganizationDocument,
    "query JourneyOrganizations { organizations { totalCount } }": types.JourneyOrganizationsDocument,
    "query JourneyOrganization2 { organization(slug: \"becamex-idc\") { id version } }": types.JourneyOrganization2Document,
    "mutation JourneyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }": types.JourneyUpdateOrganizationDocument,
    "query JourneyAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }": types.JourneyAuditLogDocument,
    "query JourneyAuditLog2($id: ID) { auditLog(organizationId: $id) { edges { node { action actor { displayName } } } } }": types.JourneyAuditLog2Document,
    "mutation MailInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { invitation { id } } ... on ErrorResult { code message } } }": types.MailInviteMemberDocument,
    "mutation MailAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { status } } ... on ErrorResult { code message } } }": types.MailAcceptInvitationDocument,
    "mutation MailUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename ... on User { language } } }": types.MailUpdateProfileDocument,
    "mutation MailRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename ... on Membership { id } } }": types.MailRequestMembershipDocument,
    "mutation MailApprove($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }": types.MailApproveDocument,
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
    "query MetricsDirectory { organizations(first: 1) { totalCount } }": types.MetricsDirectoryDocument,
    "query MetricsMe { me { id } }": types.MetricsMeDocument,
    "mutation MetricsRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code } } }": types.MetricsRegisterDocument,
    "subscription MetricsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }": types.MetricsOrganizationActivityDocument,
    "mutation MoneyRulesCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id budget { amount currency } } ... on ErrorResult { code field } } }": types.MoneyRulesCreateProjectDocument,
    "mutation MoneyRulesCreateOrganization { createOrganization(input: { name: \"Công ty Mẫu\", helix: INDUSTRY, kind: PRIVATE_COMPANY, country: \"VN\" }) { ... on Organization { id } } }": types.MoneyRulesCreateOrganizationDocument,
    "mutation MoneyRulesCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }": types.MoneyRulesCreateAgreementDocument,
    "mutation MoneyRulesCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }": types.MoneyRulesCreateDemandDocument,
    "mutation OfferTrlCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { id version trl assessedTrl trlVerified } ... on ErrorResult { message field } } }": types.OfferTrlCreateOfferDocument,
    "query OfferTrlTechnologyOffers($minTrl: Int) { technologyOffers(filter: { minTrl: $minTrl }) { edges { node { id trl assessedTrl trlVerified } } } }": types.OfferTrlTechnologyOffersDocument,
    "query OfferTrlTechnologyOffer($id: ID!) { technologyOffer(id: $id) { trl assessedTrl trlVerified } }": types.OfferTrlTechnologyOfferDocument,
    "mutation OrganizationAdminCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id slug name verified version helix secondaryHelices parent { slug } }\n  ... on ErrorResult { code message field }\n} }": types.OrganizationAdminCreateOrganizationDocument,
    "mutation OrganizationAdminUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename\n  ... on Organization { id name website version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.OrganizationAdminUpdateOrganizationDocument,
    "mutation OrganizationAdminCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes active } } }": types.OrganizationAdminCreateApiKeyDocument,
    "query OrganizationAdminOrganization($id: ID) { organization(id: $id) { apiKeys { id } } }": types.OrganizationAdminOrganizationDocument,
    "mutation OrganizationAdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }": types.OrganizationAdminVerifyOrganizationDocument,
    "query OrganizationAdminOrganizations { organizations { totalCount } }": types.OrganizationAdminOrganizationsDocument,
    "query OrganizationAdminOrganization2($id: ID) { organization(id: $id) { apiKeys { id name prefix active } } }": types.OrganizationAdminOrganization2Document,
    "mutation OrganizationAdminRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { active } }": types.OrganizationAdminRevokeApiKeyDocument,
    "mutation OrganizationAdminRevokeApiKey2($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }": types.OrganizationAdminRevokeApiKey2Document,
    "mutation OrganizationAdminArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }": types.OrganizationAdminArchiveOrganizationDocument,
    "mutation OrganizationAdminArchiveOrganization2($id: ID!) { archiveOrganization(id: $id) { archivedAt } }": types.OrganizationAdminArchiveOrganization2Document,
    "query OrganizationAdminOrganization3($id: ID) { organization(id: $id) { slug } }": types.OrganizationAdminOrganization3Document,
    "query OrganizationAdminOrganizations2 { organizations(filter: {search: \"doomed\", includeArchived: true}) { totalCount } }": types.OrganizationAdminOrganizations2Document,
    "query OrganizationAdminAuditLog($org: ID, $first: Int, $after: String, $filter: AuditFilter) { auditLog(organizationId: $org, first: $first, after: $after, filter: $filter) {\n      totalCount edges { node { action actorUserId actorApiKeyId organizationId entityType entityId requestId changes { field before after } } }\n      pageInfo { hasNextPage endCursor }\n    } }": types.OrganizationAdminAuditLogDocument,
    "query OrganizationAdminAuditLog2($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actor { id displayName } } } } }": types.OrganizationAdminAuditLog2Document,
    "query List($filter: OrganizationFilter, $first: Int) {\n  organizations(filter: $filter, first: $first) { totalCount edges { node { slug name nameEn helix } } }\n}": types.ListDocument,
    "query OrganizationsOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }": types.OrganizationsOrganizationsDocument,
    "query OrganizationsOrganization { organization(slug: \"becamex-idc\") { helix secondaryHelices kind } }": types.OrganizationsOrganizationDocument,
    "query OrganizationsOrganization2 { organization(slug: \"eiu\") { id } }": types.OrganizationsOrganization2Document,
    "query OrganizationsOrganizations2 { organizations(filter: {search: \"no such actor\"}) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.OrganizationsOrganizations2Document,
    "query OrganizationsOrganizations3 { organizations(filter: {search: \"ordering sample\"}) { edges { node { name } } } }": types.OrganizationsOrganizations3Document,
    "query OrganizationsOrganization3 {\n      organization(slug: \"binh-duong-dost\") { name parent { slug parent { slug } children { slug } } children { slug } }\n    }": types.OrganizationsOrganization3Document,
    "query OrganizationsOrganization4 { organization(slug: \"eindhoven\") { id slug country province website verified createdAt updatedAt } }": types.OrganizationsOrganization4Document,
    "query OrganizationsOrganization5($id: ID) { organization(id: $id) { slug } }": types.OrganizationsOrganization5Document,
    "query OrganizationsOrganization6 { organization(slug: \"atlantis\") { id } }": types.OrganizationsOrganization6Document,
    "query OrganizationsOrganization7 { organization { id } }": types.OrganizationsOrganization7Document,
    "query OrganizationsOrganization8 { organization(slug: \"eiu\", id: \"00000000-0000-4000-8000-000000000000\") { id } }": types.OrganizationsOrganization8Document,
    "query Page($first: Int, $after: String, $orderBy: OrganizationOrder, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {\n    totalCount\n    edges { cursor node { id name createdAt } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}": types.PageDocument,
    "query PaginationOrganizations { organizations(first: 5) { edges { node { id } } } }": types.PaginationOrganizationsDocument,
    "query PaginationOrganizations2 { organizations(first: 5) { totalCount edges { node { id } } } }": types.PaginationOrganizations2Document,
    "query PaginationOrganizations3($first: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n      name parent { name children { name } } children { name parent { name } }\n    } } } }": types.PaginationOrganizations3Document,
    "mutation PartnershipsAddPartnershipParty($id: ID!, $org: ID!) { addPartnershipParty(partnershipId: $id, organizationId: $org) {\n  __typename\n  ... on Partnership { id version parties { id } }\n  ... on ErrorResult { code message field }\n} }": types.PartnershipsAddPartnershipPartyDocument,
    "mutation PartnershipsRemovePartnershipParty($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {\n  __typename\n  ... on Partnership { id version parties { id } }\n  ... on ErrorResult { code message field }\n} }": types.PartnershipsRemovePartnershipPartyDocument,
    "mutation PartnershipsChangePartnershipStatus($id: ID!, $status: PartnershipStatus!) { changePartnershipStatus(id: $id, status: $status) {\n  __typename\n  ... on Partnership { id status version }\n  ... on InvalidPartnershipTransitionError { currentStatus allowedStatuses }\n  ... on PartnershipConsentPendingError { pendingPartyIds }\n  ... on ErrorResult { code message field }\n} }": types.PartnershipsChangePartnershipStatusDocument,
    "query PartnershipsPartnerships($first: Int, $after: String, $filter: PartnershipFilter) { partnerships(first: $first, after: $after, filter: $filter) {\n  totalCount\n  edges { cursor node { id title status type parties { id name } } }\n  pageInfo { hasNextPage hasPreviousPage endCursor }\n} }": types.PartnershipsPartnershipsDocument,
    "query PartnershipsOrganization($id: ID!, $first: Int, $after: String) { organization(id: $id) { partnerships(first: $first, after: $after) {\n  totalCount\n  edges { node { id parties { id } } }\n  pageInfo { hasNextPage endCursor }\n} } }": types.PartnershipsOrganizationDocument,
    "mutation PartnershipsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }": types.PartnershipsCreateApiKeyDocument,
    "mutation PartnershipsRemovePartnershipParty2($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {\n      __typename\n      ... on Partnership { id status version parties { id } }\n      ... on PartyWithdrawalRequiredError { partyId }\n      ... on ErrorResult { code message field }\n    } }": types.PartnershipsRemovePartnershipParty2Document,
    "query PartnershipsPartnerships2($first: Int) { partnerships(first: $first) { edges { node { id amendment { id changes { field } consents { organizationId consent } } } } } }": types.PartnershipsPartnerships2Document,
    "query PartnershipsPartnerships3($first: Int) { partnerships(first: $first) { edges { node { id parties { id name } } } } }": types.PartnershipsPartnerships3Document,
    "query PartnershipsOrganizations($first: Int) { organizations(first: $first) { edges { node { id partnerships(first: 3) { totalCount edges { node { id parties { id } } } } } } } }": types.PartnershipsOrganizationsDocument,
    "query PartnershipsPartnership($id: ID!) { partnership(id: $id) { type title description status signedOn validFrom validUntil parties { slug } } }": types.PartnershipsPartnershipDocument,
    "mutation PlacementsPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {\n  __typename\n  ... on Placement { id kind title topic startsOn endsOn status proposedBy homeAgreedAt hostAgreedAt withdrawnAt version mine\n    person { id displayName } supervisor { id } tutor { id } homeAgreedBy { id } hostAgreedBy { id } homeOrganization { id } hostOrganization { id } }\n  ... on ErrorResult { code message field }\n} }": types.PlacementsProposeDocument,
    "mutation PlacementsUpdate($input: UpdatePlacementInput!) { updatePlacement(input: $input) {\n  __typename\n  ... on Placement { id title status version homeAgreedAt hostAgreedAt hostAgreedBy { id } supervisor { id } }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.PlacementsUpdateDocument,
    "mutation PlacementsAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {\n  __typename\n  ... on Placement { id status version homeAgreedAt hostAgreedAt }\n  ... on PlacementAgreementError { currentStatus }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.PlacementsAgreeDocument,
    "mutation PlacementsChangeStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) {\n  __typename\n  ... on Placement { id status version }\n  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.PlacementsChangeStatusDocument,
    "mutation PlacementsWithdraw($id: ID!) { withdrawPlacement(id: $id) {\n  __typename\n  ... on Placement { id status title withdrawnAt person { id } }\n  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": types.PlacementsWithdrawDocument,
    "query PlacementsOne($id: ID!) { placement(id: $id) {\n  id kind title topic status version mine person { id displayName } supervisor { id } tutor { id } homeOrganization { id } hostOrganization { id } } }": types.PlacementsOneDocument,
    "query PlacementsList($filter: PlacementFilter) { placements(first: 100, filter: $filter) {\n  totalCount edges { node { id status title mine person { id } } } } }": types.PlacementsListDocument,
    "query PlacementsOfOrganization($id: ID!) { organization(id: $id) { placements(first: 100) { totalCount edges { node { id person { id } } } } } }": types.PlacementsOfOrganizationDocument,
    "query PlacementsTalentFlows($filter: TalentFlowsFilter) { talentFlows(filter: $filter) { cells { year kind homeHelix hostHelix placements suppressed } } }": types.PlacementsTalentFlowsDocument,
    "mutation PlacementsCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename } }": types.PlacementsCreateEndpointDocument,
    "mutation ProgrammeRequestsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }": types.ProgrammeRequestsCreateProjectDocument,
    "mutation ProgrammeRequestsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {\n  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }": types.ProgrammeRequestsUpdateProjectDocument,
    "mutation ProgrammeRequestsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }": types.ProgrammeRequestsCreateProgrammeDocument,
    "fragment ProgrammeRequestFields on ProgrammeAttachmentRequest { id status requestMessage reason projectCode projectTitle fromProgrammeId requestingOrganizationId requestedById decidedById decidedAt\n  programme { code } requestingOrganization { id } }": types.ProgrammeRequestFieldsFragmentDoc,
    "mutation ProgrammeRequestsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) {\n  __typename\n  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields }\n  ... on Project { id version programme { code } }\n  ... on ProgrammeRequestOpenError { requestId }\n  ... on ErrorResult { code message field } } }": types.ProgrammeRequestsRequestProgrammeAttachmentDocument,
    "mutation ProgrammeRequestsAcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) {\n  __typename\n  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields project { version programme { code } } }\n  ... on ProgrammeRequestStateError { status }\n  ... on ProjectMovedError { currentProgrammeId }\n  ... on ErrorResult { code message field } } }": types.ProgrammeRequestsAcceptProgrammeAttachmentDocument,
    "mutation ProgrammeRequestsDeclineProgrammeAttachment($id: ID!, $reason: String) { declineProgrammeAttachment(requestId: $id, reason: $reason) {\n  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }": types.ProgrammeRequestsDeclineProgrammeAttachmentDocument,
    "mutation ProgrammeRequestsWithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) {\n  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }": types.ProgrammeRequestsWithdrawProgrammeAttachmentDocument,
    "query ProgrammeRequestsProgrammes($status: ProgrammeRequestStatus, $first: Int, $after: String) { programmes { code\n  attachmentRequests(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id status projectCode } } } } }": types.ProgrammeRequestsProgrammesDocument,
    "query ProgrammeRequestsProject($id: ID!) { project(id: $id) { version programme { code } programmeRequests { id status programme { code } } } }": types.ProgrammeRequestsProjectDocument,
    "query ProgrammeRequestsAuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action entityType entityId } } } }": types.ProgrammeRequestsAuditLogDocument,
    "subscription ProgrammeRequestsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }": types.ProgrammeRequestsProjectChangedDocument,
    "subscription ProgrammeRequestsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityType } }": types.ProgrammeRequestsOrganizationActivityDocument,
    "mutation ProgrammeRequestsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }": types.ProgrammeRequestsArchiveOrganizationDocument,
    "query ProgrammeRequestsProgrammes2($first: Int, $after: String) { programmes { code attachmentRequests(first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { node { id status projectCode project { code } programme { code owner { name } } requestingOrganization { name } } } } } }": types.ProgrammeRequestsProgrammes2Document,
    "query ProgrammeRequestsProjects($first: Int) { projects(first: $first) { edges { node { code programmeRequests { id status programme { code } requestingOrganization { name } } } } } }": types.ProgrammeRequestsProjectsDocument,
    "mutation ProjectsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version status } ... on ErrorResult { code message field } } }": types.ProjectsCreateProjectDocument,
    "mutation ProjectsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code field } } }": types.ProjectsInviteParticipantDocument,
    "mutation ProjectsTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) {\n  __typename ... on Project { status version } ... on InvalidTransitionError { allowedStatuses } ... on ErrorResult { code } } }": types.ProjectsTransitionProjectDocument,
    "mutation ProjectsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { ... on InvitationCreated { token } } }": types.ProjectsInviteMemberDocument,
    "mutation ProjectsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }": types.ProjectsAcceptInvitationDocument,
    "mutation ProjectsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project {\n        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } } } } }": types.ProjectsUpdateProjectDocument,
    "mutation ProjectsUpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) {\n      __typename ... on ProjectParticipant { version contribution { cash { amount currency } } } ... on ErrorResult { code field } } }": types.ProjectsUpdateParticipantDocument,
    "query ProjectsProjects { projects { totalCount } }": types.ProjectsProjectsDocument,
    "mutation ProjectsUpdateProject2($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { visibility version } } }": types.ProjectsUpdateProject2Document,
    "mutation ProjectsUpdateProject3($input: UpdateProjectInput!) { updateProject(input: $input) {\n      __typename ... on Project { version title } ... on VersionConflictError { currentVersion } } }": types.ProjectsUpdateProject3Document,
    "query ProjectsProjects2($f: ProjectFilter) { projects(filter: $f) { totalCount edges { node { code } } } }": types.ProjectsProjects2Document,
    "query ProjectsProjects3($first: Int) { projects(first: $first) { edges { node {\n      code helices isTripleHelix budget { amount } milestones { title overdue } participants { role organization { name } contribution { cash { amount } } }\n    } } } }": types.ProjectsProjects3Document,
    "mutation ProjectsAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status overdue version completedOn } }": types.ProjectsAddMilestoneDocument,
    "mutation ProjectsUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) {\n      __typename ... on Milestone { status completedOn overdue version } ... on ErrorResult { code field } } }": types.ProjectsUpdateMilestoneDocument,
    "query ProjectsProject($code: String) { project(code: $code) { milestones { title dueDate } } }": types.ProjectsProjectDocument,
    "query ProjectsProgrammes { programmes { id code name owner { slug } } }": types.ProjectsProgrammesDocument,
    "mutation ProjectsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }": types.ProjectsCreateProgrammeDocument,
    "query ProjectsOrganization { organization(slug: \"eiu-fablab\") { projects { totalCount edges { node { code } } } } }": types.ProjectsOrganizationDocument,
    "mutation RateLimitsLogin($input: LoginInput!) { login(input: $input) { __typename } }": types.RateLimitsLoginDocument,
    "mutation RateLimitsRegister($input: RegisterInput!) { register(input: $input) { __typename } }": types.RateLimitsRegisterDocument,
    "query RateLimitsOrganizations { organizations { totalCount } }": types.RateLimitsOrganizationsDocument,
    "mutation ReadParityDealsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } ... on ErrorResult { message } } }": types.ReadParityDealsExpressInterestDocument,
    "query Deal($id: ID!) { deal(id: $id) { offer { details price { amount } priceNote } demand { budget { min } } } }": types.DealDocument,
    "query TechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min } } }": types.TechnologyDemandDocument,
    "query ReadParityDealsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { details priceNote } }": types.ReadParityDealsTechnologyOfferDocument,
    "query ReadParityDealsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { budget { min max currency } } }": types.ReadParityDealsTechnologyDemandDocument,
    "query ReadPathOrganizations($first: Int, $projects: Int, $after: String) {\n    organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n      id slug\n      projects(first: $projects, after: $after, orderBy: {field: TITLE, direction: DESC}) {\n        totalCount\n        edges { cursor node { code title budget { amount currency } participants { role since } } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    } } } }": types.ReadPathOrganizationsDocument,
    "query ReadPathProjects($organizationId: ID!, $first: Int, $after: String) {\n    projects(first: $first, after: $after, orderBy: {field: TITLE, direction: DESC}, filter: {organizationId: $organizationId}) {\n      totalCount\n      edges { cursor node { code title budget { amount currency } participants { role since } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    } }": types.ReadPathProjectsDocument,
    "query ReadPathProjects2($organizationId: ID!) { projects(first: 40, filter: {organizationId: $organizationId}) { edges { node {\n        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } }\n        participants { status organization { helix secondaryHelices } contribution { cash { amount currency } inKindValue { amount currency } } } } } } }": types.ReadPathProjects2Document,
    "query ReadPathProjects3($organizationId: ID!) { projects(first: 20, filter: {organizationId: $organizationId}) { edges { node { code helices } } } }": types.ReadPathProjects3Document,
    "query ReadPathOrganization($id: ID) { organization(id: $id) { version helix secondaryHelices } }": types.ReadPathOrganizationDocument,
    "mutation ReadPathUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on Organization { version } } }": types.ReadPathUpdateOrganizationDocument,
    "query ReadPathOrganization2($id: ID) { organization(id: $id) {\n        newest: projects(first: 1) { edges { node { code } } }\n        byTitle: projects(first: 2, orderBy: {field: TITLE}) { edges { node { title } } }\n      } }": types.ReadPathOrganization2Document,
    "mutation ReportDisclosureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } ... on ErrorResult { code message } } }": types.ReportDisclosureCreateProjectDocument,
    "mutation ReportDisclosureTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on ErrorResult { code message } } }": types.ReportDisclosureTransitionProjectDocument,
    "query ReportDisclosureIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects budgets { currency amount suppressed projects } } }": types.ReportDisclosureIcfFactorsDocument,
    "query ReportDisclosureHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations } }": types.ReportDisclosureHelixContributionsDocument,
    "query ReportDisclosureTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) { technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } averageGainPerProject } }": types.ReportDisclosureTrlProgressionDocument,
    "query ReportDisclosureCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) { total { researchExpenditure { currency amount suppressed projects } } } }": types.ReportDisclosureCommercialisationFunnelDocument,
    "query ReportDisclosureCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { organizations links top { organizationId } } }": types.ReportDisclosureCollaborationNetworkDocument,
    "mutation LogBrokenFounding($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }": types.LogBrokenFoundingDocument,
    "subscription LogRefusedActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }": types.LogRefusedActivityDocument,
    "mutation RevenueRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {\n  __typename\n  ... on RevenueReceipt { id kind amount { amount currency } receivedOn distributionId milestonePaymentId }\n  ... on AgreementStateError { currentStatus }\n  ... on ErrorResult { code message field }\n} }": types.RevenueRecordRevenueReceiptDocument,
    "mutation RevenueRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {\n  __typename\n  ... on RevenueCost { id kind amount { amount currency } technologyId }\n  ... on ErrorResult { code message field }\n} }": types.RevenueRecordRevenueCostDocument,
    "mutation RevenueSetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {\n  __typename\n  ... on DistributionPolicy { id inventorsShare unitsShare institutionShare validFrom }\n  ... on ErrorResult { code message field }\n} }": types.RevenueSetDistributionPolicyDocument,
    "fragment RevenueLineFields on DistributionLine { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn paymentReference periodEnd version\n  payer { id } organization { id } }": types.RevenueLineFieldsFragmentDoc,
    "mutation RevenueDistributeRevenue($agreementId: ID!, $upTo: Date!) { distributeRevenue(agreementId: $agreementId, upTo: $upTo) {\n  __typename\n  ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency } lines { ...RevenueLineFields } }\n  ... on MissingDistributionPolicyError { organizationId }\n  ... on NegativeNetRevenueError { gross { amount } costs { amount } }\n  ... on ErrorResult { code message field }\n} }": types.RevenueDistributeRevenueDocument,
    "mutation RevenueMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {\n  __typename\n  ... on DistributionLine { id status paidOn paymentReference version }\n  ... on ErrorResult { code message field }\n} }": types.RevenueMarkDistributionLinePaidDocument,
    "query RevenueAgreement($id: ID!) { agreement(id: $id) {\n  id terms { currency }\n  receipts { id amount { amount } distributionId }\n  costs { id amount { amount } distributionId }\n  distributions { id net { amount } lines { id amount { amount } } }\n} }": types.RevenueAgreementDocument,
    "query RevenueMyDistributionLines { myDistributionLines { totalCount edges { node { id amount { amount } beneficiaryKind inventorName agreement { id } } } } }": types.RevenueMyDistributionLinesDocument,
    "query RevenueOrganization($id: ID!) { organization(id: $id) { distributionPolicies { validFrom } } }": types.RevenueOrganizationDocument,
    "mutation ScheduledJobsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }": types.ScheduledJobsCreateApiKeyDocument,
    "mutation ScheduledJobsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }": types.ScheduledJobsAddObligationDocument,
    "mutation ScheduledJobsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } ... on ErrorResult { code message } } }": types.ScheduledJobsFileIpProtectionDocument,
    "query ScheduledJobsMe { me { id } }": types.ScheduledJobsMeDocument,
    "query ServerProcessOrganizationCount { organizations { totalCount } }": types.ServerProcessOrganizationCountDocument,
    "query ServerProcessOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }": types.ServerProcessOrganizationsDocument,
    "query ServerProcessSynergy { tripleHelixSynergy { projects } }": types.ServerProcessSynergyDocument,
    "mutation ServerProcessLogin($input: LoginInput!) { login(input: $input) { __typename } }": types.ServerProcessLoginDocument,
    "query ServerProcessOrganization { organization(slug: \"sample-kept\") { name } organizations { totalCount } }": types.ServerProcessOrganizationDocument,
    "query SpinOffsSpinOffs($filter: SpinOffFilter) { spinOffs(filter: $filter) { totalCount edges { node { id foundedOn status equityHeld organization { name } parentOrganization { id } } } } }": types.SpinOffsSpinOffsDocument,
    "query SpinOffsOrganization($id: ID!) { organization(id: $id) { spinOffs { totalCount } } }": types.SpinOffsOrganizationDocument,
    "mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {\n  kind dryRun applied rowsRead created updated unchanged\n  problems { row column code message }\n  rows { row key action recordId }\n} }": types.ImportSpreadsheetForTestDocument,
    "mutation StandardIdentifiersCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename ... on Organization { id rorId verified version } ... on ErrorResult { code message field } } }": types.StandardIdentifiersCreateOrganizationDocument,
    "mutation StandardIdentifiersUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename ... on Organization { rorId verified version } ... on ErrorResult { code message field } } }": types.StandardIdentifiersUpdateOrganizationDocument,
    "mutation StandardIdentifiersUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) {\n  __typename ... on User { displayName orcid } ... on ErrorResult { code message field } } }": types.StandardIdentifiersUpdateProfileDocument,
    "mutation StandardIdentifiersCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename ... on Technology { id inventors { orcid user { orcid } } } ... on ErrorResult { code message field } } }": types.StandardIdentifiersCreateTechnologyDocument,
    "query StandardIdentifiersOrganizations($rorId: String) { organizations(filter: { rorId: $rorId }) { totalCount edges { node { id } } } }": types.StandardIdentifiersOrganizationsDocument,
    "mutation StandardIdentifiersVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }": types.StandardIdentifiersVerifyOrganizationDocument,
    "query StandardIdentifiersMe { me { orcid } }": types.StandardIdentifiersMeDocument,
    "query StandardIdentifiersTechnologies($orcid: String) { technologies(filter: { inventorOrcid: $orcid }) { totalCount } }": types.StandardIdentifiersTechnologiesDocument,
    "mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": types.SubscriptionsCreateApiKeyDocument,
    "mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken refreshToken } } }": types.SubscriptionsLoginDocument,
    "subscription SubscriptionsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }": types.SubscriptionsProjectChangedDocument,
    "mutation SubscriptionsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id version } } }": types.SubscriptionsCreateProjectDocument,
    "mutation SubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { version } } }": types.SubscriptionsUpdateProjectDocument,
    "mutation SubscriptionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { __typename } }": types.SubscriptionsRefreshSessionDocument,
    "mutation SubscriptionsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": types.SubscriptionsCreateOrganizationDocument,
    "mutation SubscriptionsCreateProject2($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }": types.SubscriptionsCreateProject2Document,
    "mutation SubscriptionsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }": types.SubscriptionsArchiveOrganizationDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken user { id } }\n  ... on ErrorResult { code message field }\n} }": types.RegisterDocument,
    "fragment AgreementFields on Agreement {\n  id code title type status territory fieldOfUse effectiveOn expiresOn executedOn endedOn version\n  licensors { id } licensee { id } technologies { id code }\n  terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { id description amount { amount currency } dueOn status } }\n}": types.AgreementFieldsFragmentDoc,
    "mutation CreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n  __typename\n  ... on Agreement { ...AgreementFields }\n  ... on ErrorResult { code message field }\n} }": types.CreateAgreementDocument,
    "mutation TransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n  __typename\n  ... on Agreement { id status version executedOn effectiveOn endedOn }\n  ... on InvalidAgreementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }": types.TransitionAgreementDocument,
    "mutation AuthorizationMatrixCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }": types.AuthorizationMatrixCreateOrganizationDocument,
    "mutation AuthorizationMatrixCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }": types.AuthorizationMatrixCreateApiKeyDocument,
    "mutation AuthorizationMatrixVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }": types.AuthorizationMatrixVerifyOrganizationDocument,
    "fragment OfferFields on TechnologyOffer {\n  id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn version concepts organization { id }\n}": types.OfferFieldsFragmentDoc,
    "fragment DemandFields on TechnologyDemand {\n  id title description sectors keywords language minTrl status publishedOn expiresOn version concepts budget { min max currency } organization { id }\n}": types.DemandFieldsFragmentDoc,
    "mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { ...OfferFields } ... on ErrorResult { code message field } } }": types.CreateOfferDocument,
    "mutation CreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n  __typename ... on TechnologyDemand { ...DemandFields } ... on ErrorResult { code message field } } }": types.CreateDemandDocument,
    "mutation PublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.PublishOfferDocument,
    "mutation RenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) {\n  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.RenewOfferDocument,
    "mutation PublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.PublishDemandDocument,
    "mutation RenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) {\n  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }": types.RenewDemandDocument,
    "mutation FixturesExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n  __typename\n  ... on ExchangeInterest { id status }\n  ... on ErrorResult { code message field }\n} }": types.FixturesExpressInterestDocument,
    "mutation VerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }": types.VerifyOrganizationDocument,
    "mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename\n  ... on Project { id code version participants { id organization { id } } }\n  ... on ErrorResult { code message field }\n} }": types.CreateProjectDocument,
    "mutation InviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": types.InviteParticipantDocument,
    "mutation AcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n  __typename\n  ... on ProjectParticipant { id status }\n  ... on ErrorResult { code message field }\n} }": types.AcceptParticipationDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) {\n  __typename\n  ... on Programme { id code }\n  ... on ErrorResult { code message field }\n} }": types.CreateProgrammeDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id name }\n  ... on ErrorResult { code message field }\n} }": types.CreateOrganizationDocument,
    "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) {\n  __typename\n  ... on InvitationCreated { token invitation { id email role status expiresAt invitedBy { id displayName } organization { id name } } }\n  ... on ErrorResult { code message field }\n} }": types.InviteMemberDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {\n  __typename\n  ... on AcceptedInvitation {\n    membership { id role status since until version user { id email displayName } organization { id } }\n    session { accessToken refreshToken user { id email } }\n  }\n  ... on InvitationInvalidError { reason }\n  ... on ErrorResult { code message field }\n} }": types.AcceptInvitationDocument,
    "mutation CreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version inventors { id } }\n  ... on ErrorResult { code message field }\n} }": types.CreateTechnologyDocument,
    "mutation AssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename\n  ... on Technology { currentTrl }\n  ... on ErrorResult { code message field }\n} }": types.AssessTrlDocument,
    "mutation SyntheticLogin($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { accessToken } } }": types.SyntheticLoginDocument,
    "query SyntheticProjects { projects(first: 5) { totalCount edges { node { code participants { role } } } } }": types.SyntheticProjectsDocument,
    "fragment TechnologiesReadNode on Technology { id code title currentTrl createdAt\n    owners { share validFrom validUntil organization { id name } }\n    inventors { share externalName user { id displayName } affiliationOrganization { id } }\n    trlHistory { level assessedOn recordedAt assessor { id } recordedBy { displayName } }\n    projects { code participants { role organization { id } } technologies { code } }\n    disclosures { title status submittedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }\n    ipFilings { type status filingDate parentFiling { id } technology { code } deadlines { kind dueOn daysLeft filing { id } } } }": types.TechnologiesReadNodeFragmentDoc,
    "query TechnologiesReadTechnologies2($first: Int, $after: String) { technologies(first: $first, after: $after, orderBy: {field: CODE}) {\n    totalCount edges { cursor node { ...TechnologiesReadNode } } pageInfo { hasNextPage hasPreviousPage endCursor } } }": types.TechnologiesReadTechnologies2Document,
    "query TechnologiesReadDisclosures($first: Int) { disclosures(first: $first) { totalCount edges { node {\n    id title status decision createdAt organization { id } submittedBy { displayName } technology { code owners { share } ipFilings { id } } } } } }": types.TechnologiesReadDisclosuresDocument,
    "query TechnologiesReadIpFilings($first: Int) { ipFilings(first: $first) { totalCount edges { node {\n    id type jurisdiction status priorityDate grantDate technology { code inventors { share } } deadlines { kind dueOn filing { id } } } } } }": types.TechnologiesReadIpFilingsDocument,
    "query TechnologiesReadOrganizations($first: Int, $technologies: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n    id technologies(first: $technologies, orderBy: {field: CODE}) { totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } }\n  } } } }": types.TechnologiesReadOrganizationsDocument,
    "query TechnologiesReadUpcomingDeadlines($first: Int) { upcomingDeadlines(withinDays: 3650, first: $first) { kind dueOn daysLeft filing { id technology { code owners { share } } } } }": types.TechnologiesReadUpcomingDeadlinesDocument,
    "query TechnologiesReadOrganization($id: ID) { organization(id: $id) { technologies(first: 0, filter: {trlMin: 3, search: \"a%_\"}) { edges { node { id } } pageInfo { hasNextPage } } } }": types.TechnologiesReadOrganizationDocument,
    "query TechnologiesReadTechnology($id: ID) { technology(id: $id) { id inventors { user { id } } } }": types.TechnologiesReadTechnologyDocument,
    "query TechnologiesReadTechnology2($code: String) { technology(code: $code) { ...TechnologiesReadNode } }": types.TechnologiesReadTechnology2Document,
    "query TechnologiesReadTechnologies($organizationId: ID) { technologies(first: 3, orderBy: {field: CODE}, filter: {organizationId: $organizationId}) {\n          totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } } }": types.TechnologiesReadTechnologiesDocument,
    "query TechnologiesReadMyDisclosures { myDisclosures(first: 100) { edges { node { technology { id } } } } }": types.TechnologiesReadMyDisclosuresDocument,
    "query TechnologiesReadUpcomingDeadlines2 { upcomingDeadlines(withinDays: 3650) { dueOn daysLeft filing { id } } }": types.TechnologiesReadUpcomingDeadlines2Document,
    "fragment TechnologyLookupFields on Technology { id code title currentTrl version fields keywords\n  owners { share validFrom validUntil organization { id } }\n  inventors { share externalName affiliationName user { id displayName } affiliationOrganization { id } }\n  trlHistory { level assessedOn assessorName evidence assessor { id } recordedBy { id } }\n  projects { id } }": types.TechnologyLookupFieldsFragmentDoc,
    "query TechnologiesTechnology($code: String) { technology(code: $code) { ...TechnologyLookupFields } }": types.TechnologiesTechnologyDocument,
    "mutation SetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n  __typename ... on Technology { version owners { share validFrom validUntil organization { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }": types.SetTechnologyOwnersDocument,
    "mutation SetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n  __typename ... on Technology { version inventors { share externalName user { id } } }\n  ... on SharesDoNotTotalError { subject total day } ... on ErrorResult { code message field } } }": types.SetTechnologyInventorsDocument,
    "mutation TechnologiesAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename ... on Technology { currentTrl trlHistory { level assessedOn } } ... on ErrorResult { code message field } } }": types.TechnologiesAssessTrlDocument,
    "mutation UpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) {\n  __typename ... on Technology { title version abstract keywords } ... on VersionConflictError { currentVersion } ... on ErrorResult { code field } } }": types.UpdateTechnologyDocument,
    "query Technologies($filter: TechnologyFilter, $first: Int, $after: String, $orderBy: TechnologyOrder) {\n  technologies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n    totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }": types.TechnologiesDocument,
    "mutation TechnologiesCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { ... on SharesDoNotTotalError { subject total day } } }": types.TechnologiesCreateTechnologyDocument,
    "mutation TechnologiesCreateTechnology2($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on SharesDoNotTotalError { subject total day field } } }": types.TechnologiesCreateTechnology2Document,
    "fragment OwnersProposalFields on TechnologyOwnersProposal { id technologyId status owners { organizationId share validFrom validUntil } consents { organizationId consent decidedAt } decidedAt }": types.OwnersProposalFieldsFragmentDoc,
    "mutation TechnologiesSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n      __typename ... on Technology { version owners { share organization { id } } } ... on TechnologyOwnersProposal { ...OwnersProposalFields }\n      ... on ErrorResult { code message field } } }": types.TechnologiesSetTechnologyOwnersDocument,
    "mutation TechnologiesAcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) {\n        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }": types.TechnologiesAcceptTechnologyOwnersDocument,
    "mutation TechnologiesDeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) {\n        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }": types.TechnologiesDeclineTechnologyOwnersDocument,
    "query TechnologiesTechnology2($code: String) { technology(code: $code) { version ownersProposal { ...OwnersProposalFields } } }": types.TechnologiesTechnology2Document,
    "mutation TechnologiesCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }": types.TechnologiesCreateProjectDocument,
    "query TechnologiesProject($id: ID) { project(id: $id) { technologies { code } } }": types.TechnologiesProjectDocument,
    "query TechnologiesOrganization($id: ID) { organization(id: $id) { technologies(first: 10) { totalCount } } }": types.TechnologiesOrganizationDocument,
    "query TracingDirectory { organizations(first: 1) { totalCount } }": types.TracingDirectoryDocument,
    "mutation TrainingCreate($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {\n  __typename\n  ... on TrainingProgramme { id title titleEn curriculumUrl field startsOn endsOn version runner { id } partners { id } intakes { year } }\n  ... on ErrorResult { code message field }\n} }": types.TrainingCreateDocument,
    "mutation TrainingUpdate($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) {\n  __typename\n  ... on TrainingProgramme { id title endsOn version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.TrainingUpdateDocument,
    "mutation TrainingInvite($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {\n  __typename\n  ... on TrainingPartner { id status version organization { id } programme { id } }\n  ... on ErrorResult { code message field }\n} }": types.TrainingInviteDocument,
    "mutation TrainingAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {\n  __typename\n  ... on TrainingPartner { id status version answeredAt }\n  ... on InvalidTrainingPartnerTransitionError { currentStatus allowedStatuses }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.TrainingAnswerDocument,
    "mutation TrainingContribute($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {\n  __typename\n  ... on TrainingPartner { id version contributions { year seatsFunded graduatesHired } }\n  ... on TrainingPartnerStateError { currentStatus }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.TrainingContributeDocument,
    "mutation TrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {\n  __typename\n  ... on TrainingProgramme { id version intakes { year trainees graduates } }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }": types.TrainingIntakeDocument,
    "query TrainingOne($id: ID!) { trainingProgramme(id: $id) {\n  id title runner { id } intakes { year trainees graduates } partners { status organization { id } contributions { year seatsFunded graduatesHired } } } }": types.TrainingOneDocument,
    "query TrainingList($filter: TrainingProgrammeFilter) { trainingProgrammes(first: 100, filter: $filter) { totalCount edges { node { id title } } } }": types.TrainingListDocument,
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
    "mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {\n  __typename\n  ... on WebhookEndpointWithSecret { secret endpoint { id url eventTypes status version } }\n  ... on ErrorResult { code message field }\n} }": types.WebhooksCreateEndpointDocument,
    "query WebhooksDeliveries($id: ID) { organization(id: $id) { webhookEndpoints { id status disabledReason\n  deliveries(first: 50) { totalCount edges { node { id eventId eventType status attempts lastStatusCode redeliveryOf attemptLog { statusCode error durationMs } } } } } } }": types.WebhooksDeliveriesDocument,
    "mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename ... on WebhookDelivery { id eventId status } ... on ErrorResult { code message } } }": types.WebhooksRedeliverDocument,
    "mutation WebhooksUpdateEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {\n  __typename ... on WebhookEndpoint { status version } ... on ErrorResult { code message field } } }": types.WebhooksUpdateEndpointDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminConsoleOrganization($id: ID) { organization(id: $id) { id verified } }"): typeof import('./graphql.js').AdminConsoleOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminConsoleApiKeys($id: ID) { organization(id: $id) { apiKeys { name active } } }"): typeof import('./graphql.js').AdminConsoleApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminConsoleDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }"): typeof import('./graphql.js').AdminConsoleDisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminConsoleRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }"): typeof import('./graphql.js').AdminConsoleRequestMembershipDocument;
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
export function graphql(source: "mutation AuthLogin($input: LoginInput!) { login(input: $input) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email displayName platformRole } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').AuthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) {\n  __typename\n  ... on AuthPayload { accessToken refreshToken }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').AuthRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { id email displayName platformRole disabled } }"): typeof import('./graphql.js').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').AuthRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ErrorResult { code field } } }"): typeof import('./graphql.js').AuthChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }"): typeof import('./graphql.js').AuthDisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthEnableUser($id: ID!) { enableUser(userId: $id) { disabled } }"): typeof import('./graphql.js').AuthEnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthOrganizations { organizations { totalCount } }"): typeof import('./graphql.js').AuthOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token invitation { id } } } }"): typeof import('./graphql.js').AuthzAccountsRowsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsOrganizations { organizations { totalCount } }"): typeof import('./graphql.js').AuthzAccountsRowsOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsOrganization($id: ID) { organization(id: $id) { name } }"): typeof import('./graphql.js').AuthzAccountsRowsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id } }"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsViewer { viewer { __typename ... on User { id } ... on ApiKey { id name organization { id } } } }"): typeof import('./graphql.js').AuthzAccountsRowsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsOrganization2($id: ID) { organization(id: $id) { apiKeys { id } } }"): typeof import('./graphql.js').AuthzAccountsRowsOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }"): typeof import('./graphql.js').AuthzAccountsRowsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsAuditLog2 { auditLog { totalCount } }"): typeof import('./graphql.js').AuthzAccountsRowsAuditLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsUsers { users(first: 5, filter: { search: \"matrix\" }) { totalCount edges { node { id email disabled } } } }"): typeof import('./graphql.js').AuthzAccountsRowsUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsRegister($input: RegisterInput!) { register(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsLogin($input: LoginInput!) { login(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession { refreshSession(refreshToken: \"thr_unknown\") { __typename } }"): typeof import('./graphql.js').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }"): typeof import('./graphql.js').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }"): typeof import('./graphql.js').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }"): typeof import('./graphql.js').AuthzAccountsRowsVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }"): typeof import('./graphql.js').AuthzAccountsRowsArchiveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }"): typeof import('./graphql.js').AuthzAccountsRowsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }"): typeof import('./graphql.js').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsOrganization3($id: ID) { organization(id: $id) { members { totalCount } } }"): typeof import('./graphql.js').AuthzAccountsRowsOrganization3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsOrganization4($id: ID) { organization(id: $id) { invitations { id } } }"): typeof import('./graphql.js').AuthzAccountsRowsOrganization4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsInvitationHistory($id: ID) { organization(id: $id) { invitationHistory(first: 1) { totalCount } } }"): typeof import('./graphql.js').AuthzAccountsRowsInvitationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsOrganization5($id: ID) { organization(id: $id) { members { edges { node { user { id email } } } } } }"): typeof import('./graphql.js').AuthzAccountsRowsOrganization5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAccountsRowsMyMemberships { myMemberships { id } }"): typeof import('./graphql.js').AuthzAccountsRowsMyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsInviteMember2($input: InviteMemberInput!) { inviteMember(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsInviteMember2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsRevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsRevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsRequestMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsApproveMembershipRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsDeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsDeclineMembershipRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsChangeMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsRemoveMember($id: ID!) { removeMember(membershipId: $id) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableUser($id: ID!) { disableUser(userId: $id) { id } }"): typeof import('./graphql.js').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnableUser($id: ID!) { enableUser(userId: $id) { id } }"): typeof import('./graphql.js').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAccountsRowsLeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) { __typename } }"): typeof import('./graphql.js').AuthzAccountsRowsLeaveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }"): typeof import('./graphql.js').AuthzAgreementsRowsCreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }"): typeof import('./graphql.js').AuthzAgreementsRowsAddObligationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) { __typename } }"): typeof import('./graphql.js').SetDistributionPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename } }"): typeof import('./graphql.js').RecordRevenueReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) { __typename } }"): typeof import('./graphql.js').DistributeRevenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }"): typeof import('./graphql.js').CreateSpinOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsAgreement($id: ID) { agreement(id: $id) { id } }"): typeof import('./graphql.js').AuthzAgreementsRowsAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsAgreements { agreements(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzAgreementsRowsAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsAgreement2($id: ID) { agreement(id: $id) { costs { id } } }"): typeof import('./graphql.js').AuthzAgreementsRowsAgreement2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsAgreement3($id: ID) { agreement(id: $id) { distributions { id } } }"): typeof import('./graphql.js').AuthzAgreementsRowsAgreement3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsOrganization($id: ID) { organization(id: $id) { distributionPolicies { id } } }"): typeof import('./graphql.js').AuthzAgreementsRowsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsAgreementObligations { agreementObligations(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzAgreementsRowsAgreementObligationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsOverdueObligations { overdueObligations(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzAgreementsRowsOverdueObligationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAgreementsRowsCreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsUpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAgreementsRowsUpdateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAgreementsRowsTransitionAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsAddObligation2($input: AddObligationInput!) { addObligation(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAgreementsRowsAddObligation2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAgreementsRowsReportObligationMetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsRecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAgreementsRowsRecordObligationOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename } }"): typeof import('./graphql.js').RecordRevenueCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) { __typename } }"): typeof import('./graphql.js').MarkDistributionLinePaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDistributionLines { myDistributionLines(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').MyDistributionLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpinOffs { spinOffs(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').SpinOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzAgreementsRowsSpinOffs { spinOffs(first: 100) { edges { node { id equityHeld } } } }"): typeof import('./graphql.js').AuthzAgreementsRowsSpinOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzAgreementsRowsCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzAgreementsRowsCreateSpinOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSpinOff($input: UpdateSpinOffInput!) { updateSpinOff(input: $input) { __typename } }"): typeof import('./graphql.js').UpdateSpinOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ... on TechnologyOffer { id version } } }"): typeof import('./graphql.js').AuthzExchangeRowsCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename ... on TechnologyDemand { id version } } }"): typeof import('./graphql.js').AuthzExchangeRowsCreateDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) { __typename ... on ExchangeInterest { id } } }"): typeof import('./graphql.js').AuthzExchangeRowsExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }"): typeof import('./graphql.js').AuthzExchangeRowsCreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExchangeRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }"): typeof import('./graphql.js').ExchangeRowsAssessTrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsPublishOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsPublishDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id } } }"): typeof import('./graphql.js').AuthzExchangeRowsCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }"): typeof import('./graphql.js').AuthzExchangeRowsVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id } } }"): typeof import('./graphql.js').AuthzExchangeRowsOpenDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyOffer($id: ID!) { technologyOffer(id: $id) { id } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyOffers { technologyOffers(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyOffer2($id: ID!) { technologyOffer(id: $id) { price { amount } } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyOffer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyOffer3($id: ID!) { technologyOffer(id: $id) { details } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyOffer3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyOffer4($id: ID!) { technologyOffer(id: $id) { priceNote } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyOffer4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyOffer5($id: ID!) { technologyOffer(id: $id) { technology { id } } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyOffer5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyOffer6($id: ID!) { technologyOffer(id: $id) { interests { id } } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyOffer6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyDemand($id: ID!) { technologyDemand(id: $id) { id } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyDemands { technologyDemands(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyDemandsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsTechnologyDemand2($id: ID!) { technologyDemand(id: $id) { budget { currency } } }"): typeof import('./graphql.js').AuthzExchangeRowsTechnologyDemand2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsMatchesForOffer($id: ID!) { matchesForOffer(offerId: $id) { score } }"): typeof import('./graphql.js').AuthzExchangeRowsMatchesForOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score } }"): typeof import('./graphql.js').AuthzExchangeRowsMatchesForDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStaleUpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStaleUpdateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStalePublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStalePublishOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStaleRenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStaleRenewOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStaleWithdrawOffer($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStaleWithdrawOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStaleUpdateDemand($input: UpdateDemandInput!) { updateDemand(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStaleUpdateDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStalePublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStalePublishDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStaleRenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStaleRenewDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsStaleWithdrawDemand($input: WithdrawExchangeItemInput!) { withdrawDemand(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsStaleWithdrawDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsWithdrawInterest($id: ID!) { withdrawInterest(id: $id) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsWithdrawInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsExchangeInterests { exchangeInterests(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzExchangeRowsExchangeInterestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsOpenDeal2($input: OpenDealInput!) { openDeal(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsOpenDeal2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzExchangeRowsDeal($id: ID!) { deal(id: $id) { id } }"): typeof import('./graphql.js').AuthzExchangeRowsDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Deals { deals(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').DealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsAdvanceDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzExchangeRowsDropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzExchangeRowsDropDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzImportsRowsImportSpreadsheet($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { applied created problems { row column code } } }"): typeof import('./graphql.js').AuthzImportsRowsImportSpreadsheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename ... on IncubationApplication { id version startup { id } } } }"): typeof import('./graphql.js').AuthzIncubationApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationMove($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id version } } }"): typeof import('./graphql.js').AuthzIncubationMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationSetUpProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename ... on IncubationProgramme { id } } }"): typeof import('./graphql.js').AuthzIncubationSetUpProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationSetUpCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename ... on IncubationCohort { id version } } }"): typeof import('./graphql.js').AuthzIncubationSetUpCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationOpen($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename ... on IncubationCohort { id } } }"): typeof import('./graphql.js').AuthzIncubationOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename ... on IncubationReport { id } } }"): typeof import('./graphql.js').AuthzIncubationReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename ... on IncubationMentor { id } } }"): typeof import('./graphql.js').AuthzIncubationMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename ... on IncubationMilestone { id } } }"): typeof import('./graphql.js').AuthzIncubationMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename ... on IncubationApplication { id } } }"): typeof import('./graphql.js').AuthzIncubationConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzIncubationProgramme($id: ID!) { incubationProgramme(id: $id) { id cohorts { edges { node { id graduates { id } } } } } }"): typeof import('./graphql.js').AuthzIncubationProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzIncubationProgrammes($filter: IncubationProgrammeFilter) { incubationProgrammes(filter: $filter) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzIncubationProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzIncubationFile($id: ID!) { incubationApplication(id: $id) { id pitch decisionReason reports { jobs } } }"): typeof import('./graphql.js').AuthzIncubationFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzIncubationFiles { incubationApplications(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzIncubationFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzIncubationOfStartup($id: ID!) { organization(id: $id) { incubations { edges { node { id pitch mentors { current } } } } } }"): typeof import('./graphql.js').AuthzIncubationOfStartupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsUpdateProgramme($input: UpdateIncubationProgrammeInput!) { updateIncubationProgramme(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsUpdateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsCreateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsUpdateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsApplyNew($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsApplyNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsApplyAgain($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsApplyAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsLeave($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsLeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsAssignMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsEndMentor($input: EndIncubationMentorInput!) { endIncubationMentor(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsEndMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsAddMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsMarkMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIncubationRowsAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIncubationRowsAddReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename ... on IndicatorMeasurement { id } } }"): typeof import('./graphql.js').ReportIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorMeasurements { indicatorMeasurements(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').IndicatorMeasurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) { __typename } }"): typeof import('./graphql.js').CorrectIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) { __typename } }"): typeof import('./graphql.js').ReviewIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IcfSelfAssessment { icfSelfAssessment { fromYear } }"): typeof import('./graphql.js').IcfSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationFunnel { commercialisationFunnel { years { year } } }"): typeof import('./graphql.js').CommercialisationFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrlProgression { trlProgression { technologies } }"): typeof import('./graphql.js').TrlProgressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelixContributions { helixContributions { helix } }"): typeof import('./graphql.js').HelixContributionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IcfFactors { icfFactors { factor } }"): typeof import('./graphql.js').IcfFactorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TripleHelixSynergy { tripleHelixSynergy { projects } }"): typeof import('./graphql.js').TripleHelixSynergyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CollaborationNetwork { collaborationNetwork { density } }"): typeof import('./graphql.js').CollaborationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BridgingOrganizations { bridgingOrganizations { rank } }"): typeof import('./graphql.js').BridgingOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIntegrationsRowsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {\n  __typename ... on WebhookEndpointWithSecret { endpoint { id } } } }"): typeof import('./graphql.js').AuthzIntegrationsRowsCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzIntegrationsRowsJobQueues { jobQueues { name waiting failed } }"): typeof import('./graphql.js').AuthzIntegrationsRowsJobQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzIntegrationsRowsWebhookEndpoints($id: ID) { organization(id: $id) { webhookEndpoints { id deliveries(first: 5) { totalCount } } } }"): typeof import('./graphql.js').AuthzIntegrationsRowsWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIntegrationsRowsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzIntegrationsRowsUpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIntegrationsRowsRotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { endpoint { id } } }"): typeof import('./graphql.js').AuthzIntegrationsRowsRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIntegrationsRowsSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { __typename } }"): typeof import('./graphql.js').AuthzIntegrationsRowsSendTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIntegrationsRowsRedeliverWebhook($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename } }"): typeof import('./graphql.js').AuthzIntegrationsRowsRedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzIntegrationsRowsRemoveWebhookEndpoint($id: ID!) { removeWebhookEndpoint(id: $id) { id } }"): typeof import('./graphql.js').AuthzIntegrationsRowsRemoveWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { __typename ... on Partnership { id } } }"): typeof import('./graphql.js').CreatePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename ... on Partnership { id } } }"): typeof import('./graphql.js').AcceptPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename ... on Partnership { id version } } }"): typeof import('./graphql.js').ChangePartnershipStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename ... on PartnershipAmendment { id } } }"): typeof import('./graphql.js').UpdatePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partnership($id: ID!) { partnership(id: $id) { id } }"): typeof import('./graphql.js').PartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partnerships { partnerships(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').PartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzPartnershipsRowsPartnership($id: ID!) { partnership(id: $id) { consents { organizationId } } }"): typeof import('./graphql.js').AuthzPartnershipsRowsPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzPartnershipsRowsUpdatePartnership($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzPartnershipsRowsUpdatePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzPartnershipsRowsChangePartnershipStatus($id: ID!) { changePartnershipStatus(id: $id, status: ACTIVE) { __typename } }"): typeof import('./graphql.js').AuthzPartnershipsRowsChangePartnershipStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzPartnershipsRowsAcceptPartnership($id: ID!) { acceptPartnership(partnershipId: $id) { __typename } }"): typeof import('./graphql.js').AuthzPartnershipsRowsAcceptPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclinePartnership($id: ID!) { declinePartnership(partnershipId: $id) { __typename } }"): typeof import('./graphql.js').DeclinePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddPartnershipParty($p: ID!, $o: ID!) { addPartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }"): typeof import('./graphql.js').AddPartnershipPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePartnershipParty($p: ID!, $o: ID!) { removePartnershipParty(partnershipId: $p, organizationId: $o) { __typename } }"): typeof import('./graphql.js').RemovePartnershipPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzPartnershipsRowsPartnership2($id: ID!) { partnership(id: $id) { amendment { id } } }"): typeof import('./graphql.js').AuthzPartnershipsRowsPartnership2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptPartnershipAmendment($id: ID!) { acceptPartnershipAmendment(amendmentId: $id) { __typename } }"): typeof import('./graphql.js').AcceptPartnershipAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclinePartnershipAmendment($id: ID!) { declinePartnershipAmendment(amendmentId: $id) { __typename } }"): typeof import('./graphql.js').DeclinePartnershipAmendmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id participants { id } } } }"): typeof import('./graphql.js').AuthzProjectsRowsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename ... on ProgrammeAttachmentRequest { id } } }"): typeof import('./graphql.js').RequestProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) { __typename ... on ProjectParticipant { id } } }"): typeof import('./graphql.js').AuthzProjectsRowsInviteParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"): typeof import('./graphql.js').AddMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id } } }"): typeof import('./graphql.js').AuthzProjectsRowsCreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzProjectsRowsAssessTrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id } } }"): typeof import('./graphql.js').AuthzProjectsRowsCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programmes { programmes { id } }"): typeof import('./graphql.js').ProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProject($id: ID) { project(id: $id) { id } }"): typeof import('./graphql.js').AuthzProjectsRowsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProjects { projects(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzProjectsRowsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProject2($id: ID) { project(id: $id) { budget { amount } } }"): typeof import('./graphql.js').AuthzProjectsRowsProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProject3($id: ID) { project(id: $id) { contributionsByHelix { helix } } }"): typeof import('./graphql.js').AuthzProjectsRowsProject3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProject4($id: ID) { project(id: $id) { trlGained } }"): typeof import('./graphql.js').AuthzProjectsRowsProject4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProject5($id: ID) { project(id: $id) { participants { contribution { cash { amount } } } } }"): typeof import('./graphql.js').AuthzProjectsRowsProject5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsCreateProgramme2($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzProjectsRowsCreateProgramme2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzProjectsRowsUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename } }"): typeof import('./graphql.js').TransitionProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { __typename } }"): typeof import('./graphql.js').UpdateMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) { __typename } }"): typeof import('./graphql.js').UpdateParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveParticipant($id: ID!) { removeParticipant(participantId: $id) { __typename } }"): typeof import('./graphql.js').RemoveParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferCoordination($id: ID!) { transferCoordination(participantId: $id) { __typename } }"): typeof import('./graphql.js').TransferCoordinationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) { __typename } }"): typeof import('./graphql.js').AuthzProjectsRowsAcceptParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineParticipation($id: ID!) { declineParticipation(participantId: $id) { __typename } }"): typeof import('./graphql.js').DeclineParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveProject($id: ID!) { leaveProject(participantId: $id) { __typename } }"): typeof import('./graphql.js').LeaveProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProgrammes { programmes { id attachmentRequests(first: 1) { totalCount } } }"): typeof import('./graphql.js').AuthzProjectsRowsProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzProjectsRowsProject6($id: ID) { project(id: $id) { programmeRequests { id } } }"): typeof import('./graphql.js').AuthzProjectsRowsProject6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzProjectsRowsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzProjectsRowsRequestProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) { __typename } }"): typeof import('./graphql.js').AcceptProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineProgrammeAttachment($id: ID!) { declineProgrammeAttachment(requestId: $id, reason: \"Sample data\") { __typename } }"): typeof import('./graphql.js').DeclineProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) { __typename } }"): typeof import('./graphql.js').WithdrawProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzSubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { id } } }"): typeof import('./graphql.js').AuthzSubscriptionsUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzSubscriptionsRowsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } } }"): typeof import('./graphql.js').AuthzSubscriptionsRowsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action } }"): typeof import('./graphql.js').OrganizationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action } }"): typeof import('./graphql.js').ProjectChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsProposePlacement($input: ProposePlacementInput!) { proposePlacement(input: $input) { __typename ... on Placement { id } } }"): typeof import('./graphql.js').AuthzTalentRowsProposePlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsCreateTrainingProgramme($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) { __typename ... on TrainingProgramme { id } } }"): typeof import('./graphql.js').AuthzTalentRowsCreateTrainingProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsInviteTrainingPartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) { __typename ... on TrainingPartner { id } } }"): typeof import('./graphql.js').AuthzTalentRowsInviteTrainingPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsWithdrawFixture($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id } } }"): typeof import('./graphql.js').AuthzTalentRowsWithdrawFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsAcceptFixture($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename ... on TrainingPartner { id } } }"): typeof import('./graphql.js').AuthzTalentRowsAcceptFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsPlacement($id: ID!) { placement(id: $id) { id } }"): typeof import('./graphql.js').AuthzTalentRowsPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsPlacements { placements(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzTalentRowsPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsOrganizationPlacements($id: ID!) { organization(id: $id) { placements(first: 100) { edges { node { id } } } } }"): typeof import('./graphql.js').AuthzTalentRowsOrganizationPlacementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsWithdrawnPerson($id: ID!) { placement(id: $id) { person { id } title topic } }"): typeof import('./graphql.js').AuthzTalentRowsWithdrawnPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsPerson($id: ID!) { placement(id: $id) { person { id } title topic } }"): typeof import('./graphql.js').AuthzTalentRowsPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsUpdatePlacement($input: UpdatePlacementInput!) { updatePlacement(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsUpdatePlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsAgreePlacement($input: AgreePlacementInput!) { agreePlacement(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsAgreePlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsChangePlacementStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsChangePlacementStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsWithdrawPlacement($id: ID!) { withdrawPlacement(id: $id) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsWithdrawPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsTalentFlows { talentFlows { cells { year placements suppressed } } }"): typeof import('./graphql.js').AuthzTalentRowsTalentFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsTrainingProgrammes { trainingProgrammes(first: 100) { edges { node { id partners { status contributions { year } } intakes { year } } } } }"): typeof import('./graphql.js').AuthzTalentRowsTrainingProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTalentRowsTrainingProgramme($id: ID!) { trainingProgramme(id: $id) { id runner { id } } }"): typeof import('./graphql.js').AuthzTalentRowsTrainingProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsUpdateTrainingProgramme($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsUpdateTrainingProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsRecordTrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsRecordTrainingIntakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsAnswerTrainingInvitation($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsAnswerTrainingInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTalentRowsRecordTrainingContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTalentRowsRecordTrainingContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTechnologiesRowsCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on Technology { id version } } }"): typeof import('./graphql.js').AuthzTechnologiesRowsCreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTechnologiesRowsSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) { __typename ... on TechnologyOwnersProposal { id } } }"): typeof import('./graphql.js').AuthzTechnologiesRowsSetTechnologyOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ... on InventionDisclosure { id } } }"): typeof import('./graphql.js').CreateDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } } }"): typeof import('./graphql.js').FileIpProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Technology($id: ID) { technology(id: $id) { id } }"): typeof import('./graphql.js').TechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTechnologiesRowsTechnologies { technologies(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').AuthzTechnologiesRowsTechnologiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthzTechnologiesRowsTechnology($id: ID) { technology(id: $id) { ownersProposal { id } } }"): typeof import('./graphql.js').AuthzTechnologiesRowsTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTechnologiesRowsUpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTechnologiesRowsUpdateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTechnologiesRowsAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTechnologiesRowsAssessTrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTechnologiesRowsSetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTechnologiesRowsSetTechnologyInventorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) { __typename } }"): typeof import('./graphql.js').AcceptTechnologyOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) { __typename } }"): typeof import('./graphql.js').DeclineTechnologyOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Disclosure($id: ID!) { disclosure(id: $id) { id } }"): typeof import('./graphql.js').DisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Disclosures { disclosures(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').DisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyDisclosures { myDisclosures(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').MyDisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTechnologiesRowsCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTechnologiesRowsCreateDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) { __typename } }"): typeof import('./graphql.js').UpdateDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) { __typename } }"): typeof import('./graphql.js').SubmitDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) { __typename } }"): typeof import('./graphql.js').StartDisclosureEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) { __typename } }"): typeof import('./graphql.js').DecideDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) { __typename } }"): typeof import('./graphql.js').DiscloseInventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IpFiling($id: ID!) { ipFiling(id: $id) { id } }"): typeof import('./graphql.js').IpFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IpFilings { ipFilings(first: 100) { edges { node { id } } } }"): typeof import('./graphql.js').IpFilingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpcomingDeadlines { upcomingDeadlines(withinDays: 3650, first: 500) { filing { id } } }"): typeof import('./graphql.js').UpcomingDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthzTechnologiesRowsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename } }"): typeof import('./graphql.js').AuthzTechnologiesRowsFileIpProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename } }"): typeof import('./graphql.js').UpdateIpFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) { __typename } }"): typeof import('./graphql.js').TransitionIpFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowserAccessTypename { __typename }"): typeof import('./graphql.js').BrowserAccessTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version currentTrl owners { organization { slug } share validFrom } inventors { id share externalName user { id } affiliationOrganization { slug } } projects { code } }\n  ... on SharesDoNotTotalError { subject total day }\n  ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneyCreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommercialisationJourneyError on ErrorResult { code message field }"): typeof import('./graphql.js').CommercialisationJourneyErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommercialisationJourneyDisclosure on InventionDisclosure { id status decision version submittedBy { id } decidedBy { id } }"): typeof import('./graphql.js').CommercialisationJourneyDisclosureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommercialisationJourneyFiling on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate status deadlines { kind dueOn daysLeft legalSource } }"): typeof import('./graphql.js').CommercialisationJourneyFilingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommercialisationJourneyOffer on TechnologyOffer { id title summary details price { amount currency } priceNote trl status version organization { slug } }"): typeof import('./graphql.js').CommercialisationJourneyOfferFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommercialisationJourneyDeal on Deal { id stage version agreementId broker { slug } provider { slug } seeker { slug } history { from to byName } }"): typeof import('./graphql.js').CommercialisationJourneyDealFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommercialisationJourneyAgreement on Agreement {\n  id code status version executedOn effectiveOn licensors { slug } licensee { slug } technologies { code }\n  terms { currency upfrontFee { amount currency } royaltyRate } }"): typeof import('./graphql.js').CommercialisationJourneyAgreementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyCreateDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneySubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }"): typeof import('./graphql.js').CommercialisationJourneySubmitDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }"): typeof import('./graphql.js').CommercialisationJourneyStartDisclosureEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {\n    __typename ...CommercialisationJourneyDisclosure ...CommercialisationJourneyError\n    ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }"): typeof import('./graphql.js').CommercialisationJourneyDecideDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {\n  __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError ... on InvalidDealTransitionError { allowedStages } } }"): typeof import('./graphql.js').CommercialisationJourneyAdvanceDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyAgreement($id: ID!) { agreement(id: $id) {\n  code status licensee { slug } terms { currency upfrontFee { amount } royaltyRate }\n  receipts { kind amount { amount currency } receivedOn distributionId }\n  costs { kind amount { amount } filingReference distributionId } } }"): typeof import('./graphql.js').CommercialisationJourneyAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } session { accessToken refreshToken user { id } } } } }"): typeof import('./graphql.js').CommercialisationJourneyAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n      __typename ... on Organization { id kind helix verified } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').CommercialisationJourneyCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }"): typeof import('./graphql.js').CommercialisationJourneyVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n      __typename ... on Project { id version } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').CommercialisationJourneyCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').CommercialisationJourneyInviteParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyAcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {\n        __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').CommercialisationJourneyAcceptParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyProject($id: ID) { project(id: $id) { isTripleHelix helices participants { role organization { slug } } } }"): typeof import('./graphql.js').CommercialisationJourneyProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) { __typename ... on Technology { currentTrl version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneyAssessTrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyTechnology($id: ID) { technology(id: $id) { currentTrl trlHistory { level assessedOn } } }"): typeof import('./graphql.js').CommercialisationJourneyTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneySetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {\n      __typename ... on SharesDoNotTotalError { subject total } ... on ErrorResult { code } } }"): typeof import('./graphql.js').CommercialisationJourneySetTechnologyInventorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyMyDisclosures { myDisclosures { edges { node { title status decision } } } }"): typeof import('./graphql.js').CommercialisationJourneyMyDisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {\n      __typename ...CommercialisationJourneyFiling ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyFileIpProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyUpcomingDeadlines($within: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $within, organizationId: $organizationId) {\n      kind dueOn daysLeft legalSource filing { id applicationNumber } } }"): typeof import('./graphql.js').CommercialisationJourneyUpcomingDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename ...CommercialisationJourneyOffer ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyPublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) { __typename ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyPublishOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyPublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) { __typename ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyPublishDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyAssessAirSensor($input: AssessTrlInput!) { assessTrl(input: $input) { __typename } }"): typeof import('./graphql.js').JourneyAssessAirSensorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {\n      __typename ... on TechnologyDemand { id version status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneyCreateDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyMatchesForDemand($id: ID!) { matchesForDemand(demandId: $id) { score offer { id organization { slug } } reasons { kind detail weight } } }"): typeof import('./graphql.js').CommercialisationJourneyMatchesForDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyTechnologyOffer($id: ID!) { technologyOffer(id: $id) { ...CommercialisationJourneyOffer } }"): typeof import('./graphql.js').CommercialisationJourneyTechnologyOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n      __typename ... on ExchangeInterest { id status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneyExpressInterestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ...CommercialisationJourneyDeal ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyOpenDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CommercialisationJourneyOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action entityType entityId } }"): typeof import('./graphql.js').CommercialisationJourneyOrganizationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyDeal($id: ID!) { deal(id: $id) { stage history { from to byName } } }"): typeof import('./graphql.js').CommercialisationJourneyDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyDeal2($id: ID!) { deal(id: $id) { id } }"): typeof import('./graphql.js').CommercialisationJourneyDeal2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) {\n        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyCreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyTransitionAgreement($input: TransitionAgreementInput!) { transitionAgreement(input: $input) {\n        __typename ...CommercialisationJourneyAgreement ...CommercialisationJourneyError ... on InvalidAgreementTransitionError { currentStatus allowedStatuses } } }"): typeof import('./graphql.js').CommercialisationJourneyTransitionAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyAgreement2($id: ID!) { agreement(id: $id) { id } }"): typeof import('./graphql.js').CommercialisationJourneyAgreement2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {\n      __typename ... on RevenueReceipt { id kind amount { amount currency } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneyRecordRevenueReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {\n      __typename ... on RevenueCost { id kind amount { amount currency } filingReference } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneyRecordRevenueCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneySetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {\n      __typename ... on DistributionPolicy { inventorsShare unitsShare institutionShare validFrom } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneySetDistributionPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyDistributeRevenue($id: ID!, $upTo: Date!) { distributeRevenue(agreementId: $id, upTo: $upTo) {\n      __typename ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency }\n        lines { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn version payer { slug } organization { slug } } }\n      ...CommercialisationJourneyError } }"): typeof import('./graphql.js').CommercialisationJourneyDistributeRevenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommercialisationJourneyMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {\n      __typename ... on DistributionLine { status paidOn paymentReference amount { amount } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').CommercialisationJourneyMarkDistributionLinePaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyAgreements { agreements { totalCount } }"): typeof import('./graphql.js').CommercialisationJourneyAgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyMyDistributionLines { myDistributionLines { totalCount } }"): typeof import('./graphql.js').CommercialisationJourneyMyDistributionLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyMyDistributionLines2 { myDistributionLines { totalCount edges { node { beneficiaryKind inventorName amount { amount currency } status paidOn agreement { code } } } } }"): typeof import('./graphql.js').CommercialisationJourneyMyDistributionLines2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommercialisationJourneyAuditLog($id: ID) { auditLog(organizationId: $id, first: 100) { edges { node { action } } } }"): typeof import('./graphql.js').CommercialisationJourneyAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DealsDealFields on Deal { id stage version agreementId broker { id } provider { id } seeker { id } offer { id } demand { id }\n  history { from to note byName } }"): typeof import('./graphql.js').DealsDealFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DealsOpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { ...DealsDealFields } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').DealsOpenDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DealsAdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) {\n  __typename ... on Deal { stage version agreementId } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').DealsAdvanceDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DealsDropDeal($input: DropDealInput!) { dropDeal(input: $input) {\n  __typename ... on Deal { stage version } ... on InvalidDealTransitionError { allowedStages } ... on ErrorResult { code } } }"): typeof import('./graphql.js').DealsDropDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealsDeal2($id: ID!) { deal(id: $id) { ...DealsDealFields } }"): typeof import('./graphql.js').DealsDeal2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealsDeals($filter: DealFilter) { deals(filter: $filter) { totalCount } }"): typeof import('./graphql.js').DealsDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealsDeal($id: ID!) { deal(id: $id) { agreementId agreement { id code licensee { id } } } }"): typeof import('./graphql.js').DealsDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealsTechnology($id: ID!) { technology(id: $id) { agreements { edges { node { id } } } offers { totalCount edges { node { id } } } } }"): typeof import('./graphql.js').DealsTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DealsTechnologyOffers($first: Int) {\n      technologyOffers(first: $first) { edges { node { title status details price { amount currency } priceNote organization { name } technology { code }\n        interests { message organization { name } offer { title } } } } }\n      technologyDemands(first: $first) { edges { node { title budget { min max currency } organization { name } interests { message } } } }\n      exchangeInterests(first: $first) { edges { node { message status organization { name } offer { title organization { name } } demand { title } } } }\n      deals(first: $first) { totalCount edges { node { stage broker { name } provider { name } seeker { name } offer { title price { amount } }\n        demand { title } interest { message } agreement { code licensee { name } } history { to byName } } } }\n    }"): typeof import('./graphql.js').DealsTechnologyOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DisclosureFields on InventionDisclosure {\n  id title description status decision decisionNotes version submittedAt decidedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }"): typeof import('./graphql.js').DisclosureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisclosuresCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ...DisclosureFields ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').DisclosuresCreateDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisclosuresUpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on VersionConflictError { currentVersion } } }"): typeof import('./graphql.js').DisclosuresUpdateDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisclosuresSubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }"): typeof import('./graphql.js').DisclosuresSubmitDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisclosuresStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }"): typeof import('./graphql.js').DisclosuresStartDisclosureEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisclosuresDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {\n  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }"): typeof import('./graphql.js').DisclosuresDecideDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisclosuresDisclosure($id: ID!) { disclosure(id: $id) { id status } }"): typeof import('./graphql.js').DisclosuresDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisclosuresDisclosures($filter: DisclosureFilter) { disclosures(filter: $filter, first: 10) { totalCount edges { node { title } } } }"): typeof import('./graphql.js').DisclosuresDisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisclosuresMyDisclosures { myDisclosures(first: 10) { edges { node { title } } } }"): typeof import('./graphql.js').DisclosuresMyDisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisclosuresTechnology { technology(code: \"EIU-DISC-01\") { disclosures { status decision } } }"): typeof import('./graphql.js').DisclosuresTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisclosuresDiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) {\n      __typename\n      ... on InventionDisclosure { id status title organization { id } technology { code title owners { share organization { id } } inventors { share externalName user { id } } } }\n      ... on SharesDoNotTotalError { total }\n      ... on ErrorResult { code field } } }"): typeof import('./graphql.js').DisclosuresDiscloseInventionDocument;
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
export function graphql(source: "query FaultsOrganizations { organizations(first: 1) { totalCount } }"): typeof import('./graphql.js').FaultsOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }"): typeof import('./graphql.js').FaultsCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }"): typeof import('./graphql.js').FaultsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsRegister { register(input: {email: \"hung@example.org\", password: \"a long passphrase\", displayName: \"Hung\"}) { __typename } }"): typeof import('./graphql.js').FaultsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreateOrganization2($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug version } ... on ErrorResult { code field } } }"): typeof import('./graphql.js').FaultsCreateOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on ErrorResult { code field } } }"): typeof import('./graphql.js').FaultsUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FaultsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityId } }"): typeof import('./graphql.js').FaultsOrganizationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id } } }"): typeof import('./graphql.js').FaultsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstStartTripleHelixSynergy {\n      tripleHelixSynergy { projects tripleHelixProjects byYear { year projects } }\n      collaborationNetwork(first: 5) { top { organization { slug } degree } }\n      icfFactors { factor projects }\n      helixContributions { helix kind amount suppressed }\n    }"): typeof import('./graphql.js').FirstStartTripleHelixSynergyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstStartCommercialisationFunnel { commercialisationFunnel {\n      total { disclosures patentFilings patentsGranted licencesExecuted startupsFormed licenceIncome { currency amount suppressed } } } }"): typeof import('./graphql.js').FirstStartCommercialisationFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstStartTalentFlows {\n      talentFlows { cells { year kind homeHelix hostHelix placements suppressed } }\n      trainingProgrammes { edges { node { title runner { slug } partners { status organization { slug } contributions { year seatsFunded graduatesHired } } intakes { year trainees } } } }\n    }"): typeof import('./graphql.js').FirstStartTalentFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstStartTechnologyOffers { technologyOffers { totalCount } technologyDemands { totalCount } }"): typeof import('./graphql.js').FirstStartTechnologyOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirstStartIncubation { incubationProgrammes(filter: { search: \"sample\" }) { edges { node {\n      organization { slug parent { slug } } cohorts { edges { node { status graduates { slug } } } } } } }\n      spinOffs { edges { node { organization { slug } incubations { edges { node { status pitch programme { nameEn } } } } } } } }"): typeof import('./graphql.js').FirstStartIncubationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FutureDatesFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on ErrorResult { message field } } }"): typeof import('./graphql.js').FutureDatesFileIpProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FutureDatesFileIpProtection2($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { ... on IpFiling { id version } } }"): typeof import('./graphql.js').FutureDatesFileIpProtection2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FutureDatesUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) { __typename ... on ErrorResult { field } } }"): typeof import('./graphql.js').FutureDatesUpdateIpFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FutureDatesRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) { __typename ... on ErrorResult { field } } }"): typeof import('./graphql.js').FutureDatesRecordRevenueReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FutureDatesRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) { __typename ... on ErrorResult { field } } }"): typeof import('./graphql.js').FutureDatesRecordRevenueCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id slug } } }"): typeof import('./graphql.js').IdempotencyCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyRegister { register(input: {email: \"anon.idempotent@example.org\", password: \"a long passphrase\", displayName: \"Anon\"}) { __typename } }"): typeof import('./graphql.js').IdempotencyRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdempotencyOrganizations { organizations(first: 1) { totalCount } }"): typeof import('./graphql.js').IdempotencyOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationCreateProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {\n  __typename ... on IncubationProgramme { id kind name version organization { id } } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationCreateCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version programme { id } } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationCreateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationUpdateCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version }\n  ... on InvalidIncubationCohortTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationUpdateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename\n  ... on IncubationApplication { id status version pitch startup { id helix kind } cohort { id } programme { id } }\n  ... on IncubationCohortNotOpenError { cohortStatus applicationsCloseOn }\n  ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationChangeStatus($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id status version endedOn decidedAt decisionReason }\n  ... on InvalidIncubationApplicationTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationSetConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {\n  __typename ... on IncubationApplication { id publicConsent version } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationSetConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationAssignMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {\n  __typename ... on IncubationMentor { id current since user { id } organization { id } } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationAssignMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationAddMilestone($input: AddIncubationMilestoneInput!) { addIncubationMilestone(input: $input) {\n  __typename ... on IncubationMilestone { id status version } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationAddMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationMarkMilestone($input: MarkIncubationMilestoneInput!) { markIncubationMilestone(input: $input) {\n  __typename ... on IncubationMilestone { id status metOn version }\n  ... on InvalidIncubationMilestoneTransitionError { allowedStatuses } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationMarkMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationAddReport($input: AddIncubationReportInput!) { addIncubationReport(input: $input) {\n  __typename ... on IncubationReport { id jobs fundsRaised { amount currency } } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').IncubationAddReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncubationCreateSpinOff($input: CreateSpinOffInput!) { createSpinOff(input: $input) { __typename ... on SpinOff { id } } }"): typeof import('./graphql.js').IncubationCreateSpinOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncubationFile($id: ID!) { incubationApplication(id: $id) {\n  id status pitch decisionReason publicConsent startup { id } programme { id name }\n  mentors { user { id } organization { id } current } milestones { title status metOn } reports { jobs fundsRaised { amount currency } } } }"): typeof import('./graphql.js').IncubationFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncubationFiles($filter: IncubationApplicationFilter) { incubationApplications(filter: $filter) { totalCount edges { node { id pitch } } } }"): typeof import('./graphql.js').IncubationFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncubationPublicView($id: ID!) { incubationProgramme(id: $id) {\n  id name organization { id } cohorts { totalCount edges { node { id status graduates { id } } } } } }"): typeof import('./graphql.js').IncubationPublicViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncubationSpinOffs($parent: ID!) { spinOffs(filter: { parentOrganizationId: $parent }) { edges { node {\n  organization { id }\n  incubations { totalCount edges { node { id status pitch mentors { current } reports { jobs } milestones { title } programme { id } } } } } } } }"): typeof import('./graphql.js').IncubationSpinOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncubationNestedFiles($first: Int) { incubationProgrammes(first: $first) { edges { node { id organization { name }\n  cohorts(first: $first) { edges { node { id graduates { name } } } } } } }\n  incubationApplications(first: $first) { edges { node { id pitch startup { name } cohort { name programme { name } } mentors { user { displayName } organization { name } }\n    milestones { title } reports { fundsRaised { amount } } } } } }"): typeof import('./graphql.js').IncubationNestedFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncubationOfOrganization($id: ID!) { organization(id: $id) { incubations { totalCount edges { node { id status pitch } } } } }"): typeof import('./graphql.js').IncubationOfOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightFunnelCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {\n    total { disclosures newPatentApplications patentFilings patentsGranted licencesExecuted optionsExecuted startupsFormed\n            licenceIncome { currency amount suppressed agreements } researchExpenditure { currency amount suppressed projects } }\n    years { year disclosures newPatentApplications patentsGranted licencesExecuted startupsFormed licenceIncome { amount } }\n    conversions { from to rate } } }"): typeof import('./graphql.js').InsightFunnelCommercialisationFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightHelixBasisOrganization($slug: String) { organization(slug: $slug) { id } }"): typeof import('./graphql.js').InsightHelixBasisOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightHelixBasisTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { ... on Project { version status } } }"): typeof import('./graphql.js').InsightHelixBasisTransitionProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightHelixBasisTripleHelixSynergy($filter: CollaborationFilter) {\n        tripleHelixSynergy(filter: $filter) { tripleHelixProjects }\n        icfFactors(filter: $filter) { factor projects tripleHelixProjects }\n        helixContributions(filter: $filter) { helix kind currency amount organizations }\n      }"): typeof import('./graphql.js').InsightHelixBasisTripleHelixSynergyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightHelixBasisCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { top { organization { slug } degree crossHelixDegree } } }"): typeof import('./graphql.js').InsightHelixBasisCollaborationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightIndicatorsReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id factor indicator value unit status version organization { id } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightIndicatorsReportIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightIndicatorsReviewIndicator($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id status version reviewNote } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightIndicatorsReviewIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightIndicatorsCorrectIndicator($input: CorrectIndicatorInput!) { correctIndicator(input: $input) {\n    __typename ... on IndicatorMeasurement { id status value version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightIndicatorsCorrectIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightIndicatorsIndicatorMeasurements($filter: IndicatorFilter) { indicatorMeasurements(filter: $filter) { totalCount edges { node { indicator value status } } } }"): typeof import('./graphql.js').InsightIndicatorsIndicatorMeasurementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightIndicatorsIcfSelfAssessment { icfSelfAssessment(filter: { fromYear: 2025, toYear: 2025 }) { fromYear toYear factors { factor projects { projects } measurements { indicator value status } } } }"): typeof import('./graphql.js').InsightIndicatorsIcfSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightMoneyHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations projects } }"): typeof import('./graphql.js').InsightMoneyHelixContributionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightMoneyIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects tripleHelixProjects participants organizations budgets { currency amount suppressed projects } } }"): typeof import('./graphql.js').InsightMoneyIcfFactorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightNetworkCollaborationNetwork($filter: CollaborationFilter, $rankBy: NetworkRanking, $first: Int) {\n  collaborationNetwork(filter: $filter, rankBy: $rankBy, first: $first) {\n    organizations links density exact sources\n    top { rank organizationId helix degree crossHelixDegree collaborations betweenness crossHelixBetweenness organization { slug } }\n  }\n}"): typeof import('./graphql.js').InsightNetworkCollaborationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightNetworkBridgingOrganizations { bridgingOrganizations(filter: { fromYear: 2020, toYear: 2020 }, first: 2) { rank organization { slug } crossHelixBetweenness } }"): typeof import('./graphql.js').InsightNetworkBridgingOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightNetworkCollaborationNetwork2 { collaborationNetwork { organizations top { organizationId } } }"): typeof import('./graphql.js').InsightNetworkCollaborationNetwork2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightNetworkCollaborationNetwork3 { collaborationNetwork(first: 101) { organizations } }"): typeof import('./graphql.js').InsightNetworkCollaborationNetwork3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightScopeTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on Project { status } } }"): typeof import('./graphql.js').InsightScopeTransitionProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightScopeReports($filter: CollaborationFilter) {\n    tripleHelixSynergy(filter: $filter) { projects tripleHelixProjects }\n    icfFactors(filter: $filter) { factor projects }\n    icfSelfAssessment(filter: $filter) { factors { factor measurements { organization { id } } } }\n    collaborationNetwork(filter: $filter, first: 50) { organizations top { organizationId collaborations } }\n  }"): typeof import('./graphql.js').InsightScopeReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightScopeReportIndicator($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename } }"): typeof import('./graphql.js').InsightScopeReportIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightSynergyTripleHelixSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {\n  projects tripleHelixProjects tripleHelixShare tripleHelix academiaIndustry academiaGovernment industryGovernment quadrupleHelix\n  entropies { helices bits }\n  combinations { academia industry government civilSociety projects }\n  byYear { year projects tripleHelix combinations { academia industry government civilSociety projects } }\n} }"): typeof import('./graphql.js').InsightSynergyTripleHelixSynergyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightSynergyTripleHelixSynergy2 { tripleHelixSynergy { projects byYear { year } } }"): typeof import('./graphql.js').InsightSynergyTripleHelixSynergy2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightTalentNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, rankBy: DEGREE, first: 100) {\n  organizations links top { organizationId degree collaborations } } }"): typeof import('./graphql.js').InsightTalentNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightTalentSynergy($filter: CollaborationFilter) { tripleHelixSynergy(filter: $filter) {\n  projects academiaIndustry combinations { academia industry government civilSociety projects } byYear { year projects } } }"): typeof import('./graphql.js').InsightTalentSynergyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightTalentIcf($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects measures { measure count suppressed } } }"): typeof import('./graphql.js').InsightTalentIcfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightTalentSelfAssessment($filter: CollaborationFilter) { icfSelfAssessment(filter: $filter) {\n  factors { factor projects { measures { measure count suppressed } } } } }"): typeof import('./graphql.js').InsightTalentSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightTalentFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) {\n  total { startupsFormed startupsIncubated startupsGraduated } years { year startupsIncubated startupsGraduated } conversions { from to rate } } }"): typeof import('./graphql.js').InsightTalentFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {\n  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {\n  __typename ... on Placement { id version status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentAgreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentWithdraw($id: ID!) { withdrawPlacement(id: $id) { __typename ... on Placement { id status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentIncubationProgramme($input: CreateIncubationProgrammeInput!) { createIncubationProgramme(input: $input) {\n  __typename ... on IncubationProgramme { id } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').InsightTalentIncubationProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentCohort($input: CreateIncubationCohortInput!) { createIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id version } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').InsightTalentCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentOpenCohort($input: UpdateIncubationCohortInput!) { updateIncubationCohort(input: $input) {\n  __typename ... on IncubationCohort { id status version } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').InsightTalentOpenCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentApply($input: ApplyToIncubationCohortInput!) { applyToIncubationCohort(input: $input) {\n  __typename ... on IncubationApplication { id version startup { id } } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').InsightTalentApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentDecide($input: ChangeIncubationApplicationStatusInput!) { changeIncubationApplicationStatus(input: $input) {\n  __typename ... on IncubationApplication { id status version } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').InsightTalentDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentConsent($input: SetIncubationConsentInput!) { setIncubationConsent(input: $input) {\n  __typename ... on IncubationApplication { id version publicConsent } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').InsightTalentConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentMentor($input: AssignIncubationMentorInput!) { assignIncubationMentor(input: $input) {\n  __typename ... on IncubationMentor { id } ... on ErrorResult { errorCode message field } } }"): typeof import('./graphql.js').InsightTalentMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentTraining($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {\n  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentInvitePartner($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {\n  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentInvitePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {\n  __typename ... on TrainingPartner { id version status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentContribution($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {\n  __typename ... on TrainingPartner { id version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentContributionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightTalentIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {\n  __typename ... on TrainingProgramme { id version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').InsightTalentIntakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightTrlTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) {\n    technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } projects averageGainPerProject } }"): typeof import('./graphql.js').InsightTrlTrlProgressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightTrlProject($code: String) { project(code: $code) { code trlGained } }"): typeof import('./graphql.js').InsightTrlProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IpFilingFields on IpFiling { id type jurisdiction applicationNumber priorityDate filingDate publicationDate grantDate registrationNumber status version\n  parentFiling { id } technology { code } deadlines { kind dueOn daysLeft legalSource } }"): typeof import('./graphql.js').IpFilingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IpFilingsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').IpFilingsFileIpProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IpFilingsTransitionIpFiling($input: TransitionIpFilingInput!) { transitionIpFiling(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on InvalidIpFilingTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').IpFilingsTransitionIpFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IpFilingsUpdateIpFiling($input: UpdateIpFilingInput!) { updateIpFiling(input: $input) {\n  __typename ... on IpFiling { ...IpFilingFields } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').IpFilingsUpdateIpFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IpFilingsUpcomingDeadlines($withinDays: Int!, $organizationId: ID) { upcomingDeadlines(withinDays: $withinDays, organizationId: $organizationId) {\n  kind dueOn daysLeft description legalSource filing { id jurisdiction } } }"): typeof import('./graphql.js').IpFilingsUpcomingDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IpFilingsTechnology { technology(code: \"EIU-IP-01\") { ipFilings { id deadlines { kind dueOn daysLeft } } } }"): typeof import('./graphql.js').IpFilingsTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IpFilingsIpFilings($filter: IpFilingFilter) { ipFilings(filter: $filter, first: 50) { totalCount edges { node { id } } } }"): typeof import('./graphql.js').IpFilingsIpFilingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token } } }"): typeof import('./graphql.js').JourneyInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } } } }"): typeof import('./graphql.js').JourneyAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyCreateOrganization { createOrganization(input: {name: \"Sample Smart Factory Startup\", helix: INDUSTRY, kind: STARTUP, country: \"VN\", province: \"Bình Dương\"}) { ... on Organization { id verified } } }"): typeof import('./graphql.js').JourneyCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyCreateApiKey($id: ID!) { createApiKey(input: {organizationId: $id, name: \"Factory dashboard\", scopes: [READ]}) { secret apiKey { id } } }"): typeof import('./graphql.js').JourneyCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyOrganization($id: ID) { organization(id: $id) { members { totalCount } } }"): typeof import('./graphql.js').JourneyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyOrganizations { organizations { totalCount } }"): typeof import('./graphql.js').JourneyOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyOrganization2 { organization(slug: \"becamex-idc\") { id version } }"): typeof import('./graphql.js').JourneyOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }"): typeof import('./graphql.js').JourneyUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }"): typeof import('./graphql.js').JourneyAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyAuditLog2($id: ID) { auditLog(organizationId: $id) { edges { node { action actor { displayName } } } } }"): typeof import('./graphql.js').JourneyAuditLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { invitation { id } } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').MailInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { status } } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').MailAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename ... on User { language } } }"): typeof import('./graphql.js').MailUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename ... on Membership { id } } }"): typeof import('./graphql.js').MailRequestMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailApprove($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }"): typeof import('./graphql.js').MailApproveDocument;
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
export function graphql(source: "query MetricsDirectory { organizations(first: 1) { totalCount } }"): typeof import('./graphql.js').MetricsDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsMe { me { id } }"): typeof import('./graphql.js').MetricsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MetricsRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code } } }"): typeof import('./graphql.js').MetricsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MetricsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }"): typeof import('./graphql.js').MetricsOrganizationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyRulesCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id budget { amount currency } } ... on ErrorResult { code field } } }"): typeof import('./graphql.js').MoneyRulesCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyRulesCreateOrganization { createOrganization(input: { name: \"Công ty Mẫu\", helix: INDUSTRY, kind: PRIVATE_COMPANY, country: \"VN\" }) { ... on Organization { id } } }"): typeof import('./graphql.js').MoneyRulesCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyRulesCreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { __typename } }"): typeof import('./graphql.js').MoneyRulesCreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyRulesCreateDemand($input: CreateDemandInput!) { createDemand(input: $input) { __typename } }"): typeof import('./graphql.js').MoneyRulesCreateDemandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OfferTrlCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {\n  __typename ... on TechnologyOffer { id version trl assessedTrl trlVerified } ... on ErrorResult { message field } } }"): typeof import('./graphql.js').OfferTrlCreateOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferTrlTechnologyOffers($minTrl: Int) { technologyOffers(filter: { minTrl: $minTrl }) { edges { node { id trl assessedTrl trlVerified } } } }"): typeof import('./graphql.js').OfferTrlTechnologyOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfferTrlTechnologyOffer($id: ID!) { technologyOffer(id: $id) { trl assessedTrl trlVerified } }"): typeof import('./graphql.js').OfferTrlTechnologyOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename\n  ... on Organization { id slug name verified version helix secondaryHelices parent { slug } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').OrganizationAdminCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename\n  ... on Organization { id name website version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').OrganizationAdminUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes active } } }"): typeof import('./graphql.js').OrganizationAdminCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAdminOrganization($id: ID) { organization(id: $id) { apiKeys { id } } }"): typeof import('./graphql.js').OrganizationAdminOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }"): typeof import('./graphql.js').OrganizationAdminVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAdminOrganizations { organizations { totalCount } }"): typeof import('./graphql.js').OrganizationAdminOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAdminOrganization2($id: ID) { organization(id: $id) { apiKeys { id name prefix active } } }"): typeof import('./graphql.js').OrganizationAdminOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { active } }"): typeof import('./graphql.js').OrganizationAdminRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminRevokeApiKey2($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }"): typeof import('./graphql.js').OrganizationAdminRevokeApiKey2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }"): typeof import('./graphql.js').OrganizationAdminArchiveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganizationAdminArchiveOrganization2($id: ID!) { archiveOrganization(id: $id) { archivedAt } }"): typeof import('./graphql.js').OrganizationAdminArchiveOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAdminOrganization3($id: ID) { organization(id: $id) { slug } }"): typeof import('./graphql.js').OrganizationAdminOrganization3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAdminOrganizations2 { organizations(filter: {search: \"doomed\", includeArchived: true}) { totalCount } }"): typeof import('./graphql.js').OrganizationAdminOrganizations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAdminAuditLog($org: ID, $first: Int, $after: String, $filter: AuditFilter) { auditLog(organizationId: $org, first: $first, after: $after, filter: $filter) {\n      totalCount edges { node { action actorUserId actorApiKeyId organizationId entityType entityId requestId changes { field before after } } }\n      pageInfo { hasNextPage endCursor }\n    } }"): typeof import('./graphql.js').OrganizationAdminAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationAdminAuditLog2($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actor { id displayName } } } } }"): typeof import('./graphql.js').OrganizationAdminAuditLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query List($filter: OrganizationFilter, $first: Int) {\n  organizations(filter: $filter, first: $first) { totalCount edges { node { slug name nameEn helix } } }\n}"): typeof import('./graphql.js').ListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }"): typeof import('./graphql.js').OrganizationsOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization { organization(slug: \"becamex-idc\") { helix secondaryHelices kind } }"): typeof import('./graphql.js').OrganizationsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization2 { organization(slug: \"eiu\") { id } }"): typeof import('./graphql.js').OrganizationsOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganizations2 { organizations(filter: {search: \"no such actor\"}) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): typeof import('./graphql.js').OrganizationsOrganizations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganizations3 { organizations(filter: {search: \"ordering sample\"}) { edges { node { name } } } }"): typeof import('./graphql.js').OrganizationsOrganizations3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization3 {\n      organization(slug: \"binh-duong-dost\") { name parent { slug parent { slug } children { slug } } children { slug } }\n    }"): typeof import('./graphql.js').OrganizationsOrganization3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization4 { organization(slug: \"eindhoven\") { id slug country province website verified createdAt updatedAt } }"): typeof import('./graphql.js').OrganizationsOrganization4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization5($id: ID) { organization(id: $id) { slug } }"): typeof import('./graphql.js').OrganizationsOrganization5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization6 { organization(slug: \"atlantis\") { id } }"): typeof import('./graphql.js').OrganizationsOrganization6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization7 { organization { id } }"): typeof import('./graphql.js').OrganizationsOrganization7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOrganization8 { organization(slug: \"eiu\", id: \"00000000-0000-4000-8000-000000000000\") { id } }"): typeof import('./graphql.js').OrganizationsOrganization8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Page($first: Int, $after: String, $orderBy: OrganizationOrder, $filter: OrganizationFilter) {\n  organizations(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {\n    totalCount\n    edges { cursor node { id name createdAt } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}"): typeof import('./graphql.js').PageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaginationOrganizations { organizations(first: 5) { edges { node { id } } } }"): typeof import('./graphql.js').PaginationOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaginationOrganizations2 { organizations(first: 5) { totalCount edges { node { id } } } }"): typeof import('./graphql.js').PaginationOrganizations2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaginationOrganizations3($first: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n      name parent { name children { name } } children { name parent { name } }\n    } } } }"): typeof import('./graphql.js').PaginationOrganizations3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnershipsAddPartnershipParty($id: ID!, $org: ID!) { addPartnershipParty(partnershipId: $id, organizationId: $org) {\n  __typename\n  ... on Partnership { id version parties { id } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PartnershipsAddPartnershipPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnershipsRemovePartnershipParty($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {\n  __typename\n  ... on Partnership { id version parties { id } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PartnershipsRemovePartnershipPartyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnershipsChangePartnershipStatus($id: ID!, $status: PartnershipStatus!) { changePartnershipStatus(id: $id, status: $status) {\n  __typename\n  ... on Partnership { id status version }\n  ... on InvalidPartnershipTransitionError { currentStatus allowedStatuses }\n  ... on PartnershipConsentPendingError { pendingPartyIds }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PartnershipsChangePartnershipStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsPartnerships($first: Int, $after: String, $filter: PartnershipFilter) { partnerships(first: $first, after: $after, filter: $filter) {\n  totalCount\n  edges { cursor node { id title status type parties { id name } } }\n  pageInfo { hasNextPage hasPreviousPage endCursor }\n} }"): typeof import('./graphql.js').PartnershipsPartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsOrganization($id: ID!, $first: Int, $after: String) { organization(id: $id) { partnerships(first: $first, after: $after) {\n  totalCount\n  edges { node { id parties { id } } }\n  pageInfo { hasNextPage endCursor }\n} } }"): typeof import('./graphql.js').PartnershipsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnershipsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }"): typeof import('./graphql.js').PartnershipsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartnershipsRemovePartnershipParty2($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {\n      __typename\n      ... on Partnership { id status version parties { id } }\n      ... on PartyWithdrawalRequiredError { partyId }\n      ... on ErrorResult { code message field }\n    } }"): typeof import('./graphql.js').PartnershipsRemovePartnershipParty2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsPartnerships2($first: Int) { partnerships(first: $first) { edges { node { id amendment { id changes { field } consents { organizationId consent } } } } } }"): typeof import('./graphql.js').PartnershipsPartnerships2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsPartnerships3($first: Int) { partnerships(first: $first) { edges { node { id parties { id name } } } } }"): typeof import('./graphql.js').PartnershipsPartnerships3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsOrganizations($first: Int) { organizations(first: $first) { edges { node { id partnerships(first: 3) { totalCount edges { node { id parties { id } } } } } } } }"): typeof import('./graphql.js').PartnershipsOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsPartnership($id: ID!) { partnership(id: $id) { type title description status signedOn validFrom validUntil parties { slug } } }"): typeof import('./graphql.js').PartnershipsPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsPropose($input: ProposePlacementInput!) { proposePlacement(input: $input) {\n  __typename\n  ... on Placement { id kind title topic startsOn endsOn status proposedBy homeAgreedAt hostAgreedAt withdrawnAt version mine\n    person { id displayName } supervisor { id } tutor { id } homeAgreedBy { id } hostAgreedBy { id } homeOrganization { id } hostOrganization { id } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PlacementsProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsUpdate($input: UpdatePlacementInput!) { updatePlacement(input: $input) {\n  __typename\n  ... on Placement { id title status version homeAgreedAt hostAgreedAt hostAgreedBy { id } supervisor { id } }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PlacementsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsAgree($input: AgreePlacementInput!) { agreePlacement(input: $input) {\n  __typename\n  ... on Placement { id status version homeAgreedAt hostAgreedAt }\n  ... on PlacementAgreementError { currentStatus }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PlacementsAgreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsChangeStatus($input: ChangePlacementStatusInput!) { changePlacementStatus(input: $input) {\n  __typename\n  ... on Placement { id status version }\n  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PlacementsChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsWithdraw($id: ID!) { withdrawPlacement(id: $id) {\n  __typename\n  ... on Placement { id status title withdrawnAt person { id } }\n  ... on InvalidPlacementTransitionError { currentStatus allowedStatuses }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').PlacementsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacementsOne($id: ID!) { placement(id: $id) {\n  id kind title topic status version mine person { id displayName } supervisor { id } tutor { id } homeOrganization { id } hostOrganization { id } } }"): typeof import('./graphql.js').PlacementsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacementsList($filter: PlacementFilter) { placements(first: 100, filter: $filter) {\n  totalCount edges { node { id status title mine person { id } } } } }"): typeof import('./graphql.js').PlacementsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacementsOfOrganization($id: ID!) { organization(id: $id) { placements(first: 100) { totalCount edges { node { id person { id } } } } } }"): typeof import('./graphql.js').PlacementsOfOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacementsTalentFlows($filter: TalentFlowsFilter) { talentFlows(filter: $filter) { cells { year kind homeHelix hostHelix placements suppressed } } }"): typeof import('./graphql.js').PlacementsTalentFlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementsCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename } }"): typeof import('./graphql.js').PlacementsCreateEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ProgrammeRequestsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {\n  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ProgrammeRequestsUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }"): typeof import('./graphql.js').ProgrammeRequestsCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProgrammeRequestFields on ProgrammeAttachmentRequest { id status requestMessage reason projectCode projectTitle fromProgrammeId requestingOrganizationId requestedById decidedById decidedAt\n  programme { code } requestingOrganization { id } }"): typeof import('./graphql.js').ProgrammeRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) { requestProgrammeAttachment(input: $input) {\n  __typename\n  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields }\n  ... on Project { id version programme { code } }\n  ... on ProgrammeRequestOpenError { requestId }\n  ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ProgrammeRequestsRequestProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsAcceptProgrammeAttachment($id: ID!) { acceptProgrammeAttachment(requestId: $id) {\n  __typename\n  ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields project { version programme { code } } }\n  ... on ProgrammeRequestStateError { status }\n  ... on ProjectMovedError { currentProgrammeId }\n  ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ProgrammeRequestsAcceptProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsDeclineProgrammeAttachment($id: ID!, $reason: String) { declineProgrammeAttachment(requestId: $id, reason: $reason) {\n  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ProgrammeRequestsDeclineProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsWithdrawProgrammeAttachment($id: ID!) { withdrawProgrammeAttachment(requestId: $id) {\n  __typename ... on ProgrammeAttachmentRequest { ...ProgrammeRequestFields } ... on ProgrammeRequestStateError { status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ProgrammeRequestsWithdrawProgrammeAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeRequestsProgrammes($status: ProgrammeRequestStatus, $first: Int, $after: String) { programmes { code\n  attachmentRequests(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id status projectCode } } } } }"): typeof import('./graphql.js').ProgrammeRequestsProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeRequestsProject($id: ID!) { project(id: $id) { version programme { code } programmeRequests { id status programme { code } } } }"): typeof import('./graphql.js').ProgrammeRequestsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeRequestsAuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action entityType entityId } } } }"): typeof import('./graphql.js').ProgrammeRequestsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProgrammeRequestsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }"): typeof import('./graphql.js').ProgrammeRequestsProjectChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProgrammeRequestsOrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { action entityType } }"): typeof import('./graphql.js').ProgrammeRequestsOrganizationActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProgrammeRequestsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }"): typeof import('./graphql.js').ProgrammeRequestsArchiveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeRequestsProgrammes2($first: Int, $after: String) { programmes { code attachmentRequests(first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges { node { id status projectCode project { code } programme { code owner { name } } requestingOrganization { name } } } } } }"): typeof import('./graphql.js').ProgrammeRequestsProgrammes2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeRequestsProjects($first: Int) { projects(first: $first) { edges { node { code programmeRequests { id status programme { code } requestingOrganization { name } } } } } }"): typeof import('./graphql.js').ProgrammeRequestsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsCreateProject($input: CreateProjectInput!) { createProject(input: $input) {\n  __typename ... on Project { id code version status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').ProjectsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsInviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {\n  __typename ... on ProjectParticipant { id status role } ... on ErrorResult { code field } } }"): typeof import('./graphql.js').ProjectsInviteParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) {\n  __typename ... on Project { status version } ... on InvalidTransitionError { allowedStatuses } ... on ErrorResult { code } } }"): typeof import('./graphql.js').ProjectsTransitionProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { ... on InvitationCreated { token } } }"): typeof import('./graphql.js').ProjectsInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }"): typeof import('./graphql.js').ProjectsAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project {\n        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } } } } }"): typeof import('./graphql.js').ProjectsUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsUpdateParticipant($input: UpdateParticipantInput!) { updateParticipant(input: $input) {\n      __typename ... on ProjectParticipant { version contribution { cash { amount currency } } } ... on ErrorResult { code field } } }"): typeof import('./graphql.js').ProjectsUpdateParticipantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProjects { projects { totalCount } }"): typeof import('./graphql.js').ProjectsProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsUpdateProject2($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { visibility version } } }"): typeof import('./graphql.js').ProjectsUpdateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsUpdateProject3($input: UpdateProjectInput!) { updateProject(input: $input) {\n      __typename ... on Project { version title } ... on VersionConflictError { currentVersion } } }"): typeof import('./graphql.js').ProjectsUpdateProject3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProjects2($f: ProjectFilter) { projects(filter: $f) { totalCount edges { node { code } } } }"): typeof import('./graphql.js').ProjectsProjects2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProjects3($first: Int) { projects(first: $first) { edges { node {\n      code helices isTripleHelix budget { amount } milestones { title overdue } participants { role organization { name } contribution { cash { amount } } }\n    } } } }"): typeof import('./graphql.js').ProjectsProjects3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status overdue version completedOn } }"): typeof import('./graphql.js').ProjectsAddMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) {\n      __typename ... on Milestone { status completedOn overdue version } ... on ErrorResult { code field } } }"): typeof import('./graphql.js').ProjectsUpdateMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProject($code: String) { project(code: $code) { milestones { title dueDate } } }"): typeof import('./graphql.js').ProjectsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsProgrammes { programmes { id code name owner { slug } } }"): typeof import('./graphql.js').ProjectsProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectsCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename } }"): typeof import('./graphql.js').ProjectsCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectsOrganization { organization(slug: \"eiu-fablab\") { projects { totalCount edges { node { code } } } } }"): typeof import('./graphql.js').ProjectsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsLogin($input: LoginInput!) { login(input: $input) { __typename } }"): typeof import('./graphql.js').RateLimitsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitsRegister($input: RegisterInput!) { register(input: $input) { __typename } }"): typeof import('./graphql.js').RateLimitsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitsOrganizations { organizations { totalCount } }"): typeof import('./graphql.js').RateLimitsOrganizationsDocument;
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
export function graphql(source: "query ReadPathOrganizations($first: Int, $projects: Int, $after: String) {\n    organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n      id slug\n      projects(first: $projects, after: $after, orderBy: {field: TITLE, direction: DESC}) {\n        totalCount\n        edges { cursor node { code title budget { amount currency } participants { role since } } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    } } } }"): typeof import('./graphql.js').ReadPathOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadPathProjects($organizationId: ID!, $first: Int, $after: String) {\n    projects(first: $first, after: $after, orderBy: {field: TITLE, direction: DESC}, filter: {organizationId: $organizationId}) {\n      totalCount\n      edges { cursor node { code title budget { amount currency } participants { role since } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    } }"): typeof import('./graphql.js').ReadPathProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadPathProjects2($organizationId: ID!) { projects(first: 40, filter: {organizationId: $organizationId}) { edges { node {\n        helices isTripleHelix contributionsByHelix { helix cash { amount currency } inKind { amount currency } }\n        participants { status organization { helix secondaryHelices } contribution { cash { amount currency } inKindValue { amount currency } } } } } } }"): typeof import('./graphql.js').ReadPathProjects2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadPathProjects3($organizationId: ID!) { projects(first: 20, filter: {organizationId: $organizationId}) { edges { node { code helices } } } }"): typeof import('./graphql.js').ReadPathProjects3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadPathOrganization($id: ID) { organization(id: $id) { version helix secondaryHelices } }"): typeof import('./graphql.js').ReadPathOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadPathUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on Organization { version } } }"): typeof import('./graphql.js').ReadPathUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadPathOrganization2($id: ID) { organization(id: $id) {\n        newest: projects(first: 1) { edges { node { code } } }\n        byTitle: projects(first: 2, orderBy: {field: TITLE}) { edges { node { title } } }\n      } }"): typeof import('./graphql.js').ReadPathOrganization2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportDisclosureCreateProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on Project { id version } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').ReportDisclosureCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportDisclosureTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { __typename ... on ErrorResult { code message } } }"): typeof import('./graphql.js').ReportDisclosureTransitionProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportDisclosureIcfFactors($filter: CollaborationFilter) { icfFactors(filter: $filter) { factor projects budgets { currency amount suppressed projects } } }"): typeof import('./graphql.js').ReportDisclosureIcfFactorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportDisclosureHelixContributions($filter: CollaborationFilter) { helixContributions(filter: $filter) { helix kind currency amount suppressed organizations } }"): typeof import('./graphql.js').ReportDisclosureHelixContributionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportDisclosureTrlProgression($filter: CollaborationFilter) { trlProgression(filter: $filter) { technologies averageFirstLevel averageCurrentLevel averageGain currentLevels { value technologies } gains { value technologies } averageGainPerProject } }"): typeof import('./graphql.js').ReportDisclosureTrlProgressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportDisclosureCommercialisationFunnel($filter: FunnelFilter) { commercialisationFunnel(filter: $filter) { total { researchExpenditure { currency amount suppressed projects } } } }"): typeof import('./graphql.js').ReportDisclosureCommercialisationFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportDisclosureCollaborationNetwork($filter: CollaborationFilter) { collaborationNetwork(filter: $filter, first: 100) { organizations links top { organizationId } } }"): typeof import('./graphql.js').ReportDisclosureCollaborationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogBrokenFounding($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }"): typeof import('./graphql.js').LogBrokenFoundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LogRefusedActivity($id: ID!) { organizationActivity(organizationId: $id) { action } }"): typeof import('./graphql.js').LogRefusedActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevenueRecordRevenueReceipt($input: RecordRevenueReceiptInput!) { recordRevenueReceipt(input: $input) {\n  __typename\n  ... on RevenueReceipt { id kind amount { amount currency } receivedOn distributionId milestonePaymentId }\n  ... on AgreementStateError { currentStatus }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RevenueRecordRevenueReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevenueRecordRevenueCost($input: RecordRevenueCostInput!) { recordRevenueCost(input: $input) {\n  __typename\n  ... on RevenueCost { id kind amount { amount currency } technologyId }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RevenueRecordRevenueCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevenueSetDistributionPolicy($input: SetDistributionPolicyInput!) { setDistributionPolicy(input: $input) {\n  __typename\n  ... on DistributionPolicy { id inventorsShare unitsShare institutionShare validFrom }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RevenueSetDistributionPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RevenueLineFields on DistributionLine { id beneficiaryKind technologyInventorId inventorUserId inventorName amount { amount currency } status paidOn paymentReference periodEnd version\n  payer { id } organization { id } }"): typeof import('./graphql.js').RevenueLineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevenueDistributeRevenue($agreementId: ID!, $upTo: Date!) { distributeRevenue(agreementId: $agreementId, upTo: $upTo) {\n  __typename\n  ... on RevenueDistribution { id periodEnd gross { amount currency } costs { amount } net { amount currency } lines { ...RevenueLineFields } }\n  ... on MissingDistributionPolicyError { organizationId }\n  ... on NegativeNetRevenueError { gross { amount } costs { amount } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RevenueDistributeRevenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevenueMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) { markDistributionLinePaid(input: $input) {\n  __typename\n  ... on DistributionLine { id status paidOn paymentReference version }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').RevenueMarkDistributionLinePaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueAgreement($id: ID!) { agreement(id: $id) {\n  id terms { currency }\n  receipts { id amount { amount } distributionId }\n  costs { id amount { amount } distributionId }\n  distributions { id net { amount } lines { id amount { amount } } }\n} }"): typeof import('./graphql.js').RevenueAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueMyDistributionLines { myDistributionLines { totalCount edges { node { id amount { amount } beneficiaryKind inventorName agreement { id } } } } }"): typeof import('./graphql.js').RevenueMyDistributionLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevenueOrganization($id: ID!) { organization(id: $id) { distributionPolicies { validFrom } } }"): typeof import('./graphql.js').RevenueOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduledJobsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }"): typeof import('./graphql.js').ScheduledJobsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduledJobsAddObligation($input: AddObligationInput!) { addObligation(input: $input) { __typename ... on AgreementObligation { id } } }"): typeof import('./graphql.js').ScheduledJobsAddObligationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduledJobsFileIpProtection($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').ScheduledJobsFileIpProtectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduledJobsMe { me { id } }"): typeof import('./graphql.js').ScheduledJobsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServerProcessOrganizationCount { organizations { totalCount } }"): typeof import('./graphql.js').ServerProcessOrganizationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServerProcessOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }"): typeof import('./graphql.js').ServerProcessOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServerProcessSynergy { tripleHelixSynergy { projects } }"): typeof import('./graphql.js').ServerProcessSynergyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServerProcessLogin($input: LoginInput!) { login(input: $input) { __typename } }"): typeof import('./graphql.js').ServerProcessLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServerProcessOrganization { organization(slug: \"sample-kept\") { name } organizations { totalCount } }"): typeof import('./graphql.js').ServerProcessOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpinOffsSpinOffs($filter: SpinOffFilter) { spinOffs(filter: $filter) { totalCount edges { node { id foundedOn status equityHeld organization { name } parentOrganization { id } } } } }"): typeof import('./graphql.js').SpinOffsSpinOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpinOffsOrganization($id: ID!) { organization(id: $id) { spinOffs { totalCount } } }"): typeof import('./graphql.js').SpinOffsOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) {\n  kind dryRun applied rowsRead created updated unchanged\n  problems { row column code message }\n  rows { row key action recordId }\n} }"): typeof import('./graphql.js').ImportSpreadsheetForTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StandardIdentifiersCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {\n  __typename ... on Organization { id rorId verified version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').StandardIdentifiersCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StandardIdentifiersUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {\n  __typename ... on Organization { rorId verified version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').StandardIdentifiersUpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StandardIdentifiersUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) {\n  __typename ... on User { displayName orcid } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').StandardIdentifiersUpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StandardIdentifiersCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename ... on Technology { id inventors { orcid user { orcid } } } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').StandardIdentifiersCreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StandardIdentifiersOrganizations($rorId: String) { organizations(filter: { rorId: $rorId }) { totalCount edges { node { id } } } }"): typeof import('./graphql.js').StandardIdentifiersOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StandardIdentifiersVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }"): typeof import('./graphql.js').StandardIdentifiersVerifyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StandardIdentifiersMe { me { orcid } }"): typeof import('./graphql.js').StandardIdentifiersMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StandardIdentifiersTechnologies($orcid: String) { technologies(filter: { inventorOrcid: $orcid }) { totalCount } }"): typeof import('./graphql.js').StandardIdentifiersTechnologiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }"): typeof import('./graphql.js').SubscriptionsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken refreshToken } } }"): typeof import('./graphql.js').SubscriptionsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }"): typeof import('./graphql.js').SubscriptionsProjectChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id version } } }"): typeof import('./graphql.js').SubscriptionsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { version } } }"): typeof import('./graphql.js').SubscriptionsUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { __typename } }"): typeof import('./graphql.js').SubscriptionsRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }"): typeof import('./graphql.js').SubscriptionsCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCreateProject2($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }"): typeof import('./graphql.js').SubscriptionsCreateProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }"): typeof import('./graphql.js').SubscriptionsArchiveOrganizationDocument;
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
export function graphql(source: "mutation AuthorizationMatrixCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }"): typeof import('./graphql.js').AuthorizationMatrixCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationMatrixCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }"): typeof import('./graphql.js').AuthorizationMatrixCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationMatrixVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }"): typeof import('./graphql.js').AuthorizationMatrixVerifyOrganizationDocument;
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
export function graphql(source: "mutation FixturesExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {\n  __typename\n  ... on ExchangeInterest { id status }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').FixturesExpressInterestDocument;
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
export function graphql(source: "mutation CreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {\n  __typename\n  ... on Technology { id code version inventors { id } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').CreateTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {\n  __typename\n  ... on Technology { currentTrl }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').AssessTrlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SyntheticLogin($input: LoginInput!) { login(input: $input) { __typename ... on AuthPayload { accessToken } } }"): typeof import('./graphql.js').SyntheticLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyntheticProjects { projects(first: 5) { totalCount edges { node { code participants { role } } } } }"): typeof import('./graphql.js').SyntheticProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TechnologiesReadNode on Technology { id code title currentTrl createdAt\n    owners { share validFrom validUntil organization { id name } }\n    inventors { share externalName user { id displayName } affiliationOrganization { id } }\n    trlHistory { level assessedOn recordedAt assessor { id } recordedBy { displayName } }\n    projects { code participants { role organization { id } } technologies { code } }\n    disclosures { title status submittedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }\n    ipFilings { type status filingDate parentFiling { id } technology { code } deadlines { kind dueOn daysLeft filing { id } } } }"): typeof import('./graphql.js').TechnologiesReadNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadTechnologies2($first: Int, $after: String) { technologies(first: $first, after: $after, orderBy: {field: CODE}) {\n    totalCount edges { cursor node { ...TechnologiesReadNode } } pageInfo { hasNextPage hasPreviousPage endCursor } } }"): typeof import('./graphql.js').TechnologiesReadTechnologies2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadDisclosures($first: Int) { disclosures(first: $first) { totalCount edges { node {\n    id title status decision createdAt organization { id } submittedBy { displayName } technology { code owners { share } ipFilings { id } } } } } }"): typeof import('./graphql.js').TechnologiesReadDisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadIpFilings($first: Int) { ipFilings(first: $first) { totalCount edges { node {\n    id type jurisdiction status priorityDate grantDate technology { code inventors { share } } deadlines { kind dueOn filing { id } } } } } }"): typeof import('./graphql.js').TechnologiesReadIpFilingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadOrganizations($first: Int, $technologies: Int) { organizations(first: $first, orderBy: {field: CREATED_AT}) { edges { node {\n    id technologies(first: $technologies, orderBy: {field: CODE}) { totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } }\n  } } } }"): typeof import('./graphql.js').TechnologiesReadOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadUpcomingDeadlines($first: Int) { upcomingDeadlines(withinDays: 3650, first: $first) { kind dueOn daysLeft filing { id technology { code owners { share } } } } }"): typeof import('./graphql.js').TechnologiesReadUpcomingDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadOrganization($id: ID) { organization(id: $id) { technologies(first: 0, filter: {trlMin: 3, search: \"a%_\"}) { edges { node { id } } pageInfo { hasNextPage } } } }"): typeof import('./graphql.js').TechnologiesReadOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadTechnology($id: ID) { technology(id: $id) { id inventors { user { id } } } }"): typeof import('./graphql.js').TechnologiesReadTechnologyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadTechnology2($code: String) { technology(code: $code) { ...TechnologiesReadNode } }"): typeof import('./graphql.js').TechnologiesReadTechnology2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadTechnologies($organizationId: ID) { technologies(first: 3, orderBy: {field: CODE}, filter: {organizationId: $organizationId}) {\n          totalCount edges { cursor node { code owners { share } } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').TechnologiesReadTechnologiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadMyDisclosures { myDisclosures(first: 100) { edges { node { technology { id } } } } }"): typeof import('./graphql.js').TechnologiesReadMyDisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesReadUpcomingDeadlines2 { upcomingDeadlines(withinDays: 3650) { dueOn daysLeft filing { id } } }"): typeof import('./graphql.js').TechnologiesReadUpcomingDeadlines2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TechnologyLookupFields on Technology { id code title currentTrl version fields keywords\n  owners { share validFrom validUntil organization { id } }\n  inventors { share externalName affiliationName user { id displayName } affiliationOrganization { id } }\n  trlHistory { level assessedOn assessorName evidence assessor { id } recordedBy { id } }\n  projects { id } }"): typeof import('./graphql.js').TechnologyLookupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesTechnology($code: String) { technology(code: $code) { ...TechnologyLookupFields } }"): typeof import('./graphql.js').TechnologiesTechnologyDocument;
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
export function graphql(source: "fragment OwnersProposalFields on TechnologyOwnersProposal { id technologyId status owners { organizationId share validFrom validUntil } consents { organizationId consent decidedAt } decidedAt }"): typeof import('./graphql.js').OwnersProposalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TechnologiesSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {\n      __typename ... on Technology { version owners { share organization { id } } } ... on TechnologyOwnersProposal { ...OwnersProposalFields }\n      ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').TechnologiesSetTechnologyOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TechnologiesAcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) {\n        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').TechnologiesAcceptTechnologyOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TechnologiesDeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) {\n        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').TechnologiesDeclineTechnologyOwnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TechnologiesTechnology2($code: String) { technology(code: $code) { version ownersProposal { ...OwnersProposalFields } } }"): typeof import('./graphql.js').TechnologiesTechnology2Document;
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
export function graphql(source: "query TracingDirectory { organizations(first: 1) { totalCount } }"): typeof import('./graphql.js').TracingDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingCreate($input: CreateTrainingProgrammeInput!) { createTrainingProgramme(input: $input) {\n  __typename\n  ... on TrainingProgramme { id title titleEn curriculumUrl field startsOn endsOn version runner { id } partners { id } intakes { year } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').TrainingCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingUpdate($input: UpdateTrainingProgrammeInput!) { updateTrainingProgramme(input: $input) {\n  __typename\n  ... on TrainingProgramme { id title endsOn version }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').TrainingUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingInvite($input: InviteTrainingPartnerInput!) { inviteTrainingPartner(input: $input) {\n  __typename\n  ... on TrainingPartner { id status version organization { id } programme { id } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').TrainingInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingAnswer($input: AnswerTrainingInvitationInput!) { answerTrainingInvitation(input: $input) {\n  __typename\n  ... on TrainingPartner { id status version answeredAt }\n  ... on InvalidTrainingPartnerTransitionError { currentStatus allowedStatuses }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').TrainingAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingContribute($input: RecordTrainingContributionInput!) { recordTrainingContribution(input: $input) {\n  __typename\n  ... on TrainingPartner { id version contributions { year seatsFunded graduatesHired } }\n  ... on TrainingPartnerStateError { currentStatus }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').TrainingContributeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingIntake($input: RecordTrainingIntakeInput!) { recordTrainingIntake(input: $input) {\n  __typename\n  ... on TrainingProgramme { id version intakes { year trainees graduates } }\n  ... on VersionConflictError { currentVersion }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').TrainingIntakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingOne($id: ID!) { trainingProgramme(id: $id) {\n  id title runner { id } intakes { year trainees graduates } partners { status organization { id } contributions { year seatsFunded graduatesHired } } } }"): typeof import('./graphql.js').TrainingOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingList($filter: TrainingProgrammeFilter) { trainingProgrammes(first: 100, filter: $filter) { totalCount edges { node { id title } } } }"): typeof import('./graphql.js').TrainingListDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {\n  __typename\n  ... on WebhookEndpointWithSecret { secret endpoint { id url eventTypes status version } }\n  ... on ErrorResult { code message field }\n} }"): typeof import('./graphql.js').WebhooksCreateEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhooksDeliveries($id: ID) { organization(id: $id) { webhookEndpoints { id status disabledReason\n  deliveries(first: 50) { totalCount edges { node { id eventId eventType status attempts lastStatusCode redeliveryOf attemptLog { statusCode error durationMs } } } } } } }"): typeof import('./graphql.js').WebhooksDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename ... on WebhookDelivery { id eventId status } ... on ErrorResult { code message } } }"): typeof import('./graphql.js').WebhooksRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhooksUpdateEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {\n  __typename ... on WebhookEndpoint { status version } ... on ErrorResult { code message field } } }"): typeof import('./graphql.js').WebhooksUpdateEndpointDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
