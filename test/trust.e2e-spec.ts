import { makePlatformAdmin, register, type Account } from './support/accounts.js';
import { createOffer, ownedTechnology, publish } from './support/exchange.js';
import { addMember, createOrganization, inviteMember } from './support/memberships.js';
import { startTestApp, type AnyOperation, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import { expectResult } from './support/results.js';

const updateOrganization = graphql(`mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
  __typename ... on Organization { name helix verified version } ... on ErrorResult { code message field } } }`);
const verifyOrganization = graphql(`mutation TrustVerifyOrganization($id: ID!) { verifyOrganization(id: $id) { verified version } }`);
const verificationQueue = graphql(`query Organizations { organizations(filter: {verified: false}, orderBy: {field: UPDATED_AT, direction: DESC}, first: 100) { edges { node { id name verified } } } }`);
const auditLog = graphql(`query AuditLog($org: ID) { auditLog(organizationId: $org, first: 100) { edges { node { action actorUserId changes { field before after } } } } }`);
const createProject = graphql(`mutation TrustCreateProject($input: CreateProjectInput!) { createProject(input: $input) {
  __typename ... on Project { id code version programme { code } } ... on ErrorResult { code message field } } }`);
const updateProject = graphql(`mutation UpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) {
  __typename ... on Project { version programme { code } } ... on ErrorResult { code message field } } }`);
const createProgramme = graphql(`mutation TrustCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { __typename ... on Programme { id code } } }`);
const readOffer = graphql(`query TechnologyOffer($id: ID!) { technologyOffer(id: $id) { title details price { amount currency } priceNote } }`);

/** Who refused, and why: the error code and message of the first error, or the result's typename. */
const outcome = (response: { data?: Record<string, { __typename?: string } | null> | null; errors?: { message: string; extensions?: { code?: string } }[] }) =>
  response.errors?.length ? { code: response.errors[0].extensions?.code, message: response.errors[0].message } : { typename: Object.values(response.data ?? {})[0]?.__typename };

describe('consent and trust', () => {
  let t: TestApp;
  const people: Record<string, Account> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['platformAdmin', 'companyAdmin', 'companyEditor', 'ownerAdmin', 'ownerEditor', 'otherAdmin', 'otherEditor']) {
      people[name] = await register(t, `${name.toLowerCase()}@example.org`);
    }
    await makePlatformAdmin(t, people.platformAdmin);
  });
  afterAll(() => t.close());

  /** A new organisation made through the API, with an editor, verified by a platform admin. */
  const verifiedOrganization = async (admin: Account, editor: Account) => {
    const organization = await createOrganization(t, admin);
    await addMember(t, admin, organization.id, editor, 'EDITOR');
    const verified = await t.graphql(verifyOrganization, { id: organization.id }, people.platformAdmin.headers);
    expect(verified.data.verifyOrganization.verified).toBe(true);
    return { id: organization.id, version: verified.data.verifyOrganization.version as number };
  };

  describe('verification vouches for an identity', () => {
    let company: { id: string; version: number };
    let offerId: string;

    beforeAll(async () => {
      company = await verifiedOrganization(people.companyAdmin, people.companyEditor);
      const seller = await verifiedOrganization(people.otherAdmin, people.otherEditor);
      const technologyId = await ownedTechnology(t, people.otherEditor, seller.id, 5, 'Sample data: soil sensor');
      const offer = await createOffer(t, people.otherEditor, {
        organizationId: seller.id, technologyId, title: 'Sample data: soil sensor licence', details: 'Sample data: field results.', price: { amount: '90000000', currency: 'VND' },
      });
      offerId = (await publish(t, people.otherEditor, 'offer', offer)).id;
    });

    it('keeps the badge through changes that are not about who the organisation is', async () => {
      const response = await t.graphql(updateOrganization, { input: { id: company.id, expectedVersion: company.version, website: 'https://sample.example.vn' } }, people.companyAdmin.headers);
      expect(response.data.updateOrganization).toMatchObject({ __typename: 'Organization', verified: true });
      company.version = expectResult(response.data.updateOrganization, 'Organization').version;
    });

    it('withdraws it when a verified organisation renames itself after a People’s Committee, audited and queued for the platform admins', async () => {
      const partnerBefore = (await t.graphql(readOffer, { id: offerId }, people.companyEditor.headers)).data.technologyOffer;
      expect(partnerBefore).toMatchObject({ details: 'Sample data: field results.', price: { amount: '90000000', currency: 'VND' } });

      const renamed = await t.graphql(
        updateOrganization,
        { input: { id: company.id, expectedVersion: company.version, name: 'Ủy ban nhân dân tỉnh Bình Dương', helix: 'GOVERNMENT' } },
        people.companyAdmin.headers,
      );
      expect(renamed.data.updateOrganization).toMatchObject({ __typename: 'Organization', name: 'Ủy ban nhân dân tỉnh Bình Dương', helix: 'GOVERNMENT', verified: false });
      company.version = expectResult(renamed.data.updateOrganization, 'Organization').version;

      const public_ = await t.graphql(graphql(`query TrustOrganization($id: ID!) { organization(id: $id) { verified } }`), { id: company.id });
      expect(public_.data.organization).toEqual({ verified: false });
      // Without the badge, its members are no longer partners of the exchange: no prices to broker with.
      const partnerAfter = (await t.graphql(readOffer, { id: offerId }, people.companyEditor.headers)).data.technologyOffer;
      expect(partnerAfter).toMatchObject({ title: 'Sample data: soil sensor licence', details: null, price: null, priceNote: null });

      const events = (await t.graphql(auditLog, { org: company.id }, people.companyAdmin.headers)).data.auditLog.edges.map((edge) => edge.node);
      const rename = events.find((event) => event.changes.some((change) => change.field === 'helix'))!;
      expect(rename).toMatchObject({ action: 'organization.updated', actorUserId: people.companyAdmin.id });
      expect(rename.changes).toEqual(expect.arrayContaining([
        { field: 'helix', before: '"INDUSTRY"', after: '"GOVERNMENT"' },
        { field: 'verified', before: 'true', after: 'false' },
      ]));

      const queue = (await t.graphql(verificationQueue, {}, people.platformAdmin.headers)).data.organizations.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(queue[0]).toBe(company.id);
    });

    it('stops a broker that renamed itself from carrying deals as verified', async () => {
      const brokerAdmin = await register(t, 'broker-admin@example.org');
      const created = await t.graphql(
        graphql(`mutation TrustCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ... on Organization { id } } }`),
        { input: { name: 'Sample Technology Brokers', helix: 'INDUSTRY', kind: 'INTERMEDIARY', country: 'VN' } },
        brokerAdmin.headers,
      );
      const broker = created.data.createOrganization.id;
      const verified = await t.graphql(verifyOrganization, { id: broker }, people.platformAdmin.headers);
      const openDeal = graphql(`mutation OpenDeal($input: OpenDealInput!) { openDeal(input: $input) { __typename ... on Deal { id version } ... on ErrorResult { code message field } } }`);
      const deal = (await t.graphql(openDeal, { input: { brokerOrganizationId: broker, offerId, seekerOrganizationId: company.id } }, brokerAdmin.headers)).data.openDeal;
      expect(deal.__typename).toBe('Deal');

      const renamed = await t.graphql(
        updateOrganization,
        { input: { id: broker, expectedVersion: verified.data.verifyOrganization.version, name: 'Ủy ban nhân dân tỉnh Bình Dương', helix: 'GOVERNMENT' } },
        brokerAdmin.headers,
      );
      expect(expectResult(renamed.data.updateOrganization, 'Organization').verified).toBe(false);
      const again = await t.graphql(openDeal, { input: { brokerOrganizationId: broker, offerId, seekerOrganizationId: company.id } }, brokerAdmin.headers);
      expect(again.data.openDeal).toMatchObject({ __typename: 'InvalidInputError', message: expect.stringContaining('verified') });
      const advanceDeal = graphql(`mutation AdvanceDeal($input: AdvanceDealInput!) { advanceDeal(input: $input) { __typename ... on Deal { stage } ... on ErrorResult { code message field } } }`);
      const moved = await t.graphql(advanceDeal, { input: { id: expectResult(deal, 'Deal').id, expectedVersion: expectResult(deal, 'Deal').version, stage: 'INTRODUCED' } }, brokerAdmin.headers);
      expect(moved.data.advanceDeal).toMatchObject({ __typename: 'InvalidInputError', message: expect.stringContaining('verification was withdrawn') });
      const dropped = await t.graphql(graphql(`mutation DropDeal($input: DropDealInput!) { dropDeal(input: $input) { __typename ... on Deal { stage } } }`), { input: { id: expectResult(deal, 'Deal').id, expectedVersion: expectResult(deal, 'Deal').version } }, brokerAdmin.headers);
      expect(dropped.data.dropDeal).toEqual({ __typename: 'Deal', stage: 'DROPPED' });
    });

    it('withdraws it for each identity field, and a platform admin’s own edit keeps it', async () => {
      const changes: Record<string, unknown>[] = [
        { nameEn: 'Sample Company' }, { shortName: 'UBND Bình Dương' }, { slug: 'ubnd-binh-duong' }, { secondaryHelices: ['ACADEMIA'] }, { kind: 'PRIVATE_COMPANY' }, { country: 'LA' },
      ];
      for (const change of changes) {
        const again = await t.graphql(verifyOrganization, { id: company.id }, people.platformAdmin.headers);
        const response = await t.graphql(updateOrganization, { input: { id: company.id, expectedVersion: again.data.verifyOrganization.version, ...change } }, people.companyAdmin.headers);
        expect({ change, verified: expectResult(response.data.updateOrganization, 'Organization').verified }).toEqual({ change, verified: false });
        company.version = expectResult(response.data.updateOrganization, 'Organization').version;
      }
      const parent = await createOrganization(t, people.companyAdmin);
      const again = await t.graphql(verifyOrganization, { id: company.id }, people.platformAdmin.headers);
      const moved = await t.graphql(updateOrganization, { input: { id: company.id, expectedVersion: again.data.verifyOrganization.version, parentId: parent.id } }, people.companyAdmin.headers);
      expect(expectResult(moved.data.updateOrganization, 'Organization').verified).toBe(false);

      const reverified = await t.graphql(verifyOrganization, { id: company.id }, people.platformAdmin.headers);
      const byPlatform = await t.graphql(updateOrganization, { input: { id: company.id, expectedVersion: reverified.data.verifyOrganization.version, name: 'Công ty Mẫu' } }, people.platformAdmin.headers);
      expect(byPlatform.data.updateOrganization).toMatchObject({ name: 'Công ty Mẫu', verified: true });
    });
  });

  describe('a programme speaks for its owner', () => {
    let owner: { id: string };
    let other: { id: string };
    let programme: { id: string; code: string };

    beforeAll(async () => {
      owner = await verifiedOrganization(people.ownerAdmin, people.ownerEditor);
      other = await createOrganization(t, people.otherAdmin);
      await addMember(t, people.otherAdmin, other.id, people.otherEditor, 'EDITOR');
      programme = expectResult((await t.graphql(createProgramme, { input: { code: 'SAMPLE-TRUST', name: 'Sample data programme', ownerOrganizationId: owner.id } }, people.ownerAdmin.headers)).data.createProgramme, 'Programme');
    });

    it('refuses another organisation’s project, whether created in it or moved into it, and writes nothing', async () => {
      const created = await t.graphql(createProject, { input: { coordinatorId: other.id, code: 'TRUST-P-01', title: 'Sample data', programmeId: programme.id } }, people.otherEditor.headers);
      expect(created.data.createProject).toMatchObject({ __typename: 'ProgrammeConsentRequiredError', code: 'PROGRAMME_CONSENT_REQUIRED', field: 'input.programmeId' });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM project WHERE code = 'TRUST-P-01'`);
      expect(count).toBe(0);

      const outside = (await t.graphql(createProject, { input: { coordinatorId: other.id, code: 'TRUST-P-02', title: 'Sample data' } }, people.otherEditor.headers)).data.createProject;
      const moved = await t.graphql(updateProject, { input: { id: expectResult(outside, 'Project').id, expectedVersion: expectResult(outside, 'Project').version, programmeId: programme.id } }, people.otherEditor.headers);
      expect(moved.data.updateProject).toMatchObject({ __typename: 'ProgrammeConsentRequiredError', field: 'input.programmeId' });
      const listed = await t.graphql(graphql(`query Projects($id: ID) { projects(filter: {programmeId: $id}) { totalCount } }`), { id: programme.id }, people.platformAdmin.headers);
      expect(listed.data.projects.totalCount).toBe(0);
      // A member (not an editor) of the owner has no right to fill its programme either.
      const ownerMember = await register(t, 'owner-member@example.org');
      await addMember(t, people.ownerAdmin, owner.id, ownerMember, 'MEMBER');
      await addMember(t, people.otherAdmin, other.id, ownerMember, 'EDITOR');
      const byMember = await t.graphql(createProject, { input: { coordinatorId: other.id, code: 'TRUST-P-03', title: 'Sample data', programmeId: programme.id } }, ownerMember.headers);
      expect(byMember.data.createProject.__typename).toBe('ProgrammeConsentRequiredError');
    });

    it('lets the owner’s editors attach projects, and any coordinator take its project out', async () => {
      const created = await t.graphql(createProject, { input: { coordinatorId: owner.id, code: 'TRUST-P-04', title: 'Sample data', programmeId: programme.id } }, people.ownerEditor.headers);
      expect(created.data.createProject).toMatchObject({ __typename: 'Project', programme: { code: 'SAMPLE-TRUST' } });
      const left = await t.graphql(updateProject, { input: { id: expectResult(created.data.createProject, 'Project').id, expectedVersion: 1, programmeId: null } }, people.ownerEditor.headers);
      expect(left.data.updateProject).toMatchObject({ __typename: 'Project', programme: null });
      const unknown = await t.graphql(createProject, { input: { coordinatorId: owner.id, code: 'TRUST-P-05', title: 'Sample data', programmeId: '00000000-0000-4000-8000-000000000000' } }, people.ownerEditor.headers);
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.programmeId' });
    });
  });

  describe('an archived organisation creates and changes nothing', () => {
    let archived: { id: string };
    let project: { id: string; version: number };
    let technologyId: string;
    let offer: { id: string; version: number };

    beforeAll(async () => {
      const admin = await register(t, 'archived-admin@example.org');
      const editor = await register(t, 'archived-editor@example.org');
      people.archivedAdmin = admin;
      people.archivedEditor = editor;
      archived = await verifiedOrganization(admin, editor);
      project = expectResult((await t.graphql(createProject, { input: { coordinatorId: archived.id, code: 'TRUST-A-01', title: 'Sample data' } }, editor.headers)).data.createProject, 'Project');
      technologyId = await ownedTechnology(t, editor, archived.id, 4, 'Sample data: archived technology');
      offer = await createOffer(t, editor, { organizationId: archived.id, technologyId, title: 'Sample data: archived offer' });
      const done = await t.graphql(graphql(`mutation ArchiveOrganization($id: ID!) { archiveOrganization(id: $id) { archivedAt } }`), { id: archived.id }, people.platformAdmin.headers);
      expect(done.data.archiveOrganization.archivedAt).toEqual(expect.any(String));
    });

    it('refuses its members every write in its name, with the reason', async () => {
      const archivedRefusal = { code: 'FORBIDDEN', message: expect.stringContaining('archived') };
      const { archivedAdmin: admin, archivedEditor: editor } = people;
      const attempts: [string, Account, AnyOperation, Record<string, unknown>][] = [
        ['create a project', editor, createProject, { input: { coordinatorId: archived.id, code: 'TRUST-A-02', title: 'Sample data' } }],
        ['change its project', editor, updateProject, { input: { id: project.id, expectedVersion: project.version, title: 'Sample data, renamed' } }],
        ['offer its technology', editor, graphql(`mutation TrustCreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { __typename } }`),
          { input: { organizationId: archived.id, technologyId, kind: 'LICENCE', language: 'EN', title: 'Sample data', summary: 'Sample data.' } }],
        ['change its offer', editor, graphql(`mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { __typename } }`),
          { input: { id: offer.id, expectedVersion: offer.version, title: 'Sample data, renamed' } }],
        ['create a programme', admin, createProgramme, { input: { code: 'SAMPLE-ARCHIVED', name: 'Sample data', ownerOrganizationId: archived.id } }],
        ['invite a member', admin, inviteMember, { input: { organizationId: archived.id, email: 'newcomer@example.org', role: 'MEMBER' } }],
        ['create an API key', admin, graphql(`mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`), { input: { organizationId: archived.id, name: 'Sample key', scopes: ['READ'] } }],
      ];
      for (const [what, who, mutation, variables] of attempts) {
        expect({ what, ...outcome(await t.graphql(mutation, variables, who.headers)) }).toEqual({ what, ...archivedRefusal });
      }
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM project WHERE code = 'TRUST-A-02'`);
      expect(count).toBe(0);
    });

    it('still lets its members read what it has', async () => {
      const read = await t.graphql(graphql(`query Project($id: ID!) { project(id: $id) { code title } }`), { id: project.id }, people.archivedEditor.headers);
      expect(read.data.project).toEqual({ code: 'TRUST-A-01', title: 'Sample data' });
    });
  });
});
