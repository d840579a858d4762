import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import {
  AnswerTrainingInvitationInput,
  CreateTrainingProgrammeInput,
  InviteTrainingPartnerInput,
  RecordTrainingContributionInput,
  RecordTrainingIntakeInput,
  TrainingProgrammesArgs,
  UpdateTrainingProgrammeInput,
} from './dto/training.inputs.js';
import { InvalidTrainingPartnerTransitionError, TrainingPartnerStateError } from './training.errors.js';
import { TrainingContributionModel, TrainingIntakeModel, TrainingPartnerModel, TrainingProgrammeConnection, TrainingProgrammeModel } from './training.model.js';
import { TrainingReader } from './training-reader.js';
import { TrainingService } from './training.service.js';

export const CreateTrainingProgrammeResult = resultUnion('CreateTrainingProgrammeResult', 'The new training programme; or why not.', () => [TrainingProgrammeModel, InvalidInputError]);
export const UpdateTrainingProgrammeResult = resultUnion('UpdateTrainingProgrammeResult', 'The training programme after the change; or why not.', () => [
  TrainingProgrammeModel,
  VersionConflictError,
  InvalidInputError,
]);
export const RecordTrainingIntakeResult = resultUnion('RecordTrainingIntakeResult', 'The training programme with the intake recorded; or why not.', () => [
  TrainingProgrammeModel,
  VersionConflictError,
  InvalidInputError,
]);
export const InviteTrainingPartnerResult = resultUnion('InviteTrainingPartnerResult', 'The invited partner; or why not.', () => [TrainingPartnerModel, InvalidInputError]);
export const AnswerTrainingInvitationResult = resultUnion('AnswerTrainingInvitationResult', 'The partner with its answer; or why not.', () => [
  TrainingPartnerModel,
  VersionConflictError,
  InvalidTrainingPartnerTransitionError,
]);
export const RecordTrainingContributionResult = resultUnion('RecordTrainingContributionResult', 'The partner with the year’s figures recorded; or why not.', () => [
  TrainingPartnerModel,
  VersionConflictError,
  TrainingPartnerStateError,
  InvalidInputError,
]);

/** Training programmes universities run with businesses. */
@Resolver(() => TrainingProgrammeModel)
export class TrainingProgrammeResolver {
  constructor(
    private readonly training: TrainingService,
    private readonly reader: TrainingReader,
    private readonly organizations: OrganizationService,
  ) {}

  @Public()
  @Query(() => TrainingProgrammeConnection, { description: 'Training programmes, newest first; public (with their active partners, intakes and the partners’ seats and hires).' })
  trainingProgrammes(@Ctx() ctx: RequestContext, @Args() args: TrainingProgrammesArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.list(ctx, args, info);
  }

  @Public()
  @Query(() => TrainingProgrammeModel, { nullable: true, description: 'One training programme; null when there is none.' })
  trainingProgramme(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The programme.' }, new ParseUUIDPipe()) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.reader.findOne(ctx, id, info);
  }

  @Mutation(() => CreateTrainingProgrammeResult, { description: 'Editors of a university or university unit (helix ACADEMIA): record a training programme it runs.' })
  createTrainingProgramme(@Ctx() ctx: RequestContext, @Args('input', { description: 'The programme.' }) input: CreateTrainingProgrammeInput) {
    return this.training.create(ctx, input);
  }

  @Mutation(() => UpdateTrainingProgrammeResult, { description: 'Editors of the runner: change a training programme.' })
  updateTrainingProgramme(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateTrainingProgrammeInput) {
    return this.training.update(ctx, input);
  }

  @Mutation(() => RecordTrainingIntakeResult, { description: 'Editors of the runner: record (or correct) one year’s intake: trainees admitted and graduates so far.' })
  recordTrainingIntake(@Ctx() ctx: RequestContext, @Args('input', { description: 'The intake.' }) input: RecordTrainingIntakeInput) {
    return this.training.recordIntake(ctx, input);
  }

  @Mutation(() => InviteTrainingPartnerResult, { description: 'Editors of the runner: invite an organisation (a business or any other) to take part; its editors answer.' })
  inviteTrainingPartner(@Ctx() ctx: RequestContext, @Args('input', { description: 'The programme and the organisation.' }) input: InviteTrainingPartnerInput) {
    return this.training.invite(ctx, input);
  }

  @Mutation(() => AnswerTrainingInvitationResult, { description: 'Editors of an invited organisation: accept (ACTIVE) or decline the invitation.' })
  answerTrainingInvitation(@Ctx() ctx: RequestContext, @Args('input', { description: 'The answer.' }) input: AnswerTrainingInvitationInput) {
    return this.training.answer(ctx, input);
  }

  @Mutation(() => RecordTrainingContributionResult, { description: 'Editors of an ACTIVE partner: record (or correct) the seats it funds and the graduates it hired for one intake year.' })
  recordTrainingContribution(@Ctx() ctx: RequestContext, @Args('input', { description: 'The year’s figures.' }) input: RecordTrainingContributionInput) {
    return this.training.recordContribution(ctx, input);
  }

  @ResolveField('runner', () => OrganizationModel, { nullable: true, description: 'The university or unit that runs it (null if archived).' })
  runner(@Ctx() ctx: RequestContext, @Parent() programme: TrainingProgrammeModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, programme.runnerOrganizationId);
  }

  @ResolveField('partners', () => [TrainingPartnerModel], {
    description: 'Its ACTIVE partners, in the order they were invited; members of the runner and of an invited or declining organisation also see those.',
  })
  partners(@Ctx() ctx: RequestContext, @Parent() programme: TrainingProgrammeModel): Promise<TrainingPartnerModel[]> {
    return this.training.partnersOf(ctx, programme);
  }

  @ResolveField('intakes', () => [TrainingIntakeModel], { description: 'Its intakes, by year.' })
  intakes(@Ctx() ctx: RequestContext, @Parent() programme: TrainingProgrammeModel): Promise<TrainingIntakeModel[]> {
    return this.training.intakesOf(ctx, programme.id);
  }
}

@Resolver(() => TrainingPartnerModel)
export class TrainingPartnerResolver {
  constructor(
    private readonly training: TrainingService,
    private readonly organizations: OrganizationService,
  ) {}

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The partner organisation (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() partner: TrainingPartnerModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, partner.organizationId);
  }

  @ResolveField('programme', () => TrainingProgrammeModel, { nullable: true, description: 'The programme.' })
  programme(@Ctx() ctx: RequestContext, @Parent() partner: TrainingPartnerModel): Promise<TrainingProgrammeModel | null> {
    return this.training.programmeOf(ctx, partner.programmeId);
  }

  @ResolveField('contributions', () => [TrainingContributionModel], { description: 'What it funds and hires, by intake year.' })
  contributions(@Ctx() ctx: RequestContext, @Parent() partner: TrainingPartnerModel): Promise<TrainingContributionModel[]> {
    return this.training.contributionsOf(ctx, partner.id);
  }
}
