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

/** What an API key may do for its organisation. */
export type ApiKeyScope =
  /** Read what members of the organisation may read. */
  | 'READ'
  /** Also create and edit the organisation’s records, as an editor may. */
  | 'WRITE';

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

/** A budget range in one currency; give at least one end. */
export type BudgetInput = {
  /** ISO 4217 currency code with 0 or 2 decimals; VND when omitted. */
  currency?: string;
  /** The most, an exact decimal string; not below `min`. */
  max?: string | null | undefined;
  /** The least, an exact decimal string with at most 2 decimals. */
  min?: string | null | undefined;
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

/** Who a distribution line pays. */
export type DistributionBeneficiaryKind =
  /** The owning institution itself. */
  | 'INSTITUTION'
  /** An inventor (a platform user or a named external person). */
  | 'INVENTOR'
  /** An inventor’s unit: the lab, faculty or department they belong to. */
  | 'UNIT';

/** Dropping a deal (editors of the broker, the provider or the seeker). */
export type DropDealInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The deal. */
  id: string | number;
  /** Why (up to 2,000 characters). */
  note?: string | null | undefined;
};

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

/** An exact amount of money. */
export type MoneyInput = {
  /** Exact decimal as a string with no more decimals than the currency has, e.g. "250000000" VND or "12.50" EUR. */
  amount: string;
  /** ISO 4217 currency code with 0 or 2 decimals; VND when omitted. The amount has no more decimals than it. */
  currency?: string;
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

/** Who may read a project. */
export type ProjectVisibility =
  /** Only members of participating organisations. */
  | 'PARTNERS'
  /** Anyone reads its public fields; money stays with the participants. */
  | 'PUBLIC';

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

/** A new account. */
export type RegisterInput = {
  /** The name shown to others. */
  displayName: string;
  /** Email address; compared without regard to case. */
  email: string;
  /** At least 12 characters. */
  password: string;
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

/** Taking an offer or demand off the exchange for good. */
export type WithdrawExchangeItemInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The offer or demand. */
  id: string | number;
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

export type ImportSpreadsheetForTestMutationVariables = Exact<{
  input: ImportSpreadsheetInput;
}>;


export type ImportSpreadsheetForTestMutation = { importSpreadsheet: { kind: ImportKind, dryRun: boolean, applied: boolean, rowsRead: number, created: number, updated: number, unchanged: number, problems: Array<{ row: number, column: string | null, code: string, message: string }>, rows: Array<{ row: number, key: string | null, action: ImportRowAction, recordId: string | null }> } };

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
    | { __typename: 'Technology', id: string, code: string, version: number }
    | { __typename: 'TechnologyCodeTakenError', code: string, message: string, field: string | null }
   };

export type AssessTrlMutationVariables = Exact<{
  input: AssessTrlInput;
}>;


export type AssessTrlMutation = { assessTrl:
    | { __typename: 'InvalidInputError', code: string, message: string, field: string | null }
    | { __typename: 'Technology', currentTrl: number | null }
   };

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