import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { currentUser, login, logout, onSessionChange, resume, type SessionEnd, type SessionUser } from './api';
import { I18n, initialLang, rememberLang, translator, useI18n, type Lang } from './i18n';
import { ApiKeysPage, InvitationsPage, MembersPage, ProfilePage, type Role } from './pages/organization';
import { AccountsPage, DashboardPage, OrganizationsPage } from './pages/platform';
import { AuditPage, IndicatorsPage, WebhooksPage } from './pages/shared';
import { ErrorNotice, Field, Loading, Notice, PageTitle, useAction, useQuery } from './ui';

function useRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => setRoute(read());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return route;
}

function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const i = useMemo(() => translator(lang), [lang]);
  return (
    <label class="language">
      <span>{i.t('language')}</span>
      <select value={lang} onChange={(event) => onChange((event.target as HTMLSelectElement).value as Lang)} data-testid="language">
        <option value="vi" lang="vi">
          Tiếng Việt
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}

function SignIn({ ended }: { ended?: SessionEnd }) {
  const i = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  return (
    <main id="main" class="sign-in">
      <PageTitle>{i.t('signIn')}</PageTitle>
      {ended && <Notice>{i.t(ended)}</Notice>}
      <form
        class="card"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(() => login(email, password));
        }}
      >
        <Field label={i.t('email')}>{(id) => <input id={id} type="email" autocomplete="username" required value={email} onInput={(event) => setEmail((event.target as HTMLInputElement).value)} />}</Field>
        <Field label={i.t('password')}>{(id) => <input id={id} type="password" autocomplete="current-password" required value={password} onInput={(event) => setPassword((event.target as HTMLInputElement).value)} />}</Field>
        <button type="submit" disabled={action.busy}>
          {action.busy ? i.t('signingIn') : i.t('signIn')}
        </button>
        {action.view}
      </form>
    </main>
  );
}

interface MyMembership {
  id: string;
  role: Role;
  status: string;
  organization: { id: string; name: string; verified: boolean };
}

const membershipsQuery = `query ConsoleMyMemberships { myMemberships { id role status organization { id name verified } } }`;

const orgPages: { path: string; key: 'profile' | 'members' | 'requests' | 'invitations' | 'apiKeys' | 'webhooks' | 'audit' | 'indicators'; roles: Role[] }[] = [
  { path: 'profile', key: 'profile', roles: ['ADMIN', 'EDITOR', 'MEMBER'] },
  { path: 'members', key: 'members', roles: ['ADMIN'] },
  { path: 'requests', key: 'requests', roles: ['ADMIN'] },
  { path: 'invitations', key: 'invitations', roles: ['ADMIN'] },
  { path: 'keys', key: 'apiKeys', roles: ['ADMIN'] },
  { path: 'webhooks', key: 'webhooks', roles: ['ADMIN'] },
  { path: 'audit', key: 'audit', roles: ['ADMIN'] },
  { path: 'indicators', key: 'indicators', roles: ['ADMIN'] },
];

const platformPages: { path: string; key: 'dashboard' | 'verificationQueue' | 'accounts' | 'indicatorReview' | 'wholeAudit' }[] = [
  { path: 'dashboard', key: 'dashboard' },
  { path: 'organizations', key: 'verificationQueue' },
  { path: 'accounts', key: 'accounts' },
  { path: 'indicators', key: 'indicatorReview' },
  { path: 'audit', key: 'wholeAudit' },
];

function Console({ user, lang, setLang }: { user: SessionUser; lang: Lang; setLang: (lang: Lang) => void }) {
  const i = useI18n();
  const route = useRoute();
  const memberships = useQuery<{ myMemberships: MyMembership[] }>(membershipsQuery, {});
  const active = (memberships.data?.myMemberships ?? []).filter((membership) => membership.status === 'ACTIVE');
  const platformAdmin = user.platformRole === 'PLATFORM_ADMIN';
  const [section, id] = route;
  const orgId = section === 'org' ? id : undefined;
  // A platform admin may act as an admin of any organisation; others by their role in it.
  const role: Role | null = orgId ? (active.find((membership) => membership.organization.id === orgId)?.role ?? (platformAdmin ? 'ADMIN' : null)) : null;
  const current = location.hash;
  const link = (href: string, label: string) => (
    <li key={href}>
      <a href={href} aria-current={current === href ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <>
      <a class="skip" href="#main" onClick={(event) => (event.preventDefault(), document.getElementById('main')?.focus())}>
        {i.t('skip')}
      </a>
      <header class="top">
        <a class="brand" href="#/">
          {i.t('appName')}
        </a>
        <div class="who">
          <span>{user.displayName}</span>
          <LanguageSwitch lang={lang} onChange={setLang} />
          <button type="button" class="secondary" data-testid="sign-out" onClick={() => void logout()}>
            {i.t('signOut')}
          </button>
        </div>
      </header>
      <div class="layout">
        <nav class="side" aria-label={i.t('menu')}>
          <ul>{link('#/', i.t('home'))}</ul>
          {platformAdmin && (
            <>
              <h2>{i.t('platform')}</h2>
              <ul>{platformPages.map((entry) => link(`#/platform/${entry.path}`, i.t(entry.key)))}</ul>
            </>
          )}
          {orgId && role && (
            <>
              <h2>{active.find((membership) => membership.organization.id === orgId)?.organization.name ?? i.t('organization')}</h2>
              <ul>{orgPages.filter((entry) => entry.roles.includes(role)).map((entry) => link(`#/org/${orgId}/${entry.path}`, i.t(entry.key)))}</ul>
            </>
          )}
        </nav>
        <main id="main" tabIndex={-1} key={route.join('/')}>
          {memberships.loading && !memberships.data ? <Loading /> : <Page route={route} user={user} role={role} memberships={active} error={memberships.error} reload={memberships.reload} />}
        </main>
      </div>
    </>
  );
}

function Page({ route, user, role, memberships, error, reload }: { route: string[]; user: SessionUser; role: Role | null; memberships: MyMembership[]; error: unknown; reload: () => void }) {
  const i = useI18n();
  const [section, id, page] = route;
  const notAllowed = (title: string) => (
    <section>
      <PageTitle>{title}</PageTitle>
      <Notice>{i.t('notAllowed')}</Notice>
    </section>
  );
  if (section === 'platform') {
    if (user.platformRole !== 'PLATFORM_ADMIN') return notAllowed(i.t('platform'));
    if (id === 'organizations') return <OrganizationsPage />;
    if (id === 'accounts') return <AccountsPage selfId={user.id} />;
    if (id === 'indicators') return <IndicatorsPage review />;
    if (id === 'audit') return <AuditPage title={i.t('wholeAudit')} />;
    return <DashboardPage />;
  }
  if (section === 'org' && id) {
    const allowed = orgPages.find((entry) => entry.path === (page ?? 'profile'));
    if (!allowed || !role || !allowed.roles.includes(role)) {
      if (!role && (page ?? 'profile') === 'profile') return <ProfilePage id={id} role={null} />;
      return notAllowed(i.t('organization'));
    }
    switch (allowed.path) {
      case 'members':
        return <MembersPage id={id} />;
      case 'requests':
        return <MembersPage id={id} requests />;
      case 'invitations':
        return <InvitationsPage id={id} />;
      case 'keys':
        return <ApiKeysPage id={id} />;
      case 'webhooks':
        return <WebhooksPage id={id} />;
      case 'audit':
        return <AuditPage organizationId={id} title={i.t('audit')} />;
      case 'indicators':
        return <IndicatorsPage organizationId={id} />;
      default:
        return <ProfilePage id={id} role={role} />;
    }
  }
  return (
    <section>
      <PageTitle>{i.t('myOrganizations')}</PageTitle>
      {error !== undefined && <ErrorNotice error={error} onRetry={reload} />}
      {memberships.length === 0 ? (
        <p class="empty">{i.t('noOrganizations')}</p>
      ) : (
        <ul class="cards">
          {memberships.map((membership) => (
            <li class="card" key={membership.id}>
              <a href={`#/org/${membership.organization.id}/profile`}>{membership.organization.name}</a> <span class="muted">· {i.term(membership.role)}</span>{' '}
              <span class="muted">· {membership.organization.verified ? i.t('verified') : i.t('unverified')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [user, setUser] = useState<SessionUser | null>(currentUser);
  const [ended, setEnded] = useState<SessionEnd | undefined>();
  const [starting, setStarting] = useState(true);
  const i = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    const stop = onSessionChange((next, why) => {
      setUser(next);
      if (!next) setEnded(why);
    });
    void resume().finally(() => setStarting(false));
    return stop;
  }, []);
  const setLang = (next: Lang) => {
    rememberLang(next);
    setLangState(next);
  };
  return (
    <I18n.Provider value={i}>
      {starting ? (
        <Loading />
      ) : user ? (
        <Console user={user} lang={lang} setLang={setLang} />
      ) : (
        <>
          <header class="top">
            <span class="brand">{i.t('appName')}</span>
            <div class="who">
              <LanguageSwitch lang={lang} onChange={setLang} />
            </div>
          </header>
          <SignIn ended={ended} />
        </>
      )}
    </I18n.Provider>
  );
}

render(<App />, document.getElementById('console')!);
