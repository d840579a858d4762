import { register, type Account } from './support/accounts.js';
import { addMember, createOrganization, type Organization } from './support/memberships.js';
import { assessTrl, createTechnology, createTechnologyMutation } from './support/technologies.js';
import { startTestApp, type TestApp, type Variables } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import type { ApiKeyScope, CreateTechnologyInput } from './graphql/graphql.js';
import { expectResult } from './support/results.js';

graphql(`fragment TechnologyLookupFields on Technology { id code title currentTrl version fields keywords
  owners { share validFrom validUntil organization { id } }
  inventors { share externalName affiliationName user { id displayName } affiliationOrganization { id } }
  trlHistory { level assessedOn assessorName evidence assessor { id } recordedBy { id } }
  projects { id } }`);
const lookup = graphql(`query TechnologiesTechnology($code: String) { technology(code: $code) { ...TechnologyLookupFields } }`);
const setOwners = graphql(`mutation SetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {
  __typename ... on Technology { version owners { share validFrom validUntil organization { id } } }
  ... on SharesDoNotTotalError { subject total day } ... on VersionConflictError { currentVersion } ... on ErrorResult { code message field } } }`);
const setInventors = graphql(`mutation SetTechnologyInventors($input: SetTechnologyInventorsInput!) { setTechnologyInventors(input: $input) {
  __typename ... on Technology { version inventors { share externalName user { id } } }
  ... on SharesDoNotTotalError { subject total day } ... on ErrorResult { code message field } } }`);
const assess = graphql(`mutation TechnologiesAssessTrl($input: AssessTrlInput!) { assessTrl(input: $input) {
  __typename ... on Technology { currentTrl trlHistory { level assessedOn } } ... on ErrorResult { code message field } } }`);
const update = graphql(`mutation UpdateTechnology($input: UpdateTechnologyInput!) { updateTechnology(input: $input) {
  __typename ... on Technology { title version abstract keywords } ... on VersionConflictError { currentVersion } ... on ErrorResult { code field } } }`);
const list = graphql(`query Technologies($filter: TechnologyFilter, $first: Int, $after: String, $orderBy: TechnologyOrder) {
  technologies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`);

describe('technologies', () => {
  let t: TestApp;
  const people: Record<string, Account> = {};
  let eiu: Organization;
  let becamex: Organization;
  let unrelated: Organization;
  let today: string;

  const create = (who: Account | { headers: Record<string, string> }, input: Variables<CreateTechnologyInput>) => t.graphql(createTechnologyMutation, { input }, who.headers);
  const read = async (code: string, who?: { headers: Record<string, string> }) => t.graphql(lookup, { code }, who?.headers);
  const codes = async (filter: Record<string, unknown>, who: Account = people.eiuAdmin) =>
    (await t.graphql(list, { filter, first: 100 }, who.headers)).data.technologies.edges.map((edge: { node: { code: string } }) => edge.node.code);

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['eiuAdmin', 'eiuEditor', 'eiuMember', 'becamexAdmin', 'outsider', 'inventor']) people[name] = await register(t, `${name.toLowerCase()}@example.org`, name);
    eiu = await createOrganization(t, people.eiuAdmin, 'Eastern International University (sample)');
    becamex = await createOrganization(t, people.becamexAdmin, 'Becamex IDC (sample)');
    unrelated = await createOrganization(t, people.outsider, 'Unrelated company (sample)');
    await addMember(t, people.eiuAdmin, eiu.id, people.eiuEditor, 'EDITOR');
    await addMember(t, people.eiuAdmin, eiu.id, people.eiuMember, 'MEMBER');
    [{ today }] = await t.dataSource.query(`SELECT CURRENT_DATE::text AS today`);
  });
  afterAll(() => t.close());

  describe('creating', () => {
    const base = () => ({
      code: 'EIU-WQ-01',
      title: 'Cảm biến chất lượng nước giá rẻ (sample data)',
      abstract: 'Sample data: a low-cost water-quality sensor.',
      fields: ['environmental engineering', 'environmental engineering', ' electronics '],
      keywords: ['water quality', 'IoT'],
    });

    it('refuses owners’ shares of 99.99% and 100.01%, naming the total and the day, and accepts 100%', async () => {
      for (const [shares, total] of [[['60', '39.99'], '99.99'], [['60', '40.01'], '100.01']] as const) {
        const refused = await create(people.eiuEditor, {
          ...base(),
          owners: [{ organizationId: eiu.id, share: shares[0] }, { organizationId: becamex.id, share: shares[1] }],
        });
        expect(refused.data.createTechnology).toMatchObject({ __typename: 'SharesDoNotTotalError', code: 'SHARES_DO_NOT_TOTAL', field: 'input.owners' });
        const detail = await t.graphql(
          graphql(`mutation TechnologiesCreateTechnology($input: CreateTechnologyInput!) { createTechnology(input: $input) { ... on SharesDoNotTotalError { subject total day } } }`),
          { input: { ...base(), owners: [{ organizationId: eiu.id, share: shares[0] }, { organizationId: becamex.id, share: shares[1] }] } },
          people.eiuEditor.headers,
        );
        expect(detail.data.createTechnology).toEqual({ subject: 'OWNERS', total, day: today });
      }
      expect(await t.dataSource.query(`SELECT 1 FROM technology WHERE code = 'EIU-WQ-01'`)).toHaveLength(0);

      const created = await create(people.eiuEditor, {
        ...base(),
        owners: [{ organizationId: eiu.id, share: '60' }, { organizationId: becamex.id, share: '40.00' }],
        inventors: [
          { userId: people.inventor.id, share: '70', affiliationOrganizationId: eiu.id },
          { externalName: 'Nguyễn Văn A (sample)', affiliationName: 'Sample lab', share: '30' },
        ],
      });
      expect(created.data.createTechnology).toMatchObject({ __typename: 'Technology', code: 'EIU-WQ-01', version: 1 });
      const seen = (await read('eiu-wq-01', people.eiuEditor)).data.technology;
      expect(seen.fields).toEqual(['environmental engineering', 'electronics']);
      expect(seen.owners).toEqual([
        { share: '60.00', validFrom: today, validUntil: null, organization: { id: eiu.id } },
        { share: '40.00', validFrom: today, validUntil: null, organization: { id: becamex.id } },
      ]);
      expect(seen.inventors).toEqual([
        { share: '70.00', externalName: null, affiliationName: null, user: { id: people.inventor.id, displayName: 'inventor' }, affiliationOrganization: { id: eiu.id } },
        { share: '30.00', externalName: 'Nguyễn Văn A (sample)', affiliationName: 'Sample lab', user: null, affiliationOrganization: null },
      ]);
      const audit = await t.dataSource.query(`SELECT organization_id FROM audit_event WHERE action = 'technology.created' ORDER BY organization_id`);
      expect(audit.map((row: { organization_id: string }) => row.organization_id).sort()).toEqual([eiu.id, becamex.id].sort());
    });

    it('refuses a taken code, inventors’ shares that do not total 100%, and an inventor named twice over', async () => {
      const owners = [{ organizationId: eiu.id, share: '100' }];
      expect((await create(people.eiuEditor, { ...base(), owners })).data.createTechnology).toMatchObject({ __typename: 'TechnologyCodeTakenError', field: 'input.code' });
      const inventors = await t.graphql(
        graphql(`mutation TechnologiesCreateTechnology2($input: CreateTechnologyInput!) { createTechnology(input: $input) { __typename ... on SharesDoNotTotalError { subject total day field } } }`),
        { input: { ...base(), code: 'EIU-WQ-02', owners, inventors: [{ externalName: 'A', share: '50' }, { externalName: 'B', share: '49.99' }] } },
        people.eiuEditor.headers,
      );
      expect(inventors.data.createTechnology).toEqual({ __typename: 'SharesDoNotTotalError', subject: 'INVENTORS', total: '99.99', day: null, field: 'input.inventors' });
      const both = await create(people.eiuEditor, { ...base(), code: 'EIU-WQ-02', owners, inventors: [{ userId: people.inventor.id, externalName: 'A', share: '100' }] });
      expect(both.data.createTechnology).toMatchObject({ __typename: 'InvalidInputError', field: 'input.inventors.0' });
      const zero = await create(people.eiuEditor, { ...base(), code: 'EIU-WQ-02', owners: [{ organizationId: eiu.id, share: '0' }] });
      expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.owners.0.share' });
      const missing = await create(people.eiuEditor, { ...base(), code: 'EIU-WQ-02', owners: [...owners], projectIds: ['00000000-0000-4000-8000-000000000000'] });
      expect(missing.data.createTechnology).toMatchObject({ __typename: 'InvalidInputError', field: 'input.projectIds.0' });
    });

    it('lets only editors of an owner create: a MEMBER is forbidden, an outsider finds nothing, anonymous must sign in', async () => {
      const input = { ...base(), code: 'EIU-WQ-03', owners: [{ organizationId: eiu.id, share: '100' }] };
      expect((await create(people.eiuMember, input)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await create(people.outsider, input)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.graphql(createTechnologyMutation, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await t.dataSource.query(`SELECT 1 FROM technology WHERE code = 'EIU-WQ-03'`)).toHaveLength(0);
    });
  });

  describe('reading', () => {
    it('shows the technology to owners’ members and to inventors who are not members, and to nobody else', async () => {
      expect((await read('EIU-WQ-01', people.eiuMember)).data.technology.code).toBe('EIU-WQ-01');
      expect((await read('EIU-WQ-01', people.becamexAdmin)).data.technology.code).toBe('EIU-WQ-01');
      expect((await read('EIU-WQ-01', people.inventor)).data.technology.code).toBe('EIU-WQ-01');
      expect((await read('EIU-WQ-01', people.outsider)).data.technology).toBeNull();
      expect((await read('EIU-WQ-01')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await codes({}, people.outsider)).toEqual([]);
      expect(await codes({}, people.inventor)).toEqual(['EIU-WQ-01']);
    });

    it('lets a MEMBER read but not change, and an editor change with the version read', async () => {
      const { id } = (await read('EIU-WQ-01', people.eiuEditor)).data.technology;
      const byMember = await t.graphql(update, { input: { id, expectedVersion: 1, title: 'Changed' } }, people.eiuMember.headers);
      expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const byOutsider = await t.graphql(update, { input: { id, expectedVersion: 1, title: 'Changed' } }, people.outsider.headers);
      expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const done = await t.graphql(update, { input: { id, expectedVersion: 1, keywords: ['water quality', 'sensor'], abstract: null } }, people.eiuEditor.headers);
      expect(done.data.updateTechnology).toEqual({ __typename: 'Technology', title: 'Cảm biến chất lượng nước giá rẻ (sample data)', version: 2, abstract: null, keywords: ['water quality', 'sensor'] });
      const stale = await t.graphql(update, { input: { id, expectedVersion: 1, title: 'Changed' } }, people.eiuEditor.headers);
      expect(stale.data.updateTechnology).toMatchObject({ __typename: 'VersionConflictError', currentVersion: 2 });
    });
  });

  describe('ownership over time', () => {
    let id: string;
    let version: number;

    beforeAll(async () => {
      ({ id, version } = await createTechnology(t, people.eiuEditor, { code: 'EIU-HANDOVER', ownerIds: [eiu.id] }));
    });

    it('refuses periods whose shares do not total 100% on some day, naming that day', async () => {
      const overlap = await t.graphql(setOwners, {
        input: { technologyId: id, expectedVersion: version, owners: [
          { organizationId: eiu.id, share: '100', validFrom: '2020-01-01', validUntil: '2035-12-31' },
          { organizationId: becamex.id, share: '100', validFrom: '2035-12-31' },
        ] },
      }, people.eiuEditor.headers);
      expect(overlap.data.setTechnologyOwners).toMatchObject({ __typename: 'SharesDoNotTotalError', subject: 'OWNERS', total: '200.00', day: '2035-12-31' });
      const partial = await t.graphql(setOwners, {
        input: { technologyId: id, expectedVersion: version, owners: [
          { organizationId: eiu.id, share: '60', validFrom: '2020-01-01', validUntil: '2035-12-31' },
          { organizationId: becamex.id, share: '40', validFrom: '2020-01-01' },
        ] },
      }, people.eiuEditor.headers);
      expect(partial.data.setTechnologyOwners).toMatchObject({ __typename: 'SharesDoNotTotalError', total: '40.00', day: '2036-01-01' });
      const backwards = await t.graphql(setOwners, {
        input: { technologyId: id, expectedVersion: version, owners: [{ organizationId: eiu.id, share: '100', validFrom: '2030-01-01', validUntil: '2029-12-31' }] },
      }, people.eiuEditor.headers);
      expect(backwards.data.setTechnologyOwners).toMatchObject({ __typename: 'InvalidInputError', field: 'input.owners.0.validUntil' });
    });

    it('hands ownership over: one period ends, the next starts the day after', async () => {
      const handover = await t.graphql(setOwners, {
        input: { technologyId: id, expectedVersion: version, owners: [
          { organizationId: eiu.id, share: '100', validFrom: '2020-01-01', validUntil: '2035-12-31' },
          { organizationId: becamex.id, share: '70', validFrom: '2036-01-01' },
          { organizationId: eiu.id, share: '30', validFrom: '2036-01-01' },
        ] },
      }, people.eiuEditor.headers);
      expect(handover.data.setTechnologyOwners).toMatchObject({ __typename: 'Technology', version: version + 1 });
      expect(expectResult(handover.data.setTechnologyOwners, 'Technology').owners).toEqual([
        { share: '100.00', validFrom: '2020-01-01', validUntil: '2035-12-31', organization: { id: eiu.id } },
        { share: '70.00', validFrom: '2036-01-01', validUntil: null, organization: { id: becamex.id } },
        { share: '30.00', validFrom: '2036-01-01', validUntil: null, organization: { id: eiu.id } },
      ]);
      version += 1;
      // Becamex owns nothing yet: its people do not see the technology today.
      expect((await read('EIU-HANDOVER', people.becamexAdmin)).data.technology).toBeNull();
      const stale = await t.graphql(setOwners, { input: { technologyId: id, expectedVersion: version - 1, owners: [{ organizationId: eiu.id, share: '100' }] } }, people.eiuEditor.headers);
      expect(stale.data.setTechnologyOwners).toMatchObject({ __typename: 'VersionConflictError', currentVersion: version });
    });

    it('passes management to the new owner when the old one’s period has ended', async () => {
      const yesterday = (await t.dataSource.query(`SELECT (CURRENT_DATE - 1)::text AS day`))[0].day;
      const handed = await t.graphql(setOwners, {
        input: { technologyId: id, expectedVersion: version, owners: [
          { organizationId: eiu.id, share: '100', validFrom: '2020-01-01', validUntil: yesterday },
          { organizationId: becamex.id, share: '100', validFrom: today },
        ] },
      }, people.eiuEditor.headers);
      expect(handed.data.setTechnologyOwners.__typename).toBe('Technology');
      version += 1;
      expect((await read('EIU-HANDOVER', people.becamexAdmin)).data.technology.code).toBe('EIU-HANDOVER');
      expect((await read('EIU-HANDOVER', people.eiuEditor)).data.technology).toBeNull();
      expect(await codes({ organizationId: becamex.id }, people.becamexAdmin)).toEqual(['EIU-HANDOVER', 'EIU-WQ-01']);
    });

    it('has the database refuse shares that do not total 100 even when written directly', async () => {
      await expect(
        t.dataSource.transaction((manager) => manager.query(`UPDATE technology_owner SET share = 99.99 WHERE technology_id = $1`, [id])),
      ).rejects.toMatchObject({ constraint: 'technology_owner_shares_total' });
    });
  });

  describe('owners’ consent', () => {
    // Organisations of their own, so that the lists tested elsewhere do not change.
    const consent: Record<string, Account> = {};
    let major: Organization;
    let minor: Organization;

    beforeAll(async () => {
      for (const name of ['majorAdmin', 'minorAdmin', 'minorEditor']) consent[name] = await register(t, `${name.toLowerCase()}@consent.example`, name);
      major = await createOrganization(t, consent.majorAdmin, 'Majority owner (sample)');
      minor = await createOrganization(t, consent.minorAdmin, 'Minority owner (sample)');
      await addMember(t, consent.minorAdmin, minor.id, consent.minorEditor, 'EDITOR');
    });

    graphql(`fragment OwnersProposalFields on TechnologyOwnersProposal { id technologyId status owners { organizationId share validFrom validUntil } consents { organizationId consent decidedAt } decidedAt }`);
    const propose = graphql(`mutation TechnologiesSetTechnologyOwners($input: SetTechnologyOwnersInput!) { setTechnologyOwners(input: $input) {
      __typename ... on Technology { version owners { share organization { id } } } ... on TechnologyOwnersProposal { ...OwnersProposalFields }
      ... on ErrorResult { code message field } } }`);
    const answers = {
      acceptTechnologyOwners: graphql(`mutation TechnologiesAcceptTechnologyOwners($id: ID!) { acceptTechnologyOwners(proposalId: $id) {
        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }`),
      declineTechnologyOwners: graphql(`mutation TechnologiesDeclineTechnologyOwners($id: ID!) { declineTechnologyOwners(proposalId: $id) {
        __typename ... on TechnologyOwnersProposal { ...OwnersProposalFields } ... on OwnersProposalStateError { status } ... on ErrorResult { code message field } } }`),
    };
    const ownersOf = async (id: string) =>
      (await t.dataSource.query(`SELECT organization_id, share::text FROM technology_owner WHERE technology_id = $1 ORDER BY share DESC`, [id])).map(
        (row: { organization_id: string; share: string }) => [row.organization_id, row.share],
      );
    const proposalOf = async (code: string, who: Account) =>
      (await t.graphql(graphql(`query TechnologiesTechnology2($code: String) { technology(code: $code) { version ownersProposal { ...OwnersProposalFields } } }`), { code }, who.headers)).data.technology;

    /** The majority owner holds 99%, the minority owner 1%: the minority's editor can manage the technology. */
    const shared = async (code: string) =>
      createTechnology(t, consent.majorAdmin, { code, owners: [{ organizationId: major.id, share: '99' }, { organizationId: minor.id, share: '1' }] });

    it('does not let a 1% owner evict the 99% owner: the change waits for its consent, and is declined', async () => {
      const { id, version } = await shared('CONSENT-EVICT');
      const audit = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
      const response = await t.graphql(propose, { input: { technologyId: id, expectedVersion: version, owners: [{ organizationId: minor.id, share: '100' }] } }, consent.minorEditor.headers);
      const proposal = expectResult(response.data.setTechnologyOwners, 'TechnologyOwnersProposal');
      expect(proposal).toMatchObject({
        __typename: 'TechnologyOwnersProposal',
        technologyId: id,
        status: 'PENDING',
        owners: [{ organizationId: minor.id, share: '100.00', validFrom: today, validUntil: null }],
        consents: [{ organizationId: major.id, consent: 'PENDING', decidedAt: null }],
      });
      expect(await ownersOf(id)).toEqual([[major.id, '99.00'], [minor.id, '1.00']]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBeGreaterThan(audit[0].n);
      const [event] = await t.dataSource.query(`SELECT changes FROM audit_event WHERE action = 'technology.owners_proposed' AND entity_id = $1 AND organization_id = $2`, [proposal.id, major.id]);
      expect(event.changes.awaitingConsentOf.after).toEqual([major.id]);
      // The majority owner's admin sees what waits for its answer.
      expect((await proposalOf('CONSENT-EVICT', consent.majorAdmin)).ownersProposal).toMatchObject({ id: proposal.id, status: 'PENDING' });

      // The proposer cannot answer for the majority owner; outsiders do not even see the proposal.
      expect((await t.graphql(answers.acceptTechnologyOwners, { id: proposal.id }, consent.minorEditor.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.graphql(answers.acceptTechnologyOwners, { id: proposal.id }, people.outsider.headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await ownersOf(id)).toEqual([[major.id, '99.00'], [minor.id, '1.00']]);

      const declined = await t.graphql(answers.declineTechnologyOwners, { id: proposal.id }, consent.majorAdmin.headers);
      expect(declined.data.declineTechnologyOwners).toMatchObject({ status: 'DECLINED', consents: [{ organizationId: major.id, consent: 'DECLINED' }] });
      expect(await ownersOf(id)).toEqual([[major.id, '99.00'], [minor.id, '1.00']]);
      const late = await t.graphql(answers.acceptTechnologyOwners, { id: proposal.id }, consent.majorAdmin.headers);
      expect(late.data.acceptTechnologyOwners).toMatchObject({ __typename: 'OwnersProposalStateError', code: 'PROPOSAL_STATE', status: 'DECLINED' });
      expect(await ownersOf(id)).toEqual([[major.id, '99.00'], [minor.id, '1.00']]);
      expect((await proposalOf('CONSENT-EVICT', consent.majorAdmin)).ownersProposal).toBeNull();
    });

    it('puts the new shares in force in the transaction of the last acceptance', async () => {
      const { id, version } = await shared('CONSENT-AGREED');
      const proposed = await t.graphql(propose, {
        input: { technologyId: id, expectedVersion: version, owners: [{ organizationId: major.id, share: '50' }, { organizationId: minor.id, share: '50' }] },
      }, consent.minorEditor.headers);
      const proposal = expectResult(proposed.data.setTechnologyOwners, 'TechnologyOwnersProposal');
      expect(proposal.status).toBe('PENDING');
      const accepted = await t.graphql(answers.acceptTechnologyOwners, { id: proposal.id }, consent.majorAdmin.headers);
      expect(accepted.data.acceptTechnologyOwners).toMatchObject({ status: 'ACCEPTED', consents: [{ organizationId: major.id, consent: 'ACCEPTED' }] });
      expect(await ownersOf(id)).toEqual([[major.id, '50.00'], [minor.id, '50.00']]);
      expect((await proposalOf('CONSENT-AGREED', consent.majorAdmin)).version).toBe(version + 1);
      const actions = await t.dataSource.query(`SELECT DISTINCT action FROM audit_event WHERE entity_id IN ($1, $2) ORDER BY action`, [id, proposal.id]);
      expect(actions.map((row: { action: string }) => row.action)).toEqual(['technology.created', 'technology.owners_accepted', 'technology.owners_changed', 'technology.owners_proposed']);
    });

    it('takes effect at once when only the caller’s own organisation gives up share, and a newer proposal supersedes an open one', async () => {
      const { id, version } = await shared('CONSENT-GIFT');
      const gift = await t.graphql(propose, {
        input: { technologyId: id, expectedVersion: version, owners: [{ organizationId: major.id, share: '99.5' }, { organizationId: minor.id, share: '0.5' }] },
      }, consent.minorEditor.headers);
      expect(gift.data.setTechnologyOwners).toMatchObject({ __typename: 'Technology', version: version + 1 });
      expect(await ownersOf(id)).toEqual([[major.id, '99.50'], [minor.id, '0.50']]);

      const first = expectResult((await t.graphql(propose, { input: { technologyId: id, expectedVersion: version + 1, owners: [{ organizationId: minor.id, share: '100' }] } }, consent.minorEditor.headers)).data.setTechnologyOwners, 'TechnologyOwnersProposal');
      const second = expectResult((await t.graphql(propose, { input: { technologyId: id, expectedVersion: version + 1, owners: [{ organizationId: major.id, share: '90' }, { organizationId: minor.id, share: '10' }] } }, consent.minorEditor.headers)).data.setTechnologyOwners, 'TechnologyOwnersProposal');
      expect([first.status, second.status]).toEqual(['PENDING', 'PENDING']);
      const stale = await t.graphql(answers.acceptTechnologyOwners, { id: first.id }, consent.majorAdmin.headers);
      expect(stale.data.acceptTechnologyOwners).toMatchObject({ __typename: 'OwnersProposalStateError', status: 'SUPERSEDED' });
      expect(await ownersOf(id)).toEqual([[major.id, '99.50'], [minor.id, '0.50']]);
      expect((await t.graphql(answers.acceptTechnologyOwners, { id: second.id }, consent.majorAdmin.headers)).data.acceptTechnologyOwners).toMatchObject({ status: 'ACCEPTED' });
      expect(await ownersOf(id)).toEqual([[major.id, '90.00'], [minor.id, '10.00']]);
    });

    it('asks again an owner that a proposal shrinks because the owners changed since it was made', async () => {
      const { id, version } = await shared('CONSENT-MOVED');
      const proposal = expectResult((await t.graphql(propose, { input: { technologyId: id, expectedVersion: version, owners: [{ organizationId: major.id, share: '98' }, { organizationId: minor.id, share: '2' }] } }, consent.minorEditor.headers)).data.setTechnologyOwners, 'TechnologyOwnersProposal');
      // Meanwhile the majority owner gives the minority a larger share of its own accord.
      const given = await t.graphql(propose, { input: { technologyId: id, expectedVersion: version, owners: [{ organizationId: major.id, share: '90' }, { organizationId: minor.id, share: '10' }] } }, consent.majorAdmin.headers);
      expect(given.data.setTechnologyOwners.__typename).toBe('Technology');
      // Accepting the old proposal now would take 8% from the minority owner: it waits for its consent.
      const accepted = expectResult((await t.graphql(answers.acceptTechnologyOwners, { id: proposal.id }, consent.majorAdmin.headers)).data.acceptTechnologyOwners, 'TechnologyOwnersProposal');
      expect(accepted.status).toBe('PENDING');
      expect(accepted.consents).toEqual(expect.arrayContaining([expect.objectContaining({ organizationId: minor.id, consent: 'PENDING' })]));
      expect(await ownersOf(id)).toEqual([[major.id, '90.00'], [minor.id, '10.00']]);
      expect((await t.graphql(answers.acceptTechnologyOwners, { id: proposal.id }, consent.minorAdmin.headers)).data.acceptTechnologyOwners).toMatchObject({ status: 'ACCEPTED' });
      expect(await ownersOf(id)).toEqual([[major.id, '98.00'], [minor.id, '2.00']]);
    });
  });

  describe('inventors', () => {
    it('replaces the inventors only when their shares total 100%', async () => {
      const { id, version } = (await read('EIU-WQ-01', people.eiuEditor)).data.technology;
      const wrong = await t.graphql(setInventors, { input: { technologyId: id, expectedVersion: version, inventors: [{ userId: people.inventor.id, share: '100.01' }] } }, people.eiuEditor.headers);
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.inventors.0.share' });
      const short = await t.graphql(setInventors, { input: { technologyId: id, expectedVersion: version, inventors: [{ userId: people.inventor.id, share: '99.99' }] } }, people.eiuEditor.headers);
      expect(short.data.setTechnologyInventors).toMatchObject({ __typename: 'SharesDoNotTotalError', subject: 'INVENTORS', total: '99.99' });
      const twice = await t.graphql(setInventors, { input: { technologyId: id, expectedVersion: version, inventors: [{ userId: people.inventor.id, share: '50' }, { userId: people.inventor.id, share: '50' }] } }, people.eiuEditor.headers);
      expect(twice.data.setTechnologyInventors).toMatchObject({ __typename: 'InvalidInputError', field: 'input.inventors.1.userId' });
      const byMember = await t.graphql(setInventors, { input: { technologyId: id, expectedVersion: version, inventors: [] } }, people.eiuMember.headers);
      expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const done = await t.graphql(setInventors, {
        input: { technologyId: id, expectedVersion: version, inventors: [{ userId: people.inventor.id, share: '33.34' }, { externalName: 'B (sample)', share: '33.33' }, { externalName: 'C (sample)', share: '33.33' }] },
      }, people.eiuEditor.headers);
      expect(done.data.setTechnologyInventors).toMatchObject({ __typename: 'Technology', version: version + 1 });
      expect(expectResult(done.data.setTechnologyInventors, 'Technology').inventors.map((inventor: { share: string }) => inventor.share)).toEqual(['33.34', '33.33', '33.33']);
    });
  });

  describe('TRL', () => {
    it('appends assessments, keeps the current level at the latest one, and refuses the future and bad levels', async () => {
      const { id } = await createTechnology(t, people.eiuEditor, { code: 'EIU-TRL', ownerIds: [eiu.id], fields: ['robotics'] });
      const first = await t.graphql(assess, { input: { technologyId: id, level: 3, assessedOn: '2024-05-01', evidence: 'Sample data: lab bench test.' } }, people.eiuEditor.headers);
      expect(first.data.assessTrl).toMatchObject({ __typename: 'Technology', currentTrl: 3 });
      const later = await t.graphql(assess, { input: { technologyId: id, level: 5, assessedOn: '2025-02-01', evidence: 'Sample data: field pilot.', assessorName: 'Independent assessor (sample)' } }, people.eiuEditor.headers);
      expect(expectResult(later.data.assessTrl, 'Technology').currentTrl).toBe(5);
      // Recorded later but assessed earlier: the latest assessment still decides.
      const backfilled = await t.graphql(assess, { input: { technologyId: id, level: 2, assessedOn: '2023-01-01', evidence: 'Sample data: concept paper.' } }, people.eiuEditor.headers);
      expect(backfilled.data.assessTrl).toEqual({
        __typename: 'Technology',
        currentTrl: 5,
        trlHistory: [{ level: 2, assessedOn: '2023-01-01' }, { level: 3, assessedOn: '2024-05-01' }, { level: 5, assessedOn: '2025-02-01' }],
      });
      const seen = (await read('EIU-TRL', people.eiuMember)).data.technology.trlHistory;
      expect(seen[0]).toMatchObject({ assessorName: null, assessor: { id: people.eiuEditor.id }, recordedBy: { id: people.eiuEditor.id } });
      expect(seen[2]).toMatchObject({ assessorName: 'Independent assessor (sample)', assessor: null });

      const future = await t.graphql(assess, { input: { technologyId: id, level: 6, assessedOn: '2999-01-01', evidence: 'x' } }, people.eiuEditor.headers);
      expect(future.data.assessTrl).toMatchObject({ __typename: 'InvalidInputError', field: 'input.assessedOn' });
      const tooHigh = await t.graphql(assess, { input: { technologyId: id, level: 10, evidence: 'x' } }, people.eiuEditor.headers);
      expect(tooHigh.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
      const noEvidence = await t.graphql(assess, { input: { technologyId: id, level: 4, evidence: '   ' } }, people.eiuEditor.headers);
      expect(noEvidence.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidence' });
      const byMember = await t.graphql(assess, { input: { technologyId: id, level: 4, evidence: 'x' } }, people.eiuMember.headers);
      expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      expect((await assessTrl(t, people.eiuEditor, id, 6)).currentTrl).toBe(6);
      await expect(t.dataSource.query(`UPDATE trl_assessment SET level = 9 WHERE technology_id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM trl_assessment WHERE technology_id = $1`, [id])).rejects.toThrow(/append-only/);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM trl_assessment WHERE technology_id = $1`, [id]))[0].n).toBe(4);
    });
  });

  describe('lists', () => {
    it('filter by owner, TRL range, field, project and accent-insensitive search, and page with cursors', async () => {
      expect(await codes({ search: 'cam bien nuoc' })).toEqual(['EIU-WQ-01']);
      expect(await codes({ search: 'CẢM BIẾN' })).toEqual(['EIU-WQ-01']);
      expect(await codes({ trlMin: 6 })).toEqual(['EIU-TRL']);
      expect(await codes({ trlMin: 1, trlMax: 5 })).toEqual([]);
      expect(await codes({ field: 'robotics' })).toEqual(['EIU-TRL']);
      expect(await codes({ organizationId: eiu.id })).toEqual(['EIU-TRL', 'EIU-WQ-01']);
      const page1 = (await t.graphql(list, { first: 1, orderBy: { field: 'CODE' } }, people.eiuAdmin.headers)).data.technologies;
      expect(page1).toMatchObject({ totalCount: 2, edges: [{ node: { code: 'EIU-TRL' } }], pageInfo: { hasNextPage: true } });
      const page2 = (await t.graphql(list, { first: 1, after: page1.pageInfo.endCursor, orderBy: { field: 'CODE' } }, people.eiuAdmin.headers)).data.technologies;
      expect(page2).toMatchObject({ edges: [{ node: { code: 'EIU-WQ-01' } }], pageInfo: { hasNextPage: false } });
    });

    it('links technologies to the projects they came out of, both ways, for those who may read them', async () => {
      const project = await t.graphql(
        graphql(`mutation TechnologiesCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ... on Project { id } } }`),
        { input: { coordinatorId: eiu.id, code: 'EIU-PROJ-01', title: 'Sample project' } },
        people.eiuEditor.headers,
      );
      const projectId = project.data.createProject.id;
      const foreign = await create(people.outsider, { code: 'OUT-01', title: 'Not theirs', owners: [{ organizationId: unrelated.id, share: '100' }], projectIds: [projectId] });
      expect(foreign.data.createTechnology).toMatchObject({ __typename: 'InvalidInputError', field: 'input.projectIds.0' });
      const { code } = await createTechnology(t, people.eiuEditor, { code: 'EIU-FROM-PROJ', ownerIds: [eiu.id], projectIds: [projectId] });
      expect((await read(code, people.eiuMember)).data.technology.projects).toEqual([{ id: projectId }]);
      expect((await read(code, people.inventor)).data).toEqual({ technology: null });
      expect(await codes({ projectId })).toEqual(['EIU-FROM-PROJ']);
      const fromProject = await t.graphql(graphql(`query TechnologiesProject($id: ID) { project(id: $id) { technologies { code } } }`), { id: projectId }, people.eiuMember.headers);
      expect(fromProject.data.project.technologies).toEqual([{ code: 'EIU-FROM-PROJ' }]);
      const fromOrganization = await t.graphql(graphql(`query TechnologiesOrganization($id: ID) { organization(id: $id) { technologies(first: 10) { totalCount } } }`), { id: eiu.id }, people.outsider.headers);
      expect(fromOrganization.data.organization.technologies.totalCount).toBe(0);
    });
  });

  describe('API keys', () => {
    it('act for their organisation by scope: a READ key reads, a WRITE key writes', async () => {
      const key = async (scopes: ApiKeyScope[]) => {
        const made = await t.graphql(
          graphql(`mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
          { input: { organizationId: eiu.id, name: `Sample key ${scopes.join()}`, scopes } },
          people.eiuAdmin.headers,
        );
        return { headers: { 'x-api-key': made.data.createApiKey.secret } };
      };
      const reader = await key(['READ']);
      const writer = await key(['READ', 'WRITE']);
      expect((await read('EIU-WQ-01', reader)).data.technology.code).toBe('EIU-WQ-01');
      const input = { code: 'EIU-KEY-01', title: 'Made by an integrator (sample)', owners: [{ organizationId: eiu.id, share: '100' }] };
      expect((await create(reader, input)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const made = await create(writer, input);
      expect(made.data.createTechnology.__typename).toBe('Technology');
      const [row] = await t.dataSource.query(`SELECT created_by FROM technology WHERE code = 'EIU-KEY-01'`);
      expect(row.created_by).toBe(people.eiuAdmin.id);
      const elsewhere = await create(writer, { ...input, code: 'EIU-KEY-02', owners: [{ organizationId: becamex.id, share: '100' }] });
      expect(elsewhere.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
