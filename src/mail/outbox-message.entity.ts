import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MailLanguage = 'vi' | 'en';

/**
 * A mail to send, written in the transaction of the change that calls for it (an invitation, a
 * decision, a reminder) and sent from there by the `mail.send` job: none is sent for a change that
 * was rolled back, and none is lost when the mail server is away.
 */
@Entity('outbox_message')
@Index('outbox_message_unsent_idx', { synchronize: false })
@Index('outbox_message_unqueued_idx', { synchronize: false })
@Index('outbox_message_once_key', { synchronize: false })
@Check('outbox_message_language', `language IN ('vi', 'en')`)
@Check('outbox_message_sent_or_failed', `sent_at IS NULL OR failed_at IS NULL`)
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Which mail it is (see `mail-templates.ts`). */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text', default: 'vi' })
  language: MailLanguage;

  /** What the mail says, secrets sealed (see `OutboxCipher`). */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  /** When it was handed to the job queue. */
  @Column({ name: 'queued_at', type: 'timestamptz', precision: 3, nullable: true })
  queuedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  /** Set for a mail to send once only (a reminder): a second one with the same key is not written. */
  @Column({ name: 'once_key', type: 'text', nullable: true })
  onceKey: string | null;

  /** When the last attempt failed for good. */
  @Column({ name: 'failed_at', type: 'timestamptz', precision: 3, nullable: true })
  failedAt: Date | null;
}
