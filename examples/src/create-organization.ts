/**
 * A mutation's result union: `createOrganization` answers the organisation, or an error type that
 * implements `ErrorResult` (`code`, `message`, `field`). Expected failures are data, not GraphQL errors:
 * switch on `__typename` (or read `code`), and handle each case. Needs API_TOKEN.
 */
import { randomBytes } from 'node:crypto';
import { ApiRequestFailed, credentialsFromEnvironment, request, run } from './client.js';
import { graphql } from './gql/index.js';
import type { CreateOrganizationInput } from './gql/graphql.js';

const CreateOrganization = graphql(`
  mutation ExampleCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      __typename
      ... on Organization { id slug name helix verified }
      ... on ErrorResult { code message field }
    }
  }
`);

type Outcome = { created: { id: string; slug: string } } | { refused: { code: string; field: string | null | undefined } };

/** One organisation: what was created, or why not, every member of the union handled. */
async function createOrganization(input: CreateOrganizationInput): Promise<Outcome> {
  const { createOrganization: result } = await request(CreateOrganization, { input }, credentialsFromEnvironment());
  switch (result.__typename) {
    case 'Organization':
      console.log(`created ${result.name} (${result.slug}, ${result.helix}, verified: ${result.verified})`);
      return { created: { id: result.id, slug: result.slug } };
    case 'SlugTakenError':
      console.log(`slug taken (${result.code} in ${result.field}): ${result.message}`);
      return { refused: { code: result.code, field: result.field } };
    case 'InvalidInputError':
      console.log(`invalid input (${result.code} in ${result.field}): ${result.message}`);
      return { refused: { code: result.code, field: result.field } };
  }
}

run(async () => {
  const slug = `example-${randomBytes(4).toString('hex')}`;
  const organization = { name: `Example Lab ${slug}`, slug, helix: 'ACADEMIA', kind: 'UNIVERSITY', country: 'VN' } as const;

  const first = await createOrganization(organization);
  if (!('created' in first)) throw new Error('the first organisation should have been created');

  const again = await createOrganization(organization);
  if (!('refused' in again) || again.refused.code !== 'SLUG_TAKEN') throw new Error(`the same slug twice should be SLUG_TAKEN, got ${JSON.stringify(again)}`);

  const invalid = await createOrganization({ ...organization, slug: `${slug}-2`, secondaryHelices: ['ACADEMIA'] });
  if (!('refused' in invalid) || invalid.refused.code !== 'INVALID_INPUT') throw new Error(`a secondary helix repeating the primary one should be INVALID_INPUT, got ${JSON.stringify(invalid)}`);

  // Input the schema's rules refuse before anything runs is a GraphQL error instead, with a code and the field.
  try {
    await createOrganization({ ...organization, slug: `${slug}-3`, country: 'Vietnam' });
    throw new Error('a country that is not an ISO code should be refused');
  } catch (error) {
    if (!(error instanceof ApiRequestFailed)) throw error;
    const [refused] = error.errors;
    console.log(`refused before running: ${refused.extensions?.code} in ${refused.extensions?.field}: ${refused.message}`);
    if (refused.extensions?.code !== 'BAD_USER_INPUT') throw error;
  }

  // Two more, so that page-organizations.ts has pages to walk through.
  for (const suffix of ['b', 'c']) {
    const more = await createOrganization({ ...organization, name: `${organization.name} ${suffix}`, slug: `${slug}-${suffix}` });
    if (!('created' in more)) throw new Error(`could not create ${slug}-${suffix}`);
  }
});
