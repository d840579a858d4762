import { graphql } from '../graphql/index.js';
import { expectResult } from './results.js';
import type { TestApp } from './test-app.js';

export const password = 'correct horse battery staple';

export interface Account {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
  /** Headers that make a request as this person. */
  headers: Record<string, string>;
}

const registration = graphql(`mutation Register($input: RegisterInput!) { register(input: $input) {
  __typename
  ... on AuthPayload { accessToken refreshToken user { id } }
  ... on ErrorResult { code message field }
} }`);

/** Registers an account through the API and returns its tokens. */
export async function register(t: TestApp, email: string, displayName = email.split('@')[0]): Promise<Account> {
  const response = await t.graphql(registration, { input: { email, password, displayName } });
  const result = expectResult(response.data?.register, 'AuthPayload', response);
  return {
    id: result.user.id,
    email,
    accessToken: result.accessToken,
    refreshToken: result.refreshToken,
    headers: { authorization: `Bearer ${result.accessToken}` },
  };
}

/** Makes an account a platform admin (there is deliberately no API for that). */
export async function makePlatformAdmin(t: TestApp, account: Account): Promise<void> {
  await t.dataSource.query(`UPDATE user_account SET platform_role = 'PLATFORM_ADMIN' WHERE id = $1`, [account.id]);
}
