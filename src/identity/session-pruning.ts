import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.js';

/** How long an ended session is kept (for the audit of a recent incident) before it is deleted. */
export const endedSessionRetentionDays = 7;

/**
 * Once a day, deletes sessions that expired or were revoked more than a week ago, with their refresh
 * tokens. A live session keeps its spent (rotated) refresh tokens: presenting one again is how a
 * stolen token is caught, and ends the session.
 */
@Injectable()
export class SessionPruning implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.every({ name: 'sessions.prune', cron: '30 2 * * *', run: async () => void (await this.prune()) });
  }

  async prune(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM auth_session WHERE least(expires_at, coalesce(revoked_at, 'infinity')) < now() - make_interval(days => $1::int)`,
      [endedSessionRetentionDays],
    );
    return deleted;
  }
}
