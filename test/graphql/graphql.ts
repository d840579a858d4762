/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An invitation token, and for a new account its password and name. */
export type AcceptInvitationInput = {
  /** When not signed in and no account has the invited email: the name shown to others. */
  displayName?: string | null | undefined;
  /** When not signed in and no account has the invited email: the new account’s password (at least 12 characters). */
  password?: string | null | undefined;
  /** The token from the invitation. */
  token: string;
};

/** A milestone for an admitted startup (the runner’s or the startup’s editors). */
export type AddIncubationMilestoneInput = {
  /** The application (ADMITTED). */
  applicationId: string | number;
  /** When it is due. */
  dueOn: string;
  /** A note on it. */
  note?: string | null | undefined;
  /** What is to be reached. */
  title: string;
};

/** What an admitted startup reports for a period (the startup’s editors): once per period. */
export type AddIncubationReportInput = {
  /** The application (ADMITTED, or ended after admission). */
  applicationId: string | number;
  /** Funds raised in the period; zero when none. */
  fundsRaised: MoneyInput;
  /** Jobs (people employed) at the end of the period: 0 or more. */
  jobs: number;
  /** Last day of the period, not before its start nor in the future. */
  periodEnd: string;
  /** First day of the period. */
  periodStart: string;
};

/** A new milestone or deliverable. */
export type AddMilestoneInput = {
  /** Details. */
  description?: string | null | undefined;
  /** Due date, YYYY-MM-DD. */
  dueDate: string;
  /** Milestone or deliverable; MILESTONE when omitted. */
  kind?: MilestoneKind;
  /** The project; you must edit it. */
  projectId: string | number;
  /** Title (1 to 300 characters). */
  title: string;
};

/** A new obligation under an agreement (the licensors’ editors). */
export type AddObligationInput = {
  /** The agreement. */
  agreementId: string | number;
  /** What must be done (1 to 2,000 characters). */
  description: string;
  /** Due date (YYYY-MM-DD). */
  dueOn: string;
  /** What kind of obligation. */
  kind: ObligationKind;
  /** Which side owes it. */
  owedBy: ObligationParty;
};

/** A move of a deal to its next stage (the broker’s editors). */
export type AdvanceDealInput = {
  /** Required for AGREED: the agreement the deal produced, with the provider among its licensors, the seeker as licensee, covering the offered technology. */
  agreementId?: string | number | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The deal. */
  id: string | number;
  /** A note for the history (up to 2,000 characters). */
  note?: string | null | undefined;
  /** The stage to move to: the next one (DROPPED has its own mutation). */
  stage: DealStage;
};

/** Agreement of the sides you speak for to a PROPOSED placement, to the version you read. */
export type AgreePlacementInput = {
  /** The version you read: you agree to its terms. */
  expectedVersion: number;
  /** The placement. */
  id: string | number;
};

/** Narrows the agreements. All given conditions must hold. */
export type AgreementFilter = {
  /** This organisation is a licensor or the licensee. */
  organizationId?: string | number | null | undefined;
  /** Words in the code, title or field of use; accent- and case-insensitive. */
  search?: string | null | undefined;
  /** Status is one of these. */
  status?: Array<AgreementStatus> | null | undefined;
  /** The agreement covers this technology. */
  technologyId?: string | number | null | undefined;
  /** Type is one of these. */
  type?: Array<AgreementType> | null | undefined;
};

/** Where an agreement is in its life: NEGOTIATING -> EXECUTED -> ACTIVE -> TERMINATED | EXPIRED. */
export type AgreementStatus =
  /** In force. */
  | 'ACTIVE'
  /** Signed by the parties, not yet in force. */
  | 'EXECUTED'
  /** Ended at the end of its term (final). */
  | 'EXPIRED'
  /** Terms are being negotiated; nothing is signed. */
  | 'NEGOTIATING'
  /** Ended early by a party (final). */
  | 'TERMINATED';

/** What a commercialisation agreement grants. */
export type AgreementType =
  /** An assignment: ownership of the rights passes to the assignee. */
  | 'ASSIGNMENT'
  /** An exclusive licence: only the licensee may use the technology in the territory and field. */
  | 'LICENCE_EXCLUSIVE'
  /** A non-exclusive licence: others may be licensed too. */
  | 'LICENCE_NON_EXCLUSIVE'
  /** A material transfer agreement: materials are provided for research use. */
  | 'MATERIAL_TRANSFER'
  /** An option: the right to negotiate or take a licence within a period. */
  | 'OPTION'
  /** Sponsored research: the sponsor funds research and receives rights in its results. */
  | 'SPONSORED_RESEARCH';

/** A partner’s answer to an invitation (its editors answer). */
export type AnswerTrainingInvitationInput = {
  /** True to accept (the partner becomes ACTIVE), false to decline. */
  accept: boolean;
  /** The version you read. */
  expectedVersion: number;
  /** The partnership (TrainingPartner). */
  partnerId: string | number;
};

/** What an API key may do for its organisation. */
export type ApiKeyScope =
  /** Read what members of the organisation may read. */
  | 'READ'
  /** Also create and edit the organisation’s records, as an editor may. */
  | 'WRITE';

/** A startup’s application to an OPEN cohort: name a startup you edit, or create one (you become its admin). */
export type ApplyToIncubationCohortInput = {
  /** The cohort; it must be OPEN, and its applications not closed. */
  cohortId: string | number;
  /** A startup to create. Give this or `startupOrganizationId`. */
  newStartup?: NewStartupInput | null | undefined;
  /** The pitch: the problem, the solution, the team, the ask (up to 10,000 characters). Confidential to the parties. */
  pitch: string;
  /** An existing startup (helix INDUSTRY, kind STARTUP) you edit. Give this or `newStartup`. */
  startupOrganizationId?: string | number | null | undefined;
};

/** A request to join to approve, and the role to give. */
export type ApproveMembershipRequestInput = {
  /** The requested membership. */
  membershipId: string | number;
  /** The role the new member gets; MEMBER when omitted. */
  role?: MemberRole;
};

/** A TRL assessment to add to a technology’s history. */
export type AssessTrlInput = {
  /** Day of the assessment (YYYY-MM-DD), not in the future; today when omitted. */
  assessedOn?: string | null | undefined;
  /** The assessor’s name when they are not on the platform (up to 200 characters). */
  assessorName?: string | null | undefined;
  /** The assessor’s account; you when neither this nor `assessorName` is given. */
  assessorUserId?: string | number | null | undefined;
  /** What the level rests on (1 to 5,000 characters). */
  evidence: string;
  /** The level, 1 to 9 (Horizon 2020 definitions). */
  level: number;
  /** The technology. */
  technologyId: string | number;
};

/** Assigns a mentor to an admitted startup (the runner’s editors). */
export type AssignIncubationMentorInput = {
  /** The application (ADMITTED). */
  applicationId: string | number;
  /** The organisation the mentor comes from, of any helix; they must be an active member of it. */
  organizationId: string | number;
  /** First day of the mentoring, not in the future; today when omitted. */
  since?: string | null | undefined;
  /** The mentor: a person with an account. */
  userId: string | number;
};

/** Narrows the audit trail. All given conditions must hold. */
export type AuditFilter = {
  /** Exact action, e.g. `membership.removed`. */
  action?: string | null | undefined;
  /** Only what this person did. */
  actorUserId?: string | number | null | undefined;
  /** One record. */
  entityId?: string | null | undefined;
  /** Kind of record, e.g. `ApiKey`. */
  entityType?: string | null | undefined;
  /** At or after this time. */
  since?: string | null | undefined;
  /** Before this time. */
  until?: string | null | undefined;
};

/** A budget range in one currency; give at least one end. */
export type BudgetInput = {
  /** ISO 4217 currency code with 0 or 2 decimals; VND when omitted. */
  currency?: string;
  /** The most, an exact decimal string; not below `min`. */
  max?: string | null | undefined;
  /** The least, an exact decimal string with at most 2 decimals. */
  min?: string | null | undefined;
};

/** Moves an application. The runner’s editors decide (ADMITTED, DECLINED) and end an admission (GRADUATED, FAILED); the startup’s editors withdraw it before a decision (WITHDRAWN) or leave after admission (LEFT). */
export type ChangeIncubationApplicationStatusInput = {
  /** For GRADUATED, LEFT and FAILED: the day it ended, not in the future; today when omitted. */
  endedOn?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The application. */
  id: string | number;
  /** Why (a decision’s reason; kept with the file, confidential to its parties). */
  reason?: string | null | undefined;
  /** The new status: APPLIED -> ADMITTED | DECLINED | WITHDRAWN; ADMITTED -> GRADUATED | LEFT | FAILED. */
  status: IncubationApplicationStatus;
};

/** A new role for an active member. */
export type ChangeMemberRoleInput = {
  /** The `version` you read; if the membership changed since, nothing is written and VersionConflictError answers. */
  expectedVersion: number;
  /** The membership. */
  membershipId: string | number;
  /** The new role. */
  role: MemberRole;
};

/** A new password, proven by the current one. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: at least 12 characters. */
  newPassword: string;
};

/** A placement’s next status (editors of either side): RUNNING, COMPLETED or CANCELLED. */
export type ChangePlacementStatusInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The placement. */
  id: string | number;
  /** AGREED -> RUNNING -> COMPLETED; CANCELLED from PROPOSED, AGREED or RUNNING. AGREED comes from `agreePlacement`, WITHDRAWN from the person’s `withdrawPlacement`. */
  status: PlacementStatus;
};

/** Which collaborations a figure is computed over: their kinds (projects, and for the network agreements, when omitted), and the records of those kinds in scope. All conditions must hold. */
export type CollaborationFilter = {
  /** From this year, by when each thing happened: a project’s start (its creation when it has none), an agreement’s execution, each funnel stage’s own date. */
  fromYear?: number | null | undefined;
  /** Which helices of each participant count; PRIMARY when omitted. */
  helixBasis?: HelixBasis;
  /** Count the units of the organisations `organizationId` or `province` select (labs, faculties: organisations under them) with them, as AUTM counts an institution. */
  includeUnits?: boolean;
  /** The kinds of record counted as collaborations. When omitted: PROJECT and AGREEMENT in the network (PROJECT alone when `statuses` is given), PROJECT in the synergy and in the project figures of the other reports. Placements and incubation files count in the network and the synergy only where you may read them (see `collaborationNetwork`). Reports about projects (contributions, ICF project figures, TRL) count none when the kinds leave PROJECT out. `programmeId` selects no placement, incubation or training partnership: they belong to no research programme. */
  kinds?: Array<CollaborationKind> | null | undefined;
  /** The organisations counted: this one and, unless `includeUnits` is false, its units (organisations under it, all levels down). A project or agreement counts when one of them takes part in it; a funnel stage, when it is theirs. */
  organizationId?: string | number | null | undefined;
  /** The projects of this programme and what came out of them: the technologies they produced, those technologies’ disclosures and filings, the agreements that cover them and the spin-offs founded on those agreements. */
  programmeId?: string | number | null | undefined;
  /** The organisations counted: those in this province (as organisations write it; accents and case ignored, e.g. "Bình Dương"), with their units unless `includeUnits` is false. With `organizationId`, only when that organisation is in the province. */
  province?: string | null | undefined;
  /** Project statuses counted; PROPOSED, ACTIVE, ON_HOLD and COMPLETED when omitted. They apply to projects only. When `kinds` is omitted, naming statuses leaves agreements out of the network; with `kinds`, the kinds decide. */
  statuses?: Array<ProjectStatus> | null | undefined;
  /** Up to and including this year. */
  toYear?: number | null | undefined;
};

/** A kind of record counted as a collaboration between the organisations party to it. */
export type CollaborationKind =
  /** A signed agreement: its licensors and its licensee, dated by its execution. */
  | 'AGREEMENT'
  /** An incubation: the runner of the programme and a startup it admitted (ADMITTED, GRADUATED, LEFT or FAILED), dated by the admission; and each mentor’s organisation with that startup, dated by the day the mentoring began. */
  | 'INCUBATION'
  /** A placement both sides agreed to (AGREED, RUNNING or COMPLETED): the home and the host organisation, dated by its first day. */
  | 'PLACEMENT'
  /** A joint project: its active participants, dated by its start (its creation when it has none). */
  | 'PROJECT'
  /** A training partnership: the runner of a training programme and each of its active partners, one collaboration per programme and partner, dated by the years of its contributions. */
  | 'TRAINING';

/** What a participant brings to a project. */
export type ContributionKind =
  /** Money. */
  | 'CASH'
  /** The stated value of staff, equipment, premises or data. */
  | 'IN_KIND';

/** A corrected value; the measurement goes back to REPORTED for a new check. */
export type CorrectIndicatorInput = {
  /** A http(s) link to the evidence; null removes it; omitted keeps it. */
  evidenceUrl?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The measurement. */
  id: string | number;
  /** How it was measured; null removes it; omitted keeps it. */
  note?: string | null | undefined;
  /** The corrected value, an exact decimal string. */
  value: string;
};

/** A new agreement, NEGOTIATING. You must manage every technology named (an editor of an owner). */
export type CreateAgreementInput = {
  /** Unique code: upper-case letters, digits and hyphens, 2 to 40 characters. */
  code: string;
  /** ISO 4217 currency of the terms and of all revenue (VND when omitted at creation). */
  currency?: string | null | undefined;
  /** First day in force (YYYY-MM-DD). */
  effectiveOn?: string | null | undefined;
  /** Last day in force (YYYY-MM-DD), not before `effectiveOn`. */
  expiresOn?: string | null | undefined;
  /** The field of use the rights are limited to (up to 1,000 characters). */
  fieldOfUse?: string | null | undefined;
  /** The licensee (any organisation that is not a licensor). */
  licenseeId: string | number;
  /** The licensors (1 to 20): each must currently own at least one of the technologies. */
  licensorIds: Array<string | number>;
  /** Milestone payments; on update, the whole list is replaced. */
  milestonePayments?: Array<MilestonePaymentInput> | null | undefined;
  /** Royalty as a percentage of net sales, 0 to 100 with up to 4 decimals, e.g. "3.5"; null for none. */
  royaltyRate?: string | null | undefined;
  /** The technologies (1 to 50). */
  technologyIds: Array<string | number>;
  /** Territory: ISO 3166-1 alpha-2 codes (VN, SG...) or WORLDWIDE. */
  territory?: Array<string> | null | undefined;
  /** Title (1 to 300 characters). */
  title: string;
  /** What it grants. */
  type: AgreementType;
  /** Upfront fee as an exact decimal string; null for none. */
  upfrontFee?: string | null | undefined;
};

/** A new API key for an organisation. */
export type CreateApiKeyInput = {
  /** When the key should stop working; never when omitted. */
  expiresAt?: string | null | undefined;
  /** What the key is for (1 to 100 characters). */
  name: string;
  /** The organisation the key will act for; you must be its admin. */
  organizationId: string | number;
  /** What the key may do; at least one scope. */
  scopes: Array<ApiKeyScope>;
};

/** A new technology demand, in DRAFT, for an organisation you are an editor of. */
export type CreateDemandInput = {
  /** The budget, for partners (members of verified organisations); null clears it. */
  budget?: BudgetInput | null | undefined;
  /** What is needed (1 to 5,000 characters); public once published. */
  description: string;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** The language of the text. */
  language: ExchangeLanguage;
  /** The least technology readiness level acceptable (1-9); null when any will do. */
  minTrl?: number | null | undefined;
  /** The organisation with the need. */
  organizationId: string | number;
  /** Sectors (up to 6, no repeats). */
  sectors?: Array<ExchangeSector> | null | undefined;
  /** Title (1 to 300 characters). */
  title: string;
};

/** A new invention disclosure, in DRAFT. */
export type CreateDisclosureInput = {
  /** What the invention is, how it works, what is new (up to 20,000 characters). */
  description?: string | null | undefined;
  /** The institution it is disclosed to: a current owner of the technology. */
  organizationId: string | number;
  /** The technology disclosed; you must manage it or be one of its inventors. */
  technologyId: string | number;
  /** Title (1 to 300 characters). */
  title: string;
};

/** A new cohort of a programme (the runner’s editors); it starts PLANNED. */
export type CreateIncubationCohortInput = {
  /** Last day applications are taken, not after `endsOn`. */
  applicationsCloseOn?: string | null | undefined;
  /** Last day (YYYY-MM-DD), not before `startsOn`. */
  endsOn: string;
  /** Name of the intake, e.g. "2026 spring". */
  name: string;
  /** The programme. */
  programmeId: string | number;
  /** How many startups it admits at most (1 to 10,000); none: no limit. */
  seats?: number | null | undefined;
  /** First day (YYYY-MM-DD). */
  startsOn: string;
};

/** A new incubation or acceleration programme of an organisation you edit. */
export type CreateIncubationProgrammeInput = {
  /** What the programme offers and to whom (up to 5,000 characters). */
  description?: string | null | undefined;
  /** Incubator or accelerator. */
  kind: IncubationProgrammeKind;
  /** Name (Vietnamese where it applies). */
  name: string;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** The runner: an organisation you are an editor or admin of (an incubator, a university unit, an intermediary...). */
  organizationId: string | number;
  /** Public website, an http(s) URL. */
  website?: string | null | undefined;
};

/** A new technology offer, in DRAFT. The organisation must own the technology today, and you must be one of its editors. */
export type CreateOfferInput = {
  /** Details for partners (members of verified organisations) (up to 20,000 characters); null clears them. */
  details?: string | null | undefined;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** What is offered. */
  kind: OfferKind;
  /** The language of the text. */
  language: ExchangeLanguage;
  /** The offering organisation: a current owner of the technology. */
  organizationId: string | number;
  /** An indicative price, for partners (members of verified organisations); null clears it. */
  price?: MoneyInput | null | undefined;
  /** Price terms in words, e.g. "negotiable" (up to 300 characters), for partners (members of verified organisations); null clears it. */
  priceNote?: string | null | undefined;
  /** Sectors (up to 6, no repeats). */
  sectors?: Array<ExchangeSector> | null | undefined;
  /** The public summary (1 to 2,000 characters). */
  summary: string;
  /** The technology offered; you must manage it. */
  technologyId: string | number;
  /** Title (1 to 300 characters). */
  title: string;
  /** Technology readiness level 1-9 of what is offered; the technology’s current level when omitted at creation. */
  trl?: number | null | undefined;
};

/** A new organisation. It starts unverified; its creator becomes its first admin. */
export type CreateOrganizationInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. VN. */
  country: string;
  /** What the organisation is and does (up to 5,000 characters). */
  description?: string | null | undefined;
  /** Primary helix. */
  helix: Helix;
  /** What kind of body it is. */
  kind: OrganizationKind;
  /** Official name, as the organisation writes it. */
  name: string;
  /** English name. */
  nameEn?: string | null | undefined;
  /** The organisation this one belongs to; you must be an admin of it. */
  parentId?: string | number | null | undefined;
  /** Province, state or region. */
  province?: string | null | undefined;
  /** Its ROR ID (Research Organization Registry), bare or as its URL; check digits are checked. One organisation per ROR ID. */
  rorId?: string | null | undefined;
  /** Further helices of a hybrid actor; must not repeat the primary helix. */
  secondaryHelices?: Array<Helix> | null | undefined;
  /** Abbreviation or usual short name. */
  shortName?: string | null | undefined;
  /** URL handle (lower-case letters, digits, hyphens); made from the name when omitted. */
  slug?: string | null | undefined;
  /** Public website, an http(s) URL. */
  website?: string | null | undefined;
};

/** A new partnership. It starts as DRAFT. */
export type CreatePartnershipInput = {
  /** What the parties agreed (up to 10,000 characters). */
  description?: string | null | undefined;
  /** Where the signed document is kept: file number, register entry or URL (up to 500 characters). */
  documentReference?: string | null | undefined;
  /** The parties: two or more different organisations (at most 50); you must be an admin of at least one of them. */
  partyIds: Array<string | number>;
  /** Day it was signed (`YYYY-MM-DD`); omit when unknown. */
  signedOn?: string | null | undefined;
  /** Title (1 to 300 characters; surrounding spaces are dropped). */
  title: string;
  /** What kind of agreement it is. */
  type: PartnershipType;
  /** First day it is in force (`YYYY-MM-DD`). */
  validFrom?: string | null | undefined;
  /** Last day it is in force (`YYYY-MM-DD`), not before `validFrom`; omit when open-ended. */
  validUntil?: string | null | undefined;
};

/** A new programme, owned by an organisation you administer. */
export type CreateProgrammeInput = {
  /** Unique code: upper-case letters, digits and hyphens. */
  code: string;
  /** What it is for. */
  description?: string | null | undefined;
  /** Name (1 to 300 characters). */
  name: string;
  /** The owning organisation; you must be its admin. */
  ownerOrganizationId: string | number;
};

/** A new project, in DRAFT, coordinated by one of your organisations. */
export type CreateProjectInput = {
  /** Total budget: an exact amount and its currency. */
  budget?: MoneyInput | null | undefined;
  /** Unique code: upper-case letters, digits and hyphens, 2 to 40 characters, e.g. BD-SMART-2026-01. */
  code: string;
  /** The coordinating organisation; you must be one of its editors or admins. */
  coordinatorId: string | number;
  /** The full description (up to 20,000 characters). */
  description?: string | null | undefined;
  /** End date, YYYY-MM-DD; not before the start. */
  endDate?: string | null | undefined;
  /** The ICF factors it serves. */
  icfFactors?: Array<IcfFactor> | null | undefined;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** The programme it belongs to; only the programme owner’s editors may attach a project to it (PROGRAMME_CONSENT_REQUIRED otherwise). */
  programmeId?: string | number | null | undefined;
  /** Start date, YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** A paragraph for listings (up to 1,000 characters). */
  summary?: string | null | undefined;
  /** Title (1 to 300 characters). */
  title: string;
  /** Who may read it; PARTNERS when omitted at creation. */
  visibility?: ProjectVisibility | null | undefined;
};

/** A spin-off of an institution you edit: link an existing startup you edit, or create one. */
export type CreateSpinOffInput = {
  /** The licence (LICENCE_*) or assignment under which it uses the technologies, with the startup as licensee. */
  agreementId?: string | number | null | undefined;
  /** Percent of the startup held by the parent, up to 2 decimals; confidential. */
  equityHeld?: string | null | undefined;
  /** Day it was founded (YYYY-MM-DD). */
  foundedOn: string;
  /** A startup to create. Give this or `organizationId`. */
  newStartup?: NewStartupInput | null | undefined;
  /** An existing startup (helix INDUSTRY, kind STARTUP) you edit. Give this or `newStartup`. */
  organizationId?: string | number | null | undefined;
  /** The parent institution; you must be one of its editors or admins. */
  parentOrganizationId: string | number;
};

/** A new technology with its owners, inventors and originating projects. */
export type CreateTechnologyInput = {
  /** Abstract (up to 10,000 characters). */
  abstract?: string | null | undefined;
  /** Unique code: upper-case letters, digits and hyphens, 2 to 40 characters. */
  code: string;
  /** Fields of science and technology (up to 10, each up to 100 characters). */
  fields?: Array<string> | null | undefined;
  /** The inventors with their shares (totalling 100); none when omitted. */
  inventors?: Array<TechnologyInventorInput> | null | undefined;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** All owners with their shares; you must be an editor of at least one. Shares total 100 on every day. */
  owners: Array<TechnologyOwnerInput>;
  /** Projects it came out of; you must be able to read them. */
  projectIds?: Array<string | number> | null | undefined;
  /** Title (1 to 300 characters). */
  title: string;
};

/** A training programme run by a university or a university unit (helix ACADEMIA) whose editor you are. */
export type CreateTrainingProgrammeInput = {
  /** Where the curriculum is published, an http(s) URL; null clears. */
  curriculumUrl?: string | null | undefined;
  /** What trainees learn, and how (up to 5,000 characters); null clears. */
  description?: string | null | undefined;
  /** Last day it runs (YYYY-MM-DD); null while open-ended. */
  endsOn?: string | null | undefined;
  /** Field of study, e.g. automation engineering; null clears. */
  field?: string | null | undefined;
  /** The university or unit that runs it; you must be one of its editors or admins. */
  runnerOrganizationId: string | number;
  /** First day it runs (YYYY-MM-DD). */
  startsOn: string;
  /** Title, as the runner writes it (up to 300 characters). */
  title: string;
  /** English title; null clears. */
  titleEn?: string | null | undefined;
};

/** A webhook endpoint to register. */
export type CreateWebhookEndpointInput = {
  /** What the endpoint is for (up to 500 characters). */
  description?: string | null | undefined;
  /** The kinds of change to receive (at least one). */
  eventTypes: Array<WebhookEventType>;
  /** The organisation whose events it receives; you must be one of its admins. */
  organizationId: string | number;
  /** Where deliveries are POSTed: an https URL on the public internet (at most 2,000 characters). */
  url: string;
};

/** Conditions the deals must meet; all given ones must hold. */
export type DealFilter = {
  /** Only deals this organisation is a party to (as broker, provider or seeker). */
  organizationId?: string | number | null | undefined;
  /** Only deals at this stage. */
  stage?: DealStage | null | undefined;
};

/** Stages of a brokered deal: INTEREST -> INTRODUCED -> NDA_SIGNED -> NEGOTIATING -> AGREED; DROPPED from any stage before AGREED. */
export type DealStage =
  /** An agreement was reached; the deal names it (final). */
  | 'AGREED'
  /** The deal was abandoned (final). */
  | 'DROPPED'
  /** The broker has a match with interest from the seeker. */
  | 'INTEREST'
  /** The broker has introduced provider and seeker. */
  | 'INTRODUCED'
  /** The parties signed a non-disclosure agreement. */
  | 'NDA_SIGNED'
  /** The parties negotiate terms. */
  | 'NEGOTIATING';

/** The institution’s decision on an evaluated disclosure. */
export type DecideDisclosureInput = {
  /** Protect, publish, or release to the inventors. */
  decision: DisclosureDecision;
  /** The version you read. */
  expectedVersion: number;
  /** The disclosure. */
  id: string | number;
  /** Why (up to 5,000 characters). */
  notes?: string | null | undefined;
};

/** A new invention disclosed in one step: the technology record (owned wholly by the institution, from today) with its inventors, and a draft disclosure to the institution. */
export type DiscloseInventionInput = {
  /** A short public abstract (up to 10,000 characters). */
  abstract?: string | null | undefined;
  /** A unique code for the technology: upper-case letters, digits and hyphens, 2 to 40 characters. */
  code: string;
  /** What the invention is, how it works, what is new (up to 20,000 characters). */
  description?: string | null | undefined;
  /** Fields of science and technology (up to 10). */
  fields?: Array<string> | null | undefined;
  /** The inventors with their shares, totalling 100; you among them unless you are an editor of the institution. */
  inventors: Array<TechnologyInventorInput>;
  /** Keywords (up to 20). */
  keywords?: Array<string> | null | undefined;
  /** The institution the invention is disclosed to, which will own it; you must be one of its members. */
  organizationId: string | number;
  /** The joint projects it came out of; you must be able to read them. */
  projectIds?: Array<string | number> | null | undefined;
  /** Title of the invention (1 to 300 characters). */
  title: string;
};

/** What the institution decided to do with a disclosed invention. */
export type DisclosureDecision =
  /** Seek IP protection (file a patent or another right). */
  | 'PROTECT'
  /** Publish it openly without protection. */
  | 'PUBLISH'
  /** Give up the institution’s claim: the inventors may pursue it themselves. */
  | 'RELEASE_TO_INVENTORS';

/** Narrows the disclosures. All given conditions must hold. */
export type DisclosureFilter = {
  /** Only disclosures of technologies you are an inventor of. */
  inventedByMe?: boolean | null | undefined;
  /** Disclosed to this institution. */
  organizationId?: string | number | null | undefined;
  /** Status is one of these. */
  status?: Array<DisclosureStatus> | null | undefined;
  /** Of this technology. */
  technologyId?: string | number | null | undefined;
};

/** Where an invention disclosure is: DRAFT -> SUBMITTED -> UNDER_EVALUATION -> DECIDED. */
export type DisclosureStatus =
  /** The institution decided what to do (final). */
  | 'DECIDED'
  /** Being written by the inventors or the technology’s managers. */
  | 'DRAFT'
  /** Handed to the institution; no longer editable. */
  | 'SUBMITTED'
  /** The institution is evaluating it. */
  | 'UNDER_EVALUATION';

/** A disclosure and the version you read, to move it one step. */
export type DisclosureStepInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The disclosure. */
  id: string | number;
};

/** Who a distribution line pays. */
export type DistributionBeneficiaryKind =
  /** The owning institution itself. */
  | 'INSTITUTION'
  /** An inventor (a platform user or a named external person). */
  | 'INVENTOR'
  /** An inventor’s unit: the lab, faculty or department they belong to. */
  | 'UNIT';

/** Whether a distribution line was paid out: PENDING -> PAID. */
export type DistributionLineStatus =
  /** Paid out (final). */
  | 'PAID'
  /** Owed, not paid yet. */
  | 'PENDING';

/** Dropping a deal (editors of the broker, the provider or the seeker). */
export type DropDealInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The deal. */
  id: string | number;
  /** Why (up to 2,000 characters). */
  note?: string | null | undefined;
};

/** Ends a mentoring (the runner’s editors). */
export type EndIncubationMentorInput = {
  /** The application. */
  applicationId: string | number;
  /** Last day of the mentoring, not in the future nor before it began; today when omitted. */
  endedOn?: string | null | undefined;
  /** The mentor. */
  userId: string | number;
};

/** Every error code of the API: the `code` of the typed results of mutations (`ErrorResult`), and the `extensions.code` of GraphQL errors, which carry the same values as strings. New codes may be added; clients should treat an unknown code as a generic failure. */
export type ErrorCode =
  /** The account has been disabled by a platform admin (AccountDisabledError). */
  | 'ACCOUNT_DISABLED'
  /** Another agreement already uses this code (AgreementCodeTakenError). */
  | 'AGREEMENT_CODE_TAKEN'
  /** The agreement is not in a status that allows this (AgreementStateError). */
  | 'AGREEMENT_STATE'
  /** The organisation already has an open expression of interest in this item (AlreadyInterestedError). */
  | 'ALREADY_INTERESTED'
  /** The person already has an open membership in this organisation (AlreadyMemberError). */
  | 'ALREADY_MEMBER'
  /** The distribution line was already paid (DistributionLinePaidError). */
  | 'ALREADY_PAID'
  /** The organisation already takes part in, or is invited to, the project (AlreadyParticipatingError). */
  | 'ALREADY_PARTICIPATING'
  /** The amendment is no longer open (PartnershipAmendmentStateError). */
  | 'AMENDMENT_STATE'
  /** Another filing in the same jurisdiction already has this application number (ApplicationNumberTakenError). */
  | 'APPLICATION_NUMBER_TAKEN'
  /** GraphQL error: an argument or input value is malformed or breaks a rule checked before anything runs; `extensions.field` names it when there is one. */
  | 'BAD_USER_INPUT'
  /** The incubation cohort is not taking applications: it is not OPEN, or its applications have closed (IncubationCohortNotOpenError). */
  | 'COHORT_NOT_OPEN'
  /** GraphQL error: the request clashes with another one, e.g. the same `Idempotency-Key` still running. */
  | 'CONFLICT'
  /** A partnership becomes ACTIVE only when every party has accepted it (PartnershipConsentPendingError). */
  | 'CONSENT_PENDING'
  /** Parties answer a partnership only while it is DRAFT (PartnershipConsentStateError). */
  | 'CONSENT_STATE'
  /** The project must keep exactly one active coordinator (CoordinatorRequiredError). */
  | 'COORDINATOR_REQUIRED'
  /** The agreement is not one the deal can have produced (DealAgreementMismatchError). */
  | 'DEAL_AGREEMENT_MISMATCH'
  /** Only a DRAFT disclosure can be edited (DisclosureNotDraftError). */
  | 'DISCLOSURE_NOT_DRAFT'
  /** An account with this email already exists (EmailTakenError). */
  | 'EMAIL_TAKEN'
  /** GraphQL error: the caller is known but may not do this; the message says why. */
  | 'FORBIDDEN'
  /** The organisation cannot express interest in this item (InterestNotAllowedError). */
  | 'INTEREST_NOT_ALLOWED'
  /** GraphQL error: an unexpected failure of the service; the request id in the logs tells what happened. */
  | 'INTERNAL'
  /** The email and password do not match an account (InvalidCredentialsError). */
  | 'INVALID_CREDENTIALS'
  /** The deal cannot move to that stage; `allowedStages` says where it can (InvalidDealTransitionError). */
  | 'INVALID_DEAL_TRANSITION'
  /** An input value breaks a rule; `field` names it (InvalidInputError). */
  | 'INVALID_INPUT'
  /** The refresh token is unknown, expired, or was already used (InvalidRefreshTokenError). */
  | 'INVALID_REFRESH_TOKEN'
  /** The status cannot move that way; `allowedStatuses` says where it can (the Invalid…TransitionError types). */
  | 'INVALID_TRANSITION'
  /** The invitation cannot be used or changed; `reason` says why (InvitationInvalidError). */
  | 'INVITATION_INVALID'
  /** The organisation would be left without an active admin (LastAdminError). */
  | 'LAST_ADMIN'
  /** The membership is not in a status that allows this (MembershipStatusError). */
  | 'MEMBERSHIP_STATUS'
  /** An owner has no distribution policy valid on the period end (MissingDistributionPolicyError). */
  | 'MISSING_DISTRIBUTION_POLICY'
  /** The undeducted costs exceed the undistributed receipts (NegativeNetRevenueError). */
  | 'NEGATIVE_NET_REVENUE'
  /** There are no undistributed receipts up to the date (NothingToDistributeError). */
  | 'NOTHING_TO_DISTRIBUTE'
  /** GraphQL error: no such record, or it is not visible to the caller (hidden and missing look the same). */
  | 'NOT_FOUND'
  /** The participation is not in a state that allows this (ParticipationStateError). */
  | 'PARTICIPATION_STATE'
  /** GraphQL error: the request body is over 1 MiB. */
  | 'PAYLOAD_TOO_LARGE'
  /** GraphQL error: automatic persisted queries: the hash is unknown here; send the query with it once. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The placement cannot be agreed to now: it is no longer PROPOSED, or the sides you speak for have agreed already and the other side must (PlacementAgreementError). */
  | 'PLACEMENT_AGREEMENT'
  /** Only editors of the programme’s owner put projects in it (ProgrammeConsentRequiredError). */
  | 'PROGRAMME_CONSENT_REQUIRED'
  /** The project already has an open request to join this programme (ProgrammeRequestOpenError). */
  | 'PROGRAMME_REQUEST_OPEN'
  /** The request was already accepted, declined or withdrawn (ProgrammeRequestStateError). */
  | 'PROGRAMME_REQUEST_STATE'
  /** Another project already uses this code (ProjectCodeTakenError). */
  | 'PROJECT_CODE_TAKEN'
  /** The project changed programme since it asked (ProjectMovedError). */
  | 'PROJECT_MOVED'
  /** The owners proposal is no longer open (OwnersProposalStateError). */
  | 'PROPOSAL_STATE'
  /** GraphQL error: the operation is over a limit checked before it runs (tokens, aliases, depth, directives, cost); `extensions.limit` says which. */
  | 'QUERY_TOO_COMPLEX'
  /** GraphQL error: over a rate limit or the minute’s budget; retry after `extensions.retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** GraphQL error: the database (or another dependency) is down, hung or overloaded; retry later. */
  | 'SERVICE_UNAVAILABLE'
  /** Shares must total exactly 100% (SharesDoNotTotalError). */
  | 'SHARES_DO_NOT_TOTAL'
  /** Another organisation already uses this slug (SlugTakenError). */
  | 'SLUG_TAKEN'
  /** Another technology already uses this code (TechnologyCodeTakenError). */
  | 'TECHNOLOGY_CODE_TAKEN'
  /** A partnership needs at least two different organisations as parties (TooFewPartiesError). */
  | 'TOO_FEW_PARTIES'
  /** The organisation is not an ACTIVE partner of the programme, so it cannot do this (TrainingPartnerStateError). */
  | 'TRAINING_PARTNER_STATE'
  /** GraphQL error: sign in, or send a valid API key; credentials that are invalid or disagree are refused even on public operations. */
  | 'UNAUTHENTICATED'
  /** GraphQL error: the body is not `application/json` or `application/graphql`. */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** The record changed since it was read: read it again and reapply the change (VersionConflictError). */
  | 'VERSION_CONFLICT'
  /** A party leaves an agreed partnership only by withdrawing itself (PartyWithdrawalRequiredError). */
  | 'WITHDRAWAL_REQUIRED';

/** The language of an offer’s or demand’s text. */
export type ExchangeLanguage =
  /** English. */
  | 'EN'
  /** Vietnamese. */
  | 'VI';

/** Sectors of the technology exchange. */
export type ExchangeSector =
  /** Crops, farming, agricultural inputs. */
  | 'AGRICULTURE'
  /** Fish and shrimp farming. */
  | 'AQUACULTURE'
  /** Biotechnology and life sciences. */
  | 'BIOTECHNOLOGY'
  /** Building and infrastructure. */
  | 'CONSTRUCTION'
  /** Education and training. */
  | 'EDUCATION'
  /** Electronic components, semiconductors and devices. */
  | 'ELECTRONICS'
  /** Renewable energy, storage, grids and efficiency. */
  | 'ENERGY'
  /** Pollution, waste, climate and environmental monitoring. */
  | 'ENVIRONMENT'
  /** Financial services and payments. */
  | 'FINANCE'
  /** Food processing, safety and the cold chain. */
  | 'FOOD'
  /** Healthcare, medical devices and pharmaceuticals. */
  | 'HEALTH'
  /** Software, data, AI, networks and IoT platforms. */
  | 'ICT'
  /** Warehousing, freight and supply chains. */
  | 'LOGISTICS'
  /** Factories, automation and production. */
  | 'MANUFACTURING'
  /** New and construction materials, coatings, composites. */
  | 'MATERIALS'
  /** Urban services and city operations. */
  | 'SMART_CITY'
  /** Traffic, mobility and vehicles. */
  | 'TRANSPORT'
  /** Water supply, quality, wastewater and flooding. */
  | 'WATER';

/** Where an offer or demand is: DRAFT -> PUBLISHED -> EXPIRED | WITHDRAWN; renewal takes a published or expired one to PUBLISHED with a new expiry date. A published item whose expiry date has passed is EXPIRED, whatever was last written. */
export type ExchangeStatus =
  /** Being prepared; only the organisation’s members see it. */
  | 'DRAFT'
  /** Its expiry date has passed; it can be renewed. */
  | 'EXPIRED'
  /** On the exchange, until and including its expiry date; anyone reads its summary. */
  | 'PUBLISHED'
  /** Taken off the exchange by its organisation (final). */
  | 'WITHDRAWN';

/** An expression of interest in exactly one offer or demand, made for one of your organisations. */
export type ExpressInterestInput = {
  /** The demand; give this or `offerId`. */
  demandId?: string | number | null | undefined;
  /** A message to the other side (1 to 4,000 characters). */
  message: string;
  /** The offer; give this or `demandId`. */
  offerId?: string | number | null | undefined;
  /** The interested organisation; you must be one of its editors. */
  organizationId: string | number;
};

/** A new IP filing for a technology, in FILED. */
export type FileIpProtectionInput = {
  /** The office’s application number (up to 60 characters), e.g. 1-2026-01234. */
  applicationNumber?: string | null | undefined;
  /** Expiry date as stated by the office (YYYY-MM-DD). */
  expiryDate?: string | null | undefined;
  /** Filing date (YYYY-MM-DD). */
  filingDate: string;
  /** Grant or registration date (YYYY-MM-DD). */
  grantDate?: string | null | undefined;
  /** Country code or route, one of: VN, LA, KH, TH, MY, SG, ID, PH, MM, BN, CN, JP, KR, TW, HK, IN, AU, NZ, US, CA, MX, BR, GB, DE, FR, NL, BE, IT, ES, CH, SE, DK, FI, NO, AT, PL, CZ, IE, RU, IL, AE, SA, ZA, PCT, EP, EA, HAGUE. */
  jurisdiction: string;
  /** An earlier filing of the same technology whose priority this one claims. */
  parentFilingId?: string | number | null | undefined;
  /** Priority date (YYYY-MM-DD); the parent filing’s priority date when one is claimed, else the filing date, when omitted. */
  priorityDate?: string | null | undefined;
  /** Publication date (YYYY-MM-DD). */
  publicationDate?: string | null | undefined;
  /** Publication number (up to 60 characters). */
  publicationNumber?: string | null | undefined;
  /** Patent or registration number (up to 60 characters). */
  registrationNumber?: string | null | undefined;
  /** The technology; you must manage it (an owner’s editor). */
  technologyId: string | number;
  /** The title as filed (up to 300 characters). */
  title?: string | null | undefined;
  /** The kind of right. */
  type: IpType;
};

/** Whose commercialisation to count, and when. All conditions must hold. */
export type FunnelFilter = {
  /** From this year, by when each thing happened: a project’s start (its creation when it has none), an agreement’s execution, each funnel stage’s own date. */
  fromYear?: number | null | undefined;
  /** Count the units of the organisations `organizationId` or `province` select (labs, faculties: organisations under them) with them, as AUTM counts an institution. */
  includeUnits?: boolean;
  /** The organisations counted: this one and, unless `includeUnits` is false, its units (organisations under it, all levels down). A project or agreement counts when one of them takes part in it; a funnel stage, when it is theirs. */
  organizationId?: string | number | null | undefined;
  /** The projects of this programme and what came out of them: the technologies they produced, those technologies’ disclosures and filings, the agreements that cover them and the spin-offs founded on those agreements. */
  programmeId?: string | number | null | undefined;
  /** The organisations counted: those in this province (as organisations write it; accents and case ignored, e.g. "Bình Dương"), with their units unless `includeUnits` is false. With `organizationId`, only when that organisation is in the province. */
  province?: string | null | undefined;
  /** Up to and including this year. */
  toYear?: number | null | undefined;
};

/** The sector of the Triple (or Quadruple) Helix an organisation belongs to. */
export type Helix =
  /** Universities, research institutes and their labs. */
  | 'ACADEMIA'
  /** The fourth helix: NGOs, networks, citizens’ organisations. */
  | 'CIVIL_SOCIETY'
  /** Public authorities: People’s Committees, departments, municipalities, agencies. */
  | 'GOVERNMENT'
  /** Business: companies, state-owned enterprises, startups. */
  | 'INDUSTRY';

/** Which helices of an organisation count when describing a collaboration. */
export type HelixBasis =
  /** Each organisation counts in its primary helix only (one organisation, one sector), as in Leydesdorff’s studies. */
  | 'PRIMARY'
  /** Hybrids count in their secondary helices too (Becamex IDC as industry and government), as `Project.helices` does. */
  | 'PRIMARY_AND_SECONDARY';

/** The six factors of an Intelligent Community (Intelligent Community Forum). */
export type IcfFactor =
  /** Broadband and connectivity. */
  | 'BROADBAND'
  /** Community engagement (formerly advocacy). */
  | 'COMMUNITY_ENGAGEMENT'
  /** Digital equality. */
  | 'DIGITAL_EQUALITY'
  /** Innovation. */
  | 'INNOVATION'
  /** Knowledge workforce. */
  | 'KNOWLEDGE_WORKFORCE'
  /** Sustainability. */
  | 'SUSTAINABILITY';

/** A count of records behind an ICF factor beyond its projects: placements and training for the knowledge workforce, incubated startups and spin-offs for innovation. */
export type IcfMeasure =
  /** Graduates of those intakes the organisations hired as partners. */
  | 'GRADUATES_HIRED'
  /** Of the placements, industrial PhDs. */
  | 'INDUSTRIAL_PHDS'
  /** Of the placements, internships. */
  | 'INTERNSHIPS'
  /** Of the placements, joint appointments. */
  | 'JOINT_APPOINTMENTS'
  /** Of the placements, lab trainings. */
  | 'LAB_TRAININGS'
  /** Placements of every kind agreed by both sides (AGREED, RUNNING or COMPLETED), by the year they start, with the home or the host among the organisations. */
  | 'PLACEMENTS'
  /** Training seats the organisations fund as active partners of training programmes, by intake year. */
  | 'SEATS_FUNDED'
  /** Of the placements, secondments. */
  | 'SECONDMENTS'
  /** Spin-offs founded, by their founding day, with the organisations as parent institutions (as the funnel’s `startupsFormed`). */
  | 'SPIN_OFFS_FORMED'
  /** Startups that graduated from incubation programmes, by the day they graduated. */
  | 'STARTUPS_GRADUATED'
  /** Startups admitted to incubation programmes (admitted, whatever came after), by the day of admission, with the runner or the startup among the organisations. */
  | 'STARTUPS_INCUBATED'
  /** Trainees admitted to training programmes, by intake year, of programmes the organisations run. */
  | 'TRAINEES'
  /** Trainees of those intakes who graduated. */
  | 'TRAINING_GRADUATES';

/** The file format. */
export type ImportFormat =
  /** CSV text (UTF-8), separated by commas, semicolons or tabs, fields quoted as Excel quotes them. */
  | 'CSV'
  /** An Excel workbook (.xlsx) in base64; the first worksheet is read. */
  | 'XLSX';

/** What a spreadsheet holds, one record a row. */
export type ImportKind =
  /** Organisations of the directory, by slug: the whole directory for platform admins, or the units of `organizationId` for its admins. */
  | 'ORGANIZATIONS'
  /** Invitations to `organizationId` (its admins), by email: nobody already a member or invited is invited again. */
  | 'PEOPLE'
  /** Projects `organizationId` coordinates (its editors and WRITE keys), by code, with the organisations invited to take part. */
  | 'PROJECTS'
  /** Technologies `organizationId` owns (its editors and WRITE keys), by code, with their owners and inventors. */
  | 'TECHNOLOGIES';

/** What the import does (or, in a dry run or a refused run, would do) with a row. */
export type ImportRowAction =
  /** A new record. */
  | 'CREATE'
  /** The row has problems (listed in `problems`). */
  | 'REFUSED'
  /** The record exists with these values: nothing is written. */
  | 'UNCHANGED'
  /** An existing record (same key) with different values: changed through the same operations as the API, with its version. */
  | 'UPDATE';

/** A spreadsheet to import. Headers and their Vietnamese and English names: see the templates at /imports/templates/<kind>.csv and .xlsx. */
export type ImportSpreadsheetInput = {
  /** The file: CSV as text, XLSX in base64. At most IMPORT_MAX_BYTES (512 KiB by default) and IMPORT_MAX_ROWS rows (1,000). */
  content: string;
  /** True (the default): check every row and report, writing nothing. False: import, all rows or none. */
  dryRun?: boolean;
  /** CSV or XLSX. */
  format: ImportFormat;
  /** What the rows are. */
  kind: ImportKind;
  /** The organisation the rows belong to (people are invited to it, it coordinates the projects and owns the technologies). For ORGANIZATIONS: omitted, the directory (platform admins); given, its units. */
  organizationId?: string | number | null | undefined;
};

/** Narrows the applications. All given conditions must hold. */
export type IncubationApplicationFilter = {
  /** In this cohort. */
  cohortId?: string | number | null | undefined;
  /** True: only those you currently mentor. */
  mentoredByMe?: boolean | null | undefined;
  /** In a cohort of this programme. */
  programmeId?: string | number | null | undefined;
  /** Of this startup. */
  startupOrganizationId?: string | number | null | undefined;
  /** Status is one of these. */
  status?: Array<IncubationApplicationStatus> | null | undefined;
};

/** Where a startup’s application stands: APPLIED -> ADMITTED | DECLINED | WITHDRAWN; ADMITTED -> GRADUATED | LEFT | FAILED. */
export type IncubationApplicationStatus =
  /** Admitted to the cohort; following its programme. */
  | 'ADMITTED'
  /** Waiting for the runner’s decision. */
  | 'APPLIED'
  /** Not admitted by the runner (final). */
  | 'DECLINED'
  /** Stopped by the runner without graduating (final). */
  | 'FAILED'
  /** Completed the programme (final). */
  | 'GRADUATED'
  /** Left the programme on its own account (final). */
  | 'LEFT'
  /** Withdrawn by the startup before a decision (final). */
  | 'WITHDRAWN';

/** Where a cohort stands: PLANNED -> OPEN -> RUNNING -> FINISHED; PLANNED, OPEN or RUNNING -> CANCELLED. */
export type IncubationCohortStatus =
  /** Called off (final). */
  | 'CANCELLED'
  /** Over (final). */
  | 'FINISHED'
  /** Taking applications. */
  | 'OPEN'
  /** Announced; not yet taking applications. */
  | 'PLANNED'
  /** Under way; no new applications. */
  | 'RUNNING';

/** Where a milestone stands: PLANNED -> MET | MISSED | DROPPED. */
export type IncubationMilestoneStatus =
  /** No longer pursued (final). */
  | 'DROPPED'
  /** Reached, on `metOn` (final). */
  | 'MET'
  /** Not reached in time (final). */
  | 'MISSED'
  /** Still ahead. */
  | 'PLANNED';

/** Narrows the programmes. All given conditions must hold. */
export type IncubationProgrammeFilter = {
  /** Kind is one of these. */
  kind?: Array<IncubationProgrammeKind> | null | undefined;
  /** Run by this organisation. */
  organizationId?: string | number | null | undefined;
  /** Words in the name or English name; accent- and case-insensitive. */
  search?: string | null | undefined;
};

/** What kind of programme it is. */
export type IncubationProgrammeKind =
  /** An accelerator: short, intense programme for startups that have a product. */
  | 'ACCELERATOR'
  /** An incubator ("vườn ươm khởi nghiệp"): grows early-stage startups over months. */
  | 'INCUBATOR';

/** Which measurements to list. */
export type IndicatorFilter = {
  /** Of this factor. */
  factor?: IcfFactor | null | undefined;
  /** Periods ending in or after this year. */
  fromYear?: number | null | undefined;
  /** Reported by this organisation. */
  organizationId?: string | number | null | undefined;
  /** In this status (what you may see of it). */
  status?: MeasurementStatus | null | undefined;
  /** Periods ending in or before this year. */
  toYear?: number | null | undefined;
};

/** Whether an expression of interest stands. */
export type InterestStatus =
  /** It stands. */
  | 'OPEN'
  /** The interested organisation withdrew it (final). */
  | 'WITHDRAWN';

/** Why an invitation cannot be used (or changed). */
export type InvitationInvalidReason =
  /** The invitation was not accepted in time; ask for a new one. */
  | 'EXPIRED'
  /** An admin withdrew the invitation. */
  | 'REVOKED'
  /** An account with the invited email exists: sign in to it, then accept. */
  | 'SIGN_IN_FIRST'
  /** No invitation has this token. */
  | 'UNKNOWN'
  /** The invitation was already accepted; each works once. */
  | 'USED'
  /** You are signed in with another email address than the one invited. */
  | 'WRONG_ACCOUNT';

/** Where an invitation stands, derived from its dates. */
export type InvitationStatus =
  /** Was accepted; it cannot be used again. */
  | 'ACCEPTED'
  /** Was not accepted in time. */
  | 'EXPIRED'
  /** Can be accepted until it expires. */
  | 'PENDING'
  /** An admin withdrew it. */
  | 'REVOKED';

/** Whom to invite into which organisation, with which role. */
export type InviteMemberInput = {
  /** The invitee’s email address; the invitation can only be accepted by the account with this address. */
  email: string;
  /** The organisation; you must be its admin. */
  organizationId: string | number;
  /** The invitee’s position or title in the organisation (up to 200 characters). */
  position?: string | null | undefined;
  /** The role the invitee gets; MEMBER when omitted. */
  role?: MemberRole;
};

/** An invitation for an organisation to take part; it joins only when it accepts. */
export type InviteParticipantInput = {
  /** Cash it is expected to contribute. */
  cash?: MoneyInput | null | undefined;
  /** What it contributes in kind. */
  inKindDescription?: string | null | undefined;
  /** The value of the in-kind contribution. */
  inKindValue?: MoneyInput | null | undefined;
  /** The organisation to invite. */
  organizationId: string | number;
  /** The project; you must edit it (the coordinator’s editors and admins). */
  projectId: string | number;
  /** Its role; not COORDINATOR (hand that over with transferCoordination). */
  role: ParticipantRole;
};

/** An organisation invited to take part in a programme (the runner’s editors invite). */
export type InviteTrainingPartnerInput = {
  /** The organisation invited; not the runner. */
  organizationId: string | number;
  /** The programme. */
  programmeId: string | number;
};

/** The kind of deadline of a filing. */
export type IpDeadlineKind =
  /** Next annual maintenance fee of a granted right. */
  | 'ANNUAL_FEE'
  /** Last day to enter the European regional phase of a PCT application. */
  | 'EP_REGIONAL_PHASE'
  /** Last day to request substantive examination. */
  | 'EXAMINATION_REQUEST'
  /** Last day to enter the national phase of a PCT application. */
  | 'PCT_NATIONAL_PHASE'
  /** Last day to file abroad claiming this filing’s priority (Paris Convention). */
  | 'PRIORITY_YEAR'
  /** Next renewal of a registered design. */
  | 'RENEWAL'
  /** The end of the maximum term of protection. */
  | 'TERM_EXPIRY';

/** Narrows the filings. All given conditions must hold. */
export type IpFilingFilter = {
  /** Has a deadline from today to this many days ahead (0 to 3,650). */
  deadlineWithinDays?: number | null | undefined;
  /** In this jurisdiction or route. */
  jurisdiction?: string | null | undefined;
  /** Of a technology this organisation owns a share of today. */
  organizationId?: string | number | null | undefined;
  /** Status is one of these. */
  status?: Array<IpFilingStatus> | null | undefined;
  /** Of this technology. */
  technologyId?: string | number | null | undefined;
  /** Type is one of these. */
  type?: Array<IpType> | null | undefined;
};

/** Where a filing is: FILED -> PUBLISHED -> UNDER_EXAMINATION -> GRANTED -> LAPSED | EXPIRED; a pending one may end ABANDONED, REJECTED or WITHDRAWN. */
export type IpFilingStatus =
  /** Given up by the applicant (final). */
  | 'ABANDONED'
  /** A granted right whose term ended (final). */
  | 'EXPIRED'
  /** Filed with the office. */
  | 'FILED'
  /** Granted or registered (needs the grant date and the registration number). */
  | 'GRANTED'
  /** A granted right that ended early, e.g. a fee not paid (final). */
  | 'LAPSED'
  /** Published by the office (needs the publication date). */
  | 'PUBLISHED'
  /** Refused by the office (final). */
  | 'REJECTED'
  /** Under substantive examination. */
  | 'UNDER_EXAMINATION'
  /** Withdrawn by the applicant (final). */
  | 'WITHDRAWN';

/** The kind of intellectual property right. */
export type IpType =
  /** Copyright registration, e.g. for software. */
  | 'COPYRIGHT'
  /** Industrial design (kiểu dáng công nghiệp). */
  | 'INDUSTRIAL_DESIGN'
  /** Patent for an invention (bằng độc quyền sáng chế). */
  | 'PATENT'
  /** Plant variety protection. */
  | 'PLANT_VARIETY'
  /** Kept as a trade secret (recorded, not published). */
  | 'TRADE_SECRET'
  /** Utility solution, Viet Nam’s utility model (bằng độc quyền giải pháp hữu ích). */
  | 'UTILITY_SOLUTION';

/** A language the platform writes mail in. */
export type Language =
  /** English. */
  | 'EN'
  /** Vietnamese (tiếng Việt). */
  | 'VI';

/** Credentials to sign in with. */
export type LoginInput = {
  /** The account’s email address. */
  email: string;
  /** The account’s password. */
  password: string;
};

/** Records that a distribution line was paid out. */
export type MarkDistributionLinePaidInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The line. */
  lineId: string | number;
  /** Day it was paid (YYYY-MM-DD). */
  paidOn: string;
  /** Payment reference (up to 200 characters). */
  reference?: string | null | undefined;
};

/** Marks a milestone MET, MISSED or DROPPED (the application’s current mentors or the runner’s editors). */
export type MarkIncubationMilestoneInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The milestone. */
  id: string | number;
  /** For MET: the day it was met, not in the future; today when omitted. */
  metOn?: string | null | undefined;
  /** A note; omitted keeps the one it has. */
  note?: string | null | undefined;
  /** MET, MISSED or DROPPED. */
  status: IncubationMilestoneStatus;
};

/** What a match reason is about. */
export type MatchReasonKind =
  /** A glossary concept both texts mention, in either language. */
  | 'CROSS_LANGUAGE_TERM'
  /** Sectors both name. */
  | 'SECTOR'
  /** Words or wording the two texts share (accents and case ignored). */
  | 'TEXT'
  /** The offer’s readiness meets the demand’s minimum (weight 0: offers below it are left out, the others are not ranked by it). */
  | 'TRL';

/** Whether a platform admin has checked a reported measurement. */
export type MeasurementStatus =
  /** Checked and not accepted; the review note says why. Visible to its members and platform admins. */
  | 'REJECTED'
  /** Reported by the organisation, not yet checked. Visible to its members and platform admins. */
  | 'REPORTED'
  /** Checked against its evidence by a platform admin. Public. */
  | 'VERIFIED';

/** Conditions the memberships must meet. */
export type MemberFilter = {
  /** Only this role. */
  role?: MemberRole | null | undefined;
  /** Only this status. Statuses other than ACTIVE are for the organisation’s admins; without this, admins see all and others ACTIVE only. */
  status?: MembershipStatus | null | undefined;
};

/** What a member may do in an organisation. */
export type MemberRole =
  /** Manages members, the profile and API keys, and reads the audit trail; also edits. */
  | 'ADMIN'
  /** Creates and edits the organisation’s records. */
  | 'EDITOR'
  /** Reads what the organisation’s partners may read. */
  | 'MEMBER';

/** Where a membership stands. */
export type MembershipStatus =
  /** A member now, with the rights of its role. */
  | 'ACTIVE'
  /** The request to join was declined by an admin. */
  | 'DECLINED'
  /** The person left the organisation (or withdrew their request). */
  | 'LEFT'
  /** An admin ended the membership. */
  | 'REMOVED'
  /** The person asked to join; an admin has not yet approved or declined. */
  | 'REQUESTED';

/** A point in the plan, or something to hand over. */
export type MilestoneKind =
  /** Something the project hands over (report, prototype, data set). */
  | 'DELIVERABLE'
  /** A point the project should reach. */
  | 'MILESTONE';

/** A milestone payment in the terms, in the agreement’s currency. */
export type MilestonePaymentInput = {
  /** Exact amount as a decimal string, e.g. "200000000"; no more decimals than the currency has. */
  amount: string;
  /** The milestone that triggers it (1 to 500 characters). */
  description: string;
  /** When it is expected (YYYY-MM-DD). */
  dueOn?: string | null | undefined;
};

/** Whether a milestone payment was received. */
export type MilestonePaymentStatus =
  /** Received: a MILESTONE receipt names it. */
  | 'PAID'
  /** Not received yet. */
  | 'PENDING';

/** Whether a milestone was reached. */
export type MilestoneStatus =
  /** Reached (with its completion date). */
  | 'DONE'
  /** Not reached and no longer expected. */
  | 'MISSED'
  /** Not reached yet. */
  | 'PLANNED';

/** An exact amount of money. */
export type MoneyInput = {
  /** Exact decimal as a string with no more decimals than the currency has, e.g. "250000000" VND or "12.50" EUR. */
  amount: string;
  /** ISO 4217 currency code with 0 or 2 decimals; VND when omitted. The amount has no more decimals than it. */
  currency?: string;
};

/** How organisations are ranked in the collaboration network. */
export type NetworkRanking =
  /** Most often on the shortest paths between other organisations first. */
  | 'BETWEENNESS'
  /** Most often on the shortest paths between organisations of different helices first: the bridges between helices. */
  | 'CROSS_HELIX_BETWEENNESS'
  /** Most distinct partners first. */
  | 'DEGREE';

/** A new startup organisation (helix INDUSTRY, kind STARTUP); you become its first admin. */
export type NewStartupInput = {
  /** Country, ISO 3166-1 alpha-2; VN when omitted. */
  country?: string;
  /** What it does (up to 5,000 characters). */
  description?: string | null | undefined;
  /** Official name. */
  name: string;
  /** English name. */
  nameEn?: string | null | undefined;
  /** Province or region. */
  province?: string | null | undefined;
  /** URL handle; made from the name when omitted. */
  slug?: string | null | undefined;
  /** Public website, an http(s) URL. */
  website?: string | null | undefined;
};

/** Narrows obligations of the agreements you are party to. All given conditions must hold. */
export type ObligationFilter = {
  /** Of this agreement. */
  agreementId?: string | number | null | undefined;
  /** Due on or after this day (YYYY-MM-DD). */
  dueFrom?: string | null | undefined;
  /** Due on or before this day (YYYY-MM-DD). */
  dueUntil?: string | null | undefined;
  /** Of agreements where this organisation is a licensor or the licensee. */
  organizationId?: string | number | null | undefined;
  /** Only those still PENDING after their due date. */
  overdueOnly?: boolean | null | undefined;
  /** Owed by this side. */
  owedBy?: ObligationParty | null | undefined;
  /** Status is one of these. */
  status?: Array<ObligationStatus> | null | undefined;
};

/** What an agreement obliges a party to do. */
export type ObligationKind =
  /** Reach a development or commercial milestone, e.g. a first sale by a date. */
  | 'DILIGENCE_MILESTONE'
  /** Anything else the agreement requires. */
  | 'OTHER'
  /** Make a payment. */
  | 'PAYMENT'
  /** Deliver a report, e.g. a yearly sales or royalty report. */
  | 'REPORT';

/** Which side of an agreement owes an obligation. */
export type ObligationParty =
  /** The licensee (or assignee, option holder, sponsor, recipient). */
  | 'LICENSEE'
  /** The licensors. */
  | 'LICENSOR';

/** Whether an obligation was met: PENDING -> MET | MISSED | WAIVED; MISSED may later become MET or WAIVED. */
export type ObligationStatus =
  /** Fulfilled (final). */
  | 'MET'
  /** Not fulfilled in time; may still be met late or waived. */
  | 'MISSED'
  /** Not yet decided; overdue once its due date has passed. */
  | 'PENDING'
  /** Released by the licensors (final). */
  | 'WAIVED';

/** Conditions the offers must meet; all given ones must hold. */
export type OfferFilter = {
  /** Only published ones whose expiry date is within this many days from today (0 = expiring today). */
  expiringWithinDays?: number | null | undefined;
  /** Only this kind of offer. */
  kind?: OfferKind | null | undefined;
  /** Only offers at this TRL or below. */
  maxTrl?: number | null | undefined;
  /** Only offers at this TRL or above. */
  minTrl?: number | null | undefined;
  /** Only this organisation’s. */
  organizationId?: string | number | null | undefined;
  /** Words in the title, public text or keywords; accents, case and punctuation ignored. */
  search?: string | null | undefined;
  /** Only those naming this sector. */
  sector?: ExchangeSector | null | undefined;
  /** Only this status (as served: a published item past its expiry date counts as EXPIRED). */
  status?: ExchangeStatus | null | undefined;
  /** Only offers of this technology. */
  technologyId?: string | number | null | undefined;
};

/** What an offer proposes. */
export type OfferKind =
  /** Joint development or a research cooperation around the technology. */
  | 'COOPERATION'
  /** A licence to use the technology; the owners keep it. */
  | 'LICENCE'
  /** A transfer (assignment) of the technology and its rights. */
  | 'TRANSFER';

/** A new deal, at INTEREST, carried by a broker (an organisation of kind INTERMEDIARY) you are an editor of. The provider is the offer’s organisation; the seeker is the demand’s organisation, the interested organisation, or `seekerOrganizationId`. */
export type OpenDealInput = {
  /** The broker: an intermediary organisation. */
  brokerOrganizationId: string | number;
  /** The demand it answers, if any; its organisation is the seeker. */
  demandId?: string | number | null | undefined;
  /** The expression of interest it follows, if any: the seeker’s interest in the offer, or the provider’s in the demand. */
  interestId?: string | number | null | undefined;
  /** A note for the history (up to 2,000 characters). */
  note?: string | null | undefined;
  /** The offer the deal is about. */
  offerId: string | number;
  /** The seeker, when neither a demand nor an interest names it. */
  seekerOrganizationId?: string | number | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Smallest first (A to Z, oldest first). */
  | 'ASC'
  /** Largest first (Z to A, newest first). */
  | 'DESC';

/** Narrows the organisation directory. All given conditions must hold. */
export type OrganizationFilter = {
  /** Primary or a secondary helix equals this (finds hybrids too). */
  anyHelix?: Helix | null | undefined;
  /** ISO 3166-1 alpha-2 country code, e.g. `VN` (case-insensitive). */
  country?: string | null | undefined;
  /** Primary helix equals this. */
  helix?: Helix | null | undefined;
  /** Platform admins: include archived organisations too. */
  includeArchived?: boolean | null | undefined;
  /** Kind equals this. */
  kind?: OrganizationKind | null | undefined;
  /** Only the direct children of this organisation. */
  parentId?: string | number | null | undefined;
  /** The organisation with this ROR ID, bare or as its URL. */
  rorId?: string | null | undefined;
  /** Words to find in the official, English or short name or the slug; accent- and case-insensitive (`binh duong` finds "Bình Dương"). Every word must match. */
  search?: string | null | undefined;
  /** Only top-level organisations (true) or only those with a parent (false). */
  topLevel?: boolean | null | undefined;
  /** Only verified (true) or only unverified (false) organisations. `false`, ordered by UPDATED_AT, is the platform admins’ verification queue: new organisations and verified ones whose identity changed since. */
  verified?: boolean | null | undefined;
};

/** What kind of body an organisation is. */
export type OrganizationKind =
  /** A department or ministry of a government, such as a Department of Science and Technology. */
  | 'GOVERNMENT_DEPARTMENT'
  /** A startup incubator or accelerator. */
  | 'INCUBATOR'
  /** A broker, consultancy or technology-transfer office between the helices. */
  | 'INTERMEDIARY'
  /** An international network or forum of cities, regions or organisations. */
  | 'INTERNATIONAL_NETWORK'
  /** A laboratory or maker space such as a Fablab, usually part of a university. */
  | 'LAB'
  /** A city or municipal government, such as a Dutch gemeente. */
  | 'MUNICIPALITY'
  /** A non-governmental, non-profit organisation. */
  | 'NGO'
  /** A Vietnamese People’s Committee (provincial or local executive). */
  | 'PEOPLES_COMMITTEE'
  /** A privately owned company. */
  | 'PRIVATE_COMPANY'
  /** Another public body or agency. */
  | 'PUBLIC_AGENCY'
  /** A research institute or centre. */
  | 'RESEARCH_INSTITUTE'
  /** A young company, including research spin-offs. */
  | 'STARTUP'
  /** A company owned wholly or mostly by the state. */
  | 'STATE_OWNED_ENTERPRISE'
  /** A university or other higher-education institution. */
  | 'UNIVERSITY';

/** Ordering of the organisation directory; ties are broken by id. */
export type OrganizationOrder = {
  /** The direction; ascending when omitted. */
  direction?: OrderDirection;
  /** The key to order by. */
  field: OrganizationOrderField;
};

/** What organisations can be ordered by. */
export type OrganizationOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Official name. */
  | 'NAME'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** An owner’s answer to a proposed change of the owners. */
export type OwnerConsent =
  /** Its editors or admins accepted (the proposer accepts for its own organisations by proposing). */
  | 'ACCEPTED'
  /** Its editors or admins declined. */
  | 'DECLINED'
  /** Not answered yet. */
  | 'PENDING';

/** Where a proposed change of a technology’s owners stands. */
export type OwnersProposalStatus =
  /** All of them accepted: the new owners are in force. */
  | 'ACCEPTED'
  /** One of them declined: the owners stay as they were. */
  | 'DECLINED'
  /** Waiting for every owner whose share it shrinks to accept. */
  | 'PENDING'
  /** A newer proposal replaced it before it was decided. */
  | 'SUPERSEDED';

/** How an organisation takes part in a project (CERIF roles). */
export type ParticipantRole =
  /** Advises without doing the work. */
  | 'ADVISOR'
  /** Leads the project; exactly one active at a time. */
  | 'COORDINATOR'
  /** Provides money. */
  | 'FUNDER'
  /** Provides staff, equipment, space or data rather than money. */
  | 'IN_KIND_CONTRIBUTOR'
  /** Does part of the work. */
  | 'PARTNER';

/** Where an organisation’s participation stands; nobody is added without consent. */
export type ParticipantStatus =
  /** Taking part. */
  | 'ACTIVE'
  /** The organisation declined the invitation. */
  | 'DECLINED'
  /** Invited by the coordinator; waiting for the organisation to accept. */
  | 'INVITED'
  /** The organisation left. */
  | 'LEFT'
  /** The coordinator removed it. */
  | 'REMOVED';

/** Conditions the partnerships must meet; all given ones must hold. */
export type PartnershipFilter = {
  /** Only partnerships in force on this day (`YYYY-MM-DD`): status ACTIVE, `validFrom` on or before the day and `validUntil` on or after it (a missing date leaves that end open). No status history is kept, so ended partnerships never match, even for days before they ended. */
  activeOn?: string | null | undefined;
  /** Only those this organisation is a party to. */
  organizationId?: string | number | null | undefined;
  /** Only this status. */
  status?: PartnershipStatus | null | undefined;
  /** Only this kind of agreement. */
  type?: PartnershipType | null | undefined;
};

/** Where a partnership stands. It starts DRAFT; DRAFT may become ACTIVE or TERMINATED; ACTIVE may become EXPIRED or TERMINATED; EXPIRED and TERMINATED are final. */
export type PartnershipStatus =
  /** In force. */
  | 'ACTIVE'
  /** Being prepared; not in force. */
  | 'DRAFT'
  /** Ended because its term ran out (final). */
  | 'EXPIRED'
  /** Ended early or abandoned before it came into force (final). */
  | 'TERMINATED';

/** What kind of agreement a partnership is. */
export type PartnershipType =
  /** Framework agreement under which later contracts or projects are concluded. */
  | 'FRAMEWORK_AGREEMENT'
  /** Memorandum of understanding: a declared intent to cooperate, usually not binding. */
  | 'MOU'
  /** Non-disclosure agreement. */
  | 'NDA'
  /** Contract for research done by one party for or with the others. */
  | 'RESEARCH_CONTRACT'
  /** Long-term strategic cooperation, e.g. between two cities or regions. */
  | 'STRATEGIC_COOPERATION';

/** A party’s answer to a partnership. A partnership becomes ACTIVE only when every party has ACCEPTED. */
export type PartyConsent =
  /** Its editors or admins accepted (those who recorded the partnership accept by recording it). */
  | 'ACCEPTED'
  /** Its editors or admins declined. */
  | 'DECLINED'
  /** Not answered yet (or asked again after the terms changed). */
  | 'PENDING';

/** Narrows the placements. All given conditions must hold. */
export type PlacementFilter = {
  /** Placements that last until this day or later (YYYY-MM-DD). */
  activeFrom?: string | null | undefined;
  /** Placements that start on this day or before (YYYY-MM-DD). */
  activeUntil?: string | null | undefined;
  /** Kind is one of these. */
  kind?: Array<PlacementKind> | null | undefined;
  /** True: only your own placements (you are the person placed); false: only others’. */
  mine?: boolean | null | undefined;
  /** The home or the host organisation is this one. */
  organizationId?: string | number | null | undefined;
  /** Status is one of these. */
  status?: Array<PlacementStatus> | null | undefined;
};

/** What kind of placement it is. */
export type PlacementKind =
  /** A doctoral candidate doing their research at (and with) a company. */
  | 'INDUSTRIAL_PHD'
  /** A student’s internship at a company or another organisation. */
  | 'INTERNSHIP'
  /** A person appointed at both organisations at once, e.g. a professor of practice. */
  | 'JOINT_APPOINTMENT'
  /** Training in a lab or Fablab of another organisation. */
  | 'LAB_TRAINING'
  /** Staff seconded from their employer to another organisation for a while. */
  | 'SECONDMENT';

/** One of the two organisations of a placement. */
export type PlacementSide =
  /** The organisation the person comes from (their university, their employer). */
  | 'HOME'
  /** The organisation the person is placed at. */
  | 'HOST';

/** Where a placement stands: PROPOSED -> AGREED (when both sides agreed) -> RUNNING -> COMPLETED; CANCELLED from PROPOSED, AGREED or RUNNING; WITHDRAWN by the person from any status. */
export type PlacementStatus =
  /** Both sides agreed; not started yet. */
  | 'AGREED'
  /** Called off by either side (the person may still withdraw the record). */
  | 'CANCELLED'
  /** Finished (the person may still withdraw the record). */
  | 'COMPLETED'
  /** Proposed by one side; waiting for the other side to agree. */
  | 'PROPOSED'
  /** Under way. */
  | 'RUNNING'
  /** Withdrawn by the person (final): the organisations no longer see who it was, and it counts nowhere. */
  | 'WITHDRAWN';

/** What a person may do on the platform as a whole. */
export type PlatformRole =
  /** Verifies and archives organisations, disables accounts, reads every audit trail. */
  | 'PLATFORM_ADMIN'
  /** An ordinary account: rights come from organisation memberships. */
  | 'USER';

/** Where a request to put a project in a programme stands; only a PENDING request can change. */
export type ProgrammeRequestStatus =
  /** Accepted: the project was put in the programme (final). */
  | 'ACCEPTED'
  /** Declined by the programme owner (final). */
  | 'DECLINED'
  /** Waiting for the programme owner’s editors or admins to decide. */
  | 'PENDING'
  /** Withdrawn by the project’s coordinator (final). */
  | 'WITHDRAWN';

/** Narrows the projects. All given conditions must hold. */
export type ProjectFilter = {
  /** Runs on or after this date (its end is not before it), YYYY-MM-DD. */
  activeFrom?: string | null | undefined;
  /** Runs on or before this date (its start is not after it), YYYY-MM-DD. */
  activeUntil?: string | null | undefined;
  /** An active participant has this helix (primary or secondary). */
  helix?: Helix | null | undefined;
  /** Serves this ICF factor. */
  icfFactor?: IcfFactor | null | undefined;
  /** This organisation takes part (actively). */
  organizationId?: string | number | null | undefined;
  /** Belongs to this programme. */
  programmeId?: string | number | null | undefined;
  /** Words in the code, title, summary or keywords; accent- and case-insensitive. */
  search?: string | null | undefined;
  /** Status is one of these. */
  status?: Array<ProjectStatus> | null | undefined;
  /** Only projects where government, industry and academia all take part. */
  tripleHelixOnly?: boolean | null | undefined;
};

/** Where a project is in its life: DRAFT -> PROPOSED -> ACTIVE <-> ON_HOLD -> COMPLETED; CANCELLED from any state not final. */
export type ProjectStatus =
  /** Running. */
  | 'ACTIVE'
  /** Stopped before completion (final). */
  | 'CANCELLED'
  /** Finished (final). */
  | 'COMPLETED'
  /** Being written by its coordinator. */
  | 'DRAFT'
  /** Paused; may become active again. */
  | 'ON_HOLD'
  /** Put to the partners and funders. */
  | 'PROPOSED';

/** Who may read a project. */
export type ProjectVisibility =
  /** Only members of participating organisations. */
  | 'PARTNERS'
  /** Anyone reads its public fields; money stays with the participants. */
  | 'PUBLIC';

/** A placement proposed by the editors of one side (home or host); the other side’s editors agree to it. */
export type ProposePlacementInput = {
  /** Last day (YYYY-MM-DD), not before `startsOn`. */
  endsOn: string;
  /** The organisation the person comes from. */
  homeOrganizationId: string | number;
  /** The organisation the person is placed at; not the home organisation. */
  hostOrganizationId: string | number;
  /** What kind of placement it is. */
  kind: PlacementKind;
  /** The person placed: an active member of the home organisation. */
  personUserId: string | number;
  /** The side you propose for (your side agrees by proposing). Needed only when you edit both organisations; otherwise it is the one you edit. */
  side?: PlacementSide | null | undefined;
  /** First day (YYYY-MM-DD). */
  startsOn: string;
  /** The host’s supervisor: an active member of the host organisation. */
  supervisorUserId?: string | number | null | undefined;
  /** Title of the placement (up to 300 characters). */
  title: string;
  /** What the person works on (up to 2,000 characters). */
  topic?: string | null | undefined;
  /** The home organisation’s tutor: an active member of it. */
  tutorUserId?: string | number | null | undefined;
};

/** Publishing or renewing an offer or demand until a day. */
export type PublishExchangeItemInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The last day on the exchange (YYYY-MM-DD): after today, at most two years ahead, and for a renewal of a published item after its current expiry date. */
  expiresOn: string;
  /** The offer or demand. */
  id: string | number;
};

/** The licensors’ decision on an obligation: MET (with the day), MISSED or WAIVED. */
export type RecordObligationOutcomeInput = {
  /** The version you read. */
  expectedVersion: number;
  /** For MET: the day it was met (YYYY-MM-DD); the day the owing party reported when omitted. */
  metOn?: string | null | undefined;
  /** A note on the outcome (up to 2,000 characters). */
  note?: string | null | undefined;
  /** The obligation. */
  obligationId: string | number;
  /** The outcome: MET, MISSED or WAIVED. */
  status: ObligationStatus;
};

/** A deductible cost of an agreement, in its currency (the licensors’ editors). */
export type RecordRevenueCostInput = {
  /** The agreement. */
  agreementId: string | number;
  /** Exact positive amount as a decimal string, in the agreement’s currency. */
  amount: string;
  /** What it was (up to 2,000 characters). */
  description?: string | null | undefined;
  /** The IP filing it was for, e.g. its application number (up to 100 characters). */
  filingReference?: string | null | undefined;
  /** Day it was incurred (YYYY-MM-DD). */
  incurredOn: string;
  /** What it was for. */
  kind: RevenueCostKind;
  /** The technology of the agreement it was spent on. */
  technologyId?: string | number | null | undefined;
};

/** Income received under an agreement, in the agreement’s currency (the licensors’ editors). */
export type RecordRevenueReceiptInput = {
  /** The agreement; it must be signed (not NEGOTIATING). */
  agreementId: string | number;
  /** Exact positive amount as a decimal string, in the agreement’s currency, with no more decimals than it has (whole đồng for VND). */
  amount: string;
  /** What it was received for. */
  kind: RevenueReceiptKind;
  /** For MILESTONE receipts: the milestone payment of the terms it settles (it becomes PAID). */
  milestonePaymentId?: string | number | null | undefined;
  /** A note (up to 2,000 characters). */
  note?: string | null | undefined;
  /** Day it was received (YYYY-MM-DD). */
  receivedOn: string;
  /** Bank or invoice reference (up to 200 characters). */
  reference?: string | null | undefined;
};

/** What an ACTIVE partner funds and hires for one intake year (its editors record it); recording a year again replaces its figures. */
export type RecordTrainingContributionInput = {
  /** The version you read. */
  expectedVersion: number;
  /** Graduates of the intake the partner hired (0 to 100000). */
  graduatesHired: number;
  /** The partnership (TrainingPartner). */
  partnerId: string | number;
  /** Seats of the intake the partner funds (0 to 100000). */
  seatsFunded: number;
  /** The intake year (1900 to this year). */
  year: number;
};

/** One year’s intake of a programme (the runner’s editors record it); recording a year again replaces its figures. */
export type RecordTrainingIntakeInput = {
  /** The programme’s version you read. */
  expectedVersion: number;
  /** Trainees of the intake who graduated so far (0 to `trainees`). */
  graduates: number;
  /** The programme. */
  programmeId: string | number;
  /** Trainees admitted (0 to 100000). */
  trainees: number;
  /** The intake year (1900 to this year). */
  year: number;
};

/** A new account. */
export type RegisterInput = {
  /** The name shown to others. */
  displayName: string;
  /** Email address; compared without regard to case. */
  email: string;
  /** At least 12 characters. */
  password: string;
};

/** A measurement to report for your organisation. */
export type ReportIndicatorInput = {
  /** A http(s) link to the evidence. */
  evidenceUrl?: string | null | undefined;
  /** The ICF factor. */
  factor: IcfFactor;
  /** The indicator (1 to 200 characters). */
  indicator: string;
  /** How it was measured (up to 2,000 characters). */
  note?: string | null | undefined;
  /** The reporting organisation; you must be one of its editors or admins. */
  organizationId: string | number;
  /** Last day of the period, YYYY-MM-DD; not before the first. */
  periodEnd: string;
  /** First day of the period, YYYY-MM-DD. */
  periodStart: string;
  /** The unit (1 to 50 characters). */
  unit: string;
  /** The value as an exact decimal string with up to 4 decimals, e.g. "87.5". */
  value: string;
};

/** The owing party reports an obligation met; the licensors then record the outcome. */
export type ReportObligationMetInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The day it was met (YYYY-MM-DD). */
  metOn: string;
  /** The obligation. */
  obligationId: string | number;
};

/** A request to join an organisation. */
export type RequestMembershipInput = {
  /** The organisation to join. */
  organizationId: string | number;
  /** Your title or position there, e.g. "Lecturer" (up to 200 characters). */
  position?: string | null | undefined;
};

/** Ask a programme’s owner to take your project into its programme. */
export type RequestProgrammeAttachmentInput = {
  /** A word to the programme owner (up to 2000 characters). */
  message?: string | null | undefined;
  /** The programme to join. */
  programmeId: string | number;
  /** The project; you must be an editor or admin of its coordinator. */
  projectId: string | number;
};

/** What a deductible cost was for. */
export type RevenueCostKind =
  /** Legal costs of the agreement (drafting, negotiation, enforcement). */
  | 'LEGAL'
  /** Other deductible costs. */
  | 'OTHER'
  /** Patent and other IP protection costs (filing, prosecution, maintenance). */
  | 'PATENT';

/** What income from an agreement was received for. */
export type RevenueReceiptKind =
  /** Proceeds from selling equity received under the agreement. */
  | 'EQUITY_SALE'
  /** A milestone payment. */
  | 'MILESTONE'
  /** Royalties on sales. */
  | 'ROYALTY'
  /** The upfront (signing) fee. */
  | 'UPFRONT';

/** A platform admin’s check of a measurement. */
export type ReviewIndicatorInput = {
  /** The version you checked. */
  expectedVersion: number;
  /** The measurement. */
  id: string | number;
  /** Why (required when rejecting; up to 2,000 characters). */
  note?: string | null | undefined;
  /** True to verify, false to reject. */
  verified: boolean;
};

/** A distribution policy of an organisation (its admins); the three shares must total exactly 100. */
export type SetDistributionPolicyInput = {
  /** Percent to the institution. */
  institutionShare: string;
  /** Percent to the inventors, up to 2 decimals, e.g. "30". */
  inventorsShare: string;
  /** A note, e.g. the decision it implements (up to 2,000 characters). */
  note?: string | null | undefined;
  /** The owning organisation. */
  organizationId: string | number;
  /** Percent to the inventors’ units. */
  unitsShare: string;
  /** First day it applies (YYYY-MM-DD); one policy per organisation and day. */
  validFrom: string;
};

/** Whether the startup consents to its graduation being shown publicly (the startup’s editors). */
export type SetIncubationConsentInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The application. */
  id: string | number;
  /** True: anyone may see that it graduated from the cohort; false: only the parties. */
  publicConsent: boolean;
};

/** The complete new list of inventors of a technology. */
export type SetTechnologyInventorsInput = {
  /** The technology’s version you read. */
  expectedVersion: number;
  /** Every inventor; shares total 100 (or the list is empty). */
  inventors: Array<TechnologyInventorInput>;
  /** The technology. */
  technologyId: string | number;
};

/** The complete new list of ownership periods of a technology. */
export type SetTechnologyOwnersInput = {
  /** The technology’s version you read. */
  expectedVersion: number;
  /** Every ownership period, past, present and future; shares total 100 on every day. */
  owners: Array<TechnologyOwnerInput>;
  /** The technology. */
  technologyId: string | number;
};

/** Whose shares are meant. */
export type SharesSubject =
  /** The inventors’ contribution shares. */
  | 'INVENTORS'
  /** The owning organisations’ ownership shares. */
  | 'OWNERS';

/** Narrows the spin-offs. All given conditions must hold. */
export type SpinOffFilter = {
  /** Spun out of this institution. */
  parentOrganizationId?: string | number | null | undefined;
  /** Words in the startup’s name; accent- and case-insensitive. */
  search?: string | null | undefined;
  /** Status is one of these. */
  status?: Array<SpinOffStatus> | null | undefined;
};

/** Where a spin-off company stands: ACTIVE -> ACQUIRED | CLOSED | IPO; IPO -> ACQUIRED | CLOSED; ACQUIRED -> CLOSED. */
export type SpinOffStatus =
  /** Bought by another company. */
  | 'ACQUIRED'
  /** Operating independently. */
  | 'ACTIVE'
  /** Wound up (final). */
  | 'CLOSED'
  /** Listed on a stock exchange. */
  | 'IPO';

/** Which placements to count. All given conditions must hold. */
export type TalentFlowsFilter = {
  /** From this year, by the year each placement starts. */
  fromYear?: number | null | undefined;
  /** Only placements of these kinds; all kinds when omitted. */
  kinds?: Array<PlacementKind> | null | undefined;
  /** Only placements this organisation is the home or the host of. */
  organizationId?: string | number | null | undefined;
  /** Up to and including this year. */
  toYear?: number | null | undefined;
};

/** Narrows the technologies. All given conditions must hold. */
export type TechnologyFilter = {
  /** Has this field of science and technology (exact). */
  field?: string | null | undefined;
  /** An inventor has this ORCID iD (on their account, or given for an inventor not on the platform). */
  inventorOrcid?: string | null | undefined;
  /** This organisation owns a share today. */
  organizationId?: string | number | null | undefined;
  /** Came out of this project. */
  projectId?: string | number | null | undefined;
  /** Words in the code, title, abstract, fields or keywords; accent- and case-insensitive. */
  search?: string | null | undefined;
  /** Current TRL at most this. */
  trlMax?: number | null | undefined;
  /** Current TRL at least this. */
  trlMin?: number | null | undefined;
};

/** An inventor: a platform user (`userId`) or a named person (`externalName`), with their contribution share. */
export type TechnologyInventorInput = {
  /** The inventor’s unit when it is not on the platform (up to 200 characters). */
  affiliationName?: string | null | undefined;
  /** The inventor’s unit when it is on the platform. */
  affiliationOrganizationId?: string | number | null | undefined;
  /** The inventor’s name when they are not on the platform (up to 200 characters). */
  externalName?: string | null | undefined;
  /** The ORCID iD of an inventor not on the platform, bare or as its URL; a user’s own is on their account. */
  orcid?: string | null | undefined;
  /** Contribution as a percentage, an exact decimal string with up to 2 decimals. */
  share: string;
  /** The inventor’s account; give this or `externalName`. */
  userId?: string | number | null | undefined;
};

/** Ordering of technologies; ties are broken by id. */
export type TechnologyOrder = {
  /** The direction; ascending when omitted. */
  direction?: OrderDirection;
  /** The key to order by. */
  field: TechnologyOrderField;
};

/** What technologies can be ordered by. */
export type TechnologyOrderField =
  /** Code. */
  | 'CODE'
  /** When they were recorded. */
  | 'CREATED_AT'
  /** Title. */
  | 'TITLE';

/** An owning organisation with its share over a period. */
export type TechnologyOwnerInput = {
  /** The organisation. */
  organizationId: string | number;
  /** Percentage as an exact decimal string with up to 2 decimals, e.g. "60" or "33.34". */
  share: string;
  /** First day of ownership (YYYY-MM-DD); today when omitted. */
  validFrom?: string | null | undefined;
  /** Last day of ownership (YYYY-MM-DD); open-ended when omitted. */
  validUntil?: string | null | undefined;
};

/** Where an organisation stands in a training programme: INVITED -> ACTIVE | DECLINED. */
export type TrainingPartnerStatus =
  /** Accepted: a partner of the programme (public). */
  | 'ACTIVE'
  /** Declined by the partner (final). */
  | 'DECLINED'
  /** Invited by the runner’s editors; waiting for the partner’s answer. */
  | 'INVITED';

/** Narrows the training programmes. All given conditions must hold. */
export type TrainingProgrammeFilter = {
  /** With this organisation as an ACTIVE partner. */
  partnerOrganizationId?: string | number | null | undefined;
  /** Run by this organisation. */
  runnerOrganizationId?: string | number | null | undefined;
  /** Words in the title, English title or field; accent- and case-insensitive. */
  search?: string | null | undefined;
};

/** A move in the agreement’s life. */
export type TransitionAgreementInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The agreement. */
  id: string | number;
  /** The day of the move (YYYY-MM-DD): required for EXECUTED (the signing day); for TERMINATED or EXPIRED the end day (today when omitted); for ACTIVE the effective day if none is set yet. */
  on?: string | null | undefined;
  /** The status to move to. */
  status: AgreementStatus;
};

/** A move in a filing’s life, with the dates and numbers the new status needs. */
export type TransitionIpFilingInput = {
  /** The office’s application number (up to 60 characters), e.g. 1-2026-01234. */
  applicationNumber?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** Expiry date as stated by the office (YYYY-MM-DD). */
  expiryDate?: string | null | undefined;
  /** Grant or registration date (YYYY-MM-DD). */
  grantDate?: string | null | undefined;
  /** The filing. */
  id: string | number;
  /** Publication date (YYYY-MM-DD). */
  publicationDate?: string | null | undefined;
  /** Publication number (up to 60 characters). */
  publicationNumber?: string | null | undefined;
  /** Patent or registration number (up to 60 characters). */
  registrationNumber?: string | null | undefined;
  /** The status to move to. PUBLISHED needs the publication date and the application number; GRANTED the grant date and the registration number. */
  status: IpFilingStatus;
  /** The title as filed (up to 300 characters). */
  title?: string | null | undefined;
};

/** A move in the project’s life. */
export type TransitionProjectInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The project. */
  id: string | number;
  /** The status to move to. */
  status: ProjectStatus;
};

/** Changes to an agreement. Omitted fields stay; null clears. Terms, territory and field of use change only while NEGOTIATING. */
export type UpdateAgreementInput = {
  /** ISO 4217 currency of the terms and of all revenue (VND when omitted at creation). */
  currency?: string | null | undefined;
  /** First day in force (YYYY-MM-DD). */
  effectiveOn?: string | null | undefined;
  /** The version you read; if it changed since, nothing is written. */
  expectedVersion: number;
  /** Last day in force (YYYY-MM-DD). */
  expiresOn?: string | null | undefined;
  /** The field of use the rights are limited to (up to 1,000 characters). */
  fieldOfUse?: string | null | undefined;
  /** The agreement. */
  id: string | number;
  /** Milestone payments; on update, the whole list is replaced. */
  milestonePayments?: Array<MilestonePaymentInput> | null | undefined;
  /** Royalty as a percentage of net sales, 0 to 100 with up to 4 decimals, e.g. "3.5"; null for none. */
  royaltyRate?: string | null | undefined;
  /** Territory: ISO 3166-1 alpha-2 codes (VN, SG...) or WORLDWIDE. */
  territory?: Array<string> | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** Upfront fee as an exact decimal string; null for none. */
  upfrontFee?: string | null | undefined;
};

/** Changes to a demand (not a withdrawn one). Omitted fields stay; null clears an optional one. */
export type UpdateDemandInput = {
  /** The budget, for partners (members of verified organisations); null clears it. */
  budget?: BudgetInput | null | undefined;
  /** What is needed (1 to 5,000 characters); public once published. */
  description?: string | null | undefined;
  /** The version you read; if it changed since, nothing is written. */
  expectedVersion: number;
  /** The demand. */
  id: string | number;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** The language of the text. */
  language?: ExchangeLanguage | null | undefined;
  /** The least technology readiness level acceptable (1-9); null when any will do. */
  minTrl?: number | null | undefined;
  /** Sectors (up to 6, no repeats). */
  sectors?: Array<ExchangeSector> | null | undefined;
  /** Title (1 to 300 characters). */
  title?: string | null | undefined;
};

/** Changes to a draft disclosure. Omitted fields stay; null clears the description. */
export type UpdateDisclosureInput = {
  /** New description. */
  description?: string | null | undefined;
  /** The version you read; if it changed since, nothing is written. */
  expectedVersion: number;
  /** The disclosure. */
  id: string | number;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to a cohort or its status (the runner’s editors). Omitted fields stay; null clears. */
export type UpdateIncubationCohortInput = {
  /** Last day applications are taken; null: until the cohort moves on. */
  applicationsCloseOn?: string | null | undefined;
  /** Last day, not before `startsOn`. */
  endsOn?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The cohort. */
  id: string | number;
  /** Name of the intake. */
  name?: string | null | undefined;
  /** How many startups it admits at most; null: no limit. */
  seats?: number | null | undefined;
  /** First day. */
  startsOn?: string | null | undefined;
  /** New status: PLANNED -> OPEN -> RUNNING -> FINISHED; PLANNED, OPEN or RUNNING -> CANCELLED. */
  status?: IncubationCohortStatus | null | undefined;
};

/** Changes to a programme (the runner’s editors). Omitted fields stay; null clears. */
export type UpdateIncubationProgrammeInput = {
  /** What the programme offers and to whom. */
  description?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The programme. */
  id: string | number;
  /** Incubator or accelerator. */
  kind?: IncubationProgrammeKind | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Public website, an http(s) URL. */
  website?: string | null | undefined;
};

/** Changes to a filing’s record. Omitted fields stay; null clears an optional one. The status changes with transitionIpFiling. */
export type UpdateIpFilingInput = {
  /** The office’s application number (up to 60 characters), e.g. 1-2026-01234. */
  applicationNumber?: string | null | undefined;
  /** The version you read; if it changed since, nothing is written. */
  expectedVersion: number;
  /** Expiry date as stated by the office (YYYY-MM-DD). */
  expiryDate?: string | null | undefined;
  /** New filing date (YYYY-MM-DD). */
  filingDate?: string | null | undefined;
  /** Grant or registration date (YYYY-MM-DD). */
  grantDate?: string | null | undefined;
  /** The filing. */
  id: string | number;
  /** New priority date (YYYY-MM-DD). */
  priorityDate?: string | null | undefined;
  /** Publication date (YYYY-MM-DD). */
  publicationDate?: string | null | undefined;
  /** Publication number (up to 60 characters). */
  publicationNumber?: string | null | undefined;
  /** Patent or registration number (up to 60 characters). */
  registrationNumber?: string | null | undefined;
  /** The title as filed (up to 300 characters). */
  title?: string | null | undefined;
};

/** Changes to a milestone. Omitted fields stay. */
export type UpdateMilestoneInput = {
  /** When it was done, YYYY-MM-DD (only with status DONE). */
  completedOn?: string | null | undefined;
  /** New details; null clears them. */
  description?: string | null | undefined;
  /** New due date, YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The milestone. */
  id: string | number;
  /** New status. DONE records `completedOn` (today unless given). */
  status?: MilestoneStatus | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to an offer (not a withdrawn one). Omitted fields stay; null clears an optional one. */
export type UpdateOfferInput = {
  /** Details for partners (members of verified organisations) (up to 20,000 characters); null clears them. */
  details?: string | null | undefined;
  /** The version you read; if it changed since, nothing is written. */
  expectedVersion: number;
  /** The offer. */
  id: string | number;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** What is offered. */
  kind?: OfferKind | null | undefined;
  /** The language of the text. */
  language?: ExchangeLanguage | null | undefined;
  /** An indicative price, for partners (members of verified organisations); null clears it. */
  price?: MoneyInput | null | undefined;
  /** Price terms in words, e.g. "negotiable" (up to 300 characters), for partners (members of verified organisations); null clears it. */
  priceNote?: string | null | undefined;
  /** Sectors (up to 6, no repeats). */
  sectors?: Array<ExchangeSector> | null | undefined;
  /** The public summary (1 to 2,000 characters). */
  summary?: string | null | undefined;
  /** Title (1 to 300 characters). */
  title?: string | null | undefined;
  /** Technology readiness level 1-9 of what is offered; the technology’s current level when omitted at creation. */
  trl?: number | null | undefined;
};

/** Changes to an organisation’s profile. Omitted fields stay as they are; null clears an optional one. */
export type UpdateOrganizationInput = {
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** What the organisation is and does (up to 5,000 characters). */
  description?: string | null | undefined;
  /** The `version` you read; if it changed since, nothing is written and VersionConflictError answers. */
  expectedVersion: number;
  /** Primary helix. */
  helix?: Helix | null | undefined;
  /** The organisation. */
  id: string | number;
  /** What kind of body it is. */
  kind?: OrganizationKind | null | undefined;
  /** Official name. */
  name?: string | null | undefined;
  /** English name. */
  nameEn?: string | null | undefined;
  /** The organisation this one belongs to; you must be an admin of it. */
  parentId?: string | number | null | undefined;
  /** Province, state or region. */
  province?: string | null | undefined;
  /** Its ROR ID (Research Organization Registry), bare or as its URL; check digits are checked. One organisation per ROR ID. */
  rorId?: string | null | undefined;
  /** Further helices of a hybrid actor; must not repeat the primary helix. */
  secondaryHelices?: Array<Helix> | null | undefined;
  /** Abbreviation or usual short name. */
  shortName?: string | null | undefined;
  /** URL handle. */
  slug?: string | null | undefined;
  /** Public website, an http(s) URL. */
  website?: string | null | undefined;
};

/** Changes to a participation: its role (not COORDINATOR) and contributions. Omitted fields stay; null clears. */
export type UpdateParticipantInput = {
  /** Cash contribution; null clears it. */
  cash?: MoneyInput | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** What it contributes in kind; null clears it. */
  inKindDescription?: string | null | undefined;
  /** Value of the in-kind contribution; null clears it. */
  inKindValue?: MoneyInput | null | undefined;
  /** The participant. */
  participantId: string | number;
  /** New role; coordination moves only with transferCoordination. */
  role?: ParticipantRole | null | undefined;
};

/** Changes to a partnership’s fields. Omitted fields stay as they are; null clears an optional field. */
export type UpdatePartnershipInput = {
  /** A new description (up to 10,000 characters); null clears it. */
  description?: string | null | undefined;
  /** Where the signed document is kept (up to 500 characters); null clears it. */
  documentReference?: string | null | undefined;
  /** The `version` you read; if the partnership changed since, nothing is written and VersionConflictError answers. */
  expectedVersion: number;
  /** The partnership. */
  id: string | number;
  /** Day it was signed (`YYYY-MM-DD`); null clears it. */
  signedOn?: string | null | undefined;
  /** A new title (1 to 300 characters). */
  title?: string | null | undefined;
  /** A new kind of agreement. */
  type?: PartnershipType | null | undefined;
  /** First day in force (`YYYY-MM-DD`); null clears it. */
  validFrom?: string | null | undefined;
  /** Last day in force (`YYYY-MM-DD`), not before `validFrom`; null makes it open-ended. */
  validUntil?: string | null | undefined;
};

/** Changes to a placement (editors of either side). Its terms (kind, title, topic, period) change only while PROPOSED, and a change withdraws the agreement of the side you do not speak for; the supervisor (host editors) and tutor (home editors) change until it ends. Omitted fields stay; null clears. */
export type UpdatePlacementInput = {
  /** Last day (YYYY-MM-DD), not before the first. */
  endsOn?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The placement. */
  id: string | number;
  /** What kind of placement it is. */
  kind?: PlacementKind | null | undefined;
  /** First day (YYYY-MM-DD). */
  startsOn?: string | null | undefined;
  /** The host’s supervisor (an active member of the host); null clears. */
  supervisorUserId?: string | number | null | undefined;
  /** Title of the placement. */
  title?: string | null | undefined;
  /** What the person works on; null clears. */
  topic?: string | null | undefined;
  /** The home organisation’s tutor (an active member of it); null clears. */
  tutorUserId?: string | number | null | undefined;
};

/** Changes to your own profile. Omitted fields stay as they are; null clears the ORCID iD. */
export type UpdateProfileInput = {
  /** The name shown to others (1 to 200 characters). */
  displayName?: string | null | undefined;
  /** The language mail to you is written in; null: your organisation’s (Vietnamese in Viet Nam, English elsewhere). */
  language?: Language | null | undefined;
  /** Your ORCID iD, bare or as its URL; the check digit is checked. One account per ORCID iD. */
  orcid?: string | null | undefined;
};

/** Changes to a project. Omitted fields stay; null clears an optional one. */
export type UpdateProjectInput = {
  /** Total budget: an exact amount and its currency. */
  budget?: MoneyInput | null | undefined;
  /** The full description (up to 20,000 characters). */
  description?: string | null | undefined;
  /** End date, YYYY-MM-DD; not before the start. */
  endDate?: string | null | undefined;
  /** The version you read; if it changed since, nothing is written. */
  expectedVersion: number;
  /** The ICF factors it serves. */
  icfFactors?: Array<IcfFactor> | null | undefined;
  /** The project. */
  id: string | number;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** The programme it belongs to; only the programme owner’s editors may attach a project to it (PROGRAMME_CONSENT_REQUIRED otherwise). */
  programmeId?: string | number | null | undefined;
  /** Start date, YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** A paragraph for listings (up to 1,000 characters). */
  summary?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** Who may read it; PARTNERS when omitted at creation. */
  visibility?: ProjectVisibility | null | undefined;
};

/** Changes to a spin-off (the parent’s editors). Omitted fields stay; null clears. */
export type UpdateSpinOffInput = {
  /** The licence or assignment it works under. */
  agreementId?: string | number | null | undefined;
  /** Percent held by the parent; null clears. */
  equityHeld?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** Day it was founded (YYYY-MM-DD). */
  foundedOn?: string | null | undefined;
  /** The spin-off. */
  id: string | number;
  /** New status: ACTIVE -> ACQUIRED | CLOSED | IPO; IPO -> ACQUIRED | CLOSED; ACQUIRED -> CLOSED. */
  status?: SpinOffStatus | null | undefined;
};

/** Changes to a technology. Omitted fields stay; null clears an optional one. */
export type UpdateTechnologyInput = {
  /** Abstract (up to 10,000 characters). */
  abstract?: string | null | undefined;
  /** The version you read; if it changed since, nothing is written. */
  expectedVersion: number;
  /** Fields of science and technology (up to 10, each up to 100 characters). */
  fields?: Array<string> | null | undefined;
  /** The technology. */
  id: string | number;
  /** Keywords (up to 20, each up to 60 characters). */
  keywords?: Array<string> | null | undefined;
  /** Replaces the originating projects; you must be able to read them. */
  projectIds?: Array<string | number> | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** Changes to a training programme (the runner’s editors). Omitted fields stay; null clears. */
export type UpdateTrainingProgrammeInput = {
  /** Where the curriculum is published, an http(s) URL; null clears. */
  curriculumUrl?: string | null | undefined;
  /** What trainees learn, and how (up to 5,000 characters); null clears. */
  description?: string | null | undefined;
  /** Last day it runs (YYYY-MM-DD); null makes it open-ended. */
  endsOn?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** Field of study, e.g. automation engineering; null clears. */
  field?: string | null | undefined;
  /** The programme. */
  id: string | number;
  /** First day it runs (YYYY-MM-DD). */
  startsOn?: string | null | undefined;
  /** Title. */
  title?: string | null | undefined;
  /** English title; null clears. */
  titleEn?: string | null | undefined;
};

/** Changes to a webhook endpoint; what is omitted stays. */
export type UpdateWebhookEndpointInput = {
  /** A new description; null removes it. */
  description?: string | null | undefined;
  /** False disables the endpoint; true enables it again (after it was disabled for failing). */
  enabled?: boolean | null | undefined;
  /** The kinds of change to receive from now on (at least one). */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The endpoint. */
  id: string | number;
  /** A new URL. */
  url?: string | null | undefined;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed (over about a day and a half by default). */
  | 'FAILED'
  /** Waiting for its first attempt. */
  | 'PENDING'
  /** An attempt failed; the next follows with exponential backoff. */
  | 'RETRYING'
  /** Not sent: the endpoint was disabled first. */
  | 'SKIPPED'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** Whether an endpoint receives deliveries. */
export type WebhookEndpointStatus =
  /** Receives the events it listens to. */
  | 'ACTIVE'
  /** Receives nothing: disabled by its admins, or after every attempt of a delivery failed. Enable it again with `updateWebhookEndpoint`. */
  | 'DISABLED';

/** A kind of change webhooks announce; the event’s `type` is the change’s action, e.g. `project.updated`. */
export type WebhookEventType =
  /** Licence and other agreements, and their obligations. */
  | 'AGREEMENT'
  /** Invention disclosures and their evaluation. */
  | 'DISCLOSURE'
  /** Technology offers, demands, interests and deals. */
  | 'EXCHANGE'
  /** IP filings and their deadlines. */
  | 'FILING'
  /** Incubation programmes and cohorts it runs, and applications to them, with their mentors, milestones and reports (heard by the runner and by the startup). */
  | 'INCUBATION'
  /** Members, invitations and requests to join. */
  | 'MEMBERSHIP'
  /** The organisation’s profile, partnerships, spin-offs and indicators. */
  | 'ORGANIZATION'
  /** Organisations invited to, joining and leaving projects. */
  | 'PARTICIPATION'
  /** Projects, their milestones, programmes and requests to join programmes. */
  | 'PROJECT'
  /** Receipts, costs and distributions of licence income. */
  | 'REVENUE'
  /** Placements of people between organisations (never who the person is) and training programmes, their partners and intakes. */
  | 'TALENT'
  /** Technologies, their owners, inventors and TRL assessments. */
  | 'TECHNOLOGY';

/** Taking an offer or demand off the exchange for good. */
export type WithdrawExchangeItemInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The offer or demand. */
  id: string | number;
};

export type AdminConsoleOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AdminConsoleOrganizationQuery = { organization: { id: string, verified: boolean } | null };

export type AdminConsoleApiKeysQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AdminConsoleApiKeysQuery = { organization: { apiKeys: Array<{ name: string, active: boolean }> } | null };

export type AdminConsoleDisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminConsoleDisableUserMutation = { disableUser: { id: string, disabled: boolean } };

export type AdminConsoleRequestMembershipMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;


export type AdminConsoleRequestMembershipMutation = { requestMembership:
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'Membership' }
   };

export type AgreementQueryVariables = Exact<{
  id?: string | number | null | undefined;
  code?: string | null | undefined;
}>;


export type AgreementQuery = { agreement: { id: string, code: string, title: string, type: AgreementType, status: AgreementStatus, territory: Array<string>, fieldOfUse: string | null, effectiveOn: string | null, expiresOn: string | null, executedOn: string | null, endedOn: string | null, version: number, obligations: Array<{ id: string, status: ObligationStatus }>, licensors: Array<{ id: string }>, licensee: { id: string } | null, technologies: Array<{ id: string, code: string }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null, milestonePayments: Array<{ id: string, description: string, dueOn: string | null, status: MilestonePaymentStatus, amount: { amount: string, currency: string } }> } } | null };

export type AgreementsQueryVariables = Exact<{
  filter?: AgreementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgreementsQuery = { agreements: { totalCount: number, edges: Array<{ node: { id: string, code: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { updateAgreement:
    | { __typename: 'Agreement', id: string, code: string, title: string, type: AgreementType, status: AgreementStatus, territory: Array<string>, fieldOfUse: string | null, effectiveOn: string | null, expiresOn: string | null, executedOn: string | null, endedOn: string | null, version: number, licensors: Array<{ id: string }>, licensee: { id: string } | null, technologies: Array<{ id: string, code: string }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null, milestonePayments: Array<{ id: string, description: string, dueOn: string | null, status: MilestonePaymentStatus, amount: { amount: string, currency: string } }> } }
    | { __typename: 'AgreementStateError', currentStatus: AgreementStatus, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type AddObligationMutationVariables = Exact<{
  input: AddObligationInput;
}>;


export type AddObligationMutation = { addObligation:
    | { __typename: 'AgreementObligation', id: string, kind: ObligationKind, description: string, dueOn: string, owedBy: ObligationParty, status: ObligationStatus, overdue: boolean, version: number, agreement: { id: string } | null }
    | { __typename: 'AgreementStateError', code: string, message: string, field: string | null }
   };

export type ReportObligationMetMutationVariables = Exact<{
  input: ReportObligationMetInput;
}>;


export type ReportObligationMetMutation = { reportObligationMet:
    | { __typename: 'AgreementObligation', id: string, status: ObligationStatus, reportedMetOn: string | null, reportedAt: string | null, version: number }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidObligationTransitionError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type RecordObligationOutcomeMutationVariables = Exact<{
  input: RecordObligationOutcomeInput;
}>;


export type RecordObligationOutcomeMutation = { recordObligationOutcome:
    | { __typename: 'AgreementObligation', id: string, status: ObligationStatus, metOn: string | null, outcomeNote: string | null, version: number }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidObligationTransitionError', currentStatus: ObligationStatus, allowedStatuses: Array<ObligationStatus>, code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type OverdueObligationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueObligationsQuery = { overdueObligations: { totalCount: number, edges: Array<{ node: { id: string, dueOn: string, overdue: boolean } }> } };

export type AgreementObligationsQueryVariables = Exact<{
  filter?: ObligationFilter | null | undefined;
}>;


export type AgreementObligationsQuery = { agreementObligations: { totalCount: number, edges: Array<{ node: { id: string, dueOn: string, status: ObligationStatus } }> } };

export type AgreementsOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type AgreementsOrganizationQuery = { organization: { agreements: { totalCount: number } } | null };

export type AgreementsAgreementsQueryVariables = Exact<{
  first?: number | null | undefined;
  organizationId?: string | number | null | undefined;
}>;


export type AgreementsAgreementsQuery = { agreements: { edges: Array<{ node: { code: string, status: AgreementStatus, licensee: { name: string } | null, licensors: Array<{ name: string, children: Array<{ name: string }> }>, technologies: Array<{ code: string, owners: Array<{ organization: { name: string } | null }> }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null, milestonePayments: Array<{ description: string, amount: { amount: string, currency: string } }> }, obligations: Array<{ dueOn: string, overdue: boolean, agreement: { code: string, licensee: { name: string } | null } | null }>, receipts: Array<{ kind: RevenueReceiptKind, receivedOn: string, amount: { amount: string, currency: string } }>, costs: Array<{ kind: RevenueCostKind, amount: { amount: string } }> | null, distributions: Array<{ periodEnd: string, net: { amount: string }, agreement: { code: string } | null, lines: Array<{ beneficiaryKind: DistributionBeneficiaryKind, inventorName: string | null, amount: { amount: string }, payer: { name: string } | null, organization: { name: string } | null, agreement: { code: string } | null }> }> | null } }> }, agreementObligations: { edges: Array<{ node: { description: string, overdue: boolean, agreement: { code: string, licensors: Array<{ name: string }>, terms: { currency: string } } | null } }> }, organization: { agreements: { totalCount: number, edges: Array<{ node: { code: string, licensee: { name: string } | null, obligations: Array<{ status: ObligationStatus }> } }> } } | null };

export type AuthLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AuthLoginMutation = { login:
    | { __typename: 'AccountDisabledError', code: string, message: string, field: string | null }
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, email: string | null, displayName: string, platformRole: PlatformRole } }
    | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null }
   };

export type AuthRefreshSessionMutationVariables = Exact<{
  token: string;
}>;


export type AuthRefreshSessionMutation = { refreshSession:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string }
    | { __typename: 'InvalidRefreshTokenError', code: string, message: string, field: string | null }
   };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { id: string, email: string | null, displayName: string, platformRole: PlatformRole, disabled: boolean } };

export type AuthRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AuthRegisterMutation = { register:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type AuthChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AuthChangePasswordMutation = { changePassword:
    | { __typename: 'InvalidCredentialsError', code: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'User' }
   };

export type AuthDisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthDisableUserMutation = { disableUser: { id: string, disabled: boolean } };

export type AuthEnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthEnableUserMutation = { enableUser: { disabled: boolean } };

export type AuthOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthOrganizationsQuery = { organizations: { totalCount: number } };

export type AuthzAccountsRowsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AuthzAccountsRowsInviteMemberMutation = { inviteMember:
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvitationCreated', token: string, invitation: { id: string } }
   };

export type AuthzAccountsRowsOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAccountsRowsOrganizationsQuery = { organizations: { totalCount: number } };

export type AuthzAccountsRowsOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAccountsRowsOrganizationQuery = { organization: { name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string } };

export type AuthzAccountsRowsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAccountsRowsViewerQuery = { viewer:
    | { __typename: 'ApiKey', id: string, name: string, organization: { id: string } | null }
    | { __typename: 'User', id: string }
   };

export type AuthzAccountsRowsOrganization2QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAccountsRowsOrganization2Query = { organization: { apiKeys: Array<{ id: string }> } | null };

export type AuthzAccountsRowsAuditLogQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAccountsRowsAuditLogQuery = { auditLog: { totalCount: number } };

export type AuthzAccountsRowsAuditLog2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAccountsRowsAuditLog2Query = { auditLog: { totalCount: number } };

export type AuthzAccountsRowsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAccountsRowsUsersQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, email: string | null, disabled: boolean } }> } };

export type AuthzAccountsRowsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AuthzAccountsRowsRegisterMutation = { register:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzAccountsRowsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AuthzAccountsRowsLoginMutation = { login:
    | { __typename: 'AccountDisabledError' }
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
   };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidRefreshTokenError' }
   };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword:
    | { __typename: 'InvalidCredentialsError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'User' }
   };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'User' }
   };

export type AuthzAccountsRowsCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AuthzAccountsRowsCreateOrganizationMutation = { createOrganization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Organization' }
    | { __typename: 'SlugTakenError' }
   };

export type AuthzAccountsRowsUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type AuthzAccountsRowsUpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Organization' }
    | { __typename: 'SlugTakenError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzAccountsRowsVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzAccountsRowsVerifyOrganizationMutation = { verifyOrganization: { id: string } };

export type AuthzAccountsRowsArchiveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzAccountsRowsArchiveOrganizationMutation = { archiveOrganization: { id: string } };

export type AuthzAccountsRowsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuthzAccountsRowsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string } };

export type AuthzAccountsRowsOrganization3QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAccountsRowsOrganization3Query = { organization: { members: { totalCount: number } | null } | null };

export type AuthzAccountsRowsOrganization4QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAccountsRowsOrganization4Query = { organization: { invitations: Array<{ id: string }> | null } | null };

export type AuthzAccountsRowsInvitationHistoryQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAccountsRowsInvitationHistoryQuery = { organization: { invitationHistory: { totalCount: number } | null } | null };

export type AuthzAccountsRowsOrganization5QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAccountsRowsOrganization5Query = { organization: { members: { edges: Array<{ node: { user: { id: string, email: string | null } } }> } | null } | null };

export type AuthzAccountsRowsMyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAccountsRowsMyMembershipsQuery = { myMemberships: Array<{ id: string }> };

export type AuthzAccountsRowsInviteMember2MutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type AuthzAccountsRowsInviteMember2Mutation = { inviteMember:
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvitationCreated' }
   };

export type AuthzAccountsRowsAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AuthzAccountsRowsAcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AcceptedInvitation' }
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvitationInvalidError' }
   };

export type AuthzAccountsRowsRevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzAccountsRowsRevokeInvitationMutation = { revokeInvitation:
    | { __typename: 'Invitation' }
    | { __typename: 'InvitationInvalidError' }
   };

export type AuthzAccountsRowsRequestMembershipMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;


export type AuthzAccountsRowsRequestMembershipMutation = { requestMembership:
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'Membership' }
   };

export type AuthzAccountsRowsApproveMembershipRequestMutationVariables = Exact<{
  input: ApproveMembershipRequestInput;
}>;


export type AuthzAccountsRowsApproveMembershipRequestMutation = { approveMembershipRequest:
    | { __typename: 'Membership' }
    | { __typename: 'MembershipStatusError' }
   };

export type AuthzAccountsRowsDeclineMembershipRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzAccountsRowsDeclineMembershipRequestMutation = { declineMembershipRequest:
    | { __typename: 'Membership' }
    | { __typename: 'MembershipStatusError' }
   };

export type AuthzAccountsRowsChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type AuthzAccountsRowsChangeMemberRoleMutation = { changeMemberRole:
    | { __typename: 'LastAdminError' }
    | { __typename: 'Membership' }
    | { __typename: 'MembershipStatusError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzAccountsRowsRemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzAccountsRowsRemoveMemberMutation = { removeMember:
    | { __typename: 'LastAdminError' }
    | { __typename: 'Membership' }
    | { __typename: 'MembershipStatusError' }
   };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string } };

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string } };

export type AuthzAccountsRowsLeaveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzAccountsRowsLeaveOrganizationMutation = { leaveOrganization:
    | { __typename: 'LastAdminError' }
    | { __typename: 'Membership' }
   };

export type AuthzAgreementsRowsCreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type AuthzAgreementsRowsCreateTechnologyMutation = { createTechnology:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'Technology', id: string }
    | { __typename: 'TechnologyCodeTakenError' }
   };

export type AuthzAgreementsRowsAddObligationMutationVariables = Exact<{
  input: AddObligationInput;
}>;


export type AuthzAgreementsRowsAddObligationMutation = { addObligation:
    | { __typename: 'AgreementObligation', id: string }
    | { __typename: 'AgreementStateError' }
   };

export type SetDistributionPolicyMutationVariables = Exact<{
  input: SetDistributionPolicyInput;
}>;


export type SetDistributionPolicyMutation = { setDistributionPolicy:
    | { __typename: 'DistributionPolicy' }
    | { __typename: 'InvalidInputError' }
   };

export type RecordRevenueReceiptMutationVariables = Exact<{
  input: RecordRevenueReceiptInput;
}>;


export type RecordRevenueReceiptMutation = { recordRevenueReceipt:
    | { __typename: 'AgreementStateError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'RevenueReceipt' }
   };

export type DistributeRevenueMutationVariables = Exact<{
  id: string | number;
  upTo: string;
}>;


export type DistributeRevenueMutation = { distributeRevenue:
    | { __typename: 'AgreementStateError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MissingDistributionPolicyError' }
    | { __typename: 'NegativeNetRevenueError' }
    | { __typename: 'NothingToDistributeError' }
    | { __typename: 'RevenueDistribution' }
   };

export type CreateSpinOffMutationVariables = Exact<{
  input: CreateSpinOffInput;
}>;


export type CreateSpinOffMutation = { createSpinOff:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SlugTakenError' }
    | { __typename: 'SpinOff', id: string }
   };

export type AuthzAgreementsRowsAgreementQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAgreementsRowsAgreementQuery = { agreement: { id: string } | null };

export type AuthzAgreementsRowsAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAgreementsRowsAgreementsQuery = { agreements: { edges: Array<{ node: { id: string } }> } };

export type AuthzAgreementsRowsAgreement2QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAgreementsRowsAgreement2Query = { agreement: { costs: Array<{ id: string }> | null } | null };

export type AuthzAgreementsRowsAgreement3QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAgreementsRowsAgreement3Query = { agreement: { distributions: Array<{ id: string }> | null } | null };

export type AuthzAgreementsRowsOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzAgreementsRowsOrganizationQuery = { organization: { distributionPolicies: Array<{ id: string }> | null } | null };

export type AuthzAgreementsRowsAgreementObligationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAgreementsRowsAgreementObligationsQuery = { agreementObligations: { edges: Array<{ node: { id: string } }> } };

export type AuthzAgreementsRowsOverdueObligationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAgreementsRowsOverdueObligationsQuery = { overdueObligations: { edges: Array<{ node: { id: string } }> } };

export type AuthzAgreementsRowsCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type AuthzAgreementsRowsCreateAgreementMutation = { createAgreement:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementCodeTakenError' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzAgreementsRowsUpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type AuthzAgreementsRowsUpdateAgreementMutation = { updateAgreement:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementStateError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzAgreementsRowsTransitionAgreementMutationVariables = Exact<{
  input: TransitionAgreementInput;
}>;


export type AuthzAgreementsRowsTransitionAgreementMutation = { transitionAgreement:
    | { __typename: 'Agreement' }
    | { __typename: 'InvalidAgreementTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzAgreementsRowsAddObligation2MutationVariables = Exact<{
  input: AddObligationInput;
}>;


export type AuthzAgreementsRowsAddObligation2Mutation = { addObligation:
    | { __typename: 'AgreementObligation' }
    | { __typename: 'AgreementStateError' }
   };

export type AuthzAgreementsRowsReportObligationMetMutationVariables = Exact<{
  input: ReportObligationMetInput;
}>;


export type AuthzAgreementsRowsReportObligationMetMutation = { reportObligationMet:
    | { __typename: 'AgreementObligation' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvalidObligationTransitionError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzAgreementsRowsRecordObligationOutcomeMutationVariables = Exact<{
  input: RecordObligationOutcomeInput;
}>;


export type AuthzAgreementsRowsRecordObligationOutcomeMutation = { recordObligationOutcome:
    | { __typename: 'AgreementObligation' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvalidObligationTransitionError' }
    | { __typename: 'VersionConflictError' }
   };

export type RecordRevenueCostMutationVariables = Exact<{
  input: RecordRevenueCostInput;
}>;


export type RecordRevenueCostMutation = { recordRevenueCost:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'RevenueCost' }
   };

export type MarkDistributionLinePaidMutationVariables = Exact<{
  input: MarkDistributionLinePaidInput;
}>;


export type MarkDistributionLinePaidMutation = { markDistributionLinePaid:
    | { __typename: 'DistributionLine' }
    | { __typename: 'DistributionLinePaidError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type MyDistributionLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDistributionLinesQuery = { myDistributionLines: { edges: Array<{ node: { id: string } }> } };

export type SpinOffsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpinOffsQuery = { spinOffs: { edges: Array<{ node: { id: string } }> } };

export type AuthzAgreementsRowsSpinOffsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzAgreementsRowsSpinOffsQuery = { spinOffs: { edges: Array<{ node: { id: string, equityHeld: string | null } }> } };

export type AuthzAgreementsRowsCreateSpinOffMutationVariables = Exact<{
  input: CreateSpinOffInput;
}>;


export type AuthzAgreementsRowsCreateSpinOffMutation = { createSpinOff:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SlugTakenError' }
    | { __typename: 'SpinOff' }
   };

export type UpdateSpinOffMutationVariables = Exact<{
  input: UpdateSpinOffInput;
}>;


export type UpdateSpinOffMutation = { updateSpinOff:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvalidSpinOffTransitionError' }
    | { __typename: 'SpinOff' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type AuthzExchangeRowsCreateOfferMutation = { createOffer:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer', id: string, version: number }
   };

export type AuthzExchangeRowsCreateDemandMutationVariables = Exact<{
  input: CreateDemandInput;
}>;


export type AuthzExchangeRowsCreateDemandMutation = { createDemand:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand', id: string, version: number }
   };

export type AuthzExchangeRowsExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type AuthzExchangeRowsExpressInterestMutation = { expressInterest:
    | { __typename: 'AlreadyInterestedError' }
    | { __typename: 'ExchangeInterest', id: string }
    | { __typename: 'InterestNotAllowedError' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzExchangeRowsCreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type AuthzExchangeRowsCreateTechnologyMutation = { createTechnology:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'Technology', id: string }
    | { __typename: 'TechnologyCodeTakenError' }
   };

export type ExchangeRowsAssessTrlMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type ExchangeRowsAssessTrlMutation = { assessTrl:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Technology' }
   };

export type AuthzExchangeRowsPublishOfferMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type AuthzExchangeRowsPublishOfferMutation = { publishOffer:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsPublishDemandMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type AuthzExchangeRowsPublishDemandMutation = { publishDemand:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AuthzExchangeRowsCreateOrganizationMutation = { createOrganization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Organization', id: string }
    | { __typename: 'SlugTakenError' }
   };

export type AuthzExchangeRowsVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsVerifyOrganizationMutation = { verifyOrganization: { id: string } };

export type AuthzExchangeRowsOpenDealMutationVariables = Exact<{
  input: OpenDealInput;
}>;


export type AuthzExchangeRowsOpenDealMutation = { openDeal:
    | { __typename: 'Deal', id: string }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzExchangeRowsTechnologyOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyOfferQuery = { technologyOffer: { id: string } | null };

export type AuthzExchangeRowsTechnologyOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzExchangeRowsTechnologyOffersQuery = { technologyOffers: { edges: Array<{ node: { id: string } }> } };

export type AuthzExchangeRowsTechnologyOffer2QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyOffer2Query = { technologyOffer: { price: { amount: string } | null } | null };

export type AuthzExchangeRowsTechnologyOffer3QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyOffer3Query = { technologyOffer: { details: string | null } | null };

export type AuthzExchangeRowsTechnologyOffer4QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyOffer4Query = { technologyOffer: { priceNote: string | null } | null };

export type AuthzExchangeRowsTechnologyOffer5QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyOffer5Query = { technologyOffer: { technology: { id: string } | null } | null };

export type AuthzExchangeRowsTechnologyOffer6QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyOffer6Query = { technologyOffer: { interests: Array<{ id: string }> } | null };

export type AuthzExchangeRowsTechnologyDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyDemandQuery = { technologyDemand: { id: string } | null };

export type AuthzExchangeRowsTechnologyDemandsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzExchangeRowsTechnologyDemandsQuery = { technologyDemands: { edges: Array<{ node: { id: string } }> } };

export type AuthzExchangeRowsTechnologyDemand2QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsTechnologyDemand2Query = { technologyDemand: { budget: { currency: string } | null } | null };

export type AuthzExchangeRowsMatchesForOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsMatchesForOfferQuery = { matchesForOffer: Array<{ score: number }> };

export type AuthzExchangeRowsMatchesForDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsMatchesForDemandQuery = { matchesForDemand: Array<{ score: number }> };

export type AuthzExchangeRowsStaleUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type AuthzExchangeRowsStaleUpdateOfferMutation = { updateOffer:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsStalePublishOfferMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type AuthzExchangeRowsStalePublishOfferMutation = { publishOffer:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsStaleRenewOfferMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type AuthzExchangeRowsStaleRenewOfferMutation = { renewOffer:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsStaleWithdrawOfferMutationVariables = Exact<{
  input: WithdrawExchangeItemInput;
}>;


export type AuthzExchangeRowsStaleWithdrawOfferMutation = { withdrawOffer:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsStaleUpdateDemandMutationVariables = Exact<{
  input: UpdateDemandInput;
}>;


export type AuthzExchangeRowsStaleUpdateDemandMutation = { updateDemand:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsStalePublishDemandMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type AuthzExchangeRowsStalePublishDemandMutation = { publishDemand:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsStaleRenewDemandMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type AuthzExchangeRowsStaleRenewDemandMutation = { renewDemand:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsStaleWithdrawDemandMutationVariables = Exact<{
  input: WithdrawExchangeItemInput;
}>;


export type AuthzExchangeRowsStaleWithdrawDemandMutation = { withdrawDemand:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsWithdrawInterestMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsWithdrawInterestMutation = { withdrawInterest:
    | { __typename: 'ExchangeInterest' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzExchangeRowsExchangeInterestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzExchangeRowsExchangeInterestsQuery = { exchangeInterests: { edges: Array<{ node: { id: string } }> } };

export type AuthzExchangeRowsOpenDeal2MutationVariables = Exact<{
  input: OpenDealInput;
}>;


export type AuthzExchangeRowsOpenDeal2Mutation = { openDeal:
    | { __typename: 'Deal' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzExchangeRowsDealQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzExchangeRowsDealQuery = { deal: { id: string } };

export type DealsQueryVariables = Exact<{ [key: string]: never; }>;


export type DealsQuery = { deals: { edges: Array<{ node: { id: string } }> } };

export type AuthzExchangeRowsAdvanceDealMutationVariables = Exact<{
  input: AdvanceDealInput;
}>;


export type AuthzExchangeRowsAdvanceDealMutation = { advanceDeal:
    | { __typename: 'Deal' }
    | { __typename: 'DealAgreementMismatchError' }
    | { __typename: 'InvalidDealTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzExchangeRowsDropDealMutationVariables = Exact<{
  input: DropDealInput;
}>;


export type AuthzExchangeRowsDropDealMutation = { dropDeal:
    | { __typename: 'Deal' }
    | { __typename: 'DealAgreementMismatchError' }
    | { __typename: 'InvalidDealTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzImportsRowsImportSpreadsheetMutationVariables = Exact<{
  input: ImportSpreadsheetInput;
}>;


export type AuthzImportsRowsImportSpreadsheetMutation = { importSpreadsheet: { applied: boolean, created: number, problems: Array<{ row: number, column: string | null, code: string }> } };

export type AuthzIncubationApplyMutationVariables = Exact<{
  input: ApplyToIncubationCohortInput;
}>;


export type AuthzIncubationApplyMutation = { applyToIncubationCohort:
    | { __typename: 'IncubationApplication', id: string, version: number, startup: { id: string } | null }
    | { __typename: 'IncubationCohortNotOpenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SlugTakenError' }
   };

export type AuthzIncubationMoveMutationVariables = Exact<{
  input: ChangeIncubationApplicationStatusInput;
}>;


export type AuthzIncubationMoveMutation = { changeIncubationApplicationStatus:
    | { __typename: 'IncubationApplication', id: string, version: number }
    | { __typename: 'InvalidIncubationApplicationTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationSetUpProgrammeMutationVariables = Exact<{
  input: CreateIncubationProgrammeInput;
}>;


export type AuthzIncubationSetUpProgrammeMutation = { createIncubationProgramme:
    | { __typename: 'IncubationProgramme', id: string }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationSetUpCohortMutationVariables = Exact<{
  input: CreateIncubationCohortInput;
}>;


export type AuthzIncubationSetUpCohortMutation = { createIncubationCohort:
    | { __typename: 'IncubationCohort', id: string, version: number }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationOpenMutationVariables = Exact<{
  input: UpdateIncubationCohortInput;
}>;


export type AuthzIncubationOpenMutation = { updateIncubationCohort:
    | { __typename: 'IncubationCohort', id: string }
    | { __typename: 'InvalidIncubationCohortTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationReportMutationVariables = Exact<{
  input: AddIncubationReportInput;
}>;


export type AuthzIncubationReportMutation = { addIncubationReport:
    | { __typename: 'IncubationReport', id: string }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationMentorMutationVariables = Exact<{
  input: AssignIncubationMentorInput;
}>;


export type AuthzIncubationMentorMutation = { assignIncubationMentor:
    | { __typename: 'IncubationMentor', id: string }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationMilestoneMutationVariables = Exact<{
  input: AddIncubationMilestoneInput;
}>;


export type AuthzIncubationMilestoneMutation = { addIncubationMilestone:
    | { __typename: 'IncubationMilestone', id: string }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationConsentMutationVariables = Exact<{
  input: SetIncubationConsentInput;
}>;


export type AuthzIncubationConsentMutation = { setIncubationConsent:
    | { __typename: 'IncubationApplication', id: string }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzIncubationProgrammeQuery = { incubationProgramme: { id: string, cohorts: { edges: Array<{ node: { id: string, graduates: Array<{ id: string }> } }> } } | null };

export type AuthzIncubationProgrammesQueryVariables = Exact<{
  filter?: IncubationProgrammeFilter | null | undefined;
}>;


export type AuthzIncubationProgrammesQuery = { incubationProgrammes: { edges: Array<{ node: { id: string } }> } };

export type AuthzIncubationFileQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzIncubationFileQuery = { incubationApplication: { id: string, pitch: string | null, decisionReason: string | null, reports: Array<{ jobs: number }> } | null };

export type AuthzIncubationFilesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzIncubationFilesQuery = { incubationApplications: { edges: Array<{ node: { id: string } }> } };

export type AuthzIncubationOfStartupQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzIncubationOfStartupQuery = { organization: { incubations: { edges: Array<{ node: { id: string, pitch: string | null, mentors: Array<{ current: boolean }> } }> } } | null };

export type AuthzIncubationRowsCreateProgrammeMutationVariables = Exact<{
  input: CreateIncubationProgrammeInput;
}>;


export type AuthzIncubationRowsCreateProgrammeMutation = { createIncubationProgramme:
    | { __typename: 'IncubationProgramme' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationRowsUpdateProgrammeMutationVariables = Exact<{
  input: UpdateIncubationProgrammeInput;
}>;


export type AuthzIncubationRowsUpdateProgrammeMutation = { updateIncubationProgramme:
    | { __typename: 'IncubationProgramme' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationRowsCreateCohortMutationVariables = Exact<{
  input: CreateIncubationCohortInput;
}>;


export type AuthzIncubationRowsCreateCohortMutation = { createIncubationCohort:
    | { __typename: 'IncubationCohort' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationRowsUpdateCohortMutationVariables = Exact<{
  input: UpdateIncubationCohortInput;
}>;


export type AuthzIncubationRowsUpdateCohortMutation = { updateIncubationCohort:
    | { __typename: 'IncubationCohort' }
    | { __typename: 'InvalidIncubationCohortTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationRowsApplyNewMutationVariables = Exact<{
  input: ApplyToIncubationCohortInput;
}>;


export type AuthzIncubationRowsApplyNewMutation = { applyToIncubationCohort:
    | { __typename: 'IncubationApplication' }
    | { __typename: 'IncubationCohortNotOpenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SlugTakenError' }
   };

export type AuthzIncubationRowsApplyAgainMutationVariables = Exact<{
  input: ApplyToIncubationCohortInput;
}>;


export type AuthzIncubationRowsApplyAgainMutation = { applyToIncubationCohort:
    | { __typename: 'IncubationApplication' }
    | { __typename: 'IncubationCohortNotOpenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SlugTakenError' }
   };

export type AuthzIncubationRowsDecideMutationVariables = Exact<{
  input: ChangeIncubationApplicationStatusInput;
}>;


export type AuthzIncubationRowsDecideMutation = { changeIncubationApplicationStatus:
    | { __typename: 'IncubationApplication' }
    | { __typename: 'InvalidIncubationApplicationTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationRowsLeaveMutationVariables = Exact<{
  input: ChangeIncubationApplicationStatusInput;
}>;


export type AuthzIncubationRowsLeaveMutation = { changeIncubationApplicationStatus:
    | { __typename: 'IncubationApplication' }
    | { __typename: 'InvalidIncubationApplicationTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationRowsConsentMutationVariables = Exact<{
  input: SetIncubationConsentInput;
}>;


export type AuthzIncubationRowsConsentMutation = { setIncubationConsent:
    | { __typename: 'IncubationApplication' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationRowsAssignMentorMutationVariables = Exact<{
  input: AssignIncubationMentorInput;
}>;


export type AuthzIncubationRowsAssignMentorMutation = { assignIncubationMentor:
    | { __typename: 'IncubationMentor' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationRowsEndMentorMutationVariables = Exact<{
  input: EndIncubationMentorInput;
}>;


export type AuthzIncubationRowsEndMentorMutation = { endIncubationMentor:
    | { __typename: 'IncubationMentor' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationRowsAddMilestoneMutationVariables = Exact<{
  input: AddIncubationMilestoneInput;
}>;


export type AuthzIncubationRowsAddMilestoneMutation = { addIncubationMilestone:
    | { __typename: 'IncubationMilestone' }
    | { __typename: 'InvalidInputError' }
   };

export type AuthzIncubationRowsMarkMilestoneMutationVariables = Exact<{
  input: MarkIncubationMilestoneInput;
}>;


export type AuthzIncubationRowsMarkMilestoneMutation = { markIncubationMilestone:
    | { __typename: 'IncubationMilestone' }
    | { __typename: 'InvalidIncubationMilestoneTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzIncubationRowsAddReportMutationVariables = Exact<{
  input: AddIncubationReportInput;
}>;


export type AuthzIncubationRowsAddReportMutation = { addIncubationReport:
    | { __typename: 'IncubationReport' }
    | { __typename: 'InvalidInputError' }
   };

export type ReportIndicatorMutationVariables = Exact<{
  input: ReportIndicatorInput;
}>;


export type ReportIndicatorMutation = { reportIndicator:
    | { __typename: 'IndicatorMeasurement', id: string }
    | { __typename: 'InvalidInputError' }
   };

export type IndicatorMeasurementsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorMeasurementsQuery = { indicatorMeasurements: { edges: Array<{ node: { id: string } }> } };

export type CorrectIndicatorMutationVariables = Exact<{
  input: CorrectIndicatorInput;
}>;


export type CorrectIndicatorMutation = { correctIndicator:
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'VersionConflictError' }
   };

export type ReviewIndicatorMutationVariables = Exact<{
  input: ReviewIndicatorInput;
}>;


export type ReviewIndicatorMutation = { reviewIndicator:
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type IcfSelfAssessmentQueryVariables = Exact<{ [key: string]: never; }>;


export type IcfSelfAssessmentQuery = { icfSelfAssessment: { fromYear: number | null } };

export type CommercialisationFunnelQueryVariables = Exact<{ [key: string]: never; }>;


export type CommercialisationFunnelQuery = { commercialisationFunnel: { years: Array<{ year: number }> } };

export type TrlProgressionQueryVariables = Exact<{ [key: string]: never; }>;


export type TrlProgressionQuery = { trlProgression: { technologies: number } };

export type HelixContributionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HelixContributionsQuery = { helixContributions: Array<{ helix: Helix }> };

export type IcfFactorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IcfFactorsQuery = { icfFactors: Array<{ factor: IcfFactor }> };

export type TripleHelixSynergyQueryVariables = Exact<{ [key: string]: never; }>;


export type TripleHelixSynergyQuery = { tripleHelixSynergy: { projects: number } };

export type CollaborationNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type CollaborationNetworkQuery = { collaborationNetwork: { density: number } };

export type BridgingOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type BridgingOrganizationsQuery = { bridgingOrganizations: Array<{ rank: number }> };

export type AuthzIntegrationsRowsCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type AuthzIntegrationsRowsCreateWebhookEndpointMutation = { createWebhookEndpoint:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'WebhookEndpointWithSecret', endpoint: { id: string } }
   };

export type AuthzIntegrationsRowsJobQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzIntegrationsRowsJobQueuesQuery = { jobQueues: Array<{ name: string, waiting: number, failed: number }> };

export type AuthzIntegrationsRowsWebhookEndpointsQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzIntegrationsRowsWebhookEndpointsQuery = { organization: { webhookEndpoints: Array<{ id: string, deliveries: { totalCount: number } }> } | null };

export type AuthzIntegrationsRowsUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type AuthzIntegrationsRowsUpdateWebhookEndpointMutation = { updateWebhookEndpoint:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
    | { __typename: 'WebhookEndpoint' }
   };

export type AuthzIntegrationsRowsRotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzIntegrationsRowsRotateWebhookSecretMutation = { rotateWebhookSecret: { endpoint: { id: string } } };

export type AuthzIntegrationsRowsSendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzIntegrationsRowsSendTestWebhookMutation = { sendTestWebhook:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'WebhookDelivery' }
   };

export type AuthzIntegrationsRowsRedeliverWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzIntegrationsRowsRedeliverWebhookMutation = { redeliverWebhook:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'WebhookDelivery' }
   };

export type AuthzIntegrationsRowsRemoveWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzIntegrationsRowsRemoveWebhookEndpointMutation = { removeWebhookEndpoint: { id: string } };

export type CreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type CreatePartnershipMutation = { createPartnership:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'TooFewPartiesError' }
   };

export type AcceptPartnershipMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptPartnershipMutation = { acceptPartnership:
    | { __typename: 'Partnership', id: string }
    | { __typename: 'PartnershipConsentStateError' }
   };

export type ChangePartnershipStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type ChangePartnershipStatusMutation = { changePartnershipStatus:
    | { __typename: 'InvalidPartnershipTransitionError' }
    | { __typename: 'Partnership', id: string, version: number }
    | { __typename: 'PartnershipConsentPendingError' }
   };

export type UpdatePartnershipMutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;


export type UpdatePartnershipMutation = { updatePartnership:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Partnership' }
    | { __typename: 'PartnershipAmendment', id: string }
    | { __typename: 'VersionConflictError' }
   };

export type PartnershipQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnershipQuery = { partnership: { id: string } | null };

export type PartnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipsQuery = { partnerships: { edges: Array<{ node: { id: string } }> } };

export type AuthzPartnershipsRowsPartnershipQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzPartnershipsRowsPartnershipQuery = { partnership: { consents: Array<{ organizationId: string }> } | null };

export type AuthzPartnershipsRowsUpdatePartnershipMutationVariables = Exact<{
  input: UpdatePartnershipInput;
}>;


export type AuthzPartnershipsRowsUpdatePartnershipMutation = { updatePartnership:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Partnership' }
    | { __typename: 'PartnershipAmendment' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzPartnershipsRowsChangePartnershipStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzPartnershipsRowsChangePartnershipStatusMutation = { changePartnershipStatus:
    | { __typename: 'InvalidPartnershipTransitionError' }
    | { __typename: 'Partnership' }
    | { __typename: 'PartnershipConsentPendingError' }
   };

export type AuthzPartnershipsRowsAcceptPartnershipMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzPartnershipsRowsAcceptPartnershipMutation = { acceptPartnership:
    | { __typename: 'Partnership' }
    | { __typename: 'PartnershipConsentStateError' }
   };

export type DeclinePartnershipMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclinePartnershipMutation = { declinePartnership:
    | { __typename: 'Partnership' }
    | { __typename: 'PartnershipConsentStateError' }
   };

export type AddPartnershipPartyMutationVariables = Exact<{
  p: string | number;
  o: string | number;
}>;


export type AddPartnershipPartyMutation = { addPartnershipParty:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Partnership' }
   };

export type RemovePartnershipPartyMutationVariables = Exact<{
  p: string | number;
  o: string | number;
}>;


export type RemovePartnershipPartyMutation = { removePartnershipParty:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Partnership' }
    | { __typename: 'PartyWithdrawalRequiredError' }
    | { __typename: 'TooFewPartiesError' }
   };

export type AuthzPartnershipsRowsPartnership2QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzPartnershipsRowsPartnership2Query = { partnership: { amendment: { id: string } | null } | null };

export type AcceptPartnershipAmendmentMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptPartnershipAmendmentMutation = { acceptPartnershipAmendment:
    | { __typename: 'PartnershipAmendment' }
    | { __typename: 'PartnershipAmendmentStateError' }
    | { __typename: 'VersionConflictError' }
   };

export type DeclinePartnershipAmendmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclinePartnershipAmendmentMutation = { declinePartnershipAmendment:
    | { __typename: 'PartnershipAmendment' }
    | { __typename: 'PartnershipAmendmentStateError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzProjectsRowsCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type AuthzProjectsRowsCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', id: string, participants: Array<{ id: string }> }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type RequestProgrammeAttachmentMutationVariables = Exact<{
  input: RequestProgrammeAttachmentInput;
}>;


export type RequestProgrammeAttachmentMutation = { requestProgrammeAttachment:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeAttachmentRequest', id: string }
    | { __typename: 'ProgrammeRequestOpenError' }
    | { __typename: 'Project' }
   };

export type AuthzProjectsRowsInviteParticipantMutationVariables = Exact<{
  input: InviteParticipantInput;
}>;


export type AuthzProjectsRowsInviteParticipantMutation = { inviteParticipant:
    | { __typename: 'AlreadyParticipatingError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProjectParticipant', id: string }
   };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { addMilestone: { id: string } };

export type AuthzProjectsRowsCreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type AuthzProjectsRowsCreateTechnologyMutation = { createTechnology:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'Technology', id: string }
    | { __typename: 'TechnologyCodeTakenError' }
   };

export type AuthzProjectsRowsAssessTrlMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type AuthzProjectsRowsAssessTrlMutation = { assessTrl:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Technology' }
   };

export type AuthzProjectsRowsCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type AuthzProjectsRowsCreateProgrammeMutation = { createProgramme:
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesQuery = { programmes: Array<{ id: string }> };

export type AuthzProjectsRowsProjectQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzProjectsRowsProjectQuery = { project: { id: string } | null };

export type AuthzProjectsRowsProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzProjectsRowsProjectsQuery = { projects: { edges: Array<{ node: { id: string } }> } };

export type AuthzProjectsRowsProject2QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzProjectsRowsProject2Query = { project: { budget: { amount: string } | null } | null };

export type AuthzProjectsRowsProject3QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzProjectsRowsProject3Query = { project: { contributionsByHelix: Array<{ helix: Helix }> | null } | null };

export type AuthzProjectsRowsProject4QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzProjectsRowsProject4Query = { project: { trlGained: number | null } | null };

export type AuthzProjectsRowsProject5QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzProjectsRowsProject5Query = { project: { participants: Array<{ contribution: { cash: { amount: string } | null } | null }> } | null };

export type AuthzProjectsRowsCreateProgramme2MutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type AuthzProjectsRowsCreateProgramme2Mutation = { createProgramme:
    | { __typename: 'Programme' }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type AuthzProjectsRowsUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type AuthzProjectsRowsUpdateProjectMutation = { updateProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project' }
    | { __typename: 'VersionConflictError' }
   };

export type TransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type TransitionProjectMutation = { transitionProject:
    | { __typename: 'InvalidTransitionError' }
    | { __typename: 'Project' }
    | { __typename: 'VersionConflictError' }
   };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { updateMilestone:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Milestone' }
    | { __typename: 'VersionConflictError' }
   };

export type UpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type UpdateParticipantMutation = { updateParticipant:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ParticipationStateError' }
    | { __typename: 'ProjectParticipant' }
    | { __typename: 'VersionConflictError' }
   };

export type RemoveParticipantMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveParticipantMutation = { removeParticipant:
    | { __typename: 'CoordinatorRequiredError' }
    | { __typename: 'ParticipationStateError' }
    | { __typename: 'ProjectParticipant' }
   };

export type TransferCoordinationMutationVariables = Exact<{
  id: string | number;
}>;


export type TransferCoordinationMutation = { transferCoordination:
    | { __typename: 'CoordinatorRequiredError' }
    | { __typename: 'ParticipationStateError' }
    | { __typename: 'ProjectParticipant' }
   };

export type AuthzProjectsRowsAcceptParticipationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzProjectsRowsAcceptParticipationMutation = { acceptParticipation:
    | { __typename: 'CoordinatorRequiredError' }
    | { __typename: 'ParticipationStateError' }
    | { __typename: 'ProjectParticipant' }
   };

export type DeclineParticipationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineParticipationMutation = { declineParticipation:
    | { __typename: 'CoordinatorRequiredError' }
    | { __typename: 'ParticipationStateError' }
    | { __typename: 'ProjectParticipant' }
   };

export type LeaveProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaveProjectMutation = { leaveProject:
    | { __typename: 'CoordinatorRequiredError' }
    | { __typename: 'ParticipationStateError' }
    | { __typename: 'ProjectParticipant' }
   };

export type AuthzProjectsRowsProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzProjectsRowsProgrammesQuery = { programmes: Array<{ id: string, attachmentRequests: { totalCount: number } | null }> };

export type AuthzProjectsRowsProject6QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzProjectsRowsProject6Query = { project: { programmeRequests: Array<{ id: string }> | null } | null };

export type AuthzProjectsRowsRequestProgrammeAttachmentMutationVariables = Exact<{
  input: RequestProgrammeAttachmentInput;
}>;


export type AuthzProjectsRowsRequestProgrammeAttachmentMutation = { requestProgrammeAttachment:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeAttachmentRequest' }
    | { __typename: 'ProgrammeRequestOpenError' }
    | { __typename: 'Project' }
   };

export type AcceptProgrammeAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptProgrammeAttachmentMutation = { acceptProgrammeAttachment:
    | { __typename: 'ProgrammeAttachmentRequest' }
    | { __typename: 'ProgrammeRequestStateError' }
    | { __typename: 'ProjectMovedError' }
   };

export type DeclineProgrammeAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineProgrammeAttachmentMutation = { declineProgrammeAttachment:
    | { __typename: 'ProgrammeAttachmentRequest' }
    | { __typename: 'ProgrammeRequestStateError' }
   };

export type WithdrawProgrammeAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawProgrammeAttachmentMutation = { withdrawProgrammeAttachment:
    | { __typename: 'ProgrammeAttachmentRequest' }
    | { __typename: 'ProgrammeRequestStateError' }
   };

export type AuthzSubscriptionsUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type AuthzSubscriptionsUpdateProjectMutation = { updateProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', id: string }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzSubscriptionsRowsCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type AuthzSubscriptionsRowsCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', id: string, version: number }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type OrganizationActivitySubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OrganizationActivitySubscription = { organizationActivity: { organizationId: string, action: string } };

export type ProjectChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProjectChangedSubscription = { projectChanged: { projectId: string, action: string } };

export type AuthzTalentRowsProposePlacementMutationVariables = Exact<{
  input: ProposePlacementInput;
}>;


export type AuthzTalentRowsProposePlacementMutation = { proposePlacement:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Placement', id: string }
   };

export type AuthzTalentRowsCreateTrainingProgrammeMutationVariables = Exact<{
  input: CreateTrainingProgrammeInput;
}>;


export type AuthzTalentRowsCreateTrainingProgrammeMutation = { createTrainingProgramme:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TrainingProgramme', id: string }
   };

export type AuthzTalentRowsInviteTrainingPartnerMutationVariables = Exact<{
  input: InviteTrainingPartnerInput;
}>;


export type AuthzTalentRowsInviteTrainingPartnerMutation = { inviteTrainingPartner:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TrainingPartner', id: string }
   };

export type AuthzTalentRowsWithdrawFixtureMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzTalentRowsWithdrawFixtureMutation = { withdrawPlacement:
    | { __typename: 'InvalidPlacementTransitionError' }
    | { __typename: 'Placement', id: string }
   };

export type AuthzTalentRowsAcceptFixtureMutationVariables = Exact<{
  input: AnswerTrainingInvitationInput;
}>;


export type AuthzTalentRowsAcceptFixtureMutation = { answerTrainingInvitation:
    | { __typename: 'InvalidTrainingPartnerTransitionError' }
    | { __typename: 'TrainingPartner', id: string }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTalentRowsPlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzTalentRowsPlacementQuery = { placement: { id: string } | null };

export type AuthzTalentRowsPlacementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzTalentRowsPlacementsQuery = { placements: { edges: Array<{ node: { id: string } }> } };

export type AuthzTalentRowsOrganizationPlacementsQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzTalentRowsOrganizationPlacementsQuery = { organization: { placements: { edges: Array<{ node: { id: string } }> } } | null };

export type AuthzTalentRowsWithdrawnPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzTalentRowsWithdrawnPersonQuery = { placement: { title: string | null, topic: string | null, person: { id: string } | null } | null };

export type AuthzTalentRowsPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzTalentRowsPersonQuery = { placement: { title: string | null, topic: string | null, person: { id: string } | null } | null };

export type AuthzTalentRowsUpdatePlacementMutationVariables = Exact<{
  input: UpdatePlacementInput;
}>;


export type AuthzTalentRowsUpdatePlacementMutation = { updatePlacement:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Placement' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTalentRowsAgreePlacementMutationVariables = Exact<{
  input: AgreePlacementInput;
}>;


export type AuthzTalentRowsAgreePlacementMutation = { agreePlacement:
    | { __typename: 'Placement' }
    | { __typename: 'PlacementAgreementError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTalentRowsChangePlacementStatusMutationVariables = Exact<{
  input: ChangePlacementStatusInput;
}>;


export type AuthzTalentRowsChangePlacementStatusMutation = { changePlacementStatus:
    | { __typename: 'InvalidPlacementTransitionError' }
    | { __typename: 'Placement' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTalentRowsWithdrawPlacementMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthzTalentRowsWithdrawPlacementMutation = { withdrawPlacement:
    | { __typename: 'InvalidPlacementTransitionError' }
    | { __typename: 'Placement' }
   };

export type AuthzTalentRowsTalentFlowsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzTalentRowsTalentFlowsQuery = { talentFlows: { cells: Array<{ year: number, placements: number | null, suppressed: boolean }> } };

export type AuthzTalentRowsTrainingProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzTalentRowsTrainingProgrammesQuery = { trainingProgrammes: { edges: Array<{ node: { id: string, partners: Array<{ status: TrainingPartnerStatus, contributions: Array<{ year: number }> }>, intakes: Array<{ year: number }> } }> } };

export type AuthzTalentRowsTrainingProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthzTalentRowsTrainingProgrammeQuery = { trainingProgramme: { id: string, runner: { id: string } | null } | null };

export type AuthzTalentRowsUpdateTrainingProgrammeMutationVariables = Exact<{
  input: UpdateTrainingProgrammeInput;
}>;


export type AuthzTalentRowsUpdateTrainingProgrammeMutation = { updateTrainingProgramme:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TrainingProgramme' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTalentRowsRecordTrainingIntakeMutationVariables = Exact<{
  input: RecordTrainingIntakeInput;
}>;


export type AuthzTalentRowsRecordTrainingIntakeMutation = { recordTrainingIntake:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TrainingProgramme' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTalentRowsAnswerTrainingInvitationMutationVariables = Exact<{
  input: AnswerTrainingInvitationInput;
}>;


export type AuthzTalentRowsAnswerTrainingInvitationMutation = { answerTrainingInvitation:
    | { __typename: 'InvalidTrainingPartnerTransitionError' }
    | { __typename: 'TrainingPartner' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTalentRowsRecordTrainingContributionMutationVariables = Exact<{
  input: RecordTrainingContributionInput;
}>;


export type AuthzTalentRowsRecordTrainingContributionMutation = { recordTrainingContribution:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TrainingPartner' }
    | { __typename: 'TrainingPartnerStateError' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTechnologiesRowsCreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type AuthzTechnologiesRowsCreateTechnologyMutation = { createTechnology:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'Technology', id: string, version: number }
    | { __typename: 'TechnologyCodeTakenError' }
   };

export type AuthzTechnologiesRowsSetTechnologyOwnersMutationVariables = Exact<{
  input: SetTechnologyOwnersInput;
}>;


export type AuthzTechnologiesRowsSetTechnologyOwnersMutation = { setTechnologyOwners:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'Technology' }
    | { __typename: 'TechnologyOwnersProposal', id: string }
    | { __typename: 'VersionConflictError' }
   };

export type CreateDisclosureMutationVariables = Exact<{
  input: CreateDisclosureInput;
}>;


export type CreateDisclosureMutation = { createDisclosure:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InventionDisclosure', id: string }
   };

export type FileIpProtectionMutationVariables = Exact<{
  input: FileIpProtectionInput;
}>;


export type FileIpProtectionMutation = { fileIpProtection:
    | { __typename: 'ApplicationNumberTakenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'IpFiling', id: string }
   };

export type TechnologyQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TechnologyQuery = { technology: { id: string } | null };

export type AuthzTechnologiesRowsTechnologiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthzTechnologiesRowsTechnologiesQuery = { technologies: { edges: Array<{ node: { id: string } }> } };

export type AuthzTechnologiesRowsTechnologyQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AuthzTechnologiesRowsTechnologyQuery = { technology: { ownersProposal: { id: string } | null } | null };

export type AuthzTechnologiesRowsUpdateTechnologyMutationVariables = Exact<{
  input: UpdateTechnologyInput;
}>;


export type AuthzTechnologiesRowsUpdateTechnologyMutation = { updateTechnology:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Technology' }
    | { __typename: 'VersionConflictError' }
   };

export type AuthzTechnologiesRowsAssessTrlMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type AuthzTechnologiesRowsAssessTrlMutation = { assessTrl:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Technology' }
   };

export type AuthzTechnologiesRowsSetTechnologyInventorsMutationVariables = Exact<{
  input: SetTechnologyInventorsInput;
}>;


export type AuthzTechnologiesRowsSetTechnologyInventorsMutation = { setTechnologyInventors:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'Technology' }
    | { __typename: 'VersionConflictError' }
   };

export type AcceptTechnologyOwnersMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptTechnologyOwnersMutation = { acceptTechnologyOwners:
    | { __typename: 'OwnersProposalStateError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'TechnologyOwnersProposal' }
    | { __typename: 'VersionConflictError' }
   };

export type DeclineTechnologyOwnersMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineTechnologyOwnersMutation = { declineTechnologyOwners:
    | { __typename: 'OwnersProposalStateError' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'TechnologyOwnersProposal' }
    | { __typename: 'VersionConflictError' }
   };

export type DisclosureQueryVariables = Exact<{
  id: string | number;
}>;


export type DisclosureQuery = { disclosure: { id: string } | null };

export type DisclosuresQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosuresQuery = { disclosures: { edges: Array<{ node: { id: string } }> } };

export type MyDisclosuresQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDisclosuresQuery = { myDisclosures: { edges: Array<{ node: { id: string } }> } };

export type AuthzTechnologiesRowsCreateDisclosureMutationVariables = Exact<{
  input: CreateDisclosureInput;
}>;


export type AuthzTechnologiesRowsCreateDisclosureMutation = { createDisclosure:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InventionDisclosure' }
   };

export type UpdateDisclosureMutationVariables = Exact<{
  input: UpdateDisclosureInput;
}>;


export type UpdateDisclosureMutation = { updateDisclosure:
    | { __typename: 'DisclosureNotDraftError' }
    | { __typename: 'InventionDisclosure' }
    | { __typename: 'VersionConflictError' }
   };

export type SubmitDisclosureMutationVariables = Exact<{
  input: DisclosureStepInput;
}>;


export type SubmitDisclosureMutation = { submitDisclosure:
    | { __typename: 'InvalidDisclosureTransitionError' }
    | { __typename: 'InventionDisclosure' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'VersionConflictError' }
   };

export type StartDisclosureEvaluationMutationVariables = Exact<{
  input: DisclosureStepInput;
}>;


export type StartDisclosureEvaluationMutation = { startDisclosureEvaluation:
    | { __typename: 'InvalidDisclosureTransitionError' }
    | { __typename: 'InventionDisclosure' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'VersionConflictError' }
   };

export type DecideDisclosureMutationVariables = Exact<{
  input: DecideDisclosureInput;
}>;


export type DecideDisclosureMutation = { decideDisclosure:
    | { __typename: 'InvalidDisclosureTransitionError' }
    | { __typename: 'InventionDisclosure' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'VersionConflictError' }
   };

export type DiscloseInventionMutationVariables = Exact<{
  input: DiscloseInventionInput;
}>;


export type DiscloseInventionMutation = { discloseInvention:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InventionDisclosure' }
    | { __typename: 'SharesDoNotTotalError' }
    | { __typename: 'TechnologyCodeTakenError' }
   };

export type IpFilingQueryVariables = Exact<{
  id: string | number;
}>;


export type IpFilingQuery = { ipFiling: { id: string } | null };

export type IpFilingsQueryVariables = Exact<{ [key: string]: never; }>;


export type IpFilingsQuery = { ipFilings: { edges: Array<{ node: { id: string } }> } };

export type UpcomingDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type UpcomingDeadlinesQuery = { upcomingDeadlines: Array<{ filing: { id: string } }> };

export type AuthzTechnologiesRowsFileIpProtectionMutationVariables = Exact<{
  input: FileIpProtectionInput;
}>;


export type AuthzTechnologiesRowsFileIpProtectionMutation = { fileIpProtection:
    | { __typename: 'ApplicationNumberTakenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'IpFiling' }
   };

export type UpdateIpFilingMutationVariables = Exact<{
  input: UpdateIpFilingInput;
}>;


export type UpdateIpFilingMutation = { updateIpFiling:
    | { __typename: 'ApplicationNumberTakenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'IpFiling' }
    | { __typename: 'VersionConflictError' }
   };

export type TransitionIpFilingMutationVariables = Exact<{
  input: TransitionIpFilingInput;
}>;


export type TransitionIpFilingMutation = { transitionIpFiling:
    | { __typename: 'ApplicationNumberTakenError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvalidIpFilingTransitionError' }
    | { __typename: 'IpFiling' }
    | { __typename: 'VersionConflictError' }
   };

export type BrowserAccessTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserAccessTypenameQuery = { __typename: 'Query' };

export type CommercialisationJourneyCreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type CommercialisationJourneyCreateTechnologyMutation = { createTechnology:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, day: string | null, code: string, message: string, field: string | null }
    | { __typename: 'Technology', id: string, code: string, version: number, currentTrl: number | null, owners: Array<{ share: string, validFrom: string, organization: { slug: string } | null }>, inventors: Array<{ id: string, share: string, externalName: string | null, user: { id: string } | null, affiliationOrganization: { slug: string } | null }>, projects: Array<{ code: string }> }
    | { __typename: 'TechnologyCodeTakenError', code: string, message: string, field: string | null }
   };

type CommercialisationJourneyError_AccountDisabledError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_AgreementCodeTakenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_AgreementStateError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_AlreadyInterestedError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_AlreadyMemberError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_AlreadyParticipatingError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_ApplicationNumberTakenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_CoordinatorRequiredError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_DealAgreementMismatchError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_DisclosureNotDraftError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_DistributionLinePaidError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_EmailTakenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_IncubationCohortNotOpenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InterestNotAllowedError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidAgreementTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidCredentialsError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidDealTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidDisclosureTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidExchangeTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidIncubationApplicationTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidIncubationCohortTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidIncubationMilestoneTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidInputError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidIpFilingTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidObligationTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidPartnershipTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidPlacementTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidRefreshTokenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidSpinOffTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidTrainingPartnerTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvalidTransitionError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_InvitationInvalidError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_LastAdminError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_MembershipStatusError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_MissingDistributionPolicyError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_NegativeNetRevenueError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_NothingToDistributeError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_OwnersProposalStateError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_ParticipationStateError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_PartnershipAmendmentStateError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_PartnershipConsentPendingError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_PartnershipConsentStateError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_PartyWithdrawalRequiredError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_PlacementAgreementError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_ProgrammeConsentRequiredError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_ProgrammeRequestOpenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_ProgrammeRequestStateError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_ProjectCodeTakenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_ProjectMovedError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_SharesDoNotTotalError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_SlugTakenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_TechnologyCodeTakenError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_TooFewPartiesError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_TrainingPartnerStateError_Fragment = { code: string, message: string, field: string | null };

type CommercialisationJourneyError_VersionConflictError_Fragment = { code: string, message: string, field: string | null };

export type CommercialisationJourneyErrorFragment =
  | CommercialisationJourneyError_AccountDisabledError_Fragment
  | CommercialisationJourneyError_AgreementCodeTakenError_Fragment
  | CommercialisationJourneyError_AgreementStateError_Fragment
  | CommercialisationJourneyError_AlreadyInterestedError_Fragment
  | CommercialisationJourneyError_AlreadyMemberError_Fragment
  | CommercialisationJourneyError_AlreadyParticipatingError_Fragment
  | CommercialisationJourneyError_ApplicationNumberTakenError_Fragment
  | CommercialisationJourneyError_CoordinatorRequiredError_Fragment
  | CommercialisationJourneyError_DealAgreementMismatchError_Fragment
  | CommercialisationJourneyError_DisclosureNotDraftError_Fragment
  | CommercialisationJourneyError_DistributionLinePaidError_Fragment
  | CommercialisationJourneyError_EmailTakenError_Fragment
  | CommercialisationJourneyError_IncubationCohortNotOpenError_Fragment
  | CommercialisationJourneyError_InterestNotAllowedError_Fragment
  | CommercialisationJourneyError_InvalidAgreementTransitionError_Fragment
  | CommercialisationJourneyError_InvalidCredentialsError_Fragment
  | CommercialisationJourneyError_InvalidDealTransitionError_Fragment
  | CommercialisationJourneyError_InvalidDisclosureTransitionError_Fragment
  | CommercialisationJourneyError_InvalidExchangeTransitionError_Fragment
  | CommercialisationJourneyError_InvalidIncubationApplicationTransitionError_Fragment
  | CommercialisationJourneyError_InvalidIncubationCohortTransitionError_Fragment
  | CommercialisationJourneyError_InvalidIncubationMilestoneTransitionError_Fragment
  | CommercialisationJourneyError_InvalidInputError_Fragment
  | CommercialisationJourneyError_InvalidIpFilingTransitionError_Fragment
  | CommercialisationJourneyError_InvalidObligationTransitionError_Fragment
  | CommercialisationJourneyError_InvalidPartnershipTransitionError_Fragment
  | CommercialisationJourneyError_InvalidPlacementTransitionError_Fragment
  | CommercialisationJourneyError_InvalidRefreshTokenError_Fragment
  | CommercialisationJourneyError_InvalidSpinOffTransitionError_Fragment
  | CommercialisationJourneyError_InvalidTrainingPartnerTransitionError_Fragment
  | CommercialisationJourneyError_InvalidTransitionError_Fragment
  | CommercialisationJourneyError_InvitationInvalidError_Fragment
  | CommercialisationJourneyError_LastAdminError_Fragment
  | CommercialisationJourneyError_MembershipStatusError_Fragment
  | CommercialisationJourneyError_MissingDistributionPolicyError_Fragment
  | CommercialisationJourneyError_NegativeNetRevenueError_Fragment
  | CommercialisationJourneyError_NothingToDistributeError_Fragment
  | CommercialisationJourneyError_OwnersProposalStateError_Fragment
  | CommercialisationJourneyError_ParticipationStateError_Fragment
  | CommercialisationJourneyError_PartnershipAmendmentStateError_Fragment
  | CommercialisationJourneyError_PartnershipConsentPendingError_Fragment
  | CommercialisationJourneyError_PartnershipConsentStateError_Fragment
  | CommercialisationJourneyError_PartyWithdrawalRequiredError_Fragment
  | CommercialisationJourneyError_PlacementAgreementError_Fragment
  | CommercialisationJourneyError_ProgrammeConsentRequiredError_Fragment
  | CommercialisationJourneyError_ProgrammeRequestOpenError_Fragment
  | CommercialisationJourneyError_ProgrammeRequestStateError_Fragment
  | CommercialisationJourneyError_ProjectCodeTakenError_Fragment
  | CommercialisationJourneyError_ProjectMovedError_Fragment
  | CommercialisationJourneyError_SharesDoNotTotalError_Fragment
  | CommercialisationJourneyError_SlugTakenError_Fragment
  | CommercialisationJourneyError_TechnologyCodeTakenError_Fragment
  | CommercialisationJourneyError_TooFewPartiesError_Fragment
  | CommercialisationJourneyError_TrainingPartnerStateError_Fragment
  | CommercialisationJourneyError_VersionConflictError_Fragment
;

export type CommercialisationJourneyDisclosureFragment = { id: string, status: DisclosureStatus, decision: DisclosureDecision | null, version: number, submittedBy: { id: string } | null, decidedBy: { id: string } | null };

export type CommercialisationJourneyFilingFragment = { id: string, type: IpType, jurisdiction: string, applicationNumber: string | null, priorityDate: string, filingDate: string, status: IpFilingStatus, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, legalSource: string }> };

export type CommercialisationJourneyOfferFragment = { id: string, title: string, summary: string, details: string | null, priceNote: string | null, trl: number, status: ExchangeStatus, version: number, price: { amount: string, currency: string } | null, organization: { slug: string } | null };

export type CommercialisationJourneyDealFragment = { id: string, stage: DealStage, version: number, agreementId: string | null, broker: { slug: string } | null, provider: { slug: string } | null, seeker: { slug: string } | null, history: Array<{ from: DealStage | null, to: DealStage, byName: string | null }> };

export type CommercialisationJourneyAgreementFragment = { id: string, code: string, status: AgreementStatus, version: number, executedOn: string | null, effectiveOn: string | null, licensors: Array<{ slug: string }>, licensee: { slug: string } | null, technologies: Array<{ code: string }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null } };

export type CommercialisationJourneyCreateDisclosureMutationVariables = Exact<{
  input: CreateDisclosureInput;
}>;


export type CommercialisationJourneyCreateDisclosureMutation = { createDisclosure:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'InventionDisclosure', id: string, status: DisclosureStatus, decision: DisclosureDecision | null, version: number, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
   };

export type CommercialisationJourneySubmitDisclosureMutationVariables = Exact<{
  input: DisclosureStepInput;
}>;


export type CommercialisationJourneySubmitDisclosureMutation = { submitDisclosure:
    | { __typename: 'InvalidDisclosureTransitionError', allowedStatuses: Array<DisclosureStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InventionDisclosure', id: string, status: DisclosureStatus, decision: DisclosureDecision | null, version: number, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyStartDisclosureEvaluationMutationVariables = Exact<{
  input: DisclosureStepInput;
}>;


export type CommercialisationJourneyStartDisclosureEvaluationMutation = { startDisclosureEvaluation:
    | { __typename: 'InvalidDisclosureTransitionError', allowedStatuses: Array<DisclosureStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InventionDisclosure', id: string, status: DisclosureStatus, decision: DisclosureDecision | null, version: number, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyDecideDisclosureMutationVariables = Exact<{
  input: DecideDisclosureInput;
}>;


export type CommercialisationJourneyDecideDisclosureMutation = { decideDisclosure:
    | { __typename: 'InvalidDisclosureTransitionError', allowedStatuses: Array<DisclosureStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InventionDisclosure', id: string, status: DisclosureStatus, decision: DisclosureDecision | null, version: number, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyAdvanceDealMutationVariables = Exact<{
  input: AdvanceDealInput;
}>;


export type CommercialisationJourneyAdvanceDealMutation = { advanceDeal:
    | { __typename: 'Deal', id: string, stage: DealStage, version: number, agreementId: string | null, broker: { slug: string } | null, provider: { slug: string } | null, seeker: { slug: string } | null, history: Array<{ from: DealStage | null, to: DealStage, byName: string | null }> }
    | { __typename: 'DealAgreementMismatchError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidDealTransitionError', allowedStages: Array<DealStage>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyAgreementQuery = { agreement: { code: string, status: AgreementStatus, licensee: { slug: string } | null, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string } | null }, receipts: Array<{ kind: RevenueReceiptKind, receivedOn: string, distributionId: string | null, amount: { amount: string, currency: string } }>, costs: Array<{ kind: RevenueCostKind, filingReference: string | null, distributionId: string | null, amount: { amount: string } }> | null } | null };

export type CommercialisationJourneyAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type CommercialisationJourneyAcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AcceptedInvitation', membership: { role: MemberRole }, session: { accessToken: string, refreshToken: string, user: { id: string } } | null }
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvitationInvalidError' }
   };

export type CommercialisationJourneyCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CommercialisationJourneyCreateOrganizationMutation = { createOrganization:
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'Organization', id: string, kind: OrganizationKind, helix: Helix, verified: boolean }
    | { __typename: 'SlugTakenError', code: string, message: string }
   };

export type CommercialisationJourneyVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyVerifyOrganizationMutation = { verifyOrganization: { id: string, verified: boolean } };

export type CommercialisationJourneyCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CommercialisationJourneyCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string }
    | { __typename: 'Project', id: string, version: number }
    | { __typename: 'ProjectCodeTakenError', code: string, message: string }
   };

export type CommercialisationJourneyInviteParticipantMutationVariables = Exact<{
  input: InviteParticipantInput;
}>;


export type CommercialisationJourneyInviteParticipantMutation = { inviteParticipant:
    | { __typename: 'AlreadyParticipatingError', code: string, message: string }
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'ProjectParticipant', id: string, status: ParticipantStatus, role: ParticipantRole }
   };

export type CommercialisationJourneyAcceptParticipationMutationVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyAcceptParticipationMutation = { acceptParticipation:
    | { __typename: 'CoordinatorRequiredError', code: string, message: string }
    | { __typename: 'ParticipationStateError', code: string, message: string }
    | { __typename: 'ProjectParticipant', id: string, status: ParticipantStatus, role: ParticipantRole }
   };

export type CommercialisationJourneyProjectQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CommercialisationJourneyProjectQuery = { project: { isTripleHelix: boolean, helices: Array<Helix>, participants: Array<{ role: ParticipantRole, organization: { slug: string } | null }> } | null };

export type CommercialisationJourneyAssessTrlMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type CommercialisationJourneyAssessTrlMutation = { assessTrl:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Technology', currentTrl: number | null, version: number }
   };

export type CommercialisationJourneyTechnologyQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CommercialisationJourneyTechnologyQuery = { technology: { currentTrl: number | null, trlHistory: Array<{ level: number, assessedOn: string }> } | null };

export type CommercialisationJourneySetTechnologyInventorsMutationVariables = Exact<{
  input: SetTechnologyInventorsInput;
}>;


export type CommercialisationJourneySetTechnologyInventorsMutation = { setTechnologyInventors:
    | { __typename: 'InvalidInputError', code: string }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, code: string }
    | { __typename: 'Technology' }
    | { __typename: 'VersionConflictError', code: string }
   };

export type CommercialisationJourneyMyDisclosuresQueryVariables = Exact<{ [key: string]: never; }>;


export type CommercialisationJourneyMyDisclosuresQuery = { myDisclosures: { edges: Array<{ node: { title: string, status: DisclosureStatus, decision: DisclosureDecision | null } }> } };

export type CommercialisationJourneyFileIpProtectionMutationVariables = Exact<{
  input: FileIpProtectionInput;
}>;


export type CommercialisationJourneyFileIpProtectionMutation = { fileIpProtection:
    | { __typename: 'ApplicationNumberTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'IpFiling', id: string, type: IpType, jurisdiction: string, applicationNumber: string | null, priorityDate: string, filingDate: string, status: IpFilingStatus, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, legalSource: string }> }
   };

export type CommercialisationJourneyUpcomingDeadlinesQueryVariables = Exact<{
  within: number;
  organizationId?: string | number | null | undefined;
}>;


export type CommercialisationJourneyUpcomingDeadlinesQuery = { upcomingDeadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, legalSource: string, filing: { id: string, applicationNumber: string | null } }> };

export type CommercialisationJourneyCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CommercialisationJourneyCreateOfferMutation = { createOffer:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOffer', id: string, title: string, summary: string, details: string | null, priceNote: string | null, trl: number, status: ExchangeStatus, version: number, price: { amount: string, currency: string } | null, organization: { slug: string } | null }
   };

export type CommercialisationJourneyPublishOfferMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type CommercialisationJourneyPublishOfferMutation = { publishOffer:
    | { __typename: 'InvalidExchangeTransitionError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOffer' }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyPublishDemandMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type CommercialisationJourneyPublishDemandMutation = { publishDemand:
    | { __typename: 'InvalidExchangeTransitionError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyDemand' }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type JourneyAssessAirSensorMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type JourneyAssessAirSensorMutation = { assessTrl:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Technology' }
   };

export type CommercialisationJourneyCreateDemandMutationVariables = Exact<{
  input: CreateDemandInput;
}>;


export type CommercialisationJourneyCreateDemandMutation = { createDemand:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyDemand', id: string, version: number, status: ExchangeStatus }
   };

export type CommercialisationJourneyMatchesForDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyMatchesForDemandQuery = { matchesForDemand: Array<{ score: number, offer: { id: string, organization: { slug: string } | null }, reasons: Array<{ kind: MatchReasonKind, detail: string, weight: number }> }> };

export type CommercialisationJourneyTechnologyOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyTechnologyOfferQuery = { technologyOffer: { id: string, title: string, summary: string, details: string | null, priceNote: string | null, trl: number, status: ExchangeStatus, version: number, price: { amount: string, currency: string } | null, organization: { slug: string } | null } | null };

export type CommercialisationJourneyExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type CommercialisationJourneyExpressInterestMutation = { expressInterest:
    | { __typename: 'AlreadyInterestedError', code: string, message: string, field: string | null }
    | { __typename: 'ExchangeInterest', id: string, status: InterestStatus }
    | { __typename: 'InterestNotAllowedError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyOpenDealMutationVariables = Exact<{
  input: OpenDealInput;
}>;


export type CommercialisationJourneyOpenDealMutation = { openDeal:
    | { __typename: 'Deal', id: string, stage: DealStage, version: number, agreementId: string | null, broker: { slug: string } | null, provider: { slug: string } | null, seeker: { slug: string } | null, history: Array<{ from: DealStage | null, to: DealStage, byName: string | null }> }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyOrganizationActivitySubscriptionVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyOrganizationActivitySubscription = { organizationActivity: { organizationId: string, action: string, entityType: string, entityId: string | null } };

export type CommercialisationJourneyDealQueryVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyDealQuery = { deal: { stage: DealStage, history: Array<{ from: DealStage | null, to: DealStage, byName: string | null }> } };

export type CommercialisationJourneyDeal2QueryVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyDeal2Query = { deal: { id: string } };

export type CommercialisationJourneyCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CommercialisationJourneyCreateAgreementMutation = { createAgreement:
    | { __typename: 'Agreement', id: string, code: string, status: AgreementStatus, version: number, executedOn: string | null, effectiveOn: string | null, licensors: Array<{ slug: string }>, licensee: { slug: string } | null, technologies: Array<{ code: string }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null } }
    | { __typename: 'AgreementCodeTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyTransitionAgreementMutationVariables = Exact<{
  input: TransitionAgreementInput;
}>;


export type CommercialisationJourneyTransitionAgreementMutation = { transitionAgreement:
    | { __typename: 'Agreement', id: string, code: string, status: AgreementStatus, version: number, executedOn: string | null, effectiveOn: string | null, licensors: Array<{ slug: string }>, licensee: { slug: string } | null, technologies: Array<{ code: string }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null } }
    | { __typename: 'InvalidAgreementTransitionError', currentStatus: AgreementStatus, allowedStatuses: Array<AgreementStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyAgreement2QueryVariables = Exact<{
  id: string | number;
}>;


export type CommercialisationJourneyAgreement2Query = { agreement: { id: string } | null };

export type CommercialisationJourneyRecordRevenueReceiptMutationVariables = Exact<{
  input: RecordRevenueReceiptInput;
}>;


export type CommercialisationJourneyRecordRevenueReceiptMutation = { recordRevenueReceipt:
    | { __typename: 'AgreementStateError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'RevenueReceipt', id: string, kind: RevenueReceiptKind, amount: { amount: string, currency: string } }
   };

export type CommercialisationJourneyRecordRevenueCostMutationVariables = Exact<{
  input: RecordRevenueCostInput;
}>;


export type CommercialisationJourneyRecordRevenueCostMutation = { recordRevenueCost:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'RevenueCost', id: string, kind: RevenueCostKind, filingReference: string | null, amount: { amount: string, currency: string } }
   };

export type CommercialisationJourneySetDistributionPolicyMutationVariables = Exact<{
  input: SetDistributionPolicyInput;
}>;


export type CommercialisationJourneySetDistributionPolicyMutation = { setDistributionPolicy:
    | { __typename: 'DistributionPolicy', inventorsShare: string, unitsShare: string, institutionShare: string, validFrom: string }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyDistributeRevenueMutationVariables = Exact<{
  id: string | number;
  upTo: string;
}>;


export type CommercialisationJourneyDistributeRevenueMutation = { distributeRevenue:
    | { __typename: 'AgreementStateError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'MissingDistributionPolicyError', code: string, message: string, field: string | null }
    | { __typename: 'NegativeNetRevenueError', code: string, message: string, field: string | null }
    | { __typename: 'NothingToDistributeError', code: string, message: string, field: string | null }
    | { __typename: 'RevenueDistribution', id: string, periodEnd: string, gross: { amount: string, currency: string }, costs: { amount: string }, net: { amount: string, currency: string }, lines: Array<{ id: string, beneficiaryKind: DistributionBeneficiaryKind, technologyInventorId: string | null, inventorUserId: string | null, inventorName: string | null, status: DistributionLineStatus, paidOn: string | null, version: number, amount: { amount: string, currency: string }, payer: { slug: string } | null, organization: { slug: string } | null }> }
   };

export type CommercialisationJourneyMarkDistributionLinePaidMutationVariables = Exact<{
  input: MarkDistributionLinePaidInput;
}>;


export type CommercialisationJourneyMarkDistributionLinePaidMutation = { markDistributionLinePaid:
    | { __typename: 'DistributionLine', status: DistributionLineStatus, paidOn: string | null, paymentReference: string | null, amount: { amount: string } }
    | { __typename: 'DistributionLinePaidError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type CommercialisationJourneyAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommercialisationJourneyAgreementsQuery = { agreements: { totalCount: number } };

export type CommercialisationJourneyMyDistributionLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommercialisationJourneyMyDistributionLinesQuery = { myDistributionLines: { totalCount: number } };

export type CommercialisationJourneyMyDistributionLines2QueryVariables = Exact<{ [key: string]: never; }>;


export type CommercialisationJourneyMyDistributionLines2Query = { myDistributionLines: { totalCount: number, edges: Array<{ node: { beneficiaryKind: DistributionBeneficiaryKind, inventorName: string | null, status: DistributionLineStatus, paidOn: string | null, amount: { amount: string, currency: string }, agreement: { code: string } | null } }> } };

export type CommercialisationJourneyAuditLogQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type CommercialisationJourneyAuditLogQuery = { auditLog: { edges: Array<{ node: { action: string } }> } };

export type DealsDealFieldsFragment = { id: string, stage: DealStage, version: number, agreementId: string | null, broker: { id: string } | null, provider: { id: string } | null, seeker: { id: string } | null, offer: { id: string } | null, demand: { id: string } | null, history: Array<{ from: DealStage | null, to: DealStage, note: string | null, byName: string | null }> };

export type DealsOpenDealMutationVariables = Exact<{
  input: OpenDealInput;
}>;


export type DealsOpenDealMutation = { openDeal:
    | { __typename: 'Deal', id: string, stage: DealStage, version: number, agreementId: string | null, broker: { id: string } | null, provider: { id: string } | null, seeker: { id: string } | null, offer: { id: string } | null, demand: { id: string } | null, history: Array<{ from: DealStage | null, to: DealStage, note: string | null, byName: string | null }> }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type DealsAdvanceDealMutationVariables = Exact<{
  input: AdvanceDealInput;
}>;


export type DealsAdvanceDealMutation = { advanceDeal:
    | { __typename: 'Deal', stage: DealStage, version: number, agreementId: string | null }
    | { __typename: 'DealAgreementMismatchError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidDealTransitionError', allowedStages: Array<DealStage>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type DealsDropDealMutationVariables = Exact<{
  input: DropDealInput;
}>;


export type DealsDropDealMutation = { dropDeal:
    | { __typename: 'Deal', stage: DealStage, version: number }
    | { __typename: 'DealAgreementMismatchError', code: string }
    | { __typename: 'InvalidDealTransitionError', allowedStages: Array<DealStage>, code: string }
    | { __typename: 'InvalidInputError', code: string }
    | { __typename: 'VersionConflictError', code: string }
   };

export type DealsDeal2QueryVariables = Exact<{
  id: string | number;
}>;


export type DealsDeal2Query = { deal: { id: string, stage: DealStage, version: number, agreementId: string | null, broker: { id: string } | null, provider: { id: string } | null, seeker: { id: string } | null, offer: { id: string } | null, demand: { id: string } | null, history: Array<{ from: DealStage | null, to: DealStage, note: string | null, byName: string | null }> } };

export type DealsDealsQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
}>;


export type DealsDealsQuery = { deals: { totalCount: number } };

export type DealsDealQueryVariables = Exact<{
  id: string | number;
}>;


export type DealsDealQuery = { deal: { agreementId: string | null, agreement: { id: string, code: string, licensee: { id: string } | null } | null } };

export type DealsTechnologyQueryVariables = Exact<{
  id: string | number;
}>;


export type DealsTechnologyQuery = { technology: { agreements: { edges: Array<{ node: { id: string } }> }, offers: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type DealsTechnologyOffersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DealsTechnologyOffersQuery = { technologyOffers: { edges: Array<{ node: { title: string, status: ExchangeStatus, details: string | null, priceNote: string | null, price: { amount: string, currency: string } | null, organization: { name: string } | null, technology: { code: string } | null, interests: Array<{ message: string, organization: { name: string } | null, offer: { title: string } | null }> } }> }, technologyDemands: { edges: Array<{ node: { title: string, budget: { min: string | null, max: string | null, currency: string } | null, organization: { name: string } | null, interests: Array<{ message: string }> } }> }, exchangeInterests: { edges: Array<{ node: { message: string, status: InterestStatus, organization: { name: string } | null, offer: { title: string, organization: { name: string } | null } | null, demand: { title: string } | null } }> }, deals: { totalCount: number, edges: Array<{ node: { stage: DealStage, broker: { name: string } | null, provider: { name: string } | null, seeker: { name: string } | null, offer: { title: string, price: { amount: string } | null } | null, demand: { title: string } | null, interest: { message: string } | null, agreement: { code: string, licensee: { name: string } | null } | null, history: Array<{ to: DealStage, byName: string | null }> } }> } };

export type DisclosureFieldsFragment = { id: string, title: string, description: string | null, status: DisclosureStatus, decision: DisclosureDecision | null, decisionNotes: string | null, version: number, submittedAt: string | null, decidedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null };

export type DisclosuresCreateDisclosureMutationVariables = Exact<{
  input: CreateDisclosureInput;
}>;


export type DisclosuresCreateDisclosureMutation = { createDisclosure:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'InventionDisclosure', id: string, title: string, description: string | null, status: DisclosureStatus, decision: DisclosureDecision | null, decisionNotes: string | null, version: number, submittedAt: string | null, decidedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
   };

export type DisclosuresUpdateDisclosureMutationVariables = Exact<{
  input: UpdateDisclosureInput;
}>;


export type DisclosuresUpdateDisclosureMutation = { updateDisclosure:
    | { __typename: 'DisclosureNotDraftError', code: string, message: string, field: string | null }
    | { __typename: 'InventionDisclosure', id: string, title: string, description: string | null, status: DisclosureStatus, decision: DisclosureDecision | null, decisionNotes: string | null, version: number, submittedAt: string | null, decidedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null, currentVersion: number }
   };

export type DisclosuresSubmitDisclosureMutationVariables = Exact<{
  input: DisclosureStepInput;
}>;


export type DisclosuresSubmitDisclosureMutation = { submitDisclosure:
    | { __typename: 'InvalidDisclosureTransitionError', code: string, message: string, field: string | null, allowedStatuses: Array<DisclosureStatus> }
    | { __typename: 'InventionDisclosure', id: string, title: string, description: string | null, status: DisclosureStatus, decision: DisclosureDecision | null, decisionNotes: string | null, version: number, submittedAt: string | null, decidedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null, subject: SharesSubject, total: string }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type DisclosuresStartDisclosureEvaluationMutationVariables = Exact<{
  input: DisclosureStepInput;
}>;


export type DisclosuresStartDisclosureEvaluationMutation = { startDisclosureEvaluation:
    | { __typename: 'InvalidDisclosureTransitionError', code: string, message: string, field: string | null, allowedStatuses: Array<DisclosureStatus> }
    | { __typename: 'InventionDisclosure', id: string, title: string, description: string | null, status: DisclosureStatus, decision: DisclosureDecision | null, decisionNotes: string | null, version: number, submittedAt: string | null, decidedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null, subject: SharesSubject, total: string }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type DisclosuresDecideDisclosureMutationVariables = Exact<{
  input: DecideDisclosureInput;
}>;


export type DisclosuresDecideDisclosureMutation = { decideDisclosure:
    | { __typename: 'InvalidDisclosureTransitionError', code: string, message: string, field: string | null, allowedStatuses: Array<DisclosureStatus> }
    | { __typename: 'InventionDisclosure', id: string, title: string, description: string | null, status: DisclosureStatus, decision: DisclosureDecision | null, decisionNotes: string | null, version: number, submittedAt: string | null, decidedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null, subject: SharesSubject, total: string }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type DisclosuresDisclosureQueryVariables = Exact<{
  id: string | number;
}>;


export type DisclosuresDisclosureQuery = { disclosure: { id: string, status: DisclosureStatus } | null };

export type DisclosuresDisclosuresQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
}>;


export type DisclosuresDisclosuresQuery = { disclosures: { totalCount: number, edges: Array<{ node: { title: string } }> } };

export type DisclosuresMyDisclosuresQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosuresMyDisclosuresQuery = { myDisclosures: { edges: Array<{ node: { title: string } }> } };

export type DisclosuresTechnologyQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosuresTechnologyQuery = { technology: { disclosures: Array<{ status: DisclosureStatus, decision: DisclosureDecision | null }> } | null };

export type DisclosuresDiscloseInventionMutationVariables = Exact<{
  input: DiscloseInventionInput;
}>;


export type DisclosuresDiscloseInventionMutation = { discloseInvention:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'InventionDisclosure', id: string, status: DisclosureStatus, title: string, organization: { id: string } | null, technology: { code: string, title: string, owners: Array<{ share: string, organization: { id: string } | null }>, inventors: Array<{ share: string, externalName: string | null, user: { id: string } | null }> } | null }
    | { __typename: 'SharesDoNotTotalError', total: string, code: string, field: string | null }
    | { __typename: 'TechnologyCodeTakenError', code: string, field: string | null }
   };

export type ExchangeTechnologyOffer2QueryVariables = Exact<{
  id: string | number;
}>;


export type ExchangeTechnologyOffer2Query = { technologyOffer: { id: string, kind: OfferKind, title: string, summary: string, details: string | null, priceNote: string | null, trl: number, sectors: Array<ExchangeSector>, keywords: Array<string>, language: ExchangeLanguage, status: ExchangeStatus, publishedOn: string | null, expiresOn: string | null, version: number, concepts: Array<string>, technology: { id: string } | null, price: { amount: string, currency: string } | null, organization: { id: string } | null } | null };

export type TechnologyOffersQueryVariables = Exact<{
  filter?: OfferFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TechnologyOffersQuery = { technologyOffers: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, status: ExchangeStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExchangeTechnologyDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type ExchangeTechnologyDemandQuery = { technologyDemand: { id: string, title: string, description: string, sectors: Array<ExchangeSector>, keywords: Array<string>, language: ExchangeLanguage, minTrl: number | null, status: ExchangeStatus, publishedOn: string | null, expiresOn: string | null, version: number, concepts: Array<string>, budget: { min: string | null, max: string | null, currency: string } | null, organization: { id: string } | null } | null };

export type WithdrawOfferMutationVariables = Exact<{
  input: WithdrawExchangeItemInput;
}>;


export type WithdrawOfferMutation = { withdrawOffer:
    | { __typename: 'InvalidExchangeTransitionError', allowedStatuses: Array<ExchangeStatus>, code: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'TechnologyOffer', status: ExchangeStatus, version: number }
    | { __typename: 'VersionConflictError', code: string, field: string | null }
   };

export type ExchangeUpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type ExchangeUpdateOfferMutation = { updateOffer:
    | { __typename: 'InvalidExchangeTransitionError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOffer', title: string, version: number, trl: number }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type ExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type ExpressInterestMutation = { expressInterest:
    | { __typename: 'AlreadyInterestedError', code: string, message: string, field: string | null }
    | { __typename: 'ExchangeInterest', id: string, status: InterestStatus, message: string, organization: { id: string } | null, offer: { id: string } | null }
    | { __typename: 'InterestNotAllowedError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type WithdrawInterestMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawInterestMutation = { withdrawInterest:
    | { __typename: 'ExchangeInterest', status: InterestStatus, withdrawnAt: string | null }
    | { __typename: 'InvalidInputError', code: string }
   };

export type ExchangeCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type ExchangeCreateOfferMutation = { createOffer:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'TechnologyOffer' }
   };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string } };

export type ExchangeVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ExchangeVerifyOrganizationMutation = { verifyOrganization: { verified: boolean } };

export type ExchangeInterestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExchangeInterestsQuery = { exchangeInterests: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ExchangeTechnologyOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type ExchangeTechnologyOfferQuery = { technologyOffer: { interests: Array<{ id: string, message: string }> } | null };

export type ExchangeCreateDemandMutationVariables = Exact<{
  input: CreateDemandInput;
}>;


export type ExchangeCreateDemandMutation = { createDemand:
    | { __typename: 'InvalidInputError', field: string | null }
    | { __typename: 'TechnologyDemand' }
   };

export type ExchangeCreateDemand2MutationVariables = Exact<{
  input: CreateDemandInput;
}>;


export type ExchangeCreateDemand2Mutation = { createDemand:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand' }
   };

export type TechnologyDemandsQueryVariables = Exact<{ [key: string]: never; }>;


export type TechnologyDemandsQuery = { technologyDemands: { totalCount: number } };

export type ExchangeTechnologyDemandsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExchangeTechnologyDemandsQuery = { technologyDemands: { totalCount: number } };

export type FaultsOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsOrganizationsQuery = { organizations: { totalCount: number } };

export type FaultsCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type FaultsCreateOrganizationMutation = { createOrganization:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type FaultsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type FaultsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type FaultsRegisterMutationVariables = Exact<{ [key: string]: never; }>;


export type FaultsRegisterMutation = { register:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidInputError' }
   };

export type FaultsCreateOrganization2MutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type FaultsCreateOrganization2Mutation = { createOrganization:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'Organization', id: string, slug: string, version: number }
    | { __typename: 'SlugTakenError', code: string, field: string | null }
   };

export type FaultsUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type FaultsUpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'Organization' }
    | { __typename: 'SlugTakenError', code: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, field: string | null }
   };

export type FaultsOrganizationActivitySubscriptionVariables = Exact<{
  id: string | number;
}>;


export type FaultsOrganizationActivitySubscription = { organizationActivity: { action: string, entityId: string | null } };

export type FaultsCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type FaultsCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type FirstStartTripleHelixSynergyQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstStartTripleHelixSynergyQuery = { tripleHelixSynergy: { projects: number, tripleHelixProjects: number, byYear: Array<{ year: number, projects: number }> }, collaborationNetwork: { top: Array<{ degree: number, organization: { slug: string } | null }> }, icfFactors: Array<{ factor: IcfFactor, projects: number }>, helixContributions: Array<{ helix: Helix, kind: ContributionKind, amount: string | null, suppressed: boolean }> };

export type FirstStartCommercialisationFunnelQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstStartCommercialisationFunnelQuery = { commercialisationFunnel: { total: { disclosures: number, patentFilings: number, patentsGranted: number, licencesExecuted: number, startupsFormed: number, licenceIncome: Array<{ currency: string, amount: string | null, suppressed: boolean }> } } };

export type FirstStartTalentFlowsQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstStartTalentFlowsQuery = { talentFlows: { cells: Array<{ year: number, kind: PlacementKind, homeHelix: Helix, hostHelix: Helix, placements: number | null, suppressed: boolean }> }, trainingProgrammes: { edges: Array<{ node: { title: string, runner: { slug: string } | null, partners: Array<{ status: TrainingPartnerStatus, organization: { slug: string } | null, contributions: Array<{ year: number, seatsFunded: number, graduatesHired: number }> }>, intakes: Array<{ year: number, trainees: number }> } }> } };

export type FirstStartTechnologyOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstStartTechnologyOffersQuery = { technologyOffers: { totalCount: number }, technologyDemands: { totalCount: number } };

export type FirstStartIncubationQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstStartIncubationQuery = { incubationProgrammes: { edges: Array<{ node: { organization: { slug: string, parent: { slug: string } | null } | null, cohorts: { edges: Array<{ node: { status: IncubationCohortStatus, graduates: Array<{ slug: string }> } }> } } }> }, spinOffs: { edges: Array<{ node: { organization: { slug: string } | null, incubations: { edges: Array<{ node: { status: IncubationApplicationStatus, pitch: string | null, programme: { nameEn: string | null } } }> } } }> } };

export type FutureDatesFileIpProtectionMutationVariables = Exact<{
  input: FileIpProtectionInput;
}>;


export type FutureDatesFileIpProtectionMutation = { fileIpProtection:
    | { __typename: 'ApplicationNumberTakenError', message: string, field: string | null }
    | { __typename: 'InvalidInputError', message: string, field: string | null }
    | { __typename: 'IpFiling' }
   };

export type FutureDatesFileIpProtection2MutationVariables = Exact<{
  input: FileIpProtectionInput;
}>;


export type FutureDatesFileIpProtection2Mutation = { fileIpProtection:
    | { id: string, version: number }
    | Record<PropertyKey, never>
   };

export type FutureDatesUpdateIpFilingMutationVariables = Exact<{
  input: UpdateIpFilingInput;
}>;


export type FutureDatesUpdateIpFilingMutation = { updateIpFiling:
    | { __typename: 'ApplicationNumberTakenError', field: string | null }
    | { __typename: 'InvalidInputError', field: string | null }
    | { __typename: 'IpFiling' }
    | { __typename: 'VersionConflictError', field: string | null }
   };

export type FutureDatesRecordRevenueReceiptMutationVariables = Exact<{
  input: RecordRevenueReceiptInput;
}>;


export type FutureDatesRecordRevenueReceiptMutation = { recordRevenueReceipt:
    | { __typename: 'AgreementStateError', field: string | null }
    | { __typename: 'InvalidInputError', field: string | null }
    | { __typename: 'RevenueReceipt' }
   };

export type FutureDatesRecordRevenueCostMutationVariables = Exact<{
  input: RecordRevenueCostInput;
}>;


export type FutureDatesRecordRevenueCostMutation = { recordRevenueCost:
    | { __typename: 'InvalidInputError', field: string | null }
    | { __typename: 'RevenueCost' }
   };

export type IdempotencyCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type IdempotencyCreateOrganizationMutation = { createOrganization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Organization', id: string, slug: string }
    | { __typename: 'SlugTakenError' }
   };

export type IdempotencyRegisterMutationVariables = Exact<{ [key: string]: never; }>;


export type IdempotencyRegisterMutation = { register:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidInputError' }
   };

export type IdempotencyOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdempotencyOrganizationsQuery = { organizations: { totalCount: number } };

export type IncubationCreateProgrammeMutationVariables = Exact<{
  input: CreateIncubationProgrammeInput;
}>;


export type IncubationCreateProgrammeMutation = { createIncubationProgramme:
    | { __typename: 'IncubationProgramme', id: string, kind: IncubationProgrammeKind, name: string, version: number, organization: { id: string } | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationCreateCohortMutationVariables = Exact<{
  input: CreateIncubationCohortInput;
}>;


export type IncubationCreateCohortMutation = { createIncubationCohort:
    | { __typename: 'IncubationCohort', id: string, status: IncubationCohortStatus, version: number, programme: { id: string } }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationUpdateCohortMutationVariables = Exact<{
  input: UpdateIncubationCohortInput;
}>;


export type IncubationUpdateCohortMutation = { updateIncubationCohort:
    | { __typename: 'IncubationCohort', id: string, status: IncubationCohortStatus, version: number }
    | { __typename: 'InvalidIncubationCohortTransitionError', allowedStatuses: Array<IncubationCohortStatus>, errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'VersionConflictError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationApplyMutationVariables = Exact<{
  input: ApplyToIncubationCohortInput;
}>;


export type IncubationApplyMutation = { applyToIncubationCohort:
    | { __typename: 'IncubationApplication', id: string, status: IncubationApplicationStatus, version: number, pitch: string | null, startup: { id: string, helix: Helix, kind: OrganizationKind } | null, cohort: { id: string }, programme: { id: string } }
    | { __typename: 'IncubationCohortNotOpenError', cohortStatus: IncubationCohortStatus, applicationsCloseOn: string | null, errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'SlugTakenError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationChangeStatusMutationVariables = Exact<{
  input: ChangeIncubationApplicationStatusInput;
}>;


export type IncubationChangeStatusMutation = { changeIncubationApplicationStatus:
    | { __typename: 'IncubationApplication', id: string, status: IncubationApplicationStatus, version: number, endedOn: string | null, decidedAt: string | null, decisionReason: string | null }
    | { __typename: 'InvalidIncubationApplicationTransitionError', allowedStatuses: Array<IncubationApplicationStatus>, errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'VersionConflictError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationSetConsentMutationVariables = Exact<{
  input: SetIncubationConsentInput;
}>;


export type IncubationSetConsentMutation = { setIncubationConsent:
    | { __typename: 'IncubationApplication', id: string, publicConsent: boolean, version: number }
    | { __typename: 'VersionConflictError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationAssignMentorMutationVariables = Exact<{
  input: AssignIncubationMentorInput;
}>;


export type IncubationAssignMentorMutation = { assignIncubationMentor:
    | { __typename: 'IncubationMentor', id: string, current: boolean, since: string, user: { id: string } | null, organization: { id: string } | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationAddMilestoneMutationVariables = Exact<{
  input: AddIncubationMilestoneInput;
}>;


export type IncubationAddMilestoneMutation = { addIncubationMilestone:
    | { __typename: 'IncubationMilestone', id: string, status: IncubationMilestoneStatus, version: number }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationMarkMilestoneMutationVariables = Exact<{
  input: MarkIncubationMilestoneInput;
}>;


export type IncubationMarkMilestoneMutation = { markIncubationMilestone:
    | { __typename: 'IncubationMilestone', id: string, status: IncubationMilestoneStatus, metOn: string | null, version: number }
    | { __typename: 'InvalidIncubationMilestoneTransitionError', allowedStatuses: Array<IncubationMilestoneStatus>, errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'VersionConflictError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationAddReportMutationVariables = Exact<{
  input: AddIncubationReportInput;
}>;


export type IncubationAddReportMutation = { addIncubationReport:
    | { __typename: 'IncubationReport', id: string, jobs: number, fundsRaised: { amount: string, currency: string } }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type IncubationCreateSpinOffMutationVariables = Exact<{
  input: CreateSpinOffInput;
}>;


export type IncubationCreateSpinOffMutation = { createSpinOff:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SlugTakenError' }
    | { __typename: 'SpinOff', id: string }
   };

export type IncubationFileQueryVariables = Exact<{
  id: string | number;
}>;


export type IncubationFileQuery = { incubationApplication: { id: string, status: IncubationApplicationStatus, pitch: string | null, decisionReason: string | null, publicConsent: boolean, startup: { id: string } | null, programme: { id: string, name: string }, mentors: Array<{ current: boolean, user: { id: string } | null, organization: { id: string } | null }>, milestones: Array<{ title: string, status: IncubationMilestoneStatus, metOn: string | null }>, reports: Array<{ jobs: number, fundsRaised: { amount: string, currency: string } }> } | null };

export type IncubationFilesQueryVariables = Exact<{
  filter?: IncubationApplicationFilter | null | undefined;
}>;


export type IncubationFilesQuery = { incubationApplications: { totalCount: number, edges: Array<{ node: { id: string, pitch: string | null } }> } };

export type IncubationPublicViewQueryVariables = Exact<{
  id: string | number;
}>;


export type IncubationPublicViewQuery = { incubationProgramme: { id: string, name: string, organization: { id: string } | null, cohorts: { totalCount: number, edges: Array<{ node: { id: string, status: IncubationCohortStatus, graduates: Array<{ id: string }> } }> } } | null };

export type IncubationSpinOffsQueryVariables = Exact<{
  parent: string | number;
}>;


export type IncubationSpinOffsQuery = { spinOffs: { edges: Array<{ node: { organization: { id: string } | null, incubations: { totalCount: number, edges: Array<{ node: { id: string, status: IncubationApplicationStatus, pitch: string | null, mentors: Array<{ current: boolean }>, reports: Array<{ jobs: number }>, milestones: Array<{ title: string }>, programme: { id: string } } }> } } }> } };

export type IncubationNestedFilesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IncubationNestedFilesQuery = { incubationProgrammes: { edges: Array<{ node: { id: string, organization: { name: string } | null, cohorts: { edges: Array<{ node: { id: string, graduates: Array<{ name: string }> } }> } } }> }, incubationApplications: { edges: Array<{ node: { id: string, pitch: string | null, startup: { name: string } | null, cohort: { name: string, programme: { name: string } }, mentors: Array<{ user: { displayName: string } | null, organization: { name: string } | null }>, milestones: Array<{ title: string }>, reports: Array<{ fundsRaised: { amount: string } }> } }> } };

export type IncubationOfOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type IncubationOfOrganizationQuery = { organization: { incubations: { totalCount: number, edges: Array<{ node: { id: string, status: IncubationApplicationStatus, pitch: string | null } }> } } | null };

export type InsightFunnelCommercialisationFunnelQueryVariables = Exact<{
  filter?: FunnelFilter | null | undefined;
}>;


export type InsightFunnelCommercialisationFunnelQuery = { commercialisationFunnel: { total: { disclosures: number, newPatentApplications: number, patentFilings: number, patentsGranted: number, licencesExecuted: number, optionsExecuted: number, startupsFormed: number, licenceIncome: Array<{ currency: string, amount: string | null, suppressed: boolean, agreements: number }>, researchExpenditure: Array<{ currency: string, amount: string | null, suppressed: boolean, projects: number }> }, years: Array<{ year: number, disclosures: number, newPatentApplications: number, patentsGranted: number, licencesExecuted: number, startupsFormed: number, licenceIncome: Array<{ amount: string | null }> }>, conversions: Array<{ from: string, to: string, rate: number | null }> } };

export type InsightHelixBasisOrganizationQueryVariables = Exact<{
  slug?: string | null | undefined;
}>;


export type InsightHelixBasisOrganizationQuery = { organization: { id: string } | null };

export type InsightHelixBasisTransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type InsightHelixBasisTransitionProjectMutation = { transitionProject:
    | { version: number, status: ProjectStatus }
    | Record<PropertyKey, never>
   };

export type InsightHelixBasisTripleHelixSynergyQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightHelixBasisTripleHelixSynergyQuery = { tripleHelixSynergy: { tripleHelixProjects: number }, icfFactors: Array<{ factor: IcfFactor, projects: number, tripleHelixProjects: number }>, helixContributions: Array<{ helix: Helix, kind: ContributionKind, currency: string, amount: string | null, organizations: number }> };

export type InsightHelixBasisCollaborationNetworkQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightHelixBasisCollaborationNetworkQuery = { collaborationNetwork: { top: Array<{ degree: number, crossHelixDegree: number, organization: { slug: string } | null }> } };

export type InsightIndicatorsReportIndicatorMutationVariables = Exact<{
  input: ReportIndicatorInput;
}>;


export type InsightIndicatorsReportIndicatorMutation = { reportIndicator:
    | { __typename: 'IndicatorMeasurement', id: string, factor: IcfFactor, indicator: string, value: string, unit: string, status: MeasurementStatus, version: number, organization: { id: string } | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type InsightIndicatorsReviewIndicatorMutationVariables = Exact<{
  input: ReviewIndicatorInput;
}>;


export type InsightIndicatorsReviewIndicatorMutation = { reviewIndicator:
    | { __typename: 'IndicatorMeasurement', id: string, status: MeasurementStatus, version: number, reviewNote: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type InsightIndicatorsCorrectIndicatorMutationVariables = Exact<{
  input: CorrectIndicatorInput;
}>;


export type InsightIndicatorsCorrectIndicatorMutation = { correctIndicator:
    | { __typename: 'IndicatorMeasurement', id: string, status: MeasurementStatus, value: string, version: number }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type InsightIndicatorsIndicatorMeasurementsQueryVariables = Exact<{
  filter?: IndicatorFilter | null | undefined;
}>;


export type InsightIndicatorsIndicatorMeasurementsQuery = { indicatorMeasurements: { totalCount: number, edges: Array<{ node: { indicator: string, value: string, status: MeasurementStatus } }> } };

export type InsightIndicatorsIcfSelfAssessmentQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightIndicatorsIcfSelfAssessmentQuery = { icfSelfAssessment: { fromYear: number | null, toYear: number | null, factors: Array<{ factor: IcfFactor, projects: { projects: number }, measurements: Array<{ indicator: string, value: string, status: MeasurementStatus }> }> } };

export type InsightMoneyHelixContributionsQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightMoneyHelixContributionsQuery = { helixContributions: Array<{ helix: Helix, kind: ContributionKind, currency: string, amount: string | null, suppressed: boolean, organizations: number, projects: number }> };

export type InsightMoneyIcfFactorsQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightMoneyIcfFactorsQuery = { icfFactors: Array<{ factor: IcfFactor, projects: number, tripleHelixProjects: number, participants: number, organizations: number, budgets: Array<{ currency: string, amount: string | null, suppressed: boolean, projects: number }> }> };

export type InsightNetworkCollaborationNetworkQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
  rankBy?: NetworkRanking | null | undefined;
  first?: number | null | undefined;
}>;


export type InsightNetworkCollaborationNetworkQuery = { collaborationNetwork: { organizations: number, links: number, density: number, exact: boolean, sources: number, top: Array<{ rank: number, organizationId: string, helix: Helix, degree: number, crossHelixDegree: number, collaborations: number, betweenness: number, crossHelixBetweenness: number, organization: { slug: string } | null }> } };

export type InsightNetworkBridgingOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InsightNetworkBridgingOrganizationsQuery = { bridgingOrganizations: Array<{ rank: number, crossHelixBetweenness: number, organization: { slug: string } | null }> };

export type InsightNetworkCollaborationNetwork2QueryVariables = Exact<{ [key: string]: never; }>;


export type InsightNetworkCollaborationNetwork2Query = { collaborationNetwork: { organizations: number, top: Array<{ organizationId: string }> } };

export type InsightNetworkCollaborationNetwork3QueryVariables = Exact<{ [key: string]: never; }>;


export type InsightNetworkCollaborationNetwork3Query = { collaborationNetwork: { organizations: number } };

export type InsightScopeTransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type InsightScopeTransitionProjectMutation = { transitionProject:
    | { __typename: 'InvalidTransitionError' }
    | { __typename: 'Project', status: ProjectStatus }
    | { __typename: 'VersionConflictError' }
   };

export type InsightScopeReportsQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightScopeReportsQuery = { tripleHelixSynergy: { projects: number, tripleHelixProjects: number }, icfFactors: Array<{ factor: IcfFactor, projects: number }>, icfSelfAssessment: { factors: Array<{ factor: IcfFactor, measurements: Array<{ organization: { id: string } | null }> }> }, collaborationNetwork: { organizations: number, top: Array<{ organizationId: string, collaborations: number }> } };

export type InsightScopeReportIndicatorMutationVariables = Exact<{
  input: ReportIndicatorInput;
}>;


export type InsightScopeReportIndicatorMutation = { reportIndicator:
    | { __typename: 'IndicatorMeasurement' }
    | { __typename: 'InvalidInputError' }
   };

export type InsightSynergyTripleHelixSynergyQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightSynergyTripleHelixSynergyQuery = { tripleHelixSynergy: { projects: number, tripleHelixProjects: number, tripleHelixShare: number | null, tripleHelix: number, academiaIndustry: number, academiaGovernment: number, industryGovernment: number, quadrupleHelix: number, entropies: Array<{ helices: Array<Helix>, bits: number }>, combinations: Array<{ academia: boolean, industry: boolean, government: boolean, civilSociety: boolean, projects: number }>, byYear: Array<{ year: number, projects: number, tripleHelix: number, combinations: Array<{ academia: boolean, industry: boolean, government: boolean, civilSociety: boolean, projects: number }> }> } };

export type InsightSynergyTripleHelixSynergy2QueryVariables = Exact<{ [key: string]: never; }>;


export type InsightSynergyTripleHelixSynergy2Query = { tripleHelixSynergy: { projects: number, byYear: Array<{ year: number }> } };

export type InsightTalentNetworkQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightTalentNetworkQuery = { collaborationNetwork: { organizations: number, links: number, top: Array<{ organizationId: string, degree: number, collaborations: number }> } };

export type InsightTalentSynergyQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightTalentSynergyQuery = { tripleHelixSynergy: { projects: number, academiaIndustry: number, combinations: Array<{ academia: boolean, industry: boolean, government: boolean, civilSociety: boolean, projects: number }>, byYear: Array<{ year: number, projects: number }> } };

export type InsightTalentIcfQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightTalentIcfQuery = { icfFactors: Array<{ factor: IcfFactor, projects: number, measures: Array<{ measure: IcfMeasure, count: number | null, suppressed: boolean }> }> };

export type InsightTalentSelfAssessmentQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightTalentSelfAssessmentQuery = { icfSelfAssessment: { factors: Array<{ factor: IcfFactor, projects: { measures: Array<{ measure: IcfMeasure, count: number | null, suppressed: boolean }> } }> } };

export type InsightTalentFunnelQueryVariables = Exact<{
  filter?: FunnelFilter | null | undefined;
}>;


export type InsightTalentFunnelQuery = { commercialisationFunnel: { total: { startupsFormed: number, startupsIncubated: number | null, startupsGraduated: number | null }, years: Array<{ year: number, startupsIncubated: number | null, startupsGraduated: number | null }>, conversions: Array<{ from: string, to: string, rate: number | null }> } };

export type InsightTalentProposeMutationVariables = Exact<{
  input: ProposePlacementInput;
}>;


export type InsightTalentProposeMutation = { proposePlacement:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Placement', id: string, version: number, status: PlacementStatus }
   };

export type InsightTalentAgreeMutationVariables = Exact<{
  input: AgreePlacementInput;
}>;


export type InsightTalentAgreeMutation = { agreePlacement:
    | { __typename: 'Placement', id: string, version: number, status: PlacementStatus }
    | { __typename: 'PlacementAgreementError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type InsightTalentWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type InsightTalentWithdrawMutation = { withdrawPlacement:
    | { __typename: 'InvalidPlacementTransitionError', code: string, message: string, field: string | null }
    | { __typename: 'Placement', id: string, status: PlacementStatus }
   };

export type InsightTalentIncubationProgrammeMutationVariables = Exact<{
  input: CreateIncubationProgrammeInput;
}>;


export type InsightTalentIncubationProgrammeMutation = { createIncubationProgramme:
    | { __typename: 'IncubationProgramme', id: string }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type InsightTalentCohortMutationVariables = Exact<{
  input: CreateIncubationCohortInput;
}>;


export type InsightTalentCohortMutation = { createIncubationCohort:
    | { __typename: 'IncubationCohort', id: string, version: number }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type InsightTalentOpenCohortMutationVariables = Exact<{
  input: UpdateIncubationCohortInput;
}>;


export type InsightTalentOpenCohortMutation = { updateIncubationCohort:
    | { __typename: 'IncubationCohort', id: string, status: IncubationCohortStatus, version: number }
    | { __typename: 'InvalidIncubationCohortTransitionError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'VersionConflictError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type InsightTalentApplyMutationVariables = Exact<{
  input: ApplyToIncubationCohortInput;
}>;


export type InsightTalentApplyMutation = { applyToIncubationCohort:
    | { __typename: 'IncubationApplication', id: string, version: number, startup: { id: string } | null }
    | { __typename: 'IncubationCohortNotOpenError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'SlugTakenError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type InsightTalentDecideMutationVariables = Exact<{
  input: ChangeIncubationApplicationStatusInput;
}>;


export type InsightTalentDecideMutation = { changeIncubationApplicationStatus:
    | { __typename: 'IncubationApplication', id: string, status: IncubationApplicationStatus, version: number }
    | { __typename: 'InvalidIncubationApplicationTransitionError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
    | { __typename: 'VersionConflictError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type InsightTalentConsentMutationVariables = Exact<{
  input: SetIncubationConsentInput;
}>;


export type InsightTalentConsentMutation = { setIncubationConsent:
    | { __typename: 'IncubationApplication', id: string, version: number, publicConsent: boolean }
    | { __typename: 'VersionConflictError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type InsightTalentMentorMutationVariables = Exact<{
  input: AssignIncubationMentorInput;
}>;


export type InsightTalentMentorMutation = { assignIncubationMentor:
    | { __typename: 'IncubationMentor', id: string }
    | { __typename: 'InvalidInputError', errorCode: ErrorCode, message: string, field: string | null }
   };

export type InsightTalentTrainingMutationVariables = Exact<{
  input: CreateTrainingProgrammeInput;
}>;


export type InsightTalentTrainingMutation = { createTrainingProgramme:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingProgramme', id: string, version: number }
   };

export type InsightTalentInvitePartnerMutationVariables = Exact<{
  input: InviteTrainingPartnerInput;
}>;


export type InsightTalentInvitePartnerMutation = { inviteTrainingPartner:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingPartner', id: string, version: number }
   };

export type InsightTalentAnswerMutationVariables = Exact<{
  input: AnswerTrainingInvitationInput;
}>;


export type InsightTalentAnswerMutation = { answerTrainingInvitation:
    | { __typename: 'InvalidTrainingPartnerTransitionError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingPartner', id: string, version: number, status: TrainingPartnerStatus }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type InsightTalentContributionMutationVariables = Exact<{
  input: RecordTrainingContributionInput;
}>;


export type InsightTalentContributionMutation = { recordTrainingContribution:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingPartner', id: string, version: number }
    | { __typename: 'TrainingPartnerStateError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type InsightTalentIntakeMutationVariables = Exact<{
  input: RecordTrainingIntakeInput;
}>;


export type InsightTalentIntakeMutation = { recordTrainingIntake:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingProgramme', id: string, version: number }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type InsightTrlTrlProgressionQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type InsightTrlTrlProgressionQuery = { trlProgression: { technologies: number, averageFirstLevel: number | null, averageCurrentLevel: number | null, averageGain: number | null, projects: number, averageGainPerProject: number | null, currentLevels: Array<{ value: number, technologies: number }>, gains: Array<{ value: number, technologies: number }> } };

export type InsightTrlProjectQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type InsightTrlProjectQuery = { project: { code: string, trlGained: number | null } | null };

export type IpFilingFieldsFragment = { id: string, type: IpType, jurisdiction: string, applicationNumber: string | null, priorityDate: string, filingDate: string, publicationDate: string | null, grantDate: string | null, registrationNumber: string | null, status: IpFilingStatus, version: number, parentFiling: { id: string } | null, technology: { code: string } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, legalSource: string }> };

export type IpFilingsFileIpProtectionMutationVariables = Exact<{
  input: FileIpProtectionInput;
}>;


export type IpFilingsFileIpProtectionMutation = { fileIpProtection:
    | { __typename: 'ApplicationNumberTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'IpFiling', id: string, type: IpType, jurisdiction: string, applicationNumber: string | null, priorityDate: string, filingDate: string, publicationDate: string | null, grantDate: string | null, registrationNumber: string | null, status: IpFilingStatus, version: number, parentFiling: { id: string } | null, technology: { code: string } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, legalSource: string }> }
   };

export type IpFilingsTransitionIpFilingMutationVariables = Exact<{
  input: TransitionIpFilingInput;
}>;


export type IpFilingsTransitionIpFilingMutation = { transitionIpFiling:
    | { __typename: 'ApplicationNumberTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidIpFilingTransitionError', allowedStatuses: Array<IpFilingStatus>, code: string, message: string, field: string | null }
    | { __typename: 'IpFiling', id: string, type: IpType, jurisdiction: string, applicationNumber: string | null, priorityDate: string, filingDate: string, publicationDate: string | null, grantDate: string | null, registrationNumber: string | null, status: IpFilingStatus, version: number, parentFiling: { id: string } | null, technology: { code: string } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, legalSource: string }> }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type IpFilingsUpdateIpFilingMutationVariables = Exact<{
  input: UpdateIpFilingInput;
}>;


export type IpFilingsUpdateIpFilingMutation = { updateIpFiling:
    | { __typename: 'ApplicationNumberTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'IpFiling', id: string, type: IpType, jurisdiction: string, applicationNumber: string | null, priorityDate: string, filingDate: string, publicationDate: string | null, grantDate: string | null, registrationNumber: string | null, status: IpFilingStatus, version: number, parentFiling: { id: string } | null, technology: { code: string } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, legalSource: string }> }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type IpFilingsUpcomingDeadlinesQueryVariables = Exact<{
  withinDays: number;
  organizationId?: string | number | null | undefined;
}>;


export type IpFilingsUpcomingDeadlinesQuery = { upcomingDeadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, description: string, legalSource: string, filing: { id: string, jurisdiction: string } }> };

export type IpFilingsTechnologyQueryVariables = Exact<{ [key: string]: never; }>;


export type IpFilingsTechnologyQuery = { technology: { ipFilings: Array<{ id: string, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number }> }> } | null };

export type IpFilingsIpFilingsQueryVariables = Exact<{
  filter?: IpFilingFilter | null | undefined;
}>;


export type IpFilingsIpFilingsQuery = { ipFilings: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { accessToken: string }
    | Record<PropertyKey, never>
   };

export type JourneyInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type JourneyInviteMemberMutation = { inviteMember:
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvitationCreated', token: string }
   };

export type JourneyAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type JourneyAcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AcceptedInvitation', membership: { role: MemberRole } }
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvitationInvalidError' }
   };

export type JourneyCreateOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type JourneyCreateOrganizationMutation = { createOrganization:
    | { id: string, verified: boolean }
    | Record<PropertyKey, never>
   };

export type JourneyCreateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type JourneyCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type JourneyOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type JourneyOrganizationQuery = { organization: { members: { totalCount: number } | null } | null };

export type JourneyOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyOrganizationsQuery = { organizations: { totalCount: number } };

export type JourneyOrganization2QueryVariables = Exact<{ [key: string]: never; }>;


export type JourneyOrganization2Query = { organization: { id: string, version: number } | null };

export type JourneyUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type JourneyUpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Organization' }
    | { __typename: 'SlugTakenError' }
    | { __typename: 'VersionConflictError' }
   };

export type JourneyAuditLogQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type JourneyAuditLogQuery = { auditLog: { totalCount: number } };

export type JourneyAuditLog2QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type JourneyAuditLog2Query = { auditLog: { edges: Array<{ node: { action: string, actor: { displayName: string } | null } }> } };

export type MailInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type MailInviteMemberMutation = { inviteMember:
    | { __typename: 'AlreadyMemberError', code: string, message: string }
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'InvitationCreated', invitation: { id: string } }
   };

export type MailAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type MailAcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AcceptedInvitation', membership: { status: MembershipStatus } }
    | { __typename: 'AlreadyMemberError', code: string, message: string }
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'InvitationInvalidError', code: string, message: string }
   };

export type MailUpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type MailUpdateProfileMutation = { updateProfile:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'User', language: Language | null }
   };

export type MailRequestMembershipMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;


export type MailRequestMembershipMutation = { requestMembership:
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'Membership', id: string }
   };

export type MailApproveMutationVariables = Exact<{
  input: ApproveMembershipRequestInput;
}>;


export type MailApproveMutation = { approveMembershipRequest:
    | { __typename: 'Membership' }
    | { __typename: 'MembershipStatusError' }
   };

export type MatchesForDemandQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type MatchesForDemandQuery = { matchesForDemand: Array<{ score: number, offer: { id: string, title: string }, reasons: Array<{ kind: MatchReasonKind, detail: string, weight: number }> }> };

export type MatchesForOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchesForOfferQuery = { matchesForOffer: Array<{ score: number, demand: { id: string, title: string }, reasons: Array<{ kind: MatchReasonKind, detail: string, weight: number }> }> };

export type MatchingMatchesForDemandQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type MatchingMatchesForDemandQuery = { matchesForDemand: Array<{ score: number, offer: { id: string, title: string, status: ExchangeStatus, details: string | null, price: { amount: string, currency: string } | null, organization: { name: string } | null, interests: Array<{ id: string }> } }> };

export type RequestMembershipMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;


export type RequestMembershipMutation = { requestMembership:
    | { __typename: 'AlreadyMemberError', code: string, message: string, field: string | null }
    | { __typename: 'Membership', id: string, role: MemberRole, status: MembershipStatus, position: string | null, since: string | null, version: number }
   };

export type ApproveMembershipRequestMutationVariables = Exact<{
  input: ApproveMembershipRequestInput;
}>;


export type ApproveMembershipRequestMutation = { approveMembershipRequest:
    | { __typename: 'Membership', id: string, role: MemberRole, status: MembershipStatus, since: string | null, version: number }
    | { __typename: 'MembershipStatusError', status: MembershipStatus, code: string, message: string }
   };

export type DeclineMembershipRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineMembershipRequestMutation = { declineMembershipRequest:
    | { __typename: 'Membership', id: string, status: MembershipStatus }
    | { __typename: 'MembershipStatusError', code: string, message: string }
   };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole:
    | { __typename: 'LastAdminError', code: string, message: string }
    | { __typename: 'Membership', id: string, role: MemberRole, status: MembershipStatus, version: number }
    | { __typename: 'MembershipStatusError', code: string, message: string }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string }
   };

export type RemoveMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMemberMutation = { removeMember:
    | { __typename: 'LastAdminError', code: string, message: string }
    | { __typename: 'Membership', id: string, role: MemberRole, status: MembershipStatus, since: string | null, until: string | null, version: number }
    | { __typename: 'MembershipStatusError', status: MembershipStatus, code: string, message: string }
   };

export type LeaveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaveOrganizationMutation = { leaveOrganization:
    | { __typename: 'LastAdminError', code: string, message: string }
    | { __typename: 'Membership', id: string, status: MembershipStatus, until: string | null }
   };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation:
    | { __typename: 'Invitation', id: string, status: InvitationStatus, revokedAt: string | null }
    | { __typename: 'InvitationInvalidError', reason: InvitationInvalidReason, code: string, message: string }
   };

export type OrganizationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MemberFilter | null | undefined;
}>;


export type OrganizationQuery = { organization: { members: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, role: MemberRole, status: MembershipStatus, user: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type MembershipsOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type MembershipsOrganizationQuery = { organization: { invitations: Array<{ id: string, email: string, role: MemberRole, status: InvitationStatus, invitedBy: { id: string } }> | null } | null };

export type MyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipsQuery = { myMemberships: Array<{ id: string, role: MemberRole, status: MembershipStatus, organization: { id: string, name: string }, user: { id: string } }> };

export type MembershipsOrganization2QueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type MembershipsOrganization2Query = { organization: { members: { edges: Array<{ node: { role: MemberRole, user: { displayName: string }, organization: { name: string } } }> } | null } | null };

export type MetricsDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsDirectoryQuery = { organizations: { totalCount: number } };

export type MetricsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsMeQuery = { me: { id: string } };

export type MetricsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type MetricsRegisterMutation = { register:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError', code: string }
    | { __typename: 'InvalidInputError', code: string }
   };

export type MetricsOrganizationActivitySubscriptionVariables = Exact<{
  id: string | number;
}>;


export type MetricsOrganizationActivitySubscription = { organizationActivity: { action: string } };

export type MoneyRulesCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type MoneyRulesCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, field: string | null }
    | { __typename: 'Project', id: string, budget: { amount: string, currency: string } | null }
    | { __typename: 'ProjectCodeTakenError', code: string, field: string | null }
   };

export type MoneyRulesCreateOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type MoneyRulesCreateOrganizationMutation = { createOrganization:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type MoneyRulesCreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type MoneyRulesCreateAgreementMutation = { createAgreement:
    | { __typename: 'Agreement' }
    | { __typename: 'AgreementCodeTakenError' }
    | { __typename: 'InvalidInputError' }
   };

export type MoneyRulesCreateDemandMutationVariables = Exact<{
  input: CreateDemandInput;
}>;


export type MoneyRulesCreateDemandMutation = { createDemand:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyDemand' }
   };

export type OfferTrlCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type OfferTrlCreateOfferMutation = { createOffer:
    | { __typename: 'InvalidInputError', message: string, field: string | null }
    | { __typename: 'TechnologyOffer', id: string, version: number, trl: number, assessedTrl: number | null, trlVerified: boolean }
   };

export type OfferTrlTechnologyOffersQueryVariables = Exact<{
  minTrl?: number | null | undefined;
}>;


export type OfferTrlTechnologyOffersQuery = { technologyOffers: { edges: Array<{ node: { id: string, trl: number, assessedTrl: number | null, trlVerified: boolean } }> } };

export type OfferTrlTechnologyOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferTrlTechnologyOfferQuery = { technologyOffer: { trl: number, assessedTrl: number | null, trlVerified: boolean } | null };

export type OrganizationAdminCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type OrganizationAdminCreateOrganizationMutation = { createOrganization:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Organization', id: string, slug: string, name: string, verified: boolean, version: number, helix: Helix, secondaryHelices: Array<Helix>, parent: { slug: string } | null }
    | { __typename: 'SlugTakenError', code: string, message: string, field: string | null }
   };

export type OrganizationAdminUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type OrganizationAdminUpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Organization', id: string, name: string, website: string | null, version: number }
    | { __typename: 'SlugTakenError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type OrganizationAdminCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type OrganizationAdminCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, prefix: string, scopes: Array<ApiKeyScope>, active: boolean } } };

export type OrganizationAdminOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OrganizationAdminOrganizationQuery = { organization: { apiKeys: Array<{ id: string }> } | null };

export type OrganizationAdminVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type OrganizationAdminVerifyOrganizationMutation = { verifyOrganization: { verified: boolean } };

export type OrganizationAdminOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationAdminOrganizationsQuery = { organizations: { totalCount: number } };

export type OrganizationAdminOrganization2QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OrganizationAdminOrganization2Query = { organization: { apiKeys: Array<{ id: string, name: string, prefix: string, active: boolean }> } | null };

export type OrganizationAdminRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type OrganizationAdminRevokeApiKeyMutation = { revokeApiKey: { active: boolean } };

export type OrganizationAdminRevokeApiKey2MutationVariables = Exact<{
  id: string | number;
}>;


export type OrganizationAdminRevokeApiKey2Mutation = { revokeApiKey: { active: boolean, revokedAt: string | null } };

export type OrganizationAdminArchiveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type OrganizationAdminArchiveOrganizationMutation = { archiveOrganization: { id: string } };

export type OrganizationAdminArchiveOrganization2MutationVariables = Exact<{
  id: string | number;
}>;


export type OrganizationAdminArchiveOrganization2Mutation = { archiveOrganization: { archivedAt: string | null } };

export type OrganizationAdminOrganization3QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OrganizationAdminOrganization3Query = { organization: { slug: string } | null };

export type OrganizationAdminOrganizations2QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationAdminOrganizations2Query = { organizations: { totalCount: number } };

export type OrganizationAdminAuditLogQueryVariables = Exact<{
  org?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditFilter | null | undefined;
}>;


export type OrganizationAdminAuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ node: { action: string, actorUserId: string | null, actorApiKeyId: string | null, organizationId: string | null, entityType: string, entityId: string | null, requestId: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganizationAdminAuditLog2QueryVariables = Exact<{
  org?: string | number | null | undefined;
}>;


export type OrganizationAdminAuditLog2Query = { auditLog: { edges: Array<{ node: { action: string, actor: { id: string, displayName: string } | null } }> } };

export type ListQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ListQuery = { organizations: { totalCount: number, edges: Array<{ node: { slug: string, name: string, nameEn: string | null, helix: Helix } }> } };

export type OrganizationsOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { name: string, nameEn: string | null, helix: Helix } }> } };

export type OrganizationsOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganizationQuery = { organization: { helix: Helix, secondaryHelices: Array<Helix>, kind: OrganizationKind } | null };

export type OrganizationsOrganization2QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganization2Query = { organization: { id: string } | null };

export type OrganizationsOrganizations2QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganizations2Query = { organizations: { totalCount: number, edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type OrganizationsOrganizations3QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganizations3Query = { organizations: { edges: Array<{ node: { name: string } }> } };

export type OrganizationsOrganization3QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganization3Query = { organization: { name: string, parent: { slug: string, parent: { slug: string } | null, children: Array<{ slug: string }> } | null, children: Array<{ slug: string }> } | null };

export type OrganizationsOrganization4QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganization4Query = { organization: { id: string, slug: string, country: string, province: string | null, website: string | null, verified: boolean, createdAt: string, updatedAt: string } | null };

export type OrganizationsOrganization5QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type OrganizationsOrganization5Query = { organization: { slug: string } | null };

export type OrganizationsOrganization6QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganization6Query = { organization: { id: string } | null };

export type OrganizationsOrganization7QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganization7Query = { organization: { id: string } | null };

export type OrganizationsOrganization8QueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsOrganization8Query = { organization: { id: string } | null };

export type PageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type PageQuery = { organizations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PaginationOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string } }> } };

export type PaginationOrganizations2QueryVariables = Exact<{ [key: string]: never; }>;


export type PaginationOrganizations2Query = { organizations: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type PaginationOrganizations3QueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PaginationOrganizations3Query = { organizations: { edges: Array<{ node: { name: string, parent: { name: string, children: Array<{ name: string }> } | null, children: Array<{ name: string, parent: { name: string } | null }> } }> } };

export type PartnershipsAddPartnershipPartyMutationVariables = Exact<{
  id: string | number;
  org: string | number;
}>;


export type PartnershipsAddPartnershipPartyMutation = { addPartnershipParty:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Partnership', id: string, version: number, parties: Array<{ id: string }> }
   };

export type PartnershipsRemovePartnershipPartyMutationVariables = Exact<{
  id: string | number;
  org: string | number;
}>;


export type PartnershipsRemovePartnershipPartyMutation = { removePartnershipParty:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Partnership', id: string, version: number, parties: Array<{ id: string }> }
    | { __typename: 'PartyWithdrawalRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'TooFewPartiesError', code: string, message: string, field: string | null }
   };

export type PartnershipsChangePartnershipStatusMutationVariables = Exact<{
  id: string | number;
  status: PartnershipStatus;
}>;


export type PartnershipsChangePartnershipStatusMutation = { changePartnershipStatus:
    | { __typename: 'InvalidPartnershipTransitionError', currentStatus: PartnershipStatus, allowedStatuses: Array<PartnershipStatus>, code: string, message: string, field: string | null }
    | { __typename: 'Partnership', id: string, status: PartnershipStatus, version: number }
    | { __typename: 'PartnershipConsentPendingError', pendingPartyIds: Array<string>, code: string, message: string, field: string | null }
   };

export type PartnershipsPartnershipsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PartnershipFilter | null | undefined;
}>;


export type PartnershipsPartnershipsQuery = { partnerships: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, status: PartnershipStatus, type: PartnershipType, parties: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type PartnershipsOrganizationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnershipsOrganizationQuery = { organization: { partnerships: { totalCount: number, edges: Array<{ node: { id: string, parties: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type PartnershipsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type PartnershipsCreateApiKeyMutation = { createApiKey: { secret: string } };

export type PartnershipsRemovePartnershipParty2MutationVariables = Exact<{
  id: string | number;
  org: string | number;
}>;


export type PartnershipsRemovePartnershipParty2Mutation = { removePartnershipParty:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Partnership', id: string, status: PartnershipStatus, version: number, parties: Array<{ id: string }> }
    | { __typename: 'PartyWithdrawalRequiredError', partyId: string, code: string, message: string, field: string | null }
    | { __typename: 'TooFewPartiesError', code: string, message: string, field: string | null }
   };

export type PartnershipsPartnerships2QueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PartnershipsPartnerships2Query = { partnerships: { edges: Array<{ node: { id: string, amendment: { id: string, changes: Array<{ field: string }>, consents: Array<{ organizationId: string, consent: PartyConsent }> } | null } }> } };

export type PartnershipsPartnerships3QueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PartnershipsPartnerships3Query = { partnerships: { edges: Array<{ node: { id: string, parties: Array<{ id: string, name: string }> } }> } };

export type PartnershipsOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PartnershipsOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, partnerships: { totalCount: number, edges: Array<{ node: { id: string, parties: Array<{ id: string }> } }> } } }> } };

export type PartnershipsPartnershipQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnershipsPartnershipQuery = { partnership: { type: PartnershipType, title: string, description: string | null, status: PartnershipStatus, signedOn: string | null, validFrom: string | null, validUntil: string | null, parties: Array<{ slug: string }> } | null };

export type PlacementsProposeMutationVariables = Exact<{
  input: ProposePlacementInput;
}>;


export type PlacementsProposeMutation = { proposePlacement:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Placement', id: string, kind: PlacementKind, title: string | null, topic: string | null, startsOn: string, endsOn: string, status: PlacementStatus, proposedBy: PlacementSide, homeAgreedAt: string | null, hostAgreedAt: string | null, withdrawnAt: string | null, version: number, mine: boolean, person: { id: string, displayName: string } | null, supervisor: { id: string } | null, tutor: { id: string } | null, homeAgreedBy: { id: string } | null, hostAgreedBy: { id: string } | null, homeOrganization: { id: string } | null, hostOrganization: { id: string } | null }
   };

export type PlacementsUpdateMutationVariables = Exact<{
  input: UpdatePlacementInput;
}>;


export type PlacementsUpdateMutation = { updatePlacement:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Placement', id: string, title: string | null, status: PlacementStatus, version: number, homeAgreedAt: string | null, hostAgreedAt: string | null, hostAgreedBy: { id: string } | null, supervisor: { id: string } | null }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type PlacementsAgreeMutationVariables = Exact<{
  input: AgreePlacementInput;
}>;


export type PlacementsAgreeMutation = { agreePlacement:
    | { __typename: 'Placement', id: string, status: PlacementStatus, version: number, homeAgreedAt: string | null, hostAgreedAt: string | null }
    | { __typename: 'PlacementAgreementError', currentStatus: PlacementStatus, code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type PlacementsChangeStatusMutationVariables = Exact<{
  input: ChangePlacementStatusInput;
}>;


export type PlacementsChangeStatusMutation = { changePlacementStatus:
    | { __typename: 'InvalidPlacementTransitionError', currentStatus: PlacementStatus, allowedStatuses: Array<PlacementStatus>, code: string, message: string, field: string | null }
    | { __typename: 'Placement', id: string, status: PlacementStatus, version: number }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type PlacementsWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type PlacementsWithdrawMutation = { withdrawPlacement:
    | { __typename: 'InvalidPlacementTransitionError', currentStatus: PlacementStatus, allowedStatuses: Array<PlacementStatus>, code: string, message: string, field: string | null }
    | { __typename: 'Placement', id: string, status: PlacementStatus, title: string | null, withdrawnAt: string | null, person: { id: string } | null }
   };

export type PlacementsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementsOneQuery = { placement: { id: string, kind: PlacementKind, title: string | null, topic: string | null, status: PlacementStatus, version: number, mine: boolean, person: { id: string, displayName: string } | null, supervisor: { id: string } | null, tutor: { id: string } | null, homeOrganization: { id: string } | null, hostOrganization: { id: string } | null } | null };

export type PlacementsListQueryVariables = Exact<{
  filter?: PlacementFilter | null | undefined;
}>;


export type PlacementsListQuery = { placements: { totalCount: number, edges: Array<{ node: { id: string, status: PlacementStatus, title: string | null, mine: boolean, person: { id: string } | null } }> } };

export type PlacementsOfOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementsOfOrganizationQuery = { organization: { placements: { totalCount: number, edges: Array<{ node: { id: string, person: { id: string } | null } }> } } | null };

export type PlacementsTalentFlowsQueryVariables = Exact<{
  filter?: TalentFlowsFilter | null | undefined;
}>;


export type PlacementsTalentFlowsQuery = { talentFlows: { cells: Array<{ year: number, kind: PlacementKind, homeHelix: Helix, hostHelix: Helix, placements: number | null, suppressed: boolean }> } };

export type PlacementsCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type PlacementsCreateEndpointMutation = { createWebhookEndpoint:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'WebhookEndpointWithSecret' }
   };

export type ProgrammeRequestsCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type ProgrammeRequestsCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'Project', id: string, code: string, version: number, programme: { code: string } | null }
    | { __typename: 'ProjectCodeTakenError', code: string, message: string, field: string | null }
   };

export type ProgrammeRequestsUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type ProgrammeRequestsUpdateProjectMutation = { updateProject:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'Project', version: number, programme: { code: string } | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type ProgrammeRequestsCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type ProgrammeRequestsCreateProgrammeMutation = { createProgramme:
    | { __typename: 'Programme', id: string, code: string }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type ProgrammeRequestFieldsFragment = { id: string, status: ProgrammeRequestStatus, requestMessage: string | null, reason: string | null, projectCode: string, projectTitle: string, fromProgrammeId: string | null, requestingOrganizationId: string, requestedById: string | null, decidedById: string | null, decidedAt: string | null, programme: { code: string } | null, requestingOrganization: { id: string } | null };

export type ProgrammeRequestsRequestProgrammeAttachmentMutationVariables = Exact<{
  input: RequestProgrammeAttachmentInput;
}>;


export type ProgrammeRequestsRequestProgrammeAttachmentMutation = { requestProgrammeAttachment:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProgrammeAttachmentRequest', id: string, status: ProgrammeRequestStatus, requestMessage: string | null, reason: string | null, projectCode: string, projectTitle: string, fromProgrammeId: string | null, requestingOrganizationId: string, requestedById: string | null, decidedById: string | null, decidedAt: string | null, programme: { code: string } | null, requestingOrganization: { id: string } | null }
    | { __typename: 'ProgrammeRequestOpenError', requestId: string, code: string, message: string, field: string | null }
    | { __typename: 'Project', id: string, version: number, programme: { code: string } | null }
   };

export type ProgrammeRequestsAcceptProgrammeAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeRequestsAcceptProgrammeAttachmentMutation = { acceptProgrammeAttachment:
    | { __typename: 'ProgrammeAttachmentRequest', id: string, status: ProgrammeRequestStatus, requestMessage: string | null, reason: string | null, projectCode: string, projectTitle: string, fromProgrammeId: string | null, requestingOrganizationId: string, requestedById: string | null, decidedById: string | null, decidedAt: string | null, project: { version: number, programme: { code: string } | null } | null, programme: { code: string } | null, requestingOrganization: { id: string } | null }
    | { __typename: 'ProgrammeRequestStateError', status: ProgrammeRequestStatus, code: string, message: string, field: string | null }
    | { __typename: 'ProjectMovedError', currentProgrammeId: string | null, code: string, message: string, field: string | null }
   };

export type ProgrammeRequestsDeclineProgrammeAttachmentMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ProgrammeRequestsDeclineProgrammeAttachmentMutation = { declineProgrammeAttachment:
    | { __typename: 'ProgrammeAttachmentRequest', id: string, status: ProgrammeRequestStatus, requestMessage: string | null, reason: string | null, projectCode: string, projectTitle: string, fromProgrammeId: string | null, requestingOrganizationId: string, requestedById: string | null, decidedById: string | null, decidedAt: string | null, programme: { code: string } | null, requestingOrganization: { id: string } | null }
    | { __typename: 'ProgrammeRequestStateError', status: ProgrammeRequestStatus, code: string, message: string, field: string | null }
   };

export type ProgrammeRequestsWithdrawProgrammeAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeRequestsWithdrawProgrammeAttachmentMutation = { withdrawProgrammeAttachment:
    | { __typename: 'ProgrammeAttachmentRequest', id: string, status: ProgrammeRequestStatus, requestMessage: string | null, reason: string | null, projectCode: string, projectTitle: string, fromProgrammeId: string | null, requestingOrganizationId: string, requestedById: string | null, decidedById: string | null, decidedAt: string | null, programme: { code: string } | null, requestingOrganization: { id: string } | null }
    | { __typename: 'ProgrammeRequestStateError', status: ProgrammeRequestStatus, code: string, message: string, field: string | null }
   };

export type ProgrammeRequestsProgrammesQueryVariables = Exact<{
  status?: ProgrammeRequestStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeRequestsProgrammesQuery = { programmes: Array<{ code: string, attachmentRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ProgrammeRequestStatus, projectCode: string } }> } | null }> };

export type ProgrammeRequestsProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeRequestsProjectQuery = { project: { version: number, programme: { code: string } | null, programmeRequests: Array<{ id: string, status: ProgrammeRequestStatus, programme: { code: string } | null }> | null } | null };

export type ProgrammeRequestsAuditLogQueryVariables = Exact<{
  org?: string | number | null | undefined;
}>;


export type ProgrammeRequestsAuditLogQuery = { auditLog: { edges: Array<{ node: { action: string, entityType: string, entityId: string | null } }> } };

export type ProgrammeRequestsProjectChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeRequestsProjectChangedSubscription = { projectChanged: { projectId: string, action: string, entityType: string } };

export type ProgrammeRequestsOrganizationActivitySubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeRequestsOrganizationActivitySubscription = { organizationActivity: { action: string, entityType: string } };

export type ProgrammeRequestsArchiveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeRequestsArchiveOrganizationMutation = { archiveOrganization: { archivedAt: string | null } };

export type ProgrammeRequestsProgrammes2QueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeRequestsProgrammes2Query = { programmes: Array<{ code: string, attachmentRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ProgrammeRequestStatus, projectCode: string, project: { code: string } | null, programme: { code: string, owner: { name: string } | null } | null, requestingOrganization: { name: string } | null } }> } | null }> };

export type ProgrammeRequestsProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProgrammeRequestsProjectsQuery = { projects: { edges: Array<{ node: { code: string, programmeRequests: Array<{ id: string, status: ProgrammeRequestStatus, programme: { code: string } | null, requestingOrganization: { name: string } | null }> | null } }> } };

export type ProjectsCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type ProjectsCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'Project', id: string, code: string, version: number, status: ProjectStatus }
    | { __typename: 'ProjectCodeTakenError', code: string, message: string, field: string | null }
   };

export type ProjectsInviteParticipantMutationVariables = Exact<{
  input: InviteParticipantInput;
}>;


export type ProjectsInviteParticipantMutation = { inviteParticipant:
    | { __typename: 'AlreadyParticipatingError', code: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'ProjectParticipant', id: string, status: ParticipantStatus, role: ParticipantRole }
   };

export type ProjectsTransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type ProjectsTransitionProjectMutation = { transitionProject:
    | { __typename: 'InvalidTransitionError', allowedStatuses: Array<ProjectStatus>, code: string }
    | { __typename: 'Project', status: ProjectStatus, version: number }
    | { __typename: 'VersionConflictError', code: string }
   };

export type ProjectsInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type ProjectsInviteMemberMutation = { inviteMember:
    | { token: string }
    | Record<PropertyKey, never>
   };

export type ProjectsAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type ProjectsAcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AcceptedInvitation' }
    | { __typename: 'AlreadyMemberError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'InvitationInvalidError' }
   };

export type ProjectsUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type ProjectsUpdateProjectMutation = { updateProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', helices: Array<Helix>, isTripleHelix: boolean, contributionsByHelix: Array<{ helix: Helix, cash: Array<{ amount: string, currency: string }>, inKind: Array<{ amount: string, currency: string }> }> | null }
    | { __typename: 'VersionConflictError' }
   };

export type ProjectsUpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;


export type ProjectsUpdateParticipantMutation = { updateParticipant:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'ParticipationStateError', code: string, field: string | null }
    | { __typename: 'ProjectParticipant', version: number, contribution: { cash: { amount: string, currency: string } | null } | null }
    | { __typename: 'VersionConflictError', code: string, field: string | null }
   };

export type ProjectsProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsProjectsQuery = { projects: { totalCount: number } };

export type ProjectsUpdateProject2MutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type ProjectsUpdateProject2Mutation = { updateProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', visibility: ProjectVisibility, version: number }
    | { __typename: 'VersionConflictError' }
   };

export type ProjectsUpdateProject3MutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type ProjectsUpdateProject3Mutation = { updateProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', version: number, title: string }
    | { __typename: 'VersionConflictError', currentVersion: number }
   };

export type ProjectsProjects2QueryVariables = Exact<{
  f?: ProjectFilter | null | undefined;
}>;


export type ProjectsProjects2Query = { projects: { totalCount: number, edges: Array<{ node: { code: string } }> } };

export type ProjectsProjects3QueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProjectsProjects3Query = { projects: { edges: Array<{ node: { code: string, helices: Array<Helix>, isTripleHelix: boolean, budget: { amount: string } | null, milestones: Array<{ title: string, overdue: boolean }>, participants: Array<{ role: ParticipantRole, organization: { name: string } | null, contribution: { cash: { amount: string } | null } | null }> } }> } };

export type ProjectsAddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type ProjectsAddMilestoneMutation = { addMilestone: { id: string, status: MilestoneStatus, overdue: boolean, version: number, completedOn: string | null } };

export type ProjectsUpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type ProjectsUpdateMilestoneMutation = { updateMilestone:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'Milestone', status: MilestoneStatus, completedOn: string | null, overdue: boolean, version: number }
    | { __typename: 'VersionConflictError', code: string, field: string | null }
   };

export type ProjectsProjectQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type ProjectsProjectQuery = { project: { milestones: Array<{ title: string, dueDate: string }> } | null };

export type ProjectsProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsProgrammesQuery = { programmes: Array<{ id: string, code: string, name: string, owner: { slug: string } | null }> };

export type ProjectsCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type ProjectsCreateProgrammeMutation = { createProgramme:
    | { __typename: 'Programme' }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type ProjectsOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectsOrganizationQuery = { organization: { projects: { totalCount: number, edges: Array<{ node: { code: string } }> } } | null };

export type RateLimitsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type RateLimitsLoginMutation = { login:
    | { __typename: 'AccountDisabledError' }
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
   };

export type RateLimitsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RateLimitsRegisterMutation = { register:
    | { __typename: 'AuthPayload' }
    | { __typename: 'EmailTakenError' }
    | { __typename: 'InvalidInputError' }
   };

export type RateLimitsOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitsOrganizationsQuery = { organizations: { totalCount: number } };

export type ReadParityDealsExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type ReadParityDealsExpressInterestMutation = { expressInterest:
    | { __typename: 'AlreadyInterestedError', message: string }
    | { __typename: 'ExchangeInterest', id: string }
    | { __typename: 'InterestNotAllowedError', message: string }
    | { __typename: 'InvalidInputError', message: string }
   };

export type DealQueryVariables = Exact<{
  id: string | number;
}>;


export type DealQuery = { deal: { offer: { details: string | null, priceNote: string | null, price: { amount: string } | null } | null, demand: { budget: { min: string | null } | null } | null } };

export type TechnologyDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type TechnologyDemandQuery = { technologyDemand: { budget: { min: string | null } | null } | null };

export type ReadParityDealsTechnologyOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadParityDealsTechnologyOfferQuery = { technologyOffer: { details: string | null, priceNote: string | null } | null };

export type ReadParityDealsTechnologyDemandQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadParityDealsTechnologyDemandQuery = { technologyDemand: { budget: { min: string | null, max: string | null, currency: string } | null } | null };

export type ReadPathOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  projects?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReadPathOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, slug: string, projects: { totalCount: number, edges: Array<{ cursor: string, node: { code: string, title: string, budget: { amount: string, currency: string } | null, participants: Array<{ role: ParticipantRole, since: string | null }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } }> } };

export type ReadPathProjectsQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReadPathProjectsQuery = { projects: { totalCount: number, edges: Array<{ cursor: string, node: { code: string, title: string, budget: { amount: string, currency: string } | null, participants: Array<{ role: ParticipantRole, since: string | null }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ReadPathProjects2QueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ReadPathProjects2Query = { projects: { edges: Array<{ node: { helices: Array<Helix>, isTripleHelix: boolean, contributionsByHelix: Array<{ helix: Helix, cash: Array<{ amount: string, currency: string }>, inKind: Array<{ amount: string, currency: string }> }> | null, participants: Array<{ status: ParticipantStatus, organization: { helix: Helix, secondaryHelices: Array<Helix> } | null, contribution: { cash: { amount: string, currency: string } | null, inKindValue: { amount: string, currency: string } | null } | null }> } }> } };

export type ReadPathProjects3QueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ReadPathProjects3Query = { projects: { edges: Array<{ node: { code: string, helices: Array<Helix> } }> } };

export type ReadPathOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ReadPathOrganizationQuery = { organization: { version: number, helix: Helix, secondaryHelices: Array<Helix> } | null };

export type ReadPathUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type ReadPathUpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Organization', version: number }
    | { __typename: 'SlugTakenError' }
    | { __typename: 'VersionConflictError' }
   };

export type ReadPathOrganization2QueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ReadPathOrganization2Query = { organization: { newest: { edges: Array<{ node: { code: string } }> }, byTitle: { edges: Array<{ node: { title: string } }> } } | null };

export type ReportDisclosureCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type ReportDisclosureCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string }
    | { __typename: 'Project', id: string, version: number }
    | { __typename: 'ProjectCodeTakenError', code: string, message: string }
   };

export type ReportDisclosureTransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type ReportDisclosureTransitionProjectMutation = { transitionProject:
    | { __typename: 'InvalidTransitionError', code: string, message: string }
    | { __typename: 'Project' }
    | { __typename: 'VersionConflictError', code: string, message: string }
   };

export type ReportDisclosureIcfFactorsQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type ReportDisclosureIcfFactorsQuery = { icfFactors: Array<{ factor: IcfFactor, projects: number, budgets: Array<{ currency: string, amount: string | null, suppressed: boolean, projects: number }> }> };

export type ReportDisclosureHelixContributionsQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type ReportDisclosureHelixContributionsQuery = { helixContributions: Array<{ helix: Helix, kind: ContributionKind, currency: string, amount: string | null, suppressed: boolean, organizations: number }> };

export type ReportDisclosureTrlProgressionQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type ReportDisclosureTrlProgressionQuery = { trlProgression: { technologies: number, averageFirstLevel: number | null, averageCurrentLevel: number | null, averageGain: number | null, averageGainPerProject: number | null, currentLevels: Array<{ value: number, technologies: number }>, gains: Array<{ value: number, technologies: number }> } };

export type ReportDisclosureCommercialisationFunnelQueryVariables = Exact<{
  filter?: FunnelFilter | null | undefined;
}>;


export type ReportDisclosureCommercialisationFunnelQuery = { commercialisationFunnel: { total: { researchExpenditure: Array<{ currency: string, amount: string | null, suppressed: boolean, projects: number }> } } };

export type ReportDisclosureCollaborationNetworkQueryVariables = Exact<{
  filter?: CollaborationFilter | null | undefined;
}>;


export type ReportDisclosureCollaborationNetworkQuery = { collaborationNetwork: { organizations: number, links: number, top: Array<{ organizationId: string }> } };

export type LogBrokenFoundingMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type LogBrokenFoundingMutation = { createOrganization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'Organization' }
    | { __typename: 'SlugTakenError' }
   };

export type LogRefusedActivitySubscriptionVariables = Exact<{
  id: string | number;
}>;


export type LogRefusedActivitySubscription = { organizationActivity: { action: string } };

export type RevenueRecordRevenueReceiptMutationVariables = Exact<{
  input: RecordRevenueReceiptInput;
}>;


export type RevenueRecordRevenueReceiptMutation = { recordRevenueReceipt:
    | { __typename: 'AgreementStateError', currentStatus: AgreementStatus, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'RevenueReceipt', id: string, kind: RevenueReceiptKind, receivedOn: string, distributionId: string | null, milestonePaymentId: string | null, amount: { amount: string, currency: string } }
   };

export type RevenueRecordRevenueCostMutationVariables = Exact<{
  input: RecordRevenueCostInput;
}>;


export type RevenueRecordRevenueCostMutation = { recordRevenueCost:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'RevenueCost', id: string, kind: RevenueCostKind, technologyId: string | null, amount: { amount: string, currency: string } }
   };

export type RevenueSetDistributionPolicyMutationVariables = Exact<{
  input: SetDistributionPolicyInput;
}>;


export type RevenueSetDistributionPolicyMutation = { setDistributionPolicy:
    | { __typename: 'DistributionPolicy', id: string, inventorsShare: string, unitsShare: string, institutionShare: string, validFrom: string }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type RevenueLineFieldsFragment = { id: string, beneficiaryKind: DistributionBeneficiaryKind, technologyInventorId: string | null, inventorUserId: string | null, inventorName: string | null, status: DistributionLineStatus, paidOn: string | null, paymentReference: string | null, periodEnd: string, version: number, amount: { amount: string, currency: string }, payer: { id: string } | null, organization: { id: string } | null };

export type RevenueDistributeRevenueMutationVariables = Exact<{
  agreementId: string | number;
  upTo: string;
}>;


export type RevenueDistributeRevenueMutation = { distributeRevenue:
    | { __typename: 'AgreementStateError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'MissingDistributionPolicyError', organizationId: string, code: string, message: string, field: string | null }
    | { __typename: 'NegativeNetRevenueError', code: string, message: string, field: string | null, gross: { amount: string }, costs: { amount: string } }
    | { __typename: 'NothingToDistributeError', code: string, message: string, field: string | null }
    | { __typename: 'RevenueDistribution', id: string, periodEnd: string, gross: { amount: string, currency: string }, costs: { amount: string }, net: { amount: string, currency: string }, lines: Array<{ id: string, beneficiaryKind: DistributionBeneficiaryKind, technologyInventorId: string | null, inventorUserId: string | null, inventorName: string | null, status: DistributionLineStatus, paidOn: string | null, paymentReference: string | null, periodEnd: string, version: number, amount: { amount: string, currency: string }, payer: { id: string } | null, organization: { id: string } | null }> }
   };

export type RevenueMarkDistributionLinePaidMutationVariables = Exact<{
  input: MarkDistributionLinePaidInput;
}>;


export type RevenueMarkDistributionLinePaidMutation = { markDistributionLinePaid:
    | { __typename: 'DistributionLine', id: string, status: DistributionLineStatus, paidOn: string | null, paymentReference: string | null, version: number }
    | { __typename: 'DistributionLinePaidError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type RevenueAgreementQueryVariables = Exact<{
  id: string | number;
}>;


export type RevenueAgreementQuery = { agreement: { id: string, terms: { currency: string }, receipts: Array<{ id: string, distributionId: string | null, amount: { amount: string } }>, costs: Array<{ id: string, distributionId: string | null, amount: { amount: string } }> | null, distributions: Array<{ id: string, net: { amount: string }, lines: Array<{ id: string, amount: { amount: string } }> }> | null } | null };

export type RevenueMyDistributionLinesQueryVariables = Exact<{ [key: string]: never; }>;


export type RevenueMyDistributionLinesQuery = { myDistributionLines: { totalCount: number, edges: Array<{ node: { id: string, beneficiaryKind: DistributionBeneficiaryKind, inventorName: string | null, amount: { amount: string }, agreement: { id: string } | null } }> } };

export type RevenueOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type RevenueOrganizationQuery = { organization: { distributionPolicies: Array<{ validFrom: string }> | null } | null };

export type ScheduledJobsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ScheduledJobsCreateApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type ScheduledJobsAddObligationMutationVariables = Exact<{
  input: AddObligationInput;
}>;


export type ScheduledJobsAddObligationMutation = { addObligation:
    | { __typename: 'AgreementObligation', id: string }
    | { __typename: 'AgreementStateError' }
   };

export type ScheduledJobsFileIpProtectionMutationVariables = Exact<{
  input: FileIpProtectionInput;
}>;


export type ScheduledJobsFileIpProtectionMutation = { fileIpProtection:
    | { __typename: 'ApplicationNumberTakenError', code: string, message: string }
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'IpFiling', id: string }
   };

export type ScheduledJobsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduledJobsMeQuery = { me: { id: string } };

export type ServerProcessOrganizationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerProcessOrganizationCountQuery = { organizations: { totalCount: number } };

export type ServerProcessOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerProcessOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { name: string, nameEn: string | null, helix: Helix } }> } };

export type ServerProcessSynergyQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerProcessSynergyQuery = { tripleHelixSynergy: { projects: number } };

export type ServerProcessLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ServerProcessLoginMutation = { login:
    | { __typename: 'AccountDisabledError' }
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidCredentialsError' }
   };

export type ServerProcessOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerProcessOrganizationQuery = { organization: { name: string } | null, organizations: { totalCount: number } };

export type SpinOffsSpinOffsQueryVariables = Exact<{
  filter?: SpinOffFilter | null | undefined;
}>;


export type SpinOffsSpinOffsQuery = { spinOffs: { totalCount: number, edges: Array<{ node: { id: string, foundedOn: string, status: SpinOffStatus, equityHeld: string | null, organization: { name: string } | null, parentOrganization: { id: string } | null } }> } };

export type SpinOffsOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type SpinOffsOrganizationQuery = { organization: { spinOffs: { totalCount: number } } | null };

export type ImportSpreadsheetForTestMutationVariables = Exact<{
  input: ImportSpreadsheetInput;
}>;


export type ImportSpreadsheetForTestMutation = { importSpreadsheet: { kind: ImportKind, dryRun: boolean, applied: boolean, rowsRead: number, created: number, updated: number, unchanged: number, problems: Array<{ row: number, column: string | null, code: string, message: string }>, rows: Array<{ row: number, key: string | null, action: ImportRowAction, recordId: string | null }> } };

export type StandardIdentifiersCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type StandardIdentifiersCreateOrganizationMutation = { createOrganization:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Organization', id: string, rorId: string | null, verified: boolean, version: number }
    | { __typename: 'SlugTakenError', code: string, message: string, field: string | null }
   };

export type StandardIdentifiersUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type StandardIdentifiersUpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Organization', rorId: string | null, verified: boolean, version: number }
    | { __typename: 'SlugTakenError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type StandardIdentifiersUpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type StandardIdentifiersUpdateProfileMutation = { updateProfile:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'User', displayName: string, orcid: string | null }
   };

export type StandardIdentifiersCreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type StandardIdentifiersCreateTechnologyMutation = { createTechnology:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null }
    | { __typename: 'Technology', id: string, inventors: Array<{ orcid: string | null, user: { orcid: string | null } | null }> }
    | { __typename: 'TechnologyCodeTakenError', code: string, message: string, field: string | null }
   };

export type StandardIdentifiersOrganizationsQueryVariables = Exact<{
  rorId?: string | null | undefined;
}>;


export type StandardIdentifiersOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type StandardIdentifiersVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type StandardIdentifiersVerifyOrganizationMutation = { verifyOrganization: { verified: boolean, version: number } };

export type StandardIdentifiersMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StandardIdentifiersMeQuery = { me: { orcid: string | null } };

export type StandardIdentifiersTechnologiesQueryVariables = Exact<{
  orcid?: string | null | undefined;
}>;


export type StandardIdentifiersTechnologiesQuery = { technologies: { totalCount: number } };

export type SubscriptionsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SubscriptionsCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type SubscriptionsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SubscriptionsLoginMutation = { login:
    | { accessToken: string, refreshToken: string }
    | Record<PropertyKey, never>
   };

export type SubscriptionsProjectChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsProjectChangedSubscription = { projectChanged: { projectId: string, action: string, entityType: string } };

export type SubscriptionsCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SubscriptionsCreateProjectMutation = { createProject:
    | { id: string, version: number }
    | Record<PropertyKey, never>
   };

export type SubscriptionsUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type SubscriptionsUpdateProjectMutation = { updateProject:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'ProgrammeConsentRequiredError' }
    | { __typename: 'Project', version: number }
    | { __typename: 'VersionConflictError' }
   };

export type SubscriptionsRefreshSessionMutationVariables = Exact<{
  token: string;
}>;


export type SubscriptionsRefreshSessionMutation = { refreshSession:
    | { __typename: 'AuthPayload' }
    | { __typename: 'InvalidRefreshTokenError' }
   };

export type SubscriptionsCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type SubscriptionsCreateOrganizationMutation = { createOrganization:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type SubscriptionsCreateProject2MutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SubscriptionsCreateProject2Mutation = { createProject:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type SubscriptionsArchiveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type SubscriptionsArchiveOrganizationMutation = { archiveOrganization: { id: string } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register:
    | { __typename: 'AuthPayload', accessToken: string, refreshToken: string, user: { id: string } }
    | { __typename: 'EmailTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type AgreementFieldsFragment = { id: string, code: string, title: string, type: AgreementType, status: AgreementStatus, territory: Array<string>, fieldOfUse: string | null, effectiveOn: string | null, expiresOn: string | null, executedOn: string | null, endedOn: string | null, version: number, licensors: Array<{ id: string }>, licensee: { id: string } | null, technologies: Array<{ id: string, code: string }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null, milestonePayments: Array<{ id: string, description: string, dueOn: string | null, status: MilestonePaymentStatus, amount: { amount: string, currency: string } }> } };

export type CreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { createAgreement:
    | { __typename: 'Agreement', id: string, code: string, title: string, type: AgreementType, status: AgreementStatus, territory: Array<string>, fieldOfUse: string | null, effectiveOn: string | null, expiresOn: string | null, executedOn: string | null, endedOn: string | null, version: number, licensors: Array<{ id: string }>, licensee: { id: string } | null, technologies: Array<{ id: string, code: string }>, terms: { currency: string, royaltyRate: string | null, upfrontFee: { amount: string, currency: string } | null, milestonePayments: Array<{ id: string, description: string, dueOn: string | null, status: MilestonePaymentStatus, amount: { amount: string, currency: string } }> } }
    | { __typename: 'AgreementCodeTakenError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type TransitionAgreementMutationVariables = Exact<{
  input: TransitionAgreementInput;
}>;


export type TransitionAgreementMutation = { transitionAgreement:
    | { __typename: 'Agreement', id: string, status: AgreementStatus, version: number, executedOn: string | null, effectiveOn: string | null, endedOn: string | null }
    | { __typename: 'InvalidAgreementTransitionError', currentStatus: AgreementStatus, allowedStatuses: Array<AgreementStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type AuthorizationMatrixCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AuthorizationMatrixCreateOrganizationMutation = { createOrganization:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type AuthorizationMatrixCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AuthorizationMatrixCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type AuthorizationMatrixVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationMatrixVerifyOrganizationMutation = { verifyOrganization: { id: string } };

export type OfferFieldsFragment = { id: string, kind: OfferKind, title: string, summary: string, details: string | null, priceNote: string | null, trl: number, sectors: Array<ExchangeSector>, keywords: Array<string>, language: ExchangeLanguage, status: ExchangeStatus, publishedOn: string | null, expiresOn: string | null, version: number, concepts: Array<string>, price: { amount: string, currency: string } | null, organization: { id: string } | null };

export type DemandFieldsFragment = { id: string, title: string, description: string, sectors: Array<ExchangeSector>, keywords: Array<string>, language: ExchangeLanguage, minTrl: number | null, status: ExchangeStatus, publishedOn: string | null, expiresOn: string | null, version: number, concepts: Array<string>, budget: { min: string | null, max: string | null, currency: string } | null, organization: { id: string } | null };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOffer', id: string, kind: OfferKind, title: string, summary: string, details: string | null, priceNote: string | null, trl: number, sectors: Array<ExchangeSector>, keywords: Array<string>, language: ExchangeLanguage, status: ExchangeStatus, publishedOn: string | null, expiresOn: string | null, version: number, concepts: Array<string>, price: { amount: string, currency: string } | null, organization: { id: string } | null }
   };

export type CreateDemandMutationVariables = Exact<{
  input: CreateDemandInput;
}>;


export type CreateDemandMutation = { createDemand:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyDemand', id: string, title: string, description: string, sectors: Array<ExchangeSector>, keywords: Array<string>, language: ExchangeLanguage, minTrl: number | null, status: ExchangeStatus, publishedOn: string | null, expiresOn: string | null, version: number, concepts: Array<string>, budget: { min: string | null, max: string | null, currency: string } | null, organization: { id: string } | null }
   };

export type PublishOfferMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type PublishOfferMutation = { publishOffer:
    | { __typename: 'InvalidExchangeTransitionError', allowedStatuses: Array<ExchangeStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOffer', id: string, status: ExchangeStatus, version: number, expiresOn: string | null, publishedOn: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type RenewOfferMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type RenewOfferMutation = { renewOffer:
    | { __typename: 'InvalidExchangeTransitionError', allowedStatuses: Array<ExchangeStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOffer', id: string, status: ExchangeStatus, version: number, expiresOn: string | null, publishedOn: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type PublishDemandMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type PublishDemandMutation = { publishDemand:
    | { __typename: 'InvalidExchangeTransitionError', allowedStatuses: Array<ExchangeStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyDemand', id: string, status: ExchangeStatus, version: number, expiresOn: string | null, publishedOn: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type RenewDemandMutationVariables = Exact<{
  input: PublishExchangeItemInput;
}>;


export type RenewDemandMutation = { renewDemand:
    | { __typename: 'InvalidExchangeTransitionError', allowedStatuses: Array<ExchangeStatus>, code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyDemand', id: string, status: ExchangeStatus, version: number, expiresOn: string | null, publishedOn: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type FixturesExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
}>;


export type FixturesExpressInterestMutation = { expressInterest:
    | { __typename: 'AlreadyInterestedError', code: string, message: string, field: string | null }
    | { __typename: 'ExchangeInterest', id: string, status: InterestStatus }
    | { __typename: 'InterestNotAllowedError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type VerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type VerifyOrganizationMutation = { verifyOrganization: { id: string, verified: boolean } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'Project', id: string, code: string, version: number, participants: Array<{ id: string, organization: { id: string } | null }> }
    | { __typename: 'ProjectCodeTakenError', code: string, message: string, field: string | null }
   };

export type InviteParticipantMutationVariables = Exact<{
  input: InviteParticipantInput;
}>;


export type InviteParticipantMutation = { inviteParticipant:
    | { __typename: 'AlreadyParticipatingError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProjectParticipant', id: string, status: ParticipantStatus }
   };

export type AcceptParticipationMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptParticipationMutation = { acceptParticipation:
    | { __typename: 'CoordinatorRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'ParticipationStateError', code: string, message: string, field: string | null }
    | { __typename: 'ProjectParticipant', id: string, status: ParticipantStatus }
   };

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = { createProgramme:
    | { __typename: 'Programme', id: string, code: string }
    | { __typename: 'ProjectCodeTakenError', code: string, message: string, field: string | null }
   };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'SlugTakenError', code: string, message: string, field: string | null }
   };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember:
    | { __typename: 'AlreadyMemberError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'InvitationCreated', token: string, invitation: { id: string, email: string, role: MemberRole, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string }, organization: { id: string, name: string } } }
   };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation:
    | { __typename: 'AcceptedInvitation', membership: { id: string, role: MemberRole, status: MembershipStatus, since: string | null, until: string | null, version: number, user: { id: string, email: string | null, displayName: string }, organization: { id: string } }, session: { accessToken: string, refreshToken: string, user: { id: string, email: string | null } } | null }
    | { __typename: 'AlreadyMemberError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'InvitationInvalidError', reason: InvitationInvalidReason, code: string, message: string, field: string | null }
   };

export type CreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type CreateTechnologyMutation = { createTechnology:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null }
    | { __typename: 'Technology', id: string, code: string, version: number, inventors: Array<{ id: string }> }
    | { __typename: 'TechnologyCodeTakenError', code: string, message: string, field: string | null }
   };

export type AssessTrlMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type AssessTrlMutation = { assessTrl:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Technology', currentTrl: number | null }
   };

export type SyntheticLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SyntheticLoginMutation = { login:
    | { __typename: 'AccountDisabledError' }
    | { __typename: 'AuthPayload', accessToken: string }
    | { __typename: 'InvalidCredentialsError' }
   };

export type SyntheticProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { code: string, participants: Array<{ role: ParticipantRole }> } }> } };

export type TechnologiesReadNodeFragment = { id: string, code: string, title: string, currentTrl: number | null, createdAt: string, owners: Array<{ share: string, validFrom: string, validUntil: string | null, organization: { id: string, name: string } | null }>, inventors: Array<{ share: string, externalName: string | null, user: { id: string, displayName: string } | null, affiliationOrganization: { id: string } | null }>, trlHistory: Array<{ level: number, assessedOn: string, recordedAt: string, assessor: { id: string } | null, recordedBy: { displayName: string } | null }>, projects: Array<{ code: string, participants: Array<{ role: ParticipantRole, organization: { id: string } | null }>, technologies: Array<{ code: string }> }>, disclosures: Array<{ title: string, status: DisclosureStatus, submittedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }>, ipFilings: Array<{ type: IpType, status: IpFilingStatus, filingDate: string, parentFiling: { id: string } | null, technology: { code: string } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, filing: { id: string } }> }> };

export type TechnologiesReadTechnologies2QueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TechnologiesReadTechnologies2Query = { technologies: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, title: string, currentTrl: number | null, createdAt: string, owners: Array<{ share: string, validFrom: string, validUntil: string | null, organization: { id: string, name: string } | null }>, inventors: Array<{ share: string, externalName: string | null, user: { id: string, displayName: string } | null, affiliationOrganization: { id: string } | null }>, trlHistory: Array<{ level: number, assessedOn: string, recordedAt: string, assessor: { id: string } | null, recordedBy: { displayName: string } | null }>, projects: Array<{ code: string, participants: Array<{ role: ParticipantRole, organization: { id: string } | null }>, technologies: Array<{ code: string }> }>, disclosures: Array<{ title: string, status: DisclosureStatus, submittedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }>, ipFilings: Array<{ type: IpType, status: IpFilingStatus, filingDate: string, parentFiling: { id: string } | null, technology: { code: string } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, filing: { id: string } }> }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null } } };

export type TechnologiesReadDisclosuresQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TechnologiesReadDisclosuresQuery = { disclosures: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: DisclosureStatus, decision: DisclosureDecision | null, createdAt: string, organization: { id: string } | null, submittedBy: { displayName: string } | null, technology: { code: string, owners: Array<{ share: string }>, ipFilings: Array<{ id: string }> } | null } }> } };

export type TechnologiesReadIpFilingsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TechnologiesReadIpFilingsQuery = { ipFilings: { totalCount: number, edges: Array<{ node: { id: string, type: IpType, jurisdiction: string, status: IpFilingStatus, priorityDate: string, grantDate: string | null, technology: { code: string, inventors: Array<{ share: string }> } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, filing: { id: string } }> } }> } };

export type TechnologiesReadOrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  technologies?: number | null | undefined;
}>;


export type TechnologiesReadOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, technologies: { totalCount: number, edges: Array<{ cursor: string, node: { code: string, owners: Array<{ share: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } }> } };

export type TechnologiesReadUpcomingDeadlinesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TechnologiesReadUpcomingDeadlinesQuery = { upcomingDeadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, filing: { id: string, technology: { code: string, owners: Array<{ share: string }> } | null } }> };

export type TechnologiesReadOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TechnologiesReadOrganizationQuery = { organization: { technologies: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type TechnologiesReadTechnologyQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TechnologiesReadTechnologyQuery = { technology: { id: string, inventors: Array<{ user: { id: string } | null }> } | null };

export type TechnologiesReadTechnology2QueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type TechnologiesReadTechnology2Query = { technology: { id: string, code: string, title: string, currentTrl: number | null, createdAt: string, owners: Array<{ share: string, validFrom: string, validUntil: string | null, organization: { id: string, name: string } | null }>, inventors: Array<{ share: string, externalName: string | null, user: { id: string, displayName: string } | null, affiliationOrganization: { id: string } | null }>, trlHistory: Array<{ level: number, assessedOn: string, recordedAt: string, assessor: { id: string } | null, recordedBy: { displayName: string } | null }>, projects: Array<{ code: string, participants: Array<{ role: ParticipantRole, organization: { id: string } | null }>, technologies: Array<{ code: string }> }>, disclosures: Array<{ title: string, status: DisclosureStatus, submittedAt: string | null, technology: { code: string } | null, organization: { id: string } | null, submittedBy: { id: string } | null, decidedBy: { id: string } | null }>, ipFilings: Array<{ type: IpType, status: IpFilingStatus, filingDate: string, parentFiling: { id: string } | null, technology: { code: string } | null, deadlines: Array<{ kind: IpDeadlineKind, dueOn: string, daysLeft: number, filing: { id: string } }> }> } | null };

export type TechnologiesReadTechnologiesQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
}>;


export type TechnologiesReadTechnologiesQuery = { technologies: { totalCount: number, edges: Array<{ cursor: string, node: { code: string, owners: Array<{ share: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TechnologiesReadMyDisclosuresQueryVariables = Exact<{ [key: string]: never; }>;


export type TechnologiesReadMyDisclosuresQuery = { myDisclosures: { edges: Array<{ node: { technology: { id: string } | null } }> } };

export type TechnologiesReadUpcomingDeadlines2QueryVariables = Exact<{ [key: string]: never; }>;


export type TechnologiesReadUpcomingDeadlines2Query = { upcomingDeadlines: Array<{ dueOn: string, daysLeft: number, filing: { id: string } }> };

export type TechnologyLookupFieldsFragment = { id: string, code: string, title: string, currentTrl: number | null, version: number, fields: Array<string>, keywords: Array<string>, owners: Array<{ share: string, validFrom: string, validUntil: string | null, organization: { id: string } | null }>, inventors: Array<{ share: string, externalName: string | null, affiliationName: string | null, user: { id: string, displayName: string } | null, affiliationOrganization: { id: string } | null }>, trlHistory: Array<{ level: number, assessedOn: string, assessorName: string | null, evidence: string, assessor: { id: string } | null, recordedBy: { id: string } | null }>, projects: Array<{ id: string }> };

export type TechnologiesTechnologyQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type TechnologiesTechnologyQuery = { technology: { id: string, code: string, title: string, currentTrl: number | null, version: number, fields: Array<string>, keywords: Array<string>, owners: Array<{ share: string, validFrom: string, validUntil: string | null, organization: { id: string } | null }>, inventors: Array<{ share: string, externalName: string | null, affiliationName: string | null, user: { id: string, displayName: string } | null, affiliationOrganization: { id: string } | null }>, trlHistory: Array<{ level: number, assessedOn: string, assessorName: string | null, evidence: string, assessor: { id: string } | null, recordedBy: { id: string } | null }>, projects: Array<{ id: string }> } | null };

export type SetTechnologyOwnersMutationVariables = Exact<{
  input: SetTechnologyOwnersInput;
}>;


export type SetTechnologyOwnersMutation = { setTechnologyOwners:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, day: string | null, code: string, message: string, field: string | null }
    | { __typename: 'Technology', version: number, owners: Array<{ share: string, validFrom: string, validUntil: string | null, organization: { id: string } | null }> }
    | { __typename: 'TechnologyOwnersProposal' }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type SetTechnologyInventorsMutationVariables = Exact<{
  input: SetTechnologyInventorsInput;
}>;


export type SetTechnologyInventorsMutation = { setTechnologyInventors:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, day: string | null, code: string, message: string, field: string | null }
    | { __typename: 'Technology', version: number, inventors: Array<{ share: string, externalName: string | null, user: { id: string } | null }> }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type TechnologiesAssessTrlMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type TechnologiesAssessTrlMutation = { assessTrl:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Technology', currentTrl: number | null, trlHistory: Array<{ level: number, assessedOn: string }> }
   };

export type UpdateTechnologyMutationVariables = Exact<{
  input: UpdateTechnologyInput;
}>;


export type UpdateTechnologyMutation = { updateTechnology:
    | { __typename: 'InvalidInputError', code: string, field: string | null }
    | { __typename: 'Technology', title: string, version: number, abstract: string | null, keywords: Array<string> }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, field: string | null }
   };

export type TechnologiesQueryVariables = Exact<{
  filter?: TechnologyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: TechnologyOrder | null | undefined;
}>;


export type TechnologiesQuery = { technologies: { totalCount: number, edges: Array<{ node: { code: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TechnologiesCreateTechnologyMutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type TechnologiesCreateTechnologyMutation = { createTechnology:
    | { subject: SharesSubject, total: string, day: string | null }
    | Record<PropertyKey, never>
   };

export type TechnologiesCreateTechnology2MutationVariables = Exact<{
  input: CreateTechnologyInput;
}>;


export type TechnologiesCreateTechnology2Mutation = { createTechnology:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'SharesDoNotTotalError', subject: SharesSubject, total: string, day: string | null, field: string | null }
    | { __typename: 'Technology' }
    | { __typename: 'TechnologyCodeTakenError' }
   };

export type OwnersProposalFieldsFragment = { id: string, technologyId: string, status: OwnersProposalStatus, decidedAt: string | null, owners: Array<{ organizationId: string, share: string, validFrom: string, validUntil: string | null }>, consents: Array<{ organizationId: string, consent: OwnerConsent, decidedAt: string | null }> };

export type TechnologiesSetTechnologyOwnersMutationVariables = Exact<{
  input: SetTechnologyOwnersInput;
}>;


export type TechnologiesSetTechnologyOwnersMutation = { setTechnologyOwners:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null }
    | { __typename: 'Technology', version: number, owners: Array<{ share: string, organization: { id: string } | null }> }
    | { __typename: 'TechnologyOwnersProposal', id: string, technologyId: string, status: OwnersProposalStatus, decidedAt: string | null, owners: Array<{ organizationId: string, share: string, validFrom: string, validUntil: string | null }>, consents: Array<{ organizationId: string, consent: OwnerConsent, decidedAt: string | null }> }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type TechnologiesAcceptTechnologyOwnersMutationVariables = Exact<{
  id: string | number;
}>;


export type TechnologiesAcceptTechnologyOwnersMutation = { acceptTechnologyOwners:
    | { __typename: 'OwnersProposalStateError', status: OwnersProposalStatus, code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOwnersProposal', id: string, technologyId: string, status: OwnersProposalStatus, decidedAt: string | null, owners: Array<{ organizationId: string, share: string, validFrom: string, validUntil: string | null }>, consents: Array<{ organizationId: string, consent: OwnerConsent, decidedAt: string | null }> }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type TechnologiesDeclineTechnologyOwnersMutationVariables = Exact<{
  id: string | number;
}>;


export type TechnologiesDeclineTechnologyOwnersMutation = { declineTechnologyOwners:
    | { __typename: 'OwnersProposalStateError', status: OwnersProposalStatus, code: string, message: string, field: string | null }
    | { __typename: 'SharesDoNotTotalError', code: string, message: string, field: string | null }
    | { __typename: 'TechnologyOwnersProposal', id: string, technologyId: string, status: OwnersProposalStatus, decidedAt: string | null, owners: Array<{ organizationId: string, share: string, validFrom: string, validUntil: string | null }>, consents: Array<{ organizationId: string, consent: OwnerConsent, decidedAt: string | null }> }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type TechnologiesTechnology2QueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type TechnologiesTechnology2Query = { technology: { version: number, ownersProposal: { id: string, technologyId: string, status: OwnersProposalStatus, decidedAt: string | null, owners: Array<{ organizationId: string, share: string, validFrom: string, validUntil: string | null }>, consents: Array<{ organizationId: string, consent: OwnerConsent, decidedAt: string | null }> } | null } | null };

export type TechnologiesCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type TechnologiesCreateProjectMutation = { createProject:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type TechnologiesProjectQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TechnologiesProjectQuery = { project: { technologies: Array<{ code: string }> } | null };

export type TechnologiesOrganizationQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TechnologiesOrganizationQuery = { organization: { technologies: { totalCount: number } } | null };

export type TracingDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type TracingDirectoryQuery = { organizations: { totalCount: number } };

export type TrainingCreateMutationVariables = Exact<{
  input: CreateTrainingProgrammeInput;
}>;


export type TrainingCreateMutation = { createTrainingProgramme:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingProgramme', id: string, title: string, titleEn: string | null, curriculumUrl: string | null, field: string | null, startsOn: string, endsOn: string | null, version: number, runner: { id: string } | null, partners: Array<{ id: string }>, intakes: Array<{ year: number }> }
   };

export type TrainingUpdateMutationVariables = Exact<{
  input: UpdateTrainingProgrammeInput;
}>;


export type TrainingUpdateMutation = { updateTrainingProgramme:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingProgramme', id: string, title: string, endsOn: string | null, version: number }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type TrainingInviteMutationVariables = Exact<{
  input: InviteTrainingPartnerInput;
}>;


export type TrainingInviteMutation = { inviteTrainingPartner:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingPartner', id: string, status: TrainingPartnerStatus, version: number, organization: { id: string } | null, programme: { id: string } | null }
   };

export type TrainingAnswerMutationVariables = Exact<{
  input: AnswerTrainingInvitationInput;
}>;


export type TrainingAnswerMutation = { answerTrainingInvitation:
    | { __typename: 'InvalidTrainingPartnerTransitionError', currentStatus: TrainingPartnerStatus, allowedStatuses: Array<TrainingPartnerStatus>, code: string, message: string, field: string | null }
    | { __typename: 'TrainingPartner', id: string, status: TrainingPartnerStatus, version: number, answeredAt: string | null }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type TrainingContributeMutationVariables = Exact<{
  input: RecordTrainingContributionInput;
}>;


export type TrainingContributeMutation = { recordTrainingContribution:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingPartner', id: string, version: number, contributions: Array<{ year: number, seatsFunded: number, graduatesHired: number }> }
    | { __typename: 'TrainingPartnerStateError', currentStatus: TrainingPartnerStatus, code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type TrainingIntakeMutationVariables = Exact<{
  input: RecordTrainingIntakeInput;
}>;


export type TrainingIntakeMutation = { recordTrainingIntake:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'TrainingProgramme', id: string, version: number, intakes: Array<{ year: number, trainees: number, graduates: number }> }
    | { __typename: 'VersionConflictError', currentVersion: number, code: string, message: string, field: string | null }
   };

export type TrainingOneQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingOneQuery = { trainingProgramme: { id: string, title: string, runner: { id: string } | null, intakes: Array<{ year: number, trainees: number, graduates: number }>, partners: Array<{ status: TrainingPartnerStatus, organization: { id: string } | null, contributions: Array<{ year: number, seatsFunded: number, graduatesHired: number }> }> } | null };

export type TrainingListQueryVariables = Exact<{
  filter?: TrainingProgrammeFilter | null | undefined;
}>;


export type TrainingListQuery = { trainingProgrammes: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Organization', name: string, helix: Helix, verified: boolean, version: number }
    | { __typename: 'SlugTakenError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type TrustVerifyOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type TrustVerifyOrganizationMutation = { verifyOrganization: { verified: boolean, version: number } };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, name: string, verified: boolean } }> } };

export type AuditLogQueryVariables = Exact<{
  org?: string | number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { action: string, actorUserId: string | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type TrustCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type TrustCreateProjectMutation = { createProject:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'Project', id: string, code: string, version: number, programme: { code: string } | null }
    | { __typename: 'ProjectCodeTakenError', code: string, message: string, field: string | null }
   };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'ProgrammeConsentRequiredError', code: string, message: string, field: string | null }
    | { __typename: 'Project', version: number, programme: { code: string } | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type TrustCreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type TrustCreateProgrammeMutation = { createProgramme:
    | { __typename: 'Programme', id: string, code: string }
    | { __typename: 'ProjectCodeTakenError' }
   };

export type TechnologyOfferQueryVariables = Exact<{
  id: string | number;
}>;


export type TechnologyOfferQuery = { technologyOffer: { title: string, details: string | null, priceNote: string | null, price: { amount: string, currency: string } | null } | null };

export type TrustOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type TrustOrganizationQuery = { organization: { verified: boolean } | null };

export type TrustCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type TrustCreateOrganizationMutation = { createOrganization:
    | { id: string }
    | Record<PropertyKey, never>
   };

export type OpenDealMutationVariables = Exact<{
  input: OpenDealInput;
}>;


export type OpenDealMutation = { openDeal:
    | { __typename: 'Deal', id: string, version: number }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
   };

export type AdvanceDealMutationVariables = Exact<{
  input: AdvanceDealInput;
}>;


export type AdvanceDealMutation = { advanceDeal:
    | { __typename: 'Deal', stage: DealStage }
    | { __typename: 'DealAgreementMismatchError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidDealTransitionError', code: string, message: string, field: string | null }
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
   };

export type DropDealMutationVariables = Exact<{
  input: DropDealInput;
}>;


export type DropDealMutation = { dropDeal:
    | { __typename: 'Deal', stage: DealStage }
    | { __typename: 'DealAgreementMismatchError' }
    | { __typename: 'InvalidDealTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'VersionConflictError' }
   };

export type ProjectsQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number } };

export type ArchiveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveOrganizationMutation = { archiveOrganization: { archivedAt: string | null } };

export type TrustCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type TrustCreateOfferMutation = { createOffer:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer' }
   };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer:
    | { __typename: 'InvalidExchangeTransitionError' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'TechnologyOffer' }
    | { __typename: 'VersionConflictError' }
   };

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectQuery = { project: { code: string, title: string } | null };

export type WebhooksCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhooksCreateEndpointMutation = { createWebhookEndpoint:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'WebhookEndpointWithSecret', secret: string, endpoint: { id: string, url: string, eventTypes: Array<WebhookEventType>, status: WebhookEndpointStatus, version: number } }
   };

export type WebhooksDeliveriesQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type WebhooksDeliveriesQuery = { organization: { webhookEndpoints: Array<{ id: string, status: WebhookEndpointStatus, disabledReason: string | null, deliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, redeliveryOf: string | null, attemptLog: Array<{ statusCode: number | null, error: string | null, durationMs: number }> } }> } }> } | null };

export type WebhooksRedeliverMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhooksRedeliverMutation = { redeliverWebhook:
    | { __typename: 'InvalidInputError', code: string, message: string }
    | { __typename: 'WebhookDelivery', id: string, eventId: string, status: WebhookDeliveryStatus }
   };

export type WebhooksUpdateEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhooksUpdateEndpointMutation = { updateWebhookEndpoint:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'VersionConflictError', code: string, message: string, field: string | null }
    | { __typename: 'WebhookEndpoint', status: WebhookEndpointStatus, version: number }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommercialisationJourneyErrorFragmentDoc = new TypedDocumentString(`
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
    `, {"fragmentName":"CommercialisationJourneyError"}) as unknown as TypedDocumentString<CommercialisationJourneyErrorFragment, unknown>;
export const CommercialisationJourneyDisclosureFragmentDoc = new TypedDocumentString(`
    fragment CommercialisationJourneyDisclosure on InventionDisclosure {
  id
  status
  decision
  version
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}
    `, {"fragmentName":"CommercialisationJourneyDisclosure"}) as unknown as TypedDocumentString<CommercialisationJourneyDisclosureFragment, unknown>;
export const CommercialisationJourneyFilingFragmentDoc = new TypedDocumentString(`
    fragment CommercialisationJourneyFiling on IpFiling {
  id
  type
  jurisdiction
  applicationNumber
  priorityDate
  filingDate
  status
  deadlines {
    kind
    dueOn
    daysLeft
    legalSource
  }
}
    `, {"fragmentName":"CommercialisationJourneyFiling"}) as unknown as TypedDocumentString<CommercialisationJourneyFilingFragment, unknown>;
export const CommercialisationJourneyOfferFragmentDoc = new TypedDocumentString(`
    fragment CommercialisationJourneyOffer on TechnologyOffer {
  id
  title
  summary
  details
  price {
    amount
    currency
  }
  priceNote
  trl
  status
  version
  organization {
    slug
  }
}
    `, {"fragmentName":"CommercialisationJourneyOffer"}) as unknown as TypedDocumentString<CommercialisationJourneyOfferFragment, unknown>;
export const CommercialisationJourneyDealFragmentDoc = new TypedDocumentString(`
    fragment CommercialisationJourneyDeal on Deal {
  id
  stage
  version
  agreementId
  broker {
    slug
  }
  provider {
    slug
  }
  seeker {
    slug
  }
  history {
    from
    to
    byName
  }
}
    `, {"fragmentName":"CommercialisationJourneyDeal"}) as unknown as TypedDocumentString<CommercialisationJourneyDealFragment, unknown>;
export const CommercialisationJourneyAgreementFragmentDoc = new TypedDocumentString(`
    fragment CommercialisationJourneyAgreement on Agreement {
  id
  code
  status
  version
  executedOn
  effectiveOn
  licensors {
    slug
  }
  licensee {
    slug
  }
  technologies {
    code
  }
  terms {
    currency
    upfrontFee {
      amount
      currency
    }
    royaltyRate
  }
}
    `, {"fragmentName":"CommercialisationJourneyAgreement"}) as unknown as TypedDocumentString<CommercialisationJourneyAgreementFragment, unknown>;
export const DealsDealFieldsFragmentDoc = new TypedDocumentString(`
    fragment DealsDealFields on Deal {
  id
  stage
  version
  agreementId
  broker {
    id
  }
  provider {
    id
  }
  seeker {
    id
  }
  offer {
    id
  }
  demand {
    id
  }
  history {
    from
    to
    note
    byName
  }
}
    `, {"fragmentName":"DealsDealFields"}) as unknown as TypedDocumentString<DealsDealFieldsFragment, unknown>;
export const DisclosureFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisclosureFields on InventionDisclosure {
  id
  title
  description
  status
  decision
  decisionNotes
  version
  submittedAt
  decidedAt
  technology {
    code
  }
  organization {
    id
  }
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}
    `, {"fragmentName":"DisclosureFields"}) as unknown as TypedDocumentString<DisclosureFieldsFragment, unknown>;
export const IpFilingFieldsFragmentDoc = new TypedDocumentString(`
    fragment IpFilingFields on IpFiling {
  id
  type
  jurisdiction
  applicationNumber
  priorityDate
  filingDate
  publicationDate
  grantDate
  registrationNumber
  status
  version
  parentFiling {
    id
  }
  technology {
    code
  }
  deadlines {
    kind
    dueOn
    daysLeft
    legalSource
  }
}
    `, {"fragmentName":"IpFilingFields"}) as unknown as TypedDocumentString<IpFilingFieldsFragment, unknown>;
export const ProgrammeRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgrammeRequestFields on ProgrammeAttachmentRequest {
  id
  status
  requestMessage
  reason
  projectCode
  projectTitle
  fromProgrammeId
  requestingOrganizationId
  requestedById
  decidedById
  decidedAt
  programme {
    code
  }
  requestingOrganization {
    id
  }
}
    `, {"fragmentName":"ProgrammeRequestFields"}) as unknown as TypedDocumentString<ProgrammeRequestFieldsFragment, unknown>;
export const RevenueLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment RevenueLineFields on DistributionLine {
  id
  beneficiaryKind
  technologyInventorId
  inventorUserId
  inventorName
  amount {
    amount
    currency
  }
  status
  paidOn
  paymentReference
  periodEnd
  version
  payer {
    id
  }
  organization {
    id
  }
}
    `, {"fragmentName":"RevenueLineFields"}) as unknown as TypedDocumentString<RevenueLineFieldsFragment, unknown>;
export const AgreementFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgreementFields on Agreement {
  id
  code
  title
  type
  status
  territory
  fieldOfUse
  effectiveOn
  expiresOn
  executedOn
  endedOn
  version
  licensors {
    id
  }
  licensee {
    id
  }
  technologies {
    id
    code
  }
  terms {
    currency
    upfrontFee {
      amount
      currency
    }
    royaltyRate
    milestonePayments {
      id
      description
      amount {
        amount
        currency
      }
      dueOn
      status
    }
  }
}
    `, {"fragmentName":"AgreementFields"}) as unknown as TypedDocumentString<AgreementFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferFields on TechnologyOffer {
  id
  kind
  title
  summary
  details
  price {
    amount
    currency
  }
  priceNote
  trl
  sectors
  keywords
  language
  status
  publishedOn
  expiresOn
  version
  concepts
  organization {
    id
  }
}
    `, {"fragmentName":"OfferFields"}) as unknown as TypedDocumentString<OfferFieldsFragment, unknown>;
export const DemandFieldsFragmentDoc = new TypedDocumentString(`
    fragment DemandFields on TechnologyDemand {
  id
  title
  description
  sectors
  keywords
  language
  minTrl
  status
  publishedOn
  expiresOn
  version
  concepts
  budget {
    min
    max
    currency
  }
  organization {
    id
  }
}
    `, {"fragmentName":"DemandFields"}) as unknown as TypedDocumentString<DemandFieldsFragment, unknown>;
export const TechnologiesReadNodeFragmentDoc = new TypedDocumentString(`
    fragment TechnologiesReadNode on Technology {
  id
  code
  title
  currentTrl
  createdAt
  owners {
    share
    validFrom
    validUntil
    organization {
      id
      name
    }
  }
  inventors {
    share
    externalName
    user {
      id
      displayName
    }
    affiliationOrganization {
      id
    }
  }
  trlHistory {
    level
    assessedOn
    recordedAt
    assessor {
      id
    }
    recordedBy {
      displayName
    }
  }
  projects {
    code
    participants {
      role
      organization {
        id
      }
    }
    technologies {
      code
    }
  }
  disclosures {
    title
    status
    submittedAt
    technology {
      code
    }
    organization {
      id
    }
    submittedBy {
      id
    }
    decidedBy {
      id
    }
  }
  ipFilings {
    type
    status
    filingDate
    parentFiling {
      id
    }
    technology {
      code
    }
    deadlines {
      kind
      dueOn
      daysLeft
      filing {
        id
      }
    }
  }
}
    `, {"fragmentName":"TechnologiesReadNode"}) as unknown as TypedDocumentString<TechnologiesReadNodeFragment, unknown>;
export const TechnologyLookupFieldsFragmentDoc = new TypedDocumentString(`
    fragment TechnologyLookupFields on Technology {
  id
  code
  title
  currentTrl
  version
  fields
  keywords
  owners {
    share
    validFrom
    validUntil
    organization {
      id
    }
  }
  inventors {
    share
    externalName
    affiliationName
    user {
      id
      displayName
    }
    affiliationOrganization {
      id
    }
  }
  trlHistory {
    level
    assessedOn
    assessorName
    evidence
    assessor {
      id
    }
    recordedBy {
      id
    }
  }
  projects {
    id
  }
}
    `, {"fragmentName":"TechnologyLookupFields"}) as unknown as TypedDocumentString<TechnologyLookupFieldsFragment, unknown>;
export const OwnersProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment OwnersProposalFields on TechnologyOwnersProposal {
  id
  technologyId
  status
  owners {
    organizationId
    share
    validFrom
    validUntil
  }
  consents {
    organizationId
    consent
    decidedAt
  }
  decidedAt
}
    `, {"fragmentName":"OwnersProposalFields"}) as unknown as TypedDocumentString<OwnersProposalFieldsFragment, unknown>;
export const AdminConsoleOrganizationDocument = new TypedDocumentString(`
    query AdminConsoleOrganization($id: ID) {
  organization(id: $id) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<AdminConsoleOrganizationQuery, AdminConsoleOrganizationQueryVariables>;
export const AdminConsoleApiKeysDocument = new TypedDocumentString(`
    query AdminConsoleApiKeys($id: ID) {
  organization(id: $id) {
    apiKeys {
      name
      active
    }
  }
}
    `) as unknown as TypedDocumentString<AdminConsoleApiKeysQuery, AdminConsoleApiKeysQueryVariables>;
export const AdminConsoleDisableUserDocument = new TypedDocumentString(`
    mutation AdminConsoleDisableUser($id: ID!) {
  disableUser(userId: $id) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<AdminConsoleDisableUserMutation, AdminConsoleDisableUserMutationVariables>;
export const AdminConsoleRequestMembershipDocument = new TypedDocumentString(`
    mutation AdminConsoleRequestMembership($input: RequestMembershipInput!) {
  requestMembership(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AdminConsoleRequestMembershipMutation, AdminConsoleRequestMembershipMutationVariables>;
export const AgreementDocument = new TypedDocumentString(`
    query Agreement($id: ID, $code: String) {
  agreement(id: $id, code: $code) {
    ...AgreementFields
    obligations {
      id
      status
    }
  }
}
    fragment AgreementFields on Agreement {
  id
  code
  title
  type
  status
  territory
  fieldOfUse
  effectiveOn
  expiresOn
  executedOn
  endedOn
  version
  licensors {
    id
  }
  licensee {
    id
  }
  technologies {
    id
    code
  }
  terms {
    currency
    upfrontFee {
      amount
      currency
    }
    royaltyRate
    milestonePayments {
      id
      description
      amount {
        amount
        currency
      }
      dueOn
      status
    }
  }
}`) as unknown as TypedDocumentString<AgreementQuery, AgreementQueryVariables>;
export const AgreementsDocument = new TypedDocumentString(`
    query Agreements($filter: AgreementFilter, $first: Int, $after: String) {
  agreements(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        code
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsQuery, AgreementsQueryVariables>;
export const UpdateAgreementDocument = new TypedDocumentString(`
    mutation UpdateAgreement($input: UpdateAgreementInput!) {
  updateAgreement(input: $input) {
    __typename
    ... on Agreement {
      ...AgreementFields
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on AgreementStateError {
      currentStatus
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment AgreementFields on Agreement {
  id
  code
  title
  type
  status
  territory
  fieldOfUse
  effectiveOn
  expiresOn
  executedOn
  endedOn
  version
  licensors {
    id
  }
  licensee {
    id
  }
  technologies {
    id
    code
  }
  terms {
    currency
    upfrontFee {
      amount
      currency
    }
    royaltyRate
    milestonePayments {
      id
      description
      amount {
        amount
        currency
      }
      dueOn
      status
    }
  }
}`) as unknown as TypedDocumentString<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const AddObligationDocument = new TypedDocumentString(`
    mutation AddObligation($input: AddObligationInput!) {
  addObligation(input: $input) {
    __typename
    ... on AgreementObligation {
      id
      kind
      description
      dueOn
      owedBy
      status
      overdue
      version
      agreement {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AddObligationMutation, AddObligationMutationVariables>;
export const ReportObligationMetDocument = new TypedDocumentString(`
    mutation ReportObligationMet($input: ReportObligationMetInput!) {
  reportObligationMet(input: $input) {
    __typename
    ... on AgreementObligation {
      id
      status
      reportedMetOn
      reportedAt
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ReportObligationMetMutation, ReportObligationMetMutationVariables>;
export const RecordObligationOutcomeDocument = new TypedDocumentString(`
    mutation RecordObligationOutcome($input: RecordObligationOutcomeInput!) {
  recordObligationOutcome(input: $input) {
    __typename
    ... on AgreementObligation {
      id
      status
      metOn
      outcomeNote
      version
    }
    ... on InvalidObligationTransitionError {
      currentStatus
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RecordObligationOutcomeMutation, RecordObligationOutcomeMutationVariables>;
export const OverdueObligationsDocument = new TypedDocumentString(`
    query OverdueObligations {
  overdueObligations {
    totalCount
    edges {
      node {
        id
        dueOn
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverdueObligationsQuery, OverdueObligationsQueryVariables>;
export const AgreementObligationsDocument = new TypedDocumentString(`
    query AgreementObligations($filter: ObligationFilter) {
  agreementObligations(filter: $filter) {
    totalCount
    edges {
      node {
        id
        dueOn
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementObligationsQuery, AgreementObligationsQueryVariables>;
export const AgreementsOrganizationDocument = new TypedDocumentString(`
    query AgreementsOrganization($id: ID!) {
  organization(id: $id) {
    agreements {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsOrganizationQuery, AgreementsOrganizationQueryVariables>;
export const AgreementsAgreementsDocument = new TypedDocumentString(`
    query AgreementsAgreements($first: Int, $organizationId: ID) {
  agreements(first: $first) {
    edges {
      node {
        code
        status
        licensee {
          name
        }
        licensors {
          name
          children {
            name
          }
        }
        technologies {
          code
          owners {
            organization {
              name
            }
          }
        }
        terms {
          currency
          upfrontFee {
            amount
            currency
          }
          royaltyRate
          milestonePayments {
            description
            amount {
              amount
              currency
            }
          }
        }
        obligations {
          dueOn
          overdue
          agreement {
            code
            licensee {
              name
            }
          }
        }
        receipts {
          kind
          amount {
            amount
            currency
          }
          receivedOn
        }
        costs {
          kind
          amount {
            amount
          }
        }
        distributions {
          periodEnd
          net {
            amount
          }
          agreement {
            code
          }
          lines {
            beneficiaryKind
            inventorName
            amount {
              amount
            }
            payer {
              name
            }
            organization {
              name
            }
            agreement {
              code
            }
          }
        }
      }
    }
  }
  agreementObligations(first: $first) {
    edges {
      node {
        description
        overdue
        agreement {
          code
          licensors {
            name
          }
          terms {
            currency
          }
        }
      }
    }
  }
  organization(id: $organizationId) {
    agreements(first: $first) {
      totalCount
      edges {
        node {
          code
          licensee {
            name
          }
          obligations {
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgreementsAgreementsQuery, AgreementsAgreementsQueryVariables>;
export const AuthLoginDocument = new TypedDocumentString(`
    mutation AuthLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        id
        email
        displayName
        platformRole
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AuthLoginMutation, AuthLoginMutationVariables>;
export const AuthRefreshSessionDocument = new TypedDocumentString(`
    mutation AuthRefreshSession($token: String!) {
  refreshSession(refreshToken: $token) {
    __typename
    ... on AuthPayload {
      accessToken
      refreshToken
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AuthRefreshSessionMutation, AuthRefreshSessionMutationVariables>;
export const AuthMeDocument = new TypedDocumentString(`
    query AuthMe {
  me {
    id
    email
    displayName
    platformRole
    disabled
  }
}
    `) as unknown as TypedDocumentString<AuthMeQuery, AuthMeQueryVariables>;
export const AuthRegisterDocument = new TypedDocumentString(`
    mutation AuthRegister($input: RegisterInput!) {
  register(input: $input) {
    __typename
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AuthRegisterMutation, AuthRegisterMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const AuthChangePasswordDocument = new TypedDocumentString(`
    mutation AuthChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AuthChangePasswordMutation, AuthChangePasswordMutationVariables>;
export const AuthDisableUserDocument = new TypedDocumentString(`
    mutation AuthDisableUser($id: ID!) {
  disableUser(userId: $id) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<AuthDisableUserMutation, AuthDisableUserMutationVariables>;
export const AuthEnableUserDocument = new TypedDocumentString(`
    mutation AuthEnableUser($id: ID!) {
  enableUser(userId: $id) {
    disabled
  }
}
    `) as unknown as TypedDocumentString<AuthEnableUserMutation, AuthEnableUserMutationVariables>;
export const AuthOrganizationsDocument = new TypedDocumentString(`
    query AuthOrganizations {
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthOrganizationsQuery, AuthOrganizationsQueryVariables>;
export const AuthzAccountsRowsInviteMemberDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    __typename
    ... on InvitationCreated {
      token
      invitation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsInviteMemberMutation, AuthzAccountsRowsInviteMemberMutationVariables>;
export const AuthzAccountsRowsOrganizationsDocument = new TypedDocumentString(`
    query AuthzAccountsRowsOrganizations {
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsOrganizationsQuery, AuthzAccountsRowsOrganizationsQueryVariables>;
export const AuthzAccountsRowsOrganizationDocument = new TypedDocumentString(`
    query AuthzAccountsRowsOrganization($id: ID) {
  organization(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsOrganizationQuery, AuthzAccountsRowsOrganizationQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AuthzAccountsRowsViewerDocument = new TypedDocumentString(`
    query AuthzAccountsRowsViewer {
  viewer {
    __typename
    ... on User {
      id
    }
    ... on ApiKey {
      id
      name
      organization {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsViewerQuery, AuthzAccountsRowsViewerQueryVariables>;
export const AuthzAccountsRowsOrganization2Document = new TypedDocumentString(`
    query AuthzAccountsRowsOrganization2($id: ID) {
  organization(id: $id) {
    apiKeys {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsOrganization2Query, AuthzAccountsRowsOrganization2QueryVariables>;
export const AuthzAccountsRowsAuditLogDocument = new TypedDocumentString(`
    query AuthzAccountsRowsAuditLog($id: ID) {
  auditLog(organizationId: $id) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsAuditLogQuery, AuthzAccountsRowsAuditLogQueryVariables>;
export const AuthzAccountsRowsAuditLog2Document = new TypedDocumentString(`
    query AuthzAccountsRowsAuditLog2 {
  auditLog {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsAuditLog2Query, AuthzAccountsRowsAuditLog2QueryVariables>;
export const AuthzAccountsRowsUsersDocument = new TypedDocumentString(`
    query AuthzAccountsRowsUsers {
  users(first: 5, filter: {search: "matrix"}) {
    totalCount
    edges {
      node {
        id
        email
        disabled
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsUsersQuery, AuthzAccountsRowsUsersQueryVariables>;
export const AuthzAccountsRowsRegisterDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsRegister($input: RegisterInput!) {
  register(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsRegisterMutation, AuthzAccountsRowsRegisterMutationVariables>;
export const AuthzAccountsRowsLoginDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsLoginMutation, AuthzAccountsRowsLoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession {
  refreshSession(refreshToken: "thr_unknown") {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const AuthzAccountsRowsCreateOrganizationDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsCreateOrganizationMutation, AuthzAccountsRowsCreateOrganizationMutationVariables>;
export const AuthzAccountsRowsUpdateOrganizationDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsUpdateOrganizationMutation, AuthzAccountsRowsUpdateOrganizationMutationVariables>;
export const AuthzAccountsRowsVerifyOrganizationDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsVerifyOrganizationMutation, AuthzAccountsRowsVerifyOrganizationMutationVariables>;
export const AuthzAccountsRowsArchiveOrganizationDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsArchiveOrganization($id: ID!) {
  archiveOrganization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsArchiveOrganizationMutation, AuthzAccountsRowsArchiveOrganizationMutationVariables>;
export const AuthzAccountsRowsCreateApiKeyDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsCreateApiKeyMutation, AuthzAccountsRowsCreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuthzAccountsRowsOrganization3Document = new TypedDocumentString(`
    query AuthzAccountsRowsOrganization3($id: ID) {
  organization(id: $id) {
    members {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsOrganization3Query, AuthzAccountsRowsOrganization3QueryVariables>;
export const AuthzAccountsRowsOrganization4Document = new TypedDocumentString(`
    query AuthzAccountsRowsOrganization4($id: ID) {
  organization(id: $id) {
    invitations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsOrganization4Query, AuthzAccountsRowsOrganization4QueryVariables>;
export const AuthzAccountsRowsInvitationHistoryDocument = new TypedDocumentString(`
    query AuthzAccountsRowsInvitationHistory($id: ID) {
  organization(id: $id) {
    invitationHistory(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsInvitationHistoryQuery, AuthzAccountsRowsInvitationHistoryQueryVariables>;
export const AuthzAccountsRowsOrganization5Document = new TypedDocumentString(`
    query AuthzAccountsRowsOrganization5($id: ID) {
  organization(id: $id) {
    members {
      edges {
        node {
          user {
            id
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsOrganization5Query, AuthzAccountsRowsOrganization5QueryVariables>;
export const AuthzAccountsRowsMyMembershipsDocument = new TypedDocumentString(`
    query AuthzAccountsRowsMyMemberships {
  myMemberships {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsMyMembershipsQuery, AuthzAccountsRowsMyMembershipsQueryVariables>;
export const AuthzAccountsRowsInviteMember2Document = new TypedDocumentString(`
    mutation AuthzAccountsRowsInviteMember2($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsInviteMember2Mutation, AuthzAccountsRowsInviteMember2MutationVariables>;
export const AuthzAccountsRowsAcceptInvitationDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsAcceptInvitationMutation, AuthzAccountsRowsAcceptInvitationMutationVariables>;
export const AuthzAccountsRowsRevokeInvitationDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsRevokeInvitation($id: ID!) {
  revokeInvitation(invitationId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsRevokeInvitationMutation, AuthzAccountsRowsRevokeInvitationMutationVariables>;
export const AuthzAccountsRowsRequestMembershipDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsRequestMembership($input: RequestMembershipInput!) {
  requestMembership(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsRequestMembershipMutation, AuthzAccountsRowsRequestMembershipMutationVariables>;
export const AuthzAccountsRowsApproveMembershipRequestDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsApproveMembershipRequest($input: ApproveMembershipRequestInput!) {
  approveMembershipRequest(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsApproveMembershipRequestMutation, AuthzAccountsRowsApproveMembershipRequestMutationVariables>;
export const AuthzAccountsRowsDeclineMembershipRequestDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsDeclineMembershipRequest($id: ID!) {
  declineMembershipRequest(membershipId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsDeclineMembershipRequestMutation, AuthzAccountsRowsDeclineMembershipRequestMutationVariables>;
export const AuthzAccountsRowsChangeMemberRoleDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsChangeMemberRoleMutation, AuthzAccountsRowsChangeMemberRoleMutationVariables>;
export const AuthzAccountsRowsRemoveMemberDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsRemoveMember($id: ID!) {
  removeMember(membershipId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsRemoveMemberMutation, AuthzAccountsRowsRemoveMemberMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($id: ID!) {
  disableUser(userId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($id: ID!) {
  enableUser(userId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const AuthzAccountsRowsLeaveOrganizationDocument = new TypedDocumentString(`
    mutation AuthzAccountsRowsLeaveOrganization($id: ID!) {
  leaveOrganization(organizationId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAccountsRowsLeaveOrganizationMutation, AuthzAccountsRowsLeaveOrganizationMutationVariables>;
export const AuthzAgreementsRowsCreateTechnologyDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsCreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on Technology {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsCreateTechnologyMutation, AuthzAgreementsRowsCreateTechnologyMutationVariables>;
export const AuthzAgreementsRowsAddObligationDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsAddObligation($input: AddObligationInput!) {
  addObligation(input: $input) {
    __typename
    ... on AgreementObligation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsAddObligationMutation, AuthzAgreementsRowsAddObligationMutationVariables>;
export const SetDistributionPolicyDocument = new TypedDocumentString(`
    mutation SetDistributionPolicy($input: SetDistributionPolicyInput!) {
  setDistributionPolicy(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SetDistributionPolicyMutation, SetDistributionPolicyMutationVariables>;
export const RecordRevenueReceiptDocument = new TypedDocumentString(`
    mutation RecordRevenueReceipt($input: RecordRevenueReceiptInput!) {
  recordRevenueReceipt(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RecordRevenueReceiptMutation, RecordRevenueReceiptMutationVariables>;
export const DistributeRevenueDocument = new TypedDocumentString(`
    mutation DistributeRevenue($id: ID!, $upTo: Date!) {
  distributeRevenue(agreementId: $id, upTo: $upTo) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DistributeRevenueMutation, DistributeRevenueMutationVariables>;
export const CreateSpinOffDocument = new TypedDocumentString(`
    mutation CreateSpinOff($input: CreateSpinOffInput!) {
  createSpinOff(input: $input) {
    __typename
    ... on SpinOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateSpinOffMutation, CreateSpinOffMutationVariables>;
export const AuthzAgreementsRowsAgreementDocument = new TypedDocumentString(`
    query AuthzAgreementsRowsAgreement($id: ID) {
  agreement(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsAgreementQuery, AuthzAgreementsRowsAgreementQueryVariables>;
export const AuthzAgreementsRowsAgreementsDocument = new TypedDocumentString(`
    query AuthzAgreementsRowsAgreements {
  agreements(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsAgreementsQuery, AuthzAgreementsRowsAgreementsQueryVariables>;
export const AuthzAgreementsRowsAgreement2Document = new TypedDocumentString(`
    query AuthzAgreementsRowsAgreement2($id: ID) {
  agreement(id: $id) {
    costs {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsAgreement2Query, AuthzAgreementsRowsAgreement2QueryVariables>;
export const AuthzAgreementsRowsAgreement3Document = new TypedDocumentString(`
    query AuthzAgreementsRowsAgreement3($id: ID) {
  agreement(id: $id) {
    distributions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsAgreement3Query, AuthzAgreementsRowsAgreement3QueryVariables>;
export const AuthzAgreementsRowsOrganizationDocument = new TypedDocumentString(`
    query AuthzAgreementsRowsOrganization($id: ID) {
  organization(id: $id) {
    distributionPolicies {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsOrganizationQuery, AuthzAgreementsRowsOrganizationQueryVariables>;
export const AuthzAgreementsRowsAgreementObligationsDocument = new TypedDocumentString(`
    query AuthzAgreementsRowsAgreementObligations {
  agreementObligations(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsAgreementObligationsQuery, AuthzAgreementsRowsAgreementObligationsQueryVariables>;
export const AuthzAgreementsRowsOverdueObligationsDocument = new TypedDocumentString(`
    query AuthzAgreementsRowsOverdueObligations {
  overdueObligations(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsOverdueObligationsQuery, AuthzAgreementsRowsOverdueObligationsQueryVariables>;
export const AuthzAgreementsRowsCreateAgreementDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsCreateAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsCreateAgreementMutation, AuthzAgreementsRowsCreateAgreementMutationVariables>;
export const AuthzAgreementsRowsUpdateAgreementDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsUpdateAgreement($input: UpdateAgreementInput!) {
  updateAgreement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsUpdateAgreementMutation, AuthzAgreementsRowsUpdateAgreementMutationVariables>;
export const AuthzAgreementsRowsTransitionAgreementDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsTransitionAgreement($input: TransitionAgreementInput!) {
  transitionAgreement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsTransitionAgreementMutation, AuthzAgreementsRowsTransitionAgreementMutationVariables>;
export const AuthzAgreementsRowsAddObligation2Document = new TypedDocumentString(`
    mutation AuthzAgreementsRowsAddObligation2($input: AddObligationInput!) {
  addObligation(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsAddObligation2Mutation, AuthzAgreementsRowsAddObligation2MutationVariables>;
export const AuthzAgreementsRowsReportObligationMetDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsReportObligationMet($input: ReportObligationMetInput!) {
  reportObligationMet(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsReportObligationMetMutation, AuthzAgreementsRowsReportObligationMetMutationVariables>;
export const AuthzAgreementsRowsRecordObligationOutcomeDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsRecordObligationOutcome($input: RecordObligationOutcomeInput!) {
  recordObligationOutcome(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsRecordObligationOutcomeMutation, AuthzAgreementsRowsRecordObligationOutcomeMutationVariables>;
export const RecordRevenueCostDocument = new TypedDocumentString(`
    mutation RecordRevenueCost($input: RecordRevenueCostInput!) {
  recordRevenueCost(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RecordRevenueCostMutation, RecordRevenueCostMutationVariables>;
export const MarkDistributionLinePaidDocument = new TypedDocumentString(`
    mutation MarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) {
  markDistributionLinePaid(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MarkDistributionLinePaidMutation, MarkDistributionLinePaidMutationVariables>;
export const MyDistributionLinesDocument = new TypedDocumentString(`
    query MyDistributionLines {
  myDistributionLines(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyDistributionLinesQuery, MyDistributionLinesQueryVariables>;
export const SpinOffsDocument = new TypedDocumentString(`
    query SpinOffs {
  spinOffs(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpinOffsQuery, SpinOffsQueryVariables>;
export const AuthzAgreementsRowsSpinOffsDocument = new TypedDocumentString(`
    query AuthzAgreementsRowsSpinOffs {
  spinOffs(first: 100) {
    edges {
      node {
        id
        equityHeld
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsSpinOffsQuery, AuthzAgreementsRowsSpinOffsQueryVariables>;
export const AuthzAgreementsRowsCreateSpinOffDocument = new TypedDocumentString(`
    mutation AuthzAgreementsRowsCreateSpinOff($input: CreateSpinOffInput!) {
  createSpinOff(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzAgreementsRowsCreateSpinOffMutation, AuthzAgreementsRowsCreateSpinOffMutationVariables>;
export const UpdateSpinOffDocument = new TypedDocumentString(`
    mutation UpdateSpinOff($input: UpdateSpinOffInput!) {
  updateSpinOff(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UpdateSpinOffMutation, UpdateSpinOffMutationVariables>;
export const AuthzExchangeRowsCreateOfferDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ... on TechnologyOffer {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsCreateOfferMutation, AuthzExchangeRowsCreateOfferMutationVariables>;
export const AuthzExchangeRowsCreateDemandDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsCreateDemand($input: CreateDemandInput!) {
  createDemand(input: $input) {
    __typename
    ... on TechnologyDemand {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsCreateDemandMutation, AuthzExchangeRowsCreateDemandMutationVariables>;
export const AuthzExchangeRowsExpressInterestDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    __typename
    ... on ExchangeInterest {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsExpressInterestMutation, AuthzExchangeRowsExpressInterestMutationVariables>;
export const AuthzExchangeRowsCreateTechnologyDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsCreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on Technology {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsCreateTechnologyMutation, AuthzExchangeRowsCreateTechnologyMutationVariables>;
export const ExchangeRowsAssessTrlDocument = new TypedDocumentString(`
    mutation ExchangeRowsAssessTrl($input: AssessTrlInput!) {
  assessTrl(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ExchangeRowsAssessTrlMutation, ExchangeRowsAssessTrlMutationVariables>;
export const AuthzExchangeRowsPublishOfferDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsPublishOffer($input: PublishExchangeItemInput!) {
  publishOffer(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsPublishOfferMutation, AuthzExchangeRowsPublishOfferMutationVariables>;
export const AuthzExchangeRowsPublishDemandDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsPublishDemand($input: PublishExchangeItemInput!) {
  publishDemand(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsPublishDemandMutation, AuthzExchangeRowsPublishDemandMutationVariables>;
export const AuthzExchangeRowsCreateOrganizationDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on Organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsCreateOrganizationMutation, AuthzExchangeRowsCreateOrganizationMutationVariables>;
export const AuthzExchangeRowsVerifyOrganizationDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsVerifyOrganizationMutation, AuthzExchangeRowsVerifyOrganizationMutationVariables>;
export const AuthzExchangeRowsOpenDealDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsOpenDeal($input: OpenDealInput!) {
  openDeal(input: $input) {
    __typename
    ... on Deal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsOpenDealMutation, AuthzExchangeRowsOpenDealMutationVariables>;
export const AuthzExchangeRowsTechnologyOfferDocument = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyOffer($id: ID!) {
  technologyOffer(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyOfferQuery, AuthzExchangeRowsTechnologyOfferQueryVariables>;
export const AuthzExchangeRowsTechnologyOffersDocument = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyOffers {
  technologyOffers(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyOffersQuery, AuthzExchangeRowsTechnologyOffersQueryVariables>;
export const AuthzExchangeRowsTechnologyOffer2Document = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyOffer2($id: ID!) {
  technologyOffer(id: $id) {
    price {
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyOffer2Query, AuthzExchangeRowsTechnologyOffer2QueryVariables>;
export const AuthzExchangeRowsTechnologyOffer3Document = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyOffer3($id: ID!) {
  technologyOffer(id: $id) {
    details
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyOffer3Query, AuthzExchangeRowsTechnologyOffer3QueryVariables>;
export const AuthzExchangeRowsTechnologyOffer4Document = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyOffer4($id: ID!) {
  technologyOffer(id: $id) {
    priceNote
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyOffer4Query, AuthzExchangeRowsTechnologyOffer4QueryVariables>;
export const AuthzExchangeRowsTechnologyOffer5Document = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyOffer5($id: ID!) {
  technologyOffer(id: $id) {
    technology {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyOffer5Query, AuthzExchangeRowsTechnologyOffer5QueryVariables>;
export const AuthzExchangeRowsTechnologyOffer6Document = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyOffer6($id: ID!) {
  technologyOffer(id: $id) {
    interests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyOffer6Query, AuthzExchangeRowsTechnologyOffer6QueryVariables>;
export const AuthzExchangeRowsTechnologyDemandDocument = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyDemand($id: ID!) {
  technologyDemand(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyDemandQuery, AuthzExchangeRowsTechnologyDemandQueryVariables>;
export const AuthzExchangeRowsTechnologyDemandsDocument = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyDemands {
  technologyDemands(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyDemandsQuery, AuthzExchangeRowsTechnologyDemandsQueryVariables>;
export const AuthzExchangeRowsTechnologyDemand2Document = new TypedDocumentString(`
    query AuthzExchangeRowsTechnologyDemand2($id: ID!) {
  technologyDemand(id: $id) {
    budget {
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsTechnologyDemand2Query, AuthzExchangeRowsTechnologyDemand2QueryVariables>;
export const AuthzExchangeRowsMatchesForOfferDocument = new TypedDocumentString(`
    query AuthzExchangeRowsMatchesForOffer($id: ID!) {
  matchesForOffer(offerId: $id) {
    score
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsMatchesForOfferQuery, AuthzExchangeRowsMatchesForOfferQueryVariables>;
export const AuthzExchangeRowsMatchesForDemandDocument = new TypedDocumentString(`
    query AuthzExchangeRowsMatchesForDemand($id: ID!) {
  matchesForDemand(demandId: $id) {
    score
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsMatchesForDemandQuery, AuthzExchangeRowsMatchesForDemandQueryVariables>;
export const AuthzExchangeRowsStaleUpdateOfferDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStaleUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStaleUpdateOfferMutation, AuthzExchangeRowsStaleUpdateOfferMutationVariables>;
export const AuthzExchangeRowsStalePublishOfferDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStalePublishOffer($input: PublishExchangeItemInput!) {
  publishOffer(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStalePublishOfferMutation, AuthzExchangeRowsStalePublishOfferMutationVariables>;
export const AuthzExchangeRowsStaleRenewOfferDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStaleRenewOffer($input: PublishExchangeItemInput!) {
  renewOffer(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStaleRenewOfferMutation, AuthzExchangeRowsStaleRenewOfferMutationVariables>;
export const AuthzExchangeRowsStaleWithdrawOfferDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStaleWithdrawOffer($input: WithdrawExchangeItemInput!) {
  withdrawOffer(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStaleWithdrawOfferMutation, AuthzExchangeRowsStaleWithdrawOfferMutationVariables>;
export const AuthzExchangeRowsStaleUpdateDemandDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStaleUpdateDemand($input: UpdateDemandInput!) {
  updateDemand(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStaleUpdateDemandMutation, AuthzExchangeRowsStaleUpdateDemandMutationVariables>;
export const AuthzExchangeRowsStalePublishDemandDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStalePublishDemand($input: PublishExchangeItemInput!) {
  publishDemand(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStalePublishDemandMutation, AuthzExchangeRowsStalePublishDemandMutationVariables>;
export const AuthzExchangeRowsStaleRenewDemandDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStaleRenewDemand($input: PublishExchangeItemInput!) {
  renewDemand(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStaleRenewDemandMutation, AuthzExchangeRowsStaleRenewDemandMutationVariables>;
export const AuthzExchangeRowsStaleWithdrawDemandDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsStaleWithdrawDemand($input: WithdrawExchangeItemInput!) {
  withdrawDemand(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsStaleWithdrawDemandMutation, AuthzExchangeRowsStaleWithdrawDemandMutationVariables>;
export const AuthzExchangeRowsWithdrawInterestDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsWithdrawInterest($id: ID!) {
  withdrawInterest(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsWithdrawInterestMutation, AuthzExchangeRowsWithdrawInterestMutationVariables>;
export const AuthzExchangeRowsExchangeInterestsDocument = new TypedDocumentString(`
    query AuthzExchangeRowsExchangeInterests {
  exchangeInterests(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsExchangeInterestsQuery, AuthzExchangeRowsExchangeInterestsQueryVariables>;
export const AuthzExchangeRowsOpenDeal2Document = new TypedDocumentString(`
    mutation AuthzExchangeRowsOpenDeal2($input: OpenDealInput!) {
  openDeal(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsOpenDeal2Mutation, AuthzExchangeRowsOpenDeal2MutationVariables>;
export const AuthzExchangeRowsDealDocument = new TypedDocumentString(`
    query AuthzExchangeRowsDeal($id: ID!) {
  deal(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsDealQuery, AuthzExchangeRowsDealQueryVariables>;
export const DealsDocument = new TypedDocumentString(`
    query Deals {
  deals(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealsQuery, DealsQueryVariables>;
export const AuthzExchangeRowsAdvanceDealDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsAdvanceDeal($input: AdvanceDealInput!) {
  advanceDeal(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsAdvanceDealMutation, AuthzExchangeRowsAdvanceDealMutationVariables>;
export const AuthzExchangeRowsDropDealDocument = new TypedDocumentString(`
    mutation AuthzExchangeRowsDropDeal($input: DropDealInput!) {
  dropDeal(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzExchangeRowsDropDealMutation, AuthzExchangeRowsDropDealMutationVariables>;
export const AuthzImportsRowsImportSpreadsheetDocument = new TypedDocumentString(`
    mutation AuthzImportsRowsImportSpreadsheet($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) {
    applied
    created
    problems {
      row
      column
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzImportsRowsImportSpreadsheetMutation, AuthzImportsRowsImportSpreadsheetMutationVariables>;
export const AuthzIncubationApplyDocument = new TypedDocumentString(`
    mutation AuthzIncubationApply($input: ApplyToIncubationCohortInput!) {
  applyToIncubationCohort(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      version
      startup {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationApplyMutation, AuthzIncubationApplyMutationVariables>;
export const AuthzIncubationMoveDocument = new TypedDocumentString(`
    mutation AuthzIncubationMove($input: ChangeIncubationApplicationStatusInput!) {
  changeIncubationApplicationStatus(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationMoveMutation, AuthzIncubationMoveMutationVariables>;
export const AuthzIncubationSetUpProgrammeDocument = new TypedDocumentString(`
    mutation AuthzIncubationSetUpProgramme($input: CreateIncubationProgrammeInput!) {
  createIncubationProgramme(input: $input) {
    __typename
    ... on IncubationProgramme {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationSetUpProgrammeMutation, AuthzIncubationSetUpProgrammeMutationVariables>;
export const AuthzIncubationSetUpCohortDocument = new TypedDocumentString(`
    mutation AuthzIncubationSetUpCohort($input: CreateIncubationCohortInput!) {
  createIncubationCohort(input: $input) {
    __typename
    ... on IncubationCohort {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationSetUpCohortMutation, AuthzIncubationSetUpCohortMutationVariables>;
export const AuthzIncubationOpenDocument = new TypedDocumentString(`
    mutation AuthzIncubationOpen($input: UpdateIncubationCohortInput!) {
  updateIncubationCohort(input: $input) {
    __typename
    ... on IncubationCohort {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationOpenMutation, AuthzIncubationOpenMutationVariables>;
export const AuthzIncubationReportDocument = new TypedDocumentString(`
    mutation AuthzIncubationReport($input: AddIncubationReportInput!) {
  addIncubationReport(input: $input) {
    __typename
    ... on IncubationReport {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationReportMutation, AuthzIncubationReportMutationVariables>;
export const AuthzIncubationMentorDocument = new TypedDocumentString(`
    mutation AuthzIncubationMentor($input: AssignIncubationMentorInput!) {
  assignIncubationMentor(input: $input) {
    __typename
    ... on IncubationMentor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationMentorMutation, AuthzIncubationMentorMutationVariables>;
export const AuthzIncubationMilestoneDocument = new TypedDocumentString(`
    mutation AuthzIncubationMilestone($input: AddIncubationMilestoneInput!) {
  addIncubationMilestone(input: $input) {
    __typename
    ... on IncubationMilestone {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationMilestoneMutation, AuthzIncubationMilestoneMutationVariables>;
export const AuthzIncubationConsentDocument = new TypedDocumentString(`
    mutation AuthzIncubationConsent($input: SetIncubationConsentInput!) {
  setIncubationConsent(input: $input) {
    __typename
    ... on IncubationApplication {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationConsentMutation, AuthzIncubationConsentMutationVariables>;
export const AuthzIncubationProgrammeDocument = new TypedDocumentString(`
    query AuthzIncubationProgramme($id: ID!) {
  incubationProgramme(id: $id) {
    id
    cohorts {
      edges {
        node {
          id
          graduates {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationProgrammeQuery, AuthzIncubationProgrammeQueryVariables>;
export const AuthzIncubationProgrammesDocument = new TypedDocumentString(`
    query AuthzIncubationProgrammes($filter: IncubationProgrammeFilter) {
  incubationProgrammes(filter: $filter) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationProgrammesQuery, AuthzIncubationProgrammesQueryVariables>;
export const AuthzIncubationFileDocument = new TypedDocumentString(`
    query AuthzIncubationFile($id: ID!) {
  incubationApplication(id: $id) {
    id
    pitch
    decisionReason
    reports {
      jobs
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationFileQuery, AuthzIncubationFileQueryVariables>;
export const AuthzIncubationFilesDocument = new TypedDocumentString(`
    query AuthzIncubationFiles {
  incubationApplications(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationFilesQuery, AuthzIncubationFilesQueryVariables>;
export const AuthzIncubationOfStartupDocument = new TypedDocumentString(`
    query AuthzIncubationOfStartup($id: ID!) {
  organization(id: $id) {
    incubations {
      edges {
        node {
          id
          pitch
          mentors {
            current
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationOfStartupQuery, AuthzIncubationOfStartupQueryVariables>;
export const AuthzIncubationRowsCreateProgrammeDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsCreateProgramme($input: CreateIncubationProgrammeInput!) {
  createIncubationProgramme(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsCreateProgrammeMutation, AuthzIncubationRowsCreateProgrammeMutationVariables>;
export const AuthzIncubationRowsUpdateProgrammeDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsUpdateProgramme($input: UpdateIncubationProgrammeInput!) {
  updateIncubationProgramme(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsUpdateProgrammeMutation, AuthzIncubationRowsUpdateProgrammeMutationVariables>;
export const AuthzIncubationRowsCreateCohortDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsCreateCohort($input: CreateIncubationCohortInput!) {
  createIncubationCohort(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsCreateCohortMutation, AuthzIncubationRowsCreateCohortMutationVariables>;
export const AuthzIncubationRowsUpdateCohortDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsUpdateCohort($input: UpdateIncubationCohortInput!) {
  updateIncubationCohort(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsUpdateCohortMutation, AuthzIncubationRowsUpdateCohortMutationVariables>;
export const AuthzIncubationRowsApplyNewDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsApplyNew($input: ApplyToIncubationCohortInput!) {
  applyToIncubationCohort(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsApplyNewMutation, AuthzIncubationRowsApplyNewMutationVariables>;
export const AuthzIncubationRowsApplyAgainDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsApplyAgain($input: ApplyToIncubationCohortInput!) {
  applyToIncubationCohort(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsApplyAgainMutation, AuthzIncubationRowsApplyAgainMutationVariables>;
export const AuthzIncubationRowsDecideDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsDecide($input: ChangeIncubationApplicationStatusInput!) {
  changeIncubationApplicationStatus(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsDecideMutation, AuthzIncubationRowsDecideMutationVariables>;
export const AuthzIncubationRowsLeaveDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsLeave($input: ChangeIncubationApplicationStatusInput!) {
  changeIncubationApplicationStatus(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsLeaveMutation, AuthzIncubationRowsLeaveMutationVariables>;
export const AuthzIncubationRowsConsentDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsConsent($input: SetIncubationConsentInput!) {
  setIncubationConsent(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsConsentMutation, AuthzIncubationRowsConsentMutationVariables>;
export const AuthzIncubationRowsAssignMentorDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsAssignMentor($input: AssignIncubationMentorInput!) {
  assignIncubationMentor(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsAssignMentorMutation, AuthzIncubationRowsAssignMentorMutationVariables>;
export const AuthzIncubationRowsEndMentorDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsEndMentor($input: EndIncubationMentorInput!) {
  endIncubationMentor(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsEndMentorMutation, AuthzIncubationRowsEndMentorMutationVariables>;
export const AuthzIncubationRowsAddMilestoneDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsAddMilestone($input: AddIncubationMilestoneInput!) {
  addIncubationMilestone(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsAddMilestoneMutation, AuthzIncubationRowsAddMilestoneMutationVariables>;
export const AuthzIncubationRowsMarkMilestoneDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsMarkMilestone($input: MarkIncubationMilestoneInput!) {
  markIncubationMilestone(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsMarkMilestoneMutation, AuthzIncubationRowsMarkMilestoneMutationVariables>;
export const AuthzIncubationRowsAddReportDocument = new TypedDocumentString(`
    mutation AuthzIncubationRowsAddReport($input: AddIncubationReportInput!) {
  addIncubationReport(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIncubationRowsAddReportMutation, AuthzIncubationRowsAddReportMutationVariables>;
export const ReportIndicatorDocument = new TypedDocumentString(`
    mutation ReportIndicator($input: ReportIndicatorInput!) {
  reportIndicator(input: $input) {
    __typename
    ... on IndicatorMeasurement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReportIndicatorMutation, ReportIndicatorMutationVariables>;
export const IndicatorMeasurementsDocument = new TypedDocumentString(`
    query IndicatorMeasurements {
  indicatorMeasurements(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorMeasurementsQuery, IndicatorMeasurementsQueryVariables>;
export const CorrectIndicatorDocument = new TypedDocumentString(`
    mutation CorrectIndicator($input: CorrectIndicatorInput!) {
  correctIndicator(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<CorrectIndicatorMutation, CorrectIndicatorMutationVariables>;
export const ReviewIndicatorDocument = new TypedDocumentString(`
    mutation ReviewIndicator($input: ReviewIndicatorInput!) {
  reviewIndicator(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ReviewIndicatorMutation, ReviewIndicatorMutationVariables>;
export const IcfSelfAssessmentDocument = new TypedDocumentString(`
    query IcfSelfAssessment {
  icfSelfAssessment {
    fromYear
  }
}
    `) as unknown as TypedDocumentString<IcfSelfAssessmentQuery, IcfSelfAssessmentQueryVariables>;
export const CommercialisationFunnelDocument = new TypedDocumentString(`
    query CommercialisationFunnel {
  commercialisationFunnel {
    years {
      year
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationFunnelQuery, CommercialisationFunnelQueryVariables>;
export const TrlProgressionDocument = new TypedDocumentString(`
    query TrlProgression {
  trlProgression {
    technologies
  }
}
    `) as unknown as TypedDocumentString<TrlProgressionQuery, TrlProgressionQueryVariables>;
export const HelixContributionsDocument = new TypedDocumentString(`
    query HelixContributions {
  helixContributions {
    helix
  }
}
    `) as unknown as TypedDocumentString<HelixContributionsQuery, HelixContributionsQueryVariables>;
export const IcfFactorsDocument = new TypedDocumentString(`
    query IcfFactors {
  icfFactors {
    factor
  }
}
    `) as unknown as TypedDocumentString<IcfFactorsQuery, IcfFactorsQueryVariables>;
export const TripleHelixSynergyDocument = new TypedDocumentString(`
    query TripleHelixSynergy {
  tripleHelixSynergy {
    projects
  }
}
    `) as unknown as TypedDocumentString<TripleHelixSynergyQuery, TripleHelixSynergyQueryVariables>;
export const CollaborationNetworkDocument = new TypedDocumentString(`
    query CollaborationNetwork {
  collaborationNetwork {
    density
  }
}
    `) as unknown as TypedDocumentString<CollaborationNetworkQuery, CollaborationNetworkQueryVariables>;
export const BridgingOrganizationsDocument = new TypedDocumentString(`
    query BridgingOrganizations {
  bridgingOrganizations {
    rank
  }
}
    `) as unknown as TypedDocumentString<BridgingOrganizationsQuery, BridgingOrganizationsQueryVariables>;
export const AuthzIntegrationsRowsCreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation AuthzIntegrationsRowsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ... on WebhookEndpointWithSecret {
      endpoint {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsCreateWebhookEndpointMutation, AuthzIntegrationsRowsCreateWebhookEndpointMutationVariables>;
export const AuthzIntegrationsRowsJobQueuesDocument = new TypedDocumentString(`
    query AuthzIntegrationsRowsJobQueues {
  jobQueues {
    name
    waiting
    failed
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsJobQueuesQuery, AuthzIntegrationsRowsJobQueuesQueryVariables>;
export const AuthzIntegrationsRowsWebhookEndpointsDocument = new TypedDocumentString(`
    query AuthzIntegrationsRowsWebhookEndpoints($id: ID) {
  organization(id: $id) {
    webhookEndpoints {
      id
      deliveries(first: 5) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsWebhookEndpointsQuery, AuthzIntegrationsRowsWebhookEndpointsQueryVariables>;
export const AuthzIntegrationsRowsUpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation AuthzIntegrationsRowsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsUpdateWebhookEndpointMutation, AuthzIntegrationsRowsUpdateWebhookEndpointMutationVariables>;
export const AuthzIntegrationsRowsRotateWebhookSecretDocument = new TypedDocumentString(`
    mutation AuthzIntegrationsRowsRotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsRotateWebhookSecretMutation, AuthzIntegrationsRowsRotateWebhookSecretMutationVariables>;
export const AuthzIntegrationsRowsSendTestWebhookDocument = new TypedDocumentString(`
    mutation AuthzIntegrationsRowsSendTestWebhook($id: ID!) {
  sendTestWebhook(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsSendTestWebhookMutation, AuthzIntegrationsRowsSendTestWebhookMutationVariables>;
export const AuthzIntegrationsRowsRedeliverWebhookDocument = new TypedDocumentString(`
    mutation AuthzIntegrationsRowsRedeliverWebhook($id: ID!) {
  redeliverWebhook(deliveryId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsRedeliverWebhookMutation, AuthzIntegrationsRowsRedeliverWebhookMutationVariables>;
export const AuthzIntegrationsRowsRemoveWebhookEndpointDocument = new TypedDocumentString(`
    mutation AuthzIntegrationsRowsRemoveWebhookEndpoint($id: ID!) {
  removeWebhookEndpoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzIntegrationsRowsRemoveWebhookEndpointMutation, AuthzIntegrationsRowsRemoveWebhookEndpointMutationVariables>;
export const CreatePartnershipDocument = new TypedDocumentString(`
    mutation CreatePartnership($input: CreatePartnershipInput!) {
  createPartnership(input: $input) {
    __typename
    ... on Partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartnershipMutation, CreatePartnershipMutationVariables>;
export const AcceptPartnershipDocument = new TypedDocumentString(`
    mutation AcceptPartnership($id: ID!) {
  acceptPartnership(partnershipId: $id) {
    __typename
    ... on Partnership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptPartnershipMutation, AcceptPartnershipMutationVariables>;
export const ChangePartnershipStatusDocument = new TypedDocumentString(`
    mutation ChangePartnershipStatus($id: ID!) {
  changePartnershipStatus(id: $id, status: ACTIVE) {
    __typename
    ... on Partnership {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ChangePartnershipStatusMutation, ChangePartnershipStatusMutationVariables>;
export const UpdatePartnershipDocument = new TypedDocumentString(`
    mutation UpdatePartnership($input: UpdatePartnershipInput!) {
  updatePartnership(input: $input) {
    __typename
    ... on PartnershipAmendment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const PartnershipDocument = new TypedDocumentString(`
    query Partnership($id: ID!) {
  partnership(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartnershipQuery, PartnershipQueryVariables>;
export const PartnershipsDocument = new TypedDocumentString(`
    query Partnerships {
  partnerships(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsQuery, PartnershipsQueryVariables>;
export const AuthzPartnershipsRowsPartnershipDocument = new TypedDocumentString(`
    query AuthzPartnershipsRowsPartnership($id: ID!) {
  partnership(id: $id) {
    consents {
      organizationId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzPartnershipsRowsPartnershipQuery, AuthzPartnershipsRowsPartnershipQueryVariables>;
export const AuthzPartnershipsRowsUpdatePartnershipDocument = new TypedDocumentString(`
    mutation AuthzPartnershipsRowsUpdatePartnership($input: UpdatePartnershipInput!) {
  updatePartnership(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzPartnershipsRowsUpdatePartnershipMutation, AuthzPartnershipsRowsUpdatePartnershipMutationVariables>;
export const AuthzPartnershipsRowsChangePartnershipStatusDocument = new TypedDocumentString(`
    mutation AuthzPartnershipsRowsChangePartnershipStatus($id: ID!) {
  changePartnershipStatus(id: $id, status: ACTIVE) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzPartnershipsRowsChangePartnershipStatusMutation, AuthzPartnershipsRowsChangePartnershipStatusMutationVariables>;
export const AuthzPartnershipsRowsAcceptPartnershipDocument = new TypedDocumentString(`
    mutation AuthzPartnershipsRowsAcceptPartnership($id: ID!) {
  acceptPartnership(partnershipId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzPartnershipsRowsAcceptPartnershipMutation, AuthzPartnershipsRowsAcceptPartnershipMutationVariables>;
export const DeclinePartnershipDocument = new TypedDocumentString(`
    mutation DeclinePartnership($id: ID!) {
  declinePartnership(partnershipId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeclinePartnershipMutation, DeclinePartnershipMutationVariables>;
export const AddPartnershipPartyDocument = new TypedDocumentString(`
    mutation AddPartnershipParty($p: ID!, $o: ID!) {
  addPartnershipParty(partnershipId: $p, organizationId: $o) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AddPartnershipPartyMutation, AddPartnershipPartyMutationVariables>;
export const RemovePartnershipPartyDocument = new TypedDocumentString(`
    mutation RemovePartnershipParty($p: ID!, $o: ID!) {
  removePartnershipParty(partnershipId: $p, organizationId: $o) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RemovePartnershipPartyMutation, RemovePartnershipPartyMutationVariables>;
export const AuthzPartnershipsRowsPartnership2Document = new TypedDocumentString(`
    query AuthzPartnershipsRowsPartnership2($id: ID!) {
  partnership(id: $id) {
    amendment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzPartnershipsRowsPartnership2Query, AuthzPartnershipsRowsPartnership2QueryVariables>;
export const AcceptPartnershipAmendmentDocument = new TypedDocumentString(`
    mutation AcceptPartnershipAmendment($id: ID!) {
  acceptPartnershipAmendment(amendmentId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AcceptPartnershipAmendmentMutation, AcceptPartnershipAmendmentMutationVariables>;
export const DeclinePartnershipAmendmentDocument = new TypedDocumentString(`
    mutation DeclinePartnershipAmendment($id: ID!) {
  declinePartnershipAmendment(amendmentId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeclinePartnershipAmendmentMutation, DeclinePartnershipAmendmentMutationVariables>;
export const AuthzProjectsRowsCreateProjectDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      participants {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsCreateProjectMutation, AuthzProjectsRowsCreateProjectMutationVariables>;
export const RequestProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation RequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) {
  requestProgrammeAttachment(input: $input) {
    __typename
    ... on ProgrammeAttachmentRequest {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RequestProgrammeAttachmentMutation, RequestProgrammeAttachmentMutationVariables>;
export const AuthzProjectsRowsInviteParticipantDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsInviteParticipant($input: InviteParticipantInput!) {
  inviteParticipant(input: $input) {
    __typename
    ... on ProjectParticipant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsInviteParticipantMutation, AuthzProjectsRowsInviteParticipantMutationVariables>;
export const AddMilestoneDocument = new TypedDocumentString(`
    mutation AddMilestone($input: AddMilestoneInput!) {
  addMilestone(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const AuthzProjectsRowsCreateTechnologyDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsCreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on Technology {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsCreateTechnologyMutation, AuthzProjectsRowsCreateTechnologyMutationVariables>;
export const AuthzProjectsRowsAssessTrlDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsAssessTrl($input: AssessTrlInput!) {
  assessTrl(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsAssessTrlMutation, AuthzProjectsRowsAssessTrlMutationVariables>;
export const AuthzProjectsRowsCreateProgrammeDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsCreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    __typename
    ... on Programme {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsCreateProgrammeMutation, AuthzProjectsRowsCreateProgrammeMutationVariables>;
export const ProgrammesDocument = new TypedDocumentString(`
    query Programmes {
  programmes {
    id
  }
}
    `) as unknown as TypedDocumentString<ProgrammesQuery, ProgrammesQueryVariables>;
export const AuthzProjectsRowsProjectDocument = new TypedDocumentString(`
    query AuthzProjectsRowsProject($id: ID) {
  project(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProjectQuery, AuthzProjectsRowsProjectQueryVariables>;
export const AuthzProjectsRowsProjectsDocument = new TypedDocumentString(`
    query AuthzProjectsRowsProjects {
  projects(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProjectsQuery, AuthzProjectsRowsProjectsQueryVariables>;
export const AuthzProjectsRowsProject2Document = new TypedDocumentString(`
    query AuthzProjectsRowsProject2($id: ID) {
  project(id: $id) {
    budget {
      amount
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProject2Query, AuthzProjectsRowsProject2QueryVariables>;
export const AuthzProjectsRowsProject3Document = new TypedDocumentString(`
    query AuthzProjectsRowsProject3($id: ID) {
  project(id: $id) {
    contributionsByHelix {
      helix
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProject3Query, AuthzProjectsRowsProject3QueryVariables>;
export const AuthzProjectsRowsProject4Document = new TypedDocumentString(`
    query AuthzProjectsRowsProject4($id: ID) {
  project(id: $id) {
    trlGained
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProject4Query, AuthzProjectsRowsProject4QueryVariables>;
export const AuthzProjectsRowsProject5Document = new TypedDocumentString(`
    query AuthzProjectsRowsProject5($id: ID) {
  project(id: $id) {
    participants {
      contribution {
        cash {
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProject5Query, AuthzProjectsRowsProject5QueryVariables>;
export const AuthzProjectsRowsCreateProgramme2Document = new TypedDocumentString(`
    mutation AuthzProjectsRowsCreateProgramme2($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsCreateProgramme2Mutation, AuthzProjectsRowsCreateProgramme2MutationVariables>;
export const AuthzProjectsRowsUpdateProjectDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsUpdateProjectMutation, AuthzProjectsRowsUpdateProjectMutationVariables>;
export const TransitionProjectDocument = new TypedDocumentString(`
    mutation TransitionProject($input: TransitionProjectInput!) {
  transitionProject(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<TransitionProjectMutation, TransitionProjectMutationVariables>;
export const UpdateMilestoneDocument = new TypedDocumentString(`
    mutation UpdateMilestone($input: UpdateMilestoneInput!) {
  updateMilestone(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const UpdateParticipantDocument = new TypedDocumentString(`
    mutation UpdateParticipant($input: UpdateParticipantInput!) {
  updateParticipant(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UpdateParticipantMutation, UpdateParticipantMutationVariables>;
export const RemoveParticipantDocument = new TypedDocumentString(`
    mutation RemoveParticipant($id: ID!) {
  removeParticipant(participantId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const TransferCoordinationDocument = new TypedDocumentString(`
    mutation TransferCoordination($id: ID!) {
  transferCoordination(participantId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<TransferCoordinationMutation, TransferCoordinationMutationVariables>;
export const AuthzProjectsRowsAcceptParticipationDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsAcceptParticipation($id: ID!) {
  acceptParticipation(participantId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsAcceptParticipationMutation, AuthzProjectsRowsAcceptParticipationMutationVariables>;
export const DeclineParticipationDocument = new TypedDocumentString(`
    mutation DeclineParticipation($id: ID!) {
  declineParticipation(participantId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeclineParticipationMutation, DeclineParticipationMutationVariables>;
export const LeaveProjectDocument = new TypedDocumentString(`
    mutation LeaveProject($id: ID!) {
  leaveProject(participantId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LeaveProjectMutation, LeaveProjectMutationVariables>;
export const AuthzProjectsRowsProgrammesDocument = new TypedDocumentString(`
    query AuthzProjectsRowsProgrammes {
  programmes {
    id
    attachmentRequests(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProgrammesQuery, AuthzProjectsRowsProgrammesQueryVariables>;
export const AuthzProjectsRowsProject6Document = new TypedDocumentString(`
    query AuthzProjectsRowsProject6($id: ID) {
  project(id: $id) {
    programmeRequests {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsProject6Query, AuthzProjectsRowsProject6QueryVariables>;
export const AuthzProjectsRowsRequestProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation AuthzProjectsRowsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) {
  requestProgrammeAttachment(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzProjectsRowsRequestProgrammeAttachmentMutation, AuthzProjectsRowsRequestProgrammeAttachmentMutationVariables>;
export const AcceptProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation AcceptProgrammeAttachment($id: ID!) {
  acceptProgrammeAttachment(requestId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AcceptProgrammeAttachmentMutation, AcceptProgrammeAttachmentMutationVariables>;
export const DeclineProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation DeclineProgrammeAttachment($id: ID!) {
  declineProgrammeAttachment(requestId: $id, reason: "Sample data") {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeclineProgrammeAttachmentMutation, DeclineProgrammeAttachmentMutationVariables>;
export const WithdrawProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation WithdrawProgrammeAttachment($id: ID!) {
  withdrawProgrammeAttachment(requestId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<WithdrawProgrammeAttachmentMutation, WithdrawProgrammeAttachmentMutationVariables>;
export const AuthzSubscriptionsUpdateProjectDocument = new TypedDocumentString(`
    mutation AuthzSubscriptionsUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on Project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSubscriptionsUpdateProjectMutation, AuthzSubscriptionsUpdateProjectMutationVariables>;
export const AuthzSubscriptionsRowsCreateProjectDocument = new TypedDocumentString(`
    mutation AuthzSubscriptionsRowsCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzSubscriptionsRowsCreateProjectMutation, AuthzSubscriptionsRowsCreateProjectMutationVariables>;
export const OrganizationActivityDocument = new TypedDocumentString(`
    subscription OrganizationActivity($id: ID!) {
  organizationActivity(organizationId: $id) {
    organizationId
    action
  }
}
    `) as unknown as TypedDocumentString<OrganizationActivitySubscription, OrganizationActivitySubscriptionVariables>;
export const ProjectChangedDocument = new TypedDocumentString(`
    subscription ProjectChanged($id: ID!) {
  projectChanged(projectId: $id) {
    projectId
    action
  }
}
    `) as unknown as TypedDocumentString<ProjectChangedSubscription, ProjectChangedSubscriptionVariables>;
export const AuthzTalentRowsProposePlacementDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsProposePlacement($input: ProposePlacementInput!) {
  proposePlacement(input: $input) {
    __typename
    ... on Placement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsProposePlacementMutation, AuthzTalentRowsProposePlacementMutationVariables>;
export const AuthzTalentRowsCreateTrainingProgrammeDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsCreateTrainingProgramme($input: CreateTrainingProgrammeInput!) {
  createTrainingProgramme(input: $input) {
    __typename
    ... on TrainingProgramme {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsCreateTrainingProgrammeMutation, AuthzTalentRowsCreateTrainingProgrammeMutationVariables>;
export const AuthzTalentRowsInviteTrainingPartnerDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsInviteTrainingPartner($input: InviteTrainingPartnerInput!) {
  inviteTrainingPartner(input: $input) {
    __typename
    ... on TrainingPartner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsInviteTrainingPartnerMutation, AuthzTalentRowsInviteTrainingPartnerMutationVariables>;
export const AuthzTalentRowsWithdrawFixtureDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsWithdrawFixture($id: ID!) {
  withdrawPlacement(id: $id) {
    __typename
    ... on Placement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsWithdrawFixtureMutation, AuthzTalentRowsWithdrawFixtureMutationVariables>;
export const AuthzTalentRowsAcceptFixtureDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsAcceptFixture($input: AnswerTrainingInvitationInput!) {
  answerTrainingInvitation(input: $input) {
    __typename
    ... on TrainingPartner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsAcceptFixtureMutation, AuthzTalentRowsAcceptFixtureMutationVariables>;
export const AuthzTalentRowsPlacementDocument = new TypedDocumentString(`
    query AuthzTalentRowsPlacement($id: ID!) {
  placement(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsPlacementQuery, AuthzTalentRowsPlacementQueryVariables>;
export const AuthzTalentRowsPlacementsDocument = new TypedDocumentString(`
    query AuthzTalentRowsPlacements {
  placements(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsPlacementsQuery, AuthzTalentRowsPlacementsQueryVariables>;
export const AuthzTalentRowsOrganizationPlacementsDocument = new TypedDocumentString(`
    query AuthzTalentRowsOrganizationPlacements($id: ID!) {
  organization(id: $id) {
    placements(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsOrganizationPlacementsQuery, AuthzTalentRowsOrganizationPlacementsQueryVariables>;
export const AuthzTalentRowsWithdrawnPersonDocument = new TypedDocumentString(`
    query AuthzTalentRowsWithdrawnPerson($id: ID!) {
  placement(id: $id) {
    person {
      id
    }
    title
    topic
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsWithdrawnPersonQuery, AuthzTalentRowsWithdrawnPersonQueryVariables>;
export const AuthzTalentRowsPersonDocument = new TypedDocumentString(`
    query AuthzTalentRowsPerson($id: ID!) {
  placement(id: $id) {
    person {
      id
    }
    title
    topic
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsPersonQuery, AuthzTalentRowsPersonQueryVariables>;
export const AuthzTalentRowsUpdatePlacementDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsUpdatePlacement($input: UpdatePlacementInput!) {
  updatePlacement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsUpdatePlacementMutation, AuthzTalentRowsUpdatePlacementMutationVariables>;
export const AuthzTalentRowsAgreePlacementDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsAgreePlacement($input: AgreePlacementInput!) {
  agreePlacement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsAgreePlacementMutation, AuthzTalentRowsAgreePlacementMutationVariables>;
export const AuthzTalentRowsChangePlacementStatusDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsChangePlacementStatus($input: ChangePlacementStatusInput!) {
  changePlacementStatus(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsChangePlacementStatusMutation, AuthzTalentRowsChangePlacementStatusMutationVariables>;
export const AuthzTalentRowsWithdrawPlacementDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsWithdrawPlacement($id: ID!) {
  withdrawPlacement(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsWithdrawPlacementMutation, AuthzTalentRowsWithdrawPlacementMutationVariables>;
export const AuthzTalentRowsTalentFlowsDocument = new TypedDocumentString(`
    query AuthzTalentRowsTalentFlows {
  talentFlows {
    cells {
      year
      placements
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsTalentFlowsQuery, AuthzTalentRowsTalentFlowsQueryVariables>;
export const AuthzTalentRowsTrainingProgrammesDocument = new TypedDocumentString(`
    query AuthzTalentRowsTrainingProgrammes {
  trainingProgrammes(first: 100) {
    edges {
      node {
        id
        partners {
          status
          contributions {
            year
          }
        }
        intakes {
          year
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsTrainingProgrammesQuery, AuthzTalentRowsTrainingProgrammesQueryVariables>;
export const AuthzTalentRowsTrainingProgrammeDocument = new TypedDocumentString(`
    query AuthzTalentRowsTrainingProgramme($id: ID!) {
  trainingProgramme(id: $id) {
    id
    runner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsTrainingProgrammeQuery, AuthzTalentRowsTrainingProgrammeQueryVariables>;
export const AuthzTalentRowsUpdateTrainingProgrammeDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsUpdateTrainingProgramme($input: UpdateTrainingProgrammeInput!) {
  updateTrainingProgramme(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsUpdateTrainingProgrammeMutation, AuthzTalentRowsUpdateTrainingProgrammeMutationVariables>;
export const AuthzTalentRowsRecordTrainingIntakeDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsRecordTrainingIntake($input: RecordTrainingIntakeInput!) {
  recordTrainingIntake(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsRecordTrainingIntakeMutation, AuthzTalentRowsRecordTrainingIntakeMutationVariables>;
export const AuthzTalentRowsAnswerTrainingInvitationDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsAnswerTrainingInvitation($input: AnswerTrainingInvitationInput!) {
  answerTrainingInvitation(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsAnswerTrainingInvitationMutation, AuthzTalentRowsAnswerTrainingInvitationMutationVariables>;
export const AuthzTalentRowsRecordTrainingContributionDocument = new TypedDocumentString(`
    mutation AuthzTalentRowsRecordTrainingContribution($input: RecordTrainingContributionInput!) {
  recordTrainingContribution(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTalentRowsRecordTrainingContributionMutation, AuthzTalentRowsRecordTrainingContributionMutationVariables>;
export const AuthzTechnologiesRowsCreateTechnologyDocument = new TypedDocumentString(`
    mutation AuthzTechnologiesRowsCreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on Technology {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsCreateTechnologyMutation, AuthzTechnologiesRowsCreateTechnologyMutationVariables>;
export const AuthzTechnologiesRowsSetTechnologyOwnersDocument = new TypedDocumentString(`
    mutation AuthzTechnologiesRowsSetTechnologyOwners($input: SetTechnologyOwnersInput!) {
  setTechnologyOwners(input: $input) {
    __typename
    ... on TechnologyOwnersProposal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsSetTechnologyOwnersMutation, AuthzTechnologiesRowsSetTechnologyOwnersMutationVariables>;
export const CreateDisclosureDocument = new TypedDocumentString(`
    mutation CreateDisclosure($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) {
    __typename
    ... on InventionDisclosure {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDisclosureMutation, CreateDisclosureMutationVariables>;
export const FileIpProtectionDocument = new TypedDocumentString(`
    mutation FileIpProtection($input: FileIpProtectionInput!) {
  fileIpProtection(input: $input) {
    __typename
    ... on IpFiling {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FileIpProtectionMutation, FileIpProtectionMutationVariables>;
export const TechnologyDocument = new TypedDocumentString(`
    query Technology($id: ID) {
  technology(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<TechnologyQuery, TechnologyQueryVariables>;
export const AuthzTechnologiesRowsTechnologiesDocument = new TypedDocumentString(`
    query AuthzTechnologiesRowsTechnologies {
  technologies(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsTechnologiesQuery, AuthzTechnologiesRowsTechnologiesQueryVariables>;
export const AuthzTechnologiesRowsTechnologyDocument = new TypedDocumentString(`
    query AuthzTechnologiesRowsTechnology($id: ID) {
  technology(id: $id) {
    ownersProposal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsTechnologyQuery, AuthzTechnologiesRowsTechnologyQueryVariables>;
export const AuthzTechnologiesRowsUpdateTechnologyDocument = new TypedDocumentString(`
    mutation AuthzTechnologiesRowsUpdateTechnology($input: UpdateTechnologyInput!) {
  updateTechnology(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsUpdateTechnologyMutation, AuthzTechnologiesRowsUpdateTechnologyMutationVariables>;
export const AuthzTechnologiesRowsAssessTrlDocument = new TypedDocumentString(`
    mutation AuthzTechnologiesRowsAssessTrl($input: AssessTrlInput!) {
  assessTrl(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsAssessTrlMutation, AuthzTechnologiesRowsAssessTrlMutationVariables>;
export const AuthzTechnologiesRowsSetTechnologyInventorsDocument = new TypedDocumentString(`
    mutation AuthzTechnologiesRowsSetTechnologyInventors($input: SetTechnologyInventorsInput!) {
  setTechnologyInventors(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsSetTechnologyInventorsMutation, AuthzTechnologiesRowsSetTechnologyInventorsMutationVariables>;
export const AcceptTechnologyOwnersDocument = new TypedDocumentString(`
    mutation AcceptTechnologyOwners($id: ID!) {
  acceptTechnologyOwners(proposalId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AcceptTechnologyOwnersMutation, AcceptTechnologyOwnersMutationVariables>;
export const DeclineTechnologyOwnersDocument = new TypedDocumentString(`
    mutation DeclineTechnologyOwners($id: ID!) {
  declineTechnologyOwners(proposalId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DeclineTechnologyOwnersMutation, DeclineTechnologyOwnersMutationVariables>;
export const DisclosureDocument = new TypedDocumentString(`
    query Disclosure($id: ID!) {
  disclosure(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<DisclosureQuery, DisclosureQueryVariables>;
export const DisclosuresDocument = new TypedDocumentString(`
    query Disclosures {
  disclosures(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisclosuresQuery, DisclosuresQueryVariables>;
export const MyDisclosuresDocument = new TypedDocumentString(`
    query MyDisclosures {
  myDisclosures(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyDisclosuresQuery, MyDisclosuresQueryVariables>;
export const AuthzTechnologiesRowsCreateDisclosureDocument = new TypedDocumentString(`
    mutation AuthzTechnologiesRowsCreateDisclosure($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsCreateDisclosureMutation, AuthzTechnologiesRowsCreateDisclosureMutationVariables>;
export const UpdateDisclosureDocument = new TypedDocumentString(`
    mutation UpdateDisclosure($input: UpdateDisclosureInput!) {
  updateDisclosure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UpdateDisclosureMutation, UpdateDisclosureMutationVariables>;
export const SubmitDisclosureDocument = new TypedDocumentString(`
    mutation SubmitDisclosure($input: DisclosureStepInput!) {
  submitDisclosure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SubmitDisclosureMutation, SubmitDisclosureMutationVariables>;
export const StartDisclosureEvaluationDocument = new TypedDocumentString(`
    mutation StartDisclosureEvaluation($input: DisclosureStepInput!) {
  startDisclosureEvaluation(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<StartDisclosureEvaluationMutation, StartDisclosureEvaluationMutationVariables>;
export const DecideDisclosureDocument = new TypedDocumentString(`
    mutation DecideDisclosure($input: DecideDisclosureInput!) {
  decideDisclosure(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DecideDisclosureMutation, DecideDisclosureMutationVariables>;
export const DiscloseInventionDocument = new TypedDocumentString(`
    mutation DiscloseInvention($input: DiscloseInventionInput!) {
  discloseInvention(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<DiscloseInventionMutation, DiscloseInventionMutationVariables>;
export const IpFilingDocument = new TypedDocumentString(`
    query IpFiling($id: ID!) {
  ipFiling(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<IpFilingQuery, IpFilingQueryVariables>;
export const IpFilingsDocument = new TypedDocumentString(`
    query IpFilings {
  ipFilings(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IpFilingsQuery, IpFilingsQueryVariables>;
export const UpcomingDeadlinesDocument = new TypedDocumentString(`
    query UpcomingDeadlines {
  upcomingDeadlines(withinDays: 3650, first: 500) {
    filing {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpcomingDeadlinesQuery, UpcomingDeadlinesQueryVariables>;
export const AuthzTechnologiesRowsFileIpProtectionDocument = new TypedDocumentString(`
    mutation AuthzTechnologiesRowsFileIpProtection($input: FileIpProtectionInput!) {
  fileIpProtection(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AuthzTechnologiesRowsFileIpProtectionMutation, AuthzTechnologiesRowsFileIpProtectionMutationVariables>;
export const UpdateIpFilingDocument = new TypedDocumentString(`
    mutation UpdateIpFiling($input: UpdateIpFilingInput!) {
  updateIpFiling(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UpdateIpFilingMutation, UpdateIpFilingMutationVariables>;
export const TransitionIpFilingDocument = new TypedDocumentString(`
    mutation TransitionIpFiling($input: TransitionIpFilingInput!) {
  transitionIpFiling(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<TransitionIpFilingMutation, TransitionIpFilingMutationVariables>;
export const BrowserAccessTypenameDocument = new TypedDocumentString(`
    query BrowserAccessTypename {
  __typename
}
    `) as unknown as TypedDocumentString<BrowserAccessTypenameQuery, BrowserAccessTypenameQueryVariables>;
export const CommercialisationJourneyCreateTechnologyDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyCreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on Technology {
      id
      code
      version
      currentTrl
      owners {
        organization {
          slug
        }
        share
        validFrom
      }
      inventors {
        id
        share
        externalName
        user {
          id
        }
        affiliationOrganization {
          slug
        }
      }
      projects {
        code
      }
    }
    ... on SharesDoNotTotalError {
      subject
      total
      day
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyCreateTechnologyMutation, CommercialisationJourneyCreateTechnologyMutationVariables>;
export const CommercialisationJourneyCreateDisclosureDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyCreateDisclosure($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) {
    __typename
    ...CommercialisationJourneyDisclosure
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyDisclosure on InventionDisclosure {
  id
  status
  decision
  version
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyCreateDisclosureMutation, CommercialisationJourneyCreateDisclosureMutationVariables>;
export const CommercialisationJourneySubmitDisclosureDocument = new TypedDocumentString(`
    mutation CommercialisationJourneySubmitDisclosure($input: DisclosureStepInput!) {
  submitDisclosure(input: $input) {
    __typename
    ...CommercialisationJourneyDisclosure
    ...CommercialisationJourneyError
    ... on InvalidDisclosureTransitionError {
      allowedStatuses
    }
    ... on SharesDoNotTotalError {
      subject
      total
    }
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyDisclosure on InventionDisclosure {
  id
  status
  decision
  version
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneySubmitDisclosureMutation, CommercialisationJourneySubmitDisclosureMutationVariables>;
export const CommercialisationJourneyStartDisclosureEvaluationDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyStartDisclosureEvaluation($input: DisclosureStepInput!) {
  startDisclosureEvaluation(input: $input) {
    __typename
    ...CommercialisationJourneyDisclosure
    ...CommercialisationJourneyError
    ... on InvalidDisclosureTransitionError {
      allowedStatuses
    }
    ... on SharesDoNotTotalError {
      subject
      total
    }
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyDisclosure on InventionDisclosure {
  id
  status
  decision
  version
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyStartDisclosureEvaluationMutation, CommercialisationJourneyStartDisclosureEvaluationMutationVariables>;
export const CommercialisationJourneyDecideDisclosureDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyDecideDisclosure($input: DecideDisclosureInput!) {
  decideDisclosure(input: $input) {
    __typename
    ...CommercialisationJourneyDisclosure
    ...CommercialisationJourneyError
    ... on InvalidDisclosureTransitionError {
      allowedStatuses
    }
    ... on SharesDoNotTotalError {
      subject
      total
    }
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyDisclosure on InventionDisclosure {
  id
  status
  decision
  version
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyDecideDisclosureMutation, CommercialisationJourneyDecideDisclosureMutationVariables>;
export const CommercialisationJourneyAdvanceDealDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyAdvanceDeal($input: AdvanceDealInput!) {
  advanceDeal(input: $input) {
    __typename
    ...CommercialisationJourneyDeal
    ...CommercialisationJourneyError
    ... on InvalidDealTransitionError {
      allowedStages
    }
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyDeal on Deal {
  id
  stage
  version
  agreementId
  broker {
    slug
  }
  provider {
    slug
  }
  seeker {
    slug
  }
  history {
    from
    to
    byName
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyAdvanceDealMutation, CommercialisationJourneyAdvanceDealMutationVariables>;
export const CommercialisationJourneyAgreementDocument = new TypedDocumentString(`
    query CommercialisationJourneyAgreement($id: ID!) {
  agreement(id: $id) {
    code
    status
    licensee {
      slug
    }
    terms {
      currency
      upfrontFee {
        amount
      }
      royaltyRate
    }
    receipts {
      kind
      amount {
        amount
        currency
      }
      receivedOn
      distributionId
    }
    costs {
      kind
      amount {
        amount
      }
      filingReference
      distributionId
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyAgreementQuery, CommercialisationJourneyAgreementQueryVariables>;
export const CommercialisationJourneyAcceptInvitationDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on AcceptedInvitation {
      membership {
        role
      }
      session {
        accessToken
        refreshToken
        user {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyAcceptInvitationMutation, CommercialisationJourneyAcceptInvitationMutationVariables>;
export const CommercialisationJourneyCreateOrganizationDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on Organization {
      id
      kind
      helix
      verified
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyCreateOrganizationMutation, CommercialisationJourneyCreateOrganizationMutationVariables>;
export const CommercialisationJourneyVerifyOrganizationDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyVerifyOrganizationMutation, CommercialisationJourneyVerifyOrganizationMutationVariables>;
export const CommercialisationJourneyCreateProjectDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      version
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyCreateProjectMutation, CommercialisationJourneyCreateProjectMutationVariables>;
export const CommercialisationJourneyInviteParticipantDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyInviteParticipant($input: InviteParticipantInput!) {
  inviteParticipant(input: $input) {
    __typename
    ... on ProjectParticipant {
      id
      status
      role
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyInviteParticipantMutation, CommercialisationJourneyInviteParticipantMutationVariables>;
export const CommercialisationJourneyAcceptParticipationDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyAcceptParticipation($id: ID!) {
  acceptParticipation(participantId: $id) {
    __typename
    ... on ProjectParticipant {
      id
      status
      role
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyAcceptParticipationMutation, CommercialisationJourneyAcceptParticipationMutationVariables>;
export const CommercialisationJourneyProjectDocument = new TypedDocumentString(`
    query CommercialisationJourneyProject($id: ID) {
  project(id: $id) {
    isTripleHelix
    helices
    participants {
      role
      organization {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyProjectQuery, CommercialisationJourneyProjectQueryVariables>;
export const CommercialisationJourneyAssessTrlDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyAssessTrl($input: AssessTrlInput!) {
  assessTrl(input: $input) {
    __typename
    ... on Technology {
      currentTrl
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyAssessTrlMutation, CommercialisationJourneyAssessTrlMutationVariables>;
export const CommercialisationJourneyTechnologyDocument = new TypedDocumentString(`
    query CommercialisationJourneyTechnology($id: ID) {
  technology(id: $id) {
    currentTrl
    trlHistory {
      level
      assessedOn
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyTechnologyQuery, CommercialisationJourneyTechnologyQueryVariables>;
export const CommercialisationJourneySetTechnologyInventorsDocument = new TypedDocumentString(`
    mutation CommercialisationJourneySetTechnologyInventors($input: SetTechnologyInventorsInput!) {
  setTechnologyInventors(input: $input) {
    __typename
    ... on SharesDoNotTotalError {
      subject
      total
    }
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneySetTechnologyInventorsMutation, CommercialisationJourneySetTechnologyInventorsMutationVariables>;
export const CommercialisationJourneyMyDisclosuresDocument = new TypedDocumentString(`
    query CommercialisationJourneyMyDisclosures {
  myDisclosures {
    edges {
      node {
        title
        status
        decision
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyMyDisclosuresQuery, CommercialisationJourneyMyDisclosuresQueryVariables>;
export const CommercialisationJourneyFileIpProtectionDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyFileIpProtection($input: FileIpProtectionInput!) {
  fileIpProtection(input: $input) {
    __typename
    ...CommercialisationJourneyFiling
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyFiling on IpFiling {
  id
  type
  jurisdiction
  applicationNumber
  priorityDate
  filingDate
  status
  deadlines {
    kind
    dueOn
    daysLeft
    legalSource
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyFileIpProtectionMutation, CommercialisationJourneyFileIpProtectionMutationVariables>;
export const CommercialisationJourneyUpcomingDeadlinesDocument = new TypedDocumentString(`
    query CommercialisationJourneyUpcomingDeadlines($within: Int!, $organizationId: ID) {
  upcomingDeadlines(withinDays: $within, organizationId: $organizationId) {
    kind
    dueOn
    daysLeft
    legalSource
    filing {
      id
      applicationNumber
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyUpcomingDeadlinesQuery, CommercialisationJourneyUpcomingDeadlinesQueryVariables>;
export const CommercialisationJourneyCreateOfferDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ...CommercialisationJourneyOffer
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyOffer on TechnologyOffer {
  id
  title
  summary
  details
  price {
    amount
    currency
  }
  priceNote
  trl
  status
  version
  organization {
    slug
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyCreateOfferMutation, CommercialisationJourneyCreateOfferMutationVariables>;
export const CommercialisationJourneyPublishOfferDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyPublishOffer($input: PublishExchangeItemInput!) {
  publishOffer(input: $input) {
    __typename
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}`) as unknown as TypedDocumentString<CommercialisationJourneyPublishOfferMutation, CommercialisationJourneyPublishOfferMutationVariables>;
export const CommercialisationJourneyPublishDemandDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyPublishDemand($input: PublishExchangeItemInput!) {
  publishDemand(input: $input) {
    __typename
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}`) as unknown as TypedDocumentString<CommercialisationJourneyPublishDemandMutation, CommercialisationJourneyPublishDemandMutationVariables>;
export const JourneyAssessAirSensorDocument = new TypedDocumentString(`
    mutation JourneyAssessAirSensor($input: AssessTrlInput!) {
  assessTrl(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<JourneyAssessAirSensorMutation, JourneyAssessAirSensorMutationVariables>;
export const CommercialisationJourneyCreateDemandDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyCreateDemand($input: CreateDemandInput!) {
  createDemand(input: $input) {
    __typename
    ... on TechnologyDemand {
      id
      version
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyCreateDemandMutation, CommercialisationJourneyCreateDemandMutationVariables>;
export const CommercialisationJourneyMatchesForDemandDocument = new TypedDocumentString(`
    query CommercialisationJourneyMatchesForDemand($id: ID!) {
  matchesForDemand(demandId: $id) {
    score
    offer {
      id
      organization {
        slug
      }
    }
    reasons {
      kind
      detail
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyMatchesForDemandQuery, CommercialisationJourneyMatchesForDemandQueryVariables>;
export const CommercialisationJourneyTechnologyOfferDocument = new TypedDocumentString(`
    query CommercialisationJourneyTechnologyOffer($id: ID!) {
  technologyOffer(id: $id) {
    ...CommercialisationJourneyOffer
  }
}
    fragment CommercialisationJourneyOffer on TechnologyOffer {
  id
  title
  summary
  details
  price {
    amount
    currency
  }
  priceNote
  trl
  status
  version
  organization {
    slug
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyTechnologyOfferQuery, CommercialisationJourneyTechnologyOfferQueryVariables>;
export const CommercialisationJourneyExpressInterestDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    __typename
    ... on ExchangeInterest {
      id
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyExpressInterestMutation, CommercialisationJourneyExpressInterestMutationVariables>;
export const CommercialisationJourneyOpenDealDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyOpenDeal($input: OpenDealInput!) {
  openDeal(input: $input) {
    __typename
    ...CommercialisationJourneyDeal
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyDeal on Deal {
  id
  stage
  version
  agreementId
  broker {
    slug
  }
  provider {
    slug
  }
  seeker {
    slug
  }
  history {
    from
    to
    byName
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyOpenDealMutation, CommercialisationJourneyOpenDealMutationVariables>;
export const CommercialisationJourneyOrganizationActivityDocument = new TypedDocumentString(`
    subscription CommercialisationJourneyOrganizationActivity($id: ID!) {
  organizationActivity(organizationId: $id) {
    organizationId
    action
    entityType
    entityId
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyOrganizationActivitySubscription, CommercialisationJourneyOrganizationActivitySubscriptionVariables>;
export const CommercialisationJourneyDealDocument = new TypedDocumentString(`
    query CommercialisationJourneyDeal($id: ID!) {
  deal(id: $id) {
    stage
    history {
      from
      to
      byName
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyDealQuery, CommercialisationJourneyDealQueryVariables>;
export const CommercialisationJourneyDeal2Document = new TypedDocumentString(`
    query CommercialisationJourneyDeal2($id: ID!) {
  deal(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyDeal2Query, CommercialisationJourneyDeal2QueryVariables>;
export const CommercialisationJourneyCreateAgreementDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyCreateAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    __typename
    ...CommercialisationJourneyAgreement
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyAgreement on Agreement {
  id
  code
  status
  version
  executedOn
  effectiveOn
  licensors {
    slug
  }
  licensee {
    slug
  }
  technologies {
    code
  }
  terms {
    currency
    upfrontFee {
      amount
      currency
    }
    royaltyRate
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyCreateAgreementMutation, CommercialisationJourneyCreateAgreementMutationVariables>;
export const CommercialisationJourneyTransitionAgreementDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyTransitionAgreement($input: TransitionAgreementInput!) {
  transitionAgreement(input: $input) {
    __typename
    ...CommercialisationJourneyAgreement
    ...CommercialisationJourneyError
    ... on InvalidAgreementTransitionError {
      currentStatus
      allowedStatuses
    }
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}
fragment CommercialisationJourneyAgreement on Agreement {
  id
  code
  status
  version
  executedOn
  effectiveOn
  licensors {
    slug
  }
  licensee {
    slug
  }
  technologies {
    code
  }
  terms {
    currency
    upfrontFee {
      amount
      currency
    }
    royaltyRate
  }
}`) as unknown as TypedDocumentString<CommercialisationJourneyTransitionAgreementMutation, CommercialisationJourneyTransitionAgreementMutationVariables>;
export const CommercialisationJourneyAgreement2Document = new TypedDocumentString(`
    query CommercialisationJourneyAgreement2($id: ID!) {
  agreement(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyAgreement2Query, CommercialisationJourneyAgreement2QueryVariables>;
export const CommercialisationJourneyRecordRevenueReceiptDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyRecordRevenueReceipt($input: RecordRevenueReceiptInput!) {
  recordRevenueReceipt(input: $input) {
    __typename
    ... on RevenueReceipt {
      id
      kind
      amount {
        amount
        currency
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyRecordRevenueReceiptMutation, CommercialisationJourneyRecordRevenueReceiptMutationVariables>;
export const CommercialisationJourneyRecordRevenueCostDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyRecordRevenueCost($input: RecordRevenueCostInput!) {
  recordRevenueCost(input: $input) {
    __typename
    ... on RevenueCost {
      id
      kind
      amount {
        amount
        currency
      }
      filingReference
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyRecordRevenueCostMutation, CommercialisationJourneyRecordRevenueCostMutationVariables>;
export const CommercialisationJourneySetDistributionPolicyDocument = new TypedDocumentString(`
    mutation CommercialisationJourneySetDistributionPolicy($input: SetDistributionPolicyInput!) {
  setDistributionPolicy(input: $input) {
    __typename
    ... on DistributionPolicy {
      inventorsShare
      unitsShare
      institutionShare
      validFrom
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneySetDistributionPolicyMutation, CommercialisationJourneySetDistributionPolicyMutationVariables>;
export const CommercialisationJourneyDistributeRevenueDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyDistributeRevenue($id: ID!, $upTo: Date!) {
  distributeRevenue(agreementId: $id, upTo: $upTo) {
    __typename
    ... on RevenueDistribution {
      id
      periodEnd
      gross {
        amount
        currency
      }
      costs {
        amount
      }
      net {
        amount
        currency
      }
      lines {
        id
        beneficiaryKind
        technologyInventorId
        inventorUserId
        inventorName
        amount {
          amount
          currency
        }
        status
        paidOn
        version
        payer {
          slug
        }
        organization {
          slug
        }
      }
    }
    ...CommercialisationJourneyError
  }
}
    fragment CommercialisationJourneyError on ErrorResult {
  code
  message
  field
}`) as unknown as TypedDocumentString<CommercialisationJourneyDistributeRevenueMutation, CommercialisationJourneyDistributeRevenueMutationVariables>;
export const CommercialisationJourneyMarkDistributionLinePaidDocument = new TypedDocumentString(`
    mutation CommercialisationJourneyMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) {
  markDistributionLinePaid(input: $input) {
    __typename
    ... on DistributionLine {
      status
      paidOn
      paymentReference
      amount {
        amount
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyMarkDistributionLinePaidMutation, CommercialisationJourneyMarkDistributionLinePaidMutationVariables>;
export const CommercialisationJourneyAgreementsDocument = new TypedDocumentString(`
    query CommercialisationJourneyAgreements {
  agreements {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyAgreementsQuery, CommercialisationJourneyAgreementsQueryVariables>;
export const CommercialisationJourneyMyDistributionLinesDocument = new TypedDocumentString(`
    query CommercialisationJourneyMyDistributionLines {
  myDistributionLines {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyMyDistributionLinesQuery, CommercialisationJourneyMyDistributionLinesQueryVariables>;
export const CommercialisationJourneyMyDistributionLines2Document = new TypedDocumentString(`
    query CommercialisationJourneyMyDistributionLines2 {
  myDistributionLines {
    totalCount
    edges {
      node {
        beneficiaryKind
        inventorName
        amount {
          amount
          currency
        }
        status
        paidOn
        agreement {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyMyDistributionLines2Query, CommercialisationJourneyMyDistributionLines2QueryVariables>;
export const CommercialisationJourneyAuditLogDocument = new TypedDocumentString(`
    query CommercialisationJourneyAuditLog($id: ID) {
  auditLog(organizationId: $id, first: 100) {
    edges {
      node {
        action
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommercialisationJourneyAuditLogQuery, CommercialisationJourneyAuditLogQueryVariables>;
export const DealsOpenDealDocument = new TypedDocumentString(`
    mutation DealsOpenDeal($input: OpenDealInput!) {
  openDeal(input: $input) {
    __typename
    ... on Deal {
      ...DealsDealFields
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment DealsDealFields on Deal {
  id
  stage
  version
  agreementId
  broker {
    id
  }
  provider {
    id
  }
  seeker {
    id
  }
  offer {
    id
  }
  demand {
    id
  }
  history {
    from
    to
    note
    byName
  }
}`) as unknown as TypedDocumentString<DealsOpenDealMutation, DealsOpenDealMutationVariables>;
export const DealsAdvanceDealDocument = new TypedDocumentString(`
    mutation DealsAdvanceDeal($input: AdvanceDealInput!) {
  advanceDeal(input: $input) {
    __typename
    ... on Deal {
      stage
      version
      agreementId
    }
    ... on InvalidDealTransitionError {
      allowedStages
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DealsAdvanceDealMutation, DealsAdvanceDealMutationVariables>;
export const DealsDropDealDocument = new TypedDocumentString(`
    mutation DealsDropDeal($input: DropDealInput!) {
  dropDeal(input: $input) {
    __typename
    ... on Deal {
      stage
      version
    }
    ... on InvalidDealTransitionError {
      allowedStages
    }
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DealsDropDealMutation, DealsDropDealMutationVariables>;
export const DealsDeal2Document = new TypedDocumentString(`
    query DealsDeal2($id: ID!) {
  deal(id: $id) {
    ...DealsDealFields
  }
}
    fragment DealsDealFields on Deal {
  id
  stage
  version
  agreementId
  broker {
    id
  }
  provider {
    id
  }
  seeker {
    id
  }
  offer {
    id
  }
  demand {
    id
  }
  history {
    from
    to
    note
    byName
  }
}`) as unknown as TypedDocumentString<DealsDeal2Query, DealsDeal2QueryVariables>;
export const DealsDealsDocument = new TypedDocumentString(`
    query DealsDeals($filter: DealFilter) {
  deals(filter: $filter) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DealsDealsQuery, DealsDealsQueryVariables>;
export const DealsDealDocument = new TypedDocumentString(`
    query DealsDeal($id: ID!) {
  deal(id: $id) {
    agreementId
    agreement {
      id
      code
      licensee {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealsDealQuery, DealsDealQueryVariables>;
export const DealsTechnologyDocument = new TypedDocumentString(`
    query DealsTechnology($id: ID!) {
  technology(id: $id) {
    agreements {
      edges {
        node {
          id
        }
      }
    }
    offers {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealsTechnologyQuery, DealsTechnologyQueryVariables>;
export const DealsTechnologyOffersDocument = new TypedDocumentString(`
    query DealsTechnologyOffers($first: Int) {
  technologyOffers(first: $first) {
    edges {
      node {
        title
        status
        details
        price {
          amount
          currency
        }
        priceNote
        organization {
          name
        }
        technology {
          code
        }
        interests {
          message
          organization {
            name
          }
          offer {
            title
          }
        }
      }
    }
  }
  technologyDemands(first: $first) {
    edges {
      node {
        title
        budget {
          min
          max
          currency
        }
        organization {
          name
        }
        interests {
          message
        }
      }
    }
  }
  exchangeInterests(first: $first) {
    edges {
      node {
        message
        status
        organization {
          name
        }
        offer {
          title
          organization {
            name
          }
        }
        demand {
          title
        }
      }
    }
  }
  deals(first: $first) {
    totalCount
    edges {
      node {
        stage
        broker {
          name
        }
        provider {
          name
        }
        seeker {
          name
        }
        offer {
          title
          price {
            amount
          }
        }
        demand {
          title
        }
        interest {
          message
        }
        agreement {
          code
          licensee {
            name
          }
        }
        history {
          to
          byName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealsTechnologyOffersQuery, DealsTechnologyOffersQueryVariables>;
export const DisclosuresCreateDisclosureDocument = new TypedDocumentString(`
    mutation DisclosuresCreateDisclosure($input: CreateDisclosureInput!) {
  createDisclosure(input: $input) {
    __typename
    ...DisclosureFields
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment DisclosureFields on InventionDisclosure {
  id
  title
  description
  status
  decision
  decisionNotes
  version
  submittedAt
  decidedAt
  technology {
    code
  }
  organization {
    id
  }
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<DisclosuresCreateDisclosureMutation, DisclosuresCreateDisclosureMutationVariables>;
export const DisclosuresUpdateDisclosureDocument = new TypedDocumentString(`
    mutation DisclosuresUpdateDisclosure($input: UpdateDisclosureInput!) {
  updateDisclosure(input: $input) {
    __typename
    ...DisclosureFields
    ... on ErrorResult {
      code
      message
      field
    }
    ... on VersionConflictError {
      currentVersion
    }
  }
}
    fragment DisclosureFields on InventionDisclosure {
  id
  title
  description
  status
  decision
  decisionNotes
  version
  submittedAt
  decidedAt
  technology {
    code
  }
  organization {
    id
  }
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<DisclosuresUpdateDisclosureMutation, DisclosuresUpdateDisclosureMutationVariables>;
export const DisclosuresSubmitDisclosureDocument = new TypedDocumentString(`
    mutation DisclosuresSubmitDisclosure($input: DisclosureStepInput!) {
  submitDisclosure(input: $input) {
    __typename
    ...DisclosureFields
    ... on ErrorResult {
      code
      message
      field
    }
    ... on InvalidDisclosureTransitionError {
      allowedStatuses
    }
    ... on SharesDoNotTotalError {
      subject
      total
    }
  }
}
    fragment DisclosureFields on InventionDisclosure {
  id
  title
  description
  status
  decision
  decisionNotes
  version
  submittedAt
  decidedAt
  technology {
    code
  }
  organization {
    id
  }
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<DisclosuresSubmitDisclosureMutation, DisclosuresSubmitDisclosureMutationVariables>;
export const DisclosuresStartDisclosureEvaluationDocument = new TypedDocumentString(`
    mutation DisclosuresStartDisclosureEvaluation($input: DisclosureStepInput!) {
  startDisclosureEvaluation(input: $input) {
    __typename
    ...DisclosureFields
    ... on ErrorResult {
      code
      message
      field
    }
    ... on InvalidDisclosureTransitionError {
      allowedStatuses
    }
    ... on SharesDoNotTotalError {
      subject
      total
    }
  }
}
    fragment DisclosureFields on InventionDisclosure {
  id
  title
  description
  status
  decision
  decisionNotes
  version
  submittedAt
  decidedAt
  technology {
    code
  }
  organization {
    id
  }
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<DisclosuresStartDisclosureEvaluationMutation, DisclosuresStartDisclosureEvaluationMutationVariables>;
export const DisclosuresDecideDisclosureDocument = new TypedDocumentString(`
    mutation DisclosuresDecideDisclosure($input: DecideDisclosureInput!) {
  decideDisclosure(input: $input) {
    __typename
    ...DisclosureFields
    ... on ErrorResult {
      code
      message
      field
    }
    ... on InvalidDisclosureTransitionError {
      allowedStatuses
    }
    ... on SharesDoNotTotalError {
      subject
      total
    }
  }
}
    fragment DisclosureFields on InventionDisclosure {
  id
  title
  description
  status
  decision
  decisionNotes
  version
  submittedAt
  decidedAt
  technology {
    code
  }
  organization {
    id
  }
  submittedBy {
    id
  }
  decidedBy {
    id
  }
}`) as unknown as TypedDocumentString<DisclosuresDecideDisclosureMutation, DisclosuresDecideDisclosureMutationVariables>;
export const DisclosuresDisclosureDocument = new TypedDocumentString(`
    query DisclosuresDisclosure($id: ID!) {
  disclosure(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DisclosuresDisclosureQuery, DisclosuresDisclosureQueryVariables>;
export const DisclosuresDisclosuresDocument = new TypedDocumentString(`
    query DisclosuresDisclosures($filter: DisclosureFilter) {
  disclosures(filter: $filter, first: 10) {
    totalCount
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisclosuresDisclosuresQuery, DisclosuresDisclosuresQueryVariables>;
export const DisclosuresMyDisclosuresDocument = new TypedDocumentString(`
    query DisclosuresMyDisclosures {
  myDisclosures(first: 10) {
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisclosuresMyDisclosuresQuery, DisclosuresMyDisclosuresQueryVariables>;
export const DisclosuresTechnologyDocument = new TypedDocumentString(`
    query DisclosuresTechnology {
  technology(code: "EIU-DISC-01") {
    disclosures {
      status
      decision
    }
  }
}
    `) as unknown as TypedDocumentString<DisclosuresTechnologyQuery, DisclosuresTechnologyQueryVariables>;
export const DisclosuresDiscloseInventionDocument = new TypedDocumentString(`
    mutation DisclosuresDiscloseInvention($input: DiscloseInventionInput!) {
  discloseInvention(input: $input) {
    __typename
    ... on InventionDisclosure {
      id
      status
      title
      organization {
        id
      }
      technology {
        code
        title
        owners {
          share
          organization {
            id
          }
        }
        inventors {
          share
          externalName
          user {
            id
          }
        }
      }
    }
    ... on SharesDoNotTotalError {
      total
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<DisclosuresDiscloseInventionMutation, DisclosuresDiscloseInventionMutationVariables>;
export const ExchangeTechnologyOffer2Document = new TypedDocumentString(`
    query ExchangeTechnologyOffer2($id: ID!) {
  technologyOffer(id: $id) {
    ...OfferFields
    technology {
      id
    }
  }
}
    fragment OfferFields on TechnologyOffer {
  id
  kind
  title
  summary
  details
  price {
    amount
    currency
  }
  priceNote
  trl
  sectors
  keywords
  language
  status
  publishedOn
  expiresOn
  version
  concepts
  organization {
    id
  }
}`) as unknown as TypedDocumentString<ExchangeTechnologyOffer2Query, ExchangeTechnologyOffer2QueryVariables>;
export const TechnologyOffersDocument = new TypedDocumentString(`
    query TechnologyOffers($filter: OfferFilter, $first: Int, $after: String) {
  technologyOffers(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        title
        status
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologyOffersQuery, TechnologyOffersQueryVariables>;
export const ExchangeTechnologyDemandDocument = new TypedDocumentString(`
    query ExchangeTechnologyDemand($id: ID!) {
  technologyDemand(id: $id) {
    ...DemandFields
  }
}
    fragment DemandFields on TechnologyDemand {
  id
  title
  description
  sectors
  keywords
  language
  minTrl
  status
  publishedOn
  expiresOn
  version
  concepts
  budget {
    min
    max
    currency
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<ExchangeTechnologyDemandQuery, ExchangeTechnologyDemandQueryVariables>;
export const WithdrawOfferDocument = new TypedDocumentString(`
    mutation WithdrawOffer($input: WithdrawExchangeItemInput!) {
  withdrawOffer(input: $input) {
    __typename
    ... on TechnologyOffer {
      status
      version
    }
    ... on InvalidExchangeTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawOfferMutation, WithdrawOfferMutationVariables>;
export const ExchangeUpdateOfferDocument = new TypedDocumentString(`
    mutation ExchangeUpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    __typename
    ... on TechnologyOffer {
      title
      version
      trl
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExchangeUpdateOfferMutation, ExchangeUpdateOfferMutationVariables>;
export const ExpressInterestDocument = new TypedDocumentString(`
    mutation ExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    __typename
    ... on ExchangeInterest {
      id
      status
      message
      organization {
        id
      }
      offer {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExpressInterestMutation, ExpressInterestMutationVariables>;
export const WithdrawInterestDocument = new TypedDocumentString(`
    mutation WithdrawInterest($id: ID!) {
  withdrawInterest(id: $id) {
    __typename
    ... on ExchangeInterest {
      status
      withdrawnAt
    }
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawInterestMutation, WithdrawInterestMutationVariables>;
export const ExchangeCreateOfferDocument = new TypedDocumentString(`
    mutation ExchangeCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExchangeCreateOfferMutation, ExchangeCreateOfferMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const ExchangeVerifyOrganizationDocument = new TypedDocumentString(`
    mutation ExchangeVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    verified
  }
}
    `) as unknown as TypedDocumentString<ExchangeVerifyOrganizationMutation, ExchangeVerifyOrganizationMutationVariables>;
export const ExchangeInterestsDocument = new TypedDocumentString(`
    query ExchangeInterests {
  exchangeInterests {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExchangeInterestsQuery, ExchangeInterestsQueryVariables>;
export const ExchangeTechnologyOfferDocument = new TypedDocumentString(`
    query ExchangeTechnologyOffer($id: ID!) {
  technologyOffer(id: $id) {
    interests {
      id
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ExchangeTechnologyOfferQuery, ExchangeTechnologyOfferQueryVariables>;
export const ExchangeCreateDemandDocument = new TypedDocumentString(`
    mutation ExchangeCreateDemand($input: CreateDemandInput!) {
  createDemand(input: $input) {
    __typename
    ... on ErrorResult {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ExchangeCreateDemandMutation, ExchangeCreateDemandMutationVariables>;
export const ExchangeCreateDemand2Document = new TypedDocumentString(`
    mutation ExchangeCreateDemand2($input: CreateDemandInput!) {
  createDemand(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ExchangeCreateDemand2Mutation, ExchangeCreateDemand2MutationVariables>;
export const TechnologyDemandsDocument = new TypedDocumentString(`
    query TechnologyDemands {
  technologyDemands(filter: {search: "chat luong nuoc", maxTrl: 6}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TechnologyDemandsQuery, TechnologyDemandsQueryVariables>;
export const ExchangeTechnologyDemandsDocument = new TypedDocumentString(`
    query ExchangeTechnologyDemands {
  technologyDemands(filter: {maxTrl: 4}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExchangeTechnologyDemandsQuery, ExchangeTechnologyDemandsQueryVariables>;
export const FaultsOrganizationsDocument = new TypedDocumentString(`
    query FaultsOrganizations {
  organizations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FaultsOrganizationsQuery, FaultsOrganizationsQueryVariables>;
export const FaultsCreateOrganizationDocument = new TypedDocumentString(`
    mutation FaultsCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    ... on Organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateOrganizationMutation, FaultsCreateOrganizationMutationVariables>;
export const FaultsCreateApiKeyDocument = new TypedDocumentString(`
    mutation FaultsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateApiKeyMutation, FaultsCreateApiKeyMutationVariables>;
export const FaultsRegisterDocument = new TypedDocumentString(`
    mutation FaultsRegister {
  register(
    input: {email: "hung@example.org", password: "a long passphrase", displayName: "Hung"}
  ) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FaultsRegisterMutation, FaultsRegisterMutationVariables>;
export const FaultsCreateOrganization2Document = new TypedDocumentString(`
    mutation FaultsCreateOrganization2($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on Organization {
      id
      slug
      version
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateOrganization2Mutation, FaultsCreateOrganization2MutationVariables>;
export const FaultsUpdateOrganizationDocument = new TypedDocumentString(`
    mutation FaultsUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsUpdateOrganizationMutation, FaultsUpdateOrganizationMutationVariables>;
export const FaultsOrganizationActivityDocument = new TypedDocumentString(`
    subscription FaultsOrganizationActivity($id: ID!) {
  organizationActivity(organizationId: $id) {
    action
    entityId
  }
}
    `) as unknown as TypedDocumentString<FaultsOrganizationActivitySubscription, FaultsOrganizationActivitySubscriptionVariables>;
export const FaultsCreateProjectDocument = new TypedDocumentString(`
    mutation FaultsCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateProjectMutation, FaultsCreateProjectMutationVariables>;
export const FirstStartTripleHelixSynergyDocument = new TypedDocumentString(`
    query FirstStartTripleHelixSynergy {
  tripleHelixSynergy {
    projects
    tripleHelixProjects
    byYear {
      year
      projects
    }
  }
  collaborationNetwork(first: 5) {
    top {
      organization {
        slug
      }
      degree
    }
  }
  icfFactors {
    factor
    projects
  }
  helixContributions {
    helix
    kind
    amount
    suppressed
  }
}
    `) as unknown as TypedDocumentString<FirstStartTripleHelixSynergyQuery, FirstStartTripleHelixSynergyQueryVariables>;
export const FirstStartCommercialisationFunnelDocument = new TypedDocumentString(`
    query FirstStartCommercialisationFunnel {
  commercialisationFunnel {
    total {
      disclosures
      patentFilings
      patentsGranted
      licencesExecuted
      startupsFormed
      licenceIncome {
        currency
        amount
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstStartCommercialisationFunnelQuery, FirstStartCommercialisationFunnelQueryVariables>;
export const FirstStartTalentFlowsDocument = new TypedDocumentString(`
    query FirstStartTalentFlows {
  talentFlows {
    cells {
      year
      kind
      homeHelix
      hostHelix
      placements
      suppressed
    }
  }
  trainingProgrammes {
    edges {
      node {
        title
        runner {
          slug
        }
        partners {
          status
          organization {
            slug
          }
          contributions {
            year
            seatsFunded
            graduatesHired
          }
        }
        intakes {
          year
          trainees
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstStartTalentFlowsQuery, FirstStartTalentFlowsQueryVariables>;
export const FirstStartTechnologyOffersDocument = new TypedDocumentString(`
    query FirstStartTechnologyOffers {
  technologyOffers {
    totalCount
  }
  technologyDemands {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FirstStartTechnologyOffersQuery, FirstStartTechnologyOffersQueryVariables>;
export const FirstStartIncubationDocument = new TypedDocumentString(`
    query FirstStartIncubation {
  incubationProgrammes(filter: {search: "sample"}) {
    edges {
      node {
        organization {
          slug
          parent {
            slug
          }
        }
        cohorts {
          edges {
            node {
              status
              graduates {
                slug
              }
            }
          }
        }
      }
    }
  }
  spinOffs {
    edges {
      node {
        organization {
          slug
        }
        incubations {
          edges {
            node {
              status
              pitch
              programme {
                nameEn
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstStartIncubationQuery, FirstStartIncubationQueryVariables>;
export const FutureDatesFileIpProtectionDocument = new TypedDocumentString(`
    mutation FutureDatesFileIpProtection($input: FileIpProtectionInput!) {
  fileIpProtection(input: $input) {
    __typename
    ... on ErrorResult {
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FutureDatesFileIpProtectionMutation, FutureDatesFileIpProtectionMutationVariables>;
export const FutureDatesFileIpProtection2Document = new TypedDocumentString(`
    mutation FutureDatesFileIpProtection2($input: FileIpProtectionInput!) {
  fileIpProtection(input: $input) {
    ... on IpFiling {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<FutureDatesFileIpProtection2Mutation, FutureDatesFileIpProtection2MutationVariables>;
export const FutureDatesUpdateIpFilingDocument = new TypedDocumentString(`
    mutation FutureDatesUpdateIpFiling($input: UpdateIpFilingInput!) {
  updateIpFiling(input: $input) {
    __typename
    ... on ErrorResult {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FutureDatesUpdateIpFilingMutation, FutureDatesUpdateIpFilingMutationVariables>;
export const FutureDatesRecordRevenueReceiptDocument = new TypedDocumentString(`
    mutation FutureDatesRecordRevenueReceipt($input: RecordRevenueReceiptInput!) {
  recordRevenueReceipt(input: $input) {
    __typename
    ... on ErrorResult {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FutureDatesRecordRevenueReceiptMutation, FutureDatesRecordRevenueReceiptMutationVariables>;
export const FutureDatesRecordRevenueCostDocument = new TypedDocumentString(`
    mutation FutureDatesRecordRevenueCost($input: RecordRevenueCostInput!) {
  recordRevenueCost(input: $input) {
    __typename
    ... on ErrorResult {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FutureDatesRecordRevenueCostMutation, FutureDatesRecordRevenueCostMutationVariables>;
export const IdempotencyCreateOrganizationDocument = new TypedDocumentString(`
    mutation IdempotencyCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on Organization {
      id
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyCreateOrganizationMutation, IdempotencyCreateOrganizationMutationVariables>;
export const IdempotencyRegisterDocument = new TypedDocumentString(`
    mutation IdempotencyRegister {
  register(
    input: {email: "anon.idempotent@example.org", password: "a long passphrase", displayName: "Anon"}
  ) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<IdempotencyRegisterMutation, IdempotencyRegisterMutationVariables>;
export const IdempotencyOrganizationsDocument = new TypedDocumentString(`
    query IdempotencyOrganizations {
  organizations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<IdempotencyOrganizationsQuery, IdempotencyOrganizationsQueryVariables>;
export const IncubationCreateProgrammeDocument = new TypedDocumentString(`
    mutation IncubationCreateProgramme($input: CreateIncubationProgrammeInput!) {
  createIncubationProgramme(input: $input) {
    __typename
    ... on IncubationProgramme {
      id
      kind
      name
      version
      organization {
        id
      }
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationCreateProgrammeMutation, IncubationCreateProgrammeMutationVariables>;
export const IncubationCreateCohortDocument = new TypedDocumentString(`
    mutation IncubationCreateCohort($input: CreateIncubationCohortInput!) {
  createIncubationCohort(input: $input) {
    __typename
    ... on IncubationCohort {
      id
      status
      version
      programme {
        id
      }
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationCreateCohortMutation, IncubationCreateCohortMutationVariables>;
export const IncubationUpdateCohortDocument = new TypedDocumentString(`
    mutation IncubationUpdateCohort($input: UpdateIncubationCohortInput!) {
  updateIncubationCohort(input: $input) {
    __typename
    ... on IncubationCohort {
      id
      status
      version
    }
    ... on InvalidIncubationCohortTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationUpdateCohortMutation, IncubationUpdateCohortMutationVariables>;
export const IncubationApplyDocument = new TypedDocumentString(`
    mutation IncubationApply($input: ApplyToIncubationCohortInput!) {
  applyToIncubationCohort(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      status
      version
      pitch
      startup {
        id
        helix
        kind
      }
      cohort {
        id
      }
      programme {
        id
      }
    }
    ... on IncubationCohortNotOpenError {
      cohortStatus
      applicationsCloseOn
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationApplyMutation, IncubationApplyMutationVariables>;
export const IncubationChangeStatusDocument = new TypedDocumentString(`
    mutation IncubationChangeStatus($input: ChangeIncubationApplicationStatusInput!) {
  changeIncubationApplicationStatus(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      status
      version
      endedOn
      decidedAt
      decisionReason
    }
    ... on InvalidIncubationApplicationTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationChangeStatusMutation, IncubationChangeStatusMutationVariables>;
export const IncubationSetConsentDocument = new TypedDocumentString(`
    mutation IncubationSetConsent($input: SetIncubationConsentInput!) {
  setIncubationConsent(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      publicConsent
      version
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationSetConsentMutation, IncubationSetConsentMutationVariables>;
export const IncubationAssignMentorDocument = new TypedDocumentString(`
    mutation IncubationAssignMentor($input: AssignIncubationMentorInput!) {
  assignIncubationMentor(input: $input) {
    __typename
    ... on IncubationMentor {
      id
      current
      since
      user {
        id
      }
      organization {
        id
      }
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationAssignMentorMutation, IncubationAssignMentorMutationVariables>;
export const IncubationAddMilestoneDocument = new TypedDocumentString(`
    mutation IncubationAddMilestone($input: AddIncubationMilestoneInput!) {
  addIncubationMilestone(input: $input) {
    __typename
    ... on IncubationMilestone {
      id
      status
      version
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationAddMilestoneMutation, IncubationAddMilestoneMutationVariables>;
export const IncubationMarkMilestoneDocument = new TypedDocumentString(`
    mutation IncubationMarkMilestone($input: MarkIncubationMilestoneInput!) {
  markIncubationMilestone(input: $input) {
    __typename
    ... on IncubationMilestone {
      id
      status
      metOn
      version
    }
    ... on InvalidIncubationMilestoneTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationMarkMilestoneMutation, IncubationMarkMilestoneMutationVariables>;
export const IncubationAddReportDocument = new TypedDocumentString(`
    mutation IncubationAddReport($input: AddIncubationReportInput!) {
  addIncubationReport(input: $input) {
    __typename
    ... on IncubationReport {
      id
      jobs
      fundsRaised {
        amount
        currency
      }
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationAddReportMutation, IncubationAddReportMutationVariables>;
export const IncubationCreateSpinOffDocument = new TypedDocumentString(`
    mutation IncubationCreateSpinOff($input: CreateSpinOffInput!) {
  createSpinOff(input: $input) {
    __typename
    ... on SpinOff {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationCreateSpinOffMutation, IncubationCreateSpinOffMutationVariables>;
export const IncubationFileDocument = new TypedDocumentString(`
    query IncubationFile($id: ID!) {
  incubationApplication(id: $id) {
    id
    status
    pitch
    decisionReason
    publicConsent
    startup {
      id
    }
    programme {
      id
      name
    }
    mentors {
      user {
        id
      }
      organization {
        id
      }
      current
    }
    milestones {
      title
      status
      metOn
    }
    reports {
      jobs
      fundsRaised {
        amount
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationFileQuery, IncubationFileQueryVariables>;
export const IncubationFilesDocument = new TypedDocumentString(`
    query IncubationFiles($filter: IncubationApplicationFilter) {
  incubationApplications(filter: $filter) {
    totalCount
    edges {
      node {
        id
        pitch
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationFilesQuery, IncubationFilesQueryVariables>;
export const IncubationPublicViewDocument = new TypedDocumentString(`
    query IncubationPublicView($id: ID!) {
  incubationProgramme(id: $id) {
    id
    name
    organization {
      id
    }
    cohorts {
      totalCount
      edges {
        node {
          id
          status
          graduates {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationPublicViewQuery, IncubationPublicViewQueryVariables>;
export const IncubationSpinOffsDocument = new TypedDocumentString(`
    query IncubationSpinOffs($parent: ID!) {
  spinOffs(filter: {parentOrganizationId: $parent}) {
    edges {
      node {
        organization {
          id
        }
        incubations {
          totalCount
          edges {
            node {
              id
              status
              pitch
              mentors {
                current
              }
              reports {
                jobs
              }
              milestones {
                title
              }
              programme {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationSpinOffsQuery, IncubationSpinOffsQueryVariables>;
export const IncubationNestedFilesDocument = new TypedDocumentString(`
    query IncubationNestedFiles($first: Int) {
  incubationProgrammes(first: $first) {
    edges {
      node {
        id
        organization {
          name
        }
        cohorts(first: $first) {
          edges {
            node {
              id
              graduates {
                name
              }
            }
          }
        }
      }
    }
  }
  incubationApplications(first: $first) {
    edges {
      node {
        id
        pitch
        startup {
          name
        }
        cohort {
          name
          programme {
            name
          }
        }
        mentors {
          user {
            displayName
          }
          organization {
            name
          }
        }
        milestones {
          title
        }
        reports {
          fundsRaised {
            amount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationNestedFilesQuery, IncubationNestedFilesQueryVariables>;
export const IncubationOfOrganizationDocument = new TypedDocumentString(`
    query IncubationOfOrganization($id: ID!) {
  organization(id: $id) {
    incubations {
      totalCount
      edges {
        node {
          id
          status
          pitch
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncubationOfOrganizationQuery, IncubationOfOrganizationQueryVariables>;
export const InsightFunnelCommercialisationFunnelDocument = new TypedDocumentString(`
    query InsightFunnelCommercialisationFunnel($filter: FunnelFilter) {
  commercialisationFunnel(filter: $filter) {
    total {
      disclosures
      newPatentApplications
      patentFilings
      patentsGranted
      licencesExecuted
      optionsExecuted
      startupsFormed
      licenceIncome {
        currency
        amount
        suppressed
        agreements
      }
      researchExpenditure {
        currency
        amount
        suppressed
        projects
      }
    }
    years {
      year
      disclosures
      newPatentApplications
      patentsGranted
      licencesExecuted
      startupsFormed
      licenceIncome {
        amount
      }
    }
    conversions {
      from
      to
      rate
    }
  }
}
    `) as unknown as TypedDocumentString<InsightFunnelCommercialisationFunnelQuery, InsightFunnelCommercialisationFunnelQueryVariables>;
export const InsightHelixBasisOrganizationDocument = new TypedDocumentString(`
    query InsightHelixBasisOrganization($slug: String) {
  organization(slug: $slug) {
    id
  }
}
    `) as unknown as TypedDocumentString<InsightHelixBasisOrganizationQuery, InsightHelixBasisOrganizationQueryVariables>;
export const InsightHelixBasisTransitionProjectDocument = new TypedDocumentString(`
    mutation InsightHelixBasisTransitionProject($input: TransitionProjectInput!) {
  transitionProject(input: $input) {
    ... on Project {
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<InsightHelixBasisTransitionProjectMutation, InsightHelixBasisTransitionProjectMutationVariables>;
export const InsightHelixBasisTripleHelixSynergyDocument = new TypedDocumentString(`
    query InsightHelixBasisTripleHelixSynergy($filter: CollaborationFilter) {
  tripleHelixSynergy(filter: $filter) {
    tripleHelixProjects
  }
  icfFactors(filter: $filter) {
    factor
    projects
    tripleHelixProjects
  }
  helixContributions(filter: $filter) {
    helix
    kind
    currency
    amount
    organizations
  }
}
    `) as unknown as TypedDocumentString<InsightHelixBasisTripleHelixSynergyQuery, InsightHelixBasisTripleHelixSynergyQueryVariables>;
export const InsightHelixBasisCollaborationNetworkDocument = new TypedDocumentString(`
    query InsightHelixBasisCollaborationNetwork($filter: CollaborationFilter) {
  collaborationNetwork(filter: $filter, first: 100) {
    top {
      organization {
        slug
      }
      degree
      crossHelixDegree
    }
  }
}
    `) as unknown as TypedDocumentString<InsightHelixBasisCollaborationNetworkQuery, InsightHelixBasisCollaborationNetworkQueryVariables>;
export const InsightIndicatorsReportIndicatorDocument = new TypedDocumentString(`
    mutation InsightIndicatorsReportIndicator($input: ReportIndicatorInput!) {
  reportIndicator(input: $input) {
    __typename
    ... on IndicatorMeasurement {
      id
      factor
      indicator
      value
      unit
      status
      version
      organization {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightIndicatorsReportIndicatorMutation, InsightIndicatorsReportIndicatorMutationVariables>;
export const InsightIndicatorsReviewIndicatorDocument = new TypedDocumentString(`
    mutation InsightIndicatorsReviewIndicator($input: ReviewIndicatorInput!) {
  reviewIndicator(input: $input) {
    __typename
    ... on IndicatorMeasurement {
      id
      status
      version
      reviewNote
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightIndicatorsReviewIndicatorMutation, InsightIndicatorsReviewIndicatorMutationVariables>;
export const InsightIndicatorsCorrectIndicatorDocument = new TypedDocumentString(`
    mutation InsightIndicatorsCorrectIndicator($input: CorrectIndicatorInput!) {
  correctIndicator(input: $input) {
    __typename
    ... on IndicatorMeasurement {
      id
      status
      value
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightIndicatorsCorrectIndicatorMutation, InsightIndicatorsCorrectIndicatorMutationVariables>;
export const InsightIndicatorsIndicatorMeasurementsDocument = new TypedDocumentString(`
    query InsightIndicatorsIndicatorMeasurements($filter: IndicatorFilter) {
  indicatorMeasurements(filter: $filter) {
    totalCount
    edges {
      node {
        indicator
        value
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InsightIndicatorsIndicatorMeasurementsQuery, InsightIndicatorsIndicatorMeasurementsQueryVariables>;
export const InsightIndicatorsIcfSelfAssessmentDocument = new TypedDocumentString(`
    query InsightIndicatorsIcfSelfAssessment {
  icfSelfAssessment(filter: {fromYear: 2025, toYear: 2025}) {
    fromYear
    toYear
    factors {
      factor
      projects {
        projects
      }
      measurements {
        indicator
        value
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InsightIndicatorsIcfSelfAssessmentQuery, InsightIndicatorsIcfSelfAssessmentQueryVariables>;
export const InsightMoneyHelixContributionsDocument = new TypedDocumentString(`
    query InsightMoneyHelixContributions($filter: CollaborationFilter) {
  helixContributions(filter: $filter) {
    helix
    kind
    currency
    amount
    suppressed
    organizations
    projects
  }
}
    `) as unknown as TypedDocumentString<InsightMoneyHelixContributionsQuery, InsightMoneyHelixContributionsQueryVariables>;
export const InsightMoneyIcfFactorsDocument = new TypedDocumentString(`
    query InsightMoneyIcfFactors($filter: CollaborationFilter) {
  icfFactors(filter: $filter) {
    factor
    projects
    tripleHelixProjects
    participants
    organizations
    budgets {
      currency
      amount
      suppressed
      projects
    }
  }
}
    `) as unknown as TypedDocumentString<InsightMoneyIcfFactorsQuery, InsightMoneyIcfFactorsQueryVariables>;
export const InsightNetworkCollaborationNetworkDocument = new TypedDocumentString(`
    query InsightNetworkCollaborationNetwork($filter: CollaborationFilter, $rankBy: NetworkRanking, $first: Int) {
  collaborationNetwork(filter: $filter, rankBy: $rankBy, first: $first) {
    organizations
    links
    density
    exact
    sources
    top {
      rank
      organizationId
      helix
      degree
      crossHelixDegree
      collaborations
      betweenness
      crossHelixBetweenness
      organization {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InsightNetworkCollaborationNetworkQuery, InsightNetworkCollaborationNetworkQueryVariables>;
export const InsightNetworkBridgingOrganizationsDocument = new TypedDocumentString(`
    query InsightNetworkBridgingOrganizations {
  bridgingOrganizations(filter: {fromYear: 2020, toYear: 2020}, first: 2) {
    rank
    organization {
      slug
    }
    crossHelixBetweenness
  }
}
    `) as unknown as TypedDocumentString<InsightNetworkBridgingOrganizationsQuery, InsightNetworkBridgingOrganizationsQueryVariables>;
export const InsightNetworkCollaborationNetwork2Document = new TypedDocumentString(`
    query InsightNetworkCollaborationNetwork2 {
  collaborationNetwork {
    organizations
    top {
      organizationId
    }
  }
}
    `) as unknown as TypedDocumentString<InsightNetworkCollaborationNetwork2Query, InsightNetworkCollaborationNetwork2QueryVariables>;
export const InsightNetworkCollaborationNetwork3Document = new TypedDocumentString(`
    query InsightNetworkCollaborationNetwork3 {
  collaborationNetwork(first: 101) {
    organizations
  }
}
    `) as unknown as TypedDocumentString<InsightNetworkCollaborationNetwork3Query, InsightNetworkCollaborationNetwork3QueryVariables>;
export const InsightScopeTransitionProjectDocument = new TypedDocumentString(`
    mutation InsightScopeTransitionProject($input: TransitionProjectInput!) {
  transitionProject(input: $input) {
    __typename
    ... on Project {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<InsightScopeTransitionProjectMutation, InsightScopeTransitionProjectMutationVariables>;
export const InsightScopeReportsDocument = new TypedDocumentString(`
    query InsightScopeReports($filter: CollaborationFilter) {
  tripleHelixSynergy(filter: $filter) {
    projects
    tripleHelixProjects
  }
  icfFactors(filter: $filter) {
    factor
    projects
  }
  icfSelfAssessment(filter: $filter) {
    factors {
      factor
      measurements {
        organization {
          id
        }
      }
    }
  }
  collaborationNetwork(filter: $filter, first: 50) {
    organizations
    top {
      organizationId
      collaborations
    }
  }
}
    `) as unknown as TypedDocumentString<InsightScopeReportsQuery, InsightScopeReportsQueryVariables>;
export const InsightScopeReportIndicatorDocument = new TypedDocumentString(`
    mutation InsightScopeReportIndicator($input: ReportIndicatorInput!) {
  reportIndicator(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<InsightScopeReportIndicatorMutation, InsightScopeReportIndicatorMutationVariables>;
export const InsightSynergyTripleHelixSynergyDocument = new TypedDocumentString(`
    query InsightSynergyTripleHelixSynergy($filter: CollaborationFilter) {
  tripleHelixSynergy(filter: $filter) {
    projects
    tripleHelixProjects
    tripleHelixShare
    tripleHelix
    academiaIndustry
    academiaGovernment
    industryGovernment
    quadrupleHelix
    entropies {
      helices
      bits
    }
    combinations {
      academia
      industry
      government
      civilSociety
      projects
    }
    byYear {
      year
      projects
      tripleHelix
      combinations {
        academia
        industry
        government
        civilSociety
        projects
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InsightSynergyTripleHelixSynergyQuery, InsightSynergyTripleHelixSynergyQueryVariables>;
export const InsightSynergyTripleHelixSynergy2Document = new TypedDocumentString(`
    query InsightSynergyTripleHelixSynergy2 {
  tripleHelixSynergy {
    projects
    byYear {
      year
    }
  }
}
    `) as unknown as TypedDocumentString<InsightSynergyTripleHelixSynergy2Query, InsightSynergyTripleHelixSynergy2QueryVariables>;
export const InsightTalentNetworkDocument = new TypedDocumentString(`
    query InsightTalentNetwork($filter: CollaborationFilter) {
  collaborationNetwork(filter: $filter, rankBy: DEGREE, first: 100) {
    organizations
    links
    top {
      organizationId
      degree
      collaborations
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentNetworkQuery, InsightTalentNetworkQueryVariables>;
export const InsightTalentSynergyDocument = new TypedDocumentString(`
    query InsightTalentSynergy($filter: CollaborationFilter) {
  tripleHelixSynergy(filter: $filter) {
    projects
    academiaIndustry
    combinations {
      academia
      industry
      government
      civilSociety
      projects
    }
    byYear {
      year
      projects
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentSynergyQuery, InsightTalentSynergyQueryVariables>;
export const InsightTalentIcfDocument = new TypedDocumentString(`
    query InsightTalentIcf($filter: CollaborationFilter) {
  icfFactors(filter: $filter) {
    factor
    projects
    measures {
      measure
      count
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentIcfQuery, InsightTalentIcfQueryVariables>;
export const InsightTalentSelfAssessmentDocument = new TypedDocumentString(`
    query InsightTalentSelfAssessment($filter: CollaborationFilter) {
  icfSelfAssessment(filter: $filter) {
    factors {
      factor
      projects {
        measures {
          measure
          count
          suppressed
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentSelfAssessmentQuery, InsightTalentSelfAssessmentQueryVariables>;
export const InsightTalentFunnelDocument = new TypedDocumentString(`
    query InsightTalentFunnel($filter: FunnelFilter) {
  commercialisationFunnel(filter: $filter) {
    total {
      startupsFormed
      startupsIncubated
      startupsGraduated
    }
    years {
      year
      startupsIncubated
      startupsGraduated
    }
    conversions {
      from
      to
      rate
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentFunnelQuery, InsightTalentFunnelQueryVariables>;
export const InsightTalentProposeDocument = new TypedDocumentString(`
    mutation InsightTalentPropose($input: ProposePlacementInput!) {
  proposePlacement(input: $input) {
    __typename
    ... on Placement {
      id
      version
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentProposeMutation, InsightTalentProposeMutationVariables>;
export const InsightTalentAgreeDocument = new TypedDocumentString(`
    mutation InsightTalentAgree($input: AgreePlacementInput!) {
  agreePlacement(input: $input) {
    __typename
    ... on Placement {
      id
      version
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentAgreeMutation, InsightTalentAgreeMutationVariables>;
export const InsightTalentWithdrawDocument = new TypedDocumentString(`
    mutation InsightTalentWithdraw($id: ID!) {
  withdrawPlacement(id: $id) {
    __typename
    ... on Placement {
      id
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentWithdrawMutation, InsightTalentWithdrawMutationVariables>;
export const InsightTalentIncubationProgrammeDocument = new TypedDocumentString(`
    mutation InsightTalentIncubationProgramme($input: CreateIncubationProgrammeInput!) {
  createIncubationProgramme(input: $input) {
    __typename
    ... on IncubationProgramme {
      id
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentIncubationProgrammeMutation, InsightTalentIncubationProgrammeMutationVariables>;
export const InsightTalentCohortDocument = new TypedDocumentString(`
    mutation InsightTalentCohort($input: CreateIncubationCohortInput!) {
  createIncubationCohort(input: $input) {
    __typename
    ... on IncubationCohort {
      id
      version
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentCohortMutation, InsightTalentCohortMutationVariables>;
export const InsightTalentOpenCohortDocument = new TypedDocumentString(`
    mutation InsightTalentOpenCohort($input: UpdateIncubationCohortInput!) {
  updateIncubationCohort(input: $input) {
    __typename
    ... on IncubationCohort {
      id
      status
      version
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentOpenCohortMutation, InsightTalentOpenCohortMutationVariables>;
export const InsightTalentApplyDocument = new TypedDocumentString(`
    mutation InsightTalentApply($input: ApplyToIncubationCohortInput!) {
  applyToIncubationCohort(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      version
      startup {
        id
      }
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentApplyMutation, InsightTalentApplyMutationVariables>;
export const InsightTalentDecideDocument = new TypedDocumentString(`
    mutation InsightTalentDecide($input: ChangeIncubationApplicationStatusInput!) {
  changeIncubationApplicationStatus(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      status
      version
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentDecideMutation, InsightTalentDecideMutationVariables>;
export const InsightTalentConsentDocument = new TypedDocumentString(`
    mutation InsightTalentConsent($input: SetIncubationConsentInput!) {
  setIncubationConsent(input: $input) {
    __typename
    ... on IncubationApplication {
      id
      version
      publicConsent
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentConsentMutation, InsightTalentConsentMutationVariables>;
export const InsightTalentMentorDocument = new TypedDocumentString(`
    mutation InsightTalentMentor($input: AssignIncubationMentorInput!) {
  assignIncubationMentor(input: $input) {
    __typename
    ... on IncubationMentor {
      id
    }
    ... on ErrorResult {
      errorCode
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentMentorMutation, InsightTalentMentorMutationVariables>;
export const InsightTalentTrainingDocument = new TypedDocumentString(`
    mutation InsightTalentTraining($input: CreateTrainingProgrammeInput!) {
  createTrainingProgramme(input: $input) {
    __typename
    ... on TrainingProgramme {
      id
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentTrainingMutation, InsightTalentTrainingMutationVariables>;
export const InsightTalentInvitePartnerDocument = new TypedDocumentString(`
    mutation InsightTalentInvitePartner($input: InviteTrainingPartnerInput!) {
  inviteTrainingPartner(input: $input) {
    __typename
    ... on TrainingPartner {
      id
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentInvitePartnerMutation, InsightTalentInvitePartnerMutationVariables>;
export const InsightTalentAnswerDocument = new TypedDocumentString(`
    mutation InsightTalentAnswer($input: AnswerTrainingInvitationInput!) {
  answerTrainingInvitation(input: $input) {
    __typename
    ... on TrainingPartner {
      id
      version
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentAnswerMutation, InsightTalentAnswerMutationVariables>;
export const InsightTalentContributionDocument = new TypedDocumentString(`
    mutation InsightTalentContribution($input: RecordTrainingContributionInput!) {
  recordTrainingContribution(input: $input) {
    __typename
    ... on TrainingPartner {
      id
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentContributionMutation, InsightTalentContributionMutationVariables>;
export const InsightTalentIntakeDocument = new TypedDocumentString(`
    mutation InsightTalentIntake($input: RecordTrainingIntakeInput!) {
  recordTrainingIntake(input: $input) {
    __typename
    ... on TrainingProgramme {
      id
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InsightTalentIntakeMutation, InsightTalentIntakeMutationVariables>;
export const InsightTrlTrlProgressionDocument = new TypedDocumentString(`
    query InsightTrlTrlProgression($filter: CollaborationFilter) {
  trlProgression(filter: $filter) {
    technologies
    averageFirstLevel
    averageCurrentLevel
    averageGain
    currentLevels {
      value
      technologies
    }
    gains {
      value
      technologies
    }
    projects
    averageGainPerProject
  }
}
    `) as unknown as TypedDocumentString<InsightTrlTrlProgressionQuery, InsightTrlTrlProgressionQueryVariables>;
export const InsightTrlProjectDocument = new TypedDocumentString(`
    query InsightTrlProject($code: String) {
  project(code: $code) {
    code
    trlGained
  }
}
    `) as unknown as TypedDocumentString<InsightTrlProjectQuery, InsightTrlProjectQueryVariables>;
export const IpFilingsFileIpProtectionDocument = new TypedDocumentString(`
    mutation IpFilingsFileIpProtection($input: FileIpProtectionInput!) {
  fileIpProtection(input: $input) {
    __typename
    ... on IpFiling {
      ...IpFilingFields
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment IpFilingFields on IpFiling {
  id
  type
  jurisdiction
  applicationNumber
  priorityDate
  filingDate
  publicationDate
  grantDate
  registrationNumber
  status
  version
  parentFiling {
    id
  }
  technology {
    code
  }
  deadlines {
    kind
    dueOn
    daysLeft
    legalSource
  }
}`) as unknown as TypedDocumentString<IpFilingsFileIpProtectionMutation, IpFilingsFileIpProtectionMutationVariables>;
export const IpFilingsTransitionIpFilingDocument = new TypedDocumentString(`
    mutation IpFilingsTransitionIpFiling($input: TransitionIpFilingInput!) {
  transitionIpFiling(input: $input) {
    __typename
    ... on IpFiling {
      ...IpFilingFields
    }
    ... on InvalidIpFilingTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment IpFilingFields on IpFiling {
  id
  type
  jurisdiction
  applicationNumber
  priorityDate
  filingDate
  publicationDate
  grantDate
  registrationNumber
  status
  version
  parentFiling {
    id
  }
  technology {
    code
  }
  deadlines {
    kind
    dueOn
    daysLeft
    legalSource
  }
}`) as unknown as TypedDocumentString<IpFilingsTransitionIpFilingMutation, IpFilingsTransitionIpFilingMutationVariables>;
export const IpFilingsUpdateIpFilingDocument = new TypedDocumentString(`
    mutation IpFilingsUpdateIpFiling($input: UpdateIpFilingInput!) {
  updateIpFiling(input: $input) {
    __typename
    ... on IpFiling {
      ...IpFilingFields
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment IpFilingFields on IpFiling {
  id
  type
  jurisdiction
  applicationNumber
  priorityDate
  filingDate
  publicationDate
  grantDate
  registrationNumber
  status
  version
  parentFiling {
    id
  }
  technology {
    code
  }
  deadlines {
    kind
    dueOn
    daysLeft
    legalSource
  }
}`) as unknown as TypedDocumentString<IpFilingsUpdateIpFilingMutation, IpFilingsUpdateIpFilingMutationVariables>;
export const IpFilingsUpcomingDeadlinesDocument = new TypedDocumentString(`
    query IpFilingsUpcomingDeadlines($withinDays: Int!, $organizationId: ID) {
  upcomingDeadlines(withinDays: $withinDays, organizationId: $organizationId) {
    kind
    dueOn
    daysLeft
    description
    legalSource
    filing {
      id
      jurisdiction
    }
  }
}
    `) as unknown as TypedDocumentString<IpFilingsUpcomingDeadlinesQuery, IpFilingsUpcomingDeadlinesQueryVariables>;
export const IpFilingsTechnologyDocument = new TypedDocumentString(`
    query IpFilingsTechnology {
  technology(code: "EIU-IP-01") {
    ipFilings {
      id
      deadlines {
        kind
        dueOn
        daysLeft
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IpFilingsTechnologyQuery, IpFilingsTechnologyQueryVariables>;
export const IpFilingsIpFilingsDocument = new TypedDocumentString(`
    query IpFilingsIpFilings($filter: IpFilingFilter) {
  ipFilings(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IpFilingsIpFilingsQuery, IpFilingsIpFilingsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ... on AuthPayload {
      accessToken
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const JourneyInviteMemberDocument = new TypedDocumentString(`
    mutation JourneyInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    __typename
    ... on InvitationCreated {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyInviteMemberMutation, JourneyInviteMemberMutationVariables>;
export const JourneyAcceptInvitationDocument = new TypedDocumentString(`
    mutation JourneyAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on AcceptedInvitation {
      membership {
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyAcceptInvitationMutation, JourneyAcceptInvitationMutationVariables>;
export const JourneyCreateOrganizationDocument = new TypedDocumentString(`
    mutation JourneyCreateOrganization {
  createOrganization(
    input: {name: "Sample Smart Factory Startup", helix: INDUSTRY, kind: STARTUP, country: "VN", province: "Bình Dương"}
  ) {
    ... on Organization {
      id
      verified
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyCreateOrganizationMutation, JourneyCreateOrganizationMutationVariables>;
export const JourneyCreateApiKeyDocument = new TypedDocumentString(`
    mutation JourneyCreateApiKey($id: ID!) {
  createApiKey(
    input: {organizationId: $id, name: "Factory dashboard", scopes: [READ]}
  ) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyCreateApiKeyMutation, JourneyCreateApiKeyMutationVariables>;
export const JourneyOrganizationDocument = new TypedDocumentString(`
    query JourneyOrganization($id: ID) {
  organization(id: $id) {
    members {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyOrganizationQuery, JourneyOrganizationQueryVariables>;
export const JourneyOrganizationsDocument = new TypedDocumentString(`
    query JourneyOrganizations {
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<JourneyOrganizationsQuery, JourneyOrganizationsQueryVariables>;
export const JourneyOrganization2Document = new TypedDocumentString(`
    query JourneyOrganization2 {
  organization(slug: "becamex-idc") {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<JourneyOrganization2Query, JourneyOrganization2QueryVariables>;
export const JourneyUpdateOrganizationDocument = new TypedDocumentString(`
    mutation JourneyUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<JourneyUpdateOrganizationMutation, JourneyUpdateOrganizationMutationVariables>;
export const JourneyAuditLogDocument = new TypedDocumentString(`
    query JourneyAuditLog($id: ID) {
  auditLog(organizationId: $id) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<JourneyAuditLogQuery, JourneyAuditLogQueryVariables>;
export const JourneyAuditLog2Document = new TypedDocumentString(`
    query JourneyAuditLog2($id: ID) {
  auditLog(organizationId: $id) {
    edges {
      node {
        action
        actor {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyAuditLog2Query, JourneyAuditLog2QueryVariables>;
export const MailInviteMemberDocument = new TypedDocumentString(`
    mutation MailInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    __typename
    ... on InvitationCreated {
      invitation {
        id
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MailInviteMemberMutation, MailInviteMemberMutationVariables>;
export const MailAcceptInvitationDocument = new TypedDocumentString(`
    mutation MailAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on AcceptedInvitation {
      membership {
        status
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MailAcceptInvitationMutation, MailAcceptInvitationMutationVariables>;
export const MailUpdateProfileDocument = new TypedDocumentString(`
    mutation MailUpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    __typename
    ... on User {
      language
    }
  }
}
    `) as unknown as TypedDocumentString<MailUpdateProfileMutation, MailUpdateProfileMutationVariables>;
export const MailRequestMembershipDocument = new TypedDocumentString(`
    mutation MailRequestMembership($input: RequestMembershipInput!) {
  requestMembership(input: $input) {
    __typename
    ... on Membership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MailRequestMembershipMutation, MailRequestMembershipMutationVariables>;
export const MailApproveDocument = new TypedDocumentString(`
    mutation MailApprove($input: ApproveMembershipRequestInput!) {
  approveMembershipRequest(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MailApproveMutation, MailApproveMutationVariables>;
export const MatchesForDemandDocument = new TypedDocumentString(`
    query MatchesForDemand($id: ID!, $first: Int) {
  matchesForDemand(demandId: $id, first: $first) {
    score
    offer {
      id
      title
    }
    reasons {
      kind
      detail
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<MatchesForDemandQuery, MatchesForDemandQueryVariables>;
export const MatchesForOfferDocument = new TypedDocumentString(`
    query MatchesForOffer($id: ID!) {
  matchesForOffer(offerId: $id) {
    score
    demand {
      id
      title
    }
    reasons {
      kind
      detail
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<MatchesForOfferQuery, MatchesForOfferQueryVariables>;
export const MatchingMatchesForDemandDocument = new TypedDocumentString(`
    query MatchingMatchesForDemand($id: ID!, $first: Int) {
  matchesForDemand(demandId: $id, first: $first) {
    score
    offer {
      id
      title
      status
      details
      price {
        amount
        currency
      }
      organization {
        name
      }
      interests {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatchingMatchesForDemandQuery, MatchingMatchesForDemandQueryVariables>;
export const RequestMembershipDocument = new TypedDocumentString(`
    mutation RequestMembership($input: RequestMembershipInput!) {
  requestMembership(input: $input) {
    __typename
    ... on Membership {
      id
      role
      status
      position
      since
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RequestMembershipMutation, RequestMembershipMutationVariables>;
export const ApproveMembershipRequestDocument = new TypedDocumentString(`
    mutation ApproveMembershipRequest($input: ApproveMembershipRequestInput!) {
  approveMembershipRequest(input: $input) {
    __typename
    ... on Membership {
      id
      role
      status
      since
      version
    }
    ... on MembershipStatusError {
      status
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveMembershipRequestMutation, ApproveMembershipRequestMutationVariables>;
export const DeclineMembershipRequestDocument = new TypedDocumentString(`
    mutation DeclineMembershipRequest($id: ID!) {
  declineMembershipRequest(membershipId: $id) {
    __typename
    ... on Membership {
      id
      status
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineMembershipRequestMutation, DeclineMembershipRequestMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    __typename
    ... on Membership {
      id
      role
      status
      version
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($id: ID!) {
  removeMember(membershipId: $id) {
    __typename
    ... on Membership {
      id
      role
      status
      since
      until
      version
    }
    ... on MembershipStatusError {
      status
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const LeaveOrganizationDocument = new TypedDocumentString(`
    mutation LeaveOrganization($id: ID!) {
  leaveOrganization(organizationId: $id) {
    __typename
    ... on Membership {
      id
      status
      until
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LeaveOrganizationMutation, LeaveOrganizationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(invitationId: $id) {
    __typename
    ... on Invitation {
      id
      status
      revokedAt
    }
    ... on InvitationInvalidError {
      reason
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization($id: ID!, $first: Int, $after: String, $filter: MemberFilter) {
  organization(id: $id) {
    members(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          role
          status
          user {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const MembershipsOrganizationDocument = new TypedDocumentString(`
    query MembershipsOrganization($id: ID!) {
  organization(id: $id) {
    invitations {
      id
      email
      role
      status
      invitedBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsOrganizationQuery, MembershipsOrganizationQueryVariables>;
export const MyMembershipsDocument = new TypedDocumentString(`
    query MyMemberships {
  myMemberships {
    id
    role
    status
    organization {
      id
      name
    }
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MyMembershipsQuery, MyMembershipsQueryVariables>;
export const MembershipsOrganization2Document = new TypedDocumentString(`
    query MembershipsOrganization2($id: ID!, $first: Int) {
  organization(id: $id) {
    members(first: $first) {
      edges {
        node {
          role
          user {
            displayName
          }
          organization {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsOrganization2Query, MembershipsOrganization2QueryVariables>;
export const MetricsDirectoryDocument = new TypedDocumentString(`
    query MetricsDirectory {
  organizations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MetricsDirectoryQuery, MetricsDirectoryQueryVariables>;
export const MetricsMeDocument = new TypedDocumentString(`
    query MetricsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MetricsMeQuery, MetricsMeQueryVariables>;
export const MetricsRegisterDocument = new TypedDocumentString(`
    mutation MetricsRegister($input: RegisterInput!) {
  register(input: $input) {
    __typename
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsRegisterMutation, MetricsRegisterMutationVariables>;
export const MetricsOrganizationActivityDocument = new TypedDocumentString(`
    subscription MetricsOrganizationActivity($id: ID!) {
  organizationActivity(organizationId: $id) {
    action
  }
}
    `) as unknown as TypedDocumentString<MetricsOrganizationActivitySubscription, MetricsOrganizationActivitySubscriptionVariables>;
export const MoneyRulesCreateProjectDocument = new TypedDocumentString(`
    mutation MoneyRulesCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      budget {
        amount
        currency
      }
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyRulesCreateProjectMutation, MoneyRulesCreateProjectMutationVariables>;
export const MoneyRulesCreateOrganizationDocument = new TypedDocumentString(`
    mutation MoneyRulesCreateOrganization {
  createOrganization(
    input: {name: "Công ty Mẫu", helix: INDUSTRY, kind: PRIVATE_COMPANY, country: "VN"}
  ) {
    ... on Organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MoneyRulesCreateOrganizationMutation, MoneyRulesCreateOrganizationMutationVariables>;
export const MoneyRulesCreateAgreementDocument = new TypedDocumentString(`
    mutation MoneyRulesCreateAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MoneyRulesCreateAgreementMutation, MoneyRulesCreateAgreementMutationVariables>;
export const MoneyRulesCreateDemandDocument = new TypedDocumentString(`
    mutation MoneyRulesCreateDemand($input: CreateDemandInput!) {
  createDemand(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<MoneyRulesCreateDemandMutation, MoneyRulesCreateDemandMutationVariables>;
export const OfferTrlCreateOfferDocument = new TypedDocumentString(`
    mutation OfferTrlCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ... on TechnologyOffer {
      id
      version
      trl
      assessedTrl
      trlVerified
    }
    ... on ErrorResult {
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<OfferTrlCreateOfferMutation, OfferTrlCreateOfferMutationVariables>;
export const OfferTrlTechnologyOffersDocument = new TypedDocumentString(`
    query OfferTrlTechnologyOffers($minTrl: Int) {
  technologyOffers(filter: {minTrl: $minTrl}) {
    edges {
      node {
        id
        trl
        assessedTrl
        trlVerified
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfferTrlTechnologyOffersQuery, OfferTrlTechnologyOffersQueryVariables>;
export const OfferTrlTechnologyOfferDocument = new TypedDocumentString(`
    query OfferTrlTechnologyOffer($id: ID!) {
  technologyOffer(id: $id) {
    trl
    assessedTrl
    trlVerified
  }
}
    `) as unknown as TypedDocumentString<OfferTrlTechnologyOfferQuery, OfferTrlTechnologyOfferQueryVariables>;
export const OrganizationAdminCreateOrganizationDocument = new TypedDocumentString(`
    mutation OrganizationAdminCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on Organization {
      id
      slug
      name
      verified
      version
      helix
      secondaryHelices
      parent {
        slug
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminCreateOrganizationMutation, OrganizationAdminCreateOrganizationMutationVariables>;
export const OrganizationAdminUpdateOrganizationDocument = new TypedDocumentString(`
    mutation OrganizationAdminUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on Organization {
      id
      name
      website
      version
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminUpdateOrganizationMutation, OrganizationAdminUpdateOrganizationMutationVariables>;
export const OrganizationAdminCreateApiKeyDocument = new TypedDocumentString(`
    mutation OrganizationAdminCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      prefix
      scopes
      active
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminCreateApiKeyMutation, OrganizationAdminCreateApiKeyMutationVariables>;
export const OrganizationAdminOrganizationDocument = new TypedDocumentString(`
    query OrganizationAdminOrganization($id: ID) {
  organization(id: $id) {
    apiKeys {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminOrganizationQuery, OrganizationAdminOrganizationQueryVariables>;
export const OrganizationAdminVerifyOrganizationDocument = new TypedDocumentString(`
    mutation OrganizationAdminVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    verified
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminVerifyOrganizationMutation, OrganizationAdminVerifyOrganizationMutationVariables>;
export const OrganizationAdminOrganizationsDocument = new TypedDocumentString(`
    query OrganizationAdminOrganizations {
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminOrganizationsQuery, OrganizationAdminOrganizationsQueryVariables>;
export const OrganizationAdminOrganization2Document = new TypedDocumentString(`
    query OrganizationAdminOrganization2($id: ID) {
  organization(id: $id) {
    apiKeys {
      id
      name
      prefix
      active
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminOrganization2Query, OrganizationAdminOrganization2QueryVariables>;
export const OrganizationAdminRevokeApiKeyDocument = new TypedDocumentString(`
    mutation OrganizationAdminRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    active
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminRevokeApiKeyMutation, OrganizationAdminRevokeApiKeyMutationVariables>;
export const OrganizationAdminRevokeApiKey2Document = new TypedDocumentString(`
    mutation OrganizationAdminRevokeApiKey2($id: ID!) {
  revokeApiKey(id: $id) {
    active
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminRevokeApiKey2Mutation, OrganizationAdminRevokeApiKey2MutationVariables>;
export const OrganizationAdminArchiveOrganizationDocument = new TypedDocumentString(`
    mutation OrganizationAdminArchiveOrganization($id: ID!) {
  archiveOrganization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminArchiveOrganizationMutation, OrganizationAdminArchiveOrganizationMutationVariables>;
export const OrganizationAdminArchiveOrganization2Document = new TypedDocumentString(`
    mutation OrganizationAdminArchiveOrganization2($id: ID!) {
  archiveOrganization(id: $id) {
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminArchiveOrganization2Mutation, OrganizationAdminArchiveOrganization2MutationVariables>;
export const OrganizationAdminOrganization3Document = new TypedDocumentString(`
    query OrganizationAdminOrganization3($id: ID) {
  organization(id: $id) {
    slug
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminOrganization3Query, OrganizationAdminOrganization3QueryVariables>;
export const OrganizationAdminOrganizations2Document = new TypedDocumentString(`
    query OrganizationAdminOrganizations2 {
  organizations(filter: {search: "doomed", includeArchived: true}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminOrganizations2Query, OrganizationAdminOrganizations2QueryVariables>;
export const OrganizationAdminAuditLogDocument = new TypedDocumentString(`
    query OrganizationAdminAuditLog($org: ID, $first: Int, $after: String, $filter: AuditFilter) {
  auditLog(organizationId: $org, first: $first, after: $after, filter: $filter) {
    totalCount
    edges {
      node {
        action
        actorUserId
        actorApiKeyId
        organizationId
        entityType
        entityId
        requestId
        changes {
          field
          before
          after
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminAuditLogQuery, OrganizationAdminAuditLogQueryVariables>;
export const OrganizationAdminAuditLog2Document = new TypedDocumentString(`
    query OrganizationAdminAuditLog2($org: ID) {
  auditLog(organizationId: $org, first: 100) {
    edges {
      node {
        action
        actor {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationAdminAuditLog2Query, OrganizationAdminAuditLog2QueryVariables>;
export const ListDocument = new TypedDocumentString(`
    query List($filter: OrganizationFilter, $first: Int) {
  organizations(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        slug
        name
        nameEn
        helix
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListQuery, ListQueryVariables>;
export const OrganizationsOrganizationsDocument = new TypedDocumentString(`
    query OrganizationsOrganizations {
  organizations(filter: {helix: GOVERNMENT}) {
    totalCount
    edges {
      node {
        name
        nameEn
        helix
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganizationsQuery, OrganizationsOrganizationsQueryVariables>;
export const OrganizationsOrganizationDocument = new TypedDocumentString(`
    query OrganizationsOrganization {
  organization(slug: "becamex-idc") {
    helix
    secondaryHelices
    kind
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganizationQuery, OrganizationsOrganizationQueryVariables>;
export const OrganizationsOrganization2Document = new TypedDocumentString(`
    query OrganizationsOrganization2 {
  organization(slug: "eiu") {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganization2Query, OrganizationsOrganization2QueryVariables>;
export const OrganizationsOrganizations2Document = new TypedDocumentString(`
    query OrganizationsOrganizations2 {
  organizations(filter: {search: "no such actor"}) {
    totalCount
    edges {
      cursor
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganizations2Query, OrganizationsOrganizations2QueryVariables>;
export const OrganizationsOrganizations3Document = new TypedDocumentString(`
    query OrganizationsOrganizations3 {
  organizations(filter: {search: "ordering sample"}) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganizations3Query, OrganizationsOrganizations3QueryVariables>;
export const OrganizationsOrganization3Document = new TypedDocumentString(`
    query OrganizationsOrganization3 {
  organization(slug: "binh-duong-dost") {
    name
    parent {
      slug
      parent {
        slug
      }
      children {
        slug
      }
    }
    children {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganization3Query, OrganizationsOrganization3QueryVariables>;
export const OrganizationsOrganization4Document = new TypedDocumentString(`
    query OrganizationsOrganization4 {
  organization(slug: "eindhoven") {
    id
    slug
    country
    province
    website
    verified
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganization4Query, OrganizationsOrganization4QueryVariables>;
export const OrganizationsOrganization5Document = new TypedDocumentString(`
    query OrganizationsOrganization5($id: ID) {
  organization(id: $id) {
    slug
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganization5Query, OrganizationsOrganization5QueryVariables>;
export const OrganizationsOrganization6Document = new TypedDocumentString(`
    query OrganizationsOrganization6 {
  organization(slug: "atlantis") {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganization6Query, OrganizationsOrganization6QueryVariables>;
export const OrganizationsOrganization7Document = new TypedDocumentString(`
    query OrganizationsOrganization7 {
  organization {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganization7Query, OrganizationsOrganization7QueryVariables>;
export const OrganizationsOrganization8Document = new TypedDocumentString(`
    query OrganizationsOrganization8 {
  organization(slug: "eiu", id: "00000000-0000-4000-8000-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<OrganizationsOrganization8Query, OrganizationsOrganization8QueryVariables>;
export const PageDocument = new TypedDocumentString(`
    query Page($first: Int, $after: String, $orderBy: OrganizationOrder, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PageQuery, PageQueryVariables>;
export const PaginationOrganizationsDocument = new TypedDocumentString(`
    query PaginationOrganizations {
  organizations(first: 5) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationOrganizationsQuery, PaginationOrganizationsQueryVariables>;
export const PaginationOrganizations2Document = new TypedDocumentString(`
    query PaginationOrganizations2 {
  organizations(first: 5) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationOrganizations2Query, PaginationOrganizations2QueryVariables>;
export const PaginationOrganizations3Document = new TypedDocumentString(`
    query PaginationOrganizations3($first: Int) {
  organizations(first: $first, orderBy: {field: CREATED_AT}) {
    edges {
      node {
        name
        parent {
          name
          children {
            name
          }
        }
        children {
          name
          parent {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationOrganizations3Query, PaginationOrganizations3QueryVariables>;
export const PartnershipsAddPartnershipPartyDocument = new TypedDocumentString(`
    mutation PartnershipsAddPartnershipParty($id: ID!, $org: ID!) {
  addPartnershipParty(partnershipId: $id, organizationId: $org) {
    __typename
    ... on Partnership {
      id
      version
      parties {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsAddPartnershipPartyMutation, PartnershipsAddPartnershipPartyMutationVariables>;
export const PartnershipsRemovePartnershipPartyDocument = new TypedDocumentString(`
    mutation PartnershipsRemovePartnershipParty($id: ID!, $org: ID!) {
  removePartnershipParty(partnershipId: $id, organizationId: $org) {
    __typename
    ... on Partnership {
      id
      version
      parties {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsRemovePartnershipPartyMutation, PartnershipsRemovePartnershipPartyMutationVariables>;
export const PartnershipsChangePartnershipStatusDocument = new TypedDocumentString(`
    mutation PartnershipsChangePartnershipStatus($id: ID!, $status: PartnershipStatus!) {
  changePartnershipStatus(id: $id, status: $status) {
    __typename
    ... on Partnership {
      id
      status
      version
    }
    ... on InvalidPartnershipTransitionError {
      currentStatus
      allowedStatuses
    }
    ... on PartnershipConsentPendingError {
      pendingPartyIds
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsChangePartnershipStatusMutation, PartnershipsChangePartnershipStatusMutationVariables>;
export const PartnershipsPartnershipsDocument = new TypedDocumentString(`
    query PartnershipsPartnerships($first: Int, $after: String, $filter: PartnershipFilter) {
  partnerships(first: $first, after: $after, filter: $filter) {
    totalCount
    edges {
      cursor
      node {
        id
        title
        status
        type
        parties {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsPartnershipsQuery, PartnershipsPartnershipsQueryVariables>;
export const PartnershipsOrganizationDocument = new TypedDocumentString(`
    query PartnershipsOrganization($id: ID!, $first: Int, $after: String) {
  organization(id: $id) {
    partnerships(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          parties {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsOrganizationQuery, PartnershipsOrganizationQueryVariables>;
export const PartnershipsCreateApiKeyDocument = new TypedDocumentString(`
    mutation PartnershipsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<PartnershipsCreateApiKeyMutation, PartnershipsCreateApiKeyMutationVariables>;
export const PartnershipsRemovePartnershipParty2Document = new TypedDocumentString(`
    mutation PartnershipsRemovePartnershipParty2($id: ID!, $org: ID!) {
  removePartnershipParty(partnershipId: $id, organizationId: $org) {
    __typename
    ... on Partnership {
      id
      status
      version
      parties {
        id
      }
    }
    ... on PartyWithdrawalRequiredError {
      partyId
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsRemovePartnershipParty2Mutation, PartnershipsRemovePartnershipParty2MutationVariables>;
export const PartnershipsPartnerships2Document = new TypedDocumentString(`
    query PartnershipsPartnerships2($first: Int) {
  partnerships(first: $first) {
    edges {
      node {
        id
        amendment {
          id
          changes {
            field
          }
          consents {
            organizationId
            consent
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsPartnerships2Query, PartnershipsPartnerships2QueryVariables>;
export const PartnershipsPartnerships3Document = new TypedDocumentString(`
    query PartnershipsPartnerships3($first: Int) {
  partnerships(first: $first) {
    edges {
      node {
        id
        parties {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsPartnerships3Query, PartnershipsPartnerships3QueryVariables>;
export const PartnershipsOrganizationsDocument = new TypedDocumentString(`
    query PartnershipsOrganizations($first: Int) {
  organizations(first: $first) {
    edges {
      node {
        id
        partnerships(first: 3) {
          totalCount
          edges {
            node {
              id
              parties {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsOrganizationsQuery, PartnershipsOrganizationsQueryVariables>;
export const PartnershipsPartnershipDocument = new TypedDocumentString(`
    query PartnershipsPartnership($id: ID!) {
  partnership(id: $id) {
    type
    title
    description
    status
    signedOn
    validFrom
    validUntil
    parties {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsPartnershipQuery, PartnershipsPartnershipQueryVariables>;
export const PlacementsProposeDocument = new TypedDocumentString(`
    mutation PlacementsPropose($input: ProposePlacementInput!) {
  proposePlacement(input: $input) {
    __typename
    ... on Placement {
      id
      kind
      title
      topic
      startsOn
      endsOn
      status
      proposedBy
      homeAgreedAt
      hostAgreedAt
      withdrawnAt
      version
      mine
      person {
        id
        displayName
      }
      supervisor {
        id
      }
      tutor {
        id
      }
      homeAgreedBy {
        id
      }
      hostAgreedBy {
        id
      }
      homeOrganization {
        id
      }
      hostOrganization {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsProposeMutation, PlacementsProposeMutationVariables>;
export const PlacementsUpdateDocument = new TypedDocumentString(`
    mutation PlacementsUpdate($input: UpdatePlacementInput!) {
  updatePlacement(input: $input) {
    __typename
    ... on Placement {
      id
      title
      status
      version
      homeAgreedAt
      hostAgreedAt
      hostAgreedBy {
        id
      }
      supervisor {
        id
      }
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsUpdateMutation, PlacementsUpdateMutationVariables>;
export const PlacementsAgreeDocument = new TypedDocumentString(`
    mutation PlacementsAgree($input: AgreePlacementInput!) {
  agreePlacement(input: $input) {
    __typename
    ... on Placement {
      id
      status
      version
      homeAgreedAt
      hostAgreedAt
    }
    ... on PlacementAgreementError {
      currentStatus
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsAgreeMutation, PlacementsAgreeMutationVariables>;
export const PlacementsChangeStatusDocument = new TypedDocumentString(`
    mutation PlacementsChangeStatus($input: ChangePlacementStatusInput!) {
  changePlacementStatus(input: $input) {
    __typename
    ... on Placement {
      id
      status
      version
    }
    ... on InvalidPlacementTransitionError {
      currentStatus
      allowedStatuses
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsChangeStatusMutation, PlacementsChangeStatusMutationVariables>;
export const PlacementsWithdrawDocument = new TypedDocumentString(`
    mutation PlacementsWithdraw($id: ID!) {
  withdrawPlacement(id: $id) {
    __typename
    ... on Placement {
      id
      status
      title
      withdrawnAt
      person {
        id
      }
    }
    ... on InvalidPlacementTransitionError {
      currentStatus
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsWithdrawMutation, PlacementsWithdrawMutationVariables>;
export const PlacementsOneDocument = new TypedDocumentString(`
    query PlacementsOne($id: ID!) {
  placement(id: $id) {
    id
    kind
    title
    topic
    status
    version
    mine
    person {
      id
      displayName
    }
    supervisor {
      id
    }
    tutor {
      id
    }
    homeOrganization {
      id
    }
    hostOrganization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsOneQuery, PlacementsOneQueryVariables>;
export const PlacementsListDocument = new TypedDocumentString(`
    query PlacementsList($filter: PlacementFilter) {
  placements(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        status
        title
        mine
        person {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsListQuery, PlacementsListQueryVariables>;
export const PlacementsOfOrganizationDocument = new TypedDocumentString(`
    query PlacementsOfOrganization($id: ID!) {
  organization(id: $id) {
    placements(first: 100) {
      totalCount
      edges {
        node {
          id
          person {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsOfOrganizationQuery, PlacementsOfOrganizationQueryVariables>;
export const PlacementsTalentFlowsDocument = new TypedDocumentString(`
    query PlacementsTalentFlows($filter: TalentFlowsFilter) {
  talentFlows(filter: $filter) {
    cells {
      year
      kind
      homeHelix
      hostHelix
      placements
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<PlacementsTalentFlowsQuery, PlacementsTalentFlowsQueryVariables>;
export const PlacementsCreateEndpointDocument = new TypedDocumentString(`
    mutation PlacementsCreateEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<PlacementsCreateEndpointMutation, PlacementsCreateEndpointMutationVariables>;
export const ProgrammeRequestsCreateProjectDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      code
      version
      programme {
        code
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsCreateProjectMutation, ProgrammeRequestsCreateProjectMutationVariables>;
export const ProgrammeRequestsUpdateProjectDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on Project {
      version
      programme {
        code
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsUpdateProjectMutation, ProgrammeRequestsUpdateProjectMutationVariables>;
export const ProgrammeRequestsCreateProgrammeDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsCreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    __typename
    ... on Programme {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsCreateProgrammeMutation, ProgrammeRequestsCreateProgrammeMutationVariables>;
export const ProgrammeRequestsRequestProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsRequestProgrammeAttachment($input: RequestProgrammeAttachmentInput!) {
  requestProgrammeAttachment(input: $input) {
    __typename
    ... on ProgrammeAttachmentRequest {
      ...ProgrammeRequestFields
    }
    ... on Project {
      id
      version
      programme {
        code
      }
    }
    ... on ProgrammeRequestOpenError {
      requestId
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment ProgrammeRequestFields on ProgrammeAttachmentRequest {
  id
  status
  requestMessage
  reason
  projectCode
  projectTitle
  fromProgrammeId
  requestingOrganizationId
  requestedById
  decidedById
  decidedAt
  programme {
    code
  }
  requestingOrganization {
    id
  }
}`) as unknown as TypedDocumentString<ProgrammeRequestsRequestProgrammeAttachmentMutation, ProgrammeRequestsRequestProgrammeAttachmentMutationVariables>;
export const ProgrammeRequestsAcceptProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsAcceptProgrammeAttachment($id: ID!) {
  acceptProgrammeAttachment(requestId: $id) {
    __typename
    ... on ProgrammeAttachmentRequest {
      ...ProgrammeRequestFields
      project {
        version
        programme {
          code
        }
      }
    }
    ... on ProgrammeRequestStateError {
      status
    }
    ... on ProjectMovedError {
      currentProgrammeId
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment ProgrammeRequestFields on ProgrammeAttachmentRequest {
  id
  status
  requestMessage
  reason
  projectCode
  projectTitle
  fromProgrammeId
  requestingOrganizationId
  requestedById
  decidedById
  decidedAt
  programme {
    code
  }
  requestingOrganization {
    id
  }
}`) as unknown as TypedDocumentString<ProgrammeRequestsAcceptProgrammeAttachmentMutation, ProgrammeRequestsAcceptProgrammeAttachmentMutationVariables>;
export const ProgrammeRequestsDeclineProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsDeclineProgrammeAttachment($id: ID!, $reason: String) {
  declineProgrammeAttachment(requestId: $id, reason: $reason) {
    __typename
    ... on ProgrammeAttachmentRequest {
      ...ProgrammeRequestFields
    }
    ... on ProgrammeRequestStateError {
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment ProgrammeRequestFields on ProgrammeAttachmentRequest {
  id
  status
  requestMessage
  reason
  projectCode
  projectTitle
  fromProgrammeId
  requestingOrganizationId
  requestedById
  decidedById
  decidedAt
  programme {
    code
  }
  requestingOrganization {
    id
  }
}`) as unknown as TypedDocumentString<ProgrammeRequestsDeclineProgrammeAttachmentMutation, ProgrammeRequestsDeclineProgrammeAttachmentMutationVariables>;
export const ProgrammeRequestsWithdrawProgrammeAttachmentDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsWithdrawProgrammeAttachment($id: ID!) {
  withdrawProgrammeAttachment(requestId: $id) {
    __typename
    ... on ProgrammeAttachmentRequest {
      ...ProgrammeRequestFields
    }
    ... on ProgrammeRequestStateError {
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment ProgrammeRequestFields on ProgrammeAttachmentRequest {
  id
  status
  requestMessage
  reason
  projectCode
  projectTitle
  fromProgrammeId
  requestingOrganizationId
  requestedById
  decidedById
  decidedAt
  programme {
    code
  }
  requestingOrganization {
    id
  }
}`) as unknown as TypedDocumentString<ProgrammeRequestsWithdrawProgrammeAttachmentMutation, ProgrammeRequestsWithdrawProgrammeAttachmentMutationVariables>;
export const ProgrammeRequestsProgrammesDocument = new TypedDocumentString(`
    query ProgrammeRequestsProgrammes($status: ProgrammeRequestStatus, $first: Int, $after: String) {
  programmes {
    code
    attachmentRequests(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        node {
          id
          status
          projectCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsProgrammesQuery, ProgrammeRequestsProgrammesQueryVariables>;
export const ProgrammeRequestsProjectDocument = new TypedDocumentString(`
    query ProgrammeRequestsProject($id: ID!) {
  project(id: $id) {
    version
    programme {
      code
    }
    programmeRequests {
      id
      status
      programme {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsProjectQuery, ProgrammeRequestsProjectQueryVariables>;
export const ProgrammeRequestsAuditLogDocument = new TypedDocumentString(`
    query ProgrammeRequestsAuditLog($org: ID) {
  auditLog(organizationId: $org, first: 100) {
    edges {
      node {
        action
        entityType
        entityId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsAuditLogQuery, ProgrammeRequestsAuditLogQueryVariables>;
export const ProgrammeRequestsProjectChangedDocument = new TypedDocumentString(`
    subscription ProgrammeRequestsProjectChanged($id: ID!) {
  projectChanged(projectId: $id) {
    projectId
    action
    entityType
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsProjectChangedSubscription, ProgrammeRequestsProjectChangedSubscriptionVariables>;
export const ProgrammeRequestsOrganizationActivityDocument = new TypedDocumentString(`
    subscription ProgrammeRequestsOrganizationActivity($id: ID!) {
  organizationActivity(organizationId: $id) {
    action
    entityType
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsOrganizationActivitySubscription, ProgrammeRequestsOrganizationActivitySubscriptionVariables>;
export const ProgrammeRequestsArchiveOrganizationDocument = new TypedDocumentString(`
    mutation ProgrammeRequestsArchiveOrganization($id: ID!) {
  archiveOrganization(id: $id) {
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsArchiveOrganizationMutation, ProgrammeRequestsArchiveOrganizationMutationVariables>;
export const ProgrammeRequestsProgrammes2Document = new TypedDocumentString(`
    query ProgrammeRequestsProgrammes2($first: Int, $after: String) {
  programmes {
    code
    attachmentRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        node {
          id
          status
          projectCode
          project {
            code
          }
          programme {
            code
            owner {
              name
            }
          }
          requestingOrganization {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsProgrammes2Query, ProgrammeRequestsProgrammes2QueryVariables>;
export const ProgrammeRequestsProjectsDocument = new TypedDocumentString(`
    query ProgrammeRequestsProjects($first: Int) {
  projects(first: $first) {
    edges {
      node {
        code
        programmeRequests {
          id
          status
          programme {
            code
          }
          requestingOrganization {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeRequestsProjectsQuery, ProgrammeRequestsProjectsQueryVariables>;
export const ProjectsCreateProjectDocument = new TypedDocumentString(`
    mutation ProjectsCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      code
      version
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsCreateProjectMutation, ProjectsCreateProjectMutationVariables>;
export const ProjectsInviteParticipantDocument = new TypedDocumentString(`
    mutation ProjectsInviteParticipant($input: InviteParticipantInput!) {
  inviteParticipant(input: $input) {
    __typename
    ... on ProjectParticipant {
      id
      status
      role
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsInviteParticipantMutation, ProjectsInviteParticipantMutationVariables>;
export const ProjectsTransitionProjectDocument = new TypedDocumentString(`
    mutation ProjectsTransitionProject($input: TransitionProjectInput!) {
  transitionProject(input: $input) {
    __typename
    ... on Project {
      status
      version
    }
    ... on InvalidTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsTransitionProjectMutation, ProjectsTransitionProjectMutationVariables>;
export const ProjectsInviteMemberDocument = new TypedDocumentString(`
    mutation ProjectsInviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    ... on InvitationCreated {
      token
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsInviteMemberMutation, ProjectsInviteMemberMutationVariables>;
export const ProjectsAcceptInvitationDocument = new TypedDocumentString(`
    mutation ProjectsAcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ProjectsAcceptInvitationMutation, ProjectsAcceptInvitationMutationVariables>;
export const ProjectsUpdateProjectDocument = new TypedDocumentString(`
    mutation ProjectsUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on Project {
      helices
      isTripleHelix
      contributionsByHelix {
        helix
        cash {
          amount
          currency
        }
        inKind {
          amount
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsUpdateProjectMutation, ProjectsUpdateProjectMutationVariables>;
export const ProjectsUpdateParticipantDocument = new TypedDocumentString(`
    mutation ProjectsUpdateParticipant($input: UpdateParticipantInput!) {
  updateParticipant(input: $input) {
    __typename
    ... on ProjectParticipant {
      version
      contribution {
        cash {
          amount
          currency
        }
      }
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsUpdateParticipantMutation, ProjectsUpdateParticipantMutationVariables>;
export const ProjectsProjectsDocument = new TypedDocumentString(`
    query ProjectsProjects {
  projects {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjectsQuery, ProjectsProjectsQueryVariables>;
export const ProjectsUpdateProject2Document = new TypedDocumentString(`
    mutation ProjectsUpdateProject2($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on Project {
      visibility
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsUpdateProject2Mutation, ProjectsUpdateProject2MutationVariables>;
export const ProjectsUpdateProject3Document = new TypedDocumentString(`
    mutation ProjectsUpdateProject3($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on Project {
      version
      title
    }
    ... on VersionConflictError {
      currentVersion
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsUpdateProject3Mutation, ProjectsUpdateProject3MutationVariables>;
export const ProjectsProjects2Document = new TypedDocumentString(`
    query ProjectsProjects2($f: ProjectFilter) {
  projects(filter: $f) {
    totalCount
    edges {
      node {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjects2Query, ProjectsProjects2QueryVariables>;
export const ProjectsProjects3Document = new TypedDocumentString(`
    query ProjectsProjects3($first: Int) {
  projects(first: $first) {
    edges {
      node {
        code
        helices
        isTripleHelix
        budget {
          amount
        }
        milestones {
          title
          overdue
        }
        participants {
          role
          organization {
            name
          }
          contribution {
            cash {
              amount
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjects3Query, ProjectsProjects3QueryVariables>;
export const ProjectsAddMilestoneDocument = new TypedDocumentString(`
    mutation ProjectsAddMilestone($input: AddMilestoneInput!) {
  addMilestone(input: $input) {
    id
    status
    overdue
    version
    completedOn
  }
}
    `) as unknown as TypedDocumentString<ProjectsAddMilestoneMutation, ProjectsAddMilestoneMutationVariables>;
export const ProjectsUpdateMilestoneDocument = new TypedDocumentString(`
    mutation ProjectsUpdateMilestone($input: UpdateMilestoneInput!) {
  updateMilestone(input: $input) {
    __typename
    ... on Milestone {
      status
      completedOn
      overdue
      version
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsUpdateMilestoneMutation, ProjectsUpdateMilestoneMutationVariables>;
export const ProjectsProjectDocument = new TypedDocumentString(`
    query ProjectsProject($code: String) {
  project(code: $code) {
    milestones {
      title
      dueDate
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsProjectQuery, ProjectsProjectQueryVariables>;
export const ProjectsProgrammesDocument = new TypedDocumentString(`
    query ProjectsProgrammes {
  programmes {
    id
    code
    name
    owner {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsProgrammesQuery, ProjectsProgrammesQueryVariables>;
export const ProjectsCreateProgrammeDocument = new TypedDocumentString(`
    mutation ProjectsCreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ProjectsCreateProgrammeMutation, ProjectsCreateProgrammeMutationVariables>;
export const ProjectsOrganizationDocument = new TypedDocumentString(`
    query ProjectsOrganization {
  organization(slug: "eiu-fablab") {
    projects {
      totalCount
      edges {
        node {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsOrganizationQuery, ProjectsOrganizationQueryVariables>;
export const RateLimitsLoginDocument = new TypedDocumentString(`
    mutation RateLimitsLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RateLimitsLoginMutation, RateLimitsLoginMutationVariables>;
export const RateLimitsRegisterDocument = new TypedDocumentString(`
    mutation RateLimitsRegister($input: RegisterInput!) {
  register(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RateLimitsRegisterMutation, RateLimitsRegisterMutationVariables>;
export const RateLimitsOrganizationsDocument = new TypedDocumentString(`
    query RateLimitsOrganizations {
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RateLimitsOrganizationsQuery, RateLimitsOrganizationsQueryVariables>;
export const ReadParityDealsExpressInterestDocument = new TypedDocumentString(`
    mutation ReadParityDealsExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    __typename
    ... on ExchangeInterest {
      id
    }
    ... on ErrorResult {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReadParityDealsExpressInterestMutation, ReadParityDealsExpressInterestMutationVariables>;
export const DealDocument = new TypedDocumentString(`
    query Deal($id: ID!) {
  deal(id: $id) {
    offer {
      details
      price {
        amount
      }
      priceNote
    }
    demand {
      budget {
        min
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealQuery, DealQueryVariables>;
export const TechnologyDemandDocument = new TypedDocumentString(`
    query TechnologyDemand($id: ID!) {
  technologyDemand(id: $id) {
    budget {
      min
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologyDemandQuery, TechnologyDemandQueryVariables>;
export const ReadParityDealsTechnologyOfferDocument = new TypedDocumentString(`
    query ReadParityDealsTechnologyOffer($id: ID!) {
  technologyOffer(id: $id) {
    details
    priceNote
  }
}
    `) as unknown as TypedDocumentString<ReadParityDealsTechnologyOfferQuery, ReadParityDealsTechnologyOfferQueryVariables>;
export const ReadParityDealsTechnologyDemandDocument = new TypedDocumentString(`
    query ReadParityDealsTechnologyDemand($id: ID!) {
  technologyDemand(id: $id) {
    budget {
      min
      max
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<ReadParityDealsTechnologyDemandQuery, ReadParityDealsTechnologyDemandQueryVariables>;
export const ReadPathOrganizationsDocument = new TypedDocumentString(`
    query ReadPathOrganizations($first: Int, $projects: Int, $after: String) {
  organizations(first: $first, orderBy: {field: CREATED_AT}) {
    edges {
      node {
        id
        slug
        projects(
          first: $projects
          after: $after
          orderBy: {field: TITLE, direction: DESC}
        ) {
          totalCount
          edges {
            cursor
            node {
              code
              title
              budget {
                amount
                currency
              }
              participants {
                role
                since
              }
            }
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathOrganizationsQuery, ReadPathOrganizationsQueryVariables>;
export const ReadPathProjectsDocument = new TypedDocumentString(`
    query ReadPathProjects($organizationId: ID!, $first: Int, $after: String) {
  projects(
    first: $first
    after: $after
    orderBy: {field: TITLE, direction: DESC}
    filter: {organizationId: $organizationId}
  ) {
    totalCount
    edges {
      cursor
      node {
        code
        title
        budget {
          amount
          currency
        }
        participants {
          role
          since
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathProjectsQuery, ReadPathProjectsQueryVariables>;
export const ReadPathProjects2Document = new TypedDocumentString(`
    query ReadPathProjects2($organizationId: ID!) {
  projects(first: 40, filter: {organizationId: $organizationId}) {
    edges {
      node {
        helices
        isTripleHelix
        contributionsByHelix {
          helix
          cash {
            amount
            currency
          }
          inKind {
            amount
            currency
          }
        }
        participants {
          status
          organization {
            helix
            secondaryHelices
          }
          contribution {
            cash {
              amount
              currency
            }
            inKindValue {
              amount
              currency
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathProjects2Query, ReadPathProjects2QueryVariables>;
export const ReadPathProjects3Document = new TypedDocumentString(`
    query ReadPathProjects3($organizationId: ID!) {
  projects(first: 20, filter: {organizationId: $organizationId}) {
    edges {
      node {
        code
        helices
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathProjects3Query, ReadPathProjects3QueryVariables>;
export const ReadPathOrganizationDocument = new TypedDocumentString(`
    query ReadPathOrganization($id: ID) {
  organization(id: $id) {
    version
    helix
    secondaryHelices
  }
}
    `) as unknown as TypedDocumentString<ReadPathOrganizationQuery, ReadPathOrganizationQueryVariables>;
export const ReadPathUpdateOrganizationDocument = new TypedDocumentString(`
    mutation ReadPathUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on Organization {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathUpdateOrganizationMutation, ReadPathUpdateOrganizationMutationVariables>;
export const ReadPathOrganization2Document = new TypedDocumentString(`
    query ReadPathOrganization2($id: ID) {
  organization(id: $id) {
    newest: projects(first: 1) {
      edges {
        node {
          code
        }
      }
    }
    byTitle: projects(first: 2, orderBy: {field: TITLE}) {
      edges {
        node {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadPathOrganization2Query, ReadPathOrganization2QueryVariables>;
export const ReportDisclosureCreateProjectDocument = new TypedDocumentString(`
    mutation ReportDisclosureCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      version
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDisclosureCreateProjectMutation, ReportDisclosureCreateProjectMutationVariables>;
export const ReportDisclosureTransitionProjectDocument = new TypedDocumentString(`
    mutation ReportDisclosureTransitionProject($input: TransitionProjectInput!) {
  transitionProject(input: $input) {
    __typename
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDisclosureTransitionProjectMutation, ReportDisclosureTransitionProjectMutationVariables>;
export const ReportDisclosureIcfFactorsDocument = new TypedDocumentString(`
    query ReportDisclosureIcfFactors($filter: CollaborationFilter) {
  icfFactors(filter: $filter) {
    factor
    projects
    budgets {
      currency
      amount
      suppressed
      projects
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDisclosureIcfFactorsQuery, ReportDisclosureIcfFactorsQueryVariables>;
export const ReportDisclosureHelixContributionsDocument = new TypedDocumentString(`
    query ReportDisclosureHelixContributions($filter: CollaborationFilter) {
  helixContributions(filter: $filter) {
    helix
    kind
    currency
    amount
    suppressed
    organizations
  }
}
    `) as unknown as TypedDocumentString<ReportDisclosureHelixContributionsQuery, ReportDisclosureHelixContributionsQueryVariables>;
export const ReportDisclosureTrlProgressionDocument = new TypedDocumentString(`
    query ReportDisclosureTrlProgression($filter: CollaborationFilter) {
  trlProgression(filter: $filter) {
    technologies
    averageFirstLevel
    averageCurrentLevel
    averageGain
    currentLevels {
      value
      technologies
    }
    gains {
      value
      technologies
    }
    averageGainPerProject
  }
}
    `) as unknown as TypedDocumentString<ReportDisclosureTrlProgressionQuery, ReportDisclosureTrlProgressionQueryVariables>;
export const ReportDisclosureCommercialisationFunnelDocument = new TypedDocumentString(`
    query ReportDisclosureCommercialisationFunnel($filter: FunnelFilter) {
  commercialisationFunnel(filter: $filter) {
    total {
      researchExpenditure {
        currency
        amount
        suppressed
        projects
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDisclosureCommercialisationFunnelQuery, ReportDisclosureCommercialisationFunnelQueryVariables>;
export const ReportDisclosureCollaborationNetworkDocument = new TypedDocumentString(`
    query ReportDisclosureCollaborationNetwork($filter: CollaborationFilter) {
  collaborationNetwork(filter: $filter, first: 100) {
    organizations
    links
    top {
      organizationId
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDisclosureCollaborationNetworkQuery, ReportDisclosureCollaborationNetworkQueryVariables>;
export const LogBrokenFoundingDocument = new TypedDocumentString(`
    mutation LogBrokenFounding($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<LogBrokenFoundingMutation, LogBrokenFoundingMutationVariables>;
export const LogRefusedActivityDocument = new TypedDocumentString(`
    subscription LogRefusedActivity($id: ID!) {
  organizationActivity(organizationId: $id) {
    action
  }
}
    `) as unknown as TypedDocumentString<LogRefusedActivitySubscription, LogRefusedActivitySubscriptionVariables>;
export const RevenueRecordRevenueReceiptDocument = new TypedDocumentString(`
    mutation RevenueRecordRevenueReceipt($input: RecordRevenueReceiptInput!) {
  recordRevenueReceipt(input: $input) {
    __typename
    ... on RevenueReceipt {
      id
      kind
      amount {
        amount
        currency
      }
      receivedOn
      distributionId
      milestonePaymentId
    }
    ... on AgreementStateError {
      currentStatus
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueRecordRevenueReceiptMutation, RevenueRecordRevenueReceiptMutationVariables>;
export const RevenueRecordRevenueCostDocument = new TypedDocumentString(`
    mutation RevenueRecordRevenueCost($input: RecordRevenueCostInput!) {
  recordRevenueCost(input: $input) {
    __typename
    ... on RevenueCost {
      id
      kind
      amount {
        amount
        currency
      }
      technologyId
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueRecordRevenueCostMutation, RevenueRecordRevenueCostMutationVariables>;
export const RevenueSetDistributionPolicyDocument = new TypedDocumentString(`
    mutation RevenueSetDistributionPolicy($input: SetDistributionPolicyInput!) {
  setDistributionPolicy(input: $input) {
    __typename
    ... on DistributionPolicy {
      id
      inventorsShare
      unitsShare
      institutionShare
      validFrom
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueSetDistributionPolicyMutation, RevenueSetDistributionPolicyMutationVariables>;
export const RevenueDistributeRevenueDocument = new TypedDocumentString(`
    mutation RevenueDistributeRevenue($agreementId: ID!, $upTo: Date!) {
  distributeRevenue(agreementId: $agreementId, upTo: $upTo) {
    __typename
    ... on RevenueDistribution {
      id
      periodEnd
      gross {
        amount
        currency
      }
      costs {
        amount
      }
      net {
        amount
        currency
      }
      lines {
        ...RevenueLineFields
      }
    }
    ... on MissingDistributionPolicyError {
      organizationId
    }
    ... on NegativeNetRevenueError {
      gross {
        amount
      }
      costs {
        amount
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment RevenueLineFields on DistributionLine {
  id
  beneficiaryKind
  technologyInventorId
  inventorUserId
  inventorName
  amount {
    amount
    currency
  }
  status
  paidOn
  paymentReference
  periodEnd
  version
  payer {
    id
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<RevenueDistributeRevenueMutation, RevenueDistributeRevenueMutationVariables>;
export const RevenueMarkDistributionLinePaidDocument = new TypedDocumentString(`
    mutation RevenueMarkDistributionLinePaid($input: MarkDistributionLinePaidInput!) {
  markDistributionLinePaid(input: $input) {
    __typename
    ... on DistributionLine {
      id
      status
      paidOn
      paymentReference
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueMarkDistributionLinePaidMutation, RevenueMarkDistributionLinePaidMutationVariables>;
export const RevenueAgreementDocument = new TypedDocumentString(`
    query RevenueAgreement($id: ID!) {
  agreement(id: $id) {
    id
    terms {
      currency
    }
    receipts {
      id
      amount {
        amount
      }
      distributionId
    }
    costs {
      id
      amount {
        amount
      }
      distributionId
    }
    distributions {
      id
      net {
        amount
      }
      lines {
        id
        amount {
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueAgreementQuery, RevenueAgreementQueryVariables>;
export const RevenueMyDistributionLinesDocument = new TypedDocumentString(`
    query RevenueMyDistributionLines {
  myDistributionLines {
    totalCount
    edges {
      node {
        id
        amount {
          amount
        }
        beneficiaryKind
        inventorName
        agreement {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueMyDistributionLinesQuery, RevenueMyDistributionLinesQueryVariables>;
export const RevenueOrganizationDocument = new TypedDocumentString(`
    query RevenueOrganization($id: ID!) {
  organization(id: $id) {
    distributionPolicies {
      validFrom
    }
  }
}
    `) as unknown as TypedDocumentString<RevenueOrganizationQuery, RevenueOrganizationQueryVariables>;
export const ScheduledJobsCreateApiKeyDocument = new TypedDocumentString(`
    mutation ScheduledJobsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduledJobsCreateApiKeyMutation, ScheduledJobsCreateApiKeyMutationVariables>;
export const ScheduledJobsAddObligationDocument = new TypedDocumentString(`
    mutation ScheduledJobsAddObligation($input: AddObligationInput!) {
  addObligation(input: $input) {
    __typename
    ... on AgreementObligation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduledJobsAddObligationMutation, ScheduledJobsAddObligationMutationVariables>;
export const ScheduledJobsFileIpProtectionDocument = new TypedDocumentString(`
    mutation ScheduledJobsFileIpProtection($input: FileIpProtectionInput!) {
  fileIpProtection(input: $input) {
    __typename
    ... on IpFiling {
      id
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduledJobsFileIpProtectionMutation, ScheduledJobsFileIpProtectionMutationVariables>;
export const ScheduledJobsMeDocument = new TypedDocumentString(`
    query ScheduledJobsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduledJobsMeQuery, ScheduledJobsMeQueryVariables>;
export const ServerProcessOrganizationCountDocument = new TypedDocumentString(`
    query ServerProcessOrganizationCount {
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ServerProcessOrganizationCountQuery, ServerProcessOrganizationCountQueryVariables>;
export const ServerProcessOrganizationsDocument = new TypedDocumentString(`
    query ServerProcessOrganizations {
  organizations(filter: {helix: GOVERNMENT}) {
    totalCount
    edges {
      node {
        name
        nameEn
        helix
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServerProcessOrganizationsQuery, ServerProcessOrganizationsQueryVariables>;
export const ServerProcessSynergyDocument = new TypedDocumentString(`
    query ServerProcessSynergy {
  tripleHelixSynergy {
    projects
  }
}
    `) as unknown as TypedDocumentString<ServerProcessSynergyQuery, ServerProcessSynergyQueryVariables>;
export const ServerProcessLoginDocument = new TypedDocumentString(`
    mutation ServerProcessLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ServerProcessLoginMutation, ServerProcessLoginMutationVariables>;
export const ServerProcessOrganizationDocument = new TypedDocumentString(`
    query ServerProcessOrganization {
  organization(slug: "sample-kept") {
    name
  }
  organizations {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ServerProcessOrganizationQuery, ServerProcessOrganizationQueryVariables>;
export const SpinOffsSpinOffsDocument = new TypedDocumentString(`
    query SpinOffsSpinOffs($filter: SpinOffFilter) {
  spinOffs(filter: $filter) {
    totalCount
    edges {
      node {
        id
        foundedOn
        status
        equityHeld
        organization {
          name
        }
        parentOrganization {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpinOffsSpinOffsQuery, SpinOffsSpinOffsQueryVariables>;
export const SpinOffsOrganizationDocument = new TypedDocumentString(`
    query SpinOffsOrganization($id: ID!) {
  organization(id: $id) {
    spinOffs {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SpinOffsOrganizationQuery, SpinOffsOrganizationQueryVariables>;
export const ImportSpreadsheetForTestDocument = new TypedDocumentString(`
    mutation ImportSpreadsheetForTest($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) {
    kind
    dryRun
    applied
    rowsRead
    created
    updated
    unchanged
    problems {
      row
      column
      code
      message
    }
    rows {
      row
      key
      action
      recordId
    }
  }
}
    `) as unknown as TypedDocumentString<ImportSpreadsheetForTestMutation, ImportSpreadsheetForTestMutationVariables>;
export const StandardIdentifiersCreateOrganizationDocument = new TypedDocumentString(`
    mutation StandardIdentifiersCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on Organization {
      id
      rorId
      verified
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersCreateOrganizationMutation, StandardIdentifiersCreateOrganizationMutationVariables>;
export const StandardIdentifiersUpdateOrganizationDocument = new TypedDocumentString(`
    mutation StandardIdentifiersUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on Organization {
      rorId
      verified
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersUpdateOrganizationMutation, StandardIdentifiersUpdateOrganizationMutationVariables>;
export const StandardIdentifiersUpdateProfileDocument = new TypedDocumentString(`
    mutation StandardIdentifiersUpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    __typename
    ... on User {
      displayName
      orcid
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersUpdateProfileMutation, StandardIdentifiersUpdateProfileMutationVariables>;
export const StandardIdentifiersCreateTechnologyDocument = new TypedDocumentString(`
    mutation StandardIdentifiersCreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on Technology {
      id
      inventors {
        orcid
        user {
          orcid
        }
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersCreateTechnologyMutation, StandardIdentifiersCreateTechnologyMutationVariables>;
export const StandardIdentifiersOrganizationsDocument = new TypedDocumentString(`
    query StandardIdentifiersOrganizations($rorId: String) {
  organizations(filter: {rorId: $rorId}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersOrganizationsQuery, StandardIdentifiersOrganizationsQueryVariables>;
export const StandardIdentifiersVerifyOrganizationDocument = new TypedDocumentString(`
    mutation StandardIdentifiersVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    verified
    version
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersVerifyOrganizationMutation, StandardIdentifiersVerifyOrganizationMutationVariables>;
export const StandardIdentifiersMeDocument = new TypedDocumentString(`
    query StandardIdentifiersMe {
  me {
    orcid
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersMeQuery, StandardIdentifiersMeQueryVariables>;
export const StandardIdentifiersTechnologiesDocument = new TypedDocumentString(`
    query StandardIdentifiersTechnologies($orcid: String) {
  technologies(filter: {inventorOrcid: $orcid}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<StandardIdentifiersTechnologiesQuery, StandardIdentifiersTechnologiesQueryVariables>;
export const SubscriptionsCreateApiKeyDocument = new TypedDocumentString(`
    mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCreateApiKeyMutation, SubscriptionsCreateApiKeyMutationVariables>;
export const SubscriptionsLoginDocument = new TypedDocumentString(`
    mutation SubscriptionsLogin($input: LoginInput!) {
  login(input: $input) {
    ... on AuthPayload {
      accessToken
      refreshToken
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsLoginMutation, SubscriptionsLoginMutationVariables>;
export const SubscriptionsProjectChangedDocument = new TypedDocumentString(`
    subscription SubscriptionsProjectChanged($id: ID!) {
  projectChanged(projectId: $id) {
    projectId
    action
    entityType
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsProjectChangedSubscription, SubscriptionsProjectChangedSubscriptionVariables>;
export const SubscriptionsCreateProjectDocument = new TypedDocumentString(`
    mutation SubscriptionsCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    ... on Project {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCreateProjectMutation, SubscriptionsCreateProjectMutationVariables>;
export const SubscriptionsUpdateProjectDocument = new TypedDocumentString(`
    mutation SubscriptionsUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on Project {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsUpdateProjectMutation, SubscriptionsUpdateProjectMutationVariables>;
export const SubscriptionsRefreshSessionDocument = new TypedDocumentString(`
    mutation SubscriptionsRefreshSession($token: String!) {
  refreshSession(refreshToken: $token) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsRefreshSessionMutation, SubscriptionsRefreshSessionMutationVariables>;
export const SubscriptionsCreateOrganizationDocument = new TypedDocumentString(`
    mutation SubscriptionsCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    ... on Organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCreateOrganizationMutation, SubscriptionsCreateOrganizationMutationVariables>;
export const SubscriptionsCreateProject2Document = new TypedDocumentString(`
    mutation SubscriptionsCreateProject2($input: CreateProjectInput!) {
  createProject(input: $input) {
    ... on Project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsCreateProject2Mutation, SubscriptionsCreateProject2MutationVariables>;
export const SubscriptionsArchiveOrganizationDocument = new TypedDocumentString(`
    mutation SubscriptionsArchiveOrganization($id: ID!) {
  archiveOrganization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubscriptionsArchiveOrganizationMutation, SubscriptionsArchiveOrganizationMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    __typename
    ... on AuthPayload {
      accessToken
      refreshToken
      user {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const CreateAgreementDocument = new TypedDocumentString(`
    mutation CreateAgreement($input: CreateAgreementInput!) {
  createAgreement(input: $input) {
    __typename
    ... on Agreement {
      ...AgreementFields
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment AgreementFields on Agreement {
  id
  code
  title
  type
  status
  territory
  fieldOfUse
  effectiveOn
  expiresOn
  executedOn
  endedOn
  version
  licensors {
    id
  }
  licensee {
    id
  }
  technologies {
    id
    code
  }
  terms {
    currency
    upfrontFee {
      amount
      currency
    }
    royaltyRate
    milestonePayments {
      id
      description
      amount {
        amount
        currency
      }
      dueOn
      status
    }
  }
}`) as unknown as TypedDocumentString<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const TransitionAgreementDocument = new TypedDocumentString(`
    mutation TransitionAgreement($input: TransitionAgreementInput!) {
  transitionAgreement(input: $input) {
    __typename
    ... on Agreement {
      id
      status
      version
      executedOn
      effectiveOn
      endedOn
    }
    ... on InvalidAgreementTransitionError {
      currentStatus
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TransitionAgreementMutation, TransitionAgreementMutationVariables>;
export const AuthorizationMatrixCreateOrganizationDocument = new TypedDocumentString(`
    mutation AuthorizationMatrixCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    ... on Organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationMatrixCreateOrganizationMutation, AuthorizationMatrixCreateOrganizationMutationVariables>;
export const AuthorizationMatrixCreateApiKeyDocument = new TypedDocumentString(`
    mutation AuthorizationMatrixCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AuthorizationMatrixCreateApiKeyMutation, AuthorizationMatrixCreateApiKeyMutationVariables>;
export const AuthorizationMatrixVerifyOrganizationDocument = new TypedDocumentString(`
    mutation AuthorizationMatrixVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthorizationMatrixVerifyOrganizationMutation, AuthorizationMatrixVerifyOrganizationMutationVariables>;
export const CreateOfferDocument = new TypedDocumentString(`
    mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ... on TechnologyOffer {
      ...OfferFields
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment OfferFields on TechnologyOffer {
  id
  kind
  title
  summary
  details
  price {
    amount
    currency
  }
  priceNote
  trl
  sectors
  keywords
  language
  status
  publishedOn
  expiresOn
  version
  concepts
  organization {
    id
  }
}`) as unknown as TypedDocumentString<CreateOfferMutation, CreateOfferMutationVariables>;
export const CreateDemandDocument = new TypedDocumentString(`
    mutation CreateDemand($input: CreateDemandInput!) {
  createDemand(input: $input) {
    __typename
    ... on TechnologyDemand {
      ...DemandFields
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment DemandFields on TechnologyDemand {
  id
  title
  description
  sectors
  keywords
  language
  minTrl
  status
  publishedOn
  expiresOn
  version
  concepts
  budget {
    min
    max
    currency
  }
  organization {
    id
  }
}`) as unknown as TypedDocumentString<CreateDemandMutation, CreateDemandMutationVariables>;
export const PublishOfferDocument = new TypedDocumentString(`
    mutation PublishOffer($input: PublishExchangeItemInput!) {
  publishOffer(input: $input) {
    __typename
    ... on TechnologyOffer {
      id
      status
      version
      expiresOn
      publishedOn
    }
    ... on InvalidExchangeTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PublishOfferMutation, PublishOfferMutationVariables>;
export const RenewOfferDocument = new TypedDocumentString(`
    mutation RenewOffer($input: PublishExchangeItemInput!) {
  renewOffer(input: $input) {
    __typename
    ... on TechnologyOffer {
      id
      status
      version
      expiresOn
      publishedOn
    }
    ... on InvalidExchangeTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RenewOfferMutation, RenewOfferMutationVariables>;
export const PublishDemandDocument = new TypedDocumentString(`
    mutation PublishDemand($input: PublishExchangeItemInput!) {
  publishDemand(input: $input) {
    __typename
    ... on TechnologyDemand {
      id
      status
      version
      expiresOn
      publishedOn
    }
    ... on InvalidExchangeTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PublishDemandMutation, PublishDemandMutationVariables>;
export const RenewDemandDocument = new TypedDocumentString(`
    mutation RenewDemand($input: PublishExchangeItemInput!) {
  renewDemand(input: $input) {
    __typename
    ... on TechnologyDemand {
      id
      status
      version
      expiresOn
      publishedOn
    }
    ... on InvalidExchangeTransitionError {
      allowedStatuses
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<RenewDemandMutation, RenewDemandMutationVariables>;
export const FixturesExpressInterestDocument = new TypedDocumentString(`
    mutation FixturesExpressInterest($input: ExpressInterestInput!) {
  expressInterest(input: $input) {
    __typename
    ... on ExchangeInterest {
      id
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FixturesExpressInterestMutation, FixturesExpressInterestMutationVariables>;
export const VerifyOrganizationDocument = new TypedDocumentString(`
    mutation VerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<VerifyOrganizationMutation, VerifyOrganizationMutationVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      code
      version
      participants {
        id
        organization {
          id
        }
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const InviteParticipantDocument = new TypedDocumentString(`
    mutation InviteParticipant($input: InviteParticipantInput!) {
  inviteParticipant(input: $input) {
    __typename
    ... on ProjectParticipant {
      id
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InviteParticipantMutation, InviteParticipantMutationVariables>;
export const AcceptParticipationDocument = new TypedDocumentString(`
    mutation AcceptParticipation($id: ID!) {
  acceptParticipation(participantId: $id) {
    __typename
    ... on ProjectParticipant {
      id
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptParticipationMutation, AcceptParticipationMutationVariables>;
export const CreateProgrammeDocument = new TypedDocumentString(`
    mutation CreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    __typename
    ... on Programme {
      id
      code
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on Organization {
      id
      name
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    __typename
    ... on InvitationCreated {
      token
      invitation {
        id
        email
        role
        status
        expiresAt
        invitedBy {
          id
          displayName
        }
        organization {
          id
          name
        }
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    __typename
    ... on AcceptedInvitation {
      membership {
        id
        role
        status
        since
        until
        version
        user {
          id
          email
          displayName
        }
        organization {
          id
        }
      }
      session {
        accessToken
        refreshToken
        user {
          id
          email
        }
      }
    }
    ... on InvitationInvalidError {
      reason
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const CreateTechnologyDocument = new TypedDocumentString(`
    mutation CreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on Technology {
      id
      code
      version
      inventors {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTechnologyMutation, CreateTechnologyMutationVariables>;
export const AssessTrlDocument = new TypedDocumentString(`
    mutation AssessTrl($input: AssessTrlInput!) {
  assessTrl(input: $input) {
    __typename
    ... on Technology {
      currentTrl
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AssessTrlMutation, AssessTrlMutationVariables>;
export const SyntheticLoginDocument = new TypedDocumentString(`
    mutation SyntheticLogin($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload {
      accessToken
    }
  }
}
    `) as unknown as TypedDocumentString<SyntheticLoginMutation, SyntheticLoginMutationVariables>;
export const SyntheticProjectsDocument = new TypedDocumentString(`
    query SyntheticProjects {
  projects(first: 5) {
    totalCount
    edges {
      node {
        code
        participants {
          role
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyntheticProjectsQuery, SyntheticProjectsQueryVariables>;
export const TechnologiesReadTechnologies2Document = new TypedDocumentString(`
    query TechnologiesReadTechnologies2($first: Int, $after: String) {
  technologies(first: $first, after: $after, orderBy: {field: CODE}) {
    totalCount
    edges {
      cursor
      node {
        ...TechnologiesReadNode
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
  }
}
    fragment TechnologiesReadNode on Technology {
  id
  code
  title
  currentTrl
  createdAt
  owners {
    share
    validFrom
    validUntil
    organization {
      id
      name
    }
  }
  inventors {
    share
    externalName
    user {
      id
      displayName
    }
    affiliationOrganization {
      id
    }
  }
  trlHistory {
    level
    assessedOn
    recordedAt
    assessor {
      id
    }
    recordedBy {
      displayName
    }
  }
  projects {
    code
    participants {
      role
      organization {
        id
      }
    }
    technologies {
      code
    }
  }
  disclosures {
    title
    status
    submittedAt
    technology {
      code
    }
    organization {
      id
    }
    submittedBy {
      id
    }
    decidedBy {
      id
    }
  }
  ipFilings {
    type
    status
    filingDate
    parentFiling {
      id
    }
    technology {
      code
    }
    deadlines {
      kind
      dueOn
      daysLeft
      filing {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<TechnologiesReadTechnologies2Query, TechnologiesReadTechnologies2QueryVariables>;
export const TechnologiesReadDisclosuresDocument = new TypedDocumentString(`
    query TechnologiesReadDisclosures($first: Int) {
  disclosures(first: $first) {
    totalCount
    edges {
      node {
        id
        title
        status
        decision
        createdAt
        organization {
          id
        }
        submittedBy {
          displayName
        }
        technology {
          code
          owners {
            share
          }
          ipFilings {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadDisclosuresQuery, TechnologiesReadDisclosuresQueryVariables>;
export const TechnologiesReadIpFilingsDocument = new TypedDocumentString(`
    query TechnologiesReadIpFilings($first: Int) {
  ipFilings(first: $first) {
    totalCount
    edges {
      node {
        id
        type
        jurisdiction
        status
        priorityDate
        grantDate
        technology {
          code
          inventors {
            share
          }
        }
        deadlines {
          kind
          dueOn
          filing {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadIpFilingsQuery, TechnologiesReadIpFilingsQueryVariables>;
export const TechnologiesReadOrganizationsDocument = new TypedDocumentString(`
    query TechnologiesReadOrganizations($first: Int, $technologies: Int) {
  organizations(first: $first, orderBy: {field: CREATED_AT}) {
    edges {
      node {
        id
        technologies(first: $technologies, orderBy: {field: CODE}) {
          totalCount
          edges {
            cursor
            node {
              code
              owners {
                share
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadOrganizationsQuery, TechnologiesReadOrganizationsQueryVariables>;
export const TechnologiesReadUpcomingDeadlinesDocument = new TypedDocumentString(`
    query TechnologiesReadUpcomingDeadlines($first: Int) {
  upcomingDeadlines(withinDays: 3650, first: $first) {
    kind
    dueOn
    daysLeft
    filing {
      id
      technology {
        code
        owners {
          share
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadUpcomingDeadlinesQuery, TechnologiesReadUpcomingDeadlinesQueryVariables>;
export const TechnologiesReadOrganizationDocument = new TypedDocumentString(`
    query TechnologiesReadOrganization($id: ID) {
  organization(id: $id) {
    technologies(first: 0, filter: {trlMin: 3, search: "a%_"}) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadOrganizationQuery, TechnologiesReadOrganizationQueryVariables>;
export const TechnologiesReadTechnologyDocument = new TypedDocumentString(`
    query TechnologiesReadTechnology($id: ID) {
  technology(id: $id) {
    id
    inventors {
      user {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadTechnologyQuery, TechnologiesReadTechnologyQueryVariables>;
export const TechnologiesReadTechnology2Document = new TypedDocumentString(`
    query TechnologiesReadTechnology2($code: String) {
  technology(code: $code) {
    ...TechnologiesReadNode
  }
}
    fragment TechnologiesReadNode on Technology {
  id
  code
  title
  currentTrl
  createdAt
  owners {
    share
    validFrom
    validUntil
    organization {
      id
      name
    }
  }
  inventors {
    share
    externalName
    user {
      id
      displayName
    }
    affiliationOrganization {
      id
    }
  }
  trlHistory {
    level
    assessedOn
    recordedAt
    assessor {
      id
    }
    recordedBy {
      displayName
    }
  }
  projects {
    code
    participants {
      role
      organization {
        id
      }
    }
    technologies {
      code
    }
  }
  disclosures {
    title
    status
    submittedAt
    technology {
      code
    }
    organization {
      id
    }
    submittedBy {
      id
    }
    decidedBy {
      id
    }
  }
  ipFilings {
    type
    status
    filingDate
    parentFiling {
      id
    }
    technology {
      code
    }
    deadlines {
      kind
      dueOn
      daysLeft
      filing {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<TechnologiesReadTechnology2Query, TechnologiesReadTechnology2QueryVariables>;
export const TechnologiesReadTechnologiesDocument = new TypedDocumentString(`
    query TechnologiesReadTechnologies($organizationId: ID) {
  technologies(
    first: 3
    orderBy: {field: CODE}
    filter: {organizationId: $organizationId}
  ) {
    totalCount
    edges {
      cursor
      node {
        code
        owners {
          share
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadTechnologiesQuery, TechnologiesReadTechnologiesQueryVariables>;
export const TechnologiesReadMyDisclosuresDocument = new TypedDocumentString(`
    query TechnologiesReadMyDisclosures {
  myDisclosures(first: 100) {
    edges {
      node {
        technology {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadMyDisclosuresQuery, TechnologiesReadMyDisclosuresQueryVariables>;
export const TechnologiesReadUpcomingDeadlines2Document = new TypedDocumentString(`
    query TechnologiesReadUpcomingDeadlines2 {
  upcomingDeadlines(withinDays: 3650) {
    dueOn
    daysLeft
    filing {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesReadUpcomingDeadlines2Query, TechnologiesReadUpcomingDeadlines2QueryVariables>;
export const TechnologiesTechnologyDocument = new TypedDocumentString(`
    query TechnologiesTechnology($code: String) {
  technology(code: $code) {
    ...TechnologyLookupFields
  }
}
    fragment TechnologyLookupFields on Technology {
  id
  code
  title
  currentTrl
  version
  fields
  keywords
  owners {
    share
    validFrom
    validUntil
    organization {
      id
    }
  }
  inventors {
    share
    externalName
    affiliationName
    user {
      id
      displayName
    }
    affiliationOrganization {
      id
    }
  }
  trlHistory {
    level
    assessedOn
    assessorName
    evidence
    assessor {
      id
    }
    recordedBy {
      id
    }
  }
  projects {
    id
  }
}`) as unknown as TypedDocumentString<TechnologiesTechnologyQuery, TechnologiesTechnologyQueryVariables>;
export const SetTechnologyOwnersDocument = new TypedDocumentString(`
    mutation SetTechnologyOwners($input: SetTechnologyOwnersInput!) {
  setTechnologyOwners(input: $input) {
    __typename
    ... on Technology {
      version
      owners {
        share
        validFrom
        validUntil
        organization {
          id
        }
      }
    }
    ... on SharesDoNotTotalError {
      subject
      total
      day
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SetTechnologyOwnersMutation, SetTechnologyOwnersMutationVariables>;
export const SetTechnologyInventorsDocument = new TypedDocumentString(`
    mutation SetTechnologyInventors($input: SetTechnologyInventorsInput!) {
  setTechnologyInventors(input: $input) {
    __typename
    ... on Technology {
      version
      inventors {
        share
        externalName
        user {
          id
        }
      }
    }
    ... on SharesDoNotTotalError {
      subject
      total
      day
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SetTechnologyInventorsMutation, SetTechnologyInventorsMutationVariables>;
export const TechnologiesAssessTrlDocument = new TypedDocumentString(`
    mutation TechnologiesAssessTrl($input: AssessTrlInput!) {
  assessTrl(input: $input) {
    __typename
    ... on Technology {
      currentTrl
      trlHistory {
        level
        assessedOn
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesAssessTrlMutation, TechnologiesAssessTrlMutationVariables>;
export const UpdateTechnologyDocument = new TypedDocumentString(`
    mutation UpdateTechnology($input: UpdateTechnologyInput!) {
  updateTechnology(input: $input) {
    __typename
    ... on Technology {
      title
      version
      abstract
      keywords
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateTechnologyMutation, UpdateTechnologyMutationVariables>;
export const TechnologiesDocument = new TypedDocumentString(`
    query Technologies($filter: TechnologyFilter, $first: Int, $after: String, $orderBy: TechnologyOrder) {
  technologies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        code
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesQuery, TechnologiesQueryVariables>;
export const TechnologiesCreateTechnologyDocument = new TypedDocumentString(`
    mutation TechnologiesCreateTechnology($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    ... on SharesDoNotTotalError {
      subject
      total
      day
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesCreateTechnologyMutation, TechnologiesCreateTechnologyMutationVariables>;
export const TechnologiesCreateTechnology2Document = new TypedDocumentString(`
    mutation TechnologiesCreateTechnology2($input: CreateTechnologyInput!) {
  createTechnology(input: $input) {
    __typename
    ... on SharesDoNotTotalError {
      subject
      total
      day
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesCreateTechnology2Mutation, TechnologiesCreateTechnology2MutationVariables>;
export const TechnologiesSetTechnologyOwnersDocument = new TypedDocumentString(`
    mutation TechnologiesSetTechnologyOwners($input: SetTechnologyOwnersInput!) {
  setTechnologyOwners(input: $input) {
    __typename
    ... on Technology {
      version
      owners {
        share
        organization {
          id
        }
      }
    }
    ... on TechnologyOwnersProposal {
      ...OwnersProposalFields
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment OwnersProposalFields on TechnologyOwnersProposal {
  id
  technologyId
  status
  owners {
    organizationId
    share
    validFrom
    validUntil
  }
  consents {
    organizationId
    consent
    decidedAt
  }
  decidedAt
}`) as unknown as TypedDocumentString<TechnologiesSetTechnologyOwnersMutation, TechnologiesSetTechnologyOwnersMutationVariables>;
export const TechnologiesAcceptTechnologyOwnersDocument = new TypedDocumentString(`
    mutation TechnologiesAcceptTechnologyOwners($id: ID!) {
  acceptTechnologyOwners(proposalId: $id) {
    __typename
    ... on TechnologyOwnersProposal {
      ...OwnersProposalFields
    }
    ... on OwnersProposalStateError {
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment OwnersProposalFields on TechnologyOwnersProposal {
  id
  technologyId
  status
  owners {
    organizationId
    share
    validFrom
    validUntil
  }
  consents {
    organizationId
    consent
    decidedAt
  }
  decidedAt
}`) as unknown as TypedDocumentString<TechnologiesAcceptTechnologyOwnersMutation, TechnologiesAcceptTechnologyOwnersMutationVariables>;
export const TechnologiesDeclineTechnologyOwnersDocument = new TypedDocumentString(`
    mutation TechnologiesDeclineTechnologyOwners($id: ID!) {
  declineTechnologyOwners(proposalId: $id) {
    __typename
    ... on TechnologyOwnersProposal {
      ...OwnersProposalFields
    }
    ... on OwnersProposalStateError {
      status
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    fragment OwnersProposalFields on TechnologyOwnersProposal {
  id
  technologyId
  status
  owners {
    organizationId
    share
    validFrom
    validUntil
  }
  consents {
    organizationId
    consent
    decidedAt
  }
  decidedAt
}`) as unknown as TypedDocumentString<TechnologiesDeclineTechnologyOwnersMutation, TechnologiesDeclineTechnologyOwnersMutationVariables>;
export const TechnologiesTechnology2Document = new TypedDocumentString(`
    query TechnologiesTechnology2($code: String) {
  technology(code: $code) {
    version
    ownersProposal {
      ...OwnersProposalFields
    }
  }
}
    fragment OwnersProposalFields on TechnologyOwnersProposal {
  id
  technologyId
  status
  owners {
    organizationId
    share
    validFrom
    validUntil
  }
  consents {
    organizationId
    consent
    decidedAt
  }
  decidedAt
}`) as unknown as TypedDocumentString<TechnologiesTechnology2Query, TechnologiesTechnology2QueryVariables>;
export const TechnologiesCreateProjectDocument = new TypedDocumentString(`
    mutation TechnologiesCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    ... on Project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesCreateProjectMutation, TechnologiesCreateProjectMutationVariables>;
export const TechnologiesProjectDocument = new TypedDocumentString(`
    query TechnologiesProject($id: ID) {
  project(id: $id) {
    technologies {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesProjectQuery, TechnologiesProjectQueryVariables>;
export const TechnologiesOrganizationDocument = new TypedDocumentString(`
    query TechnologiesOrganization($id: ID) {
  organization(id: $id) {
    technologies(first: 10) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<TechnologiesOrganizationQuery, TechnologiesOrganizationQueryVariables>;
export const TracingDirectoryDocument = new TypedDocumentString(`
    query TracingDirectory {
  organizations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TracingDirectoryQuery, TracingDirectoryQueryVariables>;
export const TrainingCreateDocument = new TypedDocumentString(`
    mutation TrainingCreate($input: CreateTrainingProgrammeInput!) {
  createTrainingProgramme(input: $input) {
    __typename
    ... on TrainingProgramme {
      id
      title
      titleEn
      curriculumUrl
      field
      startsOn
      endsOn
      version
      runner {
        id
      }
      partners {
        id
      }
      intakes {
        year
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCreateMutation, TrainingCreateMutationVariables>;
export const TrainingUpdateDocument = new TypedDocumentString(`
    mutation TrainingUpdate($input: UpdateTrainingProgrammeInput!) {
  updateTrainingProgramme(input: $input) {
    __typename
    ... on TrainingProgramme {
      id
      title
      endsOn
      version
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingUpdateMutation, TrainingUpdateMutationVariables>;
export const TrainingInviteDocument = new TypedDocumentString(`
    mutation TrainingInvite($input: InviteTrainingPartnerInput!) {
  inviteTrainingPartner(input: $input) {
    __typename
    ... on TrainingPartner {
      id
      status
      version
      organization {
        id
      }
      programme {
        id
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingInviteMutation, TrainingInviteMutationVariables>;
export const TrainingAnswerDocument = new TypedDocumentString(`
    mutation TrainingAnswer($input: AnswerTrainingInvitationInput!) {
  answerTrainingInvitation(input: $input) {
    __typename
    ... on TrainingPartner {
      id
      status
      version
      answeredAt
    }
    ... on InvalidTrainingPartnerTransitionError {
      currentStatus
      allowedStatuses
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingAnswerMutation, TrainingAnswerMutationVariables>;
export const TrainingContributeDocument = new TypedDocumentString(`
    mutation TrainingContribute($input: RecordTrainingContributionInput!) {
  recordTrainingContribution(input: $input) {
    __typename
    ... on TrainingPartner {
      id
      version
      contributions {
        year
        seatsFunded
        graduatesHired
      }
    }
    ... on TrainingPartnerStateError {
      currentStatus
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingContributeMutation, TrainingContributeMutationVariables>;
export const TrainingIntakeDocument = new TypedDocumentString(`
    mutation TrainingIntake($input: RecordTrainingIntakeInput!) {
  recordTrainingIntake(input: $input) {
    __typename
    ... on TrainingProgramme {
      id
      version
      intakes {
        year
        trainees
        graduates
      }
    }
    ... on VersionConflictError {
      currentVersion
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingIntakeMutation, TrainingIntakeMutationVariables>;
export const TrainingOneDocument = new TypedDocumentString(`
    query TrainingOne($id: ID!) {
  trainingProgramme(id: $id) {
    id
    title
    runner {
      id
    }
    intakes {
      year
      trainees
      graduates
    }
    partners {
      status
      organization {
        id
      }
      contributions {
        year
        seatsFunded
        graduatesHired
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingOneQuery, TrainingOneQueryVariables>;
export const TrainingListDocument = new TypedDocumentString(`
    query TrainingList($filter: TrainingProgrammeFilter) {
  trainingProgrammes(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingListQuery, TrainingListQueryVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on Organization {
      name
      helix
      verified
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const TrustVerifyOrganizationDocument = new TypedDocumentString(`
    mutation TrustVerifyOrganization($id: ID!) {
  verifyOrganization(id: $id) {
    verified
    version
  }
}
    `) as unknown as TypedDocumentString<TrustVerifyOrganizationMutation, TrustVerifyOrganizationMutationVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations {
  organizations(
    filter: {verified: false}
    orderBy: {field: UPDATED_AT, direction: DESC}
    first: 100
  ) {
    edges {
      node {
        id
        name
        verified
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($org: ID) {
  auditLog(organizationId: $org, first: 100) {
    edges {
      node {
        action
        actorUserId
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const TrustCreateProjectDocument = new TypedDocumentString(`
    mutation TrustCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Project {
      id
      code
      version
      programme {
        code
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TrustCreateProjectMutation, TrustCreateProjectMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on Project {
      version
      programme {
        code
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const TrustCreateProgrammeDocument = new TypedDocumentString(`
    mutation TrustCreateProgramme($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    __typename
    ... on Programme {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TrustCreateProgrammeMutation, TrustCreateProgrammeMutationVariables>;
export const TechnologyOfferDocument = new TypedDocumentString(`
    query TechnologyOffer($id: ID!) {
  technologyOffer(id: $id) {
    title
    details
    price {
      amount
      currency
    }
    priceNote
  }
}
    `) as unknown as TypedDocumentString<TechnologyOfferQuery, TechnologyOfferQueryVariables>;
export const TrustOrganizationDocument = new TypedDocumentString(`
    query TrustOrganization($id: ID!) {
  organization(id: $id) {
    verified
  }
}
    `) as unknown as TypedDocumentString<TrustOrganizationQuery, TrustOrganizationQueryVariables>;
export const TrustCreateOrganizationDocument = new TypedDocumentString(`
    mutation TrustCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    ... on Organization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TrustCreateOrganizationMutation, TrustCreateOrganizationMutationVariables>;
export const OpenDealDocument = new TypedDocumentString(`
    mutation OpenDeal($input: OpenDealInput!) {
  openDeal(input: $input) {
    __typename
    ... on Deal {
      id
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<OpenDealMutation, OpenDealMutationVariables>;
export const AdvanceDealDocument = new TypedDocumentString(`
    mutation AdvanceDeal($input: AdvanceDealInput!) {
  advanceDeal(input: $input) {
    __typename
    ... on Deal {
      stage
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AdvanceDealMutation, AdvanceDealMutationVariables>;
export const DropDealDocument = new TypedDocumentString(`
    mutation DropDeal($input: DropDealInput!) {
  dropDeal(input: $input) {
    __typename
    ... on Deal {
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<DropDealMutation, DropDealMutationVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($id: ID) {
  projects(filter: {programmeId: $id}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ArchiveOrganizationDocument = new TypedDocumentString(`
    mutation ArchiveOrganization($id: ID!) {
  archiveOrganization(id: $id) {
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ArchiveOrganizationMutation, ArchiveOrganizationMutationVariables>;
export const TrustCreateOfferDocument = new TypedDocumentString(`
    mutation TrustCreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<TrustCreateOfferMutation, TrustCreateOfferMutationVariables>;
export const UpdateOfferDocument = new TypedDocumentString(`
    mutation UpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  project(id: $id) {
    code
    title
  }
}
    `) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const WebhooksCreateEndpointDocument = new TypedDocumentString(`
    mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ... on WebhookEndpointWithSecret {
      secret
      endpoint {
        id
        url
        eventTypes
        status
        version
      }
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCreateEndpointMutation, WebhooksCreateEndpointMutationVariables>;
export const WebhooksDeliveriesDocument = new TypedDocumentString(`
    query WebhooksDeliveries($id: ID) {
  organization(id: $id) {
    webhookEndpoints {
      id
      status
      disabledReason
      deliveries(first: 50) {
        totalCount
        edges {
          node {
            id
            eventId
            eventType
            status
            attempts
            lastStatusCode
            redeliveryOf
            attemptLog {
              statusCode
              error
              durationMs
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeliveriesQuery, WebhooksDeliveriesQueryVariables>;
export const WebhooksRedeliverDocument = new TypedDocumentString(`
    mutation WebhooksRedeliver($id: ID!) {
  redeliverWebhook(deliveryId: $id) {
    __typename
    ... on WebhookDelivery {
      id
      eventId
      status
    }
    ... on ErrorResult {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksRedeliverMutation, WebhooksRedeliverMutationVariables>;
export const WebhooksUpdateEndpointDocument = new TypedDocumentString(`
    mutation WebhooksUpdateEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    __typename
    ... on WebhookEndpoint {
      status
      version
    }
    ... on ErrorResult {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksUpdateEndpointMutation, WebhooksUpdateEndpointMutationVariables>;