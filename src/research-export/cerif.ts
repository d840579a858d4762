import { el, opt, type Xml } from '../common/xml.js';

/**
 * Records of the OpenAIRE CERIF profile 1.2 (OpenAIRE Guidelines for CRIS Managers): organisations as
 * OrgUnits, projects with their consortium and funding, people, technologies as Products and IP filings
 * as Patents. The rows come from `CerifRecords`; this file only writes them, in the order the profile's
 * XML Schema prescribes for each element.
 */

export const cerifNamespace = 'https://www.openaire.eu/cerif-profile/1.2/';
export const cerifSchema = 'https://www.openaire.eu/schema/cris/1.2/openaire-cerif-profile.xsd';

const fundingTypes = 'https://www.openaire.eu/cerif-profile/vocab/OpenAIRE_Funding_Types';
const patentTypes = 'https://www.openaire.eu/cerif-profile/vocab/COAR_Patent_Types';
const productTypes = 'https://www.openaire.eu/cerif-profile/vocab/COAR_Product_Types';
const organisationTypes = 'https://w3id.org/cerif/vocab/OrganisationTypes';
const identifierTypes = 'https://w3id.org/cerif/vocab/IdentifierTypes';
/** This platform's own classifications, for what no shared vocabulary names. */
const own = 'urn:triple-helix';

/** The collections of the guidelines' internal identifiers (`OrgUnits/<uuid>`), one per record type. */
export const collections = { orgUnit: 'OrgUnits', project: 'Projects', person: 'Persons', product: 'Products', patent: 'Patents' } as const;
export type RecordKind = keyof typeof collections;

export const internalId = (kind: RecordKind, id: string) => `${collections[kind]}/${id}`;

/** An organisation named on another record: with its id when it is itself harvested, else by name only. */
export interface OrgRef {
  id: string;
  exported: boolean;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  rorId: string | null;
}

/** A person named on a record: a platform user (harvested as a Person) or a named outsider. */
export interface PersonRef {
  userId: string | null;
  name: string;
  orcid: string | null;
  affiliation: OrgRef | null;
  affiliationName: string | null;
}

export interface OrgUnitRow {
  id: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  kind: string;
  helix: string;
  secondaryHelices: string[];
  country: string;
  website: string | null;
  rorId: string | null;
  parent: OrgRef | null;
}

export interface Money {
  amount: string;
  currency: string;
}

export interface ParticipantRow {
  role: string;
  since: string | null;
  until: string | null;
  organization: OrgRef;
  /** Null unless the caller may read the project's money. */
  cash: Money | null;
  inKind: (Money & { description: string | null }) | null;
}

export interface ProjectRow {
  id: string;
  code: string;
  title: string;
  summary: string | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
  keywords: string[];
  participants: ParticipantRow[];
}

export interface PersonRow {
  id: string;
  name: string;
  orcid: string | null;
}

export interface ProjectRef {
  id: string;
  code: string;
  title: string;
}

export interface ProductRow {
  id: string;
  code: string;
  title: string;
  abstract: string | null;
  fields: string[];
  keywords: string[];
  inventors: PersonRef[];
  projects: ProjectRef[];
}

export interface PatentRow {
  id: string;
  type: string;
  jurisdiction: string;
  title: string;
  abstract: string | null;
  keywords: string[];
  applicationNumber: string | null;
  registrationNumber: string | null;
  publicationNumber: string | null;
  filingDate: string;
  publicationDate: string | null;
  grantDate: string | null;
  status: string;
  inventors: PersonRef[];
  holders: OrgRef[];
  projects: ProjectRef[];
  /** The filing it claims priority from, when that is harvested too. */
  predecessorId: string | null;
}

// ---- Shared parts ----

function orgUnitRef(org: OrgRef): Xml {
  return el(
    'OrgUnit',
    { id: org.exported ? internalId('orgUnit', org.id) : undefined },
    opt('Acronym', null, org.shortName),
    el('Name', null, org.name),
    org.nameEn ? el('Name', { 'xml:lang': 'en' }, org.nameEn) : undefined,
    org.rorId ? el('RORID', null, `https://ror.org/${org.rorId}`) : undefined,
  );
}

// The profile's ORCID element admits only the blocks ORCID has reserved so far; any other (valid) iD
// goes in the generic identifier with the ORCID type.
const orcidInProfile = /^(0000-000((1-[5-9]|2-[0-9]|3-[0-4])[0-9]{3}-[0-9]{3}[0-9X]|3-5000-0001)|0009-00(0[0-9]-[0-9]{4}-[0-9]{3}[0-9X]|10-0000-0000))$/;

function orcid(bare: string | null): Xml | undefined {
  if (!bare) return undefined;
  const url = `https://orcid.org/${bare}`;
  return orcidInProfile.test(bare) ? el('ORCID', null, url) : el('Identifier', { type: `${identifierTypes}#ORCID` }, url);
}

/**
 * The platform keeps one display name per person, not its parts: it is given whole as FamilyNames (in
 * Vietnamese names the family name comes first, so a list sorted by it reads as people expect).
 */
function personName(name: string): Xml {
  return el('PersonName', null, el('FamilyNames', null, name));
}

function personRef(person: PersonRef): Xml {
  return el('Person', { id: person.userId ? internalId('person', person.userId) : undefined }, personName(person.name), orcid(person.orcid));
}

function affiliation(person: PersonRef): Xml | undefined {
  if (person.affiliation) return el('Affiliation', null, orgUnitRef(person.affiliation));
  if (person.affiliationName) return el('Affiliation', null, el('DisplayName', null, person.affiliationName), el('OrgUnit', null, el('Name', null, person.affiliationName)));
  return undefined;
}

function projectRef(project: ProjectRef): Xml {
  return el('OriginatesFrom', null, el('Project', { id: internalId('project', project.id) }, el('Title', null, project.title), el('Identifier', { type: `${identifierTypes}#ProjectReference` }, project.code)));
}

const keywords = (values: readonly string[]) => values.filter((value) => value.trim() !== '').map((value) => el('Keyword', null, value));

// ---- OrgUnit ----

const cerifOrganisationTypes: Record<string, string> = {
  UNIVERSITY: 'HigherEducation',
  RESEARCH_INSTITUTE: 'ResearchInstitute',
  LAB: 'ResearchInstitute',
  PRIVATE_COMPANY: 'Commercial',
  STARTUP: 'Commercial',
  STATE_OWNED_ENTERPRISE: 'Commercial',
};

export function orgUnitXml(row: OrgUnitRow): Xml {
  const cerifType = cerifOrganisationTypes[row.kind];
  return el(
    'OrgUnit',
    { xmlns: cerifNamespace, id: internalId('orgUnit', row.id) },
    cerifType ? el('Type', { scheme: organisationTypes }, `${organisationTypes}#${cerifType}`) : undefined,
    el('Type', { scheme: `${own}:organisation-kind` }, `${own}:organisation-kind:${row.kind}`),
    el('Type', { scheme: `${own}:helix` }, `${own}:helix:${row.helix}`),
    row.secondaryHelices.map((helix) => el('Type', { scheme: `${own}:secondary-helix` }, `${own}:helix:${helix}`)),
    opt('Acronym', null, row.shortName),
    el('Name', null, row.name),
    row.nameEn ? el('Name', { 'xml:lang': 'en' }, row.nameEn) : undefined,
    row.rorId ? el('RORID', null, `https://ror.org/${row.rorId}`) : undefined,
    opt('ElectronicAddress', null, row.website),
    row.parent ? el('PartOf', null, orgUnitRef(row.parent)) : undefined,
    // The profile has no country on an OrgUnit: it is a classification by ISO 3166-1 alpha-2.
    el('Classification', { scheme: 'urn:iso:std:iso:3166:-1:alpha-2' }, `urn:iso:std:iso:3166:-1:alpha-2:${row.country}`),
  );
}

// ---- Project ----

const consortiumRoles: [element: string, role: string][] = [
  ['Coordinator', 'COORDINATOR'],
  ['Partner', 'PARTNER'],
  ['InkindContributor', 'IN_KIND_CONTRIBUTOR'],
  ['Member', 'ADVISOR'],
  ['Member', 'FUNDER'],
];

function span(participant: ParticipantRow) {
  return { startDate: participant.since ?? undefined, endDate: participant.until ?? undefined };
}

function funding(participant: ParticipantRow): Xml[] {
  // The period of the contribution is the participation's, on the link to the organisation.
  const by = el('By', span(participant), orgUnitRef(participant.organization));
  const type = (name: string) => el('Type', { xmlns: fundingTypes }, `${fundingTypes}#${name}`);
  const funded: Xml[] = [];
  if (participant.cash) {
    // A funder's money is a grant to the project; a participant's own cash, its internal funding.
    const kind = participant.role === 'FUNDER' ? 'Grant' : 'InternalFunding';
    funded.push(el('Funded', null, by, el('As', null, el('Funding', null, type(kind), el('Name', { 'xml:lang': 'en' }, 'Cash contribution'), el('Amount', { currency: participant.cash.currency }, participant.cash.amount)))));
  }
  if (participant.inKind) {
    const name = participant.inKind.description ? `In-kind contribution: ${participant.inKind.description}` : 'In-kind contribution';
    funded.push(el('Funded', null, by, el('As', null, el('Funding', null, type('InternalFunding'), el('Name', null, name), el('Amount', { currency: participant.inKind.currency }, participant.inKind.amount)))));
  }
  return funded;
}

export function projectXml(row: ProjectRow): Xml {
  const members = consortiumRoles.flatMap(([element, role]) =>
    row.participants.filter((p) => p.role === role).map((p) => el(element, span(p), orgUnitRef(p.organization))),
  );
  return el(
    'Project',
    { xmlns: cerifNamespace, id: internalId('project', row.id) },
    el('Acronym', null, row.code),
    el('Title', null, row.title),
    el('Identifier', { type: `${identifierTypes}#ProjectReference` }, row.code),
    opt('StartDate', null, row.startDate),
    opt('EndDate', null, row.endDate),
    members.length > 0 ? el('Consortium', null, members) : undefined,
    row.participants.flatMap(funding),
    keywords(row.keywords),
    // Abstracts require a language; the platform does not record it: "und", undetermined (BCP 47).
    row.summary ? el('Abstract', { 'xml:lang': 'und' }, row.summary) : undefined,
    el('Status', { scheme: `${own}:project-status` }, `${own}:project-status:${row.status}`),
  );
}

// ---- Person ----

export function personXml(row: PersonRow): Xml {
  return el('Person', { xmlns: cerifNamespace, id: internalId('person', row.id) }, personName(row.name), orcid(row.orcid));
}

// ---- Product ----

export function productXml(row: ProductRow): Xml {
  return el(
    'Product',
    { xmlns: cerifNamespace, id: internalId('product', row.id) },
    // A technology is an invention, not data or software: COAR's "other".
    el('Type', { xmlns: productTypes }, 'http://purl.org/coar/resource_type/c_1843'),
    el('Name', null, row.title),
    row.inventors.length > 0 ? el('Creators', null, row.inventors.map((inventor) => el('Creator', null, el('DisplayName', null, inventor.name), personRef(inventor), affiliation(inventor)))) : undefined,
    opt('Description', null, row.abstract),
    keywords([...row.fields, ...row.keywords]),
    row.projects.map(projectRef),
    el('Classification', { scheme: `${own}:technology-code` }, `${own}:technology-code:${encodeURIComponent(row.code)}`),
  );
}

// ---- Patent ----

const coarPatentTypes: Record<string, string> = {
  PATENT: 'c_15cd',
  UTILITY_SOLUTION: '9DKX-KSAF',
  INDUSTRIAL_DESIGN: 'C53B-JCY5',
  PLANT_VARIETY: 'GPQ7-G5VE',
};

/** The IP types harvested as Patents: those with a COAR patent type. Copyright and trade secrets are not. */
export const patentIpTypes = Object.keys(coarPatentTypes);

const offices: Record<string, string> = {
  VN: 'Intellectual Property Office of Viet Nam',
  PCT: 'World Intellectual Property Organization',
  HAGUE: 'World Intellectual Property Organization',
  EP: 'European Patent Office',
  EA: 'Eurasian Patent Office',
  US: 'United States Patent and Trademark Office',
  CN: 'China National Intellectual Property Administration',
  JP: 'Japan Patent Office',
  KR: 'Korean Intellectual Property Office',
};

/** The office a filing went to, by name. */
export const officeOf = (jurisdiction: string) => offices[jurisdiction] ?? `Industrial property office (${jurisdiction})`;

export function patentXml(row: PatentRow): Xml {
  const coarType = row.type === 'PATENT' && row.jurisdiction === 'PCT' ? 'SB3Y-W4EH' : coarPatentTypes[row.type];
  const office = officeOf(row.jurisdiction);
  return el(
    'Patent',
    { xmlns: cerifNamespace, id: internalId('patent', row.id) },
    el('Type', { xmlns: patentTypes }, `http://purl.org/coar/resource_type/${coarType}`),
    el('Title', null, row.title),
    // The day the application reached the office, as the guidelines' example reads it.
    el('RegistrationDate', null, row.filingDate),
    opt('ApprovalDate', null, row.grantDate),
    opt('PublicationDate', null, row.publicationDate),
    /^[A-Z]{2}$/.test(row.jurisdiction) ? el('CountryCode', null, row.jurisdiction) : undefined,
    el('Issuer', null, el('DisplayName', null, office), el('OrgUnit', null, el('Name', { 'xml:lang': 'en' }, office))),
    opt('PatentNumber', null, row.registrationNumber ?? row.publicationNumber ?? row.applicationNumber),
    row.inventors.length > 0 ? el('Inventors', null, row.inventors.map((inventor) => el('Inventor', null, el('DisplayName', null, inventor.name), personRef(inventor), affiliation(inventor)))) : undefined,
    row.holders.length > 0 ? el('Holders', null, row.holders.map((holder) => el('Holder', null, orgUnitRef(holder)))) : undefined,
    opt('Abstract', null, row.abstract),
    keywords(row.keywords),
    row.projects.map(projectRef),
    row.predecessorId ? el('Predecessor', null, el('Patent', { id: internalId('patent', row.predecessorId) })) : undefined,
    el('Classification', { scheme: `${own}:ip-filing-status` }, `${own}:ip-filing-status:${row.status}`),
  );
}
