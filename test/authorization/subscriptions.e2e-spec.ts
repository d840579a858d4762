import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { mismatches, principalNames, startWorld, type Outcome, type Table, type World } from '../support/authorization-matrix.js';
import { queryText } from '../support/test-app.js';
import { setUpSubscriptions, subscriptionRows, type SubscriptionFixtures } from './subscriptions.rows.js';
import { graphql } from '../graphql/index.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

interface Follower {
  /** Settles with the outcome: an event arrived, or the subscription was refused. */
  outcome: Promise<Outcome>;
  stop(): Promise<void>;
}

/** Subscribes over WebSocket (graphql-ws) with the caller's credentials as connection parameters. */
function follow(url: string, query: string, variables: Record<string, unknown>, connectionParams: Record<string, string>): Follower {
  const client = createClient({ url: url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
  const outcome = new Promise<Outcome>((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (value) => resolve(value.errors ? refusal(value.errors) : 'allowed'),
        error: (reason) => resolve(refusal(reason)),
        complete: () => resolve('unexpected: completed without an event'),
      },
    );
    setTimeout(() => resolve('unexpected: neither an event nor a refusal within 5 s'), 5000).unref();
  });
  return { outcome, stop: () => client.dispose() as Promise<void> };
}

/**
 * A refusal: the connection closed with 4403, or an error naming UNAUTHENTICATED, FORBIDDEN or
 * NOT_FOUND. Errors of a subscription arrive over WebSocket without `extensions`, so a refusal
 * without a code is recognised by the access layer's messages.
 */
function refusal(reason: unknown): Outcome {
  if ((reason as { code?: number }).code === 4403) return 'denied';
  const [error] = (Array.isArray(reason) ? reason : [reason]) as { message?: string; extensions?: { code?: string } }[];
  const code = error?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'denied';
  if (code === undefined && /^(Sign in|No such .*not visible to you)/.test(error?.message ?? '')) return 'denied';
  return `unexpected: ${JSON.stringify(reason).slice(0, 200)}`;
}

describe('authorization matrix: subscriptions', () => {
  let world: World;
  let fixtures: SubscriptionFixtures;
  const followers: Follower[] = [];

  beforeAll(async () => {
    world = await startWorld({ listen: true });
    fixtures = await setUpSubscriptions(world);
  });
  afterAll(async () => {
    await Promise.all(followers.map((follower) => follower.stop()));
    await world?.t.close();
  });

  it('delivers to exactly those who may follow, and refuses the rest', async () => {
    const actual: Table = {};
    const expected: Table = {};
    // Every caller follows every row at once; one write (A's editor renames A's project: an event of
    // the project and of A's activity) then reaches those accepted.
    const pending: { row: string; caller: string; follower: Follower }[] = [];
    for (const row of subscriptionRows) {
      actual[row.name] = {};
      expected[row.name] = {};
      for (const name of principalNames) {
        const follower = follow(world.t.url!, queryText(row.query), row.variables(fixtures), await world.principals.get(name)!.headers());
        followers.push(follower);
        pending.push({ row: row.name, caller: name, follower });
        expected[row.name][name] = row.allowed.includes(name) ? 'allowed' : 'denied';
      }
    }
    await sleep(500);
    await world.must('editorA', graphql(`mutation AuthzSubscriptionsUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Project { id } } }`), {
      input: { id: fixtures.project.id, expectedVersion: fixtures.project.version, title: 'Sample data: renamed' },
    });
    for (const { row, caller, follower } of pending) actual[row][caller] = await follower.outcome;
    expect(mismatches(actual, expected)).toEqual([]);
    expect(actual).toEqual(expected);
  });
});
