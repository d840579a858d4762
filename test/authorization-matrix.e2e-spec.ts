import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { password, makePlatformAdmin, register, type Account } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every query and mutation of accounts, organisations, memberships, API keys and the audit trail, run as every
 * kind of caller. The whole table of allowed and denied is compared at once, so changing any single
 * cell makes the test fail.
 */

type Outcome = 'allowed' | 'denied' | `unexpected: ${string}`;

interface Principal {
  name: string;
  /** Headers for one request. */
  headers(): Promise<Record<string, string>>;
  /** Forget the session: the last operation may have ended it (logout, changePassword). */
  renew?(): void;
}

interface Operation {
  name: string;
  query: string;
  /** Fresh variables for one run (a new throwaway record where the operation consumes one). */
  variables?: () => Promise<Record<string, unknown>>;
  /** Who may, by principal name. */
  allowed: string[];
  /** Ends the caller's sessions (so people sign in again before the next cell). */
  endsSessions?: boolean;
}

const principalNames = [
  'anonymous', 'outsider', 'memberA', 'editorA', 'adminA', 'adminB', 'platformAdmin',
  'readKeyA', 'writeKeyA', 'revokedKeyA', 'expiredKeyA', 'expiredToken', 'tamperedToken', 'disabledUser',
] as const;

const people = ['outsider', 'memberA', 'editorA', 'adminA', 'adminB', 'platformAdmin'];
const validCallers = ['anonymous', ...people, 'readKeyA', 'writeKeyA'];
const testSecret = 'test-secret-that-is-long-enough-for-hs256';

describe('authorization matrix', () => {
  let t: TestApp;
  const principals = new Map<string, Principal>();
  const accounts = new Map<string, Account>();
  let orgA: string;
  let orgB: string;

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);

  const signIn = async (account: Account) => {
    const response = await t.graphql(`mutation($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken } } }`, {
      input: { email: account.email, password },
    });
    return { authorization: `Bearer ${response.data.login.accessToken}` };
  };

  const throwawayUser = async () => {
    const [row] = await sql(`INSERT INTO user_account (email, display_name, password_hash) VALUES ($1, 'Sample throwaway', 'x') RETURNING id`, [
      `throwaway-${randomBytes(4).toString('hex')}@example.org`,
    ]);
    return row.id as string;
  };

  const throwawayOrganization = async () => {
    const [row] = await sql(`INSERT INTO organization (slug, name, helix, kind, country, description) VALUES ($1, 'Sample throwaway', 'INDUSTRY', 'STARTUP', 'VN', 'Sample data') RETURNING id`, [
      `sample-${randomBytes(4).toString('hex')}`,
    ]);
    return row.id as string;
  };

  /** A throwaway person with a membership of `status` and `role` in organisation A. */
  const throwawayMembership = async (status: string, role = 'MEMBER') => {
    const userId = await throwawayUser();
    const [row] = await sql(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, $3, $4) RETURNING id`, [orgA, userId, role, status]);
    return row.id as string;
  };

  /** A fresh invitation into organisation A, made through the API by its admin. */
  const invitation = async () => {
    const response = await t.graphql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { ... on InvitationCreated { token invitation { id } } } }`,
      { input: { organizationId: orgA, email: `invitee-${randomBytes(4).toString('hex')}@matrix.example`, role: 'MEMBER' } },
      // A fresh session: the matrix's changePassword cells end adminA's older ones.
      await signIn(accounts.get('adminA')!),
    );
    return response.data.inviteMember as { token: string; invitation: { id: string } };
  };

  const keyOf = async (organizationId: string, scopes: string[]) => {
    const response = await t.graphql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
      { input: { organizationId, name: `matrix ${scopes.join('+')}`, scopes } },
      accounts.get('adminA')!.headers,
    );
    return response.data.createApiKey as { secret: string; apiKey: { id: string } };
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of [...people, 'disabledUser']) accounts.set(name, await register(t, `${name.toLowerCase()}@matrix.example`));
    await makePlatformAdmin(t, accounts.get('platformAdmin')!);

    const create = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`;
    orgA = (await t.graphql(create, { input: { name: 'Sample Org A', helix: 'ACADEMIA', kind: 'UNIVERSITY', country: 'VN' } }, accounts.get('adminA')!.headers)).data
      .createOrganization.id;
    orgB = (await t.graphql(create, { input: { name: 'Sample Org B', helix: 'INDUSTRY', kind: 'PRIVATE_COMPANY', country: 'VN' } }, accounts.get('adminB')!.headers)).data
      .createOrganization.id;
    for (const [name, role] of [['memberA', 'MEMBER'], ['editorA', 'EDITOR']] as const) {
      await sql(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, $3, 'ACTIVE')`, [orgA, accounts.get(name)!.id, role]);
    }

    const readKey = await keyOf(orgA, ['READ']);
    const writeKey = await keyOf(orgA, ['READ', 'WRITE']);
    const revokedKey = await keyOf(orgA, ['READ', 'WRITE']);
    await t.graphql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: revokedKey.apiKey.id }, accounts.get('adminA')!.headers);
    const expiredKey = await keyOf(orgA, ['READ', 'WRITE']);
    await sql(`UPDATE api_key SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiredKey.apiKey.id]);

    const disabled = accounts.get('disabledUser')!;
    await t.graphql(`mutation($id: ID!) { disableUser(userId: $id) { id } }`, { id: disabled.id }, accounts.get('platformAdmin')!.headers);
    const adminA = accounts.get('adminA')!;
    const [header, payload, signature] = adminA.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const elevated = Buffer.from(JSON.stringify({ ...claims, sub: accounts.get('platformAdmin')!.id })).toString('base64url');

    const fixed = (headers: Record<string, string>): Principal['headers'] => async () => headers;
    principals.set('anonymous', { name: 'anonymous', headers: fixed({}) });
    for (const name of people) {
      let session: Promise<Record<string, string>> | undefined;
      principals.set(name, { name, headers: () => (session ??= signIn(accounts.get(name)!)), renew: () => (session = undefined) });
    }
    principals.set('readKeyA', { name: 'readKeyA', headers: fixed({ 'x-api-key': readKey.secret }) });
    principals.set('writeKeyA', { name: 'writeKeyA', headers: fixed({ authorization: `Bearer ${writeKey.secret}` }) });
    principals.set('revokedKeyA', { name: 'revokedKeyA', headers: fixed({ 'x-api-key': revokedKey.secret }) });
    principals.set('expiredKeyA', { name: 'expiredKeyA', headers: fixed({ 'x-api-key': expiredKey.secret }) });
    principals.set('expiredToken', {
      name: 'expiredToken',
      headers: fixed({ authorization: `Bearer ${jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 5 }, testSecret)}` }),
    });
    principals.set('tamperedToken', { name: 'tamperedToken', headers: fixed({ authorization: `Bearer ${header}.${elevated}.${signature}` }) });
    principals.set('disabledUser', { name: 'disabledUser', headers: fixed(disabled.headers) });
  });
  afterAll(() => t.close());

  const operations = (): Operation[] => [
    { name: 'query organizations', query: `{ organizations { totalCount } }`, allowed: validCallers },
    { name: 'query organization', query: `query($id: ID) { organization(id: $id) { name } }`, variables: async () => ({ id: orgA }), allowed: validCallers },
    { name: 'query me', query: `{ me { id } }`, allowed: people },
    {
      name: 'query organization.apiKeys',
      query: `query($id: ID) { organization(id: $id) { apiKeys { id } } }`,
      variables: async () => ({ id: orgA }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'query auditLog of A',
      query: `query($id: ID) { auditLog(organizationId: $id) { totalCount } }`,
      variables: async () => ({ id: orgA }),
      allowed: ['adminA', 'platformAdmin'],
    },
    { name: 'query auditLog of all', query: `{ auditLog { totalCount } }`, allowed: ['platformAdmin'] },
    {
      name: 'mutation register',
      query: `mutation($input: RegisterInput!) { register(input: $input) { __typename } }`,
      variables: async () => ({ input: { email: `new-${randomBytes(4).toString('hex')}@matrix.example`, password, displayName: 'Sample' } }),
      allowed: validCallers,
    },
    {
      name: 'mutation login',
      query: `mutation($input: LoginInput!) { login(input: $input) { __typename } }`,
      variables: async () => ({ input: { email: 'outsider@matrix.example', password } }),
      allowed: validCallers,
    },
    {
      name: 'mutation refreshSession',
      query: `mutation { refreshSession(refreshToken: "thr_unknown") { __typename } }`,
      allowed: validCallers,
    },
    { name: 'mutation logout', query: `mutation { logout }`, allowed: people, endsSessions: true },
    {
      name: 'mutation changePassword',
      query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }`,
      variables: async () => ({ input: { currentPassword: password, newPassword: password } }),
      allowed: people,
      endsSessions: true,
    },
    {
      name: 'mutation createOrganization',
      query: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }`,
      variables: async () => ({ input: { name: `Sample ${randomBytes(4).toString('hex')}`, helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } }),
      allowed: people,
    },
    {
      name: 'mutation updateOrganization A',
      query: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }`,
      variables: async () => {
        const [row] = await sql(`SELECT version FROM organization WHERE id = $1`, [orgA]);
        return { input: { id: orgA, expectedVersion: row.version, description: `Sample data ${randomBytes(2).toString('hex')}` } };
      },
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation verifyOrganization',
      query: `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`,
      variables: async () => ({ id: orgB }),
      allowed: ['platformAdmin'],
    },
    {
      name: 'mutation archiveOrganization',
      query: `mutation($id: ID!) { archiveOrganization(id: $id) { id } }`,
      variables: async () => ({ id: await throwawayOrganization() }),
      allowed: ['platformAdmin'],
    },
    {
      name: 'mutation createApiKey for A',
      query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      variables: async () => ({ input: { organizationId: orgA, name: 'matrix', scopes: ['READ'] } }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation revokeApiKey of A',
      query: `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`,
      variables: async () => {
        const [row] = await sql(
          `INSERT INTO api_key (organization_id, name, prefix, secret_hash, scopes, created_by) VALUES ($1, 'throwaway', $2, '\\x00', '{READ}', $3) RETURNING id`,
          [orgA, randomBytes(6).toString('hex'), accounts.get('adminA')!.id],
        );
        return { id: row.id };
      },
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'query organization.members',
      query: `query($id: ID) { organization(id: $id) { members { totalCount } } }`,
      variables: async () => ({ id: orgA }),
      allowed: ['memberA', 'editorA', 'adminA', 'platformAdmin', 'readKeyA', 'writeKeyA'],
    },
    {
      name: 'query organization.invitations',
      query: `query($id: ID) { organization(id: $id) { invitations { id } } }`,
      variables: async () => ({ id: orgA }),
      allowed: ['adminA', 'platformAdmin'],
    },
    { name: 'query myMemberships', query: `{ myMemberships { id } }`, allowed: people },
    {
      name: 'mutation inviteMember into A',
      query: `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { __typename } }`,
      variables: async () => ({ input: { organizationId: orgA, email: `invitee-${randomBytes(4).toString('hex')}@matrix.example`, role: 'EDITOR' } }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation acceptInvitation',
      query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }`,
      variables: async () => ({ input: { token: (await invitation()).token, password, displayName: 'Sample invitee' } }),
      allowed: ['anonymous', ...people],
    },
    {
      name: 'mutation revokeInvitation of A',
      query: `mutation($id: ID!) { revokeInvitation(invitationId: $id) { __typename } }`,
      variables: async () => ({ id: (await invitation()).invitation.id }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation requestMembership of A',
      query: `mutation($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }`,
      variables: async () => ({ input: { organizationId: orgA } }),
      allowed: people,
    },
    {
      name: 'mutation approveMembershipRequest in A',
      query: `mutation($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }`,
      variables: async () => ({ input: { membershipId: await throwawayMembership('REQUESTED') } }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation declineMembershipRequest in A',
      query: `mutation($id: ID!) { declineMembershipRequest(membershipId: $id) { __typename } }`,
      variables: async () => ({ id: await throwawayMembership('REQUESTED') }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation changeMemberRole in A',
      query: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }`,
      variables: async () => ({ input: { membershipId: await throwawayMembership('ACTIVE'), role: 'EDITOR', expectedVersion: 1 } }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation removeMember in A',
      query: `mutation($id: ID!) { removeMember(membershipId: $id) { __typename } }`,
      variables: async () => ({ id: await throwawayMembership('ACTIVE') }),
      allowed: ['adminA', 'platformAdmin'],
    },
    {
      name: 'mutation disableUser',
      query: `mutation($id: ID!) { disableUser(userId: $id) { id } }`,
      variables: async () => ({ id: await throwawayUser() }),
      allowed: ['platformAdmin'],
    },
    {
      name: 'mutation enableUser',
      query: `mutation($id: ID!) { enableUser(userId: $id) { id } }`,
      variables: async () => ({ id: await throwawayUser() }),
      allowed: ['platformAdmin'],
    },
    // Last: everyone with an open membership of A leaves it (the others asked to join in the
    // requestMembership cells, so leaving withdraws their request); its sole admin is answered with a
    // typed LastAdminError. Keys and the signed-out are refused.
    {
      name: 'mutation leaveOrganization A',
      query: `mutation($id: ID!) { leaveOrganization(organizationId: $id) { __typename } }`,
      variables: async () => ({ id: orgA }),
      allowed: people,
    },
  ];

  const run = async (operation: Operation, principal: Principal): Promise<Outcome> => {
    const variables = operation.variables ? await operation.variables() : {};
    const response = await t.graphql(operation.query, variables, await principal.headers());
    if (operation.endsSessions) principal.renew?.();
    if (!response.errors) return 'allowed';
    const code = response.errors[0].extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'denied';
    return `unexpected: ${code} ${response.errors[0].message}`;
  };

  it('allows exactly what each caller may do, and denies the rest', async () => {
    const actual: Record<string, Record<string, Outcome>> = {};
    const expected: Record<string, Record<string, Outcome>> = {};
    for (const operation of operations()) {
      actual[operation.name] = {};
      expected[operation.name] = {};
      for (const name of principalNames) {
        actual[operation.name][name] = await run(operation, principals.get(name)!);
        expected[operation.name][name] = operation.allowed.includes(name) ? 'allowed' : 'denied';
      }
    }
    expect(actual).toEqual(expected);
  });

  it('recorded each allowed mutation in the audit trail with its actor', async () => {
    const rows: { action: string; actor_user_id: string | null }[] = await sql(`SELECT action, actor_user_id FROM audit_event`);
    const byAction = (action: string) => rows.filter((row) => row.action === action);
    expect(byAction('organization.archived').map((row) => row.actor_user_id)).toEqual([accounts.get('platformAdmin')!.id]);
    expect(byAction('api_key.revoked').map((row) => row.actor_user_id).sort()).toEqual(
      [accounts.get('adminA')!.id, accounts.get('adminA')!.id, accounts.get('platformAdmin')!.id].sort(),
    );
    expect(byAction('organization.created')).toHaveLength(2 + people.length);
  });
});
