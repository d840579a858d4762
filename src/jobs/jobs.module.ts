import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JOB_DATABASE_URL, JobQueue } from './job-queue.js';
import { JobsResolver } from './jobs.resolver.js';

/** The job queue every domain may register its jobs with (see `JobQueue`). */
@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOB_DATABASE_URL, useValue: databaseUrl }, JobQueue, JobsResolver],
      exports: [JobQueue],
    };
  }
}
