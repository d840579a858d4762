import { register, type Account } from './support/accounts.js';
import { createAgreement } from './support/agreements.js';
import { addMember, createOrganization, type Organization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { fixtures } from './support/fixtures.js';
import { graphql } from './graphql/index.js';

const fields = `id foundedOn status version equityHeld organization { id name helix kind } parentOrganization { id } agreement { id }`;
const create = `mutation($input: CreateSpinOffInput!) { createSpinOff(input: $input) {
  __typename
  ... on SpinOff { ${fields} }
  ... on ErrorResult { code message field }
} }`;
const update = `mutation($input: UpdateSpinOffInput!) { updateSpinOff(input: $input) {
  __typename
  ... on SpinOff { ${fields} }
  ... on InvalidSpinOffTransitionError { currentStatus allowedStatuses }
  ... on ErrorResult { code message field }
} }`;
const list = graphql(`query SpinOffsSpinOffs($filter: SpinOffFilter) { spinOffs(filter: $filter) { totalCount edges { node { id foundedOn status equityHeld organization { name } parentOrganization { id } } } } }`);

const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('spin-offs', () => {
  let t: TestApp;
  let uniAdmin: Account;
  let uniEditor: Account;
  let uniMember: Account;
  let founder: Account;
  let outsider: Account;
  let university: Organization;
  let existingStartup: Organization;

  beforeAll(async () => {
    t = await startTestApp();
    [uniAdmin, uniEditor, uniMember, founder, outsider] = await Promise.all(
      ['uni-admin', 'uni-editor', 'uni-member', 'founder', 'outsider'].map((name) => register(t, `${name}@spinoffs.example.org`)),
    );
    university = await createOrganization(t, uniAdmin, 'Sample spin-off university');
    await t.dataSource.query(`UPDATE organization SET helix = 'ACADEMIA', kind = 'UNIVERSITY' WHERE id = $1`, [university.id]);
    await addMember(t, uniAdmin, university.id, uniEditor, 'EDITOR');
    await addMember(t, uniAdmin, university.id, uniMember, 'MEMBER');
    // createOrganization makes INDUSTRY / STARTUP organisations.
    existingStartup = await createOrganization(t, founder, 'Sample existing startup');
    await createOrganization(t, outsider, 'Sample outsider company');
  });

  afterAll(() => t?.close());

  it('creates the startup organisation (INDUSTRY, STARTUP) with the caller as its admin', async () => {
    const result = (
      await t.graphql(create, { input: { parentOrganizationId: university.id, newStartup: { name: 'Sample Cảm Biến JSC', description: 'Sample data' }, foundedOn: '2026-03-01', equityHeld: '15.5' } }, uniEditor.headers)
    ).data.createSpinOff;
    expect(result).toMatchObject({
      __typename: 'SpinOff',
      status: 'ACTIVE',
      foundedOn: '2026-03-01',
      equityHeld: '15.50',
      organization: { name: 'Sample Cảm Biến JSC', helix: 'INDUSTRY', kind: 'STARTUP' },
      parentOrganization: { id: university.id },
      agreement: null,
    });
    const [membership] = await t.dataSource.query(`SELECT role FROM membership WHERE organization_id = $1 AND user_id = $2`, [result.organization.id, uniEditor.id]);
    expect(membership.role).toBe('ADMIN');
    const audit = await t.dataSource.query(`SELECT organization_id FROM audit_event WHERE action = 'spin_off.created' AND entity_id = $1`, [result.id]);
    expect(audit).toEqual([{ organization_id: university.id }]);
  });

  it('hides the equity from outsiders and anonymous callers, who still see the public fields', async () => {
    const equities = async (headers?: Record<string, string>) =>
      (await t.graphql(list, { filter: { parentOrganizationId: university.id } }, headers)).data.spinOffs.edges.map((e: { node: { equityHeld: string | null } }) => e.node.equityHeld);
    expect(await equities(uniMember.headers)).toEqual(['15.50']);
    expect(await equities(outsider.headers)).toEqual([null]);
    expect(await equities()).toEqual([null]);
    const search = (await t.graphql(list, { filter: { search: 'cam bien' } })).data.spinOffs;
    expect(search.totalCount).toBe(1);
    const viaOrganization = await t.graphql(graphql(`query SpinOffsOrganization($id: ID!) { organization(id: $id) { spinOffs { totalCount } } }`), { id: university.id });
    expect(viaOrganization.data.organization.spinOffs.totalCount).toBe(1);
  });

  it('links an existing startup only for someone who edits both, under a licence to it', async () => {
    const technology = await fixtures(t).newTechnology(uniAdmin, { owners: [{ organizationId: university.id, share: '100', validFrom: '2020-01-01' }] });
    const licence = await createAgreement(t, uniEditor, { technologyIds: [technology.id], licensorIds: [university.id], licenseeId: existingStartup.id, type: 'LICENCE_EXCLUSIVE' });
    const material = await createAgreement(t, uniEditor, { technologyIds: [technology.id], licensorIds: [university.id], licenseeId: existingStartup.id, type: 'MATERIAL_TRANSFER' });
    const input = { parentOrganizationId: university.id, organizationId: existingStartup.id, foundedOn: '2025-11-01', agreementId: licence.id };
    expect(errorCode(await t.graphql(create, { input }, uniEditor.headers))).toBe('NOT_FOUND');
    expect(errorCode(await t.graphql(create, { input }, uniMember.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(create, { input }, founder.headers))).toBe('NOT_FOUND');
    await addMember(t, founder, existingStartup.id, uniEditor, 'EDITOR');
    expect((await t.graphql(create, { input: { ...input, agreementId: material.id } }, uniEditor.headers)).data.createSpinOff).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'input.agreementId',
    });
    expect((await t.graphql(create, { input: { ...input, newStartup: { name: 'x' } } }, uniEditor.headers)).errors?.[0]).toMatchObject({
      message: 'Give exactly one of organizationId or newStartup',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.newStartup' },
    });
    expect((await t.graphql(create, { input: { ...input, organizationId: null } }, uniEditor.headers)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
    const linked = (await t.graphql(create, { input }, uniEditor.headers)).data.createSpinOff;
    expect(linked).toMatchObject({ __typename: 'SpinOff', organization: { id: existingStartup.id }, agreement: { id: licence.id }, equityHeld: null });
    expect((await t.graphql(create, { input }, uniEditor.headers)).data.createSpinOff).toMatchObject({ __typename: 'InvalidInputError', field: 'input.organizationId' });

    const university2 = await createOrganization(t, uniAdmin, 'Sample other institution');
    const notStartup = await t.graphql(create, { input: { parentOrganizationId: university2.id, organizationId: university.id, foundedOn: '2025-01-01' } }, uniAdmin.headers);
    expect(notStartup.data.createSpinOff).toMatchObject({ __typename: 'InvalidInputError', field: 'input.organizationId' });
  });

  it('moves ACTIVE -> IPO -> ACQUIRED -> CLOSED, refusing illegal moves, for the parent’s editors only', async () => {
    const spinOff = (await t.graphql(create, { input: { parentOrganizationId: university.id, newStartup: { name: 'Sample lifecycle startup' }, foundedOn: '2024-01-01' } }, uniEditor.headers)).data
      .createSpinOff;
    expect(errorCode(await t.graphql(update, { input: { id: spinOff.id, expectedVersion: 1, status: 'IPO' } }, uniMember.headers))).toBe('FORBIDDEN');
    expect(errorCode(await t.graphql(update, { input: { id: spinOff.id, expectedVersion: 1, status: 'IPO' } }, outsider.headers))).toBe('NOT_FOUND');
    let version = 1;
    for (const status of ['IPO', 'ACQUIRED', 'CLOSED']) {
      const moved = (await t.graphql(update, { input: { id: spinOff.id, expectedVersion: version, status } }, uniEditor.headers)).data.updateSpinOff;
      expect(moved).toMatchObject({ status, version: version + 1 });
      version = moved.version;
    }
    const illegal = (await t.graphql(update, { input: { id: spinOff.id, expectedVersion: version, status: 'ACTIVE' } }, uniEditor.headers)).data.updateSpinOff;
    expect(illegal).toMatchObject({ __typename: 'InvalidSpinOffTransitionError', currentStatus: 'CLOSED', allowedStatuses: [] });
    const stale = (await t.graphql(update, { input: { id: spinOff.id, expectedVersion: 1, equityHeld: '10' } }, uniEditor.headers)).data.updateSpinOff;
    expect(stale).toMatchObject({ __typename: 'VersionConflictError' });
  });

  it('are read as the writes answer them, with everything below them in a fixed number of statements, whatever the page size', async () => {
    const written = [];
    for (let index = 0; index < 4; index++) {
      const result = await t.graphql(
        create,
        { input: { parentOrganizationId: university.id, newStartup: { name: `Sample statement startup ${index}`, description: 'Sample data' }, foundedOn: '2025-01-0' + (index + 1), equityHeld: index % 2 ? '7' : null } },
        uniEditor.headers,
      );
      expect(result.data.createSpinOff.__typename).toBe('SpinOff');
      written.push(result.data.createSpinOff);
    }
    const nested = `query($first: Int, $id: ID) {
      spinOffs(first: $first) { edges { node { ${fields} createdAt parentOrganization { name spinOffs(first: $first) { totalCount edges { node { id equityHeld } } } } } } }
      organization(id: $id) { spinOffs(first: $first) { edges { node { ${fields} } } } }
    }`;
    for (const reader of [uniMember, outsider]) {
      const read = await t.graphql(nested, { first: 4, id: university.id }, reader.headers);
      expect(read.errors).toBeUndefined();
      const readOnes = read.data.organization.spinOffs.edges.map((edge: { node: unknown }) => edge.node).reverse();
      // Members of the parent see the equity; others read null.
      expect(readOnes).toEqual(written.map(({ __typename, ...spinOff }) => (reader === uniMember ? spinOff : { ...spinOff, equityHeld: null })));
    }
    const statementsFor = async (first: number) => {
      const before = t.statementCount();
      const response = await t.graphql(nested, { first, id: university.id }, uniMember.headers);
      expect(response.errors).toBeUndefined();
      expect(response.data.spinOffs.edges).toHaveLength(first);
      return t.statementCount() - before;
    };
    const small = await statementsFor(1);
    const large = await statementsFor(4);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(5);
  });
});
