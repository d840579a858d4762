import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { actionsEn, actionsVi, errorsEn, errorsVi, recordTypesEn, recordTypesVi, termsEn, termsVi, type AuditAction, type ErrorCode, type RecordType, type Term } from './vocabulary';

export type Lang = 'vi' | 'en';

const en = {
  appName: 'Triple Helix admin',
  skip: 'Skip to content',
  language: 'Language',
  signIn: 'Sign in',
  signOut: 'Sign out',
  email: 'Email',
  password: 'Password',
  signedOut: 'You have signed out.',
  expired: 'Your session has ended. Please sign in again.',
  signingIn: 'Signing in…',
  home: 'Home',
  myOrganizations: 'My organisations',
  platform: 'Platform',
  noOrganizations: 'You are not an active member of any organisation.',
  role: 'Role',
  status: 'Status',
  name: 'Name',
  actions: 'Actions',
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  retry: 'Try again',
  next: 'Next page',
  previous: 'Previous page',
  pageOf: 'Page {page} · {total} in all',
  save: 'Save',
  saved: 'Saved.',
  cancel: 'Cancel',
  done: 'Done.',
  confirm: 'Are you sure?',
  verified: 'Verified',
  unverified: 'Not verified',
  archived: 'Archived',
  profile: 'Profile',
  members: 'Members',
  invitations: 'Invitations',
  requests: 'Requests to join',
  apiKeys: 'API keys',
  webhooks: 'Webhooks',
  audit: 'Audit trail',
  indicators: 'ICF indicators',
  dashboard: 'Dashboard',
  verificationQueue: 'Organisations and verification',
  accounts: 'Accounts',
  indicatorReview: 'Indicator review',
  wholeAudit: 'Whole audit trail',
  verifiedHelp:
    'A platform admin verifies the organisation. Changing its name, English name, short name, slug, helix, secondary helices, kind, country or parent withdraws the verification until it is verified again.',
  nameEn: 'English name',
  shortName: 'Short name',
  website: 'Website',
  description: 'Description',
  helix: 'Helix',
  kind: 'Kind',
  country: 'Country',
  updatedAt: 'Last changed',
  willReset: 'Saving a new name withdraws the verification.',
  changeRole: 'Change role',
  remove: 'Remove',
  since: 'Since',
  position: 'Position',
  invite: 'Invite',
  inviteSomeone: 'Invite someone',
  invited: 'Invitation created. No mail is sent yet: give the invitee this token:',
  token: 'Token',
  expiresAt: 'Expires',
  invitedBy: 'Invited by',
  resend: 'Send again',
  revoke: 'Revoke',
  approve: 'Approve',
  decline: 'Decline',
  requestedAt: 'Asked on',
  createKey: 'Create an API key',
  scopes: 'Scopes',
  create: 'Create',
  secretOnce: 'Copy the secret now: it is shown only this once.',
  lastUsed: 'Last used',
  never: 'never',
  active: 'Active',
  revoked: 'Revoked',
  createdAt: 'Created',
  url: 'URL',
  events: 'Events',
  addEndpoint: 'Add an endpoint',
  sendTest: 'Send a test',
  rotateSecret: 'New secret',
  disable: 'Disable',
  enable: 'Enable',
  deliveries: 'Deliveries',
  redeliver: 'Deliver again',
  attempts: 'Attempts',
  filters: 'Filters',
  action: 'Action',
  entityType: 'Record type',
  from: 'From',
  until: 'Until',
  apply: 'Apply',
  when: 'When',
  who: 'Who',
  what: 'What',
  changes: 'Changes',
  record: 'Record',
  factor: 'Factor',
  indicator: 'Indicator',
  value: 'Value',
  unit: 'Unit',
  period: 'Period',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  evidenceUrl: 'Evidence link',
  note: 'Note',
  report: 'Report',
  reportIndicator: 'Report a measurement',
  reason: 'Reason',
  verify: 'Verify',
  withdrawVerification: 'Withdraw verification',
  reject: 'Reject',
  archive: 'Archive',
  search: 'Search',
  onlyUnverified: 'Only organisations waiting for verification',
  whatChanged: 'What changed',
  noChanges: 'No recorded changes.',
  organization: 'Organisation',
  disabled: 'Disabled',
  platformAdmin: 'Platform admin',
  charts: 'Charts',
  organizationsCount: 'Organisations',
  waitingCount: 'Waiting for verification',
  accountsCount: 'Accounts',
  contributions: 'Contributions by helix',
  icfMeasures: 'ICF factors: placements, training and incubation',
  icfFactor: 'Factor',
  icfMeasure: 'Measure',
  icfCount: 'Count',
  amount: 'Amount',
  withheld: 'withheld',
  chartTriangle: 'Projects per helix combination',
  chartTrend: 'Synergy over the years',
  chartBridging: 'Organisations bridging the helices',
  chartFunnel: 'Commercialisation funnel',
  openOrganization: 'Open',
  notAllowed: 'Your role does not allow this page.',
  menu: 'Menu',
  edit: 'Edit',
  editEndpoint: 'Edit the endpoint',
  receivesEvents: 'Receives events',
  anyAction: 'Any action',
  anyStatus: 'Any status',
  prefix: 'Prefix',
  noDeliveries: 'No deliveries yet.',
  actionCode: 'Code',
  answeredAt: 'Accepted or revoked',
};

export type Key = keyof typeof en;

const vi: Record<Key, string> = {
  appName: 'Quản trị Triple Helix',
  skip: 'Chuyển đến nội dung',
  language: 'Ngôn ngữ',
  signIn: 'Đăng nhập',
  signOut: 'Đăng xuất',
  email: 'Email',
  password: 'Mật khẩu',
  signedOut: 'Bạn đã đăng xuất.',
  expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  signingIn: 'Đang đăng nhập…',
  home: 'Trang chủ',
  myOrganizations: 'Tổ chức của tôi',
  platform: 'Nền tảng',
  noOrganizations: 'Bạn chưa là thành viên của tổ chức nào.',
  role: 'Vai trò',
  status: 'Trạng thái',
  name: 'Tên',
  actions: 'Thao tác',
  loading: 'Đang tải…',
  empty: 'Chưa có gì ở đây.',
  retry: 'Thử lại',
  next: 'Trang sau',
  previous: 'Trang trước',
  pageOf: 'Trang {page} · tổng cộng {total}',
  save: 'Lưu',
  saved: 'Đã lưu.',
  cancel: 'Hủy',
  done: 'Đã xong.',
  confirm: 'Bạn có chắc không?',
  verified: 'Đã xác minh',
  unverified: 'Chưa xác minh',
  archived: 'Đã lưu trữ',
  profile: 'Hồ sơ',
  members: 'Thành viên',
  invitations: 'Lời mời',
  requests: 'Yêu cầu tham gia',
  apiKeys: 'Khóa API',
  webhooks: 'Webhook',
  audit: 'Nhật ký kiểm toán',
  indicators: 'Chỉ số ICF',
  dashboard: 'Bảng điều khiển',
  verificationQueue: 'Tổ chức và xác minh',
  accounts: 'Tài khoản',
  indicatorReview: 'Duyệt chỉ số',
  wholeAudit: 'Toàn bộ nhật ký kiểm toán',
  verifiedHelp:
    'Quản trị viên nền tảng xác minh tổ chức. Thay đổi tên, tên tiếng Anh, tên viết tắt, slug, nhánh (helix), nhánh phụ, loại hình, quốc gia hoặc tổ chức cấp trên sẽ hủy xác minh cho đến khi được xác minh lại.',
  nameEn: 'Tên tiếng Anh',
  shortName: 'Tên viết tắt',
  website: 'Trang web',
  description: 'Mô tả',
  helix: 'Nhánh',
  kind: 'Loại hình',
  country: 'Quốc gia',
  updatedAt: 'Thay đổi lần cuối',
  willReset: 'Lưu tên mới sẽ hủy xác minh.',
  changeRole: 'Đổi vai trò',
  remove: 'Xóa',
  since: 'Từ ngày',
  position: 'Chức vụ',
  invite: 'Mời',
  inviteSomeone: 'Mời thành viên',
  invited: 'Đã tạo lời mời. Hệ thống chưa gửi thư: hãy chuyển mã này cho người được mời:',
  token: 'Mã',
  expiresAt: 'Hết hạn',
  invitedBy: 'Người mời',
  resend: 'Gửi lại',
  revoke: 'Thu hồi',
  approve: 'Chấp thuận',
  decline: 'Từ chối',
  requestedAt: 'Ngày yêu cầu',
  createKey: 'Tạo khóa API',
  scopes: 'Phạm vi',
  create: 'Tạo',
  secretOnce: 'Hãy sao chép khóa bí mật ngay: nó chỉ hiển thị một lần.',
  lastUsed: 'Lần dùng cuối',
  never: 'chưa bao giờ',
  active: 'Đang hoạt động',
  revoked: 'Đã thu hồi',
  createdAt: 'Ngày tạo',
  url: 'URL',
  events: 'Sự kiện',
  addEndpoint: 'Thêm điểm nhận',
  sendTest: 'Gửi thử',
  rotateSecret: 'Khóa bí mật mới',
  disable: 'Vô hiệu hóa',
  enable: 'Kích hoạt',
  deliveries: 'Các lần gửi',
  redeliver: 'Gửi lại',
  attempts: 'Số lần thử',
  filters: 'Bộ lọc',
  action: 'Hành động',
  entityType: 'Loại bản ghi',
  from: 'Từ',
  until: 'Đến',
  apply: 'Áp dụng',
  when: 'Thời điểm',
  who: 'Người thực hiện',
  what: 'Nội dung',
  changes: 'Thay đổi',
  record: 'Bản ghi',
  factor: 'Yếu tố',
  indicator: 'Chỉ số',
  value: 'Giá trị',
  unit: 'Đơn vị',
  period: 'Kỳ',
  periodStart: 'Đầu kỳ',
  periodEnd: 'Cuối kỳ',
  evidenceUrl: 'Liên kết minh chứng',
  note: 'Ghi chú',
  report: 'Báo cáo',
  reportIndicator: 'Báo cáo số đo',
  reason: 'Lý do',
  verify: 'Xác minh',
  withdrawVerification: 'Hủy xác minh',
  reject: 'Từ chối',
  archive: 'Lưu trữ',
  search: 'Tìm kiếm',
  onlyUnverified: 'Chỉ các tổ chức đang chờ xác minh',
  whatChanged: 'Những gì đã thay đổi',
  noChanges: 'Không có thay đổi nào được ghi lại.',
  organization: 'Tổ chức',
  disabled: 'Đã vô hiệu hóa',
  platformAdmin: 'Quản trị nền tảng',
  charts: 'Biểu đồ',
  organizationsCount: 'Tổ chức',
  waitingCount: 'Chờ xác minh',
  accountsCount: 'Tài khoản',
  contributions: 'Đóng góp theo nhánh',
  icfMeasures: 'Các yếu tố ICF: thực tập, đào tạo và ươm tạo',
  icfFactor: 'Yếu tố',
  icfMeasure: 'Chỉ tiêu',
  icfCount: 'Số lượng',
  amount: 'Số tiền',
  withheld: 'được giữ kín',
  chartTriangle: 'Dự án theo tổ hợp nhánh',
  chartTrend: 'Hiệp lực qua các năm',
  chartBridging: 'Tổ chức kết nối các nhánh',
  chartFunnel: 'Phễu thương mại hóa',
  openOrganization: 'Mở',
  notAllowed: 'Vai trò của bạn không cho phép xem trang này.',
  menu: 'Danh mục',
  edit: 'Sửa',
  editEndpoint: 'Sửa điểm nhận',
  receivesEvents: 'Nhận sự kiện',
  anyAction: 'Mọi hành động',
  anyStatus: 'Mọi trạng thái',
  prefix: 'Tiền tố',
  noDeliveries: 'Chưa có lần gửi nào.',
  actionCode: 'Mã',
  answeredAt: 'Chấp nhận hoặc thu hồi lúc',
};

const dictionaries: Record<Lang, Record<Key, string>> = { en, vi };
const errors: Record<Lang, Record<ErrorCode, string>> = { en: errorsEn, vi: errorsVi };
const terms: Record<Lang, Record<Term, string>> = { en: termsEn, vi: termsVi };
const actions: Record<Lang, Record<AuditAction, string>> = { en: actionsEn, vi: actionsVi };
const recordTypes: Record<Lang, Record<RecordType, string>> = { en: recordTypesEn, vi: recordTypesVi };

/** Every action of the audit trail the console knows, for its filter. */
export const auditActions = Object.keys(actionsEn) as AuditAction[];

/** `value` in `table` when it is one of its keys; otherwise as it is. */
function lookUp<K extends string>(table: Record<K, string>, value: string): string {
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value as K] : value;
}
const storageKey = 'th-console.lang';

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // No storage: go by the browser.
  }
  const preferred = (navigator.languages ?? [navigator.language]).map((tag) => tag.toLowerCase().slice(0, 2));
  return preferred.find((tag): tag is Lang => tag === 'vi' || tag === 'en') ?? 'vi';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered; still switched.
  }
  document.documentElement.lang = lang;
}

export interface Translator {
  lang: Lang;
  t(key: Key, values?: Record<string, string | number>): string;
  /** A value of the API's enums (helix, kind, role, status, scope, factor, event) in words, or as it is when not translated. */
  term(value: string): string;
  /** An action of the audit trail (`membership.approved`) as a phrase, or as it is when not known. */
  action(code: string): string;
  /** A kind of record of the audit trail (`ApiKey`) in words, or as it is when not known. */
  recordType(type: string): string;
  /** The API's error code in words; the API's own message for a code the console does not know. */
  error(code: string, fallback: string): string;
  date(value: string | null | undefined): string;
  day(value: string | null | undefined): string;
  money(amount: string, currency: string): string;
  number(value: number): string;
}

export function translator(lang: Lang): Translator {
  const dictionary = dictionaries[lang];
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  return {
    lang,
    t: (key, values) => dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? '')),
    term: (value) => lookUp(terms[lang], value),
    action: (code) => lookUp(actions[lang], code),
    recordType: (type) => lookUp(recordTypes[lang], type),
    error: (code, fallback) => (Object.prototype.hasOwnProperty.call(errors[lang], code) ? errors[lang][code as ErrorCode] : fallback),
    date: (value) => (value ? dateTime.format(new Date(value)) : '—'),
    day: (value) => (value ? dateOnly.format(new Date(`${value}T00:00:00Z`)) : '—'),
    money: (amount, currency) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
      } catch {
        return `${amount} ${currency}`;
      }
    },
    number: (value) => numbers.format(value),
  };
}

export const I18n = createContext<Translator>(translator('vi'));
export const useI18n = () => useContext(I18n);
