import { register, type Account } from './support/accounts.js';
import { activateAgreement, createAgreement, createAgreementMutation, moveAgreement, transitionAgreementMutation } from './support/agreements.js';
import { addMember, createOrganization, type Organization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { fixtures } from './support/fixtures.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const one = graphql(`query Agreement($id: ID, $code: String) { agreement(id: $id, code: $code) { ...AgreementFields obligations { id status } } }`);
const list = graphql(`query Agreements($filter: AgreementFilter, $first: Int, $after: String) { agreements(filter: $filter, first: $first, after: $after) {
  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor }
} }`);
const update = graphql(`mutation UpdateAgreement($input: UpdateAgreementInput!) { updateAgreement(input: $input) {
  __typename
  ... on Agreement { ...AgreementFields }
  ... on VersionConflictError { currentVersion }
  ... on AgreementStateError { currentStatus }
  ... on ErrorResult { code message field }
} }`);
const addObligation = graphql(`mutation AddObligation($input: AddObligationInput!) { addObligation(input: $input) {
  __typename
  ... on AgreementObligation { id kind description dueOn owedBy status overdue version agreement { id } }
  ... on ErrorResult { code message field }
} }`);
const reportMet = graphql(`mutation ReportObligationMet($input: ReportObligationMetInput!) { reportObligationMet(input: $input) {
  __typename
  ... on AgreementObligation { id status reportedMetOn reportedAt version }
  ... on ErrorResult { code message field }
} }`);
const outcome = graphql(`mutation RecordObligationOutcome($input: RecordObligationOutcomeInput!) { recordObligationOutcome(input: $input) {
  __typename
  ... on AgreementObligation { id status metOn outcomeNote version }
  ... on InvalidObligationTransitionError { currentStatus allowedStatuses }
  ... on ErrorResult { code message field }
} }`);
const overdue = graphql(`query OverdueObligations { overdueObligations { totalCount edges { node { id dueOn overdue } } } }`);
const obligationsQuery = graphql(`query AgreementObligations($filter: ObligationFilter) { agreementObligations(filter: $filter) { totalCount edges { node { id dueOn status } } } }`);

const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('agreements', () => {
  let t: TestApp;
  let ownerAdmin: Account;
  let ownerEditor: Account;
  let ownerMember: Account;
  let coOwnerAdmin: Account;
  let licenseeAdmin: Account;
  let outsider: Account;
  let university: Organization;
  let coOwner: Organization;
  let licensee: Organization;
  let unrelated: Organization;
  let technology: { id: string; code: string };
  let unrelatedTechnology: { id: string };

  const base = () => ({ technologyIds: [technology.id], licensorIds: [university.id], licenseeId: licensee.id });

  beforeAll(async () => {
    t = await startTestApp();
    [ownerAdmin, ownerEditor, ownerMember, coOwnerAdmin, licenseeAdmin, outsider] = await Promise.all(
      ['owner-admin', 'owner-editor', 'owner-member', 'coowner-admin', 'licensee-admin', 'outsider'].map((name) => register(t, `${name}@agreements.example.org`)),
    );
    university = await createOrganization(t, ownerAdmin, 'Sample university');
    coOwner = await createOrganization(t, coOwnerAdmin, 'Sample institute');
    licensee = await createOrganization(t, licenseeAdmin, 'Sample licensee company');
    unrelated = await createOrganization(t, outsider, 'Sample unrelated company');
    await addMember(t, ownerAdmin, university.id, ownerEditor, 'EDITOR');
    await addMember(t, ownerAdmin, university.id, ownerMember, 'MEMBER');
    technology = await fixtures(t).newTechnology(ownerAdmin, {
      owners: [{ organizationId: university.id, share: '70', validFrom: '2020-01-01' }, { organizationId: coOwner.id, share: '30', validFrom: '2020-01-01' }],
      inventors: [{ userId: ownerMember.id, share: '100' }],
    });
    unrelatedTechnology = await fixtures(t).newTechnology(outsider, { owners: [{ organizationId: unrelated.id, share: '100', validFrom: '2020-01-01' }] });
  });

  afterAll(() => t?.close());

  describe('creation', () => {
    it('records a NEGOTIATING agreement with its terms, licensors, licensee and technologies', async () => {
      const agreement = await createAgreement(t, ownerEditor, {
        ...base(),
        title: 'Sample data: water sensor licence',
        type: 'LICENCE_EXCLUSIVE',
        territory: ['vn', 'SG'],
        fieldOfUse: 'Sample data: aquaculture monitoring',
        upfrontFee: '50000000',
        royaltyRate: '3.5',
        milestonePayments: [{ description: 'Sample data: first sale', amount: '20000000', dueOn: '2027-06-30' }],
        effectiveOn: '2026-02-01',
        expiresOn: '2031-01-31',
      });
      expect(agreement).toMatchObject({
        status: 'NEGOTIATING',
        type: 'LICENCE_EXCLUSIVE',
        territory: ['VN', 'SG'],
        executedOn: null,
        version: 1,
        licensors: [{ id: university.id }],
        licensee: { id: licensee.id },
        technologies: [{ id: technology.id, code: technology.code }],
        terms: {
          currency: 'VND',
          upfrontFee: { amount: '50000000', currency: 'VND' },
          royaltyRate: '3.5',
          milestonePayments: [{ description: 'Sample data: first sale', amount: { amount: '20000000', currency: 'VND' }, dueOn: '2027-06-30', status: 'PENDING' }],
        },
      });
      const [audit] = await t.dataSource.query(`SELECT organization_id FROM audit_event WHERE action = 'agreement.created' AND entity_id = $1`, [agreement.id]);
      expect(audit.organization_id).toBe(university.id);
    });

    it('refuses bad terms and parties as typed errors', async () => {
      const attempt = async (values: Record<string, unknown>) =>
        (await t.graphql(createAgreementMutation, { input: { code: `SAMPLE-BAD-${Math.random().toString(36).slice(2, 8).toUpperCase()}`, title: 'Sample data', type: 'OPTION', ...base(), ...values } }, ownerEditor.headers)).data
          ?.createAgreement;
      expect(await attempt({ licenseeId: university.id })).toMatchObject({ __typename: 'InvalidInputError', field: 'input.licenseeId' });
      expect(await attempt({ licensorIds: [university.id, unrelated.id] })).toMatchObject({ __typename: 'InvalidInputError', field: 'input.licensorIds' });
      expect(await attempt({ currency: 'VND', upfrontFee: '10.50' })).toMatchObject({ __typename: 'InvalidInputError', field: 'input.upfrontFee' });
      expect(await attempt({ effectiveOn: '2026-05-01', expiresOn: '2026-04-30' })).toMatchObject({ __typename: 'InvalidInputError', field: 'input.expiresOn' });
      const taken = await createAgreement(t, ownerEditor, base());
      expect(await attempt({ code: taken.code })).toMatchObject({ __typename: 'AgreementCodeTakenError', field: 'input.code' });
      const bad = await t.graphql(createAgreementMutation, { input: { code: 'x', title: '', type: 'OPTION', ...base() } }, ownerEditor.headers);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('lets only editors of an owner of every technology create one', async () => {
      const as = async (account: Account, values: Record<string, unknown> = {}) =>
        t.graphql(createAgreementMutation, { input: { code: `SAMPLE-P-${Math.random().toString(36).slice(2, 8).toUpperCase()}`, title: 'Sample data', type: 'OPTION', ...base(), ...values } }, account.headers);
      expect(errorCode(await as(ownerMember))).toBe('FORBIDDEN');
      expect(errorCode(await as(outsider))).toBe('NOT_FOUND');
      // The licensee of earlier agreements reads the technology, but may not license it.
      expect(errorCode(await as(licenseeAdmin))).toBe('FORBIDDEN');
      expect(errorCode(await as(ownerEditor, { technologyIds: [technology.id, unrelatedTechnology.id] }))).toBe('NOT_FOUND');
      expect(errorCode(await t.graphql(createAgreementMutation, { input: { code: 'SAMPLE-ANON', title: 'x', type: 'OPTION', ...base() } }))).toBe('UNAUTHENTICATED');
      // A co-owner's editor may license with both owners as licensors.
      const joint = await createAgreement(t, coOwnerAdmin, { ...base(), licensorIds: [university.id, coOwner.id] });
      expect(joint.licensors.map((l: { id: string }) => l.id).sort()).toEqual([university.id, coOwner.id].sort());
    });
  });

  describe('visibility', () => {
    it('shows the agreement and its terms to the parties only', async () => {
      const agreement = await createAgreement(t, ownerEditor, { ...base(), upfrontFee: '1000000' });
      for (const party of [ownerAdmin, ownerMember, licenseeAdmin]) {
        const seen = (await t.graphql(one, { id: agreement.id }, party.headers)).data.agreement;
        expect(seen.terms.upfrontFee).toEqual({ amount: '1000000', currency: 'VND' });
      }
      expect((await t.graphql(one, { id: agreement.id }, outsider.headers)).data.agreement).toBeNull();
      expect((await t.graphql(one, { code: agreement.code }, coOwnerAdmin.headers)).data.agreement).toBeNull();
      expect(errorCode(await t.graphql(one, { id: agreement.id }))).toBe('UNAUTHENTICATED');

      const outsiderList = (await t.graphql(list, {}, outsider.headers)).data.agreements;
      expect(outsiderList.totalCount).toBe(0);
      const licenseeList = (await t.graphql(list, {}, licenseeAdmin.headers)).data.agreements;
      expect(licenseeList.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(agreement.id);
    });

    it('filters by status, organisation, technology and search, and pages with cursors', async () => {
      const other = await fixtures(t).newTechnology(ownerAdmin, { owners: [{ organizationId: university.id, share: '100', validFrom: '2020-01-01' }] });
      const special = await createAgreement(t, ownerEditor, { ...base(), technologyIds: [other.id], title: 'Sample data: Cảm biến nước' });
      const byTechnology = (await t.graphql(list, { filter: { technologyId: other.id } }, ownerEditor.headers)).data.agreements;
      expect(byTechnology.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([special.id]);
      const bySearch = (await t.graphql(list, { filter: { search: 'cam bien' } }, ownerEditor.headers)).data.agreements;
      expect(bySearch.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([special.id]);
      const byOrganization = (await t.graphql(list, { filter: { organizationId: coOwner.id } }, ownerEditor.headers)).data.agreements;
      expect(byOrganization.totalCount).toBe(1);
      const terminated = (await t.graphql(list, { filter: { status: ['EXPIRED'] } }, ownerEditor.headers)).data.agreements;
      expect(terminated.edges.every((e: { node: { id: string } }) => e.node.id !== special.id)).toBe(true);

      const all = (await t.graphql(list, { first: 100 }, ownerEditor.headers)).data.agreements;
      const firstPage = (await t.graphql(list, { first: 2 }, ownerEditor.headers)).data.agreements;
      const secondPage = (await t.graphql(list, { first: 2, after: firstPage.pageInfo.endCursor }, ownerEditor.headers)).data.agreements;
      expect([...firstPage.edges, ...secondPage.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(all.edges.slice(0, 4).map((e: { node: { id: string } }) => e.node.id));

      const viaOrganization = await t.graphql(graphql(`query AgreementsOrganization($id: ID!) { organization(id: $id) { agreements { totalCount } } }`), { id: licensee.id }, licenseeAdmin.headers);
      expect(viaOrganization.data.organization.agreements.totalCount).toBe(all.totalCount);
    });
  });

  describe('life', () => {
    it('changes terms only while NEGOTIATING, and follows NEGOTIATING -> EXECUTED -> ACTIVE -> EXPIRED', async () => {
      const agreement = await createAgreement(t, ownerEditor, base());
      const stale = await t.graphql(update, { input: { id: agreement.id, expectedVersion: 7, royaltyRate: '2' } }, ownerEditor.headers);
      expect(stale.data.updateAgreement).toMatchObject({ __typename: 'VersionConflictError', currentVersion: 1 });
      const changed = await t.graphql(
        update,
        { input: { id: agreement.id, expectedVersion: 1, royaltyRate: '2.25', currency: 'EUR', upfrontFee: '1500.50', milestonePayments: [{ description: 'Sample data: launch', amount: '99.99' }] } },
        ownerEditor.headers,
      );
      expect(changed.data.updateAgreement).toMatchObject({
        version: 2,
        terms: { currency: 'EUR', royaltyRate: '2.25', upfrontFee: { amount: '1500.50', currency: 'EUR' }, milestonePayments: [{ amount: { amount: '99.99' } }] },
      });
      expect(errorCode(await t.graphql(update, { input: { id: agreement.id, expectedVersion: 2, title: 'x' } }, licenseeAdmin.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(update, { input: { id: agreement.id, expectedVersion: 2, title: 'x' } }, ownerMember.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(update, { input: { id: agreement.id, expectedVersion: 2, title: 'x' } }, outsider.headers))).toBe('NOT_FOUND');

      const skip = await t.graphql(transitionAgreementMutation, { input: { id: agreement.id, status: 'ACTIVE', expectedVersion: 2 } }, ownerEditor.headers);
      expect(skip.data.transitionAgreement).toMatchObject({ __typename: 'InvalidAgreementTransitionError', currentStatus: 'NEGOTIATING', allowedStatuses: ['EXECUTED', 'TERMINATED'] });
      const undated = await t.graphql(transitionAgreementMutation, { input: { id: agreement.id, status: 'EXECUTED', expectedVersion: 2 } }, ownerEditor.headers);
      expect(undated.data.transitionAgreement).toMatchObject({ __typename: 'InvalidInputError', field: 'input.on' });
      expect(errorCode(await t.graphql(transitionAgreementMutation, { input: { id: agreement.id, status: 'EXECUTED', on: '2026-01-10', expectedVersion: 2 } }, licenseeAdmin.headers))).toBe('FORBIDDEN');

      const executed = await moveAgreement(t, ownerEditor, agreement.id, 'EXECUTED', 2, '2026-01-10');
      expect(executed).toMatchObject({ status: 'EXECUTED', executedOn: '2026-01-10' });
      const locked = await t.graphql(update, { input: { id: agreement.id, expectedVersion: executed.version, royaltyRate: '9' } }, ownerEditor.headers);
      expect(locked.data.updateAgreement).toMatchObject({ __typename: 'AgreementStateError', currentStatus: 'EXECUTED', field: 'input.royaltyRate' });
      const retitled = await t.graphql(update, { input: { id: agreement.id, expectedVersion: executed.version, title: 'Sample data: renamed' } }, ownerEditor.headers);
      expect(retitled.data.updateAgreement).toMatchObject({ __typename: 'Agreement', title: 'Sample data: renamed' });

      const active = await moveAgreement(t, ownerEditor, agreement.id, 'ACTIVE', executed.version + 1, '2026-02-01');
      expect(active).toMatchObject({ status: 'ACTIVE', effectiveOn: '2026-02-01' });
      const expired = await moveAgreement(t, ownerEditor, agreement.id, 'EXPIRED', active.version, '2030-12-31');
      expect(expired).toMatchObject({ status: 'EXPIRED', endedOn: '2030-12-31' });
      const afterEnd = await t.graphql(transitionAgreementMutation, { input: { id: agreement.id, status: 'TERMINATED', expectedVersion: expired.version } }, ownerEditor.headers);
      expect(afterEnd.data.transitionAgreement).toMatchObject({ __typename: 'InvalidAgreementTransitionError', currentStatus: 'EXPIRED', allowedStatuses: [] });

      // Stage changes reach both sides' activity.
      const audits = await t.dataSource.query(`SELECT organization_id FROM audit_event WHERE action = 'agreement.status_changed' AND entity_id = $1`, [agreement.id]);
      expect(new Set(audits.map((row: { organization_id: string }) => row.organization_id))).toEqual(new Set([university.id, licensee.id]));
    });

    it('lets a negotiation be abandoned without ever being executed', async () => {
      const agreement = await createAgreement(t, ownerEditor, base());
      const abandoned = await moveAgreement(t, ownerEditor, agreement.id, 'TERMINATED', 1, '2026-03-01');
      expect(abandoned).toMatchObject({ status: 'TERMINATED', executedOn: null, endedOn: '2026-03-01' });
    });
  });

  describe('obligations', () => {
    let agreementId: string;

    beforeAll(async () => {
      const agreement = await createAgreement(t, ownerEditor, base());
      agreementId = agreement.id;
      await activateAgreement(t, ownerEditor, agreement.id, agreement.version);
    });

    const add = (account: Account, values: Record<string, unknown> = {}) =>
      t.graphql(addObligation, { input: { agreementId, kind: 'REPORT', description: 'Sample data: yearly sales report', dueOn: '2026-12-31', owedBy: 'LICENSEE', ...values } }, account.headers);

    it('are added by the licensors’ editors only', async () => {
      const added = (await add(ownerEditor)).data.addObligation;
      expect(added).toMatchObject({ kind: 'REPORT', status: 'PENDING', owedBy: 'LICENSEE', version: 1, agreement: { id: agreementId } });
      expect(errorCode(await add(licenseeAdmin))).toBe('FORBIDDEN');
      expect(errorCode(await add(ownerMember))).toBe('FORBIDDEN');
      expect(errorCode(await add(outsider))).toBe('NOT_FOUND');
    });

    it('are reported met by the owing party and decided by the licensors; illegal moves name the legal ones', async () => {
      const obligation = (await add(ownerEditor, { kind: 'DILIGENCE_MILESTONE', description: 'Sample data: first commercial sale' })).data.addObligation;
      expect(errorCode(await t.graphql(reportMet, { input: { obligationId: expectResult(obligation, 'AgreementObligation').id, metOn: '2026-06-01', expectedVersion: 1 } }, ownerMember.headers))).toBe('FORBIDDEN');
      const reported = (await t.graphql(reportMet, { input: { obligationId: expectResult(obligation, 'AgreementObligation').id, metOn: '2026-06-01', expectedVersion: 1 } }, licenseeAdmin.headers)).data.reportObligationMet;
      expect(reported).toMatchObject({ status: 'PENDING', reportedMetOn: '2026-06-01', version: 2 });
      expect(expectResult(reported, 'AgreementObligation').reportedAt).toBeTruthy();

      expect(errorCode(await t.graphql(outcome, { input: { obligationId: expectResult(obligation, 'AgreementObligation').id, status: 'MET', expectedVersion: 2 } }, licenseeAdmin.headers))).toBe('FORBIDDEN');
      expect(errorCode(await t.graphql(outcome, { input: { obligationId: expectResult(obligation, 'AgreementObligation').id, status: 'MET', expectedVersion: 2 } }, outsider.headers))).toBe('NOT_FOUND');
      const stale = (await t.graphql(outcome, { input: { obligationId: expectResult(obligation, 'AgreementObligation').id, status: 'MET', expectedVersion: 1 } }, ownerEditor.headers)).data.recordObligationOutcome;
      expect(stale).toMatchObject({ __typename: 'VersionConflictError' });
      const met = (await t.graphql(outcome, { input: { obligationId: expectResult(obligation, 'AgreementObligation').id, status: 'MET', note: 'Sample data: invoice seen', expectedVersion: 2 } }, ownerEditor.headers)).data
        .recordObligationOutcome;
      expect(met).toMatchObject({ __typename: 'AgreementObligation', status: 'MET', metOn: '2026-06-01', outcomeNote: 'Sample data: invoice seen', version: 3 });
      const again = (await t.graphql(outcome, { input: { obligationId: expectResult(obligation, 'AgreementObligation').id, status: 'MISSED', expectedVersion: 3 } }, ownerEditor.headers)).data.recordObligationOutcome;
      expect(again).toMatchObject({ __typename: 'InvalidObligationTransitionError', currentStatus: 'MET', allowedStatuses: [] });

      const second = (await add(ownerEditor, { dueOn: '2026-10-31' })).data.addObligation;
      const missed = (await t.graphql(outcome, { input: { obligationId: expectResult(second, 'AgreementObligation').id, status: 'MISSED', expectedVersion: 1 } }, ownerEditor.headers)).data.recordObligationOutcome;
      expect(missed).toMatchObject({ status: 'MISSED', metOn: null });
      const undated = (await t.graphql(outcome, { input: { obligationId: expectResult(second, 'AgreementObligation').id, status: 'MET', expectedVersion: 2 } }, ownerEditor.headers)).data.recordObligationOutcome;
      expect(undated).toMatchObject({ __typename: 'InvalidInputError', field: 'input.metOn' });
      const late = (await t.graphql(outcome, { input: { obligationId: expectResult(second, 'AgreementObligation').id, status: 'MET', metOn: '2026-11-20', expectedVersion: 2 } }, ownerEditor.headers)).data.recordObligationOutcome;
      expect(late).toMatchObject({ status: 'MET', metOn: '2026-11-20' });
    });

    it('lists overdue obligations and filters by due window, for the parties only', async () => {
      const past = (await add(ownerEditor, { dueOn: '2021-03-31', description: 'Sample data: overdue report' })).data.addObligation;
      expect(expectResult(past, 'AgreementObligation').overdue).toBe(true);
      for (const party of [ownerEditor, licenseeAdmin]) {
        const seen = (await t.graphql(overdue, {}, party.headers)).data.overdueObligations;
        expect(seen.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(expectResult(past, 'AgreementObligation').id);
        expect(seen.edges.every((e: { node: { overdue: boolean } }) => e.node.overdue)).toBe(true);
      }
      expect((await t.graphql(overdue, {}, outsider.headers)).data.overdueObligations.totalCount).toBe(0);
      const window = (await t.graphql(obligationsQuery, { filter: { dueFrom: '2021-01-01', dueUntil: '2021-12-31', agreementId } }, ownerEditor.headers)).data.agreementObligations;
      expect(window.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([expectResult(past, 'AgreementObligation').id]);
      const viaAgreement = (await t.graphql(one, { id: agreementId }, licenseeAdmin.headers)).data.agreement;
      expect(viaAgreement.obligations.map((o: { id: string }) => o.id)).toContain(expectResult(past, 'AgreementObligation').id);
    });
  });

  describe('reading in one statement', () => {
    const nested = graphql(`query AgreementsAgreements($first: Int, $organizationId: ID) {
      agreements(first: $first) { edges { node {
        code status licensee { name } licensors { name children { name } } technologies { code owners { organization { name } } }
        terms { currency upfrontFee { amount currency } royaltyRate milestonePayments { description amount { amount currency } } }
        obligations { dueOn overdue agreement { code licensee { name } } }
        receipts { kind amount { amount currency } receivedOn } costs { kind amount { amount } }
        distributions { periodEnd net { amount } agreement { code } lines { beneficiaryKind inventorName amount { amount } payer { name } organization { name } agreement { code } } }
      } } }
      agreementObligations(first: $first) { edges { node { description overdue agreement { code licensors { name } terms { currency } } } } }
      organization(id: $organizationId) { agreements(first: $first) { totalCount edges { node { code licensee { name } obligations { status } } } } }
    }`);

    beforeAll(async () => {
      for (let index = 0; index < 6; index++) {
        const agreement = await createAgreement(t, ownerEditor, {
          ...base(),
          upfrontFee: '1000000',
          royaltyRate: '2.5',
          milestonePayments: [{ description: 'Sample data: first sale', amount: '500000' }],
        });
        await t.graphql(addObligation, { input: { agreementId: agreement.id, kind: 'REPORT', description: 'Sample data: report', dueOn: '2026-01-31', owedBy: 'LICENSEE' } }, ownerEditor.headers);
      }
    });

    it('reads agreements, obligations and an organisation’s agreements with everything below them in a fixed number of statements, whatever the page size', async () => {
      const statementsFor = async (first: number) => {
        const before = t.statementCount();
        const response = await t.graphql(nested, { first, organizationId: licensee.id }, ownerEditor.headers);
        expect(response.errors).toBeUndefined();
        expect(response.data.agreements.edges).toHaveLength(first);
        expect(response.data.agreementObligations.edges).toHaveLength(first);
        expect(response.data.organization.agreements.edges).toHaveLength(first);
        expect(response.data.agreements.edges[0].node.terms.milestonePayments.length).toBeGreaterThanOrEqual(0);
        return t.statementCount() - before;
      };
      const small = await statementsFor(1);
      const large = await statementsFor(6);
      expect(large).toBe(small);
      // The session, the caller's memberships, and one per root field: nothing below them costs a statement.
      expect(small).toBe(5);
    });
  });
});
