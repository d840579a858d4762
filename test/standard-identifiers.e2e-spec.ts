import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { CreateOrganizationInput } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

const createOrganization = graphql(`mutation StandardIdentifiersCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  __typename ... on Organization { id rorId verified version } ... on ErrorResult { code message field } } }`);
const updateOrganization = graphql(`mutation StandardIdentifiersUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
  __typename ... on Organization { rorId verified version } ... on ErrorResult { code message field } } }`);
const updateProfile = graphql(`mutation StandardIdentifiersUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) {
  __typename ... on User { displayName orcid } ... on ErrorResult { code message field } } }`);
const createTechnology = graphql(`mutation StandardIdentifiersCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) {
  __typename ... on Technology { id inventors { orcid user { orcid } } } ... on ErrorResult { code message field } } }`);

describe('standard identifiers: ROR IDs and ORCID iDs', () => {
  let t: TestApp;
  let admin: Account;
  let researcher: Account;
  let platformAdmin: Account;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await register(t, 'ror-admin@identifiers.example');
    researcher = await register(t, 'orcid-researcher@identifiers.example');
    platformAdmin = await register(t, 'ror-platform@identifiers.example');
    await makePlatformAdmin(t, platformAdmin);
  });
  afterAll(() => t.close());

  const organizationInput = (name: string, rorId?: string | null): CreateOrganizationInput => ({ name, helix: 'ACADEMIA', kind: 'UNIVERSITY', country: 'VN', rorId });

  it('stores a ROR ID given as a URL or bare, and answers its canonical URL', async () => {
    const created = await t.graphql(createOrganization, { input: organizationInput('Trường Đại học Mẫu', 'https://ror.org/05DXPS055') }, admin.headers);
    expect(created.data.createOrganization).toMatchObject({ __typename: 'Organization', rorId: 'https://ror.org/05dxps055' });
    organizationId = expectResult(created.data.createOrganization, 'Organization').id;
    const [row] = await t.dataSource.query(`SELECT ror_id FROM organization WHERE id = $1`, [organizationId]);
    expect(row.ror_id).toBe('05dxps055');
  });

  it.each([
    ['05dxps056', 'a wrong check digit'],
    ['https://ror.org/05dxpsu55', 'a letter outside Crockford base 32'],
    ['ror:05dxps055x', 'junk around it'],
  ])('refuses the ROR ID %s (%s) at the edge, naming the field', async (rorId) => {
    const response = await t.graphql(createOrganization, { input: organizationInput('Refused', rorId) }, admin.headers);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rorId' });
    expect(response.errors?.[0].message).toMatch(/ROR ID with valid check digits/);
  });

  it('gives one ROR ID to one organisation only', async () => {
    const again = await t.graphql(createOrganization, { input: organizationInput('Copy', '05dxps055') }, admin.headers);
    expect(again.data.createOrganization).toMatchObject({ __typename: 'InvalidInputError', field: 'input.rorId' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM organization WHERE name = 'Copy'`);
    expect(count).toBe(0);
  });

  it('finds an organisation by its ROR ID in any form', async () => {
    for (const rorId of ['05dxps055', 'https://ror.org/05dxps055']) {
      const found = await t.graphql(graphql(`query StandardIdentifiersOrganizations($rorId: String) { organizations(filter: { rorId: $rorId }) { totalCount edges { node { id } } } }`), { rorId });
      expect(found.data.organizations).toEqual({ totalCount: 1, edges: [{ node: { id: organizationId } }] });
    }
  });

  it('sends a verified organisation back to verification when its ROR ID changes', async () => {
    const verified = await t.graphql(graphql(`mutation StandardIdentifiersVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }`), { id: organizationId }, platformAdmin.headers);
    expect(verified.data.verifyOrganization.verified).toBe(true);
    const changed = await t.graphql(
      updateOrganization,
      { input: { id: organizationId, expectedVersion: verified.data.verifyOrganization.version, rorId: '013meh722' } },
      admin.headers,
    );
    expect(changed.data.updateOrganization).toMatchObject({ rorId: 'https://ror.org/013meh722', verified: false });
  });

  it('keeps the invariant in the database too', async () => {
    await expect(t.dataSource.query(`UPDATE organization SET ror_id = '013meh723' WHERE id = $1`, [organizationId])).rejects.toThrow(/organization_ror_id_valid/);
    await expect(t.dataSource.query(`UPDATE user_account SET orcid = '0000-0002-1825-0098' WHERE id = $1`, [researcher.id])).rejects.toThrow(/user_account_orcid_valid/);
  });

  it('lets a person set, show and clear their ORCID iD, one account per iD', async () => {
    const set = await t.graphql(updateProfile, { input: { orcid: '0000000218250097' } }, researcher.headers);
    expect(set.data.updateProfile).toEqual({ __typename: 'User', displayName: 'orcid-researcher', orcid: 'https://orcid.org/0000-0002-1825-0097' });
    const me = await t.graphql(graphql(`query StandardIdentifiersMe { me { orcid } }`), {}, researcher.headers);
    expect(me.data.me.orcid).toBe('https://orcid.org/0000-0002-1825-0097');

    const taken = await t.graphql(updateProfile, { input: { orcid: 'https://orcid.org/0000-0002-1825-0097' } }, admin.headers);
    expect(taken.data.updateProfile).toMatchObject({ __typename: 'InvalidInputError', field: 'input.orcid' });

    const wrong = await t.graphql(updateProfile, { input: { orcid: '0000-0002-1825-0098' } }, admin.headers);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.orcid' });

    const cleared = await t.graphql(updateProfile, { input: { orcid: null } }, admin.headers);
    expect(expectResult(cleared.data.updateProfile, 'User').orcid).toBeNull();
  });

  it('records ORCID iDs of inventors and finds technologies by an inventor’s iD, on the platform or not', async () => {
    const owner = await t.graphql(createOrganization, { input: organizationInput('Viện Công nghệ Mẫu') }, researcher.headers);
    const ownerId = expectResult(owner.data.createOrganization, 'Organization').id;
    const created = await t.graphql(
      createTechnology,
      {
        input: {
          code: 'ORCID-TECH-1',
          title: 'Cảm biến chất lượng nước',
          owners: [{ organizationId: ownerId, share: '100' }],
          inventors: [
            { userId: researcher.id, share: '60' },
            { externalName: 'Josiah Carberry', orcid: 'https://orcid.org/0000-0001-5109-3700', share: '40' },
          ],
        },
      },
      researcher.headers,
    );
    expect(expectResult(created.data.createTechnology, 'Technology').inventors).toEqual([
      { orcid: null, user: { orcid: 'https://orcid.org/0000-0002-1825-0097' } },
      { orcid: 'https://orcid.org/0000-0001-5109-3700', user: null },
    ]);
    const byOrcid = graphql(`query StandardIdentifiersTechnologies($orcid: String) { technologies(filter: { inventorOrcid: $orcid }) { totalCount } }`);
    for (const orcid of ['0000-0002-1825-0097', '0000-0001-5109-3700']) {
      const found = await t.graphql(byOrcid, { orcid }, researcher.headers);
      expect(found.data.technologies.totalCount).toBe(1);
    }
    expect((await t.graphql(byOrcid, { orcid: '0000-0002-1694-233X' }, researcher.headers)).data.technologies.totalCount).toBe(0);
  });

  it('keeps a platform user’s ORCID iD on their account, not on the inventor row', async () => {
    const owner = await t.graphql(createOrganization, { input: organizationInput('Phòng thí nghiệm Mẫu') }, researcher.headers);
    const refused = await t.graphql(
      createTechnology,
      {
        input: {
          code: 'ORCID-TECH-2',
          title: 'Vật liệu mới',
          owners: [{ organizationId: expectResult(owner.data.createOrganization, 'Organization').id, share: '100' }],
          inventors: [{ userId: researcher.id, orcid: '0000-0001-5109-3700', share: '100' }],
        },
      },
      researcher.headers,
    );
    expect(refused.data.createTechnology).toMatchObject({ __typename: 'InvalidInputError', field: 'input.inventors.0.orcid' });
  });
});
