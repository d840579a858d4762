import { seedDemoData } from '../src/demo/seed.js';
import { demoPartnerships } from '../src/demo/demo-partnerships.js';
import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { addMember, createOrganization, type Organization } from './support/memberships.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { PartnershipStatus } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

const fields = `id type title description signedOn validFrom validUntil status documentReference version createdAt updatedAt parties { id name }`;

const create = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) {
  __typename
  ... on Partnership { ${fields} }
  ... on ErrorResult { code message field }
} }`;
const update = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) {
  __typename
  ... on Partnership { ${fields} }
  ... on VersionConflictError { currentVersion }
  ... on ErrorResult { code message field }
} }`;
const addParty = graphql(`mutation PartnershipsAddPartnershipParty($id: ID!, $org: ID!) { addPartnershipParty(partnershipId: $id, organizationId: $org) {
  __typename
  ... on Partnership { id version parties { id } }
  ... on ErrorResult { code message field }
} }`);
const removeParty = graphql(`mutation PartnershipsRemovePartnershipParty($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {
  __typename
  ... on Partnership { id version parties { id } }
  ... on ErrorResult { code message field }
} }`);
const changeStatus = graphql(`mutation PartnershipsChangePartnershipStatus($id: ID!, $status: PartnershipStatus!) { changePartnershipStatus(id: $id, status: $status) {
  __typename
  ... on Partnership { id status version }
  ... on InvalidPartnershipTransitionError { currentStatus allowedStatuses }
  ... on PartnershipConsentPendingError { pendingPartyIds }
  ... on ErrorResult { code message field }
} }`);
const one = `query($id: ID!) { partnership(id: $id) { ${fields} } }`;
const list = graphql(`query PartnershipsPartnerships($first: Int, $after: String, $filter: PartnershipFilter) { partnerships(first: $first, after: $after, filter: $filter) {
  totalCount
  edges { cursor node { id title status type parties { id name } } }
  pageInfo { hasNextPage hasPreviousPage endCursor }
} }`);
const ofOrganization = graphql(`query PartnershipsOrganization($id: ID!, $first: Int, $after: String) { organization(id: $id) { partnerships(first: $first, after: $after) {
  totalCount
  edges { node { id parties { id } } }
  pageInfo { hasNextPage endCursor }
} } }`);

const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('partnerships', () => {
  let t: TestApp;
  let adminA: Account;
  let adminB: Account;
  let adminC: Account;
  let memberA: Account;
  let editorA: Account;
  let outsider: Account;
  let platformAdmin: Account;
  let orgA: Organization;
  let orgB: Organization;
  let orgC: Organization;
  let orgD: Organization;
  let readKeyA: Record<string, string>;

  const sql = (query: string, parameters: unknown[] = []) => t.dataSource.query(query, parameters);

  const input = (values: Record<string, unknown> = {}) => ({
    type: 'MOU',
    title: 'Sample data: memorandum on applied research',
    description: 'Sample data',
    signedOn: '2024-03-15',
    validFrom: '2024-04-01',
    validUntil: '2027-03-31',
    documentReference: 'Sample data: MOU-2024-017',
    partyIds: [orgA.id, orgB.id],
    ...values,
  });

  /** A partnership made through the API by adminA (or `as`), returned as the API answers it. */
  const createPartnership = async (values: Record<string, unknown> = {}, as: Account = adminA) => {
    const response = await t.graphql(create, { input: input(values) }, as.headers);
    const result = response.data?.createPartnership;
    if (result?.__typename !== 'Partnership') throw new Error(`createPartnership failed: ${JSON.stringify(response)}`);
    return result;
  };

  const answerMutation = (name: 'acceptPartnership' | 'declinePartnership') => `mutation($id: ID!) { ${name}(partnershipId: $id) {
    __typename
    ... on Partnership { id status version consents { organizationId consent decidedAt } }
    ... on PartnershipConsentStateError { currentStatus }
    ... on ErrorResult { code message field }
  } }`;
  /** The parties `who` speaks for accept the partnership. */
  const acceptAs = async (who: Account, partnershipId: string) => {
    const response = await t.graphql(answerMutation('acceptPartnership'), { id: partnershipId }, who.headers);
    if (response.data?.acceptPartnership?.__typename !== 'Partnership') throw new Error(`acceptPartnership failed: ${JSON.stringify(response)}`);
    return response.data.acceptPartnership;
  };

  const auditRows = (partnershipId: string, action?: string) =>
    sql(
      `SELECT action, actor_user_id, organization_id, changes, request_id FROM audit_event
        WHERE entity_type = 'Partnership' AND entity_id = $1 ${action ? 'AND action = $2' : ''} ORDER BY id`,
      action ? [partnershipId, action] : [partnershipId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    adminA = await register(t, 'admin@partner-a.example', 'Nguyễn Thị Lan');
    adminB = await register(t, 'admin@partner-b.example');
    adminC = await register(t, 'admin@partner-c.example');
    memberA = await register(t, 'member@partner-a.example');
    editorA = await register(t, 'editor@partner-a.example');
    outsider = await register(t, 'outsider@elsewhere.example');
    platformAdmin = await register(t, 'platform@operator.example');
    await makePlatformAdmin(t, platformAdmin);
    orgA = await createOrganization(t, adminA, 'Sample partner A');
    orgB = await createOrganization(t, adminB, 'Sample partner B');
    orgC = await createOrganization(t, adminC, 'Sample partner C');
    orgD = await createOrganization(t, adminC, 'Sample partner D');
    await addMember(t, adminA, orgA.id, memberA, 'MEMBER');
    await addMember(t, adminA, orgA.id, editorA, 'EDITOR');
    const key = await t.graphql(
      graphql(`mutation PartnershipsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
      { input: { organizationId: orgA.id, name: 'Sample reader', scopes: ['READ'] } },
      adminA.headers,
    );
    readKeyA = { 'x-api-key': key.data.createApiKey.secret };
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('records a DRAFT partnership between two or more organisations, with its parties by name, and audits it for each party', async () => {
      const response = await t.graphql(create, { input: input({ partyIds: [orgB.id, orgA.id, orgC.id], title: '  Sample data: three-party MoU  ' }) }, adminA.headers);
      const created = response.data.createPartnership;
      expect(created).toMatchObject({
        __typename: 'Partnership',
        type: 'MOU',
        title: 'Sample data: three-party MoU',
        signedOn: '2024-03-15',
        validFrom: '2024-04-01',
        validUntil: '2027-03-31',
        status: 'DRAFT',
        documentReference: 'Sample data: MOU-2024-017',
        version: 1,
        parties: [
          { id: orgA.id, name: 'Sample partner A' },
          { id: orgB.id, name: 'Sample partner B' },
          { id: orgC.id, name: 'Sample partner C' },
        ],
      });
      const [row] = await sql(`SELECT created_by FROM partnership WHERE id = $1`, [created.id]);
      expect(row.created_by).toBe(adminA.id);

      const events = await auditRows(created.id);
      expect(events).toHaveLength(3);
      expect(new Set(events.map((event: { organization_id: string }) => event.organization_id))).toEqual(new Set([orgA.id, orgB.id, orgC.id]));
      for (const event of events) {
        expect(event).toMatchObject({ action: 'partnership.created', actor_user_id: adminA.id, request_id: expect.any(String) });
        expect(event.changes).toMatchObject({
          title: { before: null, after: 'Sample data: three-party MoU' },
          status: { before: null, after: 'DRAFT' },
          validFrom: { before: null, after: '2024-04-01' },
          partyIds: { before: null, after: [orgA.id, orgB.id, orgC.id].sort() },
        });
      }
    });

    it('answers TooFewPartiesError for fewer than two different organisations, and writes nothing', async () => {
      const before = await sql(`SELECT count(*)::int AS n FROM partnership`);
      for (const partyIds of [[orgA.id], [orgA.id, orgA.id], [orgA.id, orgA.id.toUpperCase()], []]) {
        const response = await t.graphql(create, { input: input({ partyIds }) }, adminA.headers);
        expect(response.data.createPartnership).toMatchObject({ __typename: 'TooFewPartiesError', code: 'TOO_FEW_PARTIES', field: 'input.partyIds' });
      }
      expect(await sql(`SELECT count(*)::int AS n FROM partnership`)).toEqual(before);
    });

    it('answers InvalidInputError for an unknown organisation and for validUntil before validFrom', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const missing = await t.graphql(create, { input: input({ partyIds: [orgA.id, unknown] }) }, adminA.headers);
      expect(missing.data.createPartnership).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT', field: 'input.partyIds' });
      const reversed = await t.graphql(create, { input: input({ validFrom: '2025-01-02', validUntil: '2025-01-01' }) }, adminA.headers);
      expect(reversed.data.createPartnership).toMatchObject({ __typename: 'InvalidInputError', code: 'INVALID_INPUT', field: 'input.validUntil' });
      // One day is a valid period.
      const sameDay = await createPartnership({ validFrom: '2025-01-01', validUntil: '2025-01-01' });
      expect(sameDay).toMatchObject({ validFrom: '2025-01-01', validUntil: '2025-01-01' });
    });

    it.each([
      ['signedOn', '15/03/2024'],
      ['validFrom', '2023-02-29'],
      ['validUntil', '2024-13-01'],
      ['signedOn', '2024-03-15T00:00:00Z'],
    ])('refuses %s %p as BAD_USER_INPUT naming the field', async (field, value) => {
      const response = await t.graphql(create, { input: input({ [field]: value }) }, adminA.headers);
      expect(response.errors?.[0]).toMatchObject({
        message: `${field} must be a calendar date written YYYY-MM-DD`,
        extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` },
      });
    });

    it('refuses an empty title and an unknown type before running', async () => {
      const empty = await t.graphql(create, { input: input({ title: '   ' }) }, adminA.headers);
      expect(empty.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.title' });
      const unknownType = await t.graphql(create, { input: input({ type: 'ALLIANCE' }) }, adminA.headers);
      expect(errorCode(unknownType)).toBe('BAD_USER_INPUT');
    });

    it('is for admins of a party: members, editors, outsiders and API keys are refused', async () => {
      for (const caller of [memberA, editorA, outsider]) {
        const response = await t.graphql(create, { input: input() }, caller.headers);
        expect(errorCode(response)).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.graphql(create, { input: input() }, readKeyA))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(create, { input: input() }))).toBe('UNAUTHENTICATED');
      // An admin of one party suffices; the other parties need not agree.
      await expect(createPartnership({ partyIds: [orgC.id, orgD.id] }, adminC)).resolves.toMatchObject({ status: 'DRAFT' });
      // Platform admins may record any partnership.
      await expect(createPartnership({ partyIds: [orgB.id, orgD.id] }, platformAdmin)).resolves.toMatchObject({ status: 'DRAFT' });
    });
  });

  describe('who sees what', () => {
    let partnership: { id: string; version: number };

    beforeAll(async () => {
      partnership = await createPartnership({ title: 'Sample data: visibility', partyIds: [orgA.id, orgB.id] });
    });

    it('members (any role) and API keys of a party read it; they may not change it', async () => {
      for (const headers of [memberA.headers, editorA.headers, adminB.headers, readKeyA]) {
        const response = await t.graphql(one, { id: partnership.id }, headers);
        expect(response.data.partnership).toMatchObject({ id: partnership.id, title: 'Sample data: visibility' });
      }
      for (const caller of [memberA, editorA]) {
        const updated = await t.graphql(update, { input: { id: partnership.id, expectedVersion: 1, title: 'Changed' } }, caller.headers);
        expect(errorCode(updated)).toBe('FORBIDDEN');
        expect(errorCode(await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, caller.headers))).toBe('FORBIDDEN');
        expect(errorCode(await t.graphql(addParty, { id: partnership.id, org: orgC.id }, caller.headers))).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, readKeyA))).toBe('FORBIDDEN');
      const [row] = await sql(`SELECT version, status, title FROM partnership WHERE id = $1`, [partnership.id]);
      expect(row).toEqual({ version: 1, status: 'DRAFT', title: 'Sample data: visibility' });
    });

    it('is hidden from outsiders: null, absent from lists, NOT_FOUND for changes', async () => {
      for (const headers of [outsider.headers, adminC.headers]) {
        expect((await t.graphql(one, { id: partnership.id }, headers)).data.partnership).toBeNull();
        const listed = await t.graphql(list, { first: 100 }, headers);
        expect(listed.data.partnerships.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(partnership.id);
        const ofA = await t.graphql(ofOrganization, { id: orgA.id, first: 100 }, headers);
        expect(ofA.data.organization.partnerships.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(partnership.id);
      }
      const outsiderList = await t.graphql(list, { first: 100 }, outsider.headers);
      expect(outsiderList.data.partnerships).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null } });
      const outsiderOfA = await t.graphql(ofOrganization, { id: orgA.id }, outsider.headers);
      expect(outsiderOfA.data.organization.partnerships).toMatchObject({ totalCount: 0, edges: [] });

      const attempts = [
        t.graphql(update, { input: { id: partnership.id, expectedVersion: 1, title: 'Changed' } }, outsider.headers),
        t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminC.headers),
        t.graphql(addParty, { id: partnership.id, org: orgC.id }, adminC.headers),
        t.graphql(removeParty, { id: partnership.id, org: orgB.id }, outsider.headers),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.errors?.[0]).toMatchObject({ message: 'No such partnership', extensions: { code: 'NOT_FOUND' } });
      }
      // Exactly as for one that does not exist.
      const missing = await t.graphql(changeStatus, { id: '00000000-0000-4000-8000-000000000000', status: 'ACTIVE' }, adminC.headers);
      expect(missing.errors?.[0]).toMatchObject({ message: 'No such partnership', extensions: { code: 'NOT_FOUND' } });
      expect((await t.graphql(one, { id: '00000000-0000-4000-8000-000000000000' }, adminA.headers)).data.partnership).toBeNull();
    });

    it('asks anonymous callers to sign in, and shows them no partnership of an organisation', async () => {
      expect(errorCode(await t.graphql(one, { id: partnership.id }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.graphql(list, {}))).toBe('UNAUTHENTICATED');
      const ofA = await t.graphql(ofOrganization, { id: orgA.id });
      expect(ofA.errors).toBeUndefined();
      expect(ofA.data.organization.partnerships).toMatchObject({ totalCount: 0, edges: [] });
    });

    it('shows platform admins every partnership', async () => {
      expect((await t.graphql(one, { id: partnership.id }, platformAdmin.headers)).data.partnership).toMatchObject({ id: partnership.id });
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM partnership`);
      const listed = await t.graphql(list, { first: 100 }, platformAdmin.headers);
      expect(listed.data.partnerships.totalCount).toBe(n);
      expect(listed.data.partnerships.edges).toHaveLength(n);
    });

    it('lists for each caller exactly the partnerships of the organisations they belong to', async () => {
      const visibleTo = async (headers: Record<string, string>) =>
        (await t.graphql(list, { first: 100 }, headers)).data.partnerships.edges.map((edge: { node: { id: string } }) => edge.node.id).sort();
      const expected = async (organizationIds: string[]) =>
        (await sql(`SELECT DISTINCT partnership_id FROM partnership_party WHERE organization_id = ANY($1)`, [organizationIds]))
          .map((row: { partnership_id: string }) => row.partnership_id)
          .sort();
      expect(await visibleTo(memberA.headers)).toEqual(await expected([orgA.id]));
      expect(await visibleTo(readKeyA)).toEqual(await expected([orgA.id]));
      expect(await visibleTo(adminC.headers)).toEqual(await expected([orgC.id, orgD.id]));
      expect(await visibleTo(adminB.headers)).toEqual(await expected([orgB.id]));
    });
  });

  describe('changing', () => {
    it('updates fields with the expected version, and answers VersionConflictError to a stale one', async () => {
      const partnership = await createPartnership({ title: 'Sample data: to edit' });
      const first = await t.graphql(
        update,
        { input: { id: partnership.id, expectedVersion: 1, title: 'Sample data: edited', documentReference: null, validUntil: '2030-12-31' } },
        adminB.headers,
      );
      expect(first.data.updatePartnership).toMatchObject({
        __typename: 'Partnership',
        title: 'Sample data: edited',
        documentReference: null,
        validUntil: '2030-12-31',
        validFrom: '2024-04-01',
        description: 'Sample data',
        version: 2,
      });
      expect(Date.parse(first.data.updatePartnership.updatedAt)).toBeGreaterThanOrEqual(Date.parse(partnership.updatedAt));

      const stale = await t.graphql(update, { input: { id: partnership.id, expectedVersion: 1, title: 'Sample data: lost' } }, adminA.headers);
      expect(stale.data.updatePartnership).toMatchObject({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: 2, field: 'expectedVersion' });
      const reversed = await t.graphql(update, { input: { id: partnership.id, expectedVersion: 2, validFrom: '2031-01-01' } }, adminA.headers);
      expect(reversed.data.updatePartnership).toMatchObject({ __typename: 'InvalidInputError', field: 'input.validUntil' });
      const [row] = await sql(`SELECT title, version, valid_from::text FROM partnership WHERE id = $1`, [partnership.id]);
      expect(row).toEqual({ title: 'Sample data: edited', version: 2, valid_from: '2024-04-01' });

      const events = await auditRows(partnership.id, 'partnership.updated');
      expect(events).toHaveLength(2);
      for (const event of events) {
        expect(event.actor_user_id).toBe(adminB.id);
        expect(event.changes).toEqual({
          title: { before: 'Sample data: to edit', after: 'Sample data: edited' },
          documentReference: { before: 'Sample data: MOU-2024-017', after: null },
          validUntil: { before: '2027-03-31', after: '2030-12-31' },
          // New terms: A, which accepted the old ones by recording them, is asked again.
          consentAskedAgainOf: { before: null, after: [orgA.id] },
        });
      }
    });

    it.each<[PartnershipStatus[], PartnershipStatus]>([
      [['ACTIVE'], 'ACTIVE'],
      [['ACTIVE', 'EXPIRED'], 'EXPIRED'],
      [['ACTIVE', 'TERMINATED'], 'TERMINATED'],
      [['TERMINATED'], 'TERMINATED'],
    ])('moves the status along %p, bumping the version and auditing each move', async (moves, final) => {
      const partnership = await createPartnership();
      await acceptAs(adminB, partnership.id);
      let previous: PartnershipStatus = 'DRAFT';
      let version = 2;
      for (const status of moves) {
        const response = await t.graphql(changeStatus, { id: partnership.id, status }, adminA.headers);
        expect(response.data.changePartnershipStatus).toEqual({ __typename: 'Partnership', id: partnership.id, status, version: ++version });
        const events = await auditRows(partnership.id, 'partnership.status_changed');
        expect(events.slice(-2).map((event: { changes: unknown; actor_user_id: string }) => [event.changes, event.actor_user_id])).toEqual([
          [{ status: { before: previous, after: status } }, adminA.id],
          [{ status: { before: previous, after: status } }, adminA.id],
        ]);
        previous = status;
      }
      expect((await t.graphql(one, { id: partnership.id }, adminB.headers)).data.partnership.status).toBe(final);
    });

    it.each<[PartnershipStatus[], PartnershipStatus, PartnershipStatus, PartnershipStatus[]]>([
      [[], 'EXPIRED', 'DRAFT', ['ACTIVE', 'TERMINATED']],
      [[], 'DRAFT', 'DRAFT', ['ACTIVE', 'TERMINATED']],
      [['ACTIVE'], 'DRAFT', 'ACTIVE', ['EXPIRED', 'TERMINATED']],
      [['ACTIVE'], 'ACTIVE', 'ACTIVE', ['EXPIRED', 'TERMINATED']],
      [['ACTIVE', 'EXPIRED'], 'ACTIVE', 'EXPIRED', []],
      [['ACTIVE', 'EXPIRED'], 'TERMINATED', 'EXPIRED', []],
      [['TERMINATED'], 'ACTIVE', 'TERMINATED', []],
      [['TERMINATED'], 'DRAFT', 'TERMINATED', []],
    ])('after %p refuses a move to %s with the allowed moves listed', async (setup, status, current, allowed) => {
      const partnership = await createPartnership();
      await acceptAs(adminB, partnership.id);
      for (const step of setup) await t.graphql(changeStatus, { id: partnership.id, status: step }, adminA.headers);
      const auditBefore = (await auditRows(partnership.id)).length;
      const response = await t.graphql(changeStatus, { id: partnership.id, status }, adminA.headers);
      expect(response.data.changePartnershipStatus).toMatchObject({
        __typename: 'InvalidPartnershipTransitionError',
        code: 'INVALID_TRANSITION',
        field: 'status',
        currentStatus: current,
        allowedStatuses: allowed,
      });
      const [row] = await sql(`SELECT status, version FROM partnership WHERE id = $1`, [partnership.id]);
      expect(row).toEqual({ status: current, version: 2 + setup.length });
      expect(await auditRows(partnership.id)).toHaveLength(auditBefore);
    });

    it('adds and removes parties, never leaving fewer than two, and audits each change for every party concerned', async () => {
      const partnership = await createPartnership({ partyIds: [orgA.id, orgB.id, orgC.id] });
      const removed = await t.graphql(removeParty, { id: partnership.id, org: orgC.id }, adminA.headers);
      expect(removed.data.removePartnershipParty).toEqual({
        __typename: 'Partnership',
        id: partnership.id,
        version: 2,
        parties: [{ id: orgA.id }, { id: orgB.id }],
      });
      // The removed party's members no longer see it.
      expect((await t.graphql(one, { id: partnership.id }, adminC.headers)).data.partnership).toBeNull();

      const tooFew = await t.graphql(removeParty, { id: partnership.id, org: orgB.id }, adminA.headers);
      expect(tooFew.data.removePartnershipParty).toMatchObject({ __typename: 'TooFewPartiesError', code: 'TOO_FEW_PARTIES', field: 'organizationId' });
      const notParty = await t.graphql(removeParty, { id: partnership.id, org: orgD.id }, adminA.headers);
      expect(notParty.data.removePartnershipParty).toMatchObject({ __typename: 'InvalidInputError', field: 'organizationId' });
      const already = await t.graphql(addParty, { id: partnership.id, org: orgB.id }, adminA.headers);
      expect(already.data.addPartnershipParty).toMatchObject({ __typename: 'InvalidInputError', field: 'organizationId' });
      const unknown = await t.graphql(addParty, { id: partnership.id, org: '00000000-0000-4000-8000-000000000000' }, adminA.headers);
      expect(unknown.data.addPartnershipParty).toMatchObject({ __typename: 'InvalidInputError', field: 'organizationId' });

      const added = await t.graphql(addParty, { id: partnership.id, org: orgD.id }, adminB.headers);
      expect(added.data.addPartnershipParty).toMatchObject({ __typename: 'Partnership', version: 3 });
      expect(expectResult(added.data.addPartnershipParty, 'Partnership').parties.map((party: { id: string }) => party.id).sort()).toEqual([orgA.id, orgB.id, orgD.id].sort());
      // Now two can go: B leaves, and the last two stay.
      expect(expectResult((await t.graphql(removeParty, { id: partnership.id, org: orgB.id }, adminA.headers)).data.removePartnershipParty, 'Partnership').parties).toHaveLength(2);
      expect((await t.graphql(removeParty, { id: partnership.id, org: orgA.id }, adminC.headers)).data.removePartnershipParty.__typename).toBe('TooFewPartiesError');
      expect(await sql(`SELECT count(*)::int AS n FROM partnership_party WHERE partnership_id = $1`, [partnership.id])).toEqual([{ n: 2 }]);

      const events = await auditRows(partnership.id);
      const summary = events
        .filter((event: { action: string }) => event.action !== 'partnership.created')
        .map((event: { action: string; actor_user_id: string; organization_id: string }) => [event.action, event.actor_user_id, event.organization_id]);
      const sorted = (...organizations: Organization[]) => organizations.map((organization) => organization.id).sort();
      // One row per party concerned (the removed one included), in the order of their ids.
      expect(summary).toEqual([
        ...sorted(orgA, orgB, orgC).map((org) => ['partnership.party_removed', adminA.id, org]),
        ...sorted(orgA, orgB, orgD).map((org) => ['partnership.party_added', adminB.id, org]),
        ...sorted(orgA, orgB, orgD).map((org) => ['partnership.party_removed', adminA.id, org]),
      ]);
      const addedEvent = events.find((event: { action: string }) => event.action === 'partnership.party_added');
      expect(addedEvent.changes).toEqual({ partyIds: { before: [orgA.id, orgB.id].sort(), after: [orgA.id, orgB.id, orgD.id].sort() } });
    });

    it('keeps two parties when two are removed at the same time', async () => {
      const partnership = await createPartnership({ partyIds: [orgA.id, orgB.id, orgC.id] });
      const results = await Promise.all([
        t.graphql(removeParty, { id: partnership.id, org: orgB.id }, adminA.headers),
        t.graphql(removeParty, { id: partnership.id, org: orgC.id }, adminA.headers),
      ]);
      expect(results.map((response) => response.data.removePartnershipParty.__typename).sort()).toEqual(['Partnership', 'TooFewPartiesError']);
      expect(await sql(`SELECT count(*)::int AS n FROM partnership_party WHERE partnership_id = $1`, [partnership.id])).toEqual([{ n: 2 }]);
    });

    it('rolls back a change whose audit fails, with the rest of the mutation', async () => {
      const partnership = await createPartnership();
      await acceptAs(adminB, partnership.id);
      // A fault of the server, not of the input (a rule broken by the input would be BAD_USER_INPUT).
      await sql(`CREATE FUNCTION sample_fail_status_audit() RETURNS trigger LANGUAGE plpgsql AS $$
                   BEGIN IF NEW.action = 'partnership.status_changed' THEN RAISE EXCEPTION 'sample audit failure'; END IF; RETURN NEW; END $$`);
      await sql(`CREATE TRIGGER sample_fail_status_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION sample_fail_status_audit()`);
      try {
        const response = await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminA.headers);
        expect(errorCode(response)).toBe('INTERNAL');
      } finally {
        await sql(`DROP TRIGGER sample_fail_status_audit ON audit_event`);
        await sql(`DROP FUNCTION sample_fail_status_audit()`);
      }
      expect(await sql(`SELECT status, version FROM partnership WHERE id = $1`, [partnership.id])).toEqual([{ status: 'DRAFT', version: 2 }]);
    });
  });

  describe('consent', () => {
    let committee: Organization;
    let committeeAdmin: Account;
    let committeeEditor: Account;
    let committeeMember: Account;

    beforeAll(async () => {
      committeeAdmin = await register(t, 'admin@committee.example');
      committeeEditor = await register(t, 'editor@committee.example');
      committeeMember = await register(t, 'member@committee.example');
      committee = await createOrganization(t, committeeAdmin, 'Sample People’s Committee');
      await addMember(t, committeeAdmin, committee.id, committeeEditor, 'EDITOR');
      await addMember(t, committeeAdmin, committee.id, committeeMember, 'MEMBER');
    });

    const consents = async (id: string) =>
      (await sql(`SELECT organization_id, consent FROM partnership_party WHERE partnership_id = $1 ORDER BY organization_id`, [id])).map(
        (row: { organization_id: string; consent: string }) => [row.organization_id, row.consent],
      );
    const byId = (...pairs: [Organization, string][]) => pairs.map(([org, consent]) => [org.id, consent]).sort((a, b) => a[0].localeCompare(b[0]));

    it('keeps a partnership naming another organisation in DRAFT until that organisation accepts it', async () => {
      const partnership = await createPartnership({ partyIds: [orgA.id, committee.id] });
      expect(await consents(partnership.id)).toEqual(byId([orgA, 'ACCEPTED'], [committee, 'PENDING']));

      const refused = await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminA.headers);
      expect(refused.data.changePartnershipStatus).toMatchObject({ __typename: 'PartnershipConsentPendingError', code: 'CONSENT_PENDING', field: 'status' });
      expect(await sql(`SELECT status, version FROM partnership WHERE id = $1`, [partnership.id])).toEqual([{ status: 'DRAFT', version: 1 }]);

      // The creator cannot answer for the committee; a plain member of it cannot either; outsiders do not see it.
      expect(errorCode(await t.graphql(answerMutation('acceptPartnership'), { id: partnership.id }, memberA.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(answerMutation('acceptPartnership'), { id: partnership.id }, committeeMember.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(answerMutation('acceptPartnership'), { id: partnership.id }, outsider.headers))).toBe('NOT_FOUND');
      expect(errorCode(await t.graphql(answerMutation('acceptPartnership'), { id: partnership.id }, platformAdmin.headers))).toBe('FORBIDDEN');
      expect(await consents(partnership.id)).toEqual(byId([orgA, 'ACCEPTED'], [committee, 'PENDING']));

      const accepted = await acceptAs(committeeEditor, partnership.id);
      expect(accepted).toMatchObject({ status: 'DRAFT', version: 2 });
      expect(accepted.consents).toEqual(
        expect.arrayContaining([{ organizationId: committee.id, consent: 'ACCEPTED', decidedAt: expect.any(String) }, expect.objectContaining({ organizationId: orgA.id, consent: 'ACCEPTED' })]),
      );
      const events = await auditRows(partnership.id, 'partnership.accepted');
      expect(events.map((event: { organization_id: string; actor_user_id: string }) => [event.organization_id, event.actor_user_id]).sort()).toEqual(
        [[orgA.id, committeeEditor.id], [committee.id, committeeEditor.id]].sort(),
      );
      const active = await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminA.headers);
      expect(active.data.changePartnershipStatus).toMatchObject({ __typename: 'Partnership', status: 'ACTIVE' });
      const late = await t.graphql(answerMutation('declinePartnership'), { id: partnership.id }, committeeAdmin.headers);
      expect(late.data.declinePartnership).toMatchObject({ __typename: 'PartnershipConsentStateError', code: 'CONSENT_STATE', currentStatus: 'ACTIVE' });
    });

    it('stays DRAFT when a party declines, and asks again after its terms change', async () => {
      const partnership = await createPartnership({ partyIds: [orgA.id, committee.id] });
      const declined = await t.graphql(answerMutation('declinePartnership'), { id: partnership.id }, committeeAdmin.headers);
      expect(declined.data.declinePartnership).toMatchObject({ __typename: 'Partnership', status: 'DRAFT' });
      const refused = await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminA.headers);
      expect(refused.data.changePartnershipStatus).toMatchObject({ __typename: 'PartnershipConsentPendingError', pendingPartyIds: [committee.id] });

      await acceptAs(committeeAdmin, partnership.id);
      const [{ version }] = await sql(`SELECT version FROM partnership WHERE id = $1`, [partnership.id]);
      // A accepted the old title: new terms need the committee's consent again.
      await t.graphql(update, { input: { id: partnership.id, expectedVersion: version, title: 'Sample data: different terms' } }, adminA.headers);
      expect(await consents(partnership.id)).toEqual(byId([orgA, 'ACCEPTED'], [committee, 'PENDING']));
      expect((await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminA.headers)).data.changePartnershipStatus.__typename).toBe('PartnershipConsentPendingError');
    });

    it('takes no unconsenting party into an ACTIVE partnership, and the database refuses ACTIVE without consent', async () => {
      const partnership = await createPartnership({ partyIds: [orgA.id, orgB.id] });
      await acceptAs(adminB, partnership.id);
      await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminA.headers);
      const added = await t.graphql(addParty, { id: partnership.id, org: committee.id }, adminA.headers);
      expect(added.data.addPartnershipParty).toMatchObject({ __typename: 'InvalidInputError', field: 'organizationId' });
      expect(await consents(partnership.id)).toEqual(byId([orgA, 'ACCEPTED'], [orgB, 'ACCEPTED']));

      const draft = await createPartnership({ partyIds: [orgA.id, committee.id] });
      await expect(sql(`UPDATE partnership SET status = 'ACTIVE' WHERE id = $1`, [draft.id])).rejects.toMatchObject({ constraint: 'partnership_active_needs_consent' });
      await expect(
        // The database's own rule, below the API.
        t.dataSource.transaction((manager) => manager.query(`INSERT INTO partnership_party (partnership_id, organization_id) VALUES ($1, $2)`, [partnership.id, orgC.id])),
      ).rejects.toMatchObject({ constraint: 'partnership_active_needs_consent' });
    });
  });

  describe('amendments and withdrawals of agreed partnerships', () => {
    let council: Organization;
    let councilAdmin: Account;
    let councilEditor: Account;
    let councilMember: Account;

    beforeAll(async () => {
      councilAdmin = await register(t, 'admin@council.example');
      councilEditor = await register(t, 'editor@council.example');
      councilMember = await register(t, 'member@council.example');
      council = await createOrganization(t, councilAdmin, 'Sample city council');
      await addMember(t, councilAdmin, council.id, councilEditor, 'EDITOR');
      await addMember(t, councilAdmin, council.id, councilMember, 'MEMBER');
    });

    const amendmentFields = `id partnershipId status baseVersion proposedBy createdAt decidedAt
      changes { field before after } consents { organizationId consent decidedAt }`;
    const updateAmending = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) {
      __typename
      ... on Partnership { id title version }
      ... on PartnershipAmendment { ${amendmentFields} }
      ... on VersionConflictError { currentVersion }
      ... on ErrorResult { code message field }
    } }`;
    const answerAmendment = (name: 'acceptPartnershipAmendment' | 'declinePartnershipAmendment') => `mutation($id: ID!) { ${name}(amendmentId: $id) {
      __typename
      ... on PartnershipAmendment { ${amendmentFields} partnership { id title validUntil version } }
      ... on PartnershipAmendmentStateError { status }
      ... on VersionConflictError { currentVersion }
      ... on ErrorResult { code message field }
    } }`;
    const withAmendment = `query($id: ID!) { partnership(id: $id) { id title version amendment { ${amendmentFields} } } }`;
    const removeWithReason = graphql(`mutation PartnershipsRemovePartnershipParty2($id: ID!, $org: ID!) { removePartnershipParty(partnershipId: $id, organizationId: $org) {
      __typename
      ... on Partnership { id status version parties { id } }
      ... on PartyWithdrawalRequiredError { partyId }
      ... on ErrorResult { code message field }
    } }`);

    const terms = async (id: string) => (await sql(`SELECT title, valid_until::text, version, status FROM partnership WHERE id = $1`, [id]))[0];
    const answered = async (who: Account, name: 'acceptPartnershipAmendment' | 'declinePartnershipAmendment', id: string) =>
      (await t.graphql(answerAmendment(name), { id }, who.headers)).data?.[name];
    const byOrganization = (...pairs: [Organization, string][]) =>
      pairs.map(([org, consent]) => ({ organizationId: org.id, consent })).sort((a, b) => a.organizationId.localeCompare(b.organizationId));

    /** An ACTIVE partnership recorded by adminA, accepted by the admins given; its id and version. */
    const activePartnership = async (parties: Organization[], acceptors: Account[], as: Account = adminA) => {
      const partnership = await createPartnership({ partyIds: parties.map((party) => party.id), title: 'Sample data: agreed terms' }, as);
      for (const acceptor of acceptors) await acceptAs(acceptor, partnership.id);
      const active = await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, as.headers);
      expect(active.data.changePartnershipStatus).toMatchObject({ __typename: 'Partnership', status: 'ACTIVE' });
      return { id: partnership.id as string, version: expectResult(active.data.changePartnershipStatus, 'Partnership').version as number };
    };

    it('keeps a one-party admin’s change of an ACTIVE partnership’s terms as an amendment, applied when the last party accepts', async () => {
      const { id, version } = await activePartnership([orgA, orgB, council], [adminB, councilAdmin]);
      const proposed = await t.graphql(updateAmending, { input: { id, expectedVersion: version, title: 'Sample data: amended terms', validUntil: null } }, adminA.headers);
      const amendment = proposed.data.updatePartnership;
      expect(amendment).toMatchObject({
        __typename: 'PartnershipAmendment',
        partnershipId: id,
        status: 'PENDING',
        baseVersion: version,
        proposedBy: adminA.id,
        decidedAt: null,
        changes: [
          { field: 'title', before: 'Sample data: agreed terms', after: 'Sample data: amended terms' },
          { field: 'validUntil', before: '2027-03-31', after: null },
        ],
      });
      expect(amendment.consents.map(({ organizationId, consent }: { organizationId: string; consent: string }) => ({ organizationId, consent }))).toEqual(
        byOrganization([orgA, 'ACCEPTED'], [orgB, 'PENDING'], [council, 'PENDING']),
      );
      // Nothing changed yet, not even the version: the terms are still those every party accepted.
      expect(await terms(id)).toEqual({ title: 'Sample data: agreed terms', valid_until: '2027-03-31', version, status: 'ACTIVE' });

      // Every member of a party sees the open amendment; outsiders see neither it nor the partnership.
      for (const reader of [adminB, memberA, councilMember]) {
        expect((await t.graphql(withAmendment, { id }, reader.headers)).data.partnership.amendment).toMatchObject({ id: amendment.id, status: 'PENDING' });
      }
      expect((await t.graphql(withAmendment, { id }, readKeyA)).data.partnership.amendment.id).toBe(amendment.id);
      expect((await t.graphql(withAmendment, { id }, outsider.headers)).data.partnership).toBeNull();

      // Only editors and admins of a party answer for it; others are FORBIDDEN, outsiders NOT_FOUND.
      for (const [who, code] of [[outsider, 'NOT_FOUND'], [memberA, 'FORBIDDEN'], [councilMember, 'FORBIDDEN'], [platformAdmin, 'FORBIDDEN']] as const) {
        const response = await t.graphql(answerAmendment('acceptPartnershipAmendment'), { id: amendment.id }, who.headers);
        expect([errorCode(response), response.data?.acceptPartnershipAmendment ?? null]).toEqual([code, null]);
      }

      const first = await answered(adminB, 'acceptPartnershipAmendment', amendment.id);
      expect(first).toMatchObject({ __typename: 'PartnershipAmendment', status: 'PENDING', partnership: { title: 'Sample data: agreed terms', version } });
      expect(first.consents.find((consent: { organizationId: string }) => consent.organizationId === orgB.id)).toEqual({
        organizationId: orgB.id,
        consent: 'ACCEPTED',
        decidedAt: expect.any(String),
      });
      expect(await terms(id)).toMatchObject({ title: 'Sample data: agreed terms', version });

      const last = await answered(councilEditor, 'acceptPartnershipAmendment', amendment.id);
      expect(last).toMatchObject({
        __typename: 'PartnershipAmendment',
        status: 'APPLIED',
        decidedAt: expect.any(String),
        partnership: { id, title: 'Sample data: amended terms', validUntil: null, version: version + 1 },
      });
      expect(await terms(id)).toEqual({ title: 'Sample data: amended terms', valid_until: null, version: version + 1, status: 'ACTIVE' });
      expect((await t.graphql(withAmendment, { id }, adminB.headers)).data.partnership.amendment).toBeNull();
      const late = await answered(adminA, 'declinePartnershipAmendment', amendment.id);
      expect(late).toMatchObject({ __typename: 'PartnershipAmendmentStateError', code: 'AMENDMENT_STATE', status: 'APPLIED', field: 'amendmentId' });

      // Each step is in every party's audit trail, so it reaches each party's activity feed.
      const events = (await auditRows(id)).filter((event: { action: string }) => event.action.startsWith('partnership.amendment'));
      const parties = [orgA.id, orgB.id, council.id].sort();
      expect(events.map((event: { action: string; organization_id: string; actor_user_id: string }) => [event.action, event.organization_id, event.actor_user_id])).toEqual([
        ...parties.map((org) => ['partnership.amendment_proposed', org, adminA.id]),
        ...parties.map((org) => ['partnership.amendment_accepted', org, adminB.id]),
        ...parties.map((org) => ['partnership.amendment_accepted', org, councilEditor.id]),
        ...parties.map((org) => ['partnership.amendment_applied', org, councilEditor.id]),
      ]);
      expect(events[0].changes).toEqual({
        title: { before: 'Sample data: agreed terms', after: 'Sample data: amended terms' },
        validUntil: { before: '2027-03-31', after: null },
        amendmentId: { before: null, after: amendment.id },
        awaitingConsentOf: { before: null, after: [orgB.id, council.id].sort() },
      });
      expect(events.at(-1).changes).toEqual({
        title: { before: 'Sample data: agreed terms', after: 'Sample data: amended terms' },
        validUntil: { before: '2027-03-31', after: null },
        amendmentId: { before: null, after: amendment.id },
      });
    });

    it('closes an amendment a party declines and leaves the terms as they were; a newer amendment or any other change supersedes the open one', async () => {
      const { id, version } = await activePartnership([orgA, council], [councilAdmin]);
      const propose = async (title: string, expectedVersion = version) =>
        (await t.graphql(updateAmending, { input: { id, expectedVersion, title } }, adminA.headers)).data.updatePartnership;

      const older = await propose('Sample data: first proposal');
      const newer = await propose('Sample data: second proposal');
      expect(newer).toMatchObject({ __typename: 'PartnershipAmendment', status: 'PENDING' });
      expect(await answered(councilAdmin, 'acceptPartnershipAmendment', older.id)).toMatchObject({ __typename: 'PartnershipAmendmentStateError', status: 'SUPERSEDED' });
      const superseded = await auditRows(id, 'partnership.amendment_superseded');
      expect(superseded.map((event: { organization_id: string }) => event.organization_id).sort()).toEqual([orgA.id, council.id].sort());
      expect(superseded[0].changes).toEqual({ amendmentId: { before: null, after: older.id }, amendmentStatus: { before: 'PENDING', after: 'SUPERSEDED' } });

      const declined = await answered(councilEditor, 'declinePartnershipAmendment', newer.id);
      expect(declined).toMatchObject({ __typename: 'PartnershipAmendment', status: 'DECLINED', decidedAt: expect.any(String), partnership: { title: 'Sample data: agreed terms', version } });
      expect(await terms(id)).toMatchObject({ title: 'Sample data: agreed terms', version });
      expect((await t.graphql(withAmendment, { id }, adminA.headers)).data.partnership.amendment).toBeNull();
      expect(await auditRows(id, 'partnership.amendment_declined')).toHaveLength(2);

      // A stale version is refused before anything is proposed.
      expect(await propose('Sample data: stale', version - 1)).toMatchObject({ __typename: 'VersionConflictError', currentVersion: version });

      // The partnership moved under an open amendment (a write outside the API): accepting it applies nothing.
      const stale = await propose('Sample data: third proposal');
      await sql(`UPDATE partnership SET version = version + 1 WHERE id = $1`, [id]);
      const conflict = await answered(councilAdmin, 'acceptPartnershipAmendment', stale.id);
      expect(conflict).toMatchObject({ __typename: 'VersionConflictError', code: 'VERSION_CONFLICT', currentVersion: version + 1, field: 'amendmentId' });
      expect(await terms(id)).toMatchObject({ title: 'Sample data: agreed terms', version: version + 1 });
      expect(await sql(`SELECT status FROM partnership_amendment WHERE id = $1`, [stale.id])).toEqual([{ status: 'SUPERSEDED' }]);

      // Ending the partnership supersedes its open amendment.
      const open = await propose('Sample data: fourth proposal', version + 1);
      await t.graphql(changeStatus, { id, status: 'TERMINATED' }, councilAdmin.headers);
      expect(await answered(councilAdmin, 'acceptPartnershipAmendment', open.id)).toMatchObject({ __typename: 'PartnershipAmendmentStateError', status: 'SUPERSEDED' });
      expect(await terms(id)).toMatchObject({ title: 'Sample data: agreed terms', status: 'TERMINATED' });
    });

    it('holds one open amendment per partnership and no applied amendment without every consent in the database', async () => {
      const { id, version } = await activePartnership([orgA, council], [councilAdmin]);
      const amendment = (await t.graphql(updateAmending, { input: { id, expectedVersion: version, title: 'Sample data: proposal' } }, adminA.headers)).data.updatePartnership;
      await expect(
        // The database's own rules, below the API.
        sql(`INSERT INTO partnership_amendment (partnership_id, changes, base_version) VALUES ($1, '{"title": {"before": "a", "after": "b"}}', $2)`, [id, version]),
      ).rejects.toMatchObject({ constraint: 'partnership_amendment_open_idx' });
      await expect(sql(`UPDATE partnership_amendment SET status = 'APPLIED', decided_at = now() WHERE id = $1`, [amendment.id])).rejects.toMatchObject({
        constraint: 'partnership_amendment_applied_needs_consent',
      });
      await expect(sql(`UPDATE partnership_amendment SET status = 'DECLINED' WHERE id = $1`, [amendment.id])).rejects.toMatchObject({
        constraint: 'partnership_amendment_decided_when_closed',
      });
    });

    it('applies a change of an ACTIVE partnership at once for someone who speaks for every party', async () => {
      const { id, version } = await activePartnership([orgC, orgD], [], adminC);
      const changed = await t.graphql(updateAmending, { input: { id, expectedVersion: version, title: 'Sample data: both sides agree' } }, adminC.headers);
      expect(changed.data.updatePartnership).toEqual({ __typename: 'Partnership', id, title: 'Sample data: both sides agree', version: version + 1 });
      expect(await auditRows(id, 'partnership.updated')).toHaveLength(2);
      expect(await sql(`SELECT count(*)::int AS n FROM partnership_amendment WHERE partnership_id = $1`, [id])).toEqual([{ n: 0 }]);
    });

    it('refuses to remove another party from an ACTIVE partnership; a party withdraws itself and the others go on', async () => {
      const { id, version } = await activePartnership([orgA, orgB, council], [adminB, councilAdmin]);
      const open = (await t.graphql(updateAmending, { input: { id, expectedVersion: version, title: 'Sample data: pending' } }, adminA.headers)).data.updatePartnership;
      for (const who of [adminA, platformAdmin, editorA]) {
        const refused = await t.graphql(removeWithReason, { id, org: council.id }, who.headers);
        expect(refused.data.removePartnershipParty).toMatchObject({ __typename: 'PartyWithdrawalRequiredError', code: 'WITHDRAWAL_REQUIRED', field: 'organizationId', partyId: council.id });
      }
      expect(errorCode(await t.graphql(removeWithReason, { id, org: council.id }, memberA.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(removeWithReason, { id, org: council.id }, councilMember.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(removeWithReason, { id, org: council.id }, outsider.headers))).toBe('NOT_FOUND');
      expect(await sql(`SELECT count(*)::int AS n FROM partnership_party WHERE partnership_id = $1`, [id])).toEqual([{ n: 3 }]);
      expect(await terms(id)).toMatchObject({ version });

      // The council's editor withdraws it: the partnership goes on, ACTIVE, between A and B.
      const withdrawn = await t.graphql(removeWithReason, { id, org: council.id }, councilEditor.headers);
      expect(withdrawn.data.removePartnershipParty).toMatchObject({ __typename: 'Partnership', status: 'ACTIVE', version: version + 1 });
      expect(expectResult(withdrawn.data.removePartnershipParty, 'Partnership').parties.map((party: { id: string }) => party.id).sort()).toEqual([orgA.id, orgB.id].sort());
      expect((await t.graphql(one, { id }, councilAdmin.headers)).data.partnership).toBeNull();
      const events = await auditRows(id, 'partnership.party_withdrawn');
      expect(events.map((event: { organization_id: string; actor_user_id: string }) => [event.organization_id, event.actor_user_id]).sort()).toEqual(
        [orgA.id, orgB.id, council.id].sort().map((org) => [org, councilEditor.id]),
      );
      // The amendment was made for three parties: it is superseded, and the council was told.
      expect(await sql(`SELECT status FROM partnership_amendment WHERE id = $1`, [open.id])).toEqual([{ status: 'SUPERSEDED' }]);
      expect((await auditRows(id, 'partnership.amendment_superseded')).map((event: { organization_id: string }) => event.organization_id).sort()).toEqual(
        [orgA.id, orgB.id, council.id].sort(),
      );

      // Two parties stay: the last but one cannot withdraw (the partnership is terminated instead).
      const tooFew = await t.graphql(removeWithReason, { id, org: orgB.id }, adminB.headers);
      expect(tooFew.data.removePartnershipParty).toMatchObject({ __typename: 'TooFewPartiesError', field: 'organizationId' });
    });

    it('refuses a party that does not speak for every party taking in a new one', async () => {
      const { id } = await activePartnership([orgA, orgB], [adminB]);
      const own = await createOrganization(t, adminA, 'Sample partner A2');
      const added = await t.graphql(addParty, { id, org: own.id }, adminA.headers);
      expect(added.data.addPartnershipParty).toMatchObject({ __typename: 'InvalidInputError', field: 'organizationId' });
      expect(await sql(`SELECT count(*)::int AS n FROM partnership_party WHERE partnership_id = $1`, [id])).toEqual([{ n: 2 }]);
    });

    it('answers hostile amendment ids with BAD_USER_INPUT or NOT_FOUND, never INTERNAL', async () => {
      const { id } = await activePartnership([orgA, orgB], [adminB]);
      for (const name of ['acceptPartnershipAmendment', 'declinePartnershipAmendment'] as const) {
        for (const [value, code] of [
          ['not-a-uuid', 'BAD_USER_INPUT'],
          ['', 'BAD_USER_INPUT'],
          ['00000000-0000-0000-0000-000000000000\u0000', 'BAD_USER_INPUT'],
          ['00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
          [id, 'NOT_FOUND'],
        ]) {
          expect([value, errorCode(await t.graphql(answerAmendment(name), { id: value }, adminA.headers))]).toEqual([value, code]);
        }
      }
    });

    it('reads the open amendments of a page of partnerships in the same number of statements for 2 or 50', async () => {
      const query = graphql(`query PartnershipsPartnerships2($first: Int) { partnerships(first: $first) { edges { node { id amendment { id changes { field } consents { organizationId consent } } } } } }`);
      const statements = async (first: number) => {
        const before = t.statementCount();
        const response = await t.graphql(query, { first }, platformAdmin.headers);
        expect(response.errors).toBeUndefined();
        const nodes = response.data.partnerships.edges.map((edge: { node: { amendment: unknown } }) => edge.node);
        return { statements: t.statementCount() - before, nodes: nodes.length, amended: nodes.filter((node: { amendment: unknown }) => node.amendment).length };
      };
      const small = await statements(2);
      const large = await statements(50);
      expect(large.nodes).toBeGreaterThan(10);
      expect(large.amended).toBeGreaterThanOrEqual(1);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('lists', () => {
    let orgE: Organization;
    let orgF: Organization;
    let adminE: Account;
    const made: string[] = [];

    beforeAll(async () => {
      adminE = await register(t, 'admin@partner-e.example');
      orgE = await createOrganization(t, adminE, 'Sample partner E');
      orgF = await createOrganization(t, adminE, 'Sample partner F');
      // Twelve partnerships of E, with F or with F and A; the last ones are NDAs and active.
      for (let i = 0; i < 12; i++) {
        const partnership = await createPartnership(
          {
            title: `Sample data: list ${i}`,
            type: i >= 8 ? 'NDA' : 'RESEARCH_CONTRACT',
            partyIds: i % 2 === 0 ? [orgE.id, orgF.id] : [orgE.id, orgF.id, orgA.id],
            validFrom: `20${10 + i}-01-01`,
            validUntil: i % 3 === 0 ? null : `20${10 + i}-12-31`,
          },
          adminE,
        );
        if (i >= 8 && i % 2 === 1) await acceptAs(adminA, partnership.id);
        if (i >= 8) await t.graphql(changeStatus, { id: partnership.id, status: 'ACTIVE' }, adminE.headers);
        made.unshift(partnership.id);
      }
    });

    const ids = (response: GraphQLResponse) => response.data.partnerships.edges.map((edge: { node: { id: string } }) => edge.node.id);

    it('pages newest first with keyset cursors', async () => {
      const filter = { organizationId: orgE.id };
      const pageOne = await t.graphql(list, { first: 5, filter }, adminE.headers);
      expect(ids(pageOne)).toEqual(made.slice(0, 5));
      expect(pageOne.data.partnerships).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      const pageTwo = await t.graphql(list, { first: 5, after: pageOne.data.partnerships.pageInfo.endCursor, filter }, adminE.headers);
      expect(ids(pageTwo)).toEqual(made.slice(5, 10));
      const pageThree = await t.graphql(list, { first: 5, after: pageTwo.data.partnerships.pageInfo.endCursor, filter }, adminE.headers);
      expect(ids(pageThree)).toEqual(made.slice(10));
      expect(pageThree.data.partnerships.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const bad = await t.graphql(list, { first: 5, after: 'not-a-cursor' }, adminE.headers);
      expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      const tooMany = await t.graphql(list, { first: 101 }, adminE.headers);
      expect(tooMany.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('filters by organisation, type, status and the day they are in force', async () => {
      const count = async (filter: Record<string, unknown>, headers = adminE.headers) => (await t.graphql(list, { first: 100, filter }, headers)).data.partnerships.totalCount;
      expect(await count({ organizationId: orgE.id, type: 'NDA' })).toBe(4);
      expect(await count({ organizationId: orgE.id, status: 'ACTIVE' })).toBe(4);
      expect(await count({ organizationId: orgE.id, status: 'DRAFT', type: 'RESEARCH_CONTRACT' })).toBe(8);
      // i = 8..11 are active: valid 2018-2021 (open-ended for 9, i.e. 2019-; ends 12-31 of their year otherwise).
      expect(await count({ organizationId: orgE.id, activeOn: '2018-06-01' })).toBe(1);
      expect(await count({ organizationId: orgE.id, activeOn: '2020-06-01' })).toBe(2);
      expect(await count({ organizationId: orgE.id, activeOn: '2017-06-01' })).toBe(0);
      // Drafts in force by their dates do not count.
      expect(await count({ organizationId: orgE.id, activeOn: '2012-06-01' })).toBe(0);
      // A's members see only the odd ones, which A is a party to.
      expect(await count({ organizationId: orgE.id }, memberA.headers)).toBe(6);
      // Filtering by an organisation does not widen what one sees.
      expect(await count({ organizationId: orgE.id }, outsider.headers)).toBe(0);
      const invalid = await t.graphql(list, { filter: { activeOn: '2020-02-30' } }, adminE.headers);
      expect(invalid.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.activeOn' });
    });

    it('serves Organization.partnerships, paged and filtered by what the caller sees', async () => {
      const mine = await t.graphql(ofOrganization, { id: orgE.id, first: 5 }, adminE.headers);
      expect(mine.data.organization.partnerships.totalCount).toBe(12);
      expect(mine.data.organization.partnerships.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(made.slice(0, 5));
      const next = await t.graphql(ofOrganization, { id: orgE.id, first: 5, after: mine.data.organization.partnerships.pageInfo.endCursor }, adminE.headers);
      expect(next.data.organization.partnerships.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(made.slice(5, 10));
      const asMemberOfA = await t.graphql(ofOrganization, { id: orgE.id, first: 100 }, memberA.headers);
      expect(asMemberOfA.data.organization.partnerships.totalCount).toBe(6);
      expect(asMemberOfA.data.organization.partnerships.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(made.filter((_, i) => i % 2 === 0));
      const tooMany = await t.graphql(ofOrganization, { id: orgE.id, first: 101 }, adminE.headers);
      expect(tooMany.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      const bad = await t.graphql(ofOrganization, { id: orgE.id, after: 'not-a-cursor' }, adminE.headers);
      expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('costs the same number of statements for 5 or 50 partnerships with their parties', async () => {
      const query = graphql(`query PartnershipsPartnerships3($first: Int) { partnerships(first: $first) { edges { node { id parties { id name } } } } }`);
      const statements = async (first: number) => {
        const before = t.statementCount();
        const response = await t.graphql(query, { first }, platformAdmin.headers);
        expect(response.errors).toBeUndefined();
        return { statements: t.statementCount() - before, nodes: response.data.partnerships.edges.length };
      };
      const small = await statements(5);
      const large = await statements(50);
      expect(small.nodes).toBe(5);
      expect(large.nodes).toBeGreaterThan(20);
      expect(large.statements).toBe(small.statements);

      const asMember = async (first: number) => {
        const before = t.statementCount();
        const response = await t.graphql(query, { first }, memberA.headers);
        return [t.statementCount() - before, response.data.partnerships.edges.length];
      };
      const [memberSmall] = await asMember(2);
      const [memberLarge, memberNodes] = await asMember(50);
      expect(memberNodes).toBeGreaterThan(10);
      expect(memberLarge).toBe(memberSmall);
    });

    it('costs the same number of statements for the partnerships of 2 or all organisations', async () => {
      const query = graphql(`query PartnershipsOrganizations($first: Int) { organizations(first: $first) { edges { node { id partnerships(first: 3) { totalCount edges { node { id parties { id } } } } } } } }`);
      const statements = async (first: number) => {
        const before = t.statementCount();
        const response = await t.graphql(query, { first }, adminE.headers);
        expect(response.errors).toBeUndefined();
        return { statements: t.statementCount() - before, organizations: response.data.organizations.edges.length };
      };
      const small = await statements(2);
      const large = await statements(50);
      expect(large.organizations).toBeGreaterThanOrEqual(6);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('demo data', () => {
    it('has the Binh Duong – Eindhoven cooperation after seeding, and a second run changes nothing', async () => {
      const report = await seedDemoData(t.dataSource);
      expect(Object.keys(report).sort()).toEqual(['alreadyPresent', 'created']);
      const snapshot = async () => ({
        partnerships: await sql(`SELECT * FROM partnership WHERE id = ANY($1) ORDER BY id`, [demoPartnerships.map((p) => p.id)]),
        parties: await sql(`SELECT * FROM partnership_party WHERE partnership_id = ANY($1) ORDER BY partnership_id, organization_id`, [demoPartnerships.map((p) => p.id)]),
        all: await sql(`SELECT count(*)::int AS n FROM partnership`),
      });
      const first = await snapshot();

      const [demo] = demoPartnerships;
      const response = await t.graphql(
        graphql(`query PartnershipsPartnership($id: ID!) { partnership(id: $id) { type title description status signedOn validFrom validUntil parties { slug } } }`),
        { id: demo.id },
        platformAdmin.headers,
      );
      expect(response.data.partnership).toMatchObject({
        type: 'STRATEGIC_COOPERATION',
        status: 'ACTIVE',
        signedOn: null,
        validFrom: '2016-01-01',
        validUntil: null,
        description: expect.stringContaining('Only the year is known'),
      });
      expect(response.data.partnership.parties.map((party: { slug: string }) => party.slug).sort()).toEqual(['binh-duong-peoples-committee', 'eindhoven']);

      expect(await seedDemoData(t.dataSource)).toEqual({ created: 0, alreadyPresent: report.created + report.alreadyPresent });
      expect(await snapshot()).toEqual(first);

      // Left as it is when someone changed it since, parties included.
      await t.graphql(changeStatus, { id: demo.id, status: 'EXPIRED' }, platformAdmin.headers);
      await seedDemoData(t.dataSource);
      expect((await sql(`SELECT status, version FROM partnership WHERE id = $1`, [demo.id]))[0]).toEqual({ status: 'EXPIRED', version: 2 });
    });
  });
});
