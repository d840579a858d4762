import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailKind, MailPayloads } from './mail-templates.js';
import { OutboxCipher } from './outbox-cipher.js';
import type { MailLanguage } from './outbox-message.entity.js';

/** Where domains leave the mail a change calls for, in its transaction (see `OutboxMessageEntity`). */
@Injectable()
export class MailOutbox {
  constructor(private readonly cipher: OutboxCipher) {}

  /**
   * Writes a mail to send. A `secret` it must carry (an invitation's code) is sealed, bound to this
   * message: whoever reads the database cannot use it, nor move it to another message. With `once`,
   * a mail already written under the same key (a reminder sent yesterday) is not written again.
   */
  async write<K extends MailKind>(
    manager: EntityManager,
    kind: K,
    recipient: string,
    language: MailLanguage,
    payload: MailPayloads[K],
    options: { secret?: string; once?: string } = {},
  ): Promise<void> {
    const id = randomUUID();
    const sealed = options.secret === undefined ? {} : { sealedSecret: this.cipher.seal(options.secret, id) };
    await manager.query(
      `INSERT INTO outbox_message (id, kind, recipient, language, payload, once_key) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (once_key) WHERE once_key IS NOT NULL DO NOTHING`,
      [id, kind, recipient, language, JSON.stringify({ ...payload, ...sealed }), options.once ?? null],
    );
  }
}
