import { useState } from 'preact/hooks';
import { ApiError, mutate, request } from '../api';
import { useI18n } from '../i18n';
import { Badge, ErrorNotice, Field, ListState, Loading, Notice, OneTimeSecret, PageTitle, PagedTable, SelectField, Submit, Table, useAction, useFormValues, usePages, useQuery, type Connection } from '../ui';

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
  if (!org) return state.loading ? <Loading /> : <ErrorNotice error={new ApiError('NOT_FOUND', 'Not found')} />;
  return (
    <section>
      <OrgHeader org={org} title={i.t('profile')} />
      <p class="help">{i.t('verifiedHelp')}</p>
      <dl class="facts">
        <dt>{i.t('helix')}</dt>
        <dd>{i.term(org.helix)}</dd>
        <dt>{i.t('kind')}</dt>
        <dd>{i.term(org.kind)}</dd>
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
  const { values, set, text } = useFormValues({ name: org.name, nameEn: org.nameEn ?? '', shortName: org.shortName ?? '', website: org.website ?? '', description: org.description ?? '' });
  const action = useAction();
  const identityChanged = values.name !== org.name || values.nameEn !== (org.nameEn ?? '') || values.shortName !== (org.shortName ?? '');
  const submit = action.submit(
    () =>
      mutate(
        `mutation ConsoleUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { __typename ... on Organization { id } ${errorFields} } }`,
        { input: { id: org.id, expectedVersion: org.version, name: values.name, nameEn: values.nameEn || null, shortName: values.shortName || null, website: values.website || null, description: values.description || null } },
        'updateOrganization',
        'Organization',
      ),
    i.t('saved'),
    onSaved,
  );
  return (
    <form onSubmit={submit} class="card">
      {text('name', i.t('name'), { required: true })}
      {text('nameEn', i.t('nameEn'))}
      {text('shortName', i.t('shortName'))}
      {text('website', i.t('website'), { type: 'url' })}
      <Field label={i.t('description')}>{(id) => <textarea id={id} rows={4} value={values.description} onInput={set('description')} />}</Field>
      {identityChanged && org.verified && <Notice>{i.t('willReset')}</Notice>}
      <Submit label={i.t('save')} action={action} />
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
const membershipResult = `__typename ... on Membership { id } ${errorFields}`;

/** The active members with their roles; or, with `requests`, the requests to join waiting for an answer. */
export function MembersPage({ id, requests = false }: { id: string; requests?: boolean }) {
  const i = useI18n();
  const pages = usePages(id);
  const state = useQuery<{ organization: (OrgHead & { members: Connection<MemberRow> | null }) | null }>(membersQuery, { id, first: 20, after: pages.after, status: requests ? 'REQUESTED' : 'ACTIVE' });
  const action = useAction();
  const org = state.data?.organization;
  const act = (query: string, variables: Record<string, unknown>, field: string) =>
    void action.run(() => mutate(query, variables, field, 'Membership'), i.t('done')).then((ok) => ok && state.reload());
  const title = i.t(requests ? 'requests' : 'members');
  const answer = (node: MemberRow) => (
    <>
      <button type="button" aria-label={`${i.t('approve')}: ${node.user.displayName}`} onClick={() => act(`mutation ConsoleApprove($input: ApproveMembershipRequestInput!) { approveMembershipRequest(input: $input) { ${membershipResult} } }`, { input: { membershipId: node.id, role: 'MEMBER' } }, 'approveMembershipRequest')}>
        {i.t('approve')}
      </button>
      <button type="button" class="secondary" aria-label={`${i.t('decline')}: ${node.user.displayName}`} onClick={() => act(`mutation ConsoleDecline($id: ID!) { declineMembershipRequest(membershipId: $id) { ${membershipResult} } }`, { id: node.id }, 'declineMembershipRequest')}>
        {i.t('decline')}
      </button>
    </>
  );
  const manage = (node: MemberRow) => (
    <>
      <label class="inline">
        <span class="visually-hidden">
          {i.t('changeRole')}: {node.user.displayName}
        </span>
        <select
          value={node.role}
          onChange={(event) =>
            act(
              `mutation ConsoleChangeRole($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { ${membershipResult} } }`,
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
      <button type="button" class="danger" aria-label={`${i.t('remove')}: ${node.user.displayName}`} onClick={() => confirm(i.t('confirm')) && act(`mutation ConsoleRemoveMember($id: ID!) { removeMember(membershipId: $id) { ${membershipResult} } }`, { id: node.id }, 'removeMember')}>
        {i.t('remove')}
      </button>
    </>
  );
  return (
    <section>
      {org ? <OrgHeader org={org} title={title} /> : <PageTitle>{title}</PageTitle>}
      {action.view}
      <PagedTable
        state={state}
        connection={org?.members}
        pages={pages}
        caption={title}
        headers={[i.t('name'), i.t('email'), i.t('role'), requests ? i.t('requestedAt') : i.t('since'), i.t('actions')]}
        row={(node) => (
          <tr key={node.id}>
            <td>{node.user.displayName}</td>
            <td>{node.user.email ?? '—'}</td>
            <td>{i.term(node.role)}</td>
            <td>{requests ? i.date(node.createdAt) : i.day(node.since)}</td>
            <td class="actions">{requests ? answer(node) : manage(node)}</td>
          </tr>
        )}
      />
    </section>
  );
}

interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  invitedBy: { displayName: string };
}

type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';
const invitationStatuses: InvitationStatus[] = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'];
const invitationsQuery = `query ConsoleInvitations($id: ID, $first: Int, $after: String, $filter: InvitationFilter) { organization(id: $id) { id name verified archivedAt
  invitationHistory(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id email role status expiresAt createdAt acceptedAt revokedAt invitedBy { displayName } } } } } }`;
const inviteMutation = `mutation ConsoleInvite($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InvitationCreated { token invitation { id } } ${errorFields} } }`;
const revokeInvitationMutation = `mutation ConsoleRevokeInvitation($id: ID!) { revokeInvitation(invitationId: $id) { __typename ... on Invitation { id } ${errorFields} } }`;
const statusBadge: Record<InvitationStatus, 'ok' | 'warn' | 'muted'> = { PENDING: 'warn', ACCEPTED: 'ok', EXPIRED: 'muted', REVOKED: 'muted' };

/** Invitations: a form to invite someone, and every invitation made, with where it stands, a page at a time. */
export function InvitationsPage({ id }: { id: string }) {
  const i = useI18n();
  const [status, setStatus] = useState<InvitationStatus | ''>('');
  const pages = usePages(`${id}-${status}`);
  const state = useQuery<{ organization: (OrgHead & { invitationHistory: Connection<InvitationRow> | null }) | null }>(invitationsQuery, { id, first: 20, after: pages.after, filter: { status: status || undefined } });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [token, setToken] = useState<string | null>(null);
  const action = useAction();
  const org = state.data?.organization;
  const invite = async (to: string, as: Role) => setToken((await mutate<{ __typename: string; token: string }>(inviteMutation, { input: { organizationId: id, email: to, role: as } }, 'inviteMember', 'InvitationCreated')).token);
  const revoke = (invitationId: string) => mutate(revokeInvitationMutation, { id: invitationId }, 'revokeInvitation', 'Invitation');
  const run = (work: () => Promise<unknown>, done?: string) => void action.run(work, done).then((ok) => ok && state.reload());
  const submit = (event: Event) => {
    event.preventDefault();
    run(async () => (await invite(email, role), setEmail('')));
  };
  return (
    <section>
      {org ? <OrgHeader org={org} title={i.t('invitations')} /> : <PageTitle>{i.t('invitations')}</PageTitle>}
      <form onSubmit={submit} class="card inline-form">
        <h2>{i.t('inviteSomeone')}</h2>
        <Field label={i.t('email')}>{(fid) => <input id={fid} type="email" autocomplete="off" required value={email} onInput={(event) => setEmail((event.target as HTMLInputElement).value)} />}</Field>
        <SelectField label={i.t('role')} value={role} options={roles} labelOf={i.term} onChange={setRole} />
        <button type="submit" disabled={action.busy}>
          {i.t('invite')}
        </button>
      </form>
      {action.view}
      <OneTimeSecret message={i.t('invited')} value={token} testId="invitation-token" />
      <form class="card inline-form" onSubmit={(event) => event.preventDefault()}>
        <h2>{i.t('filters')}</h2>
        <SelectField label={i.t('status')} value={status} options={invitationStatuses} labelOf={i.term} onChange={setStatus} blank={i.t('anyStatus')} />
      </form>
      <PagedTable
        state={state}
        connection={org?.invitationHistory}
        pages={pages}
        caption={i.t('invitations')}
        headers={[i.t('email'), i.t('role'), i.t('status'), i.t('invitedBy'), i.t('createdAt'), i.t('expiresAt'), i.t('actions')]}
        row={(invitation) => (
          <tr key={invitation.id}>
            <td>{invitation.email}</td>
            <td>{i.term(invitation.role)}</td>
            <td>
              <Badge kind={statusBadge[invitation.status]}>{i.term(invitation.status)}</Badge>
              {(invitation.acceptedAt ?? invitation.revokedAt) && <span class="muted"> {i.date(invitation.acceptedAt ?? invitation.revokedAt)}</span>}
            </td>
            <td>{invitation.invitedBy.displayName}</td>
            <td>{i.date(invitation.createdAt)}</td>
            <td>{i.date(invitation.expiresAt)}</td>
            <td class="actions">
              {(invitation.status === 'PENDING' || invitation.status === 'EXPIRED') && (
                <button
                  type="button"
                  class="secondary"
                  aria-label={`${i.t('resend')}: ${invitation.email}`}
                  onClick={() => run(async () => (invitation.status === 'PENDING' && (await revoke(invitation.id)), await invite(invitation.email, invitation.role)))}
                >
                  {i.t('resend')}
                </button>
              )}
              {invitation.status === 'PENDING' && (
                <button type="button" class="danger" aria-label={`${i.t('revoke')}: ${invitation.email}`} onClick={() => run(() => revoke(invitation.id), i.t('done'))}>
                  {i.t('revoke')}
                </button>
              )}
            </td>
          </tr>
        )}
      />
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
const scopeChoices = ['READ', 'WRITE'] as const;

export function ApiKeysPage({ id }: { id: string }) {
  const i = useI18n();
  const state = useQuery<{ organization: (OrgHead & { apiKeys: KeyRow[] }) | null }>(keysQuery, { id });
  const [name, setName] = useState('');
  const [scope, setScope] = useState<(typeof scopeChoices)[number]>('READ');
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
        <SelectField label={i.t('scopes')} value={scope} options={scopeChoices} labelOf={i.term} onChange={setScope} />
        <button type="submit" disabled={action.busy}>
          {i.t('create')}
        </button>
      </form>
      {action.view}
      <OneTimeSecret message={i.t('secretOnce')} value={secret} testId="api-key-secret" onDismiss={() => setSecret(null)} />
      <ListState state={state} items={org?.apiKeys}>
        <Table caption={i.t('apiKeys')} headers={[i.t('name'), i.t('prefix'), i.t('scopes'), i.t('status'), i.t('createdAt'), i.t('lastUsed'), i.t('actions')]}>
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
