import { password, makePlatformAdmin, register, type Account } from './support/accounts.js';
import { createPlatformAdmin } from '../src/identity/platform-admin.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const login = graphql(`mutation AuthLogin($input: LoginInput!) { login(input: $input) {
  __typename
  ... on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email displayName platformRole } }
  ... on ErrorResult { code message field }
} }`);
const refresh = graphql(`mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) {
  __typename
  ... on AuthPayload { accessToken refreshToken }
  ... on ErrorResult { code message field }
} }`);
const me = graphql(`query AuthMe { me { id email displayName platformRole disabled } }`);

describe('accounts and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('registers an account with a normalised email and signs it in', async () => {
    const account = await register(t, '  Lan.Nguyen@EIU.edu.vn ', 'Nguyễn Thị Lan');
    const response = await t.graphql(me, {}, account.headers);
    expect(response.data.me).toEqual({ id: account.id, email: 'lan.nguyen@eiu.edu.vn', displayName: 'Nguyễn Thị Lan', platformRole: 'USER', disabled: false });
    const [row] = await t.dataSource.query(`SELECT password_hash FROM user_account WHERE id = $1`, [account.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email', /email address/],
    [{ password: 'short' }, 'password', /at least 12 characters/],
    [{ password: 'aaaaaaaaaaaaaaaa' }, 'password', /more varied/],
    [{ displayName: '   ' }, 'displayName', /display name/],
  ])('refuses %p with a typed error and creates nothing', async (override, field, message) => {
    const before = await count('user_account');
    const response = await t.graphql(
      graphql(`mutation AuthRegister($input: RegisterInput!) { register(input: $input) { __typename ... on ErrorResult { code message field } } }`),
      { input: { email: 'new.person@example.org', password, displayName: 'New Person', ...override } },
    );
    expect(response.data.register).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT', field });
    expect(expectResult(response.data.register, 'InvalidInputError').message).toMatch(message);
    expect(await count('user_account')).toBe(before);
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    await register(t, 'duc@becamex.com.vn');
    const before = await count('user_account');
    const response = await t.graphql(
      `mutation { register(input: {email: "DUC@becamex.com.vn", password: "${password}", displayName: "Duc"}) { __typename ... on ErrorResult { code field } } }`,
    );
    expect(response.data.register).toEqual({ __typename: 'EmailTakenError', code: 'EMAIL_TAKEN', field: 'email' });
    expect(await count('user_account')).toBe(before);
  });

  it('signs in with the right password only', async () => {
    await register(t, 'minh@binhduong.gov.vn');
    const wrong = await t.graphql(login, { input: { email: 'minh@binhduong.gov.vn', password: 'not the password at all' } });
    expect(wrong.data.login).toMatchObject({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
    const unknown = await t.graphql(login, { input: { email: 'nobody@example.org', password } });
    expect(unknown.data.login.__typename).toBe('InvalidCredentialsError');
    const right = await t.graphql(login, { input: { email: 'MINH@binhduong.gov.vn', password } });
    expect(right.data.login.__typename).toBe('AuthPayload');
    const response = await t.graphql(me, {}, { authorization: `Bearer ${expectResult(right.data.login, 'AuthPayload').accessToken}` });
    expect(response.data.me.email).toBe('minh@binhduong.gov.vn');
    const trail = await t.dataSource.query(`SELECT action, actor_user_id FROM audit_event WHERE entity_id = $1 ORDER BY id`, [response.data.me.id]);
    expect(trail).toEqual([
      { action: 'user.registered', actor_user_id: response.data.me.id },
      { action: 'session.started', actor_user_id: response.data.me.id },
    ]);
  });

  it('rotates refresh tokens, and reuse of a spent one ends the whole session', async () => {
    const account = await register(t, 'rotation@example.org');
    const first = await t.graphql(refresh, { token: account.refreshToken });
    expect(first.data.refreshSession.__typename).toBe('AuthPayload');
    const second = await t.graphql(refresh, { token: expectResult(first.data.refreshSession, 'AuthPayload').refreshToken });
    expect(second.data.refreshSession.__typename).toBe('AuthPayload');
    const latestAccess = { authorization: `Bearer ${expectResult(second.data.refreshSession, 'AuthPayload').accessToken}` };
    expect((await t.graphql(me, {}, latestAccess)).data.me.id).toBe(account.id);

    // The first refresh token was spent: presenting it again means it leaked.
    const reuse = await t.graphql(refresh, { token: account.refreshToken });
    expect(reuse.data.refreshSession).toMatchObject({ __typename: 'InvalidRefreshTokenError', code: 'INVALID_REFRESH_TOKEN' });
    expect(expectResult(reuse.data.refreshSession, 'InvalidRefreshTokenError').message).toMatch(/already used/);
    // Every token of the family is dead now, also the newest ones.
    expect((await t.graphql(me, {}, latestAccess)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(refresh, { token: expectResult(second.data.refreshSession, 'AuthPayload').refreshToken })).data.refreshSession.__typename).toBe(
      'InvalidRefreshTokenError',
    );
  });

  it('refuses unknown refresh tokens', async () => {
    const response = await t.graphql(refresh, { token: 'thr_made-up' });
    expect(response.data.refreshSession.__typename).toBe('InvalidRefreshTokenError');
  });

  it('ends the session at logout: access and refresh tokens stop working', async () => {
    const account = await register(t, 'leaving@example.org');
    expect((await t.graphql(graphql(`mutation Logout { logout }`), {}, account.headers)).data.logout).toBe(true);
    expect((await t.graphql(me, {}, account.headers)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(refresh, { token: account.refreshToken })).data.refreshSession.__typename).toBe('InvalidRefreshTokenError');
  });

  it('changes the password with the current one, and ends the other sessions', async () => {
    const account = await register(t, 'changer@example.org');
    const other = await t.graphql(login, { input: { email: account.email, password } });
    const otherHeaders = { authorization: `Bearer ${expectResult(other.data.login, 'AuthPayload').accessToken}` };
    const change = graphql(`mutation AuthChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ErrorResult { code field } } }`);
    const wrong = await t.graphql(change, { input: { currentPassword: 'not my password!!', newPassword: 'a brand new passphrase' } }, account.headers);
    expect(wrong.data.changePassword).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', field: 'currentPassword' });
    const weak = await t.graphql(change, { input: { currentPassword: password, newPassword: 'short' } }, account.headers);
    expect(weak.data.changePassword).toEqual({ __typename: 'InvalidInputError', code: 'INVALID_INPUT', field: 'newPassword' });
    const done = await t.graphql(change, { input: { currentPassword: password, newPassword: 'a brand new passphrase' } }, account.headers);
    expect(done.data.changePassword.__typename).toBe('User');
    expect((await t.graphql(me, {}, account.headers)).data.me.id).toBe(account.id);
    expect((await t.graphql(me, {}, otherHeaders)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const relogin = await t.graphql(login, { input: { email: account.email, password: 'a brand new passphrase' } });
    expect(relogin.data.login.__typename).toBe('AuthPayload');
  });

  it('lets a platform admin disable an account: its tokens stop at once and it cannot sign in', async () => {
    const admin = await register(t, 'platform.admin@example.org');
    await makePlatformAdmin(t, admin);
    const target: Account = await register(t, 'to.disable@example.org');
    const disable = graphql(`mutation AuthDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }`);

    const byUser = await t.graphql(disable, { id: admin.id }, target.headers);
    expect(byUser.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const done = await t.graphql(disable, { id: target.id }, admin.headers);
    expect(done.data.disableUser).toEqual({ id: target.id, disabled: true });
    expect((await t.graphql(me, {}, target.headers)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const attempt = await t.graphql(login, { input: { email: target.email, password } });
    expect(attempt.data.login.__typename).toBe('AccountDisabledError');
    expect((await t.graphql(refresh, { token: target.refreshToken })).data.refreshSession.__typename).toBe('InvalidRefreshTokenError');

    const enabled = await t.graphql(graphql(`mutation AuthEnableUser($id: ID!) { enableUser(userId: $id) { disabled } }`), { id: target.id }, admin.headers);
    expect(enabled.data.enableUser.disabled).toBe(false);
    expect((await t.graphql(login, { input: { email: target.email, password } })).data.login.__typename).toBe('AuthPayload');
  });

  it('refuses tampered, foreign and expired access tokens, even on public queries', async () => {
    const account = await register(t, 'tamper@example.org');
    const [header, payload, signature] = account.accessToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    const { default: jwt } = await import('jsonwebtoken');
    const expired = jwt.sign({ sub: account.id, sid: 'x', exp: Math.floor(Date.now() / 1000) - 60 }, 'test-secret-that-is-long-enough-for-hs256', { issuer: 'triple-helix-api' });
    const otherSecret = jwt.sign({ sub: account.id, sid: 'x' }, 'some-other-secret-of-sufficient-length', { issuer: 'triple-helix-api' });
    for (const token of [`${header}.${forged}.${signature}`, `${header}.${payload}.${signature.slice(0, -2)}xx`, expired, otherSecret, 'garbage']) {
      const response = await t.graphql(graphql(`query AuthOrganizations { organizations { totalCount } }`), {}, { authorization: `Bearer ${token}` });
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('refuses an access token once it expires, though it was accepted before', async () => {
    const account = await register(t, 'short.lived@example.org');
    const { sub, sid } = JSON.parse(Buffer.from(account.accessToken.split('.')[1], 'base64url').toString());
    const { default: jwt } = await import('jsonwebtoken');
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = jwt.sign({ sub, sid, exp }, 'test-secret-that-is-long-enough-for-hs256', { issuer: 'triple-helix-api' });
    const asked = () => t.graphql(me, {}, { authorization: `Bearer ${token}` });
    expect((await asked()).data.me.email).toBe('short.lived@example.org');
    expect((await asked()).data.me.email).toBe('short.lived@example.org');
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    expect((await asked()).errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('makes the first platform admin from the command line, never from a default password', async () => {
    expect(await t.dataSource.query(`SELECT 1 FROM user_account WHERE platform_role = 'PLATFORM_ADMIN' AND email LIKE 'first.admin%'`)).toEqual([]);
    await expect(createPlatformAdmin(t.dataSource, { email: 'first.admin@example.org', password: 'short' })).rejects.toThrow(/at least 12/);
    expect(await createPlatformAdmin(t.dataSource, { email: 'First.Admin@example.org', password, name: 'First Admin' })).toBe(
      'created the platform admin first.admin@example.org',
    );
    const signedIn = await t.graphql(login, { input: { email: 'first.admin@example.org', password } });
    expect(expectResult(signedIn.data.login, 'AuthPayload').user.platformRole).toBe('PLATFORM_ADMIN');
    const existing = await register(t, 'promoted@example.org');
    expect(await createPlatformAdmin(t.dataSource, { email: existing.email, password: 'whatever is given here' })).toMatch(/now a platform admin/);
    expect((await t.graphql(me, {}, existing.headers)).data.me.platformRole).toBe('PLATFORM_ADMIN');
  });

  it('asks anonymous callers to sign in for private operations', async () => {
    const response = await t.graphql(me);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
