import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/request-context.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { cerifNamespace, type RecordKind } from './cerif.js';
import { CerifRecords, type HarvestedRow, type HarvestWindow } from './cerif-records.js';
import {
  decodeToken,
  encodeToken,
  harvestedKinds,
  OaiError,
  oaiIdentifier,
  parseDatestamp,
  parseOaiIdentifier,
  setOf,
  sets,
  type OaiRequest,
  type ResumptionToken,
} from './oai-pmh.js';
import { el, type Xml } from '../common/xml.js';
import { metadataFormats, metadataPrefixes, type MetadataPrefix } from './formats.js';

/**
 * Answers the six OAI-PMH verbs over the CERIF records the caller may read. A list page costs a
 * constant number of statements whatever its size: per kind it touches, one for its rows (with their
 * links) and one to count the list.
 */
@Injectable()
export class HarvestService {
  constructor(
    private readonly records: CerifRecords,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get repositoryId(): string {
    return this.config.harvest.repositoryId;
  }

  async answer(ctx: RequestContext, request: OaiRequest, baseUrl: string): Promise<Xml> {
    const { args } = request;
    switch (request.verb) {
      case 'Identify':
        return this.identify(baseUrl);
      case 'ListMetadataFormats':
        if (args.identifier !== undefined) await this.find(ctx, args.identifier, false);
        return el(
          'ListMetadataFormats',
          null,
          metadataPrefixes.map((prefix) =>
            el('metadataFormat', null, el('metadataPrefix', null, prefix), el('schema', null, metadataFormats[prefix].schema), el('metadataNamespace', null, metadataFormats[prefix].namespace)),
          ),
        );
      case 'ListSets':
        if (args.resumptionToken !== undefined) throw new OaiError('badResumptionToken', 'ListSets answers in one response: it issues no resumption tokens');
        return el('ListSets', null, sets.map((set) => el('set', null, el('setSpec', null, set.spec), el('setName', null, set.name))));
      case 'GetRecord': {
        const prefix = this.checkPrefix(args.metadataPrefix);
        const { kind, row } = await this.find(ctx, args.identifier, true);
        return el('GetRecord', null, this.record(prefix, kind, row));
      }
      case 'ListIdentifiers':
      case 'ListRecords':
        return this.list(ctx, request);
    }
  }

  private async identify(baseUrl: string): Promise<Xml> {
    return el(
      'Identify',
      null,
      el('repositoryName', null, 'Triple Helix innovation ecosystem (Binh Duong)'),
      el('baseURL', null, baseUrl),
      el('protocolVersion', null, '2.0'),
      el('adminEmail', null, this.config.harvest.adminEmail),
      el('earliestDatestamp', null, await this.records.earliestDatestamp()),
      // Records leave the harvest without a trace (an archived organisation, a project made confidential).
      el('deletedRecord', null, 'transient'),
      el('granularity', null, 'YYYY-MM-DDThh:mm:ssZ'),
      el(
        'description',
        null,
        el(
          'oai-identifier',
          { xmlns: 'http://www.openarchives.org/OAI/2.0/oai-identifier', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': 'http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd' },
          el('scheme', null, 'oai'),
          el('repositoryIdentifier', null, this.repositoryId),
          el('delimiter', null, ':'),
          el('sampleIdentifier', null, oaiIdentifier(this.repositoryId, 'orgUnit', '00000000-0000-4000-8000-000000000000')),
        ),
      ),
      // The guidelines ask for exactly one Service record, the CRIS itself, here.
      el(
        'description',
        null,
        el(
          'Service',
          { xmlns: cerifNamespace, id: `Services/${this.repositoryId}` },
          el('Compatibility', { xmlns: 'https://www.openaire.eu/cerif-profile/vocab/OpenAIRE_Service_Compatibility' }, 'https://www.openaire.eu/cerif-profile/vocab/OpenAIRE_Service_Compatibility#1.2'),
          el('Acronym', null, this.repositoryId),
          el('Name', { 'xml:lang': 'en' }, 'Triple Helix innovation ecosystem (Binh Duong)'),
          el('Description', { 'xml:lang': 'en' }, 'Organisations, joint projects, people and research outputs of the government, industry and academia partners of Binh Duong province.'),
          el('OAIPMHBaseURL', null, baseUrl),
        ),
      ),
    );
  }

  private checkPrefix(prefix: string): MetadataPrefix {
    if (!(metadataPrefixes as string[]).includes(prefix)) throw new OaiError('cannotDisseminateFormat', `The metadata formats are ${metadataPrefixes.join(' and ')}`);
    return prefix as MetadataPrefix;
  }

  /** The record an identifier names, if the caller may read it; idDoesNotExist otherwise (hidden and missing look the same). */
  private async find(ctx: RequestContext, identifier: string, withRecord: boolean): Promise<{ kind: RecordKind; row: HarvestedRow }> {
    const parsed = parseOaiIdentifier(this.repositoryId, identifier);
    const row = parsed ? await this.records.one(ctx, parsed.kind, parsed.id, withRecord) : undefined;
    if (!parsed || !row) throw new OaiError('idDoesNotExist', 'No record has this identifier');
    return { kind: parsed.kind, row };
  }

  private header(kind: RecordKind, row: HarvestedRow): Xml {
    return el('header', null, el('identifier', null, oaiIdentifier(this.repositoryId, kind, row.id)), el('datestamp', null, row.datestamp), el('setSpec', null, setOf(kind)));
  }

  private record(prefix: MetadataPrefix, kind: RecordKind, row: HarvestedRow): Xml {
    return el('record', null, this.header(kind, row), el('metadata', null, metadataFormats[prefix].writers[kind](row.record as never)));
  }

  private async list(ctx: RequestContext, request: OaiRequest): Promise<Xml> {
    const verb = request.verb as 'ListIdentifiers' | 'ListRecords';
    const token: ResumptionToken = request.args.resumptionToken !== undefined ? decodeToken(request.args.resumptionToken, verb) : this.firstPage(verb, request.args);
    const window: HarvestWindow = {
      from: token.from ? parseDatestamp(token.from, 'from').at : undefined,
      until: token.until ? parseDatestamp(token.until, 'until').at : undefined,
    };
    const kinds = token.set === null ? harvestedKinds : harvestedKinds.filter((kind) => setOf(kind) === token.set);
    const pageSize = this.config.harvest.pageSize;
    const withRecords = verb === 'ListRecords';

    const page: { kind: RecordKind; row: HarvestedRow }[] = [];
    let next: ResumptionToken | undefined;
    for (let index = kinds.indexOf(harvestedKinds[token.kind]); index >= 0 && index < kinds.length; index++) {
      const kind = kinds[index];
      const room = pageSize - page.length;
      // Once the page is full, the next kind is only asked whether it has a record.
      const rows = await this.records.page(ctx, kind, window, harvestedKinds[token.kind] === kind ? token.after : null, room + 1, withRecords && room > 0);
      if (room === 0) {
        if (rows.length > 0) next = { ...token, kind: harvestedKinds.indexOf(kind), after: null };
        if (next) break;
        continue;
      }
      page.push(...rows.slice(0, room).map((row) => ({ kind, row })));
      if (rows.length > room) {
        next = { ...token, kind: harvestedKinds.indexOf(kind), after: rows[room - 1].id };
        break;
      }
    }
    if (page.length === 0) throw new OaiError('noRecordsMatch', 'No records match the request');
    if (next) next.cursor = token.cursor + page.length;

    const paginated = next !== undefined || token.cursor > 0;
    const size = paginated ? (await Promise.all(kinds.map((kind) => this.records.count(ctx, kind, window)))).reduce((sum, count) => sum + count, 0) : page.length;
    return el(
      verb,
      null,
      page.map(({ kind, row }) => (withRecords ? this.record(token.prefix, kind, row) : this.header(kind, row))),
      paginated ? el('resumptionToken', { completeListSize: size, cursor: token.cursor }, next ? encodeToken(next) : undefined) : undefined,
    );
  }

  private firstPage(verb: 'ListIdentifiers' | 'ListRecords', args: Record<string, string>): ResumptionToken {
    const prefix = this.checkPrefix(args.metadataPrefix);
    const set = args.set ?? null;
    if (set !== null && !sets.some((candidate) => candidate.spec === set)) throw new OaiError('badArgument', `There is no set ${set}`);
    if (set !== null && !sets.some((candidate) => candidate.spec === set && candidate.kind)) throw new OaiError('noRecordsMatch', `The set ${set} holds no records here`);
    const from = args.from === undefined ? undefined : parseDatestamp(args.from, 'from');
    const until = args.until === undefined ? undefined : parseDatestamp(args.until, 'until');
    if (from && until) {
      if (from.granularity !== until.granularity) throw new OaiError('badArgument', 'from and until must have the same granularity');
      if (from.at >= until.at) throw new OaiError('badArgument', 'from must not be later than until');
    }
    const first = set === null ? harvestedKinds[0] : sets.find((candidate) => candidate.spec === set)!.kind!;
    return { v: 1, verb, prefix, set, from: args.from ?? null, until: args.until ?? null, kind: harvestedKinds.indexOf(first), after: null, cursor: 0 };
  }
}
