import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.js';
import { MailOutbox } from '../mail/mail-outbox.js';
import { deadlineRulesJson } from './ip-deadlines.js';
import { deadlineRows } from './technology.read.js';

/** How far ahead the admins of a technology's owners hear of a deadline of its filings. */
export const ipDeadlineNoticeDays = 30;

/**
 * Once a day, mails the admins of each owner of a technology every deadline of its filings falling in
 * the next 30 days (the same deadlines `upcomingDeadlines` lists), once per deadline and admin.
 */
@Injectable()
export class IpDeadlineReminders implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailOutbox,
  ) {}

  onModuleInit(): void {
    this.jobs.every({ name: 'ip-deadlines.remind', cron: '0 1 * * *', run: () => this.remind() });
  }

  async remind(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const due: { filing_id: string; filing: string; title: string; kind: string; description: string; due_on: string; email: string; language: 'vi' | 'en' | null; country: string }[] =
        await manager.query(
          `SELECT f.id AS filing_id, coalesce(f.application_number, f.jurisdiction || ' ' || f.type) AS filing, t.title, d.kind, d.description, d.due_on::text AS due_on,
                  c.email, c.language, o.country
             FROM ip_filing f
             JOIN technology t ON t.id = f.technology_id
             CROSS JOIN LATERAL ${deadlineRows('f', '$1::jsonb')} d
             JOIN technology_owner_today w ON w.technology_id = f.technology_id
             JOIN organization_admin_contact c ON c.organization_id = w.organization_id
             JOIN organization_fact o ON o.id = w.organization_id
            WHERE d.due_on BETWEEN CURRENT_DATE AND CURRENT_DATE + $2::int`,
          [deadlineRulesJson(), ipDeadlineNoticeDays],
        );
      await this.mail.writeToEach(manager, 'ip_deadline_due', due, (row) => ({
        payload: { technologyTitle: row.title, filing: row.filing, deadline: row.description, dueOn: row.due_on },
        once: `ip_deadline:${row.filing_id}:${row.kind}:${row.due_on}:${row.email}`,
      }));
    });
  }
}
