import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

export enum WebhookDeliveryStatus {
  /** Waiting for its first attempt. */
  PENDING = 'PENDING',
  /** An attempt failed; another follows. */
  RETRYING = 'RETRYING',
  SUCCEEDED = 'SUCCEEDED',
  /** Every attempt failed. */
  FAILED = 'FAILED',
  /** Not sent: its endpoint was disabled or removed first. */
  SKIPPED = 'SKIPPED',
}

/** One event for one endpoint, and how its delivery went. A redelivery is a new row with the same event id. */
@Entity('webhook_delivery')
@Index('webhook_delivery_endpoint_idx', { synchronize: false })
@Index('webhook_delivery_unqueued_idx', { synchronize: false })
@Check('webhook_delivery_status', `status IN ('PENDING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'SKIPPED')`)
@Check('webhook_delivery_finished', `(status IN ('SUCCEEDED', 'FAILED', 'SKIPPED')) = (finished_at IS NOT NULL)`)
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'webhook_delivery_endpoint_fk' })
  endpoint?: WebhookEndpointEntity;

  /** The event's id, sent as `webhook-id`: the same in every attempt and redelivery, for receivers to drop repeats. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'redelivery_of', type: 'uuid', nullable: true })
  redeliveryOf: string | null;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'redelivery_of', foreignKeyConstraintName: 'webhook_delivery_redelivery_fk' })
  original?: WebhookDeliveryEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'queued_at', type: 'timestamptz', precision: 3, nullable: true })
  queuedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}

/** One HTTP attempt of a delivery. */
@Entity('webhook_delivery_attempt')
@Index('webhook_delivery_attempt_delivery_idx', { synchronize: false })
export class WebhookDeliveryAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'webhook_delivery_attempt_delivery_fk' })
  delivery?: WebhookDeliveryEntity;

  @Column({ name: 'attempted_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  attemptedAt: Date;

  /** The receiver's HTTP status; null when no answer came (refused, timed out, not allowed). */
  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;
}

/** A change waiting to be routed to the endpoints that listen to it (written by a trigger on the audit trail). */
@Entity('webhook_pending_change')
export class WebhookPendingChangeEntity {
  @PrimaryColumn({ name: 'audit_event_id', type: 'bigint' })
  auditEventId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
