import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailKind, MailPayloads } from './mail-templates.js';
import { OutboxCipher } from './outbox-cipher.js';
import { OutboxMessageEntity, type MailLanguage } from './outbox-message.entity.js';

/** Where domains leave the mail a change calls for, in its transaction (see `OutboxMessageEntity`). */
@Injectable()
export class MailOutbox {
  constructor(private readonly cipher: OutboxCipher) {}

  /**
   * Writes a mail to send. A `secret` it must carry (an invitation's code) is sealed, bound to this
   * message: whoever reads the database cannot use it, nor move it to another message.
   */
  async write<K extends MailKind>(manager: EntityManager, kind: K, recipient: string, language: MailLanguage, payload: MailPayloads[K], secret?: string): Promise<string> {
    const id = randomUUID();
    const sealed = secret === undefined ? {} : { sealedSecret: this.cipher.seal(secret, id) };
    const message = manager.create(OutboxMessageEntity, { id, kind, recipient, language, payload: { ...payload, ...sealed } });
    await manager.save(OutboxMessageEntity, message, { reload: false });
    return id;
  }
}
