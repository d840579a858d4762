import { graphql } from '../graphql/index.js';
import type { CreateDemandInput, CreateOfferInput, Helix, OrganizationKind } from '../graphql/graphql.js';
import type { Account } from './accounts.js';
import { createOrganization, type Organization } from './memberships.js';
import { expectResult } from './results.js';
import type { TestApp, Variables } from './test-app.js';
import { assessTrl, createTechnology } from './technologies.js';

/** A new, verified organisation of `kind` (e.g. INTERMEDIARY), `admin` its first admin. */
export async function createOrganizationOfKind(t: TestApp, admin: Account, kind: OrganizationKind, helix: Helix = 'INDUSTRY'): Promise<Organization> {
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

export const offerFields = graphql(`fragment OfferFields on TechnologyOffer {
  id kind title summary details price { amount currency } priceNote trl sectors keywords language status publishedOn expiresOn version concepts organization { id }
}`);
export const demandFields = graphql(`fragment DemandFields on TechnologyDemand {
  id title description sectors keywords language minTrl status publishedOn expiresOn version concepts budget { min max currency } organization { id }
}`);

const createOfferMutation = graphql(`mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) {
  __typename ... on TechnologyOffer { ...OfferFields } ... on ErrorResult { code message field } } }`);
const createDemandMutation = graphql(`mutation CreateDemand($input: CreateDemandInput!) { createDemand(input: $input) {
  __typename ... on TechnologyDemand { ...DemandFields } ... on ErrorResult { code message field } } }`);

export const publishOffer = graphql(`mutation PublishOffer($input: PublishExchangeItemInput!) { publishOffer(input: $input) {
  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }`);
export const renewOffer = graphql(`mutation RenewOffer($input: PublishExchangeItemInput!) { renewOffer(input: $input) {
  __typename ... on TechnologyOffer { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }`);
export const publishDemand = graphql(`mutation PublishDemand($input: PublishExchangeItemInput!) { publishDemand(input: $input) {
  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }`);
export const renewDemand = graphql(`mutation RenewDemand($input: PublishExchangeItemInput!) { renewDemand(input: $input) {
  __typename ... on TechnologyDemand { id status version expiresOn publishedOn } ... on InvalidExchangeTransitionError { allowedStatuses } ... on ErrorResult { code message field } } }`);

/** A day `days` from today, YYYY-MM-DD (UTC, as the test database runs). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Creates an offer through the API as `editor` (a licence in English unless said otherwise); throws if refused. */
export async function createOffer(t: TestApp, editor: Account, input: Variables<Omit<CreateOfferInput, 'kind' | 'language' | 'summary'> & Partial<CreateOfferInput>>) {
  const response = await t.graphql(createOfferMutation, { input: { kind: 'LICENCE', language: 'EN', summary: 'Sample data.', ...input } }, editor.headers);
  return expectResult(response.data?.createOffer, 'TechnologyOffer', response);
}

/** Creates a demand through the API as `editor` (in Vietnamese unless said otherwise); throws if refused. */
export async function createDemand(t: TestApp, editor: Account, input: Variables<Omit<CreateDemandInput, 'language' | 'description'> & Partial<CreateDemandInput>>) {
  const response = await t.graphql(createDemandMutation, { input: { language: 'VI', description: 'Sample data.', ...input } }, editor.headers);
  return expectResult(response.data?.createDemand, 'TechnologyDemand', response);
}

/** Publishes an offer or demand until `days` from today; throws if refused. */
export async function publish(t: TestApp, editor: Account, kind: 'offer' | 'demand', item: { id: string; version: number }, days = 90): Promise<{ id: string; version: number }> {
  const input = { id: item.id, expectedVersion: item.version, expiresOn: daysFromToday(days) };
  if (kind === 'offer') {
    const response = await t.graphql(publishOffer, { input }, editor.headers);
    return expectResult(response.data?.publishOffer, 'TechnologyOffer', response);
  }
  const response = await t.graphql(publishDemand, { input }, editor.headers);
  return expectResult(response.data?.publishDemand, 'TechnologyDemand', response);
}
