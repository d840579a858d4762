import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { makePlatformAdmin, password, register, type Account } from './support/accounts.js';
import { acceptInvitation, createOrganization, type Organization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';

// The admin console driven in a real browser: Debian's chromium (`apt-get install -y chromium`), or CHROMIUM_PATH.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(chromium);
if (!present) console.warn(`admin console browser tests skipped: no chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
const describeInBrowser = present ? describe : describe.skip;

const screenshots = path.resolve('test-output', 'console');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const organizationQuery = graphql(`query AdminConsoleOrganization($id: ID) { organization(id: $id) { id verified } }`);
const apiKeysQuery = graphql(`query AdminConsoleApiKeys($id: ID) { organization(id: $id) { apiKeys { name active } } }`);
const disableUser = graphql(`mutation AdminConsoleDisableUser($id: ID!) { disableUser(userId: $id) { id disabled } }`);

describeInBrowser('admin console in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let platformAdmin: Account;
  let orgAdmin: Account;
  let org: Organization;
  const cspViolations: string[] = [];
  const axeFindings: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    t = await startTestApp({}, { listen: true });
    platformAdmin = await register(t, 'ops@console.example', 'Nguyễn Văn Vận Hành');
    await makePlatformAdmin(t, platformAdmin);
    orgAdmin = await register(t, 'admin@console.example', 'Trần Thị Quản Trị');
    org = await createOrganization(t, orgAdmin, 'Trung tâm Đổi mới Sáng tạo Bình Dương');
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=en-GB'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('dialog', (dialog) => void dialog.accept());
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const url = (hash = '') => `${t.url}/admin${hash}`;

  /** Runs axe-core on the page as it is (WCAG 2.1 A and AA), and writes a screenshot. */
  async function check(name: string): Promise<void> {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((violation: any) => `${violation.id}: ${violation.nodes.map((node: any) => node.target.join(' ')).join(', ')}`);
    });
    axeFindings.push(...violations.map((violation: string) => `${name}: ${violation}`));
    await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  }

  async function language(lang: 'vi' | 'en'): Promise<void> {
    await page.select('[data-testid="language"]', lang);
    await page.waitForFunction((expected) => document.documentElement.lang === expected, {}, lang);
  }

  /** Opens a page of the console and checks it in both languages. */
  async function visit(hash: string, name: string, ready: string): Promise<void> {
    await page.goto(url(hash), { waitUntil: 'domcontentloaded' });
    await page.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 10_000 }, ready);
    await page.waitForFunction(() => !document.querySelector('.loading'), { timeout: 10_000 });
    for (const lang of ['en', 'vi'] as const) {
      await language(lang);
      await check(`${name}-${lang}`);
    }
    await language('en');
  }

  const text = () => page.evaluate(() => document.body.innerText);
  const waitForText = (value: string) => page.waitForFunction((expected) => document.body.innerText.includes(expected), { timeout: 20_000 }, value);
  const click = async (selector: string) => {
    await page.waitForSelector(selector, { visible: true });
    await page.click(selector);
  };

  async function signIn(account: { email: string }): Promise<void> {
    await page.goto(url(), { waitUntil: 'domcontentloaded' });
    // A session this tab still holds (a test that stopped half-way) is ended first.
    await page.waitForSelector('input[type=email], [data-testid="sign-out"]');
    if (await page.$('[data-testid="sign-out"]')) await signOut();
    await page.type('input[type=email]', account.email);
    await page.type('input[type=password]', password);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav.side');
  }

  async function signOut(): Promise<void> {
    await click('[data-testid="sign-out"]');
    await page.waitForSelector('input[type=password]');
  }

  it('serves the console with a strict Content-Security-Policy, and speaks the browser language first', async () => {
    const response = await page.goto(url(), { waitUntil: 'domcontentloaded' });
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response!.headers()['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.waitForSelector('input[type=password]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await check('sign-in-en');
    await language('vi');
    expect(await text()).toContain('Đăng nhập');
    await check('sign-in-vi');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('input[type=password]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await language('en');
  });

  it('refuses wrong credentials with a message in the chosen language', async () => {
    await page.type('input[type=email]', orgAdmin.email);
    await page.type('input[type=password]', 'not the password at all');
    await page.click('button[type=submit]');
    await waitForText('Email or password is wrong.');
  });

  it('lets a platform admin verify an organisation, and read accounts, indicators, the audit trail and the dashboard', async () => {
    await signIn(platformAdmin);
    await visit('#/platform/dashboard', 'platform-dashboard', 'Waiting for verification');
    await visit('#/platform/organizations', 'platform-verification-queue', org.name);
    await page.goto(url('#/platform/organizations'), { waitUntil: 'domcontentloaded' });
    await click(`button[aria-label="Verify: ${org.name}"]`);
    await waitForText('Done.');
    expect((await t.graphql(organizationQuery, { id: org.id })).data.organization.verified).toBe(true);
    await visit('#/platform/accounts', 'platform-accounts', orgAdmin.email);
    await visit('#/platform/indicators', 'platform-indicator-review', 'Indicator review');
    await visit('#/platform/audit', 'platform-audit', 'organization.verified');
    await page.setViewport({ width: 390, height: 844, isMobile: true });
    await visit('#/platform/organizations', 'phone-platform-organizations', 'Organisations and verification');
    await page.setViewport({ width: 1280, height: 900 });
    await signOut();
    expect(await text()).toContain('You have signed out.');
  });

  it('lets an organisation admin invite a member who appears after accepting, and create and revoke an API key', async () => {
    await signIn(orgAdmin);
    await visit('', 'home', org.name);
    await visit(`#/org/${org.id}/profile`, 'org-profile', 'Verified');
    await visit(`#/org/${org.id}/invitations`, 'org-invitations', 'Invite someone');
    await page.type('input[type=email]', 'lan@console.example');
    await page.click('form button[type=submit]');
    const token = await (await page.waitForSelector('[data-testid="invitation-token"]'))!.evaluate((element) => element.textContent!.trim());
    await waitForText('lan@console.example');
    await check('org-invitations-sent-en');
    const accepted = await t.graphql(acceptInvitation, { input: { token, password, displayName: 'Lê Thị Lan' } });
    expect(accepted.data.acceptInvitation.__typename).toBe('AcceptedInvitation');
    await visit(`#/org/${org.id}/members`, 'org-members', 'Lê Thị Lan');

    await visit(`#/org/${org.id}/keys`, 'org-api-keys', 'Create an API key');
    await page.type('form input:not([type])', 'Báo cáo hằng tháng');
    await page.click('form button[type=submit]');
    const secret = await (await page.waitForSelector('[data-testid="api-key-secret"]'))!.evaluate((element) => element.textContent!.trim());
    expect(secret).toMatch(/^thk_/);
    await check('org-api-keys-created-en');
    await click('button[aria-label="Revoke: Báo cáo hằng tháng"]');
    await waitForText('Revoked');
    expect((await t.graphql(apiKeysQuery, { id: org.id }, orgAdmin.headers)).data.organization.apiKeys).toEqual([{ name: 'Báo cáo hằng tháng', active: false }]);

    await visit(`#/org/${org.id}/audit`, 'org-audit', 'api_key.revoked');
    expect(await text()).toContain('membership.');
    await visit(`#/org/${org.id}/requests`, 'org-requests', 'Requests to join');
    await visit(`#/org/${org.id}/webhooks`, 'org-webhooks', 'Add an endpoint');
    await visit(`#/org/${org.id}/indicators`, 'org-indicators', 'Report a measurement');
    await signOut();
  });

  it('shows a member only what a member may do', async () => {
    await signIn({ email: 'lan@console.example' });
    await page.goto(url(`#/org/${org.id}/profile`), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector(`nav.side a[href="#/org/${org.id}/profile"]`, { timeout: 15_000 }).catch(async (error) => {
      throw new Error(`${(error as Error).message}; page at ${page.url()} reads: ${await text()}`);
    });
    // The menu is drawn once the person's memberships have loaded: wait until it settles on a member's two pages.
    const expected = ['#/', `#/org/${org.id}/profile`];
    await page
      .waitForFunction((hrefs) => JSON.stringify([...document.querySelectorAll('nav.side a')].map((anchor) => anchor.getAttribute('href'))) === JSON.stringify(hrefs), { timeout: 20_000 }, expected)
      .catch(() => undefined);
    const links = await page.$$eval('nav.side a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expected);
    await page.goto(url(`#/org/${org.id}/keys`), { waitUntil: 'domcontentloaded' });
    await waitForText('Your role does not allow this page.');
    await check('member-refused-en');
    await signOut();
  });

  it('goes back to sign-in with a message when the session ends', async () => {
    await signIn(orgAdmin);
    await disableAs(platformAdmin, orgAdmin.id);
    await page.goto(url(`#/org/${org.id}/members`), { waitUntil: 'domcontentloaded' });
    await waitForText('Your session has ended. Please sign in again.');
    await page.waitForSelector('input[type=password]');
  });

  it('met WCAG 2.1 AA on every page and broke no Content-Security-Policy', () => {
    expect(axeFindings).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  async function disableAs(admin: Account, userId: string): Promise<void> {
    const response = await t.graphql(disableUser, { id: userId }, admin.headers);
    expect(response.data.disableUser.disabled).toBe(true);
  }
});
