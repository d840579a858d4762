import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { seedDemoData } from '../src/database/seed/seed.js';
import { register, type Account } from './support/accounts.js';
import { redisAnswers, redisUrl } from './support/redis.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const haveRedis = await redisAnswers();

interface Follower {
  events: unknown[];
  error: Promise<unknown>;
  next(): Promise<unknown>;
  stop(): Promise<void>;
}

/** Subscribes over WebSocket (graphql-ws protocol) and collects what arrives. */
function follow(url: string, query: string, variables: Record<string, unknown>, connectionParams: Record<string, string> = {}): Follower {
  const client: Client = createClient({ url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
  const events: unknown[] = [];
  const waiting: ((event: unknown) => void)[] = [];
  let failed: (error: unknown) => void = () => undefined;
  const error = new Promise<unknown>((resolve) => (failed = resolve));
  client.subscribe(
    { query, variables },
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

const changed = `subscription($id: ID!) { projectChanged(projectId: $id) { projectId action entityType } }`;
const activity = `subscription($id: ID!) { organizationActivity(organizationId: $id) { organizationId action } }`;

/** A project coordinated by Becamex IDC (PARTNERS), started by its editor. */
async function setUp(t: TestApp) {
  await seedDemoData(t.dataSource);
  const [becamex] = await t.dataSource.query(`SELECT id FROM organization WHERE slug = 'becamex-idc'`);
  const editor = await register(t, `editor.${Date.now()}@becamex.example`);
  await t.dataSource.query(`INSERT INTO membership (organization_id, user_id, role, status) VALUES ($1, $2, 'EDITOR', 'ACTIVE')`, [becamex.id, editor.id]);
  const created = await t.graphql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id version } } }`,
    { input: { coordinatorId: becamex.id, code: `LIVE-${Date.now()}`, title: 'Sample data: live project' } },
    editor.headers,
  );
  return { becamexId: becamex.id as string, editor, project: created.data.createProject as { id: string; version: number } };
}

const rename = (t: TestApp, editor: Account, project: { id: string }, version: number, title: string) =>
  t.graphql(
    `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { version } } }`,
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
    const invalid = follow(t.url!, `subscription($id: ID!) { projectChanged(projectId: $id) { nonsense } }`, { id: setup.project.id }, { authorization: setup.editor.headers.authorization });
    followers.push(invalid);
    expect(JSON.stringify(await invalid.error)).toMatch(/Cannot query field \\"nonsense\\"/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: action`).join(' ');
    const aliased = follow(t.url!, `subscription($id: ID!) { projectChanged(projectId: $id) { ${aliases} } }`, { id: setup.project.id }, { authorization: setup.editor.headers.authorization });
    followers.push(aliased);
    expect(JSON.stringify(await aliased.error)).toMatch(/aliases/);
  });
});

(haveRedis ? describe : describe.skip)('subscriptions across two instances sharing Redis', () => {
  let first: TestApp;
  let second: TestApp;
  let follower: Follower | undefined;

  beforeAll(async () => {
    first = await startTestApp({ REDIS_URL: redisUrl }, { listen: true });
    second = await startTestApp({ REDIS_URL: redisUrl }, { listen: true, database: first.database });
  });
  afterAll(async () => {
    await follower?.stop();
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
});
