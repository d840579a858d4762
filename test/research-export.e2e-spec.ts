import { XMLParser } from 'fast-xml-parser';
import type { Account } from './support/accounts.js';
import { harvestRuleFindings, harvestSchemaErrors } from './support/cerif-schema.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const pageSize = 2;
const sets = ['openaire_cris_orgunits', 'openaire_cris_projects', 'openaire_cris_persons', 'openaire_cris_products', 'openaire_cris_patents'];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['record', 'header', 'set', 'Partner', 'Funded', 'Inventor', 'Holder', 'Creator'].includes(name) });

/** The CERIF-XML export over OAI-PMH: valid against the guidelines' schemas, harvestable page by page, and only what the caller may read. */
describe('research-information export (OAI-PMH, OpenAIRE CERIF)', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Account;
  let uniMember: Account;
  let outsider: Account;
  let inventor: Account;
  const ids: Record<string, string> = {};

  type Response = { status: number; body: string; doc: any };

  async function oai(query: Record<string, string>, headers: Record<string, string> = {}, method: 'GET' | 'POST' = 'GET'): Promise<Response> {
    const search = new URLSearchParams(query).toString();
    const response =
      method === 'GET'
        ? await t.app.inject({ method, url: `/oai?${search}`, headers })
        : await t.app.inject({ method, url: '/oai', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: search });
    return { status: response.statusCode, body: response.body, doc: parser.parse(response.body)['OAI-PMH'] };
  }

  async function valid(response: Response): Promise<Response> {
    expect(response.status).toBe(200);
    expect(await harvestSchemaErrors(response.body)).toEqual([]);
    expect(harvestRuleFindings(response.body)).toEqual([]);
    return response;
  }

  /** Walks a list through its resumption tokens as a harvester does; every page is checked against the schemas. */
  async function harvest(verb: 'ListRecords' | 'ListIdentifiers', args: Record<string, string>, headers: Record<string, string> = {}) {
    const identifiers: string[] = [];
    const records: any[] = [];
    let query: Record<string, string> = { verb, metadataPrefix: 'oai_cerif_openaire', ...args };
    for (let pages = 0; pages < 100; pages++) {
      const { doc } = await valid(await oai(query, headers));
      if (doc.error?.['@code'] === 'noRecordsMatch') return { identifiers, records };
      const list = doc[verb];
      const headersOf: any[] = verb === 'ListRecords' ? (list.record ?? []).map((record: any) => record.header[0]) : list.header;
      identifiers.push(...headersOf.map((header) => header.identifier));
      if (verb === 'ListRecords') records.push(...list.record);
      const token = list.resumptionToken;
      if (token === undefined) return { identifiers, records };
      expect(Number(token['@cursor'])).toBe(identifiers.length - headersOf.length);
      const next = typeof token === 'string' ? token : token['#text'];
      if (!next) {
        expect(Number(token['@completeListSize'])).toBe(identifiers.length);
        return { identifiers, records };
      }
      query = { verb, resumptionToken: next };
    }
    throw new Error('the harvest did not end');
  }

  const metadataOf = (records: any[], element: string) => records.map((record) => record.metadata[element]).filter(Boolean);

  beforeAll(async () => {
    t = await startTestApp({ OAI_PAGE_SIZE: String(pageSize), OAI_REPOSITORY_ID: 'cris.example.org' });
    fx = fixtures(t);
    admin = await fx.newUser({ displayName: 'Nguyễn Văn An' });
    inventor = await fx.newUser({ displayName: 'Trần Thị Bình' });
    const university = await fx.newOrganization({ admin, verified: true, name: 'Trường Đại học Mẫu', nameEn: 'Sample <University> & Co', shortName: 'SU', helix: 'ACADEMIA', kind: 'UNIVERSITY', rorId: 'https://ror.org/05dxps055' });
    const lab = await fx.newOrganization({ admin, verified: true, name: 'Sample lab', helix: 'ACADEMIA', kind: 'LAB', parentId: university.id });
    const company = await fx.newOrganization({ admin, verified: true, name: 'Sample company', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY' });
    const unverified = await fx.newOrganization({ admin, name: 'Sample unverified start-up' });
    const elsewhereAdmin = await fx.newUser();
    const elsewhere = await fx.newOrganization({ admin: elsewhereAdmin, verified: true, name: 'Sample other organisation', helix: 'GOVERNMENT', kind: 'GOVERNMENT_DEPARTMENT' });
    Object.assign(ids, { university: university.id, lab: lab.id, company: company.id, unverified: unverified.id, elsewhere: elsewhere.id });
    uniMember = await fx.newMember(university, admin);
    outsider = await fx.newMember(elsewhere, elsewhereAdmin);
    await fx.addMember(university, admin, inventor);

    const publicProject = await fx.newProject(admin, { coordinatorId: university.id, title: 'Sample data: smart water <public>', visibility: 'PUBLIC', startDate: '2024-01-01', endDate: '2026-12-31', keywords: ['water', 'sensors'] });
    const invited = await t.graphql(
      `mutation($input: InviteParticipantInput!) { inviteParticipant(input: $input) { __typename ... on ProjectParticipant { id } ... on ErrorResult { code message } } }`,
      { input: { projectId: publicProject.id, organizationId: company.id, role: 'FUNDER', cash: { amount: '250000000', currency: 'VND' } } },
      admin.headers,
    );
    const participant = expectResult(invited.data?.inviteParticipant, 'ProjectParticipant', invited);
    const accepted = await t.graphql(`mutation($id: ID!) { acceptParticipation(participantId: $id) { __typename ... on ErrorResult { code message } } }`, { id: participant.id }, admin.headers);
    expect(accepted.data.acceptParticipation.__typename).toBe('ProjectParticipant');
    await fx.addParticipant(admin, publicProject.id, lab.id, admin, 'PARTNER');
    const confidentialProject = await fx.newProject(admin, { coordinatorId: university.id, title: 'Sample data: confidential project', visibility: 'PARTNERS' });
    Object.assign(ids, { publicProject: publicProject.id, confidentialProject: confidentialProject.id });

    const technology = await fx.newTechnology(admin, {
      ownerIds: [university.id],
      title: 'Sample data: low-cost water sensor',
      keywords: ['water'],
      projectIds: [publicProject.id],
      inventors: [
        { userId: inventor.id, share: '60', affiliationOrganizationId: university.id },
        { externalName: 'Sample outside inventor', share: '40', affiliationName: 'Sample institute', orcid: 'https://orcid.org/0000-0002-1825-0097' } as never,
      ],
    });
    ids.technology = technology.id;
    for (const [jurisdiction, type] of [['VN', 'PATENT'], ['PCT', 'PATENT'], ['VN', 'COPYRIGHT']] as const) {
      const filed = await t.graphql(
        `mutation($input: FileIpProtectionInput!) { fileIpProtection(input: $input) { __typename ... on IpFiling { id } ... on ErrorResult { code message field } } }`,
        { input: { technologyId: technology.id, type, jurisdiction, filingDate: '2025-03-01', applicationNumber: `1-2025-0${jurisdiction.length}${type.length}`, parentFilingId: jurisdiction === 'PCT' ? ids.vnPatent : undefined } },
        admin.headers,
      );
      const filing = expectResult(filed.data?.fileIpProtection, 'IpFiling', filed);
      ids[jurisdiction === 'PCT' ? 'pctPatent' : type === 'PATENT' ? 'vnPatent' : 'copyright'] = filing.id;
    }
  });
  afterAll(() => t.close());

  it('identifies itself, its format and the guidelines’ sets, valid against the OAI-PMH schema', async () => {
    const identify = (await valid(await oai({ verb: 'Identify' }))).doc.Identify;
    expect(identify).toMatchObject({ protocolVersion: '2.0', granularity: 'YYYY-MM-DDThh:mm:ssZ', deletedRecord: 'transient', baseURL: 'http://localhost:80/oai' });
    expect(identify.earliestDatestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const formats = (await valid(await oai({ verb: 'ListMetadataFormats' }))).doc.ListMetadataFormats.metadataFormat;
    expect(formats).toEqual([
      expect.objectContaining({ metadataPrefix: 'oai_cerif_openaire', metadataNamespace: 'https://www.openaire.eu/cerif-profile/1.2/' }),
      expect.objectContaining({ metadataPrefix: 'oai_dc', metadataNamespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/', schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd' }),
    ]);
    const listed = (await valid(await oai({ verb: 'ListSets' }))).doc.ListSets.set.map((set: any) => set.setSpec);
    expect(listed).toEqual(expect.arrayContaining([...sets, 'openaire_cris_publications', 'openaire_cris_funding', 'openaire_cris_events', 'openaire_cris_equipments']));
  });

  it('gives every record type as CERIF-XML that validates against the guidelines’ schema', async () => {
    const records = (await harvest('ListRecords', {}, admin.headers)).records;
    for (const element of ['OrgUnit', 'Project', 'Person', 'Product', 'Patent']) expect(metadataOf(records, element).length).toBeGreaterThan(0);

    const got = await valid(await oai({ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: `oai:cris.example.org:OrgUnits/${ids.university}` }));
    // The validator is no rubber stamp: an element the profile does not have in an OrgUnit fails it.
    expect(await harvestSchemaErrors(got.body.replace('<Acronym>', '<Country>VN</Country><Acronym>'))).not.toEqual([]);
    const university = got.doc.GetRecord.record[0];
    expect(university.header[0].setSpec).toBe('openaire_cris_orgunits');
    expect(university.metadata.OrgUnit).toMatchObject({ '@id': `OrgUnits/${ids.university}`, Acronym: 'SU', RORID: 'https://ror.org/05dxps055' });
    expect(university.metadata.OrgUnit.Name).toEqual(['Trường Đại học Mẫu', { '#text': 'Sample <University> & Co', '@xml:lang': 'en' }]);
    const lab = metadataOf(records, 'OrgUnit').find((unit) => unit['@id'] === `OrgUnits/${ids.lab}`);
    expect(lab.PartOf.OrgUnit['@id']).toBe(`OrgUnits/${ids.university}`);

    const project = metadataOf(records, 'Project').find((p) => p['@id'] === `Projects/${ids.publicProject}`);
    expect(project.Title).toBe('Sample data: smart water <public>');
    // The guidelines' rules are checked too: a participation ending before it starts breaks one.
    const partner = project.Consortium.Partner[0];
    expect(partner['@startDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const harvested = await oai({ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: `oai:cris.example.org:Projects/${ids.publicProject}` }, admin.headers);
    expect(harvestRuleFindings(harvested.body.replace(`startDate="${partner['@startDate']}"`, `startDate="${partner['@startDate']}" endDate="2001-01-01"`))).toEqual([
      expect.stringContaining('must not be later than the end of the corresponding "endDate"'),
    ]);
    expect(project.Consortium.Coordinator.OrgUnit['@id']).toBe(`OrgUnits/${ids.university}`);
    expect(project.Consortium.Partner.map((p: any) => p.OrgUnit['@id'])).toEqual([`OrgUnits/${ids.lab}`]);
    expect(project.Funded).toHaveLength(1);
    expect(project.Funded[0].By.OrgUnit['@id']).toBe(`OrgUnits/${ids.company}`);
    expect(project.Funded[0].As.Funding.Amount).toMatchObject({ '@currency': 'VND' });

    const patents = metadataOf(records, 'Patent');
    expect(patents.map((patent) => patent['@id']).sort()).toEqual([`Patents/${ids.vnPatent}`, `Patents/${ids.pctPatent}`].sort());
    const pct = patents.find((patent) => patent['@id'] === `Patents/${ids.pctPatent}`);
    expect(pct.Predecessor.Patent['@id']).toBe(`Patents/${ids.vnPatent}`);
    expect(pct.Holders.Holder[0].OrgUnit['@id']).toBe(`OrgUnits/${ids.university}`);
    expect(pct.Inventors.Inventor.map((i: any) => i.Person['@id'])).toEqual([`Persons/${inventor.id}`, undefined]);
    expect(pct.Inventors.Inventor[1].Person.ORCID).toBe('https://orcid.org/0000-0002-1825-0097');
    expect(pct.OriginatesFrom.Project['@id']).toBe(`Projects/${ids.publicProject}`);

    const people = metadataOf(records, 'Person');
    expect(people.map((person) => person['@id'])).toEqual([`Persons/${inventor.id}`]);
    expect(people[0].PersonName.FamilyNames).toBe('Trần Thị Bình');
  });

  it('gives the same records in unqualified Dublin Core (oai_dc), valid against its schema, page after page', async () => {
    const cerif = await harvest('ListIdentifiers', {}, admin.headers);
    const dublinCore = await harvest('ListRecords', { metadataPrefix: 'oai_dc' }, admin.headers);
    expect(dublinCore.identifiers).toEqual(cerif.identifiers);
    // Every page of the walk carried Dublin Core, not CERIF: the token keeps the format asked for.
    expect(dublinCore.records.every((record) => record.metadata['oai_dc:dc'] && !record.metadata.OrgUnit && !record.metadata.Patent)).toBe(true);

    const dcOf = (identifier: string) => dublinCore.records.find((record) => record.header[0].identifier === identifier).metadata['oai_dc:dc'];
    const university = dcOf(`oai:cris.example.org:OrgUnits/${ids.university}`);
    expect(university['dc:title']).toEqual(['Trường Đại học Mẫu', { '#text': 'Sample <University> & Co', '@xml:lang': 'en' }]);
    expect(university['dc:identifier']).toBe('https://ror.org/05dxps055');
    const project = dcOf(`oai:cris.example.org:Projects/${ids.publicProject}`);
    expect(project).toMatchObject({ 'dc:title': 'Sample data: smart water <public>', 'dc:date': '2024-01-01/2026-12-31', 'dc:subject': ['water', 'sensors'] });
    const pct = dcOf(`oai:cris.example.org:Patents/${ids.pctPatent}`);
    expect(pct).toMatchObject({ 'dc:creator': ['Trần Thị Bình', 'Sample outside inventor'], 'dc:publisher': 'World Intellectual Property Organization', 'dc:coverage': 'PCT' });
    expect(pct['dc:contributor']).toBe('Trường Đại học Mẫu (SU)');

    const got = await valid(await oai({ verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: `oai:cris.example.org:Persons/${inventor.id}` }, admin.headers));
    expect(got.doc.GetRecord.record[0].metadata['oai_dc:dc']['dc:title']).toBe('Trần Thị Bình');
    // The validator checks Dublin Core too: an element outside the fifteen fails it.
    expect(await harvestSchemaErrors(got.body.replace('<dc:title>', '<dc:audience>all</dc:audience><dc:title>'))).not.toEqual([]);
  });

  it('walks every record exactly once through resumption tokens, the same as the sets together', async () => {
    const all = await harvest('ListRecords', {}, admin.headers);
    expect(new Set(all.identifiers).size).toBe(all.identifiers.length);
    const bySet: string[] = [];
    for (const set of sets) bySet.push(...(await harvest('ListIdentifiers', { set }, admin.headers)).identifiers);
    expect([...all.identifiers].sort()).toEqual([...bySet].sort());
    // Organisations: the admin's four (the unverified one too: their own) and no one else's unverified ones; 2 projects; 1 person; 1 product; 2 patents.
    expect(all.identifiers.length).toBeGreaterThanOrEqual(4 + 1 + 2 + 1 + 1 + 2);
    expect(all.identifiers).toContain(`oai:cris.example.org:OrgUnits/${ids.unverified}`);
    expect(all.identifiers).not.toContain(`oai:cris.example.org:Patents/${ids.copyright}`);
  });

  it('costs the same number of SQL statements for a page however many records it holds', async () => {
    const before = t.statementCount();
    await oai({ verb: 'ListRecords', metadataPrefix: 'oai_cerif_openaire', set: 'openaire_cris_orgunits' }, admin.headers);
    const small = t.statementCount() - before;
    const bigger = await startTestApp({ OAI_PAGE_SIZE: '50' }, { database: t.database });
    try {
      const start = bigger.statementCount();
      const response = await bigger.app.inject({ method: 'GET', url: '/oai?verb=ListRecords&metadataPrefix=oai_cerif_openaire&set=openaire_cris_orgunits', headers: admin.headers });
      expect(parser.parse(response.body)['OAI-PMH'].ListRecords.record.length).toBeGreaterThan(pageSize);
      expect(bigger.statementCount() - start).toBeLessThanOrEqual(small);
    } finally {
      await bigger.close();
    }
  });

  it('shows anonymous harvesters only public records: verified organisations, public projects without money, no confidential outputs', async () => {
    const { identifiers, records } = await harvest('ListRecords', {});
    expect(identifiers).toContain(`oai:cris.example.org:OrgUnits/${ids.university}`);
    expect(identifiers).not.toContain(`oai:cris.example.org:OrgUnits/${ids.unverified}`);
    expect(identifiers).toContain(`oai:cris.example.org:Projects/${ids.publicProject}`);
    expect(identifiers).not.toContain(`oai:cris.example.org:Projects/${ids.confidentialProject}`);
    expect(identifiers.filter((id) => /:(Persons|Products|Patents)\//.test(id))).toEqual([]);
    expect((await harvest('ListRecords', { metadataPrefix: 'oai_dc' })).identifiers).toEqual(identifiers);
    const project = metadataOf(records, 'Project').find((p) => p['@id'] === `Projects/${ids.publicProject}`);
    expect(project.Funded).toBeUndefined();
    expect(project.Consortium.Member.OrgUnit['@id']).toBe(`OrgUnits/${ids.company}`);
    for (const set of ['openaire_cris_persons', 'openaire_cris_products', 'openaire_cris_patents']) {
      expect((await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_cerif_openaire', set })).doc.error['@code']).toBe('noRecordsMatch');
    }
    const hidden = await valid(await oai({ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: `oai:cris.example.org:Projects/${ids.confidentialProject}` }));
    expect(hidden.doc.error['@code']).toBe('idDoesNotExist');
  });

  it('keeps confidential funding and technologies from a member of another organisation, and shows them to participants', async () => {
    const theirs = await harvest('ListRecords', {}, outsider.headers);
    expect(theirs.identifiers).not.toContain(`oai:cris.example.org:Projects/${ids.confidentialProject}`);
    expect(theirs.identifiers.filter((id) => /:(Persons|Products|Patents)\//.test(id))).toEqual([]);
    expect(metadataOf(theirs.records, 'Project').find((p) => p['@id'] === `Projects/${ids.publicProject}`).Funded).toBeUndefined();
    const product = await oai({ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: `oai:cris.example.org:Products/${ids.technology}` }, outsider.headers);
    expect(product.doc.error['@code']).toBe('idDoesNotExist');

    const member = await valid(await oai({ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: `oai:cris.example.org:Projects/${ids.publicProject}` }, uniMember.headers));
    expect(member.doc.GetRecord.record[0].metadata.Project.Funded).toHaveLength(1);
    const ownProduct = await valid(await oai({ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: `oai:cris.example.org:Products/${ids.technology}` }, uniMember.headers));
    expect(ownProduct.doc.GetRecord.record[0].metadata.Product.Creators.Creator).toHaveLength(2);
  });

  it('answers POST requests as GET ones, and filters by datestamp', async () => {
    const posted = await valid(await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_cerif_openaire', set: 'openaire_cris_projects' }, admin.headers, 'POST'));
    expect(posted.doc.ListIdentifiers.header.length).toBe(2);
    const future = await valid(await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_cerif_openaire', from: '2999-01-01' }, admin.headers));
    expect(future.doc.error['@code']).toBe('noRecordsMatch');
    const today = new Date().toISOString().slice(0, 10);
    const sinceToday = await harvest('ListIdentifiers', { from: today, until: '2999-12-31', set: 'openaire_cris_projects' }, admin.headers);
    expect(sinceToday.identifiers).toHaveLength(2);
  });

  it.each([
    [{}, 'badVerb'],
    [{ verb: 'ListEverything' }, 'badVerb'],
    [{ verb: 'Identify', extra: 'x' }, 'badArgument'],
    [{ verb: 'ListRecords' }, 'badArgument'],
    [{ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_cerif_openaire', from: '2024-13-01' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_cerif_openaire', from: '2024-01-01', until: '2024-01-01T00:00:00Z' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_cerif_openaire', from: '2025-01-01', until: '2024-01-01' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_cerif_openaire', set: 'no_such_set' }, 'badArgument'],
    [{ verb: 'ListRecords', metadataPrefix: 'marc21' }, 'cannotDisseminateFormat'],
    [{ verb: 'ListRecords', metadataPrefix: 'oai_cerif_openaire', set: 'openaire_cris_events' }, 'noRecordsMatch'],
    [{ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: 'oai:cris.example.org:Projects/not-a-uuid' }, 'idDoesNotExist'],
    [{ verb: 'GetRecord', metadataPrefix: 'oai_cerif_openaire', identifier: 'oai:elsewhere.org:Projects/00000000-0000-4000-8000-000000000000' }, 'idDoesNotExist'],
    [{ verb: 'ListRecords', resumptionToken: 'garbage!' }, 'badResumptionToken'],
    [{ verb: 'ListRecords', resumptionToken: Buffer.from('{"v":1}').toString('base64url') }, 'badResumptionToken'],
    [{ verb: 'ListRecords', resumptionToken: 'x', metadataPrefix: 'oai_cerif_openaire' }, 'badArgument'],
    [{ verb: 'ListSets', resumptionToken: 'x' }, 'badResumptionToken'],
  ])('answers %j with the OAI-PMH error %s, never a server error', async (query, code) => {
    const response = await valid(await oai(query as Record<string, string>));
    expect(response.doc.error['@code']).toBe(code);
  });

  it('refuses a token issued for another verb, and a repeated argument', async () => {
    const first = await oai({ verb: 'ListIdentifiers', metadataPrefix: 'oai_cerif_openaire' }, admin.headers);
    const token = first.doc.ListIdentifiers.resumptionToken['#text'];
    expect((await valid(await oai({ verb: 'ListRecords', resumptionToken: token }))).doc.error['@code']).toBe('badResumptionToken');
    const repeated = await t.app.inject({ method: 'GET', url: '/oai?verb=Identify&verb=Identify' });
    expect(parser.parse(repeated.body)['OAI-PMH'].error['@code']).toBe('badVerb');
  });

  it('refuses bad credentials as the API does', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/oai?verb=Identify', headers: { authorization: 'Bearer not-a-token' } });
    expect(response.statusCode).toBe(401);
  });
});
