import type { Account } from './accounts.js';
import { createOrganization, type Organization } from './memberships.js';
import type { TestApp } from './test-app.js';
import { assessTrl, createTechnology } from './technologies.js';

/** A new, verified organisation of `kind` (e.g. INTERMEDIARY), `admin` its first admin. */
export async function createOrganizationOfKind(t: TestApp, admin: Account, kind: string, helix = 'INDUSTRY'): Promise<Organization> {
  const organization = await createOrganization(t, admin);
  // Kind, helix and verification are not the subject of these tests; they are set directly.
  await t.dataSource.query(`UPDATE organization SET kind = $2, helix = $3, verified = true WHERE id = $1`, [organization.id, kind, helix]);
  return organization;
}

/** A technology wholly owned by the organisation, assessed at `trl`, made through the API by `editor`. */
export async function ownedTechnology(t: TestApp, editor: Account, organizationId: string, trl: number, title = 'Sample technology'): Promise<string> {
  const technology = await createTechnology(t, editor, { ownerIds: [organizationId], title });
  await assessTrl(t, editor, technology.id, trl);
  return technology.id;
}

export const offerFields = `id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn version concepts organization { id }`;
export const demandFields = `id title description sectors keywords language minTrl status publishedOn expiresOn version concepts budget { min max currency } organization { id }`;

const createOfferMutation = `mutation($input: CreateOfferInput!) { createOffer(input: $input) {
  __typename ... on TechnologyOffer { ${offerFields} } ... on ErrorResult { code message field } } }`;
const createDemandMutation = `mutation($input: CreateDemandInput!) { createDemand(input: $input) {
  __typename ... on TechnologyDemand { ${demandFields} } ... on ErrorResult { code message field } } }`;
const publishMutation = (name: string, type: string) => `mutation($input: PublishExchangeItemInput!) { ${name}(input: $input) {
  __typename ... on ${type} { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }`;

export const publishOffer = publishMutation('publishOffer', 'TechnologyOffer');
export const renewOffer = publishMutation('renewOffer', 'TechnologyOffer');
export const publishDemand = publishMutation('publishDemand', 'TechnologyDemand');
export const renewDemand = publishMutation('renewDemand', 'TechnologyDemand');

/** A day `days` from today, YYYY-MM-DD (UTC, as the test database runs). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Creates an offer through the API as `editor`; throws if refused. */
export async function createOffer(t: TestApp, editor: Account, input: Record<string, unknown>): Promise<{ id: string; version: number; [field: string]: unknown }> {
  const response = await t.graphql(createOfferMutation, { input: { kind: 'LICENCE', language: 'EN', summary: 'Sample data.', ...input } }, editor.headers);
  const result = response.data?.createOffer;
  if (result?.__typename !== 'TechnologyOffer') throw new Error(`createOffer failed: ${JSON.stringify(response)}`);
  return result;
}

/** Creates a demand through the API as `editor`; throws if refused. */
export async function createDemand(t: TestApp, editor: Account, input: Record<string, unknown>): Promise<{ id: string; version: number; [field: string]: unknown }> {
  const response = await t.graphql(createDemandMutation, { input: { language: 'VI', description: 'Sample data.', ...input } }, editor.headers);
  const result = response.data?.createDemand;
  if (result?.__typename !== 'TechnologyDemand') throw new Error(`createDemand failed: ${JSON.stringify(response)}`);
  return result;
}

/** Publishes an offer or demand until `days` from today; throws if refused. */
export async function publish(t: TestApp, editor: Account, kind: 'offer' | 'demand', item: { id: string; version: number }, days = 90): Promise<{ id: string; version: number }> {
  const response = await t.graphql(kind === 'offer' ? publishOffer : publishDemand, { input: { id: item.id, expectedVersion: item.version, expiresOn: daysFromToday(days) } }, editor.headers);
  const result = response.data?.[kind === 'offer' ? 'publishOffer' : 'publishDemand'];
  if (result?.__typename !== (kind === 'offer' ? 'TechnologyOffer' : 'TechnologyDemand')) throw new Error(`publish failed: ${JSON.stringify(response)}`);
  return result;
}
