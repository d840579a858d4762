import { el, type Xml } from '../common/xml.js';
import type { OrgRef, OrgUnitRow, PatentRow, PersonRef, PersonRow, ProductRow, ProjectRef, ProjectRow, RecordKind } from './cerif.js';
import { officeOf } from './cerif.js';

/**
 * The same records as unqualified Dublin Core (`oai_dc`), the format every OAI-PMH repository must
 * offer, so that a general-purpose harvester (BASE, CORE, a library's discovery system) reads them too.
 * Dublin Core has fifteen flat elements: links become names and URIs, and what it cannot say (shares,
 * money, a participant's role) stays in the CERIF format.
 */

export const dcNamespace = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
export const dcSchema = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd';
const elements = 'http://purl.org/dc/elements/1.1/';

type Element = 'title' | 'creator' | 'subject' | 'description' | 'publisher' | 'contributor' | 'date' | 'type' | 'identifier' | 'language' | 'relation' | 'coverage';
type Value = string | null | undefined | { value: string; lang: string };

function dc(fields: [Element, Value | readonly Value[]][]): Xml {
  const parts = fields.flatMap(([name, values]) =>
    ([] as Value[])
      .concat(values as Value[])
      .flatMap((value) => (value == null ? [] : [typeof value === 'string' ? { value, lang: undefined } : value]))
      .filter(({ value }) => value.trim() !== '')
      .map(({ value, lang }) => el(`dc:${name}`, { 'xml:lang': lang }, value)),
  );
  return el(
    'oai_dc:dc',
    { 'xmlns:oai_dc': dcNamespace, 'xmlns:dc': elements, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': `${dcNamespace} ${dcSchema}` },
    parts,
  );
}

/** DCMI Type vocabulary: what a general harvester files the record under. */
const dcmiType = (name: string) => `http://purl.org/dc/dcmitype/${name}`;

const orgName = (org: OrgRef) => (org.shortName ? `${org.name} (${org.shortName})` : org.name);
const personName = (person: PersonRef) => person.name;
const projectRelation = (project: ProjectRef) => `${project.code}: ${project.title}`;
const orcidUrl = (orcid: string | null) => (orcid ? `https://orcid.org/${orcid}` : null);

function orgUnitDc(row: OrgUnitRow): Xml {
  return dc([
    ['title', [row.name, row.nameEn ? { value: row.nameEn, lang: 'en' } : null]],
    ['type', ['Organization', `urn:triple-helix:organisation-kind:${row.kind}`]],
    ['subject', [`urn:triple-helix:helix:${row.helix}`, ...row.secondaryHelices.map((helix) => `urn:triple-helix:helix:${helix}`)]],
    ['identifier', [row.rorId ? `https://ror.org/${row.rorId}` : null, row.website]],
    ['relation', row.parent ? orgName(row.parent) : null],
    ['coverage', row.country],
  ]);
}

function projectDc(row: ProjectRow): Xml {
  return dc([
    ['title', row.title],
    ['type', [dcmiType('Event'), 'Project']],
    ['identifier', row.code],
    ['contributor', row.participants.map((participant) => orgName(participant.organization))],
    ['subject', row.keywords],
    ['description', row.summary],
    // A period as DCMI writes one: start/end (ISO 8601 interval), either end open.
    ['date', row.startDate || row.endDate ? `${row.startDate ?? '..'}/${row.endDate ?? '..'}` : null],
  ]);
}

function personDc(row: PersonRow): Xml {
  return dc([
    ['title', row.name],
    ['type', 'Person'],
    ['identifier', orcidUrl(row.orcid)],
  ]);
}

function productDc(row: ProductRow): Xml {
  return dc([
    ['title', row.title],
    ['creator', row.inventors.map(personName)],
    ['subject', [...row.fields, ...row.keywords]],
    ['description', row.abstract],
    ['type', [dcmiType('PhysicalObject'), 'http://purl.org/coar/resource_type/c_1843']],
    ['identifier', row.code],
    ['relation', row.projects.map(projectRelation)],
  ]);
}

function patentDc(row: PatentRow): Xml {
  return dc([
    ['title', row.title],
    ['creator', row.inventors.map(personName)],
    ['contributor', row.holders.map(orgName)],
    ['subject', row.keywords],
    ['description', row.abstract],
    ['publisher', officeOf(row.jurisdiction)],
    ['date', [row.filingDate, row.publicationDate, row.grantDate]],
    ['type', [dcmiType('Text'), 'patent']],
    ['identifier', [row.registrationNumber, row.publicationNumber, row.applicationNumber]],
    ['coverage', row.jurisdiction],
    ['relation', row.projects.map(projectRelation)],
  ]);
}

export const dublinCoreWriters: Record<RecordKind, (row: never) => Xml> = {
  orgUnit: orgUnitDc,
  project: projectDc,
  person: personDc,
  product: productDc,
  patent: patentDc,
};
