import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditChanges } from './audit.service.js';

/** One row of the append-only audit trail (UPDATE, DELETE and TRUNCATE are refused by triggers). */
@Entity('audit_event')
@Index('audit_event_organization_id_idx', { synchronize: false })
@Index('audit_event_actor_user_id_idx', { synchronize: false })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** The project the change belongs to, when it belongs to one: its parties hear of it (subscriptions, webhooks). */
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: AuditChanges;
}
