import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { makePlatformAdmin, password, register, type Account } from './support/accounts.js';
import { acceptInvitation, createOrganization, membershipOf, type Organization } from './support/memberships.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { graphql } from './graphql/index.js';
import { errorCodes } from '../src/common/error-codes.js';
import { actionsEn, actionsVi, errorsEn, errorsVi, termsEn, termsVi, webhookEventTypes } from '../console/src/vocabulary.js';

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
const requestMembership = graphql(`mutation AdminConsoleRequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { __typename } }`);

/** The enums of the schema whose values the console shows. */
const shownEnums = ['Helix', 'OrganizationKind', 'IcfFactor', 'MemberRole', 'PlatformRole', 'MembershipStatus', 'InvitationStatus', 'MeasurementStatus', 'ApiKeyScope', 'WebhookEventType', 'WebhookDeliveryStatus', 'WebhookEndpointStatus', 'ContributionKind', 'IcfMeasure'];

function enumValues(schema: string, name: string): string[] {
  const body = new RegExp(`^enum ${name} \\{([\\s\\S]*?)^\\}`, 'm').exec(schema)?.[1];
  if (!body) throw new Error(`no enum ${name} in schema.gql`);
  return body.replace(/"""[\s\S]*?"""/g, '').split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('admin console vocabulary', () => {
  it('has words in both languages for every value of the enums it shows, every error code, and every audit action', () => {
    const schema = readFileSync(path.resolve('schema.gql'), 'utf8');
    const values = shownEnums.flatMap((name) => enumValues(schema, name));
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((value) => !(value in termsEn) || !(value in termsVi))).toEqual([]);
    expect(Object.keys(errorCodes).filter((code) => !(code in errorsEn) || !(code in errorsVi))).toEqual([]);
    expect(Object.keys(actionsVi).sort()).toEqual(Object.keys(actionsEn).sort());
    expect([...webhookEventTypes].sort()).toEqual(enumValues(schema, 'WebhookEventType').sort());
  });
});

describeInBrowser('admin console in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let platformAdmin: Account;
  let orgAdmin: Account;
  let org: Organization;
  let freshAdmin: Account;
  let fresh: Organization;
  const cspViolations: string[] = [];
  const axeFindings: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    t = await startTestApp({}, { listen: true });
    platformAdmin = await register(t, 'ops@console.example', 'Nguyễn Văn Vận Hành');
    await makePlatformAdmin(t, platformAdmin);
    orgAdmin = await register(t, 'admin@console.example', 'Trần Thị Quản Trị');
    org = await createOrganization(t, orgAdmin, 'Trung tâm Đổi mới Sáng tạo Bình Dương');
    freshAdmin = await register(t, 'quantri@vi.example', 'Phạm Minh Quản');
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

  /** Opens a page of the console and checks it in both languages, ending in `finish`. */
  async function visit(hash: string, name: string, ready: string, finish: 'vi' | 'en' = 'en'): Promise<void> {
    await page.goto(url(hash), { waitUntil: 'domcontentloaded' });
    await showing(name, () => page.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 20_000 }, ready));
    await showing(`${name} loaded`, () => page.waitForFunction(() => !document.querySelector('.loading'), { timeout: 20_000 }));
    for (const lang of finish === 'en' ? (['vi', 'en'] as const) : (['en', 'vi'] as const)) {
      await language(lang);
      await check(`${name}-${lang}`);
    }
  }

  const text = () => page.evaluate(() => document.body.innerText);
  const waitForText = (value: string) => page.waitForFunction((expected) => document.body.innerText.includes(expected), { timeout: 20_000 }, value);
  const waitForNoText = (value: string) => page.waitForFunction((expected) => !document.querySelector('main')!.innerText.includes(expected), { timeout: 20_000 }, value);
  /** Waits until the table row that names `key` reads `expected`. */
  const waitForRow = (key: string, expected: string) =>
    page.waitForFunction((k, e) => [...document.querySelectorAll('main tr')].some((row) => (row as HTMLElement).innerText.includes(k) && (row as HTMLElement).innerText.includes(e)), { timeout: 20_000 }, key, expected);
  /** Waits until the table lists rows, each of which reads `expected`. */
  const onlyRows = (expected: string) =>
    page.waitForFunction((e) => {
      const rows = [...document.querySelectorAll('main tbody tr')] as HTMLElement[];
      return rows.length > 0 && rows.every((row) => row.innerText.includes(e));
    }, { timeout: 20_000 }, expected);
  /** How many controls that change something the page offers in its main part. */
  const controls = () => page.$$eval('main form, main button, main select, main input, main textarea', (elements) => elements.length);
  const click = async (selector: string) => {
    await page.waitForSelector(selector, { visible: true });
    await page.click(selector);
  };

  /** Waits for `work`; when it times out, the error says what the page showed then, and a screenshot keeps it. */
  async function showing<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const shown = await text().catch(() => '(no page)');
      await page.screenshot({ path: path.join(screenshots, `failed-${what.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => undefined);
      throw new Error(`${(error as Error).message} (waiting for ${what}); the page showed: ${shown.slice(0, 600)}`, { cause: error });
    }
  }

  async function signIn(account: { email: string }): Promise<void> {
    await page.goto(url(), { waitUntil: 'domcontentloaded' });
    // A session this tab still holds (a test that stopped half-way) is ended first.
    await page.waitForSelector('input[type=email], [data-testid="sign-out"]');
    if (await page.$('[data-testid="sign-out"]')) await signOut();
    await page.type('input[type=email]', account.email);
    await page.type('input[type=password]', password);
    await page.click('button[type=submit]');
    await showing(`sign-in of ${account.email}`, () => page.waitForSelector('nav.side'));
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

  it('in Vietnamese, lets a platform admin verify a newly created organisation', async () => {
    fresh = await createOrganization(t, freshAdmin, 'Hợp tác xã Nông nghiệp Công nghệ cao Củ Chi');
    await signIn(platformAdmin);
    await language('vi');
    await visit('#/platform/organizations', 'vi-platform-verification-queue', fresh.name, 'vi');
    await waitForText('Chưa xác minh');
    await click(`button[aria-label="Xác minh: ${fresh.name}"]`);
    await waitForText('Đã xong.');
    // The queue shows only organisations waiting for verification: once verified, it leaves the list.
    await page.waitForFunction((name) => !document.querySelector(`button[aria-label="Xác minh: ${name}"]`), { timeout: 20_000 }, fresh.name);
    expect((await t.graphql(organizationQuery, { id: fresh.id })).data.organization.verified).toBe(true);
    await check('vi-platform-verified-vi');

    await page.goto(url('#/platform/audit'), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-testid="audit-action"]');
    await page.select('[data-testid="audit-action"]', 'organization.verified');
    await page.click('main form button[type=submit]');
    await onlyRows('Xác minh tổ chức');
    expect(await text()).toContain('organization.verified');
    await check('vi-platform-audit-filtered-vi');
    await signOut();
  });

  it('in Vietnamese, lets an organisation admin answer requests to join, invite a colleague, manage API keys and webhooks, and find it all in the audit trail', async () => {
    const hoa = await register(t, 'hoa@vi.example', 'Đỗ Thị Hoa');
    const tuan = await register(t, 'tuan@vi.example', 'Vũ Văn Tuấn');
    for (const person of [hoa, tuan]) {
      const asked = await t.graphql(requestMembership, { input: { organizationId: fresh.id } }, person.headers);
      expect(asked.data.requestMembership.__typename).toBe('Membership');
    }
    await signIn(freshAdmin);
    await language('vi');

    // Requests to join: approve one, decline the other.
    await visit(`#/org/${fresh.id}/requests`, 'vi-org-requests', 'Đỗ Thị Hoa', 'vi');
    await click('button[aria-label="Chấp thuận: Đỗ Thị Hoa"]');
    await waitForNoText('Đỗ Thị Hoa');
    await click('button[aria-label="Từ chối: Vũ Văn Tuấn"]');
    await waitForNoText('Vũ Văn Tuấn');
    await waitForText('Chưa có gì ở đây.');
    await check('vi-org-requests-answered-vi');
    expect((await membershipOf(t, fresh.id, hoa.id)).status).toBe('ACTIVE');
    expect((await membershipOf(t, fresh.id, tuan.id)).status).toBe('DECLINED');
    await visit(`#/org/${fresh.id}/members`, 'vi-org-members', 'Đỗ Thị Hoa', 'vi');
    await waitForRow('Đỗ Thị Hoa', 'Thành viên');

    // Invitations: one sent as an editor, another sent and revoked; the history shows both.
    await visit(`#/org/${fresh.id}/invitations`, 'vi-org-invitations', 'Mời thành viên', 'vi');
    await page.type('main input[type=email]', 'minh@vi.example');
    await page.select('main form select', 'EDITOR');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('[data-testid="invitation-token"]', { timeout: 20_000 });
    await waitForRow('minh@vi.example', 'Đang chờ');
    await waitForRow('minh@vi.example', 'Biên tập');
    await page.type('main input[type=email]', 'cuong@vi.example');
    await page.click('main form button[type=submit]');
    await waitForRow('cuong@vi.example', 'Đang chờ');
    await click('button[aria-label="Thu hồi: cuong@vi.example"]');
    await waitForRow('cuong@vi.example', 'Đã thu hồi');
    await check('vi-org-invitations-history-vi');
    await page.select('main form:nth-of-type(2) select', 'REVOKED');
    await waitForNoText('minh@vi.example');
    await waitForRow('cuong@vi.example', 'Đã thu hồi');

    // API keys: the secret shown once, then revoked.
    await visit(`#/org/${fresh.id}/keys`, 'vi-org-api-keys', 'Tạo khóa API', 'vi');
    await page.type('main form input:not([type])', 'Đồng bộ dữ liệu');
    await page.click('main form button[type=submit]');
    const secret = await (await page.waitForSelector('[data-testid="api-key-secret"]', { timeout: 20_000 }))!.evaluate((element) => element.textContent!.trim());
    expect(secret).toMatch(/^thk_/);
    await waitForRow('Đồng bộ dữ liệu', 'Đang hoạt động');
    await click('button[aria-label="Thu hồi: Đồng bộ dữ liệu"]');
    await waitForRow('Đồng bộ dữ liệu', 'Đã thu hồi');
    await check('vi-org-api-keys-revoked-vi');

    // Webhooks: an endpoint added, then its URL, events and state changed.
    await visit(`#/org/${fresh.id}/webhooks`, 'vi-org-webhooks', 'Thêm điểm nhận', 'vi');
    await page.type('main form input[type=url]', 'https://hooks.example.com/trien-khai');
    await page.click('main form button[type=submit]');
    await page.waitForSelector('[data-testid="webhook-secret"]', { timeout: 20_000 });
    await click('button[aria-label="Sửa: https://hooks.example.com/trien-khai"]');
    const editor = (await page.waitForSelector('form[aria-label^="Sửa điểm nhận"]'))!;
    const address = (await editor.$('input[type=url]'))!;
    await address.evaluate((input) => (input as HTMLInputElement).select());
    await address.type('https://hooks.example.com/v2');
    const boxes = await editor.$$('input[type=checkbox]');
    await boxes[4].click(); // Technologies
    await boxes[boxes.length - 1].click(); // Receives events: off
    await check('vi-org-webhook-editing-vi');
    await (await editor.$('button[type=submit]'))!.click();
    await waitForText('https://hooks.example.com/v2');
    await waitForText('Đã vô hiệu hóa');
    await waitForText('Công nghệ');
    await waitForText('Chưa có lần gửi nào.');
    await check('vi-org-webhook-edited-vi');

    // The audit trail names each of these actions in Vietnamese, beside its code.
    await visit(`#/org/${fresh.id}/audit`, 'vi-org-audit', 'api_key.revoked', 'vi');
    for (const phrase of ['Xác minh tổ chức', 'Chấp thuận yêu cầu tham gia', 'Từ chối yêu cầu tham gia', 'Gửi lời mời', 'Thu hồi lời mời', 'Tạo khóa API', 'Thu hồi khóa API', 'Thêm điểm nhận webhook', 'Sửa điểm nhận webhook']) {
      await waitForText(phrase);
    }
    for (const code of ['organization.verified', 'membership.approved', 'membership.declined', 'membership.invited', 'api_key.created']) expect(await text()).toContain(code);
    await page.select('[data-testid="audit-action"]', 'api_key.revoked');
    await page.click('main form button[type=submit]');
    await onlyRows('Thu hồi khóa API');
    await check('vi-org-audit-filtered-vi');
    await signOut();
  });

  it('shows a member only what a member may do, and refuses the admin pages it is sent to', async () => {
    await signIn({ email: 'lan@console.example' });
    await language('vi');
    await page.goto(url(`#/org/${org.id}/profile`), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector(`nav.side a[href="#/org/${org.id}/profile"]`, { timeout: 20_000 }).catch(async (error) => {
      throw new Error(`${(error as Error).message}; page at ${page.url()} reads: ${await text()}`);
    });
    // The menu is drawn once the person's memberships have loaded: wait until it settles on a member's two pages.
    const expected = ['#/', `#/org/${org.id}/profile`];
    await page
      .waitForFunction((hrefs) => JSON.stringify([...document.querySelectorAll('nav.side a')].map((anchor) => anchor.getAttribute('href'))) === JSON.stringify(hrefs), { timeout: 20_000 }, expected)
      .catch(() => undefined);
    const links = await page.$$eval('nav.side a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expected);
    await waitForText(`Hồ sơ · ${org.name}`);
    await page.waitForFunction(() => !document.querySelector('.loading'), { timeout: 20_000 });
    // The profile, read only: no form, no button; nothing of the admins' pages.
    expect(await controls()).toBe(0);
    const profile = await page.$eval('main', (main) => (main as HTMLElement).innerText);
    for (const word of ['Lưu', 'Mời', 'Tạo khóa API', 'Chấp thuận', 'Thêm điểm nhận', 'Thu hồi']) expect(profile).not.toContain(word);
    await check('member-profile-vi');
    for (const deepLink of [...['members', 'requests', 'invitations', 'keys', 'webhooks', 'audit', 'indicators'].map((path) => `#/org/${org.id}/${path}`), '#/platform/organizations', '#/platform/audit']) {
      await page.goto(url(`#/org/${org.id}/profile`), { waitUntil: 'domcontentloaded' });
      await waitForText(`Hồ sơ · ${org.name}`);
      await page.goto(url(deepLink), { waitUntil: 'domcontentloaded' });
      await waitForText('Vai trò của bạn không cho phép xem trang này.');
      expect(await controls()).toBe(0);
    }
    await check('member-refused-vi');
    await language('en');
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
