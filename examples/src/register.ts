/**
 * Creates an account and prints its access token: `API_TOKEN=$(node dist/register.js)`.
 * EXAMPLE_EMAIL and EXAMPLE_PASSWORD choose the account (a new random one by default).
 */
import { randomBytes } from 'node:crypto';
import { request, run } from './client.js';
import { graphql } from './gql/index.js';

const Register = graphql(`
  mutation ExampleRegister($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on AuthPayload { accessToken accessTokenExpiresAt user { id email } }
      ... on ErrorResult { code message field }
    }
  }
`);

run(async () => {
  const email = process.env.EXAMPLE_EMAIL ?? `example-${randomBytes(6).toString('hex')}@example.org`;
  const password = process.env.EXAMPLE_PASSWORD ?? randomBytes(18).toString('base64url');
  const { register } = await request(Register, { input: { email, password, displayName: 'Example integrator' } });
  if (register.__typename !== 'AuthPayload') throw new Error(`could not register ${email}: ${register.code} ${register.message}`);
  console.error(`registered ${register.user.email}; the token works until ${register.accessTokenExpiresAt}`);
  console.log(register.accessToken);
});
