import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditEventModel, type AuditLogArgs } from './audit.model.js';

const order = 'ID:DESC';
const placeholderId = '00000000-0000-4000-8000-000000000000';

/** Reading the audit trail: an organisation's admins read its own, platform admins all of it. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(ctx: RequestContext, args: AuditLogArgs): Promise<ConnectionShape<AuditEventModel>> {
    if (args.organizationId) await this.access.requireAccess(ctx, 'organization.readAudit', args.organizationId);
    else await this.access.requireAccess(ctx, 'platform.administer');
    const first = args.first ?? defaultPageSize;

    const matching = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (args.organizationId) matching.andWhere('e.organization_id = :organizationId', { organizationId: args.organizationId });
    const filter = args.filter ?? {};
    if (filter.action) matching.andWhere('e.action = :action', { action: filter.action });
    if (filter.entityType) matching.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) matching.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId) matching.andWhere('e.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.since) matching.andWhere('e.occurred_at >= :since', { since: filter.since });
    if (filter.until) matching.andWhere('e.occurred_at < :until', { until: filter.until });

    const page = matching.clone();
    // The id is the whole sort key; the cursor's uuid slot is unused.
    const afterId = args.after != null ? decodeCursor(args.after, order, 'bigint').value : undefined;
    if (afterId !== undefined) page.andWhere('e.id < :afterId', { afterId });
    const rows = first === 0 ? [] : await page.orderBy('e.id', 'DESC').limit(first + 1).getMany();
    return pageOf(
      rows.map(AuditEventModel.fromEntity),
      { first, after: args.after, precededBy: async () => afterId !== undefined && (await matching.clone().andWhere('e.id >= :precedingId', { precedingId: afterId }).getExists()) },
      (node) => encodeCursor({ order, value: node.id, id: placeholderId }),
      () => matching.getCount(),
    );
  }
}
