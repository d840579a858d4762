import { z } from 'zod';
import { collections, type RecordKind } from './cerif.js';
import { metadataPrefixes, type MetadataPrefix } from './formats.js';
import { el, raw, type Xml } from '../common/xml.js';

/** OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html): requests, errors, tokens and the envelope. */

export const oaiNamespace = 'http://www.openarchives.org/OAI/2.0/';
const oaiSchema = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd';

export type OaiErrorCode = 'badArgument' | 'badResumptionToken' | 'badVerb' | 'cannotDisseminateFormat' | 'idDoesNotExist' | 'noRecordsMatch' | 'noMetadataFormats' | 'noSetHierarchy';

export class OaiError extends Error {
  constructor(
    readonly code: OaiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const verbs = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const;
export type Verb = (typeof verbs)[number];

const argumentsOf: Record<Verb, { required: string[]; optional: string[]; exclusive?: string }> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  ListIdentifiers: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  ListRecords: { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
};

/** The sets the guidelines prescribe, in harvesting order; those this platform has no records for stay empty. */
export const sets: { spec: string; name: string; kind?: RecordKind }[] = [
  { spec: 'openaire_cris_orgunits', name: 'OpenAIRE_CRIS_orgunits', kind: 'orgUnit' },
  { spec: 'openaire_cris_projects', name: 'OpenAIRE_CRIS_projects', kind: 'project' },
  { spec: 'openaire_cris_persons', name: 'OpenAIRE_CRIS_persons', kind: 'person' },
  { spec: 'openaire_cris_products', name: 'OpenAIRE_CRIS_products', kind: 'product' },
  { spec: 'openaire_cris_patents', name: 'OpenAIRE_CRIS_patents', kind: 'patent' },
  { spec: 'openaire_cris_publications', name: 'OpenAIRE_CRIS_publications' },
  { spec: 'openaire_cris_funding', name: 'OpenAIRE_CRIS_funding' },
  { spec: 'openaire_cris_events', name: 'OpenAIRE_CRIS_events' },
  { spec: 'openaire_cris_equipments', name: 'OpenAIRE_CRIS_equipments' },
];

export const harvestedKinds = sets.flatMap((set) => (set.kind ? [set.kind] : []));

export const setOf = (kind: RecordKind) => sets.find((set) => set.kind === kind)!.spec;

export type OaiRequest = { verb: Verb; args: Record<string, string> };

/**
 * The verb and its arguments from the query string or form body. A repeated or unknown argument, or a
 * missing required one, is badArgument; a missing, repeated or unknown verb, badVerb.
 */
export function parseRequest(input: Record<string, unknown>): OaiRequest {
  const verb = input.verb;
  if (Array.isArray(verb)) throw new OaiError('badVerb', 'The verb argument is repeated');
  if (typeof verb !== 'string' || !(verbs as readonly string[]).includes(verb)) {
    throw new OaiError('badVerb', verb === undefined ? 'The verb argument is missing' : 'The value of the verb argument is not a legal OAI-PMH verb');
  }
  const spec = argumentsOf[verb as Verb];
  const args: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'verb') continue;
    if (Array.isArray(value)) throw new OaiError('badArgument', `The argument ${key} is repeated`);
    if (![...spec.required, ...spec.optional, spec.exclusive].includes(key)) throw new OaiError('badArgument', `${verb} does not take the argument ${key}`);
    args[key] = String(value);
  }
  if (spec.exclusive && args[spec.exclusive] !== undefined) {
    if (Object.keys(args).length > 1) throw new OaiError('badArgument', `${spec.exclusive} is an exclusive argument`);
  } else {
    for (const key of spec.required) if (args[key] === undefined) throw new OaiError('badArgument', `${verb} requires the argument ${key}`);
  }
  return { verb: verb as Verb, args };
}

/** A UTC datestamp, day or second granularity; the `until` end is inclusive of its whole day or second. */
export function parseDatestamp(value: string, end: 'from' | 'until'): { at: Date; granularity: 'day' | 'second' } {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const second = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(value);
  const match = day ?? second;
  if (!match) throw new OaiError('badArgument', `${end} must be a UTC datestamp, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ`);
  const [year, month, date, hours = '0', minutes = '0', seconds = '0'] = match.slice(1).map((part) => part ?? '0');
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(date), Number(hours), Number(minutes), Number(seconds)));
  if (at.getUTCFullYear() !== Number(year) || at.getUTCMonth() !== Number(month) - 1 || at.getUTCDate() !== Number(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    throw new OaiError('badArgument', `${end} is not a date that exists`);
  }
  const granularity = day ? 'day' : 'second';
  if (end === 'until') at.setTime(at.getTime() + (granularity === 'day' ? 86_400_000 : 1_000));
  return { at, granularity };
}

/** The resumption token: where a list goes on, and what it was asked for. Opaque to harvesters. */
const tokenSchema = z.object({
  v: z.literal(1),
  verb: z.enum(['ListIdentifiers', 'ListRecords']),
  prefix: z.enum(metadataPrefixes as [MetadataPrefix, ...MetadataPrefix[]]),
  set: z.string().nullable(),
  from: z.string().nullable(),
  until: z.string().nullable(),
  /** Index in `harvestedKinds` of the kind the next page starts in, and the last id given of it. */
  kind: z.number().int().min(0).max(harvestedKinds.length - 1),
  after: z.string().uuid().nullable(),
  /** Records given before the next page (the `cursor` attribute). */
  cursor: z.number().int().min(0),
});
export type ResumptionToken = z.infer<typeof tokenSchema>;

export function encodeToken(token: ResumptionToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

export function decodeToken(value: string, verb: Verb): ResumptionToken {
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]{1,2048}$/.test(value) ? JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  const token = tokenSchema.safeParse(parsed);
  if (!token.success || token.data.verb !== verb) throw new OaiError('badResumptionToken', 'The resumption token is invalid or was issued for another request');
  return token.data;
}

/** `oai:<repository>:<Collection>/<uuid>`: stable, since the uuid is the record's own. */
export function oaiIdentifier(repositoryId: string, kind: RecordKind, id: string): string {
  return `oai:${repositoryId}:${collections[kind]}/${id}`;
}

export function parseOaiIdentifier(repositoryId: string, identifier: string): { kind: RecordKind; id: string } | undefined {
  const prefix = `oai:${repositoryId}:`;
  if (!identifier.startsWith(prefix)) return undefined;
  const [collection, id, ...rest] = identifier.slice(prefix.length).split('/');
  const kind = (Object.keys(collections) as RecordKind[]).find((candidate) => collections[candidate] === collection);
  if (!kind || rest.length > 0 || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id ?? '')) return undefined;
  return { kind, id: id.toLowerCase() };
}

export function responseDate(now = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The whole response: the request as understood (its arguments only when they were legal) and the verb's element or the error. */
export function envelope(baseUrl: string, request: { verb?: string; args?: Record<string, string> }, body: Xml | OaiError): string {
  const requestAttributes = body instanceof OaiError && (body.code === 'badVerb' || body.code === 'badArgument') ? {} : { verb: request.verb, ...request.args };
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el(
      'OAI-PMH',
      { xmlns: oaiNamespace, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': `${oaiNamespace} ${oaiSchema}` },
      el('responseDate', null, responseDate()),
      el('request', requestAttributes, baseUrl),
      body instanceof OaiError ? el('error', { code: body.code }, body.message) : body,
    ).markup
  );
}

export { raw };
