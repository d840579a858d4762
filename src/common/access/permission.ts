/**
 * The one vocabulary of what a caller may do, as `<kind of record>.<action>`. Services name the
 * permission and the ids they touch; the access policy decides. Platform admins hold every
 * permission except `organization.speakFor`.
 */

/** On organisations. An archived organisation grants none of those that act in its name. */
export type OrganizationPermission =
  /** Read what partners may read: members, partner-visible records (active members; READ keys). */
  | 'organization.read'
  /** Create and edit its projects and records (editors and admins; WRITE keys). */
  | 'organization.write'
  /** Edit its profile (admins). */
  | 'organization.update'
  /** Invite, approve, change roles, remove (admins). */
  | 'organization.manageMembers'
  /** Create, list and revoke API keys (admins). */
  | 'organization.manageApiKeys'
  /** Register, change and remove webhook endpoints, read their deliveries and ask for redelivery (admins). */
  | 'organization.manageWebhooks'
  /** Read its audit trail (admins). */
  | 'organization.readAudit'
  /** Give consent in its name (its editors and admins; WRITE keys): never the operator's to give. */
  | 'organization.speakFor';

/**
 * On projects: `read` its public fields (anyone, for a PUBLIC project); `readConfidential` money and
 * participants (members of participating or invited organisations); `readManagement` its running,
 * such as its requests to join programmes, and `edit` it (the coordinator's members, editors).
 */
export type ProjectPermission = 'project.read' | 'project.readConfidential' | 'project.readManagement' | 'project.edit';

/** On programmes: `attach` projects to it (its owner's editors); `readRequests` to join it (its owner's members). */
export type ProgrammePermission = 'programme.attach' | 'programme.readRequests';

/**
 * On requests to put a project in a programme: `read` (the programme owner's members and the
 * project's coordinator's); `decide` (the owner's editors); `withdraw` (whoever edits the project).
 */
export type ProgrammeRequestPermission = 'programmeRequest.read' | 'programmeRequest.decide' | 'programmeRequest.withdraw';

/**
 * On technologies, confidential until offered: `read` the record, owners, inventors, TRL history,
 * disclosures and filings (owners' members, inventors, licensees); `manage` it (owners' editors);
 * `disclose` it to an owner (its managers and its inventors who are users).
 */
export type TechnologyPermission = 'technology.read' | 'technology.manage' | 'technology.disclose';

/**
 * On invention disclosures: `read` (whoever reads the technology, and the institution's members);
 * `author` drafts (the technology's managers and inventors); `evaluate` and decide (the
 * institution's editors).
 */
export type DisclosurePermission = 'disclosure.read' | 'disclosure.author' | 'disclosure.evaluate';

/**
 * On agreements: `read` with terms, obligations and receipts (the parties); `readLicensorSide`
 * deductible costs and income shares (the licensors' members); `manage` (the licensors' editors).
 */
export type AgreementPermission = 'agreement.read' | 'agreement.readLicensorSide' | 'agreement.manage';

/** On deals: `read` with history (broker, provider, seeker); `move` it along (the broker's editors); `drop` it (editors of any party). */
export type DealPermission = 'deal.read' | 'deal.move' | 'deal.drop';

/**
 * On startups' applications to incubation cohorts: `read` the file with its pitch, mentors, milestones
 * and reports (members of the startup and of the runner, the current mentors); `decide` it, graduate
 * or fail it (the runner's editors); `mentor` it, marking milestones (the current mentors and the
 * runner's editors); `startup` acts for the startup: withdraw, leave, consent, report (its editors);
 * `plan` its milestones (editors of the runner or of the startup).
 */
export type IncubationPermission = 'incubation.read' | 'incubation.decide' | 'incubation.mentor' | 'incubation.startup' | 'incubation.plan';

/**
 * On placements of people at other organisations: `read` (members of the home and host
 * organisations, the person, the supervisor and the tutor); `manage` it (editors of either side);
 * `withdraw` it (the person alone: a platform admin may not do it for them).
 */
export type PlacementPermission = 'placement.read' | 'placement.manage' | 'placement.withdraw';

/** On people: `readEmail` (the person, and admins of an organisation they belong to or asked to join). */
export type PersonPermission = 'person.readEmail';

/** Permissions on records, checked with the ids of the records. */
export type RecordPermission =
  | OrganizationPermission
  | ProjectPermission
  | ProgrammePermission
  | ProgrammeRequestPermission
  | TechnologyPermission
  | DisclosurePermission
  | AgreementPermission
  | DealPermission
  | IncubationPermission
  | PlacementPermission
  | PersonPermission;

/**
 * Permissions on the platform as a whole, checked without ids: `platform.administer` (platform
 * admins); `exchange.readPartnerDetails`, what the exchange keeps from the public (members and keys
 * of verified organisations that are not archived).
 */
export type PlatformPermission = 'platform.administer' | 'exchange.readPartnerDetails';

export type Permission = RecordPermission | PlatformPermission;

export type RecordKind = RecordPermission extends `${infer Kind}.${string}` ? Kind : never;

export const kindOf = (permission: RecordPermission) => permission.slice(0, permission.indexOf('.')) as RecordKind;
