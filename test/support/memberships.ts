import { graphql } from '../graphql/index.js';
import type { MemberRole } from '../graphql/graphql.js';
import type { Account } from './accounts.js';
import { expectResult } from './results.js';
import type { TestApp } from './test-app.js';

export interface Organization {
  id: string;
  name: string;
}

let organizations = 0;

export const createOrganizationMutation = graphql(`mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  __typename
  ... on Organization { id name }
  ... on ErrorResult { code message field }
} }`);

/** A new organisation with `admin` as its first and only (active) admin, made through the API. */
export async function createOrganization(t: TestApp, admin: Account, name = `Sample organisation ${++organizations}`): Promise<Organization> {
  const response = await t.graphql(createOrganizationMutation, { input: { name, helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN', description: 'Sample data' } }, admin.headers);
  const result = expectResult(response.data?.createOrganization, 'Organization', response);
  return { id: result.id, name: result.name };
}

export const inviteMember = graphql(`mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) {
  __typename
  ... on InvitationCreated { token invitation { id email role status expiresAt invitedBy { id displayName } organization { id name } } }
  ... on ErrorResult { code message field }
} }`);

export const acceptInvitation = graphql(`mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  __typename
  ... on AcceptedInvitation {
    membership { id role status since until version user { id email displayName } organization { id } }
    session { accessToken refreshToken user { id email } }
  }
  ... on InvitationInvalidError { reason }
  ... on ErrorResult { code message field }
} }`);

/** Invites `email` into the organisation as `admin` would, and returns the token. */
export async function invite(t: TestApp, admin: Account, organizationId: string, email: string, role: MemberRole = 'MEMBER'): Promise<string> {
  const response = await t.graphql(inviteMember, { input: { organizationId, email, role } }, admin.headers);
  return expectResult(response.data?.inviteMember, 'InvitationCreated', response).token;
}

/** Makes `member` an active member with `role` through the API (invitation accepted while signed in); returns the membership. */
export async function addMember(
  t: TestApp,
  admin: Account,
  organizationId: string,
  member: Account,
  role: MemberRole = 'MEMBER',
): Promise<{ id: string; version: number }> {
  const token = await invite(t, admin, organizationId, member.email, role);
  const response = await t.graphql(acceptInvitation, { input: { token } }, member.headers);
  return expectResult(response.data?.acceptInvitation, 'AcceptedInvitation', response).membership;
}

/** The membership of a person in an organisation, newest first, straight from the database. */
export async function membershipOf(t: TestApp, organizationId: string, userId: string): Promise<{ id: string; role: string; status: string; version: number }> {
  const [row] = await t.dataSource.query(
    `SELECT id, role, status, version FROM membership WHERE organization_id = $1 AND user_id = $2 ORDER BY created_at DESC LIMIT 1`,
    [organizationId, userId],
  );
  return row;
}
