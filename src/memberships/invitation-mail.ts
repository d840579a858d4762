import { Injectable } from '@nestjs/common';
import type { OutboxMessageEntity } from './invitation.entity.js';
import { OutboxCipher } from './outbox-cipher.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** What an invitation's outbox message carries: everything readable except the token, which is sealed. */
export interface InvitationPayload {
  invitationId: string;
  organizationId: string;
  organizationName: string;
  role: string;
  position: string | null;
  inviterName: string | null;
  sealedToken: string;
  expiresAt: string;
}

/**
 * Writes the mail of an invitation's outbox message for the delivery worker; the one place the
 * token is opened. Null when the message cannot be delivered (sealed under another key, or altered).
 */
@Injectable()
export class InvitationMail {
  constructor(private readonly cipher: OutboxCipher) {}

  compose(message: Pick<OutboxMessageEntity, 'kind' | 'recipient' | 'payload'>): Mail | null {
    if (message.kind !== 'invitation') return null;
    const payload = message.payload as unknown as InvitationPayload;
    const token = this.cipher.open(payload.sealedToken, payload.invitationId);
    if (token === null) return null;
    const by = payload.inviterName ? `${payload.inviterName} invites you` : 'You are invited';
    return {
      to: message.recipient,
      subject: `Invitation to join ${payload.organizationName}`,
      text: [
        `${by} to join ${payload.organizationName} as ${payload.role}${payload.position ? ` (${payload.position})` : ''}.`,
        `Accept with this code before ${payload.expiresAt}: ${token}`,
      ].join('\n'),
    };
  }
}
