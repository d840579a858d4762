import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../common/access/access.service.js';
import { Allow } from '../common/access/allow.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { JobQueue } from './job-queue.js';

@ObjectType({ description: 'One kind of background job and the jobs of it not yet done.' })
export class JobQueueFigures {
  @Field({ description: 'The kind of job, e.g. `webhook.deliver`, `mail.send`, `offers.expire`.' })
  name: string;

  @Field(() => Int, { description: 'Jobs waiting for their first attempt (or for their start time).' })
  waiting: number;

  @Field(() => Int, { description: 'Jobs that failed and wait for their next attempt.' })
  retrying: number;

  @Field(() => Int, { description: 'Jobs being run now.' })
  active: number;

  @Field(() => Int, { description: 'Jobs that failed every attempt (kept for a week).' })
  failed: number;
}

@Resolver()
export class JobsResolver {
  constructor(
    private readonly jobs: JobQueue,
    private readonly access: AccessService,
  ) {}

  @Allow('user')
  @Query(() => [JobQueueFigures], { description: 'Platform admins: the background job queues, their depth and failures.' })
  async jobQueues(@Ctx() ctx: RequestContext): Promise<JobQueueFigures[]> {
    await this.access.requireAccess(ctx, 'platform.administer');
    return this.jobs.figures();
  }
}
