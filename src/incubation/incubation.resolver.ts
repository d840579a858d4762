import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { SlugTakenError } from '../organizations/organization.errors.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { SpinOffModel } from '../spin-offs/spin-off.model.js';
import {
  AddIncubationMilestoneInput,
  AddIncubationReportInput,
  ApplyToIncubationCohortInput,
  AssignIncubationMentorInput,
  ChangeIncubationApplicationStatusInput,
  CreateIncubationCohortInput,
  CreateIncubationProgrammeInput,
  EndIncubationMentorInput,
  IncubationApplicationsArgs,
  IncubationCohortsArgs,
  IncubationProgrammesArgs,
  MarkIncubationMilestoneInput,
  SetIncubationConsentInput,
  UpdateIncubationCohortInput,
  UpdateIncubationProgrammeInput,
} from './dto/incubation.inputs.js';
import { admittedStatuses } from './incubation.enums.js';
import {
  IncubationCohortNotOpenError,
  InvalidIncubationApplicationTransitionError,
  InvalidIncubationCohortTransitionError,
  InvalidIncubationMilestoneTransitionError,
} from './incubation.errors.js';
import {
  IncubationApplicationConnection,
  IncubationApplicationModel,
  IncubationCohortConnection,
  IncubationCohortModel,
  IncubationMentorModel,
  IncubationMilestoneModel,
  IncubationProgrammeConnection,
  IncubationProgrammeModel,
  IncubationReportModel,
} from './incubation.model.js';
import { IncubationReader, type IncubationType } from './incubation-reader.js';
import { IncubationService } from './incubation.service.js';

export const CreateIncubationProgrammeResult = resultUnion('CreateIncubationProgrammeResult', 'The new programme; or why not.', () => [IncubationProgrammeModel, InvalidInputError]);
export const UpdateIncubationProgrammeResult = resultUnion('UpdateIncubationProgrammeResult', 'The programme after the change; or why not.', () => [
  IncubationProgrammeModel,
  VersionConflictError,
  InvalidInputError,
]);
export const CreateIncubationCohortResult = resultUnion('CreateIncubationCohortResult', 'The new cohort; or why not.', () => [IncubationCohortModel, InvalidInputError]);
export const UpdateIncubationCohortResult = resultUnion('UpdateIncubationCohortResult', 'The cohort after the change; or why not.', () => [
  IncubationCohortModel,
  VersionConflictError,
  InvalidInputError,
  InvalidIncubationCohortTransitionError,
]);
export const ApplyToIncubationCohortResult = resultUnion('ApplyToIncubationCohortResult', 'The new application; or why not.', () => [
  IncubationApplicationModel,
  InvalidInputError,
  SlugTakenError,
  IncubationCohortNotOpenError,
]);
export const ChangeIncubationApplicationStatusResult = resultUnion('ChangeIncubationApplicationStatusResult', 'The application after the change; or why not.', () => [
  IncubationApplicationModel,
  VersionConflictError,
  InvalidInputError,
  InvalidIncubationApplicationTransitionError,
]);
export const SetIncubationConsentResult = resultUnion('SetIncubationConsentResult', 'The application after the change; or why not.', () => [IncubationApplicationModel, VersionConflictError]);
export const IncubationMentorResult = resultUnion('IncubationMentorResult', 'The mentoring after the change; or why not.', () => [IncubationMentorModel, InvalidInputError]);
export const AddIncubationMilestoneResult = resultUnion('AddIncubationMilestoneResult', 'The new milestone; or why not.', () => [IncubationMilestoneModel, InvalidInputError]);
export const MarkIncubationMilestoneResult = resultUnion('MarkIncubationMilestoneResult', 'The milestone after the change; or why not.', () => [
  IncubationMilestoneModel,
  VersionConflictError,
  InvalidInputError,
  InvalidIncubationMilestoneTransitionError,
]);
export const AddIncubationReportResult = resultUnion('AddIncubationReportResult', 'The new report; or why not.', () => [IncubationReportModel, InvalidInputError]);

@Resolver(() => IncubationProgrammeModel)
export class IncubationResolver {
  constructor(
    private readonly service: IncubationService,
    private readonly reader: IncubationReader,
  ) {}

  /** The record written, read back as queries read it; or the error result as it is. */
  private async answer(ctx: RequestContext, info: GraphQLResolveInfo, type: IncubationType, written: string | object): Promise<unknown> {
    return typeof written === 'string' ? this.reader.answer(ctx, info, type, written) : written;
  }

  @Public()
  @Query(() => IncubationProgrammeConnection, { description: 'Incubation and acceleration programmes, newest first; public.' })
  incubationProgrammes(@Ctx() ctx: RequestContext, @Args() args: IncubationProgrammesArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.programmes(ctx, args, info);
  }

  @Public()
  @Query(() => IncubationProgrammeModel, { nullable: true, description: 'One programme; public. Null when there is none.' })
  incubationProgramme(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The programme.' }) id: string, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.programme(ctx, id, info);
  }

  @Query(() => IncubationApplicationConnection, {
    description: 'Applications to incubation cohorts that you are party to (a member of the startup or of the runner, a current mentor), newest first.',
  })
  incubationApplications(@Ctx() ctx: RequestContext, @Args() args: IncubationApplicationsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.applications(ctx, args, info);
  }

  @Query(() => IncubationApplicationModel, { nullable: true, description: 'One application you are party to; null when there is none or you are not.' })
  incubationApplication(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The application.' }) id: string, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.application(ctx, id, info);
  }

  /** Served by the read model when the programme was read in SQL. */
  @ResolveField('cohorts', () => IncubationCohortConnection, { description: 'Its cohorts, latest start first; public.' })
  cohorts(@Ctx() ctx: RequestContext, @Parent() programme: IncubationProgrammeModel, @Args() args: IncubationCohortsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.cohorts(ctx, programme.id, args, info);
  }

  @Mutation(() => CreateIncubationProgrammeResult, { description: 'Editors of an organisation: start an incubation or acceleration programme it runs.' })
  async createIncubationProgramme(@Ctx() ctx: RequestContext, @Args('input', { description: 'The programme.' }) input: CreateIncubationProgrammeInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationProgramme', await this.service.createProgramme(ctx, input));
  }

  @Mutation(() => UpdateIncubationProgrammeResult, { description: 'The runner’s editors: change a programme.' })
  async updateIncubationProgramme(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateIncubationProgrammeInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationProgramme', await this.service.updateProgramme(ctx, input));
  }

  @Mutation(() => CreateIncubationCohortResult, { description: 'The runner’s editors: add a cohort to a programme (PLANNED).' })
  async createIncubationCohort(@Ctx() ctx: RequestContext, @Args('input', { description: 'The cohort.' }) input: CreateIncubationCohortInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationCohort', await this.service.createCohort(ctx, input));
  }

  @Mutation(() => UpdateIncubationCohortResult, { description: 'The runner’s editors: change a cohort, or open, run, finish or cancel it.' })
  async updateIncubationCohort(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateIncubationCohortInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationCohort', await this.service.updateCohort(ctx, input));
  }

  @Mutation(() => ApplyToIncubationCohortResult, {
    description: 'Editors of a startup: apply to an OPEN cohort, naming the startup or creating it (you become its admin; people only).',
  })
  async applyToIncubationCohort(@Ctx() ctx: RequestContext, @Args('input', { description: 'The application.' }) input: ApplyToIncubationCohortInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationApplication', await this.service.apply(ctx, input));
  }

  @Mutation(() => ChangeIncubationApplicationStatusResult, {
    description:
      'Moves an application: the runner’s editors admit or decline it, and graduate or fail an admitted startup; the startup’s editors withdraw it before a decision or leave after admission.',
  })
  async changeIncubationApplicationStatus(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The move.' }) input: ChangeIncubationApplicationStatusInput,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.answer(ctx, info, 'IncubationApplication', await this.service.changeStatus(ctx, input));
  }

  @Mutation(() => SetIncubationConsentResult, { description: 'Editors of the startup (in its name, never platform admins): whether its graduation may be shown publicly.' })
  async setIncubationConsent(@Ctx() ctx: RequestContext, @Args('input', { description: 'The consent.' }) input: SetIncubationConsentInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationApplication', await this.service.setConsent(ctx, input));
  }

  @Mutation(() => IncubationMentorResult, { description: 'The runner’s editors: assign a mentor (from any organisation they are an active member of) to an admitted startup.' })
  async assignIncubationMentor(@Ctx() ctx: RequestContext, @Args('input', { description: 'The mentoring.' }) input: AssignIncubationMentorInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationMentor', await this.service.assignMentor(ctx, input));
  }

  @Mutation(() => IncubationMentorResult, { description: 'The runner’s editors: end a mentoring.' })
  async endIncubationMentor(@Ctx() ctx: RequestContext, @Args('input', { description: 'The mentoring to end.' }) input: EndIncubationMentorInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationMentor', await this.service.endMentor(ctx, input));
  }

  @Mutation(() => AddIncubationMilestoneResult, { description: 'Editors of the runner or of the startup: add a milestone for an admitted startup.' })
  async addIncubationMilestone(@Ctx() ctx: RequestContext, @Args('input', { description: 'The milestone.' }) input: AddIncubationMilestoneInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationMilestone', await this.service.addMilestone(ctx, input));
  }

  @Mutation(() => MarkIncubationMilestoneResult, { description: 'The startup’s current mentors and the runner’s editors: mark a milestone met, missed or dropped.' })
  async markIncubationMilestone(@Ctx() ctx: RequestContext, @Args('input', { description: 'The mark.' }) input: MarkIncubationMilestoneInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationMilestone', await this.service.markMilestone(ctx, input));
  }

  @Mutation(() => AddIncubationReportResult, { description: 'Editors of the startup: report a period’s funds raised and jobs.' })
  async addIncubationReport(@Ctx() ctx: RequestContext, @Args('input', { description: 'The report.' }) input: AddIncubationReportInput, @Info() info: GraphQLResolveInfo) {
    return this.answer(ctx, info, 'IncubationReport', await this.service.addReport(ctx, input));
  }
}

/** Served by the read model when the organisation was read in SQL; asked here for one from elsewhere (a mutation's answer). */
@Resolver(() => OrganizationModel)
export class OrganizationIncubationsResolver {
  constructor(private readonly reader: IncubationReader) {}

  @ResolveField('incubations', () => IncubationApplicationConnection, {
    description: 'This startup’s applications to incubation cohorts that you are party to, and its graduations it consented to show (to anyone), newest first.',
  })
  incubations(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: IncubationApplicationsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.applications(ctx, args, info, { startup: organization.id, publicGraduations: true });
  }
}

/** Served by the read model when the spin-off was read in SQL; asked here for one from elsewhere (a mutation's answer). */
@Resolver(() => SpinOffModel)
export class SpinOffIncubationsResolver {
  constructor(private readonly reader: IncubationReader) {}

  @ResolveField('incubations', () => IncubationApplicationConnection, {
    description: 'The programmes that incubated the startup: its admissions (ADMITTED, GRADUATED, LEFT, FAILED) that you are party to, and to anyone the graduations it consented to show; newest first.',
  })
  incubations(@Ctx() ctx: RequestContext, @Parent() spinOff: SpinOffModel, @Args() args: IncubationApplicationsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.applications(ctx, args, info, { startup: spinOff.organizationId, publicGraduations: true, statuses: admittedStatuses });
  }
}
