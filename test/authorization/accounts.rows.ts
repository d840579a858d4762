import { randomBytes } from 'node:crypto';
import { password } from '../support/accounts.js';
import { adminsA, people, readersA, signedIn, validCallers, type Row, type RowModule, type World } from '../support/authorization-matrix.js';
import { graphql } from '../graphql/index.js';

/** Accounts, organisations, memberships, API keys and the audit trail. */

export interface Fixtures {
  w: World;
  throwawayUser(): Promise<string>;
  throwawayOrganization(): Promise<string>;
  /** A throwaway person with a membership of `status` and `role` in organisation A. */
  throwawayMembership(status: string, role?: string): Promise<string>;
  /** A fresh invitation into organisation A, made through the API by its admin. */
  invitation(): Promise<{ token: string; invitation: { id: string } }>;
}

async function setUp(w: World): Promise<Fixtures> {
  // Throwaway people and memberships are written directly: the rows need one per cell, and registering
  // (hashing a password) for each would slow the matrix for nothing; only the ids matter.
  const throwawayUser = async () => {
    const [row] = await w.sql(`INSERT INTO user_account (email, display_name, password_hash) VALUES ($1, 'Sample throwaway', 'x') RETURNING id`, [
      `throwaway-${randomBytes(4).toString('hex')}@example.org`,
    ]);
    return row.id as string;
  };
  return {
    w,
    throwawayUser,
    throwawayOrganization: w.throwawayOrganization,
    throwawayMembership: async (status, role = 'MEMBER') => {
      const userId = await throwawayUser();
      const [row] = await w.sql(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, $3, $4) RETURNING id`, [w.orgA, userId, role, status]);
      return row.id as string;
    },
    invitation: async () => {
      // A fresh session: the matrix's changePassword cells end adminA's older ones.
      const created = await w.must(
        'adminA',
        graphql(`mutation AuthzAccountsRowsInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token invitation { id } } } }`),
        { input: { organizationId: w.orgA, email: `invitee-${randomBytes(4).toString('hex')}@matrix.example`, role: 'MEMBER' } },
      );
      return created;
    },
  };
}

const rows: Row<Fixtures>[] = [
    { name: 'query organizations', query: graphql(`query AuthzAccountsRowsOrganizations { organizations { totalCount } }`), allowed: validCallers },
    { name: 'query organization', query: graphql(`query AuthzAccountsRowsOrganization($id: ID) { organization(id: $id) { name } }`), variables: async (f) => ({ id: f.w.orgA }), allowed: validCallers },
    { name: 'query me', query: graphql(`query Me { me { id } }`), allowed: people },
    {
      name: 'query viewer',
      query: graphql(`query AuthzAccountsRowsViewer { viewer { __typename ... on User { id } ... on ApiKey { id name organization { id } } } }`),
      allowed: signedIn,
    },
    {
      name: 'query organization.apiKeys',
      query: graphql(`query AuthzAccountsRowsOrganization2($id: ID) { organization(id: $id) { apiKeys { id } } }`),
      variables: async (f) => ({ id: f.w.orgA }),
      allowed: adminsA,
    },
    {
      name: 'query auditLog of A',
      query: graphql(`query AuthzAccountsRowsAuditLog($id: ID) { auditLog(organizationId: $id) { totalCount } }`),
      variables: async (f) => ({ id: f.w.orgA }),
      allowed: adminsA,
    },
    { name: 'query auditLog of all', query: graphql(`query AuthzAccountsRowsAuditLog2 { auditLog { totalCount } }`), allowed: ['platformAdmin'] },
    { name: 'query users', query: graphql(`query AuthzAccountsRowsUsers { users(first: 5, filter: { search: "matrix" }) { totalCount edges { node { id email disabled } } } }`), allowed: ['platformAdmin'] },
    {
      name: 'mutation register',
      query: graphql(`mutation AuthzAccountsRowsRegister($input: RegisterInput!) { register(input: $input) { __typename } }`),
      variables: async () => ({ input: { email: `new-${randomBytes(4).toString('hex')}@matrix.example`, password, displayName: 'Sample' } }),
      allowed: validCallers,
    },
    {
      name: 'mutation login',
      query: graphql(`mutation AuthzAccountsRowsLogin($input: LoginInput!) { login(input: $input) { __typename } }`),
      variables: async () => ({ input: { email: 'outsider@matrix.example', password } }),
      allowed: validCallers,
    },
    {
      name: 'mutation refreshSession',
      query: graphql(`mutation RefreshSession { refreshSession(refreshToken: "thr_unknown") { __typename } }`),
      allowed: validCallers,
    },
    { name: 'mutation logout', query: graphql(`mutation Logout { logout }`), allowed: people, endsSessions: true },
    {
      name: 'mutation changePassword',
      query: graphql(`mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }`),
      variables: async () => ({ input: { currentPassword: password, newPassword: password } }),
      allowed: people,
      endsSessions: true,
    },
    {
      name: 'mutation updateProfile',
      query: graphql(`mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename } }`),
      variables: async () => ({ input: { displayName: `Renamed ${randomBytes(4).toString('hex')}` } }),
      allowed: people,
    },
    {
      name: 'mutation createOrganization',
      query: graphql(`mutation AuthzAccountsRowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename } }`),
      variables: async () => ({ input: { name: `Sample ${randomBytes(4).toString('hex')}`, helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } }),
      allowed: people,
    },
    {
      name: 'mutation updateOrganization A',
      query: graphql(`mutation AuthzAccountsRowsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename } }`),
      variables: async (f) => {
        const [row] = await f.w.sql(`SELECT version FROM organization WHERE id = $1`, [f.w.orgA]);
        return { input: { id: f.w.orgA, expectedVersion: row.version, description: `Sample data ${randomBytes(2).toString('hex')}` } };
      },
      allowed: adminsA,
    },
    {
      name: 'mutation verifyOrganization',
      query: graphql(`mutation AuthzAccountsRowsVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id } }`),
      variables: async (f) => ({ id: f.w.orgB }),
      allowed: ['platformAdmin'],
    },
    {
      name: 'mutation archiveOrganization',
      query: graphql(`mutation AuthzAccountsRowsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }`),
      variables: async (f) => ({ id: await f.throwawayOrganization() }),
      allowed: ['platformAdmin'],
    },
    {
      name: 'mutation createApiKey for A',
      query: graphql(`mutation AuthzAccountsRowsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
      variables: async (f) => ({ input: { organizationId: f.w.orgA, name: 'matrix', scopes: ['READ'] } }),
      allowed: adminsA,
    },
    {
      name: 'mutation revokeApiKey of A',
      query: graphql(`mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`),
      variables: async (f) => {
        // A throwaway key per cell, written directly for the same reason.
        const [row] = await f.w.sql(
          `INSERT INTO api_key (organization_id, name, prefix, secret_hash, scopes, created_by) VALUES ($1, 'throwaway', $2, '\\x00', '{READ}', $3) RETURNING id`,
          [f.w.orgA, randomBytes(6).toString('hex'), f.w.accounts.get('adminA')!.id],
        );
        return { id: row.id };
      },
      allowed: adminsA,
    },
    {
      name: 'query organization.members',
      query: graphql(`query AuthzAccountsRowsOrganization3($id: ID) { organization(id: $id) { members { totalCount } } }`),
      variables: async (f) => ({ id: f.w.orgA }),
      allowed: readersA,
    },
    {
      name: 'query organization.invitations',
      query: graphql(`query AuthzAccountsRowsOrganization4($id: ID) { organization(id: $id) { invitations { id } } }`),
      variables: async (f) => ({ id: f.w.orgA }),
      allowed: adminsA,
    },
    {
      name: 'query organization.invitationHistory',
      query: graphql(`query AuthzAccountsRowsInvitationHistory($id: ID) { organization(id: $id) { invitationHistory(first: 1) { totalCount } } }`),
      variables: async (f) => ({ id: f.w.orgA }),
      allowed: adminsA,
    },
    {
    name: 'User.email of memberA, among A’s members (the person, A’s admins, platform admins)',
    query: graphql(`query AuthzAccountsRowsOrganization5($id: ID) { organization(id: $id) { members { edges { node { user { id email } } } } } }`),
    variables: async (f) => ({ id: f.w.orgA }),
    judge: (data, f) =>
      data.organization?.members?.edges.find((edge: { node: { user: { id: string } } }) => edge.node.user.id === f.w.accounts.get('memberA')!.id)?.node.user.email ? 'allowed' : 'denied',
    allowed: ['memberA', 'adminA', 'platformAdmin'],
  },
  { name: 'query myMemberships', query: graphql(`query AuthzAccountsRowsMyMemberships { myMemberships { id } }`), allowed: people },
    {
      name: 'mutation inviteMember into A',
      query: graphql(`mutation AuthzAccountsRowsInviteMember2($input: InviteMemberInput!) { inviteMember(input: $input) { __typename } }`),
      variables: async (f) => ({ input: { organizationId: f.w.orgA, email: `invitee-${randomBytes(4).toString('hex')}@matrix.example`, role: 'EDITOR' } }),
      allowed: adminsA,
    },
    {
      name: 'mutation acceptInvitation',
      query: graphql(`mutation AuthzAccountsRowsAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }`),
      variables: async (f) => ({ input: { token: (await f.invitation()).token, password, displayName: 'Sample invitee' } }),
      allowed: ['anonymous', ...people],
    },
    {
      name: 'mutation revokeInvitation of A',
      query: graphql(`mutation AuthzAccountsRowsRevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) { __typename } }`),
      variables: async (f) => ({ id: (await f.invitation()).invitation.id }),
      allowed: adminsA,
    },
    {
      name: 'mutation requestMembership of A',
      query: graphql(`mutation AuthzAccountsRowsRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }`),
      variables: async (f) => ({ input: { organizationId: f.w.orgA } }),
      allowed: people,
    },
    {
      name: 'mutation approveMembershipRequest in A',
      query: graphql(`mutation AuthzAccountsRowsApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }`),
      variables: async (f) => ({ input: { membershipId: await f.throwawayMembership('REQUESTED') } }),
      allowed: adminsA,
    },
    {
      name: 'mutation declineMembershipRequest in A',
      query: graphql(`mutation AuthzAccountsRowsDeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) { __typename } }`),
      variables: async (f) => ({ id: await f.throwawayMembership('REQUESTED') }),
      allowed: adminsA,
    },
    {
      name: 'mutation changeMemberRole in A',
      query: graphql(`mutation AuthzAccountsRowsChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }`),
      variables: async (f) => ({ input: { membershipId: await f.throwawayMembership('ACTIVE'), role: 'EDITOR', expectedVersion: 1 } }),
      allowed: adminsA,
    },
    {
      name: 'mutation removeMember in A',
      query: graphql(`mutation AuthzAccountsRowsRemoveMember($id: ID!) { removeMember(membershipId: $id) { __typename } }`),
      variables: async (f) => ({ id: await f.throwawayMembership('ACTIVE') }),
      allowed: adminsA,
    },
    {
      name: 'mutation disableUser',
      query: graphql(`mutation DisableUser($id: ID!) { disableUser(userId: $id) { id } }`),
      variables: async (f) => ({ id: await f.throwawayUser() }),
      allowed: ['platformAdmin'],
    },
    {
      name: 'mutation enableUser',
      query: graphql(`mutation EnableUser($id: ID!) { enableUser(userId: $id) { id } }`),
      variables: async (f) => ({ id: await f.throwawayUser() }),
      allowed: ['platformAdmin'],
    },
    // Last: everyone with an open membership of A leaves it (the others asked to join in the
    // requestMembership cells, so leaving withdraws their request); its sole admin is answered with a
    // typed LastAdminError. Keys and the signed-out are refused.
    {
      name: 'mutation leaveOrganization A',
      query: graphql(`mutation AuthzAccountsRowsLeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) { __typename } }`),
      variables: async (f) => ({ id: f.w.orgA }),
      allowed: people,
    },
];

export const accountRows: RowModule<Fixtures> = { setUp, rows };
