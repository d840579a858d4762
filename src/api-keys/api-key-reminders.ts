import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.js';
import { MailOutbox } from '../mail/mail-outbox.js';

/** How long before a key expires its organisation's admins hear of it. */
export const apiKeyNoticeDays = 7;

/** Once a day, mails an organisation's admins about each of its working API keys that expires within a week, once per key. */
@Injectable()
export class ApiKeyReminders implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailOutbox,
  ) {}

  onModuleInit(): void {
    this.jobs.every({ name: 'api-keys.remind', cron: '20 1 * * *', run: () => this.remind() });
  }

  async remind(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const expiring: { id: string; name: string; expires_at: Date; organization: string; email: string; language: 'vi' | 'en' | null; country: string }[] = await manager.query(
        `SELECT k.id, k.name, k.expires_at, o.name AS organization, c.email, c.language, o.country
           FROM api_key k
           JOIN organization_fact o ON o.id = k.organization_id AND o.archived_at IS NULL
           JOIN organization_admin_contact c ON c.organization_id = k.organization_id
          WHERE k.revoked_at IS NULL AND k.expires_at > now() AND k.expires_at <= now() + make_interval(days => $1::int)`,
        [apiKeyNoticeDays],
      );
      await this.mail.writeToEach(manager, 'api_key_expiring', expiring, (key) => ({
        payload: { organizationName: key.organization, keyName: key.name, expiresAt: key.expires_at.toISOString() },
        once: `api_key_expiring:${key.id}:${key.email}`,
      }));
    });
  }
}
