import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import type { WebhookEventType } from './webhook-events.js';

export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** Where an organisation wants to hear of changes: a URL, the kinds of change, and the secret deliveries are signed with. */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_organization_idx', { synchronize: false })
export class WebhookEndpointEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: WebhookEventType[];

  /** The signing secret, sealed with OUTBOX_SECRET: the service must sign with it, so it cannot be only hashed. */
  @Column({ name: 'sealed_secret', type: 'text' })
  sealedSecret: string;

  @Column({ type: 'text', default: WebhookEndpointStatus.ACTIVE })
  status: WebhookEndpointStatus;

  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
