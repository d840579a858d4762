import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { redactUrl, type AppConfig } from '../config/config.js';
import { APP_CONFIG, APP_LOGGER } from '../config/config.module.js';
import type { Mail } from './mail-templates.js';

/**
 * Sends mail: to the SMTP server of `SMTP_URL` (in development, the Mailpit catcher of
 * docker-compose), or without one as `.eml` files in `MAIL_DIR`, which any mail client opens.
 */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {
    this.transporter = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Says where mail goes; once, by the processes that send it. */
  describe(): void {
    if (this.config.mail.smtpUrl) this.logger.info({ smtp: redactUrl(this.config.mail.smtpUrl) }, 'mail is sent to the SMTP server');
    else this.logger.info({ dir: this.config.mail.dir }, 'SMTP_URL is not set: mail is written as .eml files to MAIL_DIR');
  }

  async send(mail: Mail, messageId: string): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // The outbox message's id: a receiver that sees it twice (a retry after a lost answer) knows.
      messageId: `<${messageId}@${this.config.harvest.repositoryId}>`,
    });
    if (!this.config.mail.smtpUrl) {
      await mkdir(this.config.mail.dir, { recursive: true });
      await writeFile(path.join(this.config.mail.dir, `${messageId}.eml`), info.message as Buffer);
    }
  }
}
