import { escapeText } from '../common/xml.js';
import type { OutboxCipher } from './outbox-cipher.js';
import type { MailLanguage, OutboxMessageEntity } from './outbox-message.entity.js';

/** A mail ready to send: a plain-text part always, and the same words as HTML. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What each kind of mail carries in its outbox payload; secrets are sealed and opened by the caller. */
export interface MailPayloads {
  invitation: {
    invitationId: string;
    organizationId: string;
    organizationName: string;
    role: string;
    position: string | null;
    inviterName: string | null;
    expiresAt: string;
  };
  membership_decision: { organizationName: string; decision: 'APPROVED' | 'DECLINED' };
  api_key_expiring: { organizationName: string; keyName: string; expiresAt: string };
  obligation_due: { agreementCode: string; agreementTitle: string; obligation: string; dueOn: string };
  ip_deadline_due: { technologyTitle: string; filing: string; deadline: string; dueOn: string };
  webhook_disabled: { organizationName: string; url: string; reason: string };
}

export type MailKind = keyof MailPayloads;

type Words = { subject: string; lines: string[] };
type Template<K extends MailKind> = (payload: MailPayloads[K] & { secret?: string }, language: MailLanguage) => Words;

const day = (value: string, language: MailLanguage) =>
  new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(value));

const roles: Record<string, Record<MailLanguage, string>> = {
  ADMIN: { vi: 'quản trị viên', en: 'admin' },
  EDITOR: { vi: 'biên tập viên', en: 'editor' },
  MEMBER: { vi: 'thành viên', en: 'member' },
};
const roleName = (role: string, language: MailLanguage) => roles[role]?.[language] ?? role;

const templates: { [K in MailKind]: Template<K> } = {
  invitation: (p, lang) =>
    lang === 'vi'
      ? {
          subject: `Lời mời tham gia ${p.organizationName}`,
          lines: [
            `${p.inviterName ? `${p.inviterName} mời bạn` : 'Bạn được mời'} tham gia ${p.organizationName} với vai trò ${roleName(p.role, lang)}${p.position ? ` (${p.position})` : ''}.`,
            `Chấp nhận lời mời bằng mã này trước ngày ${day(p.expiresAt, lang)}: ${p.secret}`,
          ],
        }
      : {
          subject: `Invitation to join ${p.organizationName}`,
          lines: [
            `${p.inviterName ? `${p.inviterName} invites you` : 'You are invited'} to join ${p.organizationName} as ${roleName(p.role, lang)}${p.position ? ` (${p.position})` : ''}.`,
            `Accept with this code before ${day(p.expiresAt, lang)}: ${p.secret}`,
          ],
        },
  membership_decision: (p, lang) =>
    lang === 'vi'
      ? {
          subject: p.decision === 'APPROVED' ? `Bạn đã là thành viên của ${p.organizationName}` : `Yêu cầu tham gia ${p.organizationName} không được chấp thuận`,
          lines: [p.decision === 'APPROVED' ? `Yêu cầu tham gia ${p.organizationName} của bạn đã được chấp thuận.` : `Quản trị viên của ${p.organizationName} đã từ chối yêu cầu tham gia của bạn.`],
        }
      : {
          subject: p.decision === 'APPROVED' ? `You are now a member of ${p.organizationName}` : `Your request to join ${p.organizationName} was declined`,
          lines: [p.decision === 'APPROVED' ? `Your request to join ${p.organizationName} was approved.` : `The admins of ${p.organizationName} declined your request to join.`],
        },
  api_key_expiring: (p, lang) =>
    lang === 'vi'
      ? {
          subject: `Khoá API "${p.keyName}" của ${p.organizationName} sắp hết hạn`,
          lines: [`Khoá API "${p.keyName}" hết hạn vào ngày ${day(p.expiresAt, lang)}. Hãy tạo khoá mới và thay thế trước ngày đó.`],
        }
      : {
          subject: `The API key "${p.keyName}" of ${p.organizationName} expires soon`,
          lines: [`The API key "${p.keyName}" expires on ${day(p.expiresAt, lang)}. Create a new key and replace it before then.`],
        },
  obligation_due: (p, lang) =>
    lang === 'vi'
      ? {
          subject: `Nghĩa vụ đến hạn: ${p.agreementCode}`,
          lines: [`Thoả thuận ${p.agreementCode} (${p.agreementTitle}): "${p.obligation}" đến hạn vào ngày ${day(p.dueOn, lang)}.`],
        }
      : {
          subject: `Obligation due: ${p.agreementCode}`,
          lines: [`Agreement ${p.agreementCode} (${p.agreementTitle}): "${p.obligation}" is due on ${day(p.dueOn, lang)}.`],
        },
  ip_deadline_due: (p, lang) =>
    lang === 'vi'
      ? {
          subject: `Hạn chót sở hữu trí tuệ: ${p.technologyTitle}`,
          lines: [`Đơn ${p.filing} của công nghệ "${p.technologyTitle}": ${p.deadline}, hạn chót ngày ${day(p.dueOn, lang)}.`],
        }
      : {
          subject: `IP deadline: ${p.technologyTitle}`,
          lines: [`Filing ${p.filing} of "${p.technologyTitle}": ${p.deadline}, due on ${day(p.dueOn, lang)}.`],
        },
  webhook_disabled: (p, lang) =>
    lang === 'vi'
      ? {
          subject: `Webhook của ${p.organizationName} đã bị tắt`,
          lines: [`Địa chỉ ${p.url} không nhận được sự kiện trong thời gian dài nên đã bị tắt: ${p.reason}`, 'Hãy sửa lỗi, bật lại địa chỉ và yêu cầu gửi lại các sự kiện đã lỡ.'],
        }
      : {
          subject: `A webhook endpoint of ${p.organizationName} was disabled`,
          lines: [`${p.url} failed to receive events for too long and was disabled: ${p.reason}`, 'Fix it, enable the endpoint again and ask for the missed deliveries to be sent again.'],
        },
};

const footer: Record<MailLanguage, string> = {
  vi: 'Hệ sinh thái đổi mới sáng tạo Ba Nhà (Triple Helix) — thư tự động, vui lòng không trả lời.',
  en: 'Triple Helix innovation ecosystem — an automatic message, please do not reply.',
};

/**
 * The mail of an outbox message, in its language, its sealed secret opened; null when it cannot be
 * written: a kind this version does not know, or a secret sealed under another key or altered.
 */
export function composeOutboxMail(message: Pick<OutboxMessageEntity, 'id' | 'kind' | 'recipient' | 'language' | 'payload'>, cipher: OutboxCipher): Mail | null {
  const { sealedSecret, ...payload } = message.payload;
  const secret = typeof sealedSecret === 'string' ? cipher.open(sealedSecret, message.id) : undefined;
  if (secret === null) return null;
  return composeMail(message.kind, message.recipient, message.language, { ...payload, secret });
}

function composeMail(kind: string, to: string, language: MailLanguage, payload: Record<string, unknown>): Mail | null {
  const template = (templates as Record<string, Template<MailKind> | undefined>)[kind];
  if (!template) return null;
  const { subject, lines } = template(payload as never, language);
  const text = [...lines, '', '--', footer[language]].join('\n');
  const html = `<!doctype html><html lang="${language}"><body>${lines.map((line) => `<p>${escapeText(line)}</p>`).join('')}<hr><p><small>${escapeText(footer[language])}</small></p></body></html>`;
  return { to, subject, text, html };
}

/** The recipient's language when they chose one; else the organisation's (Vietnamese in Viet Nam, English elsewhere). */
export function mailLanguage(personLanguage: MailLanguage | null | undefined, organizationCountry: string | null | undefined): MailLanguage {
  return personLanguage ?? (organizationCountry && organizationCountry !== 'VN' ? 'en' : 'vi');
}
