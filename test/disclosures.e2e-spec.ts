import { register, type Account } from './support/accounts.js';
import { addMember, createOrganization, type Organization } from './support/memberships.js';
import { createTechnology } from './support/technologies.js';
import { startTestApp, type AnyOperation, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

graphql(`fragment DisclosureFields on InventionDisclosure {
  id title description status decision decisionNotes version submittedAt decidedAt technology { code } organization { id } submittedBy { id } decidedBy { id } }`);
const createDisclosure = graphql(`mutation DisclosuresCreateDisclosure($input: CreateDisclosureInput!) { createDisclosure(input: $input) { __typename ...DisclosureFields ... on ErrorResult { code message field } } }`);
const updateDisclosure = graphql(`mutation DisclosuresUpdateDisclosure($input: UpdateDisclosureInput!) { updateDisclosure(input: $input) {
  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on VersionConflictError { currentVersion } } }`);
const submit = graphql(`mutation DisclosuresSubmitDisclosure($input: DisclosureStepInput!) { submitDisclosure(input: $input) {
  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }`);
const startEvaluation = graphql(`mutation DisclosuresStartDisclosureEvaluation($input: DisclosureStepInput!) { startDisclosureEvaluation(input: $input) {
  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }`);
const decide = graphql(`mutation DisclosuresDecideDisclosure($input: DecideDisclosureInput!) { decideDisclosure(input: $input) {
  __typename ...DisclosureFields ... on ErrorResult { code message field } ... on InvalidDisclosureTransitionError { allowedStatuses } ... on SharesDoNotTotalError { subject total } } }`);

describe('invention disclosures', () => {
  let t: TestApp;
  const people: Record<string, Account> = {};
  let eiu: Organization;
  let becamex: Organization;
  let unrelated: Organization;
  let technologyId: string;
  let disclosure: { id: string; version: number };

  const run = async (query: AnyOperation, input: Record<string, unknown>, who?: Account) => {
    const response = await t.graphql(query, { input }, who?.headers);
    return { result: response.data ? Object.values(response.data)[0] as Record<string, any> : undefined, error: response.errors?.[0].extensions?.code };
  };
  const step = (query: AnyOperation, who: Account, extra: Record<string, unknown> = {}) => run(query, { id: disclosure.id, expectedVersion: disclosure.version, ...extra }, who);
  const moved = (result: Record<string, any> | undefined) => {
    expect(result?.__typename).toBe('InventionDisclosure');
    disclosure.version = result!.version;
    return result!;
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['eiuAdmin', 'eiuEditor', 'eiuMember', 'becamexAdmin', 'outsider', 'inventor']) people[name] = await register(t, `${name.toLowerCase()}@example.org`, name);
    eiu = await createOrganization(t, people.eiuAdmin, 'EIU (sample)');
    becamex = await createOrganization(t, people.becamexAdmin, 'Becamex (sample)');
    unrelated = await createOrganization(t, people.outsider, 'Unrelated (sample)');
    await addMember(t, people.eiuAdmin, eiu.id, people.eiuEditor, 'EDITOR');
    await addMember(t, people.eiuAdmin, eiu.id, people.eiuMember, 'MEMBER');
    ({ id: technologyId } = await createTechnology(t, people.eiuEditor, {
      code: 'EIU-DISC-01',
      owners: [{ organizationId: eiu.id, share: '60' }, { organizationId: becamex.id, share: '40' }],
      inventors: [{ userId: people.inventor.id, share: '80' }, { externalName: 'External co-inventor (sample)', share: '20' }],
    }));
  });
  afterAll(() => t.close());

  it('lets an inventor who is not a member start a draft to a current owner, and refuses others', async () => {
    const input = { technologyId, organizationId: eiu.id, title: 'Low-cost water sensor (sample data)', description: 'Sample data.' };
    const notOwner = await run(createDisclosure, { ...input, organizationId: unrelated.id }, people.inventor);
    expect(notOwner.result).toMatchObject({ __typename: 'InvalidInputError', field: 'input.organizationId' });
    expect((await run(createDisclosure, input, people.eiuMember)).error).toBe('FORBIDDEN');
    expect((await run(createDisclosure, input, people.outsider)).error).toBe('NOT_FOUND');
    expect((await run(createDisclosure, input)).error).toBe('UNAUTHENTICATED');

    const created = await run(createDisclosure, input, people.inventor);
    expect(created.result).toMatchObject({ __typename: 'InventionDisclosure', status: 'DRAFT', decision: null, version: 1, technology: { code: 'EIU-DISC-01' }, organization: { id: eiu.id } });
    disclosure = { id: created.result!.id, version: 1 };
  });

  it('edits a draft with the version read', async () => {
    const edited = moved((await step(updateDisclosure, people.inventor, { title: 'Low-cost water-quality sensor (sample data)' })).result);
    expect(edited).toMatchObject({ title: 'Low-cost water-quality sensor (sample data)', description: 'Sample data.', version: 2 });
    const stale = await run(updateDisclosure, { id: disclosure.id, expectedVersion: 1, description: null }, people.eiuEditor);
    expect(stale.result).toMatchObject({ __typename: 'VersionConflictError', currentVersion: 2 });
    expect((await step(updateDisclosure, people.eiuMember, { description: null })).error).toBe('FORBIDDEN');
  });

  it('refuses moves out of order, naming the allowed ones', async () => {
    expect((await step(startEvaluation, people.eiuEditor)).result).toMatchObject({ __typename: 'InvalidDisclosureTransitionError', allowedStatuses: ['SUBMITTED'] });
    expect((await step(decide, people.eiuEditor, { decision: 'PROTECT' })).result).toMatchObject({ __typename: 'InvalidDisclosureTransitionError', allowedStatuses: ['SUBMITTED'] });
  });

  it('is submitted by its authors and then no longer editable', async () => {
    expect((await step(submit, people.eiuMember)).error).toBe('FORBIDDEN');
    const submitted = moved((await step(submit, people.inventor)).result);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedBy: { id: people.inventor.id } });
    expect(submitted.submittedAt).toEqual(expect.any(String));
    expect((await step(updateDisclosure, people.inventor, { title: 'Too late' })).result).toMatchObject({ __typename: 'DisclosureNotDraftError' });
    expect((await step(submit, people.inventor)).result).toMatchObject({ __typename: 'InvalidDisclosureTransitionError', allowedStatuses: ['UNDER_EVALUATION'] });
  });

  it('is evaluated and decided only by the institution’s editors', async () => {
    expect((await step(startEvaluation, people.inventor)).error).toBe('FORBIDDEN');
    expect((await step(startEvaluation, people.eiuMember)).error).toBe('FORBIDDEN');
    // Becamex co-owns the technology, but the disclosure was made to EIU.
    expect((await step(startEvaluation, people.becamexAdmin)).error).toBe('FORBIDDEN');
    expect((await step(startEvaluation, people.outsider)).error).toBe('NOT_FOUND');
    expect(moved((await step(startEvaluation, people.eiuEditor)).result).status).toBe('UNDER_EVALUATION');

    const badDecision = await step(decide, people.eiuEditor, { decision: 'SELL' });
    expect(badDecision.error).toBe('BAD_USER_INPUT');
    const decided = moved((await step(decide, people.eiuEditor, { decision: 'PROTECT', notes: 'Sample data: novel and commercially promising.' })).result);
    expect(decided).toMatchObject({ status: 'DECIDED', decision: 'PROTECT', decisionNotes: 'Sample data: novel and commercially promising.', decidedBy: { id: people.eiuEditor.id } });
    expect((await step(decide, people.eiuEditor, { decision: 'PUBLISH' })).result).toMatchObject({ __typename: 'InvalidDisclosureTransitionError', allowedStatuses: [] });

    const actions = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 AND organization_id = $2 ORDER BY occurred_at, id`, [disclosure.id, eiu.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'disclosure.created', 'disclosure.updated', 'disclosure.submitted', 'disclosure.evaluation_started', 'disclosure.decided',
    ]);
  });

  it('cannot be submitted without inventors whose shares total 100%', async () => {
    const { id } = await createTechnology(t, people.eiuEditor, { code: 'EIU-DISC-NOINV', ownerIds: [eiu.id] });
    const draft = await run(createDisclosure, { technologyId: id, organizationId: eiu.id, title: 'No inventors yet (sample)' }, people.eiuEditor);
    const refused = await run(submit, { id: draft.result!.id, expectedVersion: 1 }, people.eiuEditor);
    expect(refused.result).toMatchObject({ __typename: 'SharesDoNotTotalError', subject: 'INVENTORS', total: '0.00' });
    const [row] = await t.dataSource.query(`SELECT status FROM invention_disclosure WHERE id = $1`, [draft.result!.id]);
    expect(row.status).toBe('DRAFT');
  });

  it('shows disclosures to inventors, the owners’ members and the institution, and to nobody else', async () => {
    const one = graphql(`query DisclosuresDisclosure($id: ID!) { disclosure(id: $id) { id status } }`);
    for (const who of [people.inventor, people.eiuMember, people.becamexAdmin]) {
      expect((await t.graphql(one, { id: disclosure.id }, who.headers)).data.disclosure).toEqual({ id: disclosure.id, status: 'DECIDED' });
    }
    expect((await t.graphql(one, { id: disclosure.id }, people.outsider.headers)).data.disclosure).toBeNull();
    expect((await t.graphql(one, { id: disclosure.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const titles = async (query: AnyOperation, variables: Record<string, unknown>, who: Account) =>
      (await t.graphql(query, variables, who.headers)).data[query.toString().includes('myDisclosures') ? 'myDisclosures' : 'disclosures'].edges.map((edge: { node: { title: string } }) => edge.node.title);
    const list = graphql(`query DisclosuresDisclosures($filter: DisclosureFilter) { disclosures(filter: $filter, first: 10) { totalCount edges { node { title } } } }`);
    const mine = graphql(`query DisclosuresMyDisclosures { myDisclosures(first: 10) { edges { node { title } } } }`);
    expect(await titles(mine, {}, people.inventor)).toEqual(['Low-cost water-quality sensor (sample data)']);
    expect(await titles(mine, {}, people.eiuEditor)).toEqual([]);
    expect(await titles(list, {}, people.inventor)).toEqual(['Low-cost water-quality sensor (sample data)']);
    expect(await titles(list, {}, people.eiuMember)).toEqual(['No inventors yet (sample)', 'Low-cost water-quality sensor (sample data)']);
    expect(await titles(list, { filter: { status: ['DRAFT'] } }, people.eiuMember)).toEqual(['No inventors yet (sample)']);
    expect(await titles(list, { filter: { technologyId } }, people.eiuMember)).toEqual(['Low-cost water-quality sensor (sample data)']);
    expect(await titles(list, { filter: { organizationId: becamex.id } }, people.eiuMember)).toEqual([]);
    expect(await titles(list, {}, people.outsider)).toEqual([]);
    const onTechnology = await t.graphql(graphql(`query DisclosuresTechnology { technology(code: "EIU-DISC-01") { disclosures { status decision } } }`), {}, people.inventor.headers);
    expect(onTechnology.data.technology.disclosures).toEqual([{ status: 'DECIDED', decision: 'PROTECT' }]);
  });

  it('keeps the decision and the status together in the database', async () => {
    await expect(t.dataSource.query(`UPDATE invention_disclosure SET decision = NULL WHERE id = $1`, [disclosure.id])).rejects.toMatchObject({
      constraint: 'invention_disclosure_decided_with_decision',
    });
  });

  it('lets a member disclose a new invention in one step, as one of its inventors', async () => {
    const disclose = graphql(`mutation DisclosuresDiscloseInvention($input: DiscloseInventionInput!) { discloseInvention(input: $input) {
      __typename
      ... on InventionDisclosure { id status title organization { id } technology { code title owners { share organization { id } } inventors { share externalName user { id } } } }
      ... on SharesDoNotTotalError { total }
      ... on ErrorResult { code field } } }`);
    const invention = (extra: Record<string, unknown> = {}) => ({
      organizationId: eiu.id,
      code: 'EIU-SOIL-01',
      title: 'Sample soil-moisture probe',
      description: 'Sample data: a capacitive probe printed on the Fablab’s machines.',
      keywords: ['soil moisture', 'IoT'],
      inventors: [{ userId: people.eiuMember.id, share: '70' }, { externalName: 'Sample external co-inventor', share: '30' }],
      ...extra,
    });

    // Not among the inventors, and not an editor: refused. Outsiders do not see the institution.
    const notMine = await run(disclose, invention({ inventors: [{ externalName: 'Someone else', share: '100' }] }), people.eiuMember);
    expect(notMine.error).toBe('FORBIDDEN');
    expect((await run(disclose, invention(), people.outsider)).error).toBe('NOT_FOUND');
    // Shares that do not total 100 leave nothing behind.
    const wrong = await run(disclose, invention({ inventors: [{ userId: people.eiuMember.id, share: '70' }, { externalName: 'Sample co-inventor', share: '20' }] }), people.eiuMember);
    expect(wrong.result).toMatchObject({ __typename: 'SharesDoNotTotalError', total: '90.00' });
    expect(await t.dataSource.query(`SELECT 1 FROM technology WHERE code = 'EIU-SOIL-01'`)).toEqual([]);

    const disclosed = await run(disclose, invention(), people.eiuMember);
    expect(disclosed.result).toMatchObject({
      __typename: 'InventionDisclosure',
      status: 'DRAFT',
      organization: { id: eiu.id },
      technology: {
        code: 'EIU-SOIL-01',
        owners: [{ share: '100.00', organization: { id: eiu.id } }],
        inventors: [{ share: '70.00', externalName: null, user: { id: people.eiuMember.id } }, { share: '30.00', externalName: 'Sample external co-inventor', user: null }],
      },
    });
    // The inventor submits it; the institution's editors take it from there.
    const submitted = await run(submit, { id: disclosed.result!.id, expectedVersion: 1 }, people.eiuMember);
    expect(submitted.result).toMatchObject({ __typename: 'InventionDisclosure', status: 'SUBMITTED' });
    expect((await run(disclose, invention(), people.eiuEditor)).result).toMatchObject({ __typename: 'TechnologyCodeTakenError', field: 'input.code' });
  });
});
