import { useState } from 'preact/hooks';
import { mutate, request } from '../api';
import { auditActions, useI18n } from '../i18n';
import { webhookEventTypes } from '../vocabulary';
import { Badge, ErrorNotice, Field, OneTimeSecret, PageTitle, PagedTable, SelectField, Submit, useAction, useFormValues, usePages, useQuery, type Connection } from '../ui';

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

/** What a change of the audit trail did to each field; values of the API's enums in words. */
export function Changes({ changes }: { changes: AuditRow['changes'] }) {
  const i = useI18n();
  if (changes.length === 0) return <span class="muted">{i.t('noChanges')}</span>;
  // Values are written as JSON: enum values (in either case) in words, times in the locale, lists joined.
  const word = (value: unknown): string => {
    if (typeof value !== 'string') return JSON.stringify(value);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return i.date(value);
    const key = /^[a-z_]+$/.test(value) ? value.toUpperCase() : value;
    const translated = i.term(key);
    return translated === key ? value : translated;
  };
  const value = (text: string | null) => {
    if (text === null) return '∅';
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.map(word).join(', ') || '∅' : word(parsed);
    } catch {
      return i.term(text);
    }
  };
  return (
    <ul class="changes">
      {changes.map((change) => (
        <li key={change.field}>
          <strong>{change.field}</strong>: <del>{value(change.before)}</del> → <ins>{value(change.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

/** An action of the audit trail as a phrase, with its code (the value the filter takes) beside it. */
export function AuditAction({ action }: { action: string }) {
  const i = useI18n();
  const phrase = i.action(action);
  return (
    <span class="audit-action">
      {phrase}
      {phrase !== action && (
        <>
          {' '}
          <code class="muted" title={i.t('actionCode')}>
            {action}
          </code>
        </>
      )}
    </span>
  );
}

/** The audit trail with its filters: an organisation's (its admins), or the whole (platform admins). */
export function AuditPage({ organizationId, title }: { organizationId?: string; title: string }) {
  const i = useI18n();
  const { values: draft, set, text } = useFormValues({ action: '', entityType: '', since: '', until: '' });
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
  const choices = [...auditActions].sort((a, b) => i.action(a).localeCompare(i.action(b), i.lang));
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
        <Field label={i.t('action')}>
          {(id) => (
            <select id={id} value={draft.action} onChange={set('action')} data-testid="audit-action">
              <option value="">{i.t('anyAction')}</option>
              {choices.map((action) => (
                <option value={action} key={action}>
                  {i.action(action)} ({action})
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('entityType', i.t('entityType'))}
        {text('since', i.t('from'), { type: 'date' })}
        {text('until', i.t('until'), { type: 'date' })}
        <button type="submit">{i.t('apply')}</button>
      </form>
      <PagedTable
        state={state}
        connection={state.data?.auditLog}
        pages={pages}
        caption={title}
        headers={[i.t('when'), i.t('who'), i.t('action'), i.t('record'), i.t('changes')]}
        row={(node) => (
          <tr key={node.id}>
            <td>{i.date(node.occurredAt)}</td>
            <td>{node.actor?.displayName ?? (node.actorApiKeyId ? `${i.t('apiKeys')} ${node.actorApiKeyId.slice(0, 8)}` : '—')}</td>
            <td>
              <AuditAction action={node.action} />
            </td>
            <td>{i.recordType(node.entityType)}</td>
            <td>
              <Changes changes={node.changes} />
            </td>
          </tr>
        )}
      />
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

const factors = ['BROADBAND', 'KNOWLEDGE_WORKFORCE', 'INNOVATION', 'DIGITAL_EQUALITY', 'SUSTAINABILITY', 'COMMUNITY_ENGAGEMENT'] as const;
const measurementsQuery = `query ConsoleIndicators($first: Int, $after: String, $filter: IndicatorFilter) { indicatorMeasurements(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id factor indicator value unit periodStart periodEnd status reviewNote evidenceUrl version organization { name } } } } }`;
const resultFields = `__typename ... on ErrorResult { errorCode message field }`;

/** Indicator measurements: an organisation's, with a form to report one; or those waiting for review (platform admins). */
export function IndicatorsPage({ organizationId, review }: { organizationId?: string; review?: boolean }) {
  const i = useI18n();
  const pages = usePages(organizationId ?? 'review');
  const state = useQuery<{ indicatorMeasurements: Connection<Measurement> }>(measurementsQuery, {
    first: 20,
    after: pages.after,
    filter: review ? { status: 'REPORTED' } : { organizationId },
  });
  const action = useAction();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const reviewOne = (measurement: Measurement, verified: boolean) =>
    void action
      .run(
        () =>
          mutate(
            `mutation ConsoleReview($input: ReviewIndicatorInput!) { reviewIndicator(input: $input) { ${resultFields} ... on IndicatorMeasurement { id status } } }`,
            { input: { id: measurement.id, expectedVersion: measurement.version, verified, note: notes[measurement.id] || null } },
            'reviewIndicator',
            'IndicatorMeasurement',
          ),
        i.t('done'),
      )
      .then((ok) => ok && state.reload());
  const title = i.t(review ? 'indicatorReview' : 'indicators');
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      {organizationId && <ReportForm organizationId={organizationId} onReported={state.reload} />}
      {action.view}
      <PagedTable
        state={state}
        connection={state.data?.indicatorMeasurements}
        pages={pages}
        caption={title}
        headers={[...(review ? [i.t('organization')] : []), i.t('factor'), i.t('indicator'), i.t('value'), i.t('period'), i.t('status'), ...(review ? [i.t('reason'), i.t('actions')] : [])]}
        row={(node) => (
          <tr key={node.id}>
            {review && <td>{node.organization?.name ?? '—'}</td>}
            <td>{i.term(node.factor)}</td>
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
                  <button type="button" aria-label={`${i.t('verify')}: ${node.indicator}`} onClick={() => reviewOne(node, true)}>
                    {i.t('verify')}
                  </button>
                  <button type="button" class="danger" aria-label={`${i.t('reject')}: ${node.indicator}`} onClick={() => reviewOne(node, false)}>
                    {i.t('reject')}
                  </button>
                </td>
              </>
            )}
          </tr>
        )}
      />
    </section>
  );
}

function ReportForm({ organizationId, onReported }: { organizationId: string; onReported: () => void }) {
  const i = useI18n();
  const year = new Date().getFullYear() - 1;
  const { values, text } = useFormValues({ indicator: '', value: '', unit: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, evidenceUrl: '' });
  const [factor, setFactor] = useState<(typeof factors)[number]>('INNOVATION');
  const action = useAction();
  const submit = action.submit(
    () =>
      mutate(
        `mutation ConsoleReport($input: ReportIndicatorInput!) { reportIndicator(input: $input) { ${resultFields} ... on IndicatorMeasurement { id } } }`,
        { input: { ...values, factor, organizationId, evidenceUrl: values.evidenceUrl || null } },
        'reportIndicator',
        'IndicatorMeasurement',
      ),
    i.t('done'),
    onReported,
  );
  return (
    <form class="card inline-form" onSubmit={submit}>
      <h2>{i.t('reportIndicator')}</h2>
      <SelectField label={i.t('factor')} value={factor} options={factors} labelOf={i.term} onChange={setFactor} />
      {text('indicator', i.t('indicator'), { required: true })}
      {text('value', i.t('value'), { required: true })}
      {text('unit', i.t('unit'), { required: true })}
      {text('periodStart', i.t('periodStart'), { type: 'date', required: true })}
      {text('periodEnd', i.t('periodEnd'), { type: 'date', required: true })}
      {text('evidenceUrl', i.t('evidenceUrl'), { type: 'url' })}
      <Submit label={i.t('report')} action={action} />
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
}

interface Delivery {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  createdAt: string;
}

const webhooksQuery = `query ConsoleWebhooks($id: ID) { organization(id: $id) { id webhookEndpoints { id url description eventTypes status disabledReason version } } }`;
const deliveriesQuery = `query ConsoleWebhookDeliveries($id: ID, $first: Int, $after: String) { organization(id: $id) { id webhookEndpoints { id
  deliveries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id eventType status attempts lastStatusCode createdAt } } } } } }`;
const updateEndpointMutation = `mutation ConsoleUpdateWebhook($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ${resultFields} ... on WebhookEndpoint { id } } }`;

/** The kinds of change an endpoint receives, as checkboxes. */
function EventTypes({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const i = useI18n();
  return (
    <fieldset>
      <legend>{i.t('events')}</legend>
      {webhookEventTypes.map((type) => (
        <label key={type} class="check">
          <input type="checkbox" checked={value.includes(type)} onChange={(event) => onChange((event.target as HTMLInputElement).checked ? [...value, type] : value.filter((t) => t !== type))} /> {i.term(type)}
        </label>
      ))}
    </fieldset>
  );
}

export function WebhooksPage({ id }: { id: string }) {
  const i = useI18n();
  const state = useQuery<{ organization: { webhookEndpoints: Endpoint[] } | null }>(webhooksQuery, { id });
  const action = useAction();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>(['ORGANIZATION', 'MEMBERSHIP']);
  const [secret, setSecret] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // Counts the changes made here: the deliveries are read again after each.
  const [changes, setChanges] = useState(0);
  const endpoints = state.data?.organization?.webhookEndpoints;
  const act = (work: () => Promise<unknown>) => void action.run(work, i.t('done')).then((ok) => ok && (state.reload(), setChanges((count) => count + 1)));
  const create = (event: Event) => {
    event.preventDefault();
    act(async () => {
      const created = await mutate<{ __typename: string; secret: string }>(
        `mutation ConsoleCreateWebhook($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ${resultFields} ... on WebhookEndpointWithSecret { secret } } }`,
        { input: { organizationId: id, url, eventTypes: types } },
        'createWebhookEndpoint',
        'WebhookEndpointWithSecret',
      );
      setSecret(created.secret);
      setUrl('');
    });
  };
  const send = (field: 'sendTestWebhook' | 'redeliverWebhook', argument: string, value: string) =>
    act(() => mutate(`mutation ConsoleDelivery($id: ID!) { ${field}(${argument}: $id) { ${resultFields} ... on WebhookDelivery { id } } }`, { id: value }, field, 'WebhookDelivery'));
  const update = (endpoint: Endpoint, changes: Record<string, unknown>) =>
    act(async () => (await mutate(updateEndpointMutation, { input: { id: endpoint.id, expectedVersion: endpoint.version, ...changes } }, 'updateWebhookEndpoint', 'WebhookEndpoint'), setEditing(null)));
  return (
    <section>
      <PageTitle>{i.t('webhooks')}</PageTitle>
      <form class="card" onSubmit={create}>
        <h2>{i.t('addEndpoint')}</h2>
        <Field label={i.t('url')}>{(fid) => <input id={fid} type="url" required value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />}</Field>
        <EventTypes value={types} onChange={setTypes} />
        <button type="submit" disabled={action.busy}>
          {i.t('create')}
        </button>
      </form>
      {action.view}
      <OneTimeSecret message={i.t('secretOnce')} value={secret} testId="webhook-secret" onDismiss={() => setSecret(null)} />
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={state.reload} />}
      {endpoints?.length === 0 && <p class="empty">{i.t('empty')}</p>}
      {(endpoints ?? []).map((endpoint) => (
        <article class="card" key={endpoint.id}>
          <h2>{endpoint.url}</h2>
          <p>
            <Badge kind={endpoint.status === 'ACTIVE' ? 'ok' : 'warn'}>{i.term(endpoint.status)}</Badge> {endpoint.disabledReason} · {endpoint.eventTypes.map(i.term).join(', ')}
          </p>
          {editing === endpoint.id ? (
            <EndpointForm endpoint={endpoint} busy={action.busy} onSave={(changes) => update(endpoint, changes)} onCancel={() => setEditing(null)} />
          ) : (
            <div class="actions">
              <button type="button" aria-label={`${i.t('edit')}: ${endpoint.url}`} onClick={() => setEditing(endpoint.id)}>
                {i.t('edit')}
              </button>
              <button type="button" class="secondary" onClick={() => send('sendTestWebhook', 'id', endpoint.id)}>
                {i.t('sendTest')}
              </button>
              <button type="button" class="secondary" aria-label={`${i.t(endpoint.status === 'ACTIVE' ? 'disable' : 'enable')}: ${endpoint.url}`} onClick={() => update(endpoint, { enabled: endpoint.status !== 'ACTIVE' })}>
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
          )}
          <Deliveries key={changes} organizationId={id} endpoint={endpoint} onRedeliver={(deliveryId) => send('redeliverWebhook', 'deliveryId', deliveryId)} />
        </article>
      ))}
    </section>
  );
}

/** Changes an endpoint's URL, kinds of change, and whether it receives events. */
function EndpointForm({ endpoint, busy, onSave, onCancel }: { endpoint: Endpoint; busy: boolean; onSave: (changes: { url: string; eventTypes: string[]; enabled: boolean }) => void; onCancel: () => void }) {
  const i = useI18n();
  const [url, setUrl] = useState(endpoint.url);
  const [types, setTypes] = useState(endpoint.eventTypes);
  const [enabled, setEnabled] = useState(endpoint.status === 'ACTIVE');
  return (
    <form
      class="card"
      aria-label={`${i.t('editEndpoint')}: ${endpoint.url}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ url, eventTypes: types, enabled });
      }}
    >
      <h3>{i.t('editEndpoint')}</h3>
      <Field label={i.t('url')}>{(fid) => <input id={fid} type="url" required value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />}</Field>
      <EventTypes value={types} onChange={setTypes} />
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled((event.target as HTMLInputElement).checked)} /> {i.t('receivesEvents')}
      </label>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {i.t('save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {i.t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** An endpoint's deliveries, newest first, a page at a time. */
function Deliveries({ organizationId, endpoint, onRedeliver }: { organizationId: string; endpoint: Endpoint; onRedeliver: (deliveryId: string) => void }) {
  const i = useI18n();
  const pages = usePages(endpoint.id);
  const state = useQuery<{ organization: { webhookEndpoints: { id: string; deliveries: Connection<Delivery> }[] } | null }>(deliveriesQuery, { id: organizationId, first: 10, after: pages.after });
  const connection = state.data?.organization?.webhookEndpoints.find((candidate) => candidate.id === endpoint.id)?.deliveries;
  return (
    <section class="deliveries" aria-label={`${i.t('deliveries')}: ${endpoint.url}`}>
      <h3>
        {i.t('deliveries')}: {connection ? i.number(connection.totalCount) : '…'}
      </h3>
      {connection?.totalCount === 0 ? (
        <p class="empty">{i.t('noDeliveries')}</p>
      ) : (
        <PagedTable
          state={state}
          connection={connection}
          pages={pages}
          caption={`${i.t('deliveries')}: ${endpoint.url}`}
          headers={[i.t('when'), i.t('events'), i.t('status'), i.t('attempts'), i.t('actions')]}
          row={(node) => (
            <tr key={node.id}>
              <td>{i.date(node.createdAt)}</td>
              <td>{i.term(node.eventType)}</td>
              <td>
                {i.term(node.status)} {node.lastStatusCode ?? ''}
              </td>
              <td>{node.attempts}</td>
              <td>
                <button type="button" class="secondary" onClick={() => onRedeliver(node.id)}>
                  {i.t('redeliver')}
                </button>
              </td>
            </tr>
          )}
        />
      )}
    </section>
  );
}
