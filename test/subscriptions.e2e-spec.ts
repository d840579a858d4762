import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { seedDemoData } from '../src/demo/seed.js';
import { makePlatformAdmin, password, register, type Account } from './support/accounts.js';
import { redisAnswers, redisUrl } from './support/redis.js';
import { startTestApp, type AnyOperation, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

const haveRedis = await redisAnswers();

interface Follower {
  events: unknown[];
  error: Promise<unknown>;
  next(): Promise<unknown>;
  stop(): Promise<void>;
}

/** Subscribes over WebSocket (graphql-ws protocol) and collects what arrives. */
function follow(url: string, query: AnyOperation | string, variables: Record<string, unknown>, connectionParams: Record<string, string> = {}): Follower {
  const client: Client = createClient({ url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
  const events: unknown[] = [];
  const waiting: ((event: unknown) => void)[] = [];
  let failed: (error: unknown) => void = () => undefined;
  const error = new Promise<unknown>((resolve) => (failed = resolve));
  client.subscribe(
    { query: query.toString(), variables },
    {
      next: (value) => {
        events.push(value);
        waiting.shift()?.(value);
      },
      error: (reason) => failed(reason),
      complete: () => undefined,
    },
  );
  return {
    events,
    error,
    next: () => new Promise((resolve, reject) => {
      waiting.push(resolve);
      setTimeout(() => reject(new Error(`no event within 5 s; got ${JSON.stringify(events)}`)), 5000).unref();
    }),
    stop: () => client.dispose() as Promise<void>,
  };
}


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** How a subscription ended within 5 s: the close code (4403: Forbidden), or 'still open'. */
async function endOf(follower: Follower): Promise<number | string> {
  const ended = await Promise.race([follower.error, sleep(5000).then(() => 'still open')]);
  return typeof ended === 'string' ? ended : ((ended as { code?: number }).code ?? JSON.stringify(ended));
}

const createKey = graphql(`mutation SubscriptionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`);

/** An API key (READ) of an organisation the admin administers. */
async function keyOf(t: TestApp, admin: Account, organizationId: string, expiresAt?: string): Promise<{ id: string; secret: string }> {
  const created = await t.graphql(createKey, { input: { organizationId, name: 'Live feed', scopes: ['READ'], expiresAt } }, admin.headers);
  if (!created.data?.createApiKey) throw new Error(`no key: ${JSON.stringify(created)}`);
  return { id: created.data.createApiKey.apiKey.id, secret: created.data.createApiKey.secret };
}

/** Signs in again: a second session of the same account. */
async function signIn(t: TestApp, account: Account): Promise<Account> {
  const response = await t.graphql(graphql(`mutation SubscriptionsLogin($input: LoginInput!) { login(input: $input) { ... on AuthPayload { accessToken refreshToken } } }`), { input: { email: account.email, password } });
  const { accessToken, refreshToken } = response.data.login;
  return { ...account, accessToken, refreshToken, headers: { authorization: `Bearer ${accessToken}` } };
}

const changed = graphql(`subscription SubscriptionsProjectChanged($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }`);
const activity = graphql(`subscription OrganizationActivity($id: ID!) { organizationActivity(organizationId: $id) { organizationId action } }`);

/** A project coordinated by Becamex IDC (PARTNERS), started by its editor. */
async function setUp(t: TestApp) {
  await seedDemoData(t.dataSource);
  const [becamex] = await t.dataSource.query(`SELECT id FROM organization WHERE slug = 'becamex-idc'`);
  const editor = await register(t, `editor.${Date.now()}@becamex.example`);
  // Written directly: joining through the API is itself activity (membership.accepted) that these subscriptions announce.
  await t.dataSource.query(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, 'EDITOR', 'ACTIVE')`, [becamex.id, editor.id]);
  const created = await t.graphql(
    graphql(`mutation SubscriptionsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id version } } }`),
    { input: { coordinatorId: becamex.id, code: `LIVE-${Date.now()}`, title: 'Sample data: live project' } },
    editor.headers,
  );
  return { becamexId: becamex.id as string, editor, project: created.data.createProject as { id: string; version: number } };
}

const rename = (t: TestApp, editor: Account, project: { id: string }, version: number, title: string) =>
  t.graphql(
    graphql(`mutation SubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { version } } }`),
    { input: { id: project.id, expectedVersion: version, title } },
    editor.headers,
  );

describe('subscriptions', () => {
  let t: TestApp;
  let setup: Awaited<ReturnType<typeof setUp>>;
  const followers: Follower[] = [];

  beforeAll(async () => {
    t = await startTestApp({}, { listen: true });
    setup = await setUp(t);
  });
  afterAll(async () => {
    await Promise.all(followers.map((follower) => follower.stop()));
    await t.close();
  });

  it('delivers committed project changes and organisation activity to those with access', async () => {
    const auth = { authorization: setup.editor.headers.authorization };
    const project = follow(t.url!, changed, { id: setup.project.id }, auth);
    const organization = follow(t.url!, activity, { id: setup.becamexId }, auth);
    followers.push(project, organization);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const nextChange = project.next();
    const nextActivity = organization.next();
    expect((await rename(t, setup.editor, setup.project, setup.project.version, 'Sample data: renamed')).data.updateProject.__typename).toBe('Project');
    expect(await nextChange).toEqual({ data: { projectChanged: { projectId: setup.project.id, action: 'project.updated', entityType: 'Project' } } });
    expect(await nextActivity).toEqual({ data: { organizationActivity: { organizationId: setup.becamexId, action: 'project.updated' } } });
  });

  it('announces nothing for a change that was refused', async () => {
    const auth = { authorization: setup.editor.headers.authorization };
    const project = follow(t.url!, changed, { id: setup.project.id }, auth);
    followers.push(project);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stale = await rename(t, setup.editor, setup.project, 1, 'Sample data: stale');
    expect(stale.data.updateProject.__typename).toBe('VersionConflictError');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(project.events).toEqual([]);
  });

  it('stops telling someone who loses access', async () => {
    // A second editor follows the project, then leaves Becamex IDC; the coordinator's editor renames it.
    const leaver = await register(t, 'leaver.live@example.org');
    // Written directly: joining through the API is itself activity (membership.accepted) that these subscriptions announce.
    await t.dataSource.query(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [setup.becamexId, leaver.id]);
    const stays = follow(t.url!, changed, { id: setup.project.id }, { authorization: setup.editor.headers.authorization });
    const leaves = follow(t.url!, changed, { id: setup.project.id }, { authorization: leaver.headers.authorization });
    followers.push(stays, leaves);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.dataSource.query(`UPDATE membership SET status = 'LEFT' WHERE user_id = $1`, [leaver.id]);

    const next = stays.next();
    const [{ version }] = await t.dataSource.query(`SELECT version FROM project WHERE id = $1`, [setup.project.id]);
    await rename(t, setup.editor, setup.project, version, 'Sample data: after someone left');
    await next;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(leaves.events).toEqual([]);
  });

  it('refuses callers without access, and bad credentials', async () => {
    const outsider = await register(t, 'outsider.live@example.org');
    const hidden = follow(t.url!, changed, { id: setup.project.id }, { authorization: outsider.headers.authorization });
    const anonymous = follow(t.url!, activity, { id: setup.becamexId });
    const forged = follow(t.url!, changed, { id: setup.project.id }, { authorization: 'Bearer not-a-token' });
    followers.push(hidden, anonymous, forged);
    expect(JSON.stringify(await hidden.error)).toMatch(/NOT_FOUND|No such project/);
    expect(JSON.stringify(await anonymous.error)).toMatch(/UNAUTHENTICATED|Sign in/);
    // graphql-ws closes a connection it refuses with 4403 Forbidden.
    const refused = (await forged.error) as { code?: number; reason?: string };
    expect([refused.code, refused.reason]).toEqual([4403, 'Forbidden']);
    expect(forged.events).toEqual([]);
    const conflicting = follow(t.url!, changed, { id: setup.project.id }, { authorization: outsider.headers.authorization, 'x-api-key': 'thk_000000000000_x' });
    followers.push(conflicting);
    expect(((await conflicting.error) as { code?: number }).code).toBe(4403);
  });

  it('validates a subscription like any operation, limits included', async () => {
    // A string: the field is deliberately not in the schema.
    const invalid = follow(t.url!, `subscription($id: ID!) { projectChanged(projectId: $id) { nonsense } }`, { id: setup.project.id }, { authorization: setup.editor.headers.authorization });
    followers.push(invalid);
    expect(JSON.stringify(await invalid.error)).toMatch(/Cannot query field \\"nonsense\\"/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: action`).join(' ');
    // A string: deliberately over the alias limit, built at run time.
    const aliased = follow(t.url!, `subscription($id: ID!) { projectChanged(projectId: $id) { ${aliases} } }`, { id: setup.project.id }, { authorization: setup.editor.headers.authorization });
    followers.push(aliased);
    expect(JSON.stringify(await aliased.error)).toMatch(/aliases/);
  });

  describe('ends with the credential it was opened with', () => {
    let admin: Account;
    /** A member of Becamex IDC who follows its activity, as a fresh account each time. */
    const member = async (name: string) => {
      const account = await register(t, `${name}.${Date.now()}@becamex.example`);
      // Written directly: joining through the API is itself activity (membership.accepted) that these subscriptions announce.
      await t.dataSource.query(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, 'ADMIN', 'ACTIVE')`, [setup.becamexId, account.id]);
      return account;
    };
    const followActivity = async (connectionParams: Record<string, string>) => {
      const follower = follow(t.url!, activity, { id: setup.becamexId }, connectionParams);
      followers.push(follower);
      await sleep(300);
      return follower;
    };
    /** A committed change in Becamex IDC: every follower still entitled hears of it. */
    const somethingHappens = async () => {
      const [{ version }] = await t.dataSource.query(`SELECT version FROM project WHERE id = $1`, [setup.project.id]);
      const renamed = await rename(t, setup.editor, setup.project, version, `Sample data: renamed at ${Date.now()}`);
      expect(renamed.data.updateProject.__typename).toBe('Project');
    };
    /** A witness that stays entitled: once it has heard the change, the others would have too. */
    const afterAnEvent = async () => {
      const witness = await followActivity({ authorization: setup.editor.headers.authorization });
      const heard = witness.next();
      await somethingHappens();
      await heard;
      await sleep(200);
    };

    beforeAll(async () => {
      admin = await register(t, `platform.${Date.now()}@example.org`);
      await makePlatformAdmin(t, admin);
    });

    it('at logout', async () => {
      const account = await member('logout');
      const follower = await followActivity({ authorization: account.headers.authorization });
      expect((await t.graphql(graphql(`mutation Logout { logout }`), {}, account.headers)).data.logout).toBe(true);
      expect(await endOf(follower)).toBe(4403);
      await afterAnEvent();
      expect(follower.events).toEqual([]);
    });

    it('when a reused refresh token ends the session', async () => {
      const account = await member('reuse');
      const follower = await followActivity({ authorization: account.headers.authorization });
      const refresh = graphql(`mutation SubscriptionsRefreshSession($token: String!) { refreshSession(refreshToken: $token) { __typename } }`);
      expect((await t.graphql(refresh, { token: account.refreshToken })).data.refreshSession.__typename).toBe('AuthPayload');
      expect((await t.graphql(refresh, { token: account.refreshToken })).data.refreshSession.__typename).toBe('InvalidRefreshTokenError');
      expect(await endOf(follower)).toBe(4403);
    });

    it('in the other sessions when the password changes, not in the one that changed it', async () => {
      const account = await member('password');
      const other = await followActivity({ authorization: account.headers.authorization });
      const current = await signIn(t, account);
      const kept = await followActivity({ authorization: current.headers.authorization });
      const changed = await t.graphql(
        graphql(`mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }`),
        { input: { currentPassword: password, newPassword: 'a different horse battery staple' } },
        current.headers,
      );
      expect(changed.data.changePassword.__typename).toBe('User');
      expect(await endOf(other)).toBe(4403);
      const next = kept.next();
      await somethingHappens();
      expect(await next).toMatchObject({ data: { organizationActivity: { action: 'project.updated' } } });
      expect(other.events).toEqual([]);
    });

    it('when a platform admin disables the account', async () => {
      const account = await member('disabled');
      const follower = await followActivity({ authorization: account.headers.authorization });
      const disabled = await t.graphql(graphql(`mutation DisableUser($id: ID!) { disableUser(userId: $id) { id } }`), { id: account.id }, admin.headers);
      expect(disabled.data.disableUser.id).toBe(account.id);
      expect(await endOf(follower)).toBe(4403);
      await afterAnEvent();
      expect(follower.events).toEqual([]);
    });

    it('when its API key is revoked', async () => {
      const keyAdmin = await member('keys');
      const key = await keyOf(t, keyAdmin, setup.becamexId);
      // Following a project: revoking announces nothing there, so only the revocation can end it.
      const follower = follow(t.url!, changed, { id: setup.project.id }, { 'x-api-key': key.secret });
      followers.push(follower);
      await sleep(300);
      const revoked = await t.graphql(graphql(`mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id } }`), { id: key.id }, keyAdmin.headers);
      expect(revoked.data.revokeApiKey.id).toBe(key.id);
      expect(await endOf(follower)).toBe(4403);
      await afterAnEvent();
      expect(follower.events).toEqual([]);
    });

    it('when its API key expires: at its expiry, and at the next event whatever the database says', async () => {
      const keyAdmin = await member('expiry');
      const soon = await keyOf(t, keyAdmin, setup.becamexId, new Date(Date.now() + 1500).toISOString());
      const expiring = await followActivity({ 'x-api-key': soon.secret });
      expect(await endOf(expiring)).toBe(4403);

      // Expired behind the service's back (no announcement): the next event finds it.
      const key = await keyOf(t, keyAdmin, setup.becamexId);
      const follower = await followActivity({ authorization: `Bearer ${key.secret}` });
      await t.dataSource.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
      await afterAnEvent();
      expect(await endOf(follower)).toBe(4403);
      expect(follower.events).toEqual([]);
    });

    it('when a session ends unannounced, at the next event', async () => {
      const account = await member('expired');
      const follower = await followActivity({ authorization: account.headers.authorization });
      await t.dataSource.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [account.id]);
      await afterAnEvent();
      expect(await endOf(follower)).toBe(4403);
      expect(follower.events).toEqual([]);
    });

    it('when the organisation of its API key is archived', async () => {
      const founder = await register(t, `founder.${Date.now()}@example.org`);
      const created = await t.graphql(
        graphql(`mutation SubscriptionsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`),
        { input: { name: 'Sample data: short-lived startup', helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } },
        founder.headers,
      );
      const organizationId = created.data.createOrganization.id as string;
      const project = await t.graphql(
        graphql(`mutation SubscriptionsCreateProject2($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }`),
        { input: { coordinatorId: organizationId, code: `GONE-${Date.now()}`, title: 'Sample data: project of a closing startup' } },
        founder.headers,
      );
      const key = await keyOf(t, founder, organizationId);
      // Following a project, which archiving does not touch: only the announcement can end it.
      const follower = follow(t.url!, changed, { id: project.data.createProject.id }, { 'x-api-key': key.secret });
      followers.push(follower);
      await sleep(300);
      const archived = await t.graphql(graphql(`mutation SubscriptionsArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { id } }`), { id: organizationId }, admin.headers);
      expect(archived.data.archiveOrganization.id).toBe(organizationId);
      expect(await endOf(follower)).toBe(4403);
      expect(follower.events).toEqual([]);
    });

    it('refuses a new subscription on a connection whose session has ended', async () => {
      const account = await member('later');
      const client = createClient({ url: t.url!.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: account.headers.authorization }, retryAttempts: 0 });
      const subscribe = (query: AnyOperation, variables: Record<string, unknown>) =>
        new Promise<unknown>((resolve) => {
          client.subscribe({ query: query.toString(), variables }, { next: resolve, error: (error) => resolve({ error: (error as { code?: number }).code ?? error }), complete: () => resolve('complete') });
          setTimeout(() => resolve('still open'), 1000).unref();
        });
      try {
        expect(await subscribe(changed, { id: setup.project.id })).toBe('still open');
        await t.dataSource.query(`UPDATE auth_session SET revoked_at = now(), revoked_reason = 'SIGNED_OUT' WHERE user_id = $1`, [account.id]);
        expect(await subscribe(activity, { id: setup.becamexId })).toEqual({ error: 4403 });
      } finally {
        await client.dispose();
      }
    });

    it('keeps a connection whose credential still holds', async () => {
      const follower = await followActivity({ authorization: setup.editor.headers.authorization });
      const next = follower.next();
      await somethingHappens();
      await next;
      expect(await Promise.race([follower.error.then(() => 'ended'), sleep(300).then(() => 'open')])).toBe('open');
    });
  });
});

(haveRedis ? describe : describe.skip)('subscriptions across two instances sharing Redis', () => {
  let first: TestApp;
  let second: TestApp;
  let follower: Follower | undefined;
  const followers: Follower[] = [];

  beforeAll(async () => {
    first = await startTestApp({ REDIS_URL: redisUrl }, { listen: true });
    second = await startTestApp({ REDIS_URL: redisUrl }, { listen: true, database: first.database });
  });
  afterAll(async () => {
    await follower?.stop();
    await Promise.all(followers.map((each) => each.stop()));
    await second.close();
    await first.close();
  });

  it('delivers a change made through one instance to a subscriber of the other', async () => {
    const { editor, project } = await setUp(first);
    follower = follow(second.url!, changed, { id: project.id }, { authorization: editor.headers.authorization });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const next = follower.next();
    await rename(first, editor, project, project.version, 'Sample data: changed on the first instance');
    expect(await next).toEqual({ data: { projectChanged: { projectId: project.id, action: 'project.updated', entityType: 'Project' } } });
  });

  it('ends a subscription on one instance when its session is ended through the other', async () => {
    const account = await register(first, `redis.logout.${Date.now()}@example.org`);
    const [becamex] = await first.dataSource.query(`SELECT id FROM organization WHERE slug = 'becamex-idc'`);
    // Written directly: joining through the API is itself activity (membership.accepted) that these subscriptions announce.
    await first.dataSource.query(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [becamex.id, account.id]);
    const onSecond = follow(second.url!, activity, { id: becamex.id }, { authorization: account.headers.authorization });
    followers.push(onSecond);
    await sleep(300);
    expect((await first.graphql(graphql(`mutation Logout { logout }`), {}, account.headers)).data.logout).toBe(true);
    expect(await endOf(onSecond)).toBe(4403);
    expect(onSecond.events).toEqual([]);
  });
});
