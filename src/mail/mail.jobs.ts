import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { JobQueue } from '../jobs/job-queue.js';
import { Metrics } from '../observability/metrics.js';
import type { Counter } from 'prom-client';
import { composeOutboxMail } from './mail-templates.js';
import { MailTransport } from './mail-transport.js';
import { OutboxCipher } from './outbox-cipher.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

const sendJob = 'mail.send';

/**
 * Sends the outbox's mail: the relay hands each new message to the queue (in one transaction with
 * marking it queued), and `mail.send` sends it, retried with backoff (MAIL_RETRY_LIMIT,
 * MAIL_RETRY_DELAY_SECONDS) until the server takes it; a message that fails every attempt is marked
 * failed with its last error.
 */
@Injectable()
export class MailJobs implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
    private readonly cipher: OutboxCipher,
    metrics: Metrics,
  ) {
    this.outcomes = metrics.counter({ name: 'mail_send_attempts_total', help: 'Attempts to send mail, by outcome (sent, retrying, failed).', labelNames: ['outcome'] });
  }

  private readonly outcomes: Counter<'outcome'>;

  onModuleInit(): void {
    this.jobs.define<{ messageId: string }>({
      name: sendJob,
      retry: { retryLimit: this.config.mail.retryLimit, retryDelay: this.config.mail.retryDelaySeconds, retryBackoff: true },
      handle: (job) => this.send(job),
    });
    this.jobs.relay({ name: 'mail outbox', run: () => this.relay() });
    if (this.config.jobs.workers) this.transport.describe();
  }

  private async relay(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const messages: { id: string }[] = await manager.query(
        `SELECT id FROM outbox_message WHERE queued_at IS NULL AND sent_at IS NULL AND failed_at IS NULL ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
      );
      for (const { id } of messages) await this.jobs.enqueue(manager, sendJob, { messageId: id });
      if (messages.length > 0) await manager.query(`UPDATE outbox_message SET queued_at = now() WHERE id = ANY($1)`, [messages.map(({ id }) => id)]);
    });
  }

  private async send(job: PgBoss.JobWithMetadata<{ messageId: string }>): Promise<void> {
    const repository = this.dataSource.getRepository(OutboxMessageEntity);
    const message = await repository.findOneBy({ id: job.data.messageId });
    if (!message || message.sentAt || message.failedAt) return;
    const mail = composeOutboxMail(message, this.cipher);
    if (!mail) {
      // Sealed under another key, altered, or of a kind this version does not know: retrying cannot help.
      await repository.update(message.id, { attempts: message.attempts + 1, failedAt: new Date(), lastError: 'the message cannot be composed' });
      return;
    }
    try {
      await this.transport.send(mail, message.id);
      await repository.update(message.id, { attempts: message.attempts + 1, sentAt: new Date(), lastError: null });
      this.outcomes.inc({ outcome: 'sent' });
    } catch (error) {
      const last = job.retryCount >= job.retryLimit;
      this.outcomes.inc({ outcome: last ? 'failed' : 'retrying' });
      await repository.update(message.id, { attempts: message.attempts + 1, lastError: (error as Error).message.slice(0, 1_000), failedAt: last ? new Date() : null });
      throw error;
    }
  }
}
