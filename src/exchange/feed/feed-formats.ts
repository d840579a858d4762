import { el, raw, type Xml } from '../../common/xml.js';
import type { FeedChange } from './exchange-feed.service.js';
import { csvField } from '../../common/csv.js';

/** The addresses a page links to, absolute. */
export interface FeedLinks {
  self: string;
  next: string | undefined;
  resume: string | undefined;
  /** The same page in the other formats. */
  alternates: Record<'json' | 'csv' | 'atom', string>;
}

/** A change's stable identifier as a URI: the item's UUID, which never changes. */
export const itemUri = (id: string) => `urn:uuid:${id}`;

/** The item of a change as the JSON feed writes it: every field present, null where it has no value or is a tombstone's. */
export function jsonItem(change: FeedChange): Record<string, unknown> {
  const item = change.item;
  return {
    id: change.id,
    uri: itemUri(change.id),
    kind: change.kind,
    status: change.status,
    updatedAt: change.updatedAt,
    tombstone: item === null,
    title: item?.title ?? null,
    summary: item?.summary ?? null,
    sectors: item?.sectors ?? null,
    keywords: item?.keywords ?? null,
    language: item?.language ?? null,
    offerKind: item?.offerKind ?? null,
    trl: item?.trl ?? null,
    assessedTrl: item?.assessedTrl ?? null,
    minTrl: item?.minTrl ?? null,
    publishedOn: item?.publishedOn ?? null,
    expiresOn: item?.expiresOn ?? null,
    organization: item?.organization ?? null,
  };
}

export function jsonFeed(changes: FeedChange[], links: FeedLinks, generatedAt: string): string {
  return JSON.stringify({
    generatedAt,
    self: links.self,
    next: links.next ?? null,
    resume: links.resume ?? null,
    items: changes.map(jsonItem),
  });
}

/** The CSV columns, in order: the JSON item's fields, the organisation's flattened, lists joined by "; ". */
export const csvColumns = [
  'id',
  'uri',
  'kind',
  'status',
  'updatedAt',
  'tombstone',
  'title',
  'summary',
  'sectors',
  'keywords',
  'language',
  'offerKind',
  'trl',
  'assessedTrl',
  'minTrl',
  'publishedOn',
  'expiresOn',
  'organizationName',
  'organizationNameEn',
  'organizationCountry',
] as const;

/** The page as CSV: UTF-8 with a byte order mark (so spreadsheets read Vietnamese right), CRLF line ends, a header row. */
export function csvFeed(changes: FeedChange[]): string {
  const rows = changes.map((change) => {
    const item = jsonItem(change);
    const organization = change.item?.organization;
    const values: Record<(typeof csvColumns)[number], unknown> = {
      ...(item as Record<string, unknown>),
      organizationName: organization?.name,
      organizationNameEn: organization?.nameEn,
      organizationCountry: organization?.country,
    } as Record<(typeof csvColumns)[number], unknown>;
    return csvColumns.map((column) => csvField(values[column])).join(',');
  });
  return `\uFEFF${[csvColumns.join(','), ...rows].map((row) => `${row}\r\n`).join('')}`;
}

const atomNs = 'http://www.w3.org/2005/Atom';
const tombstoneNs = 'http://purl.org/atompub/tombstones/1.0';

function atomEntry(change: FeedChange, schemes: { sector: string; kind: string; status: string }): Xml {
  const item = change.item!;
  const organization = item.organization;
  const facts = [
    change.kind === 'offer' ? `Offer (${item.offerKind}), TRL ${item.trl}${item.assessedTrl !== null && item.assessedTrl !== item.trl ? ` (assessed ${item.assessedTrl})` : ''}` : `Demand${item.minTrl !== null ? `, TRL ${item.minTrl} or above` : ''}`,
    organization ? `${organization.name} (${organization.country})` : undefined,
    item.publishedOn ? `Published on ${item.publishedOn}` : undefined,
    item.expiresOn ? `until ${item.expiresOn}` : undefined,
    item.keywords.length > 0 ? `Keywords: ${item.keywords.join(', ')}` : undefined,
  ].filter(Boolean);
  return el(
    'entry',
    { 'xml:lang': item.language },
    el('id', null, itemUri(change.id)),
    el('title', { type: 'text' }, item.title),
    el('updated', null, change.updatedAt),
    organization ? el('author', null, el('name', null, organization.nameEn ?? organization.name)) : undefined,
    el('category', { term: change.kind, scheme: schemes.kind }),
    el('category', { term: change.status, scheme: schemes.status }),
    item.sectors.map((sector) => el('category', { term: sector, scheme: schemes.sector })),
    el('summary', { type: 'text' }, item.summary),
    el('content', { type: 'text' }, `${item.summary}\n\n${facts.join('. ')}.`),
  );
}

/**
 * The page as an Atom 1.0 feed (RFC 4287), paged with `rel="next"` (RFC 5005). An item that left the
 * exchange is an `at:deleted-entry` (RFC 6721, Atom tombstones) whose comment says WITHDRAWN or EXPIRED.
 */
export function atomFeed(changes: FeedChange[], links: FeedLinks, feedId: string, generatedAt: string): string {
  const schemes = { sector: `${feedId}#sector`, kind: `${feedId}#kind`, status: `${feedId}#status` };
  const updated = changes.reduce<string | undefined>((latest, change) => (!latest || change.updatedAt > latest ? change.updatedAt : latest), undefined);
  const feed = el(
    'feed',
    { xmlns: atomNs, 'xmlns:at': tombstoneNs },
    el('id', null, feedId),
    el('title', { type: 'text' }, 'Binh Duong technology exchange: offers and demands'),
    el('subtitle', { type: 'text' }, 'Technology offers and demands published on the exchange, in the order of their last change. Withdrawn and expired ones are tombstones (at:deleted-entry).'),
    el('updated', null, updated ?? generatedAt),
    el('author', null, el('name', null, 'Binh Duong technology exchange')),
    el('generator', null, 'Triple Helix API'),
    el('link', { rel: 'self', type: 'application/atom+xml', href: links.self }),
    links.next ? el('link', { rel: 'next', type: 'application/atom+xml', href: links.next }) : undefined,
    el('link', { rel: 'alternate', type: 'application/json', href: links.alternates.json }),
    el('link', { rel: 'alternate', type: 'text/csv', href: links.alternates.csv }),
    changes.map((change) =>
      change.item
        ? atomEntry(change, schemes)
        : el(
            'at:deleted-entry',
            { ref: itemUri(change.id), when: change.updatedAt },
            el('at:comment', { 'xml:lang': 'en' }, `${change.status}: the ${change.kind} ${change.status === 'WITHDRAWN' ? 'was withdrawn from' : 'expired on'} the exchange`),
          ),
    ),
  );
  return `${raw('<?xml version="1.0" encoding="utf-8"?>\n').markup}${feed.markup}\n`;
}
