import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from '../database/versioned.entity.js';
import type { WebhookEventType } from './webhook-events.js';

export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** Where an organisation wants to hear of changes: a URL, the kinds of change, and the secret deliveries are signed with. */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_organization_idx', { synchronize: false })
@Check('webhook_endpoint_url_https', `url ~ '^https?://[^\\s]+$' AND length(url) <= 2000`)
@Check('webhook_endpoint_event_types_present', `cardinality(event_types) > 0`)
@Check('webhook_endpoint_status', `status IN ('ACTIVE', 'DISABLED')`)
@Check('webhook_endpoint_disabled_explained', `(status = 'DISABLED') = (disabled_at IS NOT NULL AND disabled_reason IS NOT NULL)`)
export class WebhookEndpointEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('OrganizationEntity')
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'webhook_endpoint_organization_fk' })
  organization?: object;

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

  @ManyToOne('UserEntity')
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'webhook_endpoint_created_by_fk' })
  creator?: object;
}
