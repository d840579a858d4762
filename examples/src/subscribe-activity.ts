/**
 * A subscription over graphql-ws: follow what happens in an organisation you administer, and see the
 * event of a change you make. Creates an organisation (you become its admin), subscribes to its
 * `organizationActivity`, creates an API key in it, and waits for the `api_key.created` event.
 * Needs API_TOKEN.
 */
import { randomBytes } from 'node:crypto';
import { credentialsFromEnvironment, request, run, subscribe, subscriptionClient } from './client.js';
import { graphql } from './gql/index.js';

const CreateOrganization = graphql(`
  mutation ExampleSubscriptionOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on Organization { id slug }
      ... on ErrorResult { code message }
    }
  }
`);

const Activity = graphql(`
  subscription ExampleOrganizationActivity($organizationId: ID!) {
    organizationActivity(organizationId: $organizationId) { organizationId action entityType entityId occurredAt }
  }
`);

const CreateApiKey = graphql(`
  mutation ExampleCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { apiKey { id name } }
  }
`);

const timeoutMs = Number(process.env.EVENT_TIMEOUT_MS ?? 10_000);

run(async () => {
  const credentials = credentialsFromEnvironment();
  const slug = `example-events-${randomBytes(4).toString('hex')}`;
  const { createOrganization: organization } = await request(
    CreateOrganization,
    { input: { name: `Example Events ${slug}`, slug, helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } },
    credentials,
  );
  if (organization.__typename !== 'Organization') throw new Error(`could not create the organisation: ${JSON.stringify(organization)}`);

  const client = subscriptionClient(credentials);
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const events = subscribe(client, Activity, { organizationId: organization.id });
  // The first event, once it comes; the subscription starts when the iterator is first asked.
  const first = events.next();
  try {
    await connected;
    // The server has the subscription once it has acknowledged the connection and read the subscribe message.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { createApiKey } = await request(CreateApiKey, { input: { organizationId: organization.id, name: 'example key', scopes: ['READ'] } }, credentials);

    const event = await Promise.race([
      first,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    if (event.done) throw new Error('the subscription ended without an event');
    const activity = event.value.organizationActivity;
    console.log(`event: ${activity.action} on ${activity.entityType} ${activity.entityId ?? ''} at ${activity.occurredAt}`);
    if (activity.action !== 'api_key.created' || activity.entityId !== createApiKey.apiKey.id) {
      throw new Error(`expected api_key.created for ${createApiKey.apiKey.id}, got ${JSON.stringify(activity)}`);
    }
  } finally {
    await events.return(undefined);
    await client.dispose();
  }
});
