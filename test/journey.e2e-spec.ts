import { seedDemoData } from '../src/demo/seed.js';
import { createPlatformAdmin } from '../src/identity/platform-admin.js';
import { password, register, type Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { MemberRole } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

/**
 * The path a new partner takes, on the real Binh Duong actors: sign up, sign in, create an
 * organisation, invite a colleague who accepts, make an API key and use it; and what an editor of
 * EIU may not do to Becamex IDC.
 */
describe('a partner’s first day', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource);
    for (const row of await t.dataSource.query(`SELECT slug, id FROM organization`)) ids[row.slug] = row.id;
    await createPlatformAdmin(t.dataSource, { email: 'ops@binhduong.example', password, name: 'Platform operator' });
  });
  afterAll(() => t.close());

  const signIn = async (email: string, secret = password): Promise<Record<string, string>> => {
    const response = await t.graphql(graphql(`mutation Login($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }`), {
      input: { email, password: secret },
    });
    return { authorization: `Bearer ${response.data.login.accessToken}` };
  };
  const invite = async (headers: Record<string, string>, organizationId: string, email: string, role: MemberRole) => {
    const response = await t.graphql(
      graphql(`mutation JourneyInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token } } }`),
      { input: { organizationId, email, role } },
      headers,
    );
    expect(response.data.inviteMember.__typename).toBe('InvitationCreated');
    return expectResult(response.data.inviteMember, 'InvitationCreated').token as string;
  };
  const accept = async (token: string, headers?: Record<string, string>, newAccount?: { displayName: string }) => {
    const response = await t.graphql(
      graphql(`mutation JourneyAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { role } } } }`),
      { input: { token, ...(newAccount ? { password, displayName: newAccount.displayName } : {}) } },
      headers,
    );
    expect(response.data.acceptInvitation.__typename).toBe('AcceptedInvitation');
    return expectResult(response.data.acceptInvitation, 'AcceptedInvitation').membership.role as string;
  };

  it('goes from sign-up to a working API key, with each step in the audit trail', async () => {
    const operator = await signIn('ops@binhduong.example');

    // Becamex IDC and EIU get their first admins from the platform operator.
    const becamexAdmin: Account = await register(t, 'an.tran@becamex.example', 'Trần Văn An');
    const becamexHeaders = await signIn(becamexAdmin.email);
    expect(await accept(await invite(operator, ids['becamex-idc'], becamexAdmin.email, 'ADMIN'), becamexHeaders)).toBe('ADMIN');
    const eiuAdmin = await register(t, 'hoa.le@eiu.example', 'Lê Thị Hoa');
    expect(await accept(await invite(operator, ids.eiu, eiuAdmin.email, 'ADMIN'), eiuAdmin.headers)).toBe('ADMIN');

    // EIU's admin invites a colleague who has no account yet: accepting creates it.
    expect(await accept(await invite(eiuAdmin.headers, ids.eiu, 'binh.pham@eiu.example', 'EDITOR'), undefined, { displayName: 'Phạm Bình' })).toBe('EDITOR');
    const eiuEditor = await signIn('binh.pham@eiu.example');

    // A founder creates an organisation, makes a key and uses it; revoked, it stops at once.
    const founder = await register(t, 'founder@sample-startup.example', 'Sample founder');
    const created = await t.graphql(
      graphql(`mutation JourneyCreateOrganization { createOrganization(input: {name: "Sample Smart Factory Startup", helix: INDUSTRY, kind: STARTUP, country: "VN", province: "Bình Dương"}) { ... on Organization { id verified } } }`),
      {},
      founder.headers,
    );
    const startup = created.data.createOrganization;
    expect(startup.verified).toBe(false);
    const key = await t.graphql(
      graphql(`mutation JourneyCreateApiKey($id: ID!) { createApiKey(input: {organizationId: $id, name: "Factory dashboard", scopes: [READ]}) { secret apiKey { id } } }`),
      { id: startup.id },
      founder.headers,
    );
    const keyHeaders = { 'x-api-key': key.data.createApiKey.secret };
    const members = await t.graphql(graphql(`query JourneyOrganization($id: ID) { organization(id: $id) { members { totalCount } } }`), { id: startup.id }, keyHeaders);
    expect(members.data.organization.members.totalCount).toBe(1);
    await t.graphql(graphql(`mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`), { id: key.data.createApiKey.apiKey.id }, founder.headers);
    expect((await t.graphql(graphql(`query JourneyOrganizations { organizations { totalCount } }`), {}, keyHeaders)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // An editor of EIU cannot change Becamex IDC's profile, nor see its keys or its members.
    const becamex = (await t.graphql(graphql(`query JourneyOrganization2 { organization(slug: "becamex-idc") { id version } }`))).data.organization;
    const change = await t.graphql(
      graphql(`mutation JourneyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }`),
      { input: { id: becamex.id, expectedVersion: becamex.version, description: 'Defaced' } },
      eiuEditor,
    );
    expect(change.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const field of ['apiKeys { id }', 'members { totalCount }', 'invitations { id }']) {
      // A string: built at run time around each admin-only field.
      const response = await t.graphql(`query($id: ID) { organization(id: $id) { name ${field} } }`, { id: becamex.id }, eiuEditor);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const audit = await t.graphql(graphql(`query JourneyAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }`), { id: becamex.id }, eiuEditor);
    expect(audit.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Becamex IDC's admin reads who did what to it.
    const trail = await t.graphql(
      graphql(`query JourneyAuditLog2($id: ID) { auditLog(organizationId: $id) { edges { node { action actor { displayName } } } } }`),
      { id: becamex.id },
      becamexHeaders,
    );
    expect(trail.data.auditLog.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { action: 'membership.accepted', actor: { displayName: 'Trần Văn An' } },
      { action: 'membership.invited', actor: { displayName: 'Platform operator' } },
    ]);
    const startupTrail = await t.graphql(graphql(`query JourneyAuditLog2($id: ID) { auditLog(organizationId: $id) { edges { node { action actor { displayName } } } } }`), { id: startup.id }, founder.headers);
    expect(startupTrail.data.auditLog.edges.map((edge: { node: { action: string } }) => edge.node.action)).toEqual([
      'api_key.revoked',
      'api_key.created',
      'organization.created',
    ]);
  });
});
