import { createHash } from 'node:crypto';
import { password, register, type Account } from './support/accounts.js';
import { acceptInvitation, addMember, createOrganization, invite, inviteMember, membershipOf, type Organization } from './support/memberships.js';
import { pino } from 'pino';
import { loadConfig } from '../src/config/config.js';
import { composeOutboxMail } from '../src/mail/mail-templates.js';
import { OutboxCipher } from '../src/mail/outbox-cipher.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { AcceptInvitationInput } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

const requestMembership = graphql(`mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) {
  __typename
  ... on Membership { id role status position since version }
  ... on ErrorResult { code message field }
} }`);
const approve = graphql(`mutation ApproveMembershipRequest($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) {
  __typename
  ... on Membership { id role status since version }
  ... on MembershipStatusError { status }
  ... on ErrorResult { code message }
} }`);
const decline = graphql(`mutation DeclineMembershipRequest($id: ID!) { declineMembershipRequest(membershipId: $id) {
  __typename
  ... on Membership { id status }
  ... on ErrorResult { code message }
} }`);
const changeRole = graphql(`mutation ChangeMemberRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) {
  __typename
  ... on Membership { id role status version }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message }
} }`);
const removeMember = graphql(`mutation RemoveMember($id: ID!) { removeMember(membershipId: $id) {
  __typename
  ... on Membership { id role status since until version }
  ... on MembershipStatusError { status }
  ... on ErrorResult { code message }
} }`);
const leave = graphql(`mutation LeaveOrganization($id: ID!) { leaveOrganization(organizationId: $id) {
  __typename
  ... on Membership { id status until }
  ... on ErrorResult { code message }
} }`);
const revoke = graphql(`mutation RevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) {
  __typename
  ... on Invitation { id status revokedAt }
  ... on InvitationInvalidError { reason }
  ... on ErrorResult { code message }
} }`);
const members = graphql(`query Organization($id: ID!, $first: Int, $after: String, $filter: MemberFilter) { organization(id: $id) {
  members(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id role status user { id } } }
    pageInfo { hasNextPage endCursor }
  }
} }`);
const invitations = graphql(`query MembershipsOrganization($id: ID!) { organization(id: $id) { invitations { id email role status invitedBy { id } } } }`);
const myMemberships = graphql(`query MyMemberships { myMemberships { id role status organization { id name } user { id } } }`);

const sha256 = (value: string) => createHash('sha256').update(value).digest();

describe('memberships and invitations', () => {
  let t: TestApp;
  let admin: Account;
  let org: Organization;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await register(t, 'admin@sample-org-a.vn', 'Trần Văn An');
    org = await createOrganization(t, admin, 'Công ty Mẫu A');
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);
  /** What an invitation's use may change: accounts, memberships, accepted invitations, sessions. */
  const snapshot = async () => ({
    users: await count('user_account'),
    memberships: await count('membership'),
    activeMemberships: await count(`membership WHERE status = 'ACTIVE'`),
    accepted: await count('invitation WHERE accepted_at IS NOT NULL'),
    sessions: await count('auth_session'),
    audit: await count('audit_event'),
  });
  const accept = (input: AcceptInvitationInput, headers?: Record<string, string>) =>
    t.graphql(acceptInvitation, { input }, headers).then((response) => response.data.acceptInvitation);
  const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

  describe('invitations', () => {
    it('carries the position from the invitation to the membership', async () => {
      const response = await t.graphql(inviteMember, { input: { organizationId: org.id, email: 'lecturer@example.org', role: 'MEMBER', position: 'Giảng viên' } }, admin.headers);
      const { token } = expectResult(response.data.inviteMember, 'InvitationCreated');
      const [outbox] = await t.dataSource.query(`SELECT payload FROM outbox_message WHERE recipient = 'lecturer@example.org'`);
      expect(outbox.payload.position).toBe('Giảng viên');
      const result = expectResult(await accept({ token, password, displayName: 'Lecturer' }), 'AcceptedInvitation');
      const [row] = await t.dataSource.query(`SELECT position FROM membership WHERE id = $1`, [result.membership.id]);
      expect(row.position).toBe('Giảng viên');
      const tooLong = await t.graphql(inviteMember, { input: { organizationId: org.id, email: 'x@example.org', position: 'x'.repeat(201) } }, admin.headers);
      expect(tooLong.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.position' });
    });

    it('creates an invitation with a hashed single-use token and an outbox message, and says no mail was sent', async () => {
      const response = await t.graphql(inviteMember, { input: { organizationId: org.id, email: '  New.Person@Example.ORG ', role: 'EDITOR' } }, admin.headers);
      const created = expectResult(response.data.inviteMember, 'InvitationCreated');
      expect(created).toMatchObject({
        __typename: 'InvitationCreated',
        invitation: { email: 'new.person@example.org', role: 'EDITOR', status: 'PENDING', invitedBy: { id: admin.id, displayName: 'Trần Văn An' }, organization: { id: org.id } },
      });
      expect(created.token).toMatch(/^thi_[A-Za-z0-9_-]{43}$/);
      const days = (Date.parse(created.invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThanOrEqual(7);

      const [row] = await t.dataSource.query(`SELECT * FROM invitation WHERE id = $1`, [created.invitation.id]);
      expect(row.token_hash.equals(sha256(created.token))).toBe(true);
      expect(JSON.stringify(row)).not.toContain(created.token);

      const [message] = await t.dataSource.query(`SELECT kind, recipient, payload, sent_at FROM outbox_message WHERE payload->>'invitationId' = $1`, [created.invitation.id]);
      expect(message).toMatchObject({
        kind: 'invitation',
        recipient: 'new.person@example.org',
        sent_at: null,
        payload: { organizationName: 'Công ty Mẫu A', role: 'EDITOR', inviterName: 'Trần Văn An', expiresAt: created.invitation.expiresAt },
      });
      expect(message.payload.token).toBeUndefined();
      expect(message.payload.sealedSecret).toMatch(/^v1\./);
      expect(JSON.stringify(message)).not.toContain(created.token.slice(4));

      const [event] = await t.dataSource.query(`SELECT actor_user_id, organization_id, changes FROM audit_event WHERE action = 'membership.invited' AND entity_id = $1`, [created.invitation.id]);
      expect(event).toMatchObject({ actor_user_id: admin.id, organization_id: org.id });
      expect(JSON.stringify(event.changes)).not.toContain(created.token);

      const listed = await t.graphql(invitations, { id: org.id }, admin.headers);
      expect(listed.data.organization.invitations).toContainEqual({ id: created.invitation.id, email: 'new.person@example.org', role: 'EDITOR', status: 'PENDING', invitedBy: { id: admin.id } });
    });

    it('keeps nothing usable in the outbox: only the mail written from it carries a token that works', async () => {
      const response = await t.graphql(inviteMember, { input: { organizationId: org.id, email: 'mailed@example.org', role: 'EDITOR' } }, admin.headers);
      const invitationId = expectResult(response.data.inviteMember, 'InvitationCreated').invitation.id;
      const [message] = await t.dataSource.query(`SELECT id, kind, recipient, language, payload FROM outbox_message WHERE payload->>'invitationId' = $1`, [invitationId]);

      // Whatever a reader of the database tries from the row is refused.
      const sealed: string = message.payload.sealedSecret;
      for (const candidate of [sealed, ...sealed.split('.'), `thi_${sealed.split('.')[3]}`]) {
        expect(expectResult(await accept({ token: candidate, password, displayName: 'Thief' }), 'InvitationInvalidError').reason).toBe('UNKNOWN');
      }
      // Sealed under another process's key, or moved to another message, it opens to nothing.
      const otherKey = new OutboxCipher(loadConfig({ OUTBOX_SECRET: 'another-secret-of-at-least-32-characters' }), pino({ level: 'silent' }));
      expect(composeOutboxMail(message, otherKey)).toBeNull();
      const cipher = t.app.get(OutboxCipher);
      expect(composeOutboxMail({ ...message, id: org.id }, cipher)).toBeNull();

      // The organisation is in Viet Nam and the invitee has no account: the mail is in Vietnamese.
      const written = composeOutboxMail(message, cipher)!;
      expect(written).toMatchObject({ to: 'mailed@example.org', subject: 'Lời mời tham gia Công ty Mẫu A' });
      expect(composeOutboxMail({ ...message, language: 'en' }, cipher)).toMatchObject({ subject: 'Invitation to join Công ty Mẫu A' });
      const token = /thi_[A-Za-z0-9_-]{43}/.exec(written.text)![0];
      const accepted = await accept({ token, password, displayName: 'Mailed Person' });
      expect(accepted).toMatchObject({ __typename: 'AcceptedInvitation', membership: { role: 'EDITOR', status: 'ACTIVE' } });
    });

    it('refuses an invalid email, and someone who is already a member, as typed errors', async () => {
      const before = await count('invitation');
      const bad = await t.graphql(inviteMember, { input: { organizationId: org.id, email: 'not-an-email' } }, admin.headers);
      expect(bad.data.inviteMember).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT', field: 'input.email' });
      const self = await t.graphql(inviteMember, { input: { organizationId: org.id, email: admin.email.toUpperCase() } }, admin.headers);
      expect(self.data.inviteMember).toMatchObject({ __typename: 'AlreadyMemberError', code: 'ALREADY_MEMBER' });
      expect(await count('invitation')).toBe(before);
    });

    it('lets a newcomer accept without an account: the account is created, signed in and made a member', async () => {
      const token = await invite(t, admin, org.id, 'Newcomer@Example.org', 'EDITOR');
      const missing = await accept({ token });
      expect(missing).toMatchObject({ __typename: 'InvalidInputError', field: 'input.password' });
      const weak = await accept({ token, password: 'short', displayName: 'Newcomer' });
      expect(weak).toMatchObject({ __typename: 'InvalidInputError', field: 'input.password' });

      const result = expectResult(await accept({ token, password, displayName: 'Lê Thị Newcomer' }), 'AcceptedInvitation');
      expect(result).toMatchObject({
        __typename: 'AcceptedInvitation',
        membership: { role: 'EDITOR', status: 'ACTIVE', until: null, version: 1, user: { email: 'newcomer@example.org', displayName: 'Lê Thị Newcomer' }, organization: { id: org.id } },
        session: { user: { email: 'newcomer@example.org' } },
      });
      expect(result.membership.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const headers = { authorization: `Bearer ${result.session.accessToken}` };
      const me = await t.graphql(myMemberships, {}, headers);
      expect(me.data.myMemberships).toEqual([{ id: result.membership.id, role: 'EDITOR', status: 'ACTIVE', organization: { id: org.id, name: org.name }, user: { id: result.session.user.id } }]);

      const events = await t.dataSource.query(`SELECT action, actor_user_id FROM audit_event WHERE actor_user_id = $1 ORDER BY id`, [result.session.user.id]);
      expect(events).toEqual([
        { action: 'user.registered', actor_user_id: result.session.user.id },
        { action: 'membership.accepted', actor_user_id: result.session.user.id },
      ]);

      // Used once; a second use changes nothing.
      const before = await snapshot();
      const again = await accept({ token, password, displayName: 'Someone Else' });
      expect(again).toMatchObject({ __typename: 'InvitationInvalidError', code: 'INVITATION_INVALID', reason: 'USED' });
      const signedIn = await accept({ token }, headers);
      expect(signedIn).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'USED' });
      expect(await snapshot()).toEqual(before);
    });

    it('lets a signed-in person accept an invitation for their own email, without a new session', async () => {
      const person = await register(t, 'existing.person@example.org');
      const token = await invite(t, admin, org.id, 'EXISTING.person@example.org');

      const before = await snapshot();
      const anonymous = await accept({ token, password, displayName: 'Impostor' });
      expect(anonymous).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'SIGN_IN_FIRST' });
      const other = await register(t, 'other.person@example.org');
      const afterRegistering = await snapshot();
      const wrong = await accept({ token }, other.headers);
      expect(wrong).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'WRONG_ACCOUNT' });
      expect(await snapshot()).toEqual(afterRegistering);
      expect(afterRegistering.memberships).toBe(before.memberships);

      const result = expectResult(await accept({ token }, person.headers), 'AcceptedInvitation');
      expect(result).toMatchObject({ __typename: 'AcceptedInvitation', membership: { role: 'MEMBER', status: 'ACTIVE', user: { id: person.id } }, session: null });
      const [event] = await t.dataSource.query(`SELECT actor_user_id FROM audit_event WHERE action = 'membership.accepted' AND entity_id = $1`, [result.membership.id]);
      expect(event.actor_user_id).toBe(person.id);

      // A second invitation for a member changes nothing.
      const second = await invite(t, admin, org.id, 'other.person@example.org');
      await accept({ token: second }, other.headers);
      const third = await t.graphql(inviteMember, { input: { organizationId: org.id, email: 'other.person@example.org' } }, admin.headers);
      expect(third.data.inviteMember.__typename).toBe('AlreadyMemberError');
    });

    it('refuses an unknown token, an expired invitation and a revoked one, changing nothing', async () => {
      const before = await snapshot();
      expect(await accept({ token: 'thi_made-up', password, displayName: 'X' })).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'UNKNOWN' });

      const expiredToken = await invite(t, admin, org.id, 'late@example.org');
      await t.dataSource.query(
        `UPDATE invitation SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day' WHERE token_hash = $1`,
        [sha256(expiredToken)],
      );
      const revokedToken = await invite(t, admin, org.id, 'revoked@example.org');
      const [{ id: revokedId }] = await t.dataSource.query(`SELECT id FROM invitation WHERE token_hash = $1`, [sha256(revokedToken)]);
      const revoked = await t.graphql(revoke, { id: revokedId }, admin.headers);
      expect(revoked.data.revokeInvitation).toMatchObject({ __typename: 'Invitation', id: revokedId, status: 'REVOKED' });
      const revokedAgain = await t.graphql(revoke, { id: revokedId }, admin.headers);
      expect(revokedAgain.data.revokeInvitation).toMatchObject({ __typename: 'Invitation', status: 'REVOKED', revokedAt: expectResult(revoked.data.revokeInvitation, 'Invitation').revokedAt });
      expect(await count(`audit_event WHERE action = 'invitation.revoked' AND entity_id = $1 AND actor_user_id = $2`, [revokedId, admin.id])).toBe(1);

      const listed = await t.graphql(invitations, { id: org.id }, admin.headers);
      const pending = listed.data.organization.invitations.map((invitation: { email: string }) => invitation.email);
      expect(pending).not.toContain('late@example.org');
      expect(pending).not.toContain('revoked@example.org');

      const middle = await snapshot();
      expect(await accept({ token: expiredToken, password, displayName: 'Late' })).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'EXPIRED' });
      expect(await accept({ token: revokedToken, password, displayName: 'Revoked' })).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'REVOKED' });
      expect(await snapshot()).toEqual(middle);
      expect(middle.users).toBe(before.users);
      expect(middle.memberships).toBe(before.memberships);
    });

    it('refuses to revoke an accepted invitation', async () => {
      const person = await register(t, 'accepted.then.revoked@example.org');
      const token = await invite(t, admin, org.id, person.email);
      await accept({ token }, person.headers);
      const [{ id }] = await t.dataSource.query(`SELECT id FROM invitation WHERE token_hash = $1`, [sha256(token)]);
      const response = await t.graphql(revoke, { id }, admin.headers);
      expect(response.data.revokeInvitation).toMatchObject({ __typename: 'InvitationInvalidError', reason: 'USED' });
    });

    it('accepts an invitation once when two acceptances race', async () => {
      const person = await register(t, 'racer@example.org');
      const token = await invite(t, admin, org.id, person.email);
      const results = await Promise.all([accept({ token }, person.headers), accept({ token }, person.headers)]);
      const kinds = results.map((result) => (result.__typename === 'InvitationInvalidError' ? result.reason : result.__typename)).sort();
      expect(kinds).toEqual(['AcceptedInvitation', 'USED']);
      expect(await count(`membership WHERE organization_id = $1 AND user_id = $2`, [org.id, person.id])).toBe(1);
    });

    it('turns a pending request into the membership when its person accepts an invitation', async () => {
      const person = await register(t, 'asked.first@example.org');
      const requested = await t.graphql(requestMembership, { input: { organizationId: org.id, position: 'Intern' } }, person.headers);
      expect(expectResult(requested.data.requestMembership, 'Membership').status).toBe('REQUESTED');
      const token = await invite(t, admin, org.id, person.email, 'EDITOR');
      const result = expectResult(await accept({ token }, person.headers), 'AcceptedInvitation');
      expect(result.membership).toMatchObject({ id: expectResult(requested.data.requestMembership, 'Membership').id, role: 'EDITOR', status: 'ACTIVE', version: 2 });
    });
  });

  describe('requests to join', () => {
    it('records a request, refuses a second one, and lets an admin approve with a role', async () => {
      const person = await register(t, 'applicant@example.org');
      const response = await t.graphql(requestMembership, { input: { organizationId: org.id, position: '  Research fellow ' } }, person.headers);
      const request = expectResult(response.data.requestMembership, 'Membership');
      expect(request).toMatchObject({ __typename: 'Membership', role: 'MEMBER', status: 'REQUESTED', position: 'Research fellow', since: null, version: 1 });

      const again = await t.graphql(requestMembership, { input: { organizationId: org.id } }, person.headers);
      expect(again.data.requestMembership).toMatchObject({ __typename: 'AlreadyMemberError', code: 'ALREADY_MEMBER' });
      expect(await count(`membership WHERE user_id = $1`, [person.id])).toBe(1);

      // Requests are for admins: the requester cannot approve their own.
      const self = await t.graphql(approve, { input: { membershipId: request.id } }, person.headers);
      expect(errorCode(self)).toBe('NOT_FOUND');

      const approved = await t.graphql(approve, { input: { membershipId: request.id, role: 'EDITOR' } }, admin.headers);
      expect(approved.data.approveMembershipRequest).toMatchObject({ __typename: 'Membership', id: request.id, role: 'EDITOR', status: 'ACTIVE', version: 2 });
      expect(expectResult(approved.data.approveMembershipRequest, 'Membership').since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const twice = await t.graphql(approve, { input: { membershipId: request.id } }, admin.headers);
      expect(twice.data.approveMembershipRequest).toMatchObject({ __typename: 'MembershipStatusError', code: 'MEMBERSHIP_STATUS', status: 'ACTIVE' });

      const alreadyMember = await t.graphql(requestMembership, { input: { organizationId: org.id } }, person.headers);
      expect(alreadyMember.data.requestMembership.__typename).toBe('AlreadyMemberError');
    });

    it('lets an admin decline a request, after which it can be asked again', async () => {
      const person = await register(t, 'declined@example.org');
      const request = expectResult((await t.graphql(requestMembership, { input: { organizationId: org.id } }, person.headers)).data.requestMembership, 'Membership');
      const declined = await t.graphql(decline, { id: request.id }, admin.headers);
      expect(declined.data.declineMembershipRequest).toEqual({ __typename: 'Membership', id: request.id, status: 'DECLINED' });
      const approveDeclined = await t.graphql(approve, { input: { membershipId: request.id } }, admin.headers);
      expect(approveDeclined.data.approveMembershipRequest).toMatchObject({ __typename: 'MembershipStatusError', status: 'DECLINED' });
      const mine = await t.graphql(myMemberships, {}, person.headers);
      expect(mine.data.myMemberships).toEqual([]);
      const anew = await t.graphql(requestMembership, { input: { organizationId: org.id } }, person.headers);
      expect(expectResult(anew.data.requestMembership, 'Membership').status).toBe('REQUESTED');
    });

    it('answers unknown organisations as NOT_FOUND, bad ids and long positions as BAD_USER_INPUT', async () => {
      const person = await register(t, 'wanderer@example.org');
      const unknown = await t.graphql(requestMembership, { input: { organizationId: '00000000-0000-4000-8000-000000000000' } }, person.headers);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const badId = await t.graphql(requestMembership, { input: { organizationId: 'nope' } }, person.headers);
      expect(badId.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
      const long = await t.graphql(requestMembership, { input: { organizationId: org.id, position: 'x'.repeat(201) } }, person.headers);
      expect(long.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.position' });
      const anonymous = await t.graphql(requestMembership, { input: { organizationId: org.id } });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    });
  });

  describe('roles, removal and leaving', () => {
    it('changes a role with the current version only', async () => {
      const person = await register(t, 'promoted@example.org');
      const membership = await addMember(t, admin, org.id, person);
      const changed = await t.graphql(changeRole, { input: { membershipId: membership.id, role: 'EDITOR', expectedVersion: membership.version } }, admin.headers);
      expect(changed.data.changeMemberRole).toEqual({ __typename: 'Membership', id: membership.id, role: 'EDITOR', status: 'ACTIVE', version: membership.version + 1 });

      const stale = await t.graphql(changeRole, { input: { membershipId: membership.id, role: 'ADMIN', expectedVersion: membership.version } }, admin.headers);
      expect(stale.data.changeMemberRole).toMatchObject({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: membership.version + 1 });
      expect(await membershipOf(t, org.id, person.id)).toMatchObject({ role: 'EDITOR', version: membership.version + 1 });

      const [event] = await t.dataSource.query(`SELECT actor_user_id, changes FROM audit_event WHERE action = 'membership.role_changed' AND entity_id = $1`, [membership.id]);
      expect(event).toEqual({ actor_user_id: admin.id, changes: { role: { before: 'MEMBER', after: 'EDITOR' } } });

      // Editors do not manage members.
      const byEditor = await t.graphql(changeRole, { input: { membershipId: membership.id, role: 'ADMIN', expectedVersion: membership.version + 1 } }, person.headers);
      expect(errorCode(byEditor)).toBe('FORBIDDEN');
    });

    it('never lets the only admin leave, be removed or be demoted', async () => {
      const solo = await register(t, 'solo.admin@example.org');
      const own = await createOrganization(t, solo, 'Solo Lab');
      const member = await register(t, 'solo.member@example.org');
      await addMember(t, solo, own.id, member);
      const adminMembership = await membershipOf(t, own.id, solo.id);

      const left = await t.graphql(leave, { id: own.id }, solo.headers);
      expect(left.data.leaveOrganization).toMatchObject({ __typename: 'LastAdminError', code: 'LAST_ADMIN' });
      const removed = await t.graphql(removeMember, { id: adminMembership.id }, solo.headers);
      expect(removed.data.removeMember).toMatchObject({ __typename: 'LastAdminError', code: 'LAST_ADMIN' });
      const demoted = await t.graphql(changeRole, { input: { membershipId: adminMembership.id, role: 'MEMBER', expectedVersion: adminMembership.version } }, solo.headers);
      expect(demoted.data.changeMemberRole).toMatchObject({ __typename: 'LastAdminError', code: 'LAST_ADMIN' });
      expect(await membershipOf(t, own.id, solo.id)).toEqual(adminMembership);
      expect(adminMembership).toMatchObject({ role: 'ADMIN', status: 'ACTIVE' });
    });

    it('removes a member (until today) and lets a member leave; both are then gone from the active list', async () => {
      const removedPerson = await register(t, 'removed@example.org');
      const leaver = await register(t, 'leaver@example.org');
      const removedMembership = await addMember(t, admin, org.id, removedPerson);
      await addMember(t, admin, org.id, leaver);

      const removed = await t.graphql(removeMember, { id: removedMembership.id }, admin.headers);
      const [{ today }] = await t.dataSource.query(`SELECT to_char(CURRENT_DATE, 'YYYY-MM-DD') AS today`);
      expect(removed.data.removeMember).toMatchObject({ __typename: 'Membership', status: 'REMOVED', until: today, version: removedMembership.version + 1 });
      const again = await t.graphql(removeMember, { id: removedMembership.id }, admin.headers);
      expect(again.data.removeMember).toMatchObject({ __typename: 'MembershipStatusError', status: 'REMOVED' });
      // A removed member has no rights left.
      expect(errorCode(await t.graphql(members, { id: org.id }, removedPerson.headers))).toBe('NOT_FOUND');

      const left = await t.graphql(leave, { id: org.id }, leaver.headers);
      expect(left.data.leaveOrganization).toMatchObject({ __typename: 'Membership', status: 'LEFT', until: today });
      expect(errorCode(await t.graphql(leave, { id: org.id }, leaver.headers))).toBe('NOT_FOUND');

      const listed = await t.graphql(members, { id: org.id, first: 100, filter: { status: 'ACTIVE' } }, admin.headers);
      const ids = listed.data.organization.members.edges.map((edge: { node: { user: { id: string } } }) => edge.node.user.id);
      expect(ids).not.toContain(removedPerson.id);
      expect(ids).not.toContain(leaver.id);

      const actions = await t.dataSource.query(
        `SELECT action, actor_user_id FROM audit_event WHERE organization_id = $1 AND action IN ('membership.removed', 'membership.left') ORDER BY id`,
        [org.id],
      );
      expect(actions).toEqual([
        { action: 'membership.removed', actor_user_id: admin.id },
        { action: 'membership.left', actor_user_id: leaver.id },
      ]);
    });

    it('lets a person withdraw a request by leaving', async () => {
      const person = await register(t, 'withdrawer@example.org');
      await t.graphql(requestMembership, { input: { organizationId: org.id } }, person.headers);
      const left = await t.graphql(leave, { id: org.id }, person.headers);
      expect(left.data.leaveOrganization).toMatchObject({ __typename: 'Membership', status: 'LEFT', until: null });
    });

    it('keeps exactly one active admin when two admins demote or remove each other at the same moment', async () => {
      const first = await register(t, 'duel.first@example.org');
      const second = await register(t, 'duel.second@example.org');
      const ops = [
        (id: string, headers: Record<string, string>) => t.graphql(removeMember, { id }, headers).then((response) => response.data?.removeMember?.__typename ?? response.errors?.[0].extensions?.code),
        async (id: string, headers: Record<string, string>) => {
          const { version } = (await t.dataSource.query(`SELECT version FROM membership WHERE id = $1`, [id]))[0];
          const response = await t.graphql(changeRole, { input: { membershipId: id, role: 'MEMBER', expectedVersion: version } }, headers);
          return response.data?.changeMemberRole?.__typename ?? response.errors?.[0].extensions?.code;
        },
      ];
      for (let round = 0; round < 10; round++) {
        const duel = await createOrganization(t, first, `Duel ${round}`);
        await addMember(t, first, duel.id, second, 'ADMIN');
        const firstMembership = await membershipOf(t, duel.id, first.id);
        const secondMembership = await membershipOf(t, duel.id, second.id);
        // Remove/remove, demote/demote, remove/demote.
        const [a, b] = [ops[round % 2], ops[Math.floor(round / 2) % 2]];
        const answers = await Promise.all([a(secondMembership.id, first.headers), b(firstMembership.id, second.headers)]);
        // One wins. The other, if it overlapped, waited on the lock and found itself the last admin;
        // if it came just after, it is no longer an admin and is refused outright.
        const outcomes = answers.sort();
        expect(outcomes).toContainEqual('Membership');
        expect(outcomes.filter((outcome) => outcome !== 'Membership')).toEqual([expect.stringMatching(/^(LastAdminError|FORBIDDEN|NOT_FOUND)$/)]);
        expect(await count(`membership WHERE organization_id = $1 AND status = 'ACTIVE' AND role = 'ADMIN'`, [duel.id])).toBe(1);
      }
    });
  });

  describe('member lists', () => {
    let listed: Organization;
    let member: Account;
    let requester: Account;
    let outsider: Account;

    beforeAll(async () => {
      listed = await createOrganization(t, admin, 'Viện Nghiên cứu Mẫu');
      member = await register(t, 'list.member@example.org');
      requester = await register(t, 'list.requester@example.org');
      outsider = await register(t, 'list.outsider@example.org');
      await addMember(t, admin, listed.id, member);
      await t.graphql(requestMembership, { input: { organizationId: listed.id } }, requester.headers);
    });

    const statusesSeenBy = async (headers: Record<string, string>, filter?: Record<string, string>) => {
      const response = await t.graphql(members, { id: listed.id, filter }, headers);
      return response.data.organization.members.edges.map((edge: { node: { status: string; user: { id: string } } }) => [edge.node.user.id, edge.node.status]);
    };

    it('shows admins every membership, requests included', async () => {
      expect(await statusesSeenBy(admin.headers)).toEqual([
        [admin.id, 'ACTIVE'],
        [member.id, 'ACTIVE'],
        [requester.id, 'REQUESTED'],
      ]);
      expect(await statusesSeenBy(admin.headers, { status: 'REQUESTED' })).toEqual([[requester.id, 'REQUESTED']]);
      expect(await statusesSeenBy(admin.headers, { role: 'ADMIN' })).toEqual([[admin.id, 'ACTIVE']]);
    });

    it('shows members active memberships only, and refuses them other statuses', async () => {
      expect(await statusesSeenBy(member.headers)).toEqual([
        [admin.id, 'ACTIVE'],
        [member.id, 'ACTIVE'],
      ]);
      const response = await t.graphql(members, { id: listed.id, filter: { status: 'REQUESTED' } }, member.headers);
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data.organization).toEqual({ members: null });
    });

    it('answers outsiders NOT_FOUND and anonymous callers UNAUTHENTICATED', async () => {
      const forOutsider = await t.graphql(members, { id: listed.id }, outsider.headers);
      expect(errorCode(forOutsider)).toBe('NOT_FOUND');
      expect(forOutsider.data.organization).toEqual({ members: null });
      const forRequester = await t.graphql(members, { id: listed.id }, requester.headers);
      expect(errorCode(forRequester)).toBe('NOT_FOUND');
      const anonymous = await t.graphql(members, { id: listed.id });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.graphql(invitations, { id: listed.id }, member.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(invitations, { id: listed.id }, outsider.headers))).toBe('NOT_FOUND');
    });

    it('pages with keyset cursors and counts on request', async () => {
      const page1 = await t.graphql(members, { id: listed.id, first: 2 }, admin.headers);
      const connection = page1.data.organization.members;
      expect(connection.totalCount).toBe(3);
      expect(connection.edges).toHaveLength(2);
      expect(connection.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.graphql(members, { id: listed.id, first: 2, after: connection.pageInfo.endCursor }, admin.headers);
      expect(page2.data.organization.members.edges.map((edge: { node: { user: { id: string } } }) => edge.node.user.id)).toEqual([requester.id]);
      expect(page2.data.organization.members.pageInfo.hasNextPage).toBe(false);
      const tooMany = await t.graphql(members, { id: listed.id, first: 101 }, admin.headers);
      expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const badCursor = await t.graphql(members, { id: listed.id, after: 'garbage' }, admin.headers);
      expect(badCursor.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('costs the same number of SQL statements for 5 and for 50 members with their people and organisation', async () => {
      // Sixty members in one statement: through the API, 120 requests for a test about the read's cost.
      await t.dataSource.query(
        `WITH people AS (
           INSERT INTO user_account (email, display_name, password_hash)
           SELECT 'bulk' || i || '@example.org', 'Sample person ' || i, 'not-a-hash' FROM generate_series(1, 60) AS i
           RETURNING id
         )
         INSERT INTO membership (organization_id, user_id, role, status, since)
         SELECT $1, id, 'MEMBER', 'ACTIVE', CURRENT_DATE FROM people`,
        [listed.id],
      );
      const query = graphql(`query MembershipsOrganization2($id: ID!, $first: Int) { organization(id: $id) { members(first: $first) { edges { node { role user { displayName } organization { name } } } } } }`);
      const cost = async (first: number) => {
        const before = t.statementCount();
        const response = await t.graphql(query, { id: listed.id, first }, admin.headers);
        expect(response.errors).toBeUndefined();
        expect(response.data.organization.members.edges).toHaveLength(first);
        return t.statementCount() - before;
      };
      await cost(5);
      const five = await cost(5);
      const fifty = await cost(50);
      expect(fifty).toBe(five);
      expect(five).toBeLessThanOrEqual(8);
    });
  });

  describe('other organisations’ admins', () => {
    it('cannot invite into, list, change or remove members of another organisation, and learn nothing', async () => {
      const adminB = await register(t, 'admin@sample-org-b.vn');
      await createOrganization(t, adminB, 'Công ty Mẫu B');
      const target = await register(t, 'target@sample-org-a.vn');
      const targetMembership = await addMember(t, admin, org.id, target);
      const pendingToken = await invite(t, admin, org.id, 'pending@example.org');
      const [{ id: invitationId }] = await t.dataSource.query(`SELECT id FROM invitation WHERE token_hash = $1`, [sha256(pendingToken)]);
      const unknownId = '00000000-0000-4000-8000-000000000000';
      const before = await snapshot();

      const invited = await t.graphql(inviteMember, { input: { organizationId: org.id, email: 'friend@example.org', role: 'ADMIN' } }, adminB.headers);
      expect(errorCode(invited)).toBe('NOT_FOUND');
      expect(errorCode(await t.graphql(members, { id: org.id }, adminB.headers))).toBe('NOT_FOUND');
      expect(errorCode(await t.graphql(invitations, { id: org.id }, adminB.headers))).toBe('NOT_FOUND');

      const changed = await t.graphql(changeRole, { input: { membershipId: targetMembership.id, role: 'ADMIN', expectedVersion: targetMembership.version } }, adminB.headers);
      const removed = await t.graphql(removeMember, { id: targetMembership.id }, adminB.headers);
      const unknown = await t.graphql(removeMember, { id: unknownId }, adminB.headers);
      const revoked = await t.graphql(revoke, { id: invitationId }, adminB.headers);
      for (const response of [changed, removed, unknown]) {
        expect(response.errors?.[0]).toMatchObject({ message: 'No such membership', extensions: { code: 'NOT_FOUND' } });
      }
      expect(revoked.errors?.[0]).toMatchObject({ message: 'No such invitation', extensions: { code: 'NOT_FOUND' } });
      expect(await snapshot()).toEqual(before);
      expect(await membershipOf(t, org.id, target.id)).toMatchObject({ role: 'MEMBER', status: 'ACTIVE', version: targetMembership.version });
    });

    it('cannot be reached by API keys for people-only operations', async () => {
      const key = await t.graphql(
        graphql(`mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
        { input: { organizationId: org.id, name: 'Dashboard', scopes: ['READ'] } },
        admin.headers,
      );
      const headers = { 'x-api-key': key.data.createApiKey.secret };
      // A key reads its organisation's active members...
      const listed = await t.graphql(members, { id: org.id, first: 1 }, headers);
      expect(listed.data.organization.members.edges[0].node.status).toBe('ACTIVE');
      // ...but neither manages them nor joins.
      expect(errorCode(await t.graphql(inviteMember, { input: { organizationId: org.id, email: 'x@example.org' } }, headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(myMemberships, {}, headers))).toBe('FORBIDDEN');
      const token = await invite(t, admin, org.id, 'via.key@example.org');
      expect(errorCode(await t.graphql(acceptInvitation, { input: { token } }, headers))).toBe('FORBIDDEN');
    });
  });

  it('records every action with its actor in the audit trail', async () => {
    const rows: { action: string; actor_user_id: string | null }[] = await t.dataSource.query(
      `SELECT DISTINCT action FROM audit_event WHERE action LIKE 'membership.%' OR action = 'invitation.revoked' ORDER BY action`,
    );
    expect(rows.map((row) => row.action)).toEqual([
      'invitation.revoked',
      'membership.accepted',
      'membership.approved',
      'membership.declined',
      'membership.invited',
      'membership.left',
      'membership.removed',
      'membership.requested',
      'membership.role_changed',
    ]);
    expect(await count(`audit_event WHERE (action LIKE 'membership.%' OR action = 'invitation.revoked') AND (actor_user_id IS NULL OR organization_id IS NULL)`)).toBe(0);
    expect(await count(`audit_event WHERE changes::text LIKE '%thi\\_%'`)).toBe(0);
  });
});
