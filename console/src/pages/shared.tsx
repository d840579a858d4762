import { useState } from 'preact/hooks';
import { expectResult, request } from '../api';
import { useI18n } from '../i18n';
import { Badge, ErrorNotice, Field, ListState, PageTitle, Pager, Table, useAction, usePages, useQuery, type Connection } from '../ui';

interface AuditRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  occurredAt: string;
  actor: { displayName: string } | null;
  actorApiKeyId: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const auditQuery = `query ConsoleAudit($organizationId: ID, $first: Int, $after: String, $filter: AuditFilter) {
  auditLog(organizationId: $organizationId, first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action entityType entityId occurredAt actorApiKeyId actor { displayName } changes { field before after } } } } }`;

export function Changes({ changes }: { changes: AuditRow['changes'] }) {
  const i = useI18n();
  if (changes.length === 0) return <span class="muted">{i.t('noChanges')}</span>;
  return (
    <ul class="changes">
      {changes.map((change) => (
        <li key={change.field}>
          <strong>{change.field}</strong>: <del>{change.before ?? '∅'}</del> → <ins>{change.after ?? '∅'}</ins>
        </li>
      ))}
    </ul>
  );
}

/** The audit trail with its filters: an organisation's (its admins), or the whole (platform admins). */
export function AuditPage({ organizationId, title }: { organizationId?: string; title: string }) {
  const i = useI18n();
  const [draft, setDraft] = useState({ action: '', entityType: '', since: '', until: '' });
  const [filter, setFilter] = useState(draft);
  const pages = usePages(JSON.stringify([organizationId, filter]));
  const variables = {
    organizationId,
    first: 20,
    after: pages.after,
    filter: {
      action: filter.action || undefined,
      entityType: filter.entityType || undefined,
      since: filter.since ? new Date(`${filter.since}T00:00:00`).toISOString() : undefined,
      until: filter.until ? new Date(`${filter.until}T23:59:59.999`).toISOString() : undefined,
    },
  };
  const state = useQuery<{ auditLog: Connection<AuditRow> }>(auditQuery, variables);
  const log = state.data?.auditLog;
  const set = (key: keyof typeof draft) => (event: Event) => setDraft({ ...draft, [key]: (event.target as HTMLInputElement).value });
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      <form
        class="card inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
        }}
      >
        <h2>{i.t('filters')}</h2>
        <Field label={i.t('action')}>{(id) => <input id={id} value={draft.action} placeholder="organization.updated" onInput={set('action')} />}</Field>
        <Field label={i.t('entityType')}>{(id) => <input id={id} value={draft.entityType} placeholder="Organization" onInput={set('entityType')} />}</Field>
        <Field label={i.t('from')}>{(id) => <input id={id} type="date" value={draft.since} onInput={set('since')} />}</Field>
        <Field label={i.t('until')}>{(id) => <input id={id} type="date" value={draft.until} onInput={set('until')} />}</Field>
        <button type="submit">{i.t('apply')}</button>
      </form>
      <ListState state={state} items={log?.edges}>
        {log && (
          <>
            <Table caption={title} headers={[i.t('when'), i.t('who'), i.t('action'), i.t('record'), i.t('changes')]}>
              {log.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{i.date(node.occurredAt)}</td>
                  <td>{node.actor?.displayName ?? (node.actorApiKeyId ? `${i.t('apiKeys')} ${node.actorApiKeyId.slice(0, 8)}` : '—')}</td>
                  <td>
                    <code>{node.action}</code>
                  </td>
                  <td>{node.entityType}</td>
                  <td>
                    <Changes changes={node.changes} />
                  </td>
                </tr>
              ))}
            </Table>
            <Pager connection={log} pages={pages} />
          </>
        )}
      </ListState>
    </section>
  );
}

interface Measurement {
  id: string;
  factor: string;
  indicator: string;
  value: string;
  unit: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  reviewNote: string | null;
  evidenceUrl: string | null;
  version: number;
  organization: { name: string } | null;
}

const factors = ['BROADBAND', 'KNOWLEDGE_WORKFORCE', 'INNOVATION', 'DIGITAL_EQUALITY', 'SUSTAINABILITY', 'COMMUNITY_ENGAGEMENT'];
const measurementsQuery = `query ConsoleIndicators($first: Int, $after: String, $filter: IndicatorFilter) { indicatorMeasurements(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id factor indicator value unit periodStart periodEnd status reviewNote evidenceUrl version organization { name } } } } }`;

/** Indicator measurements: an organisation's, with a form to report one; or those waiting for review (platform admins). */
export function IndicatorsPage({ organizationId, review }: { organizationId?: string; review?: boolean }) {
  const i = useI18n();
  const pages = usePages(organizationId ?? 'review');
  const state = useQuery<{ indicatorMeasurements: Connection<Measurement> }>(measurementsQuery, {
    first: 20,
    after: pages.after,
    filter: review ? { status: 'REPORTED' } : { organizationId },
  });
  const list = state.data?.indicatorMeasurements;
  const action = useAction();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const reviewOne = (measurement: Measurement, verified: boolean) =>
    void action
      .run(async () => {
        const answer = await request<{ reviewIndicator: { __typename: string } }>(
          `mutation ConsoleReview($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) { __typename ... on IndicatorMeasurement { id status } ... on ErrorResult { errorCode message field } } }`,
          { input: { id: measurement.id, expectedVersion: measurement.version, verified, note: notes[measurement.id] || null } },
        );
        expectResult(answer.reviewIndicator, 'IndicatorMeasurement');
      }, i.t('done'))
      .then((ok) => ok && state.reload());
  const title = i.t(review ? 'indicatorReview' : 'indicators');
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      {organizationId && <ReportForm organizationId={organizationId} onReported={state.reload} />}
      {action.view}
      <ListState state={state} items={list?.edges}>
        {list && (
          <>
            <Table caption={title} headers={[...(review ? [i.t('organization')] : []), i.t('factor'), i.t('indicator'), i.t('value'), i.t('period'), i.t('status'), ...(review ? [i.t('reason'), i.t('actions')] : [])]}>
              {list.edges.map(({ node }) => (
                <tr key={node.id}>
                  {review && <td>{node.organization?.name ?? '—'}</td>}
                  <td>{node.factor}</td>
                  <td>{node.evidenceUrl ? <a href={node.evidenceUrl} rel="noreferrer noopener" target="_blank">{node.indicator}</a> : node.indicator}</td>
                  <td>
                    {i.number(Number(node.value))} {node.unit}
                  </td>
                  <td>
                    {i.day(node.periodStart)} – {i.day(node.periodEnd)}
                  </td>
                  <td>
                    <Badge kind={node.status === 'VERIFIED' ? 'ok' : node.status === 'REJECTED' ? 'warn' : 'muted'}>{i.term(node.status)}</Badge>
                    {node.reviewNote && <span class="muted"> {node.reviewNote}</span>}
                  </td>
                  {review && (
                    <>
                      <td>
                        <label class="inline">
                          <span class="visually-hidden">
                            {i.t('reason')}: {node.indicator}
                          </span>
                          <input value={notes[node.id] ?? ''} onInput={(event) => setNotes({ ...notes, [node.id]: (event.target as HTMLInputElement).value })} />
                        </label>
                      </td>
                      <td class="actions">
                        <button type="button" onClick={() => reviewOne(node, true)}>
                          {i.t('verify')}
                        </button>
                        <button type="button" class="danger" onClick={() => reviewOne(node, false)}>
                          {i.t('reject')}
                        </button>
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </Table>
            <Pager connection={list} pages={pages} />
          </>
        )}
      </ListState>
    </section>
  );
}

function ReportForm({ organizationId, onReported }: { organizationId: string; onReported: () => void }) {
  const i = useI18n();
  const year = new Date().getFullYear() - 1;
  const [values, setValues] = useState({ factor: 'INNOVATION', indicator: '', value: '', unit: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, evidenceUrl: '' });
  const action = useAction();
  const set = (key: keyof typeof values) => (event: Event) => setValues({ ...values, [key]: (event.target as HTMLInputElement).value });
  const submit = (event: Event) => {
    event.preventDefault();
    void action
      .run(async () => {
        const answer = await request<{ reportIndicator: { __typename: string } }>(
          `mutation ConsoleReport($input: ReportIndicatorInput!) { reportIndicator(input: $input) { __typename ... on IndicatorMeasurement { id } ... on ErrorResult { errorCode message field } } }`,
          { input: { ...values, organizationId, evidenceUrl: values.evidenceUrl || null } },
        );
        expectResult(answer.reportIndicator, 'IndicatorMeasurement');
      }, i.t('done'))
      .then((ok) => ok && onReported());
  };
  const text = (key: keyof typeof values, label: string, type: 'text' | 'url' | 'date' = 'text') => (
    <Field label={label}>{(id) => <input id={id} type={type as 'text'} required={key !== 'evidenceUrl'} value={values[key]} onInput={set(key)} />}</Field>
  );
  return (
    <form class="card inline-form" onSubmit={submit}>
      <h2>{i.t('reportIndicator')}</h2>
      <Field label={i.t('factor')}>
        {(id) => (
          <select id={id} value={values.factor} onChange={set('factor')}>
            {factors.map((factor) => (
              <option key={factor} value={factor}>
                {factor}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('indicator', i.t('indicator'))}
      {text('value', i.t('value'))}
      {text('unit', i.t('unit'))}
      {text('periodStart', i.t('periodStart'), 'date')}
      {text('periodEnd', i.t('periodEnd'), 'date')}
      {text('evidenceUrl', i.t('evidenceUrl'), 'url')}
      <button type="submit" disabled={action.busy}>
        {i.t('report')}
      </button>
      {action.view}
    </form>
  );
}

interface Endpoint {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  status: string;
  disabledReason: string | null;
  version: number;
  deliveries: Connection<{ id: string; eventType: string; status: string; attempts: number; lastStatusCode: number | null; createdAt: string }>;
}

const eventTypes = ['ORGANIZATION', 'MEMBERSHIP', 'PROJECT', 'PARTICIPATION', 'TECHNOLOGY', 'DISCLOSURE', 'FILING', 'AGREEMENT', 'REVENUE', 'EXCHANGE'];
const webhooksQuery = `query ConsoleWebhooks($id: ID) { organization(id: $id) { id webhookEndpoints { id url description eventTypes status disabledReason version
  deliveries(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id eventType status attempts lastStatusCode createdAt } } } } } }`;
const resultFields = `__typename ... on ErrorResult { errorCode message field }`;

export function WebhooksPage({ id }: { id: string }) {
  const i = useI18n();
  const state = useQuery<{ organization: { webhookEndpoints: Endpoint[] } | null }>(webhooksQuery, { id });
  const action = useAction();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>(['ORGANIZATION', 'MEMBERSHIP']);
  const [secret, setSecret] = useState<string | null>(null);
  const endpoints = state.data?.organization?.webhookEndpoints;
  const act = (work: () => Promise<unknown>) => void action.run(work, i.t('done')).then((ok) => ok && state.reload());
  const create = (event: Event) => {
    event.preventDefault();
    act(async () => {
      const answer = await request<{ createWebhookEndpoint: { __typename: string; secret: string } }>(
        `mutation ConsoleCreateWebhook($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ${resultFields} ... on WebhookEndpointWithSecret { secret } } }`,
        { input: { organizationId: id, url, eventTypes: types } },
      );
      setSecret(expectResult(answer.createWebhookEndpoint, 'WebhookEndpointWithSecret').secret);
      setUrl('');
    });
  };
  const delivery = (field: 'sendTestWebhook' | 'redeliverWebhook', argument: string, value: string) =>
    act(async () => {
      const answer = await request<Record<string, { __typename: string }>>(`mutation ConsoleDelivery($id: ID!) { ${field}(${argument}: $id) { ${resultFields} ... on WebhookDelivery { id } } }`, { id: value });
      expectResult(answer[field], 'WebhookDelivery');
    });
  return (
    <section>
      <PageTitle>{i.t('webhooks')}</PageTitle>
      <form class="card" onSubmit={create}>
        <h2>{i.t('addEndpoint')}</h2>
        <Field label={i.t('url')}>{(fid) => <input id={fid} type="url" required value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />}</Field>
        <fieldset>
          <legend>{i.t('events')}</legend>
          {eventTypes.map((type) => (
            <label key={type} class="check">
              <input type="checkbox" checked={types.includes(type)} onChange={(event) => setTypes((event.target as HTMLInputElement).checked ? [...types, type] : types.filter((t) => t !== type))} /> {type}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={action.busy}>
          {i.t('create')}
        </button>
      </form>
      {action.view}
      {secret && (
        <div class="notice success" role="status">
          <p>{i.t('secretOnce')}</p>
          <code class="secret">{secret}</code>
        </div>
      )}
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={state.reload} />}
      <ListState state={state} items={endpoints}>
        {(endpoints ?? []).map((endpoint) => (
          <article class="card" key={endpoint.id}>
            <h2>{endpoint.url}</h2>
            <p>
              <Badge kind={endpoint.status === 'ACTIVE' ? 'ok' : 'warn'}>{i.term(endpoint.status)}</Badge> {endpoint.disabledReason} · {endpoint.eventTypes.join(', ')}
            </p>
            <div class="actions">
              <button type="button" onClick={() => delivery('sendTestWebhook', 'id', endpoint.id)}>
                {i.t('sendTest')}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  act(async () => {
                    const answer = await request<{ updateWebhookEndpoint: { __typename: string } }>(
                      `mutation ConsoleToggleWebhook($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ${resultFields} ... on WebhookEndpoint { id } } }`,
                      { input: { id: endpoint.id, expectedVersion: endpoint.version, enabled: endpoint.status !== 'ACTIVE' } },
                    );
                    expectResult(answer.updateWebhookEndpoint, 'WebhookEndpoint');
                  })
                }
              >
                {i.t(endpoint.status === 'ACTIVE' ? 'disable' : 'enable')}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => act(async () => setSecret((await request<{ rotateWebhookSecret: { secret: string } }>(`mutation ConsoleRotate($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: endpoint.id })).rotateWebhookSecret.secret))}
              >
                {i.t('rotateSecret')}
              </button>
              <button type="button" class="danger" onClick={() => confirm(i.t('confirm')) && act(() => request(`mutation ConsoleRemoveWebhook($id: ID!) { removeWebhookEndpoint(id: $id) { id } }`, { id: endpoint.id }))}>
                {i.t('remove')}
              </button>
            </div>
            {endpoint.deliveries.edges.length > 0 && (
              <Table caption={`${i.t('deliveries')}: ${endpoint.url}`} headers={[i.t('when'), i.t('events'), i.t('status'), i.t('attempts'), i.t('actions')]}>
                {endpoint.deliveries.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>{i.date(node.createdAt)}</td>
                    <td>{node.eventType}</td>
                    <td>
                      {i.term(node.status)} {node.lastStatusCode ?? ''}
                    </td>
                    <td>{node.attempts}</td>
                    <td>
                      <button type="button" class="secondary" onClick={() => delivery('redeliverWebhook', 'deliveryId', node.id)}>
                        {i.t('redeliver')}
                      </button>
                    </td>
                  </tr>
                ))}
              </Table>
            )}
          </article>
        ))}
      </ListState>
    </section>
  );
}
