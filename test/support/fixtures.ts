import { graphql } from '../graphql/index.js';
import type { CreateOrganizationInput, CreateProjectInput, MemberRole, ParticipantRole } from '../graphql/graphql.js';
import { makePlatformAdmin, register, type Account } from './accounts.js';
import { createAgreement, activateAgreement, type AgreementOptions } from './agreements.js';
import { createDemand, createOffer, publish } from './exchange.js';
import { addMember, createOrganizationMutation, type Organization } from './memberships.js';
import { expectResult } from './results.js';
import { assessTrl, createTechnology, type Caller, type TechnologyOptions } from './technologies.js';
import type { TestApp } from './test-app.js';

/**
 * Records for tests, made the way a client makes them: through the API, as the person who may. Each
 * call makes a new record with unique sample values, so tests ask only for what they care about:
 *
 *   const fx = fixtures(t);
 *   const alice = await fx.newUser();
 *   const university = await fx.newOrganization({ admin: alice, helix: 'ACADEMIA', kind: 'UNIVERSITY' });
 *   const project = await fx.newProject(alice, { coordinatorId: university.id });
 */
export function fixtures(t: TestApp) {
  let platformAdmin: Promise<Account> | undefined;
  const unique = () => `${process.pid}-${++sequence}`;

  const fx = {
    /** A new person with an account (registered through the API); a platform admin when asked. */
    async newUser(options: { email?: string; displayName?: string; platformAdmin?: boolean } = {}): Promise<Account> {
      const account = await register(t, options.email ?? `person-${unique()}@fixtures.example`, options.displayName);
      if (options.platformAdmin) await makePlatformAdmin(t, account);
      return account;
    },

    /** One platform admin for the fixtures that need one (verification), made when first needed. */
    platformAdmin(): Promise<Account> {
      return (platformAdmin ??= fx.newUser({ email: `platform-admin-${unique()}@fixtures.example`, platformAdmin: true }));
    },

    /**
     * A new organisation made through the API by `admin`, who becomes its first and only admin
     * (a start-up in Vietnam unless said otherwise); verified by a platform admin when asked.
     */
    async newOrganization(options: { admin: Account; verified?: boolean } & Partial<CreateOrganizationInput>): Promise<Organization> {
      const { admin, verified, ...values } = options;
      const input: CreateOrganizationInput = { name: `Sample organisation ${unique()}`, helix: 'INDUSTRY', kind: 'STARTUP', country: 'VN', description: 'Sample data', ...values };
      const response = await t.graphql(createOrganizationMutation, { input }, admin.headers);
      const organization = expectResult(response.data?.createOrganization, 'Organization', response);
      if (verified) await fx.verify(organization.id);
      return { id: organization.id, name: organization.name };
    },

    /** Verifies an organisation, as a platform admin does. */
    async verify(organizationId: string): Promise<void> {
      const response = await t.graphql(verifyOrganization, { id: organizationId }, (await fx.platformAdmin()).headers);
      if (response.errors) throw new Error(`verifyOrganization failed: ${JSON.stringify(response.errors)}`);
    },

    /** Makes `member` an active member with `role`: `admin` invites, `member` accepts. */
    addMember: (organization: { id: string }, admin: Account, member: Account, role: MemberRole = 'MEMBER') => addMember(t, admin, organization.id, member, role),

    /**
     * Makes `member` an active member with `role`, invited by a platform admin: for organisations
     * whose admins the test cannot sign in as (the demo data's).
     */
    admit: async (organizationId: string, member: Account, role: MemberRole = 'MEMBER') => addMember(t, await fx.platformAdmin(), organizationId, member, role),

    /** A new person who is already an active member of the organisation with `role`. */
    async newMember(organization: { id: string }, admin: Account, role: MemberRole = 'MEMBER', options: { email?: string; displayName?: string } = {}): Promise<Account> {
      const member = await fx.newUser(options);
      await fx.addMember(organization, admin, member, role);
      return member;
    },

    /** A new project made through the API by `editor` (an editor of the coordinator), with sample values. */
    async newProject(editor: Caller, input: Pick<CreateProjectInput, 'coordinatorId'> & Partial<CreateProjectInput>) {
      const response = await t.graphql(createProject, { input: { code: `SAMPLE-P-${unique()}`, title: 'Sample data: project', ...input } }, editor.headers);
      return expectResult(response.data?.createProject, 'Project', response);
    },

    /** Invites the organisation into the project (as `coordinatorEditor`) and accepts (as `editor`, one of its editors). */
    async addParticipant(coordinatorEditor: Caller, projectId: string, organizationId: string, editor: Caller, role: ParticipantRole = 'PARTNER') {
      const invited = await t.graphql(inviteParticipant, { input: { projectId, organizationId, role } }, coordinatorEditor.headers);
      const participant = expectResult(invited.data?.inviteParticipant, 'ProjectParticipant', invited);
      const accepted = await t.graphql(acceptParticipation, { id: participant.id }, editor.headers);
      return expectResult(accepted.data?.acceptParticipation, 'ProjectParticipant', accepted);
    },

    /** A new programme owned by the organisation, made by `admin` (one of its admins). */
    async newProgramme(admin: Caller, ownerOrganizationId: string, name = 'Sample data: programme') {
      const response = await t.graphql(createProgramme, { input: { ownerOrganizationId, code: `SAMPLE-PG-${unique()}`, name } }, admin.headers);
      return expectResult(response.data?.createProgramme, 'Programme', response);
    },

    /** A new technology (see createTechnology), assessed at `trl` when given. */
    async newTechnology(editor: Caller, options: TechnologyOptions & { trl?: number }) {
      const technology = await createTechnology(t, editor, options);
      if (options.trl !== undefined) await assessTrl(t, editor, technology.id, options.trl);
      return technology;
    },

    /** A new licence agreement (see createAgreement); active (executed and in force) when asked. */
    async newAgreement(editor: Account, options: AgreementOptions & { active?: boolean }) {
      const { active, ...values } = options;
      const agreement = await createAgreement(t, editor, values);
      if (!active) return agreement;
      return { ...agreement, status: 'ACTIVE' as const, version: await activateAgreement(t, editor, agreement.id, agreement.version) };
    },

    /** A new offer of a technology (see createOffer), published for 90 days when asked. */
    async newOffer(editor: Account, input: Parameters<typeof createOffer>[2] & { published?: boolean }) {
      const { published, ...values } = input;
      const offer = await createOffer(t, editor, values);
      return published ? { ...offer, ...(await publish(t, editor, 'offer', offer)) } : offer;
    },

    /** A new demand (see createDemand), published for 90 days when asked. */
    async newDemand(editor: Account, input: Parameters<typeof createDemand>[2] & { published?: boolean }) {
      const { published, ...values } = input;
      const demand = await createDemand(t, editor, values);
      return published ? { ...demand, ...(await publish(t, editor, 'demand', demand)) } : demand;
    },

    /** A new interest of the organisation (of which `editor` is an editor) in a published offer. */
    async newInterest(editor: Caller, input: { organizationId: string; offerId: string; message?: string }) {
      const response = await t.graphql(expressInterest, { input: { message: 'Sample data: interested', ...input } }, editor.headers);
      return expectResult(response.data?.expressInterest, 'ExchangeInterest', response);
    },
  };
  return fx;
}

export type Fixtures = ReturnType<typeof fixtures>;

let sequence = 0;

const expressInterest = graphql(`mutation FixturesExpressInterest($input: ExpressInterestInput!) { expressInterest(input: $input) {
  __typename
  ... on ExchangeInterest { id status }
  ... on ErrorResult { code message field }
} }`);

const verifyOrganization = graphql(`mutation VerifyOrganization($id: ID!) { verifyOrganization(id: $id) { id verified } }`);

const createProject = graphql(`mutation CreateProject($input: CreateProjectInput!) { createProject(input: $input) {
  __typename
  ... on Project { id code version participants { id organization { id } } }
  ... on ErrorResult { code message field }
} }`);

const inviteParticipant = graphql(`mutation InviteParticipant($input: InviteParticipantInput!) { inviteParticipant(input: $input) {
  __typename
  ... on ProjectParticipant { id status }
  ... on ErrorResult { code message field }
} }`);

const acceptParticipation = graphql(`mutation AcceptParticipation($id: ID!) { acceptParticipation(participantId: $id) {
  __typename
  ... on ProjectParticipant { id status }
  ... on ErrorResult { code message field }
} }`);

const createProgramme = graphql(`mutation CreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) {
  __typename
  ... on Programme { id code }
  ... on ErrorResult { code message field }
} }`);
