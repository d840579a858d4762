/**
 * Every error code the API answers, with what it means: the one list behind the GraphQL enum
 * `ErrorCode`, the `code` of the typed results of mutations (`ErrorResult`) and the `extensions.code`
 * of GraphQL errors. A code is added here first; removing or renaming one breaks integrators.
 */

/** Requests that cannot be answered as asked: GraphQL errors, in `extensions.code`. */
export const requestErrorCodes = {
  UNAUTHENTICATED: 'GraphQL error: sign in, or send a valid API key; credentials that are invalid or disagree are refused even on public operations.',
  FORBIDDEN: 'GraphQL error: the caller is known but may not do this; the message says why.',
  NOT_FOUND: 'GraphQL error: no such record, or it is not visible to the caller (hidden and missing look the same).',
  BAD_USER_INPUT: 'GraphQL error: an argument or input value is malformed or breaks a rule checked before anything runs; `extensions.field` names it when there is one.',
  CONFLICT: 'GraphQL error: the request clashes with another one, e.g. the same `Idempotency-Key` still running.',
  RATE_LIMITED: 'GraphQL error: over a rate limit or the minute’s budget; retry after `extensions.retryAfterSeconds`.',
  QUERY_TOO_COMPLEX: 'GraphQL error: the operation is over a limit checked before it runs (tokens, aliases, depth, directives, cost); `extensions.limit` says which.',
  PAYLOAD_TOO_LARGE: 'GraphQL error: the request body is over 1 MiB.',
  UNSUPPORTED_MEDIA_TYPE: 'GraphQL error: the body is not `application/json` or `application/graphql`.',
  PERSISTED_QUERY_NOT_FOUND: 'GraphQL error: automatic persisted queries: the hash is unknown here; send the query with it once.',
  SERVICE_UNAVAILABLE: 'GraphQL error: the database (or another dependency) is down, hung or overloaded; retry later.',
  INTERNAL: 'GraphQL error: an unexpected failure of the service; the request id in the logs tells what happened.',
} as const;

/** Expected failures of mutations, returned as data: `ErrorResult.code`. */
export const resultErrorCodes = {
  INVALID_INPUT: 'An input value breaks a rule; `field` names it (InvalidInputError).',
  VERSION_CONFLICT: 'The record changed since it was read: read it again and reapply the change (VersionConflictError).',
  INVALID_TRANSITION: 'The status cannot move that way; `allowedStatuses` says where it can (the Invalid…TransitionError types).',
  INVALID_DEAL_TRANSITION: 'The deal cannot move to that stage; `allowedStages` says where it can (InvalidDealTransitionError).',
  INVALID_CREDENTIALS: 'The email and password do not match an account (InvalidCredentialsError).',
  ACCOUNT_DISABLED: 'The account has been disabled by a platform admin (AccountDisabledError).',
  EMAIL_TAKEN: 'An account with this email already exists (EmailTakenError).',
  INVALID_REFRESH_TOKEN: 'The refresh token is unknown, expired, or was already used (InvalidRefreshTokenError).',
  SLUG_TAKEN: 'Another organisation already uses this slug (SlugTakenError).',
  ALREADY_MEMBER: 'The person already has an open membership in this organisation (AlreadyMemberError).',
  LAST_ADMIN: 'The organisation would be left without an active admin (LastAdminError).',
  MEMBERSHIP_STATUS: 'The membership is not in a status that allows this (MembershipStatusError).',
  INVITATION_INVALID: 'The invitation cannot be used or changed; `reason` says why (InvitationInvalidError).',
  PROJECT_CODE_TAKEN: 'Another project already uses this code (ProjectCodeTakenError).',
  ALREADY_PARTICIPATING: 'The organisation already takes part in, or is invited to, the project (AlreadyParticipatingError).',
  PARTICIPATION_STATE: 'The participation is not in a state that allows this (ParticipationStateError).',
  COORDINATOR_REQUIRED: 'The project must keep exactly one active coordinator (CoordinatorRequiredError).',
  PROGRAMME_CONSENT_REQUIRED: 'Only editors of the programme’s owner put projects in it (ProgrammeConsentRequiredError).',
  PROGRAMME_REQUEST_OPEN: 'The project already has an open request to join this programme (ProgrammeRequestOpenError).',
  PROGRAMME_REQUEST_STATE: 'The request was already accepted, declined or withdrawn (ProgrammeRequestStateError).',
  PROJECT_MOVED: 'The project changed programme since it asked (ProjectMovedError).',
  TOO_FEW_PARTIES: 'A partnership needs at least two different organisations as parties (TooFewPartiesError).',
  CONSENT_PENDING: 'A partnership becomes ACTIVE only when every party has accepted it (PartnershipConsentPendingError).',
  CONSENT_STATE: 'Parties answer a partnership only while it is DRAFT (PartnershipConsentStateError).',
  AMENDMENT_STATE: 'The amendment is no longer open (PartnershipAmendmentStateError).',
  WITHDRAWAL_REQUIRED: 'A party leaves an agreed partnership only by withdrawing itself (PartyWithdrawalRequiredError).',
  SHARES_DO_NOT_TOTAL: 'Shares must total exactly 100% (SharesDoNotTotalError).',
  TECHNOLOGY_CODE_TAKEN: 'Another technology already uses this code (TechnologyCodeTakenError).',
  PROPOSAL_STATE: 'The owners proposal is no longer open (OwnersProposalStateError).',
  DISCLOSURE_NOT_DRAFT: 'Only a DRAFT disclosure can be edited (DisclosureNotDraftError).',
  APPLICATION_NUMBER_TAKEN: 'Another filing in the same jurisdiction already has this application number (ApplicationNumberTakenError).',
  AGREEMENT_CODE_TAKEN: 'Another agreement already uses this code (AgreementCodeTakenError).',
  AGREEMENT_STATE: 'The agreement is not in a status that allows this (AgreementStateError).',
  MISSING_DISTRIBUTION_POLICY: 'An owner has no distribution policy valid on the period end (MissingDistributionPolicyError).',
  NEGATIVE_NET_REVENUE: 'The undeducted costs exceed the undistributed receipts (NegativeNetRevenueError).',
  NOTHING_TO_DISTRIBUTE: 'There are no undistributed receipts up to the date (NothingToDistributeError).',
  ALREADY_PAID: 'The distribution line was already paid (DistributionLinePaidError).',
  DEAL_AGREEMENT_MISMATCH: 'The agreement is not one the deal can have produced (DealAgreementMismatchError).',
  INTEREST_NOT_ALLOWED: 'The organisation cannot express interest in this item (InterestNotAllowedError).',
  ALREADY_INTERESTED: 'The organisation already has an open expression of interest in this item (AlreadyInterestedError).',
  COHORT_NOT_OPEN: 'The incubation cohort is not taking applications: it is not OPEN, or its applications have closed (IncubationCohortNotOpenError).',
  PLACEMENT_AGREEMENT: 'The placement cannot be agreed to now: it is no longer PROPOSED, or the sides you speak for have agreed already and the other side must (PlacementAgreementError).',
  TRAINING_PARTNER_STATE: 'The organisation is not an ACTIVE partner of the programme, so it cannot do this (TrainingPartnerStateError).',
} as const;

export type RequestErrorCode = keyof typeof requestErrorCodes;
export type ResultErrorCode = keyof typeof resultErrorCodes;

/** Every code with its meaning. */
export const errorCodes: Readonly<Record<RequestErrorCode | ResultErrorCode, string>> = { ...requestErrorCodes, ...resultErrorCodes };
