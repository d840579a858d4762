import { seedDemoData } from '../src/demo/seed.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const list = graphql(`query List($filter: OrganizationFilter, $first: Int) {
  organizations(filter: $filter, first: $first) { totalCount edges { node { slug name nameEn helix } } }
}`);

describe('organisation directory', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
  });
  afterAll(() => t.close());

  const slugs = async (filter: Record<string, unknown>) => {
    const response = await t.graphql(list, { filter });
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data.organizations;
    const found = edges.map((edge: { node: { slug: string } }) => edge.node.slug).sort();
    expect(totalCount).toBe(found.length);
    return found;
  };

  it('lists the government actors by primary helix', async () => {
    const response = await t.graphql(graphql(`query OrganizationsOrganizations { organizations(filter: {helix: GOVERNMENT}) { totalCount edges { node { name nameEn helix } } } }`));
    expect(response.status).toBe(200);
    expect(response.data.organizations.totalCount).toBe(3);
    expect(response.data.organizations.edges.map((edge: { node: { nameEn: string } }) => edge.node.nameEn).sort()).toEqual([
      "Binh Duong Provincial People's Committee",
      'Binh Duong Department of Science and Technology',
      'City of Eindhoven',
    ].sort());
  });

  it('finds hybrids through anyHelix: Becamex IDC is industry with government as secondary helix', async () => {
    expect(await slugs({ anyHelix: 'GOVERNMENT' })).toEqual(['becamex-idc', 'binh-duong-dost', 'binh-duong-peoples-committee', 'eindhoven']);
    const becamex = await t.graphql(graphql(`query OrganizationsOrganization { organization(slug: "becamex-idc") { helix secondaryHelices kind } }`));
    expect(becamex.data.organization).toEqual({ helix: 'INDUSTRY', secondaryHelices: ['GOVERNMENT'], kind: 'STATE_OWNED_ENTERPRISE' });
  });

  it('filters by kind, country (any case), verification and level', async () => {
    expect(await slugs({ kind: 'UNIVERSITY' })).toEqual(['eiu']);
    expect(await slugs({ country: 'nl' })).toEqual(['eindhoven']);
    expect(await slugs({ country: 'VN', helix: 'ACADEMIA' })).toEqual(['eiu', 'eiu-fablab']);
    expect(await slugs({ verified: false })).toEqual([]);
    expect(await slugs({ verified: true, helix: 'CIVIL_SOCIETY' })).toEqual(['intelligent-community-forum']);
    expect(await slugs({ topLevel: false })).toEqual(['binh-duong-dost', 'eiu-fablab']);
    expect((await slugs({ topLevel: true })).length).toBe(6);
  });

  it('filters by parent', async () => {
    const eiu = await t.graphql(graphql(`query OrganizationsOrganization2 { organization(slug: "eiu") { id } }`));
    expect(await slugs({ parentId: eiu.data.organization.id })).toEqual(['eiu-fablab']);
    expect(await slugs({ parentId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
  });

  it('searches accent- and case-insensitively in Vietnamese and English names', async () => {
    expect(await slugs({ search: 'binh duong' })).toEqual(['binh-duong-dost', 'binh-duong-peoples-committee']);
    expect(await slugs({ search: 'BÌNH DƯƠNG' })).toEqual(['binh-duong-dost', 'binh-duong-peoples-committee']);
    expect(await slugs({ search: 'dai hoc' })).toEqual(['eiu']);
    expect(await slugs({ search: 'uy ban' })).toEqual(['binh-duong-peoples-committee']);
    expect(await slugs({ search: 'city of eindhoven' })).toEqual(['eindhoven']);
    expect(await slugs({ search: 'eastern university' })).toEqual(['eiu']);
    expect(await slugs({ search: 'fablab' })).toEqual(['eiu-fablab']);
    expect(await slugs({ search: 'ICF' })).toEqual(['intelligent-community-forum']);
    expect(await slugs({ search: '  ' })).toHaveLength(8);
  });

  it('treats LIKE wildcards in a search as plain characters', async () => {
    expect(await slugs({ search: '%' })).toEqual([]);
    expect(await slugs({ search: 'b_nh' })).toEqual([]);
  });

  it('answers a search that matches nothing with an empty page', async () => {
    const response = await t.graphql(
      graphql(`query OrganizationsOrganizations2 { organizations(filter: {search: "no such actor"}) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`),
    );
    expect(response.data.organizations).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('orders names by Vietnamese rules: Đ after D, before E', async () => {
    // Written directly so that `finally` can delete them again (API-made ones keep an admin and an
    // audit trail): the other tests here count the organisations.
    await t.dataSource.query(
      `INSERT INTO organization (slug, name, helix, kind, country, description)
       VALUES ('ordering-ea', 'Ea Súp ordering sample', 'INDUSTRY', 'STARTUP', 'VN', 'Sample data'),
              ('ordering-dong-nai', 'Đồng Nai ordering sample', 'INDUSTRY', 'STARTUP', 'VN', 'Sample data'),
              ('ordering-di-an', 'Dĩ An ordering sample', 'INDUSTRY', 'STARTUP', 'VN', 'Sample data')`,
    );
    try {
      const response = await t.graphql(graphql(`query OrganizationsOrganizations3 { organizations(filter: {search: "ordering sample"}) { edges { node { name } } } }`));
      expect(response.data.organizations.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
        'Dĩ An ordering sample',
        'Đồng Nai ordering sample',
        'Ea Súp ordering sample',
      ]);
    } finally {
      await t.dataSource.query(`DELETE FROM organization WHERE slug LIKE 'ordering-%'`);
    }
  });

  it('uses the trigram index for search', async () => {
    await t.dataSource.query('SET enable_seqscan = off');
    const plan: { 'QUERY PLAN': string }[] = await t.dataSource.query(
      `EXPLAIN SELECT id FROM organization o
        WHERE fold_text(o.name || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.short_name, '') || ' ' || o.slug) LIKE '%' || fold_text('binh') || '%'`,
    );
    await t.dataSource.query('RESET enable_seqscan');
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('organization_search_idx');
  });

  it('resolves parent and children', async () => {
    const response = await t.graphql(graphql(`query OrganizationsOrganization3 {
      organization(slug: "binh-duong-dost") { name parent { slug parent { slug } children { slug } } children { slug } }
    }`));
    expect(response.data.organization).toEqual({
      name: 'Sở Khoa học và Công nghệ tỉnh Bình Dương',
      parent: { slug: 'binh-duong-peoples-committee', parent: null, children: [{ slug: 'binh-duong-dost' }] },
      children: [],
    });
  });

  it('looks an organisation up by id or slug, and answers null for an unknown one', async () => {
    const bySlug = await t.graphql(graphql(`query OrganizationsOrganization4 { organization(slug: "eindhoven") { id slug country province website verified createdAt updatedAt } }`));
    const organization = bySlug.data.organization;
    expect(organization).toMatchObject({ slug: 'eindhoven', country: 'NL', province: 'Noord-Brabant', verified: true });
    expect(new Date(organization.createdAt).toISOString()).toBe(organization.createdAt);
    const byId = await t.graphql(graphql(`query OrganizationsOrganization5($id: ID) { organization(id: $id) { slug } }`), { id: organization.id });
    expect(byId.data.organization.slug).toBe('eindhoven');
    const missing = await t.graphql(graphql(`query OrganizationsOrganization6 { organization(slug: "atlantis") { id } }`));
    expect(missing.errors).toBeUndefined();
    expect(missing.data.organization).toBeNull();
  });

  it('refuses a lookup without exactly one of id and slug', async () => {
    for (const query of [graphql(`query OrganizationsOrganization7 { organization { id } }`), graphql(`query OrganizationsOrganization8 { organization(slug: "eiu", id: "00000000-0000-4000-8000-000000000000") { id } }`)]) {
      const response = await t.graphql(query);
      expect(response.errors?.[0]).toMatchObject({ message: 'Give exactly one of id or slug', extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('refuses malformed filter values with a message naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ country: 'Vietnam' }, 'filter.country', /two-letter ISO 3166-1 code/],
      [{ parentId: 'eiu' }, 'filter.parentId', /UUID/],
      [{ search: 'x'.repeat(201) }, 'filter.search', /at most 200/],
    ];
    for (const [filter, field, message] of cases) {
      const response = await t.graphql(list, { filter });
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(response.errors![0].message).toMatch(message);
    }
  });
});
