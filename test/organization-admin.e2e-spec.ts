import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const create = graphql(`mutation OrganizationAdminCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  __typename
  ... on Organization { id slug name verified version helix secondaryHelices parent { slug } }
  ... on ErrorResult { code message field }
} }`);
const update = graphql(`mutation OrganizationAdminUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
  __typename
  ... on Organization { id name website version }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`);
const createKey = graphql(`mutation OrganizationAdminCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes active } } }`);

describe('organisation administration, API keys and the audit trail', () => {
  let t: TestApp;
  let founder: Account;
  let stranger: Account;
  let platformAdmin: Account;
  let org: { id: string; slug: string; version: number };

  beforeAll(async () => {
    t = await startTestApp();
    founder = await register(t, 'founder@sample-startup.vn');
    stranger = await register(t, 'stranger@example.org');
    platformAdmin = await register(t, 'platform@example.org');
    await makePlatformAdmin(t, platformAdmin);
    const response = await t.graphql(
      create,
      { input: { name: 'Công ty Đổi mới Sáng tạo Mẫu', helix: 'INDUSTRY', kind: 'STARTUP', country: 'vn', website: 'https://sample.example.vn' } },
      founder.headers,
    );
    org = expectResult(response.data.createOrganization, 'Organization');
  });
  afterAll(() => t.close());

  it('creates an unverified organisation with a slug folded from its name, its creator as admin', async () => {
    expect(org).toMatchObject({ __typename: 'Organization', slug: 'cong-ty-doi-moi-sang-tao-mau', verified: false, version: 1 });
    const [membership] = await t.dataSource.query(`SELECT role, status FROM membership WHERE organization_id = $1 AND user_id = $2`, [org.id, founder.id]);
    expect(membership).toEqual({ role: 'ADMIN', status: 'ACTIVE' });
  });

  it('answers a taken slug and a repeated helix with typed errors, and bad formats with BAD_USER_INPUT', async () => {
    const taken = await t.graphql(create, { input: { name: 'Other', slug: org.slug, helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } }, founder.headers);
    expect(taken.data.createOrganization).toMatchObject({ __typename: 'SlugTakenError', code: 'SLUG_TAKEN', field: 'input.slug' });
    const repeated = await t.graphql(create, { input: { name: 'Other', helix: 'INDUSTRY', secondaryHelices: ['INDUSTRY'], kind: 'STARTUP', country: 'VN' } }, founder.headers);
    expect(repeated.data.createOrganization).toMatchObject({ __typename: 'InvalidInputError', field: 'input.secondaryHelices' });
    const badCountry = await t.graphql(create, { input: { name: 'Other', helix: 'INDUSTRY', kind: 'STARTUP', country: 'Vietnam' } }, founder.headers);
    expect(badCountry.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.country' });
    const badSite = await t.graphql(create, { input: { name: 'Other', helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN', website: 'javascript:alert(1)' } }, founder.headers);
    expect(badSite.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.website' });
  });

  it('numbers slugs made from the same name', async () => {
    const again = await t.graphql(create, { input: { name: 'Công ty Đổi mới Sáng tạo Mẫu', helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } }, stranger.headers);
    expect(expectResult(again.data.createOrganization, 'Organization').slug).toBe('cong-ty-doi-moi-sang-tao-mau-2');
  });

  it('lets its admins update with the version they read, and refuses a stale version without writing', async () => {
    const first = await t.graphql(update, { input: { id: org.id, expectedVersion: 1, description: 'Sample data: a sample startup.' } }, founder.headers);
    expect(first.data.updateOrganization).toMatchObject({ __typename: 'Organization', version: 2 });
    const stale = await t.graphql(update, { input: { id: org.id, expectedVersion: 1, name: 'Overwritten' } }, founder.headers);
    expect(stale.data.updateOrganization).toMatchObject({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: 2 });
    const [row] = await t.dataSource.query(`SELECT name, version FROM organization WHERE id = $1`, [org.id]);
    expect(row).toEqual({ name: 'Công ty Đổi mới Sáng tạo Mẫu', version: 2 });
    const cleared = await t.graphql(update, { input: { id: org.id, expectedVersion: 2, website: null } }, founder.headers);
    expect(cleared.data.updateOrganization).toMatchObject({ website: null, version: 3 });
  });

  it('hides the organisation’s administration from outsiders and API keys', async () => {
    const byStranger = await t.graphql(update, { input: { id: org.id, expectedVersion: 3, name: 'Taken over' } }, stranger.headers);
    expect(byStranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await t.graphql(update, { input: { id: org.id, expectedVersion: 3, name: 'Taken over' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const keys = await t.graphql(graphql(`query OrganizationAdminOrganization($id: ID) { organization(id: $id) { apiKeys { id } } }`), { id: org.id }, stranger.headers);
    expect(keys.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets platform admins verify; others may not', async () => {
    const verify = graphql(`mutation OrganizationAdminVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified } }`);
    expect((await t.graphql(verify, { id: org.id }, founder.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(verify, { id: org.id }, platformAdmin.headers)).data.verifyOrganization.verified).toBe(true);
  });

  it('makes a child organisation only under one you administer, and never a cycle', async () => {
    const lab = await t.graphql(create, { input: { name: 'Sample Lab', helix: 'ACADEMIA', kind: 'LAB', country: 'VN', parentId: org.id } }, founder.headers);
    expect(expectResult(lab.data.createOrganization, 'Organization').parent).toEqual({ slug: org.slug });
    const foreign = await t.graphql(create, { input: { name: 'Squatter', helix: 'ACADEMIA', kind: 'LAB', country: 'VN', parentId: org.id } }, stranger.headers);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [current] = await t.dataSource.query(`SELECT version FROM organization WHERE id = $1`, [org.id]);
    const cycle = await t.graphql(update, { input: { id: org.id, expectedVersion: current.version, parentId: expectResult(lab.data.createOrganization, 'Organization').id } }, founder.headers);
    expect(cycle.data.updateOrganization).toMatchObject({ __typename: 'InvalidInputError', field: 'input.parentId' });
  });

  describe('API keys', () => {
    it('are created by admins, shown once, listed by prefix, and act for their organisation', async () => {
      const created = await t.graphql(createKey, { input: { organizationId: org.id, name: 'Province dashboard', scopes: ['READ'] } }, founder.headers);
      const { secret, apiKey } = created.data.createApiKey;
      expect(secret).toMatch(/^thk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      expect(secret.startsWith(apiKey.prefix)).toBe(true);
      const [stored] = await t.dataSource.query(`SELECT * FROM api_key WHERE id = $1`, [apiKey.id]);
      expect(JSON.stringify(stored)).not.toContain(secret.slice('thk_'.length + 13));

      const ways: Record<string, string>[] = [{ authorization: `Bearer ${secret}` }, { 'x-api-key': secret }];
      for (const headers of ways) {
        const read = await t.graphql(graphql(`query OrganizationAdminOrganizations { organizations { totalCount } }`), {}, headers);
        expect(read.errors).toBeUndefined();
      }
      const [used] = await t.dataSource.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [apiKey.id]);
      expect(used.last_used_at).not.toBeNull();
      const me = await t.graphql(graphql(`query Me { me { id } }`), {}, { 'x-api-key': secret });
      expect(me.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const listed = await t.graphql(graphql(`query OrganizationAdminOrganization2($id: ID) { organization(id: $id) { apiKeys { id name prefix active } } }`), { id: org.id }, founder.headers);
      expect(listed.data.organization.apiKeys).toContainEqual({ id: apiKey.id, name: 'Province dashboard', prefix: apiKey.prefix, active: true });
    });

    it('stop working the moment they are revoked, and when they expire', async () => {
      const created = await t.graphql(createKey, { input: { organizationId: org.id, name: 'Short-lived', scopes: ['READ', 'WRITE'] } }, founder.headers);
      const { secret, apiKey } = created.data.createApiKey;
      const headers = { 'x-api-key': secret };
      expect((await t.graphql(graphql(`query OrganizationAdminOrganizations { organizations { totalCount } }`), {}, headers)).errors).toBeUndefined();

      const bystander = await t.graphql(graphql(`mutation OrganizationAdminRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { active } }`), { id: apiKey.id }, stranger.headers);
      expect(bystander.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const revoked = await t.graphql(graphql(`mutation OrganizationAdminRevokeApiKey2($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }`), { id: apiKey.id }, founder.headers);
      expect(revoked.data.revokeApiKey.active).toBe(false);
      expect((await t.graphql(graphql(`query OrganizationAdminOrganizations { organizations { totalCount } }`), {}, headers)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const expiring = await t.graphql(createKey, { input: { organizationId: org.id, name: 'Expiring', scopes: ['READ'] } }, founder.headers);
      await t.dataSource.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.data.createApiKey.apiKey.id]);
      const expired = await t.graphql(graphql(`query OrganizationAdminOrganizations { organizations { totalCount } }`), {}, { 'x-api-key': expiring.data.createApiKey.secret });
      expect(expired.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuse bad input and outsiders', async () => {
      const noScope = await t.graphql(createKey, { input: { organizationId: org.id, name: 'x', scopes: [] } }, founder.headers);
      expect(noScope.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
      const past = await t.graphql(createKey, { input: { organizationId: org.id, name: 'x', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' } }, founder.headers);
      expect(past.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
      const outsider = await t.graphql(createKey, { input: { organizationId: org.id, name: 'x', scopes: ['READ'] } }, stranger.headers);
      expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const made = (await t.graphql(createKey, { input: { organizationId: org.id, name: 'key', scopes: ['WRITE'] } }, founder.headers)).data.createApiKey;
      const byKey = await t.graphql(createKey, { input: { organizationId: org.id, name: 'x', scopes: ['READ'] } }, { 'x-api-key': made.secret });
      expect(byKey.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('archives: the organisation leaves the directory for everyone but platform admins, and its keys stop', async () => {
    const doomed = (await t.graphql(create, { input: { name: 'Sample Doomed Co', helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } }, stranger.headers)).data.createOrganization;
    const key = (await t.graphql(createKey, { input: { organizationId: expectResult(doomed, 'Organization').id, name: 'k', scopes: ['READ'] } }, stranger.headers)).data.createApiKey;
    expect((await t.graphql(graphql(`mutation OrganizationAdminArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }`), { id: expectResult(doomed, 'Organization').id }, stranger.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const archived = await t.graphql(graphql(`mutation OrganizationAdminArchiveOrganization2($id: ID!) { archiveOrganization(id: $id) { archivedAt } }`), { id: expectResult(doomed, 'Organization').id }, platformAdmin.headers);
    expect(archived.data.archiveOrganization.archivedAt).not.toBeNull();

    const lookup = graphql(`query OrganizationAdminOrganization3($id: ID) { organization(id: $id) { slug } }`);
    expect((await t.graphql(lookup, { id: expectResult(doomed, 'Organization').id })).data.organization).toBeNull();
    expect((await t.graphql(lookup, { id: expectResult(doomed, 'Organization').id }, stranger.headers)).data.organization).toBeNull();
    expect((await t.graphql(lookup, { id: expectResult(doomed, 'Organization').id }, platformAdmin.headers)).data.organization).toEqual({ slug: expectResult(doomed, 'Organization').slug });
    const search = graphql(`query OrganizationAdminOrganizations2 { organizations(filter: {search: "doomed", includeArchived: true}) { totalCount } }`);
    expect((await t.graphql(search)).data.organizations.totalCount).toBe(0);
    expect((await t.graphql(search, {}, platformAdmin.headers)).data.organizations.totalCount).toBe(1);
    expect((await t.graphql(graphql(`query OrganizationAdminOrganizations { organizations { totalCount } }`), {}, { 'x-api-key': key.secret })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('audit trail', () => {
    const log = graphql(`query OrganizationAdminAuditLog($org: ID, $first: Int, $after: String, $filter: AuditFilter) { auditLog(organizationId: $org, first: $first, after: $after, filter: $filter) {
      totalCount edges { node { action actorUserId actorApiKeyId organizationId entityType entityId requestId changes { field before after } } }
      pageInfo { hasNextPage endCursor }
    } }`);

    it('shows an organisation’s admins what was done, by whom, with before and after', async () => {
      const response = await t.graphql(log, { org: org.id, first: 100 }, founder.headers);
      const events = response.data.auditLog.edges.map((edge) => edge.node);
      const actions = events.map((event) => event.action);
      expect(actions).toEqual(expect.arrayContaining(['organization.created', 'organization.updated', 'organization.verified', 'api_key.created', 'api_key.revoked']));
      const updated = events.find((event) => event.action === 'organization.updated' && event.changes.some((c) => c.field === 'description'));
      expect(updated).toMatchObject({
        actorUserId: founder.id,
        organizationId: org.id,
        entityType: 'Organization',
        changes: [{ field: 'description', before: null, after: '"Sample data: a sample startup."' }],
      });
      expect(updated?.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const verified = events.find((event) => event.action === 'organization.verified');
      expect(verified?.actorUserId).toBe(platformAdmin.id);
      const withActors = await t.graphql(graphql(`query OrganizationAdminAuditLog2($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actor { id displayName } } } } }`), { org: org.id }, founder.headers);
      const created = withActors.data.auditLog.edges.find((edge) => edge.node.action === 'organization.created');
      expect(created?.node.actor).toEqual({ id: founder.id, displayName: 'founder' });
      expect(JSON.stringify(events)).not.toMatch(/thk_[0-9a-f]{12}_/);
    });

    it('pages newest first and filters', async () => {
      const first = await t.graphql(log, { org: org.id, first: 2 }, founder.headers);
      const second = await t.graphql(log, { org: org.id, first: 2, after: first.data.auditLog.pageInfo.endCursor }, founder.headers);
      expect(second.data.auditLog.edges).toHaveLength(2);
      const filtered = await t.graphql(log, { org: org.id, filter: { action: 'api_key.revoked' } }, founder.headers);
      expect(filtered.data.auditLog.totalCount).toBe(1);
    });

    it('is for the organisation’s admins and platform admins only', async () => {
      expect((await t.graphql(log, { org: org.id }, stranger.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.graphql(log, {}, founder.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const all = await t.graphql(log, { first: 100 }, platformAdmin.headers);
      expect(all.data.auditLog.totalCount).toBeGreaterThan(10);
    });
  });
});
