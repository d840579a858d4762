/**
 * Receiving webhooks: register an endpoint for an organisation you administer (the secret is in the
 * answer, once), make a change, and receive its event at your own HTTP server, verified before it is
 * parsed. The receiver here is a plain node:http server; drop events you have already handled by their
 * `webhook-id` (deliveries are at least once). Needs API_TOKEN, and a service that may reach this
 * machine (`WEBHOOK_ALLOW_PRIVATE_TARGETS=loopback`, as run-against-service.sh starts it).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { credentialsFromEnvironment, request, run } from './client.js';
import { graphql } from './gql/index.js';
import { verifyWebhook, WebhookVerificationError } from './verify-webhook.js';

const CreateOrganization = graphql(`
  mutation ExampleWebhookOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { __typename ... on Organization { id } ... on ErrorResult { code message } }
  }
`);

const CreateEndpoint = graphql(`
  mutation ExampleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on WebhookEndpointWithSecret { secret endpoint { id eventTypes } }
      ... on ErrorResult { code message field }
    }
  }
`);

const InviteMember = graphql(`
  mutation ExampleWebhookInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) { __typename ... on InvitationCreated { invitation { id } } ... on ErrorResult { code message } }
  }
`);

/** The event a delivery carries: what changed, not the values (read the record through the API). */
interface WebhookEvent {
  id: string;
  type: string;
  organizationId: string | null;
  entity: { type: string; id: string | null };
  changedFields: string[];
}

const timeoutMs = Number(process.env.EVENT_TIMEOUT_MS ?? 20_000);

run(async () => {
  const credentials = credentialsFromEnvironment();
  const handled = new Set<string>();
  let secret = '';
  let received: (event: WebhookEvent) => void = () => undefined;
  const arrived = new Promise<WebhookEvent>((resolve) => (received = resolve));

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        verifyWebhook(secret, req.headers as Record<string, string>, body);
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        res.writeHead(400).end();
        return;
      }
      res.writeHead(204).end(); // answer at once; work after
      const id = String(req.headers['webhook-id']);
      if (handled.has(id)) return; // a retry of an event already handled
      handled.add(id);
      received(JSON.parse(body.toString('utf8')) as WebhookEvent);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/helix`;

  try {
    const slug = `example-hooks-${randomBytes(4).toString('hex')}`;
    const { createOrganization: organization } = await request(CreateOrganization, { input: { name: `Example Hooks ${slug}`, slug, helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN' } }, credentials);
    if (organization.__typename !== 'Organization') throw new Error(`could not create the organisation: ${JSON.stringify(organization)}`);

    const { createWebhookEndpoint: registered } = await request(CreateEndpoint, { input: { organizationId: organization.id, url, eventTypes: ['MEMBERSHIP'] } }, credentials);
    if (registered.__typename !== 'WebhookEndpointWithSecret') throw new Error(`could not register the endpoint: ${JSON.stringify(registered)}`);
    secret = registered.secret;
    console.log(`endpoint ${registered.endpoint.id} receives ${registered.endpoint.eventTypes.join(', ')} at ${url}`);

    await request(InviteMember, { input: { organizationId: organization.id, email: `${slug}@example.org`, role: 'MEMBER' } }, credentials);
    const event = await Promise.race([arrived, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no webhook within ${timeoutMs} ms`)), timeoutMs))]);
    console.log(`received ${event.type} (${event.id}) for ${event.entity.type} ${event.entity.id}, signature verified`);
    if (event.type !== 'membership.invited' || event.organizationId !== organization.id) throw new Error(`unexpected event ${JSON.stringify(event)}`);
  } finally {
    server.close();
  }
});
