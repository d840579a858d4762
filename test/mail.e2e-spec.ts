import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { graphql } from './graphql/index.js';
import type { Account } from './support/accounts.js';
import { fixtures, type Fixtures } from './support/fixtures.js';
import { expectResult } from './support/results.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { eventually } from './support/webhook-receiver.js';

const inviteMember = graphql(`mutation MailInviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { invitation { id } } ... on ErrorResult { code message } } }`);
const acceptInvitation = graphql(`mutation MailAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on AcceptedInvitation { membership { status } } ... on ErrorResult { code message } } }`);
const updateProfile = graphql(`mutation MailUpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { __typename ... on User { language } } }`);
const requestMembership = graphql(`mutation MailRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename ... on Membership { id } } }`);
const approve = graphql(`mutation MailApprove($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename } }`);

/** Mail goes from the outbox to a real SMTP server (in process), in the recipient's language, retried while the server refuses. */
describe('mail', () => {
  let t: TestApp;
  let fx: Fixtures;
  let admin: Account;
  let organization: { id: string };
  let smtp: SMTPServer;
  const received: ParsedMail[] = [];
  /** Temporary refusals still to give (451), as a busy mail server does. */
  let refusals = 0;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (refusals > 0) {
          refusals -= 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => received.push(mail))
          .then(() => callback(), callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestApp({ SERVICE_ROLE: 'all', JOB_RELAY_INTERVAL_MS: '100', SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRY_DELAY_SECONDS: '1', MAIL_FROM: 'Helix <helix@example.org>' });
    fx = fixtures(t);
    admin = await fx.newUser();
    organization = await fx.newOrganization({ admin, verified: true, name: 'Sample data: Trường Mẫu', country: 'VN' });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const mailTo = (address: string) => eventually(() => received.find((mail) => mail.to && 'text' in mail.to && mail.to.text.includes(address)), 45_000, `mail to ${address}`);

  it('sends an invitation in Vietnamese, with a plain-text part, whose code joins the organisation', async () => {
    const invited = await t.graphql(inviteMember, { input: { organizationId: organization.id, email: 'giang.vien@example.org', role: 'EDITOR' } }, admin.headers);
    expectResult(invited.data?.inviteMember, 'InvitationCreated', invited);
    const mail = await mailTo('giang.vien@example.org');
    expect(mail.subject).toBe('Lời mời tham gia Sample data: Trường Mẫu');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Helix', address: 'helix@example.org' });
    expect(mail.text).toContain('với vai trò biên tập viên');
    expect(mail.html).toContain('<p>');
    const token = /thi_[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')![0];
    const accepted = await t.graphql(acceptInvitation, { input: { token, password: 'a sample password 123', displayName: 'Giảng viên' } });
    expect(expectResult(accepted.data?.acceptInvitation, 'AcceptedInvitation').membership.status).toBe('ACTIVE');
    const [message] = await t.dataSource.query(`SELECT attempts, sent_at, failed_at FROM outbox_message WHERE recipient = 'giang.vien@example.org'`);
    expect(message).toMatchObject({ attempts: 1, failed_at: null });
    expect(message.sent_at).not.toBeNull();
  });

  it('writes to a person in the language they chose, and retries while the server refuses', async () => {
    const person = await fx.newUser({ email: 'visitor@example.org' });
    expect((await t.graphql(updateProfile, { input: { language: 'EN' } }, person.headers)).data?.updateProfile).toMatchObject({ language: 'EN' });
    const requested = await t.graphql(requestMembership, { input: { organizationId: organization.id } }, person.headers);
    const membership = expectResult(requested.data?.requestMembership, 'Membership');
    refusals = 2;
    await t.graphql(approve, { input: { membershipId: membership.id } }, admin.headers);
    const mail = await mailTo('visitor@example.org');
    expect(mail.subject).toBe('You are now a member of Sample data: Trường Mẫu');
    expect(received.filter((candidate) => candidate.subject === mail.subject)).toHaveLength(1);
    const [message] = await t.dataSource.query(`SELECT attempts, last_error FROM outbox_message WHERE recipient = 'visitor@example.org'`);
    expect(message.attempts).toBe(3);
  }, 90_000);
});

describe('mail without an SMTP server', () => {
  it('is written as .eml files to MAIL_DIR', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'helix-mail-'));
    const t = await startTestApp({ SERVICE_ROLE: 'all', JOB_RELAY_INTERVAL_MS: '100', MAIL_DIR: dir });
    try {
      const fx = fixtures(t);
      const admin = await fx.newUser();
      const organization = await fx.newOrganization({ admin, name: 'Sample data: Eindhoven partner', country: 'NL' });
      await t.graphql(inviteMember, { input: { organizationId: organization.id, email: 'partner@example.org', role: 'MEMBER' } }, admin.headers);
      const [file] = await eventually(async () => {
        const files = await readdir(dir);
        return files.length > 0 && files;
      }, 45_000, 'the .eml file');
      const mail = await simpleParser(await readFile(path.join(dir, file)));
      // An organisation outside Viet Nam: English.
      expect(mail.subject).toBe('Invitation to join Sample data: Eindhoven partner');
    } finally {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
