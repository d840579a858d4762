import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { EventBus, organizationTopic, projectTopic } from '../events/event-bus.js';
import { AuditEventEntity } from './audit-event.entity.js';

/** Changed fields: each with its value before and after. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditRecord {
  /** What happened, as `<thing>.<verb>`, e.g. `organization.updated`. */
  action: string;
  organizationId?: string | null;
  entityType: string;
  entityId?: string | null;
  changes?: AuditChanges;
  /** The person acting when the caller is not signed in yet (registration, sign-in, refresh). */
  actorUserId?: string;
  /** The project the change belongs to: its subscribers and its parties' webhooks hear of it. */
  projectId?: string;
  /**
   * Leaves out who acted: for a person taking their own record back from the organisations that
   * read the trail (a withdrawn placement), whose name the row would otherwise give away.
   */
  withoutActor?: boolean;
}

/** Fields never written to the audit trail, whatever a caller passes. */
const secretFields = new Set(['password', 'passwordHash', 'tokenHash', 'secretHash', 'secret', 'token', 'refreshToken']);

/**
 * Writes the audit trail, in the transaction of the mutation under way, so the record of a change
 * exists exactly when the change does.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  async record(ctx: RequestContext, record: AuditRecord): Promise<void> {
    const { principal } = ctx;
    const organizationId = record.organizationId ?? (principal.kind === 'apiKey' ? principal.organizationId : null);
    const event = managerOf(ctx, this.dataSource).create(AuditEventEntity, {
      requestId: ctx.requestId,
      actorUserId: record.withoutActor ? null : (record.actorUserId ?? (principal.kind === 'user' ? principal.userId : null)),
      actorApiKeyId: principal.kind === 'apiKey' ? principal.apiKeyId : null,
      organizationId,
      projectId: record.projectId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      changes: withoutSecrets(record.changes ?? {}),
    });
    await managerOf(ctx, this.dataSource).save(AuditEventEntity, event, { reload: false });

    // Every audited change is also announced, once committed, to those following it.
    const activity = {
      organizationId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      occurredAt: new Date().toISOString(),
    };
    const { projectId } = record;
    ctx.afterCommit(async () => {
      if (organizationId) await this.events.publish(organizationTopic(organizationId), { organizationActivity: activity });
      if (projectId) await this.events.publish(projectTopic(projectId), { projectChanged: { ...activity, projectId } });
    });
  }

  /**
   * Records a change once for each organisation party to it (each named once), so that every party's
   * trail, subscribers and webhooks hear of it.
   */
  async recordForEach(ctx: RequestContext, organizationIds: readonly (string | null)[], record: Omit<AuditRecord, 'organizationId'>): Promise<void> {
    for (const organizationId of new Set(organizationIds)) if (organizationId) await this.record(ctx, { ...record, organizationId });
  }
}

/**
 * Writes the audit row of a change made outside any request, by an operator's command (`command`,
 * e.g. `admin:create`, stands where a request id would), in `manager`'s transaction.
 */
export async function recordCommand(manager: EntityManager, command: string, record: Omit<AuditRecord, 'projectId'>): Promise<void> {
  await manager.save(
    AuditEventEntity,
    manager.create(AuditEventEntity, {
      requestId: command,
      actorUserId: record.actorUserId ?? null,
      organizationId: record.organizationId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      changes: withoutSecrets(record.changes ?? {}),
    }),
  );
}

/** The fields whose values differ, each with before and after. */
export function changesBetween<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: (keyof T)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const old = before?.[field] ?? null;
    const now = after[field] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) changes[String(field)] = { before: old, after: now };
  }
  return changes;
}

function withoutSecrets(changes: AuditChanges): AuditChanges {
  return Object.fromEntries(Object.entries(changes).filter(([field]) => !secretFields.has(field)));
}
