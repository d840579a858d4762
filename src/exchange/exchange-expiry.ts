import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { recordCommand } from '../audit/audit.service.js';
import { JobQueue } from '../jobs/job-queue.js';

/**
 * Stores as EXPIRED the published offers and demands whose expiry date has passed, every hour. Readers
 * already see them as expired (the status is computed on read); storing it makes the change a fact
 * with its audit row, and so an event for subscribers and webhooks. Like the expiry a request finds,
 * it writes no new version: the item did not change, the calendar did.
 */
@Injectable()
export class ExchangeExpiry implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.every({ name: 'exchange.expire', cron: '5 * * * *', run: async () => void (await this.expire()) });
  }

  async expire(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      let expired = 0;
      for (const [table, thing, entityType] of [
        ['technology_offer', 'offer', 'TechnologyOffer'],
        ['technology_demand', 'demand', 'TechnologyDemand'],
      ] as const) {
        const [rows]: [{ id: string; organization_id: string }[], number] = await manager.query(
          `UPDATE ${table} SET status = 'EXPIRED' WHERE status = 'PUBLISHED' AND expires_on < CURRENT_DATE RETURNING id, organization_id`,
        );
        for (const row of rows) {
          await recordCommand(manager, 'job:exchange.expire', {
            action: `${thing}.expired`,
            organizationId: row.organization_id,
            entityType,
            entityId: row.id,
            changes: { status: { before: 'PUBLISHED', after: 'EXPIRED' } },
          });
        }
        expired += rows.length;
      }
      return expired;
    });
  }
}
