import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Account } from './support/accounts.js';
import { createDemand, createOffer, createOrganizationOfKind, ownedTechnology, publish } from './support/exchange.js';
import { fixtures } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const withdrawOffer = `mutation($input: WithdrawExchangeItemInput!) { withdrawOffer(input: $input) { __typename ... on TechnologyOffer { id version status } } }`;
const withdrawDemand = `mutation($input: WithdrawExchangeItemInput!) { withdrawDemand(input: $input) { __typename ... on TechnologyDemand { id version status } } }`;

interface FeedItem {
  id: string;
  uri: string;
  kind: 'offer' | 'demand';
  status: string;
  updatedAt: string;
  tombstone: boolean;
  title: string | null;
  summary: string | null;
  trl: number | null;
  assessedTrl: number | null;
  organization: { name: string; country: string } | null;
}

interface FeedPageBody {
  generatedAt: string;
  next: string | null;
  resume: string | null;
  items: FeedItem[];
}

/** A relative address of a link the feed gave (absolute, on the test host). */
const path = (link: string) => new URL(link).pathname + new URL(link).search;

/** RFC 4180, as a client would read it: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

const secrets = ['SECRET-DETAILS', 'SECRET-NOTE', '12345678', '999111', '999222', 'DRAFT-ONLY', 'NEVER-PUBLISHED'];

describe('the exchange feed, as another exchange pulls it', () => {
  let t: TestApp;
  let editor: Account;
  let organizationId: string;
  let technologyId: string;
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};
  const vietnamese = 'Cảm biến chất lượng nước, "IoT"\nthế hệ mới';
  const formula = '=HYPERLINK("http://evil.example","click")';

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  /** Follows `next` from `url` to the end, answering every page's items and the last page's resume link. */
  async function pullAll(url: string, between?: (page: number) => Promise<void>): Promise<{ items: FeedItem[]; resume: string; pages: number }> {
    const items: FeedItem[] = [];
    let link: string | null = url;
    let resume = '';
    let pages = 0;
    while (link) {
      const response = await get(link);
      expect(response.statusCode).toBe(200);
      const body = response.json<FeedPageBody>();
      items.push(...body.items);
      resume = body.resume!;
      link = body.next && path(body.next);
      pages++;
      if (link && between) await between(pages);
    }
    return { items, resume: path(resume), pages };
  }

  beforeAll(async () => {
    t = await startTestApp();
    editor = await fixtures(t).newUser();
    organizationId = (await createOrganizationOfKind(t, editor, 'UNIVERSITY', 'ACADEMIA')).id;
    technologyId = await ownedTechnology(t, editor, organizationId, 6);
    const offer = async (name: string, title: string, published = true) => {
      const created = await createOffer(t, editor, {
        organizationId,
        technologyId,
        title,
        trl: 5,
        sectors: ['WATER', 'ICT'],
        keywords: ['nước', 'sensor'],
        details: 'SECRET-DETAILS',
        price: { amount: '12345678', currency: 'VND' },
        priceNote: 'SECRET-NOTE',
      });
      const shown = published ? await publish(t, editor, 'offer', created) : created;
      ids[name] = created.id;
      versions[name] = shown.version;
    };
    await offer('vietnamese', vietnamese);
    await offer('formula', formula);
    await offer('draft', 'DRAFT-ONLY offer', false);
    await offer('withdrawn', 'Sample data: withdrawn membrane');
    await offer('expired', 'Sample data: expired membrane');
    const demand = await createDemand(t, editor, { organizationId, title: 'Sample data: xử lý nước thải', sectors: ['WATER'], minTrl: 4, budget: { min: '999111', max: '999222', currency: 'VND' } });
    ids.demand = demand.id;
    versions.demand = (await publish(t, editor, 'demand', demand)).version;
    const abandoned = await createDemand(t, editor, { organizationId, title: 'NEVER-PUBLISHED need' });
    ids.abandoned = abandoned.id;
    await t.graphql(withdrawDemand, { input: { id: abandoned.id, expectedVersion: abandoned.version } }, editor.headers);
    const withdrawn = await t.graphql(withdrawOffer, { input: { id: ids.withdrawn, expectedVersion: versions.withdrawn } }, editor.headers);
    expect(withdrawn.data.withdrawOffer.status).toBe('WITHDRAWN');
    // The calendar moved on: published ten days ago until yesterday, untouched since.
    await t.dataSource.query(
      `UPDATE technology_offer SET published_on = CURRENT_DATE - 10, expires_on = CURRENT_DATE - 1, updated_at = CURRENT_DATE - 10 WHERE id = $1`,
      [ids.expired],
    );
  });
  afterAll(() => t.close());

  it('gives every change exactly once to a puller that follows next, page by page', async () => {
    const { items, pages } = await pullAll('/feeds/exchange.json?limit=2');
    expect(pages).toBe(3);
    expect(items.map((item) => item.id).sort()).toEqual([ids.vietnamese, ids.formula, ids.withdrawn, ids.expired, ids.demand].sort());
    const keys = items.map((item) => [item.updatedAt, item.id].join(' '));
    expect(keys).toEqual([...keys].sort());
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(ids.vietnamese)).toMatchObject({
      uri: `urn:uuid:${ids.vietnamese}`,
      kind: 'offer',
      status: 'PUBLISHED',
      tombstone: false,
      title: vietnamese,
      summary: 'Sample data.',
      trl: 5,
      assessedTrl: 6,
      sectors: ['WATER', 'ICT'],
      keywords: ['nước', 'sensor'],
      language: 'en',
      organization: { country: 'VN' },
    });
    expect(byId.get(ids.demand)).toMatchObject({ kind: 'demand', status: 'PUBLISHED', summary: 'Sample data.', minTrl: 4, trl: null, language: 'vi' });
    expect(byId.get(ids.withdrawn)).toMatchObject({ kind: 'offer', status: 'WITHDRAWN', tombstone: true, title: null, summary: null, organization: null });
    expect(byId.get(ids.expired)).toMatchObject({ kind: 'offer', status: 'EXPIRED', tombstone: true, title: null });
    // The expiry is a change of the day after the expiry date.
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`).toISOString();
    expect(byId.get(ids.expired)!.updatedAt).toBe(today);
  });

  it('shows anonymous pullers exactly what anonymous GraphQL callers read', async () => {
    const { items } = await pullAll('/feeds/exchange.json?limit=500');
    const graphql = await t.graphql(`{ technologyOffers(first: 100) { edges { node { id title } } } technologyDemands(first: 100) { edges { node { id title } } } }`);
    const readable = [...graphql.data.technologyOffers.edges, ...graphql.data.technologyDemands.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(items.filter((item) => !item.tombstone).map((item) => item.id).sort()).toEqual(readable.sort());
    // Signed-in callers get the same public feed: their drafts stay out.
    const signedIn = await get('/feeds/exchange.json?limit=500', editor.headers);
    expect(signedIn.json<FeedPageBody>().items.map((item) => item.id).sort()).toEqual(items.map((item) => item.id).sort());
  });

  it('keeps a walk exact while items change under it', async () => {
    const { items } = await pullAll('/feeds/exchange.json?limit=2', async (page) => {
      if (page !== 1) return;
      // Changed after the first page: the demand (already given or not) comes again, later, as it now is.
      const response = await t.graphql(withdrawDemand, { input: { id: ids.demand, expectedVersion: versions.demand } }, editor.headers);
      expect(response.data.withdrawDemand.status).toBe('WITHDRAWN');
    });
    const keys = items.map((item) => `${item.updatedAt} ${item.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const last = new Map(items.map((item) => [item.id, item]));
    expect(last.get(ids.demand)).toMatchObject({ status: 'WITHDRAWN', tombstone: true, title: null });
    expect([...last.keys()].sort()).toEqual([ids.vietnamese, ids.formula, ids.withdrawn, ids.expired, ids.demand].sort());
  });

  it('gives an incremental pull only the changes after where it stopped, by resume link or since', async () => {
    const { resume } = await pullAll('/feeds/exchange.json?limit=3');
    const nothing = await get(resume);
    expect(nothing.json<FeedPageBody>()).toMatchObject({ items: [], next: null });
    expect(path(nothing.json<FeedPageBody>().resume!)).toBe(resume);

    const before = new Date().toISOString();
    const response = await t.graphql(withdrawOffer, { input: { id: ids.formula, expectedVersion: versions.formula } }, editor.headers);
    expect(response.data.withdrawOffer.status).toBe('WITHDRAWN');
    const changes = (await get(resume)).json<FeedPageBody>();
    expect(changes.items).toEqual([expect.objectContaining({ id: ids.formula, status: 'WITHDRAWN', tombstone: true })]);
    expect((await get(path(changes.resume!))).json<FeedPageBody>().items).toEqual([]);

    const since = (await get(`/feeds/exchange.json?since=${encodeURIComponent(before)}`)).json<FeedPageBody>();
    expect(since.items.map((item) => item.id)).toEqual([ids.formula]);
    const demandsOnly = (await get(`/feeds/exchange.json?kind=demands&since=${before.slice(0, 10)}`)).json<FeedPageBody>();
    expect(demandsOnly.items.every((item) => item.kind === 'demand')).toBe(true);
    expect((await get('/feeds/exchange.json?sector=ENERGY')).json<FeedPageBody>().items).toEqual([]);
    expect((await get('/feeds/exchange.json?lang=vi')).json<FeedPageBody>().items.map((item) => item.id)).toEqual([ids.demand]);
  });

  it('never shows drafts or the terms (details, price, budget) in any format', async () => {
    for (const url of ['/feeds/exchange.json?limit=500', '/feeds/exchange.csv?limit=500', '/feeds/exchange.atom?limit=500', '/feeds/exchange.atom?since=2000-01-01&limit=500']) {
      const body = (await get(url)).body;
      for (const secret of secrets) expect({ url, found: body.includes(secret) }).toEqual({ url, found: false });
      expect(body).not.toContain(ids.draft);
      expect(body).not.toContain(ids.abandoned);
    }
  });

  it('writes CSV that parses back, with Vietnamese text intact and formulas neutralised', async () => {
    const response = await get('/feeds/exchange.csv?limit=500');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    expect(response.body.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(response.body.slice(1));
    expect(header.slice(0, 8)).toEqual(['id', 'uri', 'kind', 'status', 'updatedAt', 'tombstone', 'title', 'summary']);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const record = (id: string) => Object.fromEntries(header.map((column, i) => [column, rows.find((row) => row[0] === id)![i]]));
    expect(record(ids.vietnamese)).toMatchObject({ title: vietnamese, sectors: 'WATER; ICT', keywords: 'nước; sensor', trl: '5', assessedTrl: '6', organizationCountry: 'VN' });
    expect(record(ids.withdrawn)).toMatchObject({ status: 'WITHDRAWN', tombstone: 'true', title: '', summary: '' });
    // The formula offer is withdrawn by now: show its text through an offer published with one.
    const created = await createOffer(t, editor, { organizationId, technologyId, title: formula, trl: 5, summary: '+1 and -1, @all' });
    await publish(t, editor, 'offer', created);
    const again = await get('/feeds/exchange.csv?limit=500');
    const [head, ...all] = parseCsv(again.body.slice(1));
    const row = all.find((candidate) => candidate[0] === created.id)!;
    expect(row[head.indexOf('title')]).toBe(`'${formula}`);
    expect(row[head.indexOf('summary')]).toBe(`'+1 and -1, @all`);
  });

  it('writes a well-formed Atom 1.0 feed, newest first and paged with rel="next", tombstones as deleted entries', async () => {
    const response = await get('/feeds/exchange.atom?limit=2');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'category', 'at:deleted-entry'].includes(name) });
    const { feed } = parser.parse(response.body);
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^http:\/\/localhost(:80)?\/feeds\/exchange\.atom$/);
    expect(typeof feed.title['#text']).toBe('string');
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const rels = Object.fromEntries(feed.link.map((link: { rel: string; href: string }) => [link.rel === 'alternate' ? `alternate ${link.href.split('?')[0].split('.').at(-1)}` : link.rel, link.href]));
    expect(rels.self).toMatch(/\/feeds\/exchange\.atom\?limit=2$/);
    expect(rels.next).toMatch(/\/feeds\/exchange\.atom\?limit=2&cursor=/);
    expect(rels['alternate json']).toBeDefined();

    // Walk every page: each entry once, newest first.
    const entries: { id: string; updated: string }[] = [];
    const deleted: { ref: string; when: string }[] = [];
    let link: string | undefined = path(rels.next);
    let page = feed;
    for (;;) {
      for (const entry of page.entry ?? []) {
        expect(entry.id).toMatch(/^urn:uuid:/);
        expect(entry.title['#text']).toEqual(expect.any(String));
        expect(entry.summary['#text']).toEqual(expect.any(String));
        expect(entry.category.map((category: { term: string }) => category.term)).toEqual(expect.arrayContaining(['offer', 'PUBLISHED']));
        entries.push(entry);
      }
      deleted.push(...(page['at:deleted-entry'] ?? []));
      if (!link) break;
      const next = await get(link);
      expect(XMLValidator.validate(next.body)).toBe(true);
      page = parser.parse(next.body).feed;
      link = page.link.find((l: { rel: string }) => l.rel === 'next')?.href;
      link = link && path(link);
    }
    const times = [...entries.map((entry) => entry.updated), ...deleted.map((entry) => entry.when)];
    expect(new Set([...entries.map((e) => e.id), ...deleted.map((d) => d.ref)]).size).toBe(times.length);
    expect(deleted.map((entry) => entry.ref)).toEqual(expect.arrayContaining([`urn:uuid:${ids.withdrawn}`, `urn:uuid:${ids.expired}`]));
    expect(entries.map((entry) => entry.id)).toContain(`urn:uuid:${ids.vietnamese}`);
    const vietnameseEntry = entries.find((entry) => entry.id === `urn:uuid:${ids.vietnamese}`) as unknown as { title: { '#text': string } };
    expect(vietnameseEntry.title['#text']).toBe(vietnamese);
  });

  it('refuses bad parameters with 400 and a JSON error naming the parameter', async () => {
    const cases: [string, string][] = [
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['kind=patents', 'kind'],
      ['sector=SPACE', 'sector'],
      ['lang=fr', 'lang'],
      ['since=yesterday', 'since'],
      ['since=2026-02-30', 'since'],
      ['cursor=not-a-cursor', 'cursor'],
      [`cursor=${Buffer.from('{"v":1}').toString('base64url')}`, 'cursor'],
      ['since=2026-01-01&cursor=abc', 'cursor'],
      ['kind=offers&kind=demands', 'kind'],
      ['page=2', 'page'],
    ];
    for (const [query, field] of cases) {
      for (const format of ['json', 'csv', 'atom']) {
        const response = await get(`/feeds/exchange.${format}?${query}`);
        expect({ query, status: response.statusCode }).toEqual({ query, status: 400 });
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(response.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.any(String), field } });
      }
    }
    expect((await get('/feeds/exchange.xml')).statusCode).toBe(404);
  });

  it('lets caches and pullers ask again for nothing: ETag, Last-Modified and 304', async () => {
    for (const format of ['json', 'csv', 'atom']) {
      const first = await get(`/feeds/exchange.${format}`);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^W\/".+"$/);
      const lastModified = first.headers['last-modified'] as string;
      expect(new Date(lastModified).getTime()).not.toBeNaN();
      const again = await get(`/feeds/exchange.${format}`, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect((await get(`/feeds/exchange.${format}`, { 'if-modified-since': lastModified })).statusCode).toBe(304);
      expect((await get(`/feeds/exchange.${format}`, { 'if-none-match': 'W/"other"' })).statusCode).toBe(200);
    }
    const before = (await get('/feeds/exchange.json')).headers.etag;
    const created = await createOffer(t, editor, { organizationId, technologyId, title: 'Sample data: one more', trl: 5 });
    await publish(t, editor, 'offer', created);
    const after = await get('/feeds/exchange.json', { 'if-none-match': before as string });
    expect(after.statusCode).toBe(200);
  });

  it('reads a page in the same number of statements whatever its size', async () => {
    const count = async (url: string) => {
      const start = t.statementCount();
      expect((await get(url)).statusCode).toBe(200);
      return t.statementCount() - start;
    };
    await count('/feeds/exchange.json?limit=1');
    expect(await count('/feeds/exchange.json?limit=1')).toBe(await count('/feeds/exchange.json?limit=500'));
    expect(await count('/feeds/exchange.atom?limit=500')).toBe(await count('/feeds/exchange.csv?limit=2'));
  });
});
