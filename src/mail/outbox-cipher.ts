import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';

const version = 'v1';

/**
 * Seals secrets that an outbox message must carry to its recipient (an invitation's token) with
 * AES-256-GCM under OUTBOX_SECRET, so that the database alone holds nothing usable. Each sealed value
 * is bound to its message's subject (the invitation's id): it cannot be moved to another message.
 * Only the delivery side, the code that writes the mail, opens it.
 */
@Injectable()
export class OutboxCipher {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(APP_LOGGER) logger: Logger) {
    this.key = Buffer.from(hkdfSync('sha256', config.outbox.secret, 'triple-helix', 'outbox-message-v1', 32));
    if (config.outbox.secretGenerated && config.env !== 'test') {
      logger.warn('OUTBOX_SECRET is not set: secrets in outbox messages are sealed with a random key of this process, and messages left unsent at a restart cannot be delivered');
    }
  }

  seal(plain: string, subject: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(subject));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [version, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** The plain value, or null when the sealed value was made with another key, altered or moved. */
  open(sealed: string, subject: string): string | null {
    const [tag, iv, authTag, body] = sealed.split('.');
    if (tag !== version || !iv || !authTag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(subject));
      decipher.setAuthTag(Buffer.from(authTag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
