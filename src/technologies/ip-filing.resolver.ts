import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { FileIpProtectionInput, IpFilingsArgs, TransitionIpFilingInput, UpcomingDeadlinesArgs, UpdateIpFilingInput } from './dto/ip-filing.inputs.js';
import { IpDeadlineModel, IpFilingConnection, IpFilingModel } from './ip-filing.model.js';
import { IpFilingService } from './ip-filing.service.js';
import { uuidArg } from './technology.resolver.js';
import { TechnologyModel } from './technology.model.js';
import { TechnologyReader } from './technology-reader.js';
import { TechnologyService } from './technology.service.js';
import { ApplicationNumberTakenError, InvalidIpFilingTransitionError } from './ip-filing.errors.js';

export const FileIpProtectionResult = resultUnion('FileIpProtectionResult', 'The new filing; or why not.', () => [IpFilingModel, ApplicationNumberTakenError, InvalidInputError]);
export const UpdateIpFilingResult = resultUnion('UpdateIpFilingResult', 'The filing after the change; or why not.', () => [
  IpFilingModel,
  VersionConflictError,
  ApplicationNumberTakenError,
  InvalidInputError,
]);
export const TransitionIpFilingResult = resultUnion('TransitionIpFilingResult', 'The filing in its new status; or why not.', () => [
  IpFilingModel,
  InvalidIpFilingTransitionError,
  VersionConflictError,
  ApplicationNumberTakenError,
  InvalidInputError,
]);

@Resolver(() => IpFilingModel)
export class IpFilingResolver {
  constructor(
    private readonly filings: IpFilingService,
    private readonly technologies: TechnologyService,
    private readonly reader: TechnologyReader,
  ) {}

  @Query(() => IpFilingModel, { nullable: true, description: 'One IP filing; null when there is none or it is not visible to you.' })
  ipFiling(@Ctx() ctx: RequestContext, @uuidArg('The filing’s id.') id: string, @Info() info: GraphQLResolveInfo) {
    return this.reader.ipFiling(ctx, id, info);
  }

  @Query(() => IpFilingConnection, { description: 'IP filings of technologies you may read, newest first.' })
  ipFilings(@Ctx() ctx: RequestContext, @Args() args: IpFilingsArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.ipFilings(ctx, args, info);
  }

  @Query(() => [IpDeadlineModel], { description: 'Deadlines of filings you may read falling from today to `withinDays` ahead, soonest first.' })
  upcomingDeadlines(@Ctx() ctx: RequestContext, @Args() args: UpcomingDeadlinesArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.upcomingDeadlines(ctx, args, info);
  }

  @Mutation(() => FileIpProtectionResult, { description: 'The technology’s managers: record a filing for protection (FILED).' })
  fileIpProtection(@Ctx() ctx: RequestContext, @Args('input', { description: 'The filing.' }) input: FileIpProtectionInput) {
    return this.filings.file(ctx, input);
  }

  @Mutation(() => UpdateIpFilingResult, { description: 'The technology’s managers: correct or complete a filing’s record. Stale `expectedVersion` answers VersionConflictError.' })
  updateIpFiling(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateIpFilingInput) {
    return this.filings.update(ctx, input);
  }

  @Mutation(() => TransitionIpFilingResult, { description: 'The technology’s managers: move a filing along its life; an illegal move names the legal ones.' })
  transitionIpFiling(@Ctx() ctx: RequestContext, @Args('input', { description: 'The move.' }) input: TransitionIpFilingInput) {
    return this.filings.transition(ctx, input);
  }

  @ResolveField('technology', () => TechnologyModel, { nullable: true, description: 'The technology protected (null when you may not read it).' })
  technology(@Ctx() ctx: RequestContext, @Parent() filing: IpFilingModel): Promise<TechnologyModel | null> {
    return this.technologies.findById(ctx, filing.technologyId);
  }

  @ResolveField('parentFiling', () => IpFilingModel, { nullable: true, description: 'The earlier filing whose priority this one claims.' })
  parentFiling(@Ctx() ctx: RequestContext, @Parent() filing: IpFilingModel): Promise<IpFilingModel | null> | null {
    return filing.parentFilingId ? this.filings.filingById(ctx, filing.parentFilingId) : null;
  }

  @ResolveField('deadlines', () => [IpDeadlineModel], { description: 'Its deadlines in its current status, soonest first; one-off ones are shown even when past.' })
  deadlines(@Ctx() ctx: RequestContext, @Parent() filing: IpFilingModel): Promise<IpDeadlineModel[]> {
    return this.filings.deadlinesOf(ctx, filing);
  }
}
