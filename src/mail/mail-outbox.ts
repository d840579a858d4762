import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { mailLanguage, type MailKind, type MailPayloads } from './mail-templates.js';
import { OutboxCipher } from './outbox-cipher.js';
import type { MailLanguage } from './outbox-message.entity.js';

/** Someone to write to: an address, the language they chose (null: their organisation's), their organisation's country. */
export interface MailContact {
  email: string;
  language: MailLanguage | null;
  country: string | null;
}

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

  /** One mail to each contact, in their language; with `once`, each is written at most once under its key. */
  async writeToEach<K extends MailKind, C extends MailContact>(manager: EntityManager, kind: K, contacts: C[], mail: (contact: C) => { payload: MailPayloads[K]; once?: string }): Promise<void> {
    for (const contact of contacts) {
      const { payload, once } = mail(contact);
      await this.write(manager, kind, contact.email, mailLanguage(contact.language, contact.country), payload, { once });
    }
  }
}
