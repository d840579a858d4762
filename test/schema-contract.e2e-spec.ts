import { errorCodes } from '../src/common/error-codes.js';
import { register } from './support/accounts.js';
import { createOrganization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Calendar days are the `Date` scalar: the same YYYY-MM-DD strings as before on the wire, and a value
 * that is not a real day is BAD_USER_INPUT naming the field, written in the query or sent as a variable,
 * however often the same document runs (compiled or not).
 */
describe('Date and DateTime scalars', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const projects = `query($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }`;
  const owners = `mutation($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) { __typename } }`;
  const ownersInput = (validFrom: unknown) => ({
    technologyId: '6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e',
    expectedVersion: 1,
    owners: [{ organizationId: '6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e', share: '100', validFrom }],
  });

  it.each(['2023-02-29', '15/03/2024', '2024-03-15T00:00:00Z', '', '2024-1-5'])('refuses %p sent as a variable, each time the document runs', async (value) => {
    for (let run = 0; run < 4; run++) {
      const response = await t.graphql(projects, { filter: { activeFrom: value } });
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'activeFrom must be a calendar date written YYYY-MM-DD',
          extensions: { code: 'BAD_USER_INPUT', field: 'filter.activeFrom' },
        }),
      ]);
    }
  });

  it('refuses a value that is not a string, and names the place in a list', async () => {
    const number = await t.graphql(projects, { filter: { activeUntil: 20240315 } });
    expect(number.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.activeUntil' } });
    for (let run = 0; run < 3; run++) {
      const listed = await t.graphql(owners, { input: ownersInput('2024-02-30') });
      expect(listed.errors?.[0]).toMatchObject({
        message: 'validFrom must be a calendar date written YYYY-MM-DD',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.owners.0.validFrom' },
      });
    }
  });

  it('refuses a bad literal with the field path, before anything runs', async () => {
    const literal = await t.graphql(`{ projects(filter: {activeFrom: "2023-02-29"}) { totalCount } }`);
    expect(literal.status).toBe(400);
    expect(literal.errors).toEqual([
      expect.objectContaining({
        message: 'activeFrom must be a calendar date written YYYY-MM-DD',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.activeFrom' },
      }),
    ]);
    const inList = await t.graphql(`mutation { setTechnologyOwners(input: {technologyId: "6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e", expectedVersion: 1,
      owners: [{organizationId: "6f1c2b9e-8a31-4c57-9d2e-0b7f3a4c5d6e", share: "100", validFrom: 20240101}]}) { __typename } }`);
    expect(inList.errors).toEqual([
      expect.objectContaining({ message: 'validFrom must be a calendar date written YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT', field: 'input.owners.0.validFrom' } }),
    ]);
    const byDefault = await t.graphql(`query($from: Date = "2024-13-01") { projects(filter: {activeFrom: $from}) { totalCount } }`);
    expect(byDefault.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'from' } });
  });

  it('takes real days, as literals and variables, and answers without an error', async () => {
    for (let run = 0; run < 3; run++) {
      const variable = await t.graphql(projects, { filter: { activeFrom: '2024-02-29', activeUntil: '2026-12-31' } });
      expect(variable.errors).toBeUndefined();
      expect(variable.data.projects.totalCount).toBe(0);
    }
    const literal = await t.graphql(`{ projects(filter: {activeFrom: "2024-02-29"}) { totalCount } }`);
    expect(literal.errors).toBeUndefined();
  });

  it('describes both scalars in the schema', async () => {
    const response = await t.graphql(`{ date: __type(name: "Date") { kind description specifiedByURL } dateTime: __type(name: "DateTime") { kind description } }`);
    expect(response.data.date).toMatchObject({ kind: 'SCALAR', description: expect.stringContaining('YYYY-MM-DD') });
    expect(response.data.dateTime).toMatchObject({ kind: 'SCALAR', description: expect.stringContaining('UTC with milliseconds') });
  });
});

describe('error codes and the viewer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists every code once, described, as the ErrorCode enum, and typed results carry it beside the string code', async () => {
    const response = await t.graphql(`{ __type(name: "ErrorCode") { enumValues { name description } } }`);
    const values = response.data.__type.enumValues as { name: string; description: string }[];
    expect(values.map((value) => value.name).sort()).toEqual(Object.keys(errorCodes).sort());
    for (const value of values) expect(value.description).toBeTruthy();
    await register(t, 'taken-twice@example.org');
    const again = await t.graphql(`mutation($input: RegisterInput!) { register(input: $input) { ... on ErrorResult { code errorCode field } } }`, {
      input: { email: 'taken-twice@example.org', password: 'correct horse battery staple', displayName: 'Again' },
    });
    expect(again.data.register).toEqual({ code: 'EMAIL_TAKEN', errorCode: 'EMAIL_TAKEN', field: 'email' });
    // A GraphQL error's extensions.code is a value of the same enum.
    const anonymous = await t.graphql(`{ me { id } }`);
    expect(Object.keys(errorCodes)).toContain(anonymous.errors?.[0].extensions?.code);
  });

  it('tells a person who they are, as me does, and an API key its own record without the secret', async () => {
    const admin = await register(t, 'viewer-admin@example.org');
    const person = await t.graphql(`{ viewer { __typename ... on User { id email } } me { id email } }`, {}, admin.headers);
    expect(person.data.viewer).toEqual({ __typename: 'User', ...person.data.me });

    const organization = await createOrganization(t, admin);
    const created = await t.graphql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
      { input: { organizationId: organization.id, name: 'Province dashboard', scopes: ['READ'], expiresAt: '2099-01-01T00:00:00.000Z' } },
      admin.headers,
    );
    const { secret, apiKey } = created.data.createApiKey;
    const asKey = { 'x-api-key': secret };
    const viewer = `{ viewer { __typename ... on ApiKey { id name prefix scopes expiresAt lastUsedAt active organizationId organization { id name } } } }`;
    const first = await t.graphql(viewer, {}, asKey);
    expect(first.errors).toBeUndefined();
    expect(first.data.viewer).toMatchObject({
      __typename: 'ApiKey',
      id: apiKey.id,
      name: 'Province dashboard',
      scopes: ['READ'],
      expiresAt: '2099-01-01T00:00:00.000Z',
      active: true,
      organizationId: organization.id,
      organization: { id: organization.id, name: organization.name },
    });
    expect(JSON.stringify(first.data)).not.toContain(secret.split('_').at(-1));
    const second = await t.graphql(viewer, {}, asKey);
    expect(second.data.viewer.lastUsedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // `me` stays for people; anonymous callers are told to sign in.
    expect((await t.graphql(`{ me { id } }`, {}, asKey)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(viewer)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
