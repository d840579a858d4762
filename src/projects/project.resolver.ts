import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { Helix } from '../organizations/organization.enums.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import {
  CreateProjectInput,
  InviteParticipantInput,
  ProjectLookupArgs,
  ProjectsArgs,
  TransitionProjectInput,
  UpdateParticipantInput,
  UpdateProjectInput,
} from './dto/project.inputs.js';
import { AddMilestoneInput, MilestoneModel, UpdateMilestoneInput } from './milestone.model.js';
import { MilestoneService } from './milestone.service.js';
import { Money } from './money.js';
import { ParticipantService } from './participant.service.js';
import { Contribution, HelixContribution, ParticipantModel, ProjectConnection, ProjectModel } from './project.model.js';
import { ProjectReader } from './project-reader.js';
import { ProjectService } from './project.service.js';
import { AlreadyParticipatingError, CoordinatorRequiredError, InvalidTransitionError, ParticipationStateError, ProgrammeConsentRequiredError, ProjectCodeTakenError } from './project.errors.js';

export const UpdateMilestoneResult = resultUnion('UpdateMilestoneResult', 'The milestone after the change; or why not.', () => [
  MilestoneModel,
  VersionConflictError,
  InvalidInputError,
]);
export const CreateProjectResult = resultUnion('CreateProjectResult', 'The new project; or why not.', () => [
  ProjectModel,
  ProjectCodeTakenError,
  InvalidInputError,
  ProgrammeConsentRequiredError,
]);
export const UpdateProjectResult = resultUnion('UpdateProjectResult', 'The updated project; or why not.', () => [
  ProjectModel,
  VersionConflictError,
  InvalidInputError,
  ProgrammeConsentRequiredError,
]);
export const TransitionProjectResult = resultUnion('TransitionProjectResult', 'The project in its new status; or why not.', () => [
  ProjectModel,
  InvalidTransitionError,
  VersionConflictError,
]);
export const InviteParticipantResult = resultUnion('InviteParticipantResult', 'The invited participant; or why not.', () => [
  ParticipantModel,
  AlreadyParticipatingError,
  InvalidInputError,
]);
export const UpdateParticipantResult = resultUnion('UpdateParticipantResult', 'The participant after the change; or why not.', () => [
  ParticipantModel,
  VersionConflictError,
  InvalidInputError,
  ParticipationStateError,
]);
export const ParticipationResult = resultUnion('ParticipationResult', 'The participant after the change; or why not.', () => [
  ParticipantModel,
  ParticipationStateError,
  CoordinatorRequiredError,
]);

const participantId = (description: string) => Args('participantId', { type: () => ID, description }, new ParseUUIDPipe());

@Resolver(() => ProjectModel)
export class ProjectResolver {
  constructor(
    private readonly projectService: ProjectService,
    private readonly reader: ProjectReader,
    private readonly participants: ParticipantService,
    private readonly milestones: MilestoneService,
  ) {}

  @Mutation(() => MilestoneModel, { description: 'The coordinator’s editors: add a milestone or deliverable.' })
  addMilestone(@Ctx() ctx: RequestContext, @Args('input', { description: 'The milestone.' }) input: AddMilestoneInput) {
    return this.milestones.add(ctx, input);
  }

  @Mutation(() => UpdateMilestoneResult, { description: 'The coordinator’s editors: change a milestone, or mark it done or missed.' })
  updateMilestone(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateMilestoneInput) {
    return this.milestones.update(ctx, input);
  }

  @ResolveField('milestones', () => [MilestoneModel], { description: 'Milestones and deliverables, by due date.' })
  milestonesOf(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<MilestoneModel[]> {
    return this.milestones.milestonesOf(ctx, project);
  }

  @Public()
  @Query(() => ProjectModel, { nullable: true, description: 'One project by id or code; null when there is none or it is not visible to you.' })
  project(@Ctx() ctx: RequestContext, @Args() args: ProjectLookupArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.findOne(ctx, args, info);
  }

  @Public()
  @Query(() => ProjectConnection, { description: 'Projects you may read (public ones, and those of your organisations), filtered and paginated.' })
  projects(@Ctx() ctx: RequestContext, @Args() args: ProjectsArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.list(ctx, args, info);
  }

  @Mutation(() => CreateProjectResult, { description: 'Editors of an organisation: start a project it coordinates (in DRAFT).' })
  createProject(@Ctx() ctx: RequestContext, @Args('input', { description: 'The project.' }) input: CreateProjectInput) {
    return this.projectService.create(ctx, input);
  }

  @Mutation(() => UpdateProjectResult, { description: 'The coordinator’s editors: change the project. Stale `expectedVersion` answers VersionConflictError.' })
  updateProject(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateProjectInput) {
    return this.projectService.update(ctx, input);
  }

  @Mutation(() => TransitionProjectResult, { description: 'The coordinator’s editors: move the project along its life; an illegal move names the legal ones.' })
  transitionProject(@Ctx() ctx: RequestContext, @Args('input', { description: 'The move.' }) input: TransitionProjectInput) {
    return this.projectService.transition(ctx, input);
  }

  @Mutation(() => InviteParticipantResult, { description: 'The coordinator’s editors: invite an organisation; it takes part once its editors or admins accept.' })
  inviteParticipant(@Ctx() ctx: RequestContext, @Args('input', { description: 'Who, in which role, bringing what.' }) input: InviteParticipantInput) {
    return this.participants.invite(ctx, input);
  }

  @Mutation(() => UpdateParticipantResult, { description: 'The coordinator’s editors: change a participant’s role or contributions.' })
  updateParticipant(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateParticipantInput) {
    return this.participants.updateParticipant(ctx, input);
  }

  @Mutation(() => ParticipationResult, { description: 'The invited organisation’s editors or admins: accept taking part.' })
  acceptParticipation(@Ctx() ctx: RequestContext, @participantId('The invitation (participant).') id: string) {
    return this.participants.respond(ctx, id, true);
  }

  @Mutation(() => ParticipationResult, { description: 'The invited organisation’s editors or admins: decline taking part.' })
  declineParticipation(@Ctx() ctx: RequestContext, @participantId('The invitation (participant).') id: string) {
    return this.participants.respond(ctx, id, false);
  }

  @Mutation(() => ParticipationResult, { description: 'A participant’s editors or admins: leave the project. The coordinator hands over first.' })
  leaveProject(@Ctx() ctx: RequestContext, @participantId('Your organisation’s participation.') id: string) {
    return this.participants.leave(ctx, id);
  }

  @Mutation(() => ParticipationResult, { description: 'The coordinator’s editors: remove a participant or withdraw an invitation.' })
  removeParticipant(@Ctx() ctx: RequestContext, @participantId('The participant.') id: string) {
    return this.participants.remove(ctx, id);
  }

  @Mutation(() => ParticipationResult, { description: 'The coordinator’s editors: hand coordination to an active participant; the old coordinator stays as a partner.' })
  transferCoordination(@Ctx() ctx: RequestContext, @participantId('The participant to coordinate.') id: string) {
    return this.participants.transferCoordination(ctx, id);
  }

  @ResolveField('participants', () => [ParticipantModel], { description: 'Organisations taking part, invited, or no longer, oldest first.' })
  participantsOf(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<ParticipantModel[]> {
    return this.participants.participantsOf(ctx, project);
  }

  @ResolveField('helices', () => [Helix], { description: 'Primary and secondary helices of the active participants.' })
  helices(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<Helix[]> {
    return this.projectService.helicesOf(ctx, project.id);
  }

  @ResolveField('isTripleHelix', () => Boolean, { description: 'True when government, industry and academia all take part (actively).' })
  isTripleHelix(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<boolean> {
    return this.projectService.isTripleHelix(ctx, project.id);
  }

  @ResolveField('budget', () => Money, { nullable: true, description: 'The total budget; shown to participants only (null to others).' })
  budget(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<Money | null> {
    return this.projectService.budgetOf(ctx, project);
  }

  @ResolveField('contributionsByHelix', () => [HelixContribution], { nullable: true, description: 'Active participants’ contributions summed by helix and currency; participants only (null to others).' })
  contributionsByHelix(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<HelixContribution[] | null> {
    return this.projectService.contributionsByHelix(ctx, project);
  }
}

@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  constructor(
    private readonly participants: ParticipantService,
    private readonly organizations: OrganizationService,
  ) {}

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The participating organisation (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() participant: ParticipantModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, participant.organizationId);
  }

  @ResolveField('contribution', () => Contribution, { nullable: true, description: 'What it brings; participants only (null to others).' })
  contribution(@Ctx() ctx: RequestContext, @Parent() participant: ParticipantModel): Promise<Contribution | null> {
    return this.participants.contributionOf(ctx, participant);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationProjectsResolver {
  constructor(private readonly projects: ProjectReader) {}

  @ResolveField('projects', () => ProjectConnection, { description: 'Projects this organisation takes part in that you may read, newest first.' })
  projectsOf(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: ProjectsArgs, @Info() info: GraphQLResolveInfo) {
    return this.projects.list(ctx, { ...args, filter: { ...args.filter, organizationId: organization.id } }, info);
  }
}
