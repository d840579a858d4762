import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from './api';
import { useI18n } from './i18n';

let ids = 0;
/** A stable id for label/control pairs. */
export function useId(prefix = 'f'): string {
  const ref = useRef<string | undefined>(undefined);
  ref.current ??= `${prefix}-${++ids}`;
  return ref.current;
}

/** A refusal or failure in the chosen language: the API's code in words, or its message. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const i = useI18n();
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div class="notice error" role="alert">
      <p>
        {i.error(code, message)} <span class="code">({code})</span>
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {i.t('retry')}
        </button>
      )}
    </div>
  );
}

export function Notice({ children, kind = 'info' }: { children: ComponentChildren; kind?: 'info' | 'success' }) {
  return (
    <div class={`notice ${kind}`} role="status">
      {children}
    </div>
  );
}

export function Loading() {
  const i = useI18n();
  return (
    <p class="loading" role="status" aria-live="polite">
      {i.t('loading')}
    </p>
  );
}

/** A query's answer, loaded when its key changes; `reload` asks again. */
export function useQuery<T>(query: string, variables: Record<string, unknown>, enabled = true) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: enabled });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    request<T>(query, variables).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [query, key, tick, enabled]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { ...state, reload };
}

export interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/** Pages of a connection through `first`/`after`: the cursors of the pages seen, so one can go back. */
export function usePages(resetKey: string) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [resetKey]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (endCursor: string | null) => setCursors((list) => [...list, endCursor]),
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
  };
}

export function Pager({ connection, pages }: { connection: Connection<unknown>; pages: ReturnType<typeof usePages> }) {
  const i = useI18n();
  return (
    <nav class="pager" aria-label={i.t('pageOf', { page: pages.page, total: connection.totalCount })}>
      <button type="button" onClick={pages.previous} disabled={pages.page === 1}>
        {i.t('previous')}
      </button>
      <span>{i.t('pageOf', { page: pages.page, total: i.number(connection.totalCount) })}</span>
      <button type="button" onClick={() => pages.next(connection.pageInfo.endCursor)} disabled={!connection.pageInfo.hasNextPage}>
        {i.t('next')}
      </button>
    </nav>
  );
}

/** A table that scrolls sideways on narrow screens, reachable by keyboard. */
export function Table({ caption, headers, children }: { caption: string; headers: string[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Loading, error and empty states around a list. */
export function ListState<T>({ state, items, children }: { state: { loading: boolean; error?: unknown; reload: () => void }; items: T[] | undefined; children: ComponentChildren }) {
  const i = useI18n();
  if (state.error) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!items) return <Loading />;
  if (items.length === 0) return <p class="empty">{i.t('empty')}</p>;
  return (
    <div aria-busy={state.loading}>
      {children}
    </div>
  );
}

export function Field({ label, children, hint }: { label: string; hint?: string; children: (id: string, describedBy?: string) => JSX.Element }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** Runs an action, shows the API's refusal if it comes, and what follows when it succeeds. */
export function useAction() {
  const [state, setState] = useState<{ busy: boolean; error?: unknown; done?: string }>({ busy: false });
  const run = useCallback(async (action: () => Promise<unknown>, done?: string) => {
    setState({ busy: true });
    try {
      await action();
      setState({ busy: false, done });
      return true;
    } catch (error) {
      setState({ busy: false, error });
      return false;
    }
  }, []);
  /** A form's submit handler: runs `work`, then `after` when it succeeded. */
  const submit = (work: () => Promise<unknown>, done?: string, after?: () => void) => (event: Event) => {
    event.preventDefault();
    void run(work, done).then((ok) => ok && after?.());
  };
  const view = (
    <div class="action-state" aria-live="polite">
      {state.error !== undefined && <ErrorNotice error={state.error} />}
      {state.done && <Notice kind="success">{state.done}</Notice>}
    </div>
  );
  return { ...state, run, submit, view };
}

export function Badge({ kind, children }: { kind: 'ok' | 'warn' | 'muted'; children: ComponentChildren }) {
  return <span class={`badge ${kind}`}>{children}</span>;
}

/** The page's title, focused when the page opens so that screen readers announce it. */
export function PageTitle({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

/** A list of a connection as a table, a page at a time, with its loading, error and empty states. */
export function PagedTable<N>({
  state,
  connection,
  pages,
  caption,
  headers,
  row,
}: {
  state: { loading: boolean; error?: unknown; reload: () => void };
  connection: Connection<N> | null | undefined;
  pages: ReturnType<typeof usePages>;
  caption: string;
  headers: string[];
  row: (node: N) => JSX.Element;
}) {
  return (
    <ListState state={state} items={connection?.edges}>
      {connection && (
        <>
          <Table caption={caption} headers={headers}>
            {connection.edges.map(({ node }) => row(node))}
          </Table>
          <Pager connection={connection} pages={pages} />
        </>
      )}
    </ListState>
  );
}

/** A labelled choice among `options`, each shown by `labelOf`; `blank` adds a first choice of none (value ''). */
export function SelectField<V extends string>({ label, value, options, labelOf, onChange, blank }: { label: string; value: V | ''; options: readonly V[]; labelOf: (value: V) => string; onChange: (value: V) => void; blank?: string }) {
  return (
    <Field label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(event) => onChange((event.target as HTMLSelectElement).value as V)}>
          {blank !== undefined && <option value="">{blank}</option>}
          {options.map((option) => (
            <option value={option} key={option}>
              {labelOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The values of a form of text fields, and a labelled input bound to each. */
export function useFormValues<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const set = (key: keyof T) => (event: Event) => setValues((current) => ({ ...current, [key]: (event.target as HTMLInputElement).value }));
  const text = (key: keyof T & string, label: string, options: { type?: 'text' | 'url' | 'date'; required?: boolean } = {}) => (
    <Field label={label}>{(id) => <input id={id} type={(options.type ?? 'text') as 'text'} required={options.required} value={values[key]} onInput={set(key)} />}</Field>
  );
  return { values, set, text };
}

/** A secret the API shows only once (an API key, an invitation token, a signing secret), with what to do with it. */
export function OneTimeSecret({ message, value, testId, onDismiss }: { message: string; value: string | null; testId: string; onDismiss?: () => void }) {
  const i = useI18n();
  if (!value) return null;
  return (
    <Notice kind="success">
      <p>{message}</p>
      <code class="secret" data-testid={testId}>
        {value}
      </code>
      {onDismiss && (
        <button type="button" class="secondary" onClick={onDismiss}>
          {i.t('done')}
        </button>
      )}
    </Notice>
  );
}

/** A search box and, beside it, other conditions; the search applies when the form is sent. */
export function SearchForm({ onApply, children }: { onApply: (search: string) => void; children?: ComponentChildren }) {
  const i = useI18n();
  const [search, setSearch] = useState('');
  return (
    <form
      class="card inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(search);
      }}
    >
      <Field label={i.t('search')}>{(id) => <input id={id} type="search" value={search} onInput={(event) => setSearch((event.target as HTMLInputElement).value)} />}</Field>
      {children}
      <button type="submit">{i.t('apply')}</button>
    </form>
  );
}

/** A form's send button, kept from a second press while the action runs, and what the action answered. */
export function Submit({ label, action }: { label: string; action: { busy: boolean; view: JSX.Element } }) {
  return (
    <>
      <button type="submit" disabled={action.busy}>
        {label}
      </button>
      {action.view}
    </>
  );
}
