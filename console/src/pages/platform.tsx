import { useState } from 'preact/hooks';
import { request } from '../api';
import { useI18n } from '../i18n';
import { Badge, ErrorNotice, ListState, Loading, PageTitle, PagedTable, Pager, SearchForm, Table, useAction, usePages, useQuery, type Connection } from '../ui';
import { AuditAction, Changes } from './shared';

const dashboardQuery = `query ConsoleDashboard { all: organizations(first: 0) { totalCount } waiting: organizations(first: 0, filter: { verified: false }) { totalCount }
  users(first: 0) { totalCount } helixContributions { helix kind currency amount suppressed projects }
  icfFactors { factor measures { measure count suppressed } } }`;

interface IcfMeasureRow {
  measure: string;
  count: number | null;
  suppressed: boolean;
}

export function DashboardPage() {
  const i = useI18n();
  const state = useQuery<{
    all: { totalCount: number };
    waiting: { totalCount: number };
    users: { totalCount: number };
    helixContributions: { helix: string; kind: string; currency: string; amount: string | null; suppressed: boolean; projects: number }[];
    icfFactors: { factor: string; measures: IcfMeasureRow[] }[];
  }>(
    dashboardQuery,
    {},
  );
  const data = state.data;
  const charts: [string, 'chartTriangle' | 'chartTrend' | 'chartBridging' | 'chartFunnel'][] = [
    ['helix-triangle', 'chartTriangle'],
    ['synergy-trend', 'chartTrend'],
    ['bridging-organizations', 'chartBridging'],
    ['commercialisation-funnel', 'chartFunnel'],
  ];
  return (
    <section>
      <PageTitle>{i.t('dashboard')}</PageTitle>
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={state.reload} />}
      {!data && !state.error && <Loading />}
      {data && (
        <>
          <dl class="figures">
            <div>
              <dt>{i.t('organizationsCount')}</dt>
              <dd>{i.number(data.all.totalCount)}</dd>
            </div>
            <div>
              <dt>{i.t('waitingCount')}</dt>
              <dd>
                <a href="#/platform/organizations">{i.number(data.waiting.totalCount)}</a>
              </dd>
            </div>
            <div>
              <dt>{i.t('accountsCount')}</dt>
              <dd>{i.number(data.users.totalCount)}</dd>
            </div>
          </dl>
          {data.helixContributions.length > 0 && (
            <Table caption={i.t('contributions')} headers={[i.t('helix'), i.t('kind'), i.t('amount')]}>
              {data.helixContributions.map((row) => (
                <tr key={`${row.helix}-${row.kind}-${row.currency}`}>
                  <td>{i.term(row.helix)}</td>
                  <td>{i.term(row.kind)}</td>
                  <td>{row.amount === null ? i.t('withheld') : i.money(row.amount, row.currency)}</td>
                </tr>
              ))}
            </Table>
          )}
          <Table caption={i.t('icfMeasures')} headers={[i.t('icfFactor'), i.t('icfMeasure'), i.t('icfCount')]}>
            {data.icfFactors.flatMap(({ factor, measures }) =>
              measures.map((row) => (
                <tr key={`${factor}-${row.measure}`}>
                  <td>{i.term(factor)}</td>
                  <td>{i.term(row.measure)}</td>
                  <td>{row.count === null ? i.t('withheld') : i.number(row.count)}</td>
                </tr>
              )),
            )}
          </Table>
        </>
      )}
      <h2>{i.t('charts')}</h2>
      <div class="charts">
        {charts.map(([name, label]) => (
          <figure key={name}>
            <img src={`/charts/${name}.svg?lang=${i.lang}`} alt={i.t(label)} loading="lazy" />
            <figcaption>{i.t(label)}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}

interface OrgRow {
  id: string;
  name: string;
  helix: string;
  kind: string;
  verified: boolean;
  archivedAt: string | null;
  updatedAt: string;
}

const organizationsQuery = `query ConsoleOrganizations($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name helix kind verified archivedAt updatedAt } } } }`;
const changesQuery = `query ConsoleOrganizationChanges($filter: AuditFilter) { auditLog(first: 5, filter: $filter) { edges { node { id action occurredAt actor { displayName } changes { field before after } } } } }`;

/** The verification queue (organisations not verified, the latest changed first) and the whole directory. */
export function OrganizationsPage() {
  const i = useI18n();
  const [onlyUnverified, setOnlyUnverified] = useState(true);
  const [applied, setApplied] = useState('');
  const pages = usePages(`${onlyUnverified}-${applied}`);
  const state = useQuery<{ organizations: Connection<OrgRow> }>(organizationsQuery, {
    first: 20,
    after: pages.after,
    filter: { ...(onlyUnverified ? { verified: false } : {}), includeArchived: !onlyUnverified, search: applied || undefined },
    orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
  });
  const action = useAction();
  const list = state.data?.organizations;
  const act = (query: string, id: string, verified?: boolean) => void action.run(() => request(query, { id, verified }), i.t('done')).then((ok) => ok && state.reload());
  return (
    <section>
      <PageTitle>{i.t('verificationQueue')}</PageTitle>
      <SearchForm onApply={setApplied}>
        <label class="check">
          <input type="checkbox" checked={onlyUnverified} onChange={(event) => setOnlyUnverified((event.target as HTMLInputElement).checked)} /> {i.t('onlyUnverified')}
        </label>
      </SearchForm>
      {action.view}
      <ListState state={state} items={list?.edges}>
        {list && (
          <>
            {list.edges.map(({ node }) => (
              <article class="card org" key={node.id}>
                <h2>
                  <a href={`#/org/${node.id}/profile`}>{node.name}</a>
                </h2>
                <p>
                  {node.verified ? <Badge kind="ok">✓ {i.t('verified')}</Badge> : <Badge kind="warn">{i.t('unverified')}</Badge>}
                  {node.archivedAt && <Badge kind="muted">{i.t('archived')}</Badge>} {i.term(node.helix)} · {i.term(node.kind)} · {i.t('updatedAt')}: {i.date(node.updatedAt)}
                </p>
                {!node.verified && <OrgChanges id={node.id} name={node.name} />}
                {!node.archivedAt && (
                  <div class="actions">
                    <button type="button" aria-label={`${i.t(node.verified ? 'withdrawVerification' : 'verify')}: ${node.name}`} onClick={() => act(`mutation ConsoleVerify($id: ID!, $verified: Boolean!) { verifyOrganization(id: $id, verified: $verified) { id verified } }`, node.id, !node.verified)}>
                      {i.t(node.verified ? 'withdrawVerification' : 'verify')}
                    </button>
                    <button type="button" class="danger" aria-label={`${i.t('archive')}: ${node.name}`} onClick={() => confirm(i.t('confirm')) && act(`mutation ConsoleArchive($id: ID!) { archiveOrganization(id: $id) { id archivedAt } }`, node.id)}>
                      {i.t('archive')}
                    </button>
                  </div>
                )}
              </article>
            ))}
            <Pager connection={list} pages={pages} />
          </>
        )}
      </ListState>
    </section>
  );
}

function OrgChanges({ id, name }: { id: string; name: string }) {
  const i = useI18n();
  const state = useQuery<{ auditLog: Connection<{ id: string; action: string; occurredAt: string; actor: { displayName: string } | null; changes: { field: string; before: string | null; after: string | null }[] }> }>(changesQuery, {
    filter: { entityType: 'Organization', entityId: id },
  });
  const events = state.data?.auditLog.edges ?? [];
  return (
    <details>
      <summary>
        {i.t('whatChanged')}: {name}
      </summary>
      {state.error !== undefined && <ErrorNotice error={state.error} />}
      <ul class="events">
        {events.map(({ node }) => (
          <li key={node.id}>
            {i.date(node.occurredAt)} · {node.actor?.displayName ?? '—'} · <AuditAction action={node.action} />
            <Changes changes={node.changes} />
          </li>
        ))}
      </ul>
    </details>
  );
}

interface UserRow {
  id: string;
  displayName: string;
  email: string | null;
  disabled: boolean;
  platformRole: string;
  createdAt: string;
}

const usersQuery = `query ConsoleUsers($first: Int, $after: String, $filter: UserFilter) { users(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName email disabled platformRole createdAt } } } }`;

export function AccountsPage({ selfId }: { selfId: string }) {
  const i = useI18n();
  const [applied, setApplied] = useState('');
  const pages = usePages(applied);
  const state = useQuery<{ users: Connection<UserRow> }>(usersQuery, { first: 20, after: pages.after, filter: { search: applied || undefined } });
  const action = useAction();
  const list = state.data?.users;
  const toggle = (user: UserRow) =>
    void action
      .run(() => request(user.disabled ? `mutation ConsoleEnable($id: ID!) { enableUser(userId: $id) { id disabled } }` : `mutation ConsoleDisable($id: ID!) { disableUser(userId: $id) { id disabled } }`, { id: user.id }), i.t('done'))
      .then((ok) => ok && state.reload());
  return (
    <section>
      <PageTitle>{i.t('accounts')}</PageTitle>
      <SearchForm onApply={setApplied} />
      {action.view}
      <PagedTable
        state={state}
        connection={list}
        pages={pages}
        caption={i.t('accounts')}
        headers={[i.t('name'), i.t('email'), i.t('role'), i.t('status'), i.t('createdAt'), i.t('actions')]}
        row={(node) => (
          <tr key={node.id}>
            <td>{node.displayName}</td>
            <td>{node.email ?? '—'}</td>
            <td>{node.platformRole === 'PLATFORM_ADMIN' ? i.term(node.platformRole) : '—'}</td>
            <td>{node.disabled ? <Badge kind="warn">{i.t('disabled')}</Badge> : <Badge kind="ok">{i.t('active')}</Badge>}</td>
            <td>{i.date(node.createdAt)}</td>
            <td>
              {node.id !== selfId && (
                <button type="button" class={node.disabled ? '' : 'danger'} aria-label={`${i.t(node.disabled ? 'enable' : 'disable')}: ${node.displayName}`} onClick={() => toggle(node)}>
                  {i.t(node.disabled ? 'enable' : 'disable')}
                </button>
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}
