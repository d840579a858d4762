import { useState } from 'preact/hooks';
import { expectResult, request } from '../api';
import { useI18n } from '../i18n';
import { Badge, ErrorNotice, Field, ListState, Loading, Notice, PageTitle, Pager, Table, useAction, usePages, useQuery, type Connection } from '../ui';

export type Role = 'ADMIN' | 'EDITOR' | 'MEMBER';
const roles: Role[] = ['ADMIN', 'EDITOR', 'MEMBER'];
const errorFields = `... on ErrorResult { errorCode message field }`;

interface OrgHead {
  id: string;
  name: string;
  verified: boolean;
  archivedAt: string | null;
}

/** The organisation's name and badges, above each of its pages. */
export function OrgHeader({ org, title }: { org: OrgHead; title: string }) {
  const i = useI18n();
  return (
    <header class="page-head">
      <PageTitle>
        {title} · {org.name}
      </PageTitle>
      <p>
        {org.verified ? <Badge kind="ok">✓ {i.t('verified')}</Badge> : <Badge kind="warn">{i.t('unverified')}</Badge>}
        {org.archivedAt && <Badge kind="muted">{i.t('archived')}</Badge>}
      </p>
    </header>
  );
}

const profileQuery = `query ConsoleOrganization($id: ID) { organization(id: $id) { id name nameEn shortName slug helix kind country website description verified archivedAt updatedAt version } }`;

interface Profile extends OrgHead {
  nameEn: string | null;
  shortName: string | null;
  slug: string;
  helix: string;
  kind: string;
  country: string;
  website: string | null;
  description: string | null;
  updatedAt: string;
  version: number;
}

export function ProfilePage({ id, role }: { id: string; role: Role | null }) {
  const i = useI18n();
  const state = useQuery<{ organization: Profile | null }>(profileQuery, { id });
  const org = state.data?.organization;
  if (state.error) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!org) return state.loading ? <Loading /> : <ErrorNotice error={{ code: 'NOT_FOUND', message: 'Not found' }} />;
  return (
    <section>
      <OrgHeader org={org} title={i.t('profile')} />
      <p class="help">{i.t('verifiedHelp')}</p>
      <dl class="facts">
        <dt>{i.t('helix')}</dt>
        <dd>{org.helix}</dd>
        <dt>{i.t('kind')}</dt>
        <dd>{org.kind}</dd>
        <dt>{i.t('country')}</dt>
        <dd>{org.country}</dd>
        <dt>{i.t('updatedAt')}</dt>
        <dd>{i.date(org.updatedAt)}</dd>
      </dl>
      {role === 'ADMIN' && !org.archivedAt && <ProfileForm org={org} onSaved={state.reload} />}
    </section>
  );
}

function ProfileForm({ org, onSaved }: { org: Profile; onSaved: () => void }) {
  const i = useI18n();
  const [values, setValues] = useState({ name: org.name, nameEn: org.nameEn ?? '', shortName: org.shortName ?? '', website: org.website ?? '', description: org.description ?? '' });
  const action = useAction();
  const set = (key: keyof typeof values) => (event: Event) => setValues({ ...values, [key]: (event.target as HTMLInputElement).value });
  const identityChanged = values.name !== org.name || values.nameEn !== (org.nameEn ?? '') || values.shortName !== (org.shortName ?? '');
  const submit = (event: Event) => {
    event.preventDefault();
    void action
      .run(async () => {
        const answer = await request<{ updateOrganization: { __typename: string } }>(
          `mutation ConsoleUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on Organization { id } ${errorFields} } }`,
          { input: { id: org.id, expectedVersion: org.version, name: values.name, nameEn: values.nameEn || null, shortName: values.shortName || null, website: values.website || null, description: values.description || null } },
        );
        expectResult(answer.updateOrganization, 'Organization');
      }, i.t('saved'))
      .then((ok) => ok && onSaved());
  };
  const text = (key: 'name' | 'nameEn' | 'shortName' | 'website', label: string, type: 'text' | 'url' | 'date' = 'text') => (
    <Field label={label}>{(id) => <input id={id} type={type as 'text'} value={values[key]} onInput={set(key)} required={key === 'name'} />}</Field>
  );
  return (
    <form onSubmit={submit} class="card">
      {text('name', i.t('name'))}
      {text('nameEn', i.t('nameEn'))}
      {text('shortName', i.t('shortName'))}
      {text('website', i.t('website'), 'url')}
      <Field label={i.t('description')}>{(id) => <textarea id={id} rows={4} value={values.description} onInput={set('description')} />}</Field>
      {identityChanged && org.verified && <Notice>{i.t('willReset')}</Notice>}
      <button type="submit" disabled={action.busy}>
        {i.t('save')}
      </button>
      {action.view}
    </form>
  );
}

interface MemberRow {
  id: string;
  role: Role;
  status: string;
  position: string | null;
  since: string | null;
  createdAt: string;
  version: number;
  user: { id: string; displayName: string; email: string | null };
}

const membersQuery = `query ConsoleMembers($id: ID, $first: Int, $after: String, $status: MembershipStatus) { organization(id: $id) { id name verified archivedAt
  members(first: $first, after: $after, filter: { status: $status }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id role status position since createdAt version user { id displayName email } } } } } }`;

export function MembersPage({ id, requests = false }: { id: string; requests?: boolean }) {
  const i = useI18n();
  const pages = usePages(id);
  const state = useQuery<{ organization: (OrgHead & { members: Connection<MemberRow> | null }) | null }>(membersQuery, { id, first: 20, after: pages.after, status: requests ? 'REQUESTED' : 'ACTIVE' });
  const action = useAction();
  const org = state.data?.organization;
  const members = org?.members;
  const act = (query: string, variables: Record<string, unknown>, field: string) =>
    void action
      .run(async () => {
        const answer = await request<Record<string, { __typename: string }>>(query, variables);
        expectResult(answer[field], 'Membership');
      }, i.t('done'))
      .then((ok) => ok && state.reload());
  const title = i.t(requests ? 'requests' : 'members');
  return (
    <section>
      {org ? <OrgHeader org={org} title={title} /> : <PageTitle>{title}</PageTitle>}
      {action.view}
      <ListState state={state} items={members?.edges}>
        {members && (
          <>
            <Table caption={title} headers={[i.t('name'), i.t('email'), i.t('role'), requests ? i.t('requestedAt') : i.t('since'), i.t('actions')]}>
              {members.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.user.displayName}</td>
                  <td>{node.user.email ?? '—'}</td>
                  <td>{i.term(node.role)}</td>
                  <td>{requests ? i.date(node.createdAt) : i.day(node.since)}</td>
                  <td class="actions">
                    {requests ? (
                      <>
                        <button type="button" onClick={() => act(`mutation ConsoleApprove($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { __typename ... on Membership { id } ${errorFields} } }`, { input: { membershipId: node.id, role: 'MEMBER' } }, 'approveMembershipRequest')}>
                          {i.t('approve')}
                        </button>
                        <button type="button" class="secondary" onClick={() => act(`mutation ConsoleDecline($id: ID!) { declineMembershipRequest(membershipId: $id) { __typename ... on Membership { id } ${errorFields} } }`, { id: node.id }, 'declineMembershipRequest')}>
                          {i.t('decline')}
                        </button>
                      </>
                    ) : (
                      <>
                        <label class="inline">
                          <span class="visually-hidden">
                            {i.t('changeRole')}: {node.user.displayName}
                          </span>
                          <select
                            value={node.role}
                            onChange={(event) =>
                              act(
                                `mutation ConsoleChangeRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename ... on Membership { id } ${errorFields} } }`,
                                { input: { membershipId: node.id, role: (event.target as HTMLSelectElement).value, expectedVersion: node.version } },
                                'changeMemberRole',
                              )
                            }
                          >
                            {roles.map((role) => (
                              <option value={role} key={role}>
                                {i.term(role)}
                              </option>
                            ))}
                          </select>
                        </label>
                        <button
                          type="button"
                          class="danger"
                          aria-label={`${i.t('remove')}: ${node.user.displayName}`}
                          onClick={() => confirm(i.t('confirm')) && act(`mutation ConsoleRemoveMember($id: ID!) { removeMember(membershipId: $id) { __typename ... on Membership { id } ${errorFields} } }`, { id: node.id }, 'removeMember')}
                        >
                          {i.t('remove')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
            <Pager connection={members} pages={pages} />
          </>
        )}
      </ListState>
    </section>
  );
}

interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  status: string;
  expiresAt: string;
  createdAt: string;
  invitedBy: { displayName: string };
}

const invitationsQuery = `query ConsoleInvitations($id: ID) { organization(id: $id) { id name verified archivedAt invitations { id email role status expiresAt createdAt invitedBy { displayName } } } }`;
const inviteMutation = `mutation ConsoleInvite($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token invitation { id } } ${errorFields} } }`;
const revokeInvitationMutation = `mutation ConsoleRevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) { __typename ... on Invitation { id } ${errorFields} } }`;

export function InvitationsPage({ id }: { id: string }) {
  const i = useI18n();
  const state = useQuery<{ organization: (OrgHead & { invitations: InvitationRow[] | null }) | null }>(invitationsQuery, { id });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [token, setToken] = useState<string | null>(null);
  const action = useAction();
  const org = state.data?.organization;
  const invite = async (to: string, as: Role) => {
    const answer = await request<{ inviteMember: { __typename: string; token: string } }>(inviteMutation, { input: { organizationId: id, email: to, role: as } });
    setToken(expectResult(answer.inviteMember, 'InvitationCreated').token);
  };
  const revoke = async (invitationId: string) => {
    const answer = await request<{ revokeInvitation: { __typename: string } }>(revokeInvitationMutation, { id: invitationId });
    expectResult(answer.revokeInvitation, 'Invitation');
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(() => invite(email, role)).then((ok) => ok && (setEmail(''), state.reload()));
  };
  return (
    <section>
      {org ? <OrgHeader org={org} title={i.t('invitations')} /> : <PageTitle>{i.t('invitations')}</PageTitle>}
      <form onSubmit={submit} class="card inline-form">
        <h2>{i.t('inviteSomeone')}</h2>
        <Field label={i.t('email')}>{(fid) => <input id={fid} type="email" autocomplete="off" required value={email} onInput={(event) => setEmail((event.target as HTMLInputElement).value)} />}</Field>
        <Field label={i.t('role')}>
          {(fid) => (
            <select id={fid} value={role} onChange={(event) => setRole((event.target as HTMLSelectElement).value as Role)}>
              {roles.map((value) => (
                <option value={value} key={value}>
                  {i.term(value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={action.busy}>
          {i.t('invite')}
        </button>
      </form>
      {action.view}
      {token && (
        <Notice kind="success">
          <p>{i.t('invited')}</p>
          <code class="secret" data-testid="invitation-token">
            {token}
          </code>
        </Notice>
      )}
      <ListState state={state} items={org?.invitations ?? undefined}>
        <Table caption={i.t('invitations')} headers={[i.t('email'), i.t('role'), i.t('status'), i.t('invitedBy'), i.t('expiresAt'), i.t('actions')]}>
          {(org?.invitations ?? []).map((invitation) => (
            <tr key={invitation.id}>
              <td>{invitation.email}</td>
              <td>{i.term(invitation.role)}</td>
              <td>{i.term(invitation.status)}</td>
              <td>{invitation.invitedBy.displayName}</td>
              <td>{i.date(invitation.expiresAt)}</td>
              <td class="actions">
                <button type="button" class="secondary" aria-label={`${i.t('resend')}: ${invitation.email}`} onClick={() => void action.run(async () => (await revoke(invitation.id), await invite(invitation.email, invitation.role))).then(() => state.reload())}>
                  {i.t('resend')}
                </button>
                <button type="button" class="danger" aria-label={`${i.t('revoke')}: ${invitation.email}`} onClick={() => void action.run(() => revoke(invitation.id), i.t('done')).then(() => state.reload())}>
                  {i.t('revoke')}
                </button>
              </td>
            </tr>
          ))}
        </Table>
      </ListState>
    </section>
  );
}

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  active: boolean;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const keysQuery = `query ConsoleApiKeys($id: ID) { organization(id: $id) { id name verified archivedAt apiKeys { id name prefix scopes active createdAt expiresAt lastUsedAt revokedAt } } }`;

export function ApiKeysPage({ id }: { id: string }) {
  const i = useI18n();
  const state = useQuery<{ organization: (OrgHead & { apiKeys: KeyRow[] }) | null }>(keysQuery, { id });
  const [name, setName] = useState('');
  const [scope, setScope] = useState('READ');
  const [secret, setSecret] = useState<string | null>(null);
  const action = useAction();
  const org = state.data?.organization;
  const create = (event: Event) => {
    event.preventDefault();
    void action
      .run(async () => {
        const answer = await request<{ createApiKey: { secret: string } }>(`mutation ConsoleCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`, {
          input: { organizationId: id, name, scopes: scope === 'WRITE' ? ['READ', 'WRITE'] : ['READ'] },
        });
        setSecret(answer.createApiKey.secret);
      })
      .then((ok) => ok && (setName(''), state.reload()));
  };
  const revoke = (key: KeyRow) =>
    confirm(i.t('confirm')) && void action.run(() => request(`mutation ConsoleRevokeKey($id: ID!) { revokeApiKey(id: $id) { id active } }`, { id: key.id }), i.t('done')).then(() => state.reload());
  return (
    <section>
      {org ? <OrgHeader org={org} title={i.t('apiKeys')} /> : <PageTitle>{i.t('apiKeys')}</PageTitle>}
      <form onSubmit={create} class="card inline-form">
        <h2>{i.t('createKey')}</h2>
        <Field label={i.t('name')}>{(fid) => <input id={fid} required value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />}</Field>
        <Field label={i.t('scopes')}>
          {(fid) => (
            <select id={fid} value={scope} onChange={(event) => setScope((event.target as HTMLSelectElement).value)}>
              <option value="READ">{i.term('READ')}</option>
              <option value="WRITE">{i.term('WRITE')}</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={action.busy}>
          {i.t('create')}
        </button>
      </form>
      {action.view}
      {secret && (
        <Notice kind="success">
          <p>{i.t('secretOnce')}</p>
          <code class="secret" data-testid="api-key-secret">
            {secret}
          </code>
          <button type="button" class="secondary" onClick={() => setSecret(null)}>
            {i.t('done')}
          </button>
        </Notice>
      )}
      <ListState state={state} items={org?.apiKeys}>
        <Table caption={i.t('apiKeys')} headers={[i.t('name'), 'Prefix', i.t('scopes'), i.t('status'), i.t('createdAt'), i.t('lastUsed'), i.t('actions')]}>
          {(org?.apiKeys ?? []).map((key) => (
            <tr key={key.id}>
              <td>{key.name}</td>
              <td>
                <code>{key.prefix}</code>
              </td>
              <td>{key.scopes.map(i.term).join(', ')}</td>
              <td>{key.active ? <Badge kind="ok">{i.t('active')}</Badge> : <Badge kind="muted">{i.t(key.revokedAt ? 'revoked' : 'disabled')}</Badge>}</td>
              <td>{i.date(key.createdAt)}</td>
              <td>{key.lastUsedAt ? i.date(key.lastUsedAt) : i.t('never')}</td>
              <td class="actions">
                {key.active && (
                  <button type="button" class="danger" aria-label={`${i.t('revoke')}: ${key.name}`} onClick={() => revoke(key)}>
                    {i.t('revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </Table>
      </ListState>
    </section>
  );
}
