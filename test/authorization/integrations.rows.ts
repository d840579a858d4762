import { graphql } from '../graphql/index.js';
import { adminsA, staleVersion, type Row, type RowModule, type World } from '../support/authorization-matrix.js';

/** Webhooks (organisation A's admins) and the job queues (platform admins). */

export interface Fixtures {
  w: World;
  /** An endpoint of A, registered by its admin. */
  endpointId: string;
  /** A throwaway endpoint of A per cell that consumes one. */
  throwawayEndpoint(): Promise<string>;
  /** A delivery to A's endpoint. */
  deliveryId: string;
}

const createEndpoint = graphql(`mutation AuthzIntegrationsRowsCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
  __typename ... on WebhookEndpointWithSecret { endpoint { id } } } }`);

async function setUp(w: World): Promise<Fixtures> {
  const register = async () =>
    (await w.must('adminA', createEndpoint, { input: { organizationId: w.orgA, url: `https://hooks.example.org/${w.unique()}`, eventTypes: ['PROJECT'] } })).endpoint.id;
  const endpointId = await register();
  const [delivery] = await w.sql(
    `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload) VALUES ($1, gen_random_uuid(), 'project.updated', '{}') RETURNING id`,
    [endpointId],
  );
  return { w, endpointId, throwawayEndpoint: register, deliveryId: delivery.id };
}

const rows: Row<Fixtures>[] = [
  { name: 'query jobQueues', query: graphql(`query AuthzIntegrationsRowsJobQueues { jobQueues { name waiting failed } }`), allowed: ['platformAdmin'] },
  {
    name: 'query organization.webhookEndpoints of A',
    query: graphql(`query AuthzIntegrationsRowsWebhookEndpoints($id: ID) { organization(id: $id) { webhookEndpoints { id deliveries(first: 5) { totalCount } } } }`),
    variables: (f) => ({ id: f.w.orgA }),
    allowed: adminsA,
  },
  {
    name: 'mutation createWebhookEndpoint for A',
    query: createEndpoint,
    variables: (f) => ({ input: { organizationId: f.w.orgA, url: `https://hooks.example.org/${f.w.unique()}`, eventTypes: ['PROJECT'] } }),
    allowed: adminsA,
  },
  {
    name: 'mutation updateWebhookEndpoint of A',
    query: graphql(`mutation AuthzIntegrationsRowsUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename } }`),
    variables: (f) => ({ input: { id: f.endpointId, expectedVersion: staleVersion, description: 'Sample data' } }),
    allowed: adminsA,
  },
  {
    name: 'mutation rotateWebhookSecret of A',
    query: graphql(`mutation AuthzIntegrationsRowsRotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { endpoint { id } } }`),
    variables: (f) => ({ id: f.endpointId }),
    allowed: adminsA,
  },
  {
    name: 'mutation sendTestWebhook to A',
    query: graphql(`mutation AuthzIntegrationsRowsSendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { __typename } }`),
    variables: (f) => ({ id: f.endpointId }),
    allowed: adminsA,
  },
  {
    name: 'mutation redeliverWebhook of A',
    query: graphql(`mutation AuthzIntegrationsRowsRedeliverWebhook($id: ID!) { redeliverWebhook(deliveryId: $id) { __typename } }`),
    variables: (f) => ({ id: f.deliveryId }),
    allowed: adminsA,
  },
  {
    name: 'mutation removeWebhookEndpoint of A',
    query: graphql(`mutation AuthzIntegrationsRowsRemoveWebhookEndpoint($id: ID!) { removeWebhookEndpoint(id: $id) { id } }`),
    variables: async (f) => ({ id: await f.throwawayEndpoint() }),
    allowed: adminsA,
  },
];

export const integrationRows: RowModule<Fixtures> = { setUp, rows };
