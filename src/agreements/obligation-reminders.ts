import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.js';
import { MailOutbox } from '../mail/mail-outbox.js';

/** How far ahead the parties of an agreement hear of an obligation falling due. */
export const obligationNoticeDays = 14;

/**
 * Once a day, mails the admins of every party of an agreement in force (its licensors and its
 * licensee: one owes, the others watch) each pending obligation falling due in the next 14 days, or
 * already past due, once per obligation, due date and admin.
 */
@Injectable()
export class ObligationReminders implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailOutbox,
  ) {}

  onModuleInit(): void {
    this.jobs.every({ name: 'obligations.remind', cron: '10 1 * * *', run: () => this.remind() });
  }

  async remind(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const due: { id: string; description: string; due_on: string; code: string; title: string; email: string; language: 'vi' | 'en' | null; country: string }[] = await manager.query(
        `SELECT ob.id, ob.description, ob.due_on::text AS due_on, a.code, a.title, c.email, c.language, o.country
           FROM agreement_obligation ob
           JOIN agreement a ON a.id = ob.agreement_id
           CROSS JOIN LATERAL (SELECT a.licensee_organization_id AS organization_id
                               UNION SELECT l.organization_id FROM agreement_licensor l WHERE l.agreement_id = a.id) party
           JOIN organization_admin_contact c ON c.organization_id = party.organization_id
           JOIN organization_fact o ON o.id = party.organization_id
          WHERE ob.status = 'PENDING' AND a.status IN ('EXECUTED', 'ACTIVE') AND ob.due_on <= CURRENT_DATE + $1::int`,
        [obligationNoticeDays],
      );
      await this.mail.writeToEach(manager, 'obligation_due', due, (row) => ({
        payload: { agreementCode: row.code, agreementTitle: row.title, obligation: row.description, dueOn: row.due_on },
        once: `obligation:${row.id}:${row.due_on}:${row.email}`,
      }));
    });
  }
}
