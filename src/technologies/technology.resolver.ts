import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ProjectModel } from '../projects/project.model.js';
import { DisclosureModel } from './disclosure.model.js';
import { DisclosureService } from './disclosure.service.js';
import {
  AssessTrlInput,
  CreateTechnologyInput,
  SetTechnologyInventorsInput,
  SetTechnologyOwnersInput,
  TechnologiesArgs,
  TechnologyLookupArgs,
  UpdateTechnologyInput,
} from './dto/technology.inputs.js';
import { IpFilingModel } from './ip-filing.model.js';
import { IpFilingService } from './ip-filing.service.js';
import { TechnologyConnection, TechnologyInventorModel, TechnologyModel, TechnologyOwnerModel, TechnologyPerson, TrlAssessmentModel } from './technology.model.js';
import { TechnologyReader } from './technology-reader.js';
import { TechnologyService } from './technology.service.js';
import { TechnologyOwnershipService } from './technology-ownership.service.js';
import { TechnologyOwnersProposalModel } from './technology-owners-proposal.model.js';
import { SharesDoNotTotalError, TechnologyCodeTakenError } from './technology.errors.js';
import { OwnersProposalStateError } from './technology-owners-proposal.errors.js';

export const CreateTechnologyResult = resultUnion('CreateTechnologyResult', 'The new technology; or why not.', () => [
  TechnologyModel,
  TechnologyCodeTakenError,
  SharesDoNotTotalError,
  InvalidInputError,
]);
export const UpdateTechnologyResult = resultUnion('UpdateTechnologyResult', 'The technology after the change; or why not.', () => [
  TechnologyModel,
  VersionConflictError,
  InvalidInputError,
]);
export const SetTechnologySharesResult = resultUnion('SetTechnologySharesResult', 'The technology with its new owners or inventors; or why not.', () => [
  TechnologyModel,
  SharesDoNotTotalError,
  VersionConflictError,
  InvalidInputError,
]);
export const SetTechnologyOwnersResult = resultUnion(
  'SetTechnologyOwnersResult',
  'The technology with its new owners; the proposal waiting for the owners whose share it shrinks; or why not.',
  () => [TechnologyModel, TechnologyOwnersProposalModel, SharesDoNotTotalError, VersionConflictError, InvalidInputError],
);
export const AnswerTechnologyOwnersResult = resultUnion(
  'AnswerTechnologyOwnersResult',
  'The proposal after your answer (ACCEPTED once in force); or why not.',
  () => [TechnologyOwnersProposalModel, OwnersProposalStateError, SharesDoNotTotalError, VersionConflictError],
);
export const AssessTrlResult = resultUnion('AssessTrlResult', 'The technology with its new current level; or why not.', () => [TechnologyModel, InvalidInputError]);

@Resolver(() => TechnologyModel)
export class TechnologyResolver {
  constructor(
    private readonly technologies: TechnologyService,
    private readonly disclosures: DisclosureService,
    private readonly filings: IpFilingService,
    private readonly ownership: TechnologyOwnershipService,
    private readonly reader: TechnologyReader,
  ) {}

  @Query(() => TechnologyModel, { nullable: true, description: 'One technology by id or code; null when there is none or it is not visible to you.' })
  technology(@Ctx() ctx: RequestContext, @Args() args: TechnologyLookupArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.technology(ctx, args, info);
  }

  @Query(() => TechnologyConnection, { name: 'technologies', description: 'Technologies you may read (of your organisations, your inventions, your licences), filtered and paginated.' })
  list(@Ctx() ctx: RequestContext, @Args() args: TechnologiesArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.technologies(ctx, args, info);
  }

  @Mutation(() => CreateTechnologyResult, { description: 'Editors of an owning organisation: record a technology with its owners (shares totalling 100%), inventors and originating projects.' })
  createTechnology(@Ctx() ctx: RequestContext, @Args('input', { description: 'The technology.' }) input: CreateTechnologyInput) {
    return this.technologies.create(ctx, input);
  }

  @Mutation(() => UpdateTechnologyResult, { description: 'The owners’ editors: change the technology. Stale `expectedVersion` answers VersionConflictError.' })
  updateTechnology(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateTechnologyInput) {
    return this.technologies.update(ctx, input);
  }

  @Mutation(() => SetTechnologyOwnersResult, {
    description:
      'The owners’ editors: replace the ownership periods; shares must total exactly 100% on every day. When the change shrinks the share of an owner you are not an editor or admin of, it is returned as a TechnologyOwnersProposal that takes effect once each such owner accepts it; otherwise it takes effect at once.',
  })
  setTechnologyOwners(@Ctx() ctx: RequestContext, @Args('input', { description: 'The new ownership periods.' }) input: SetTechnologyOwnersInput) {
    return this.ownership.setOwners(ctx, input);
  }

  @Mutation(() => AnswerTechnologyOwnersResult, {
    description:
      'Editors and admins of an owner whose share a proposal shrinks: accept it for your organisations. When every such owner has accepted, the new owners take effect at once.',
  })
  acceptTechnologyOwners(@Ctx() ctx: RequestContext, @Args('proposalId', { type: () => ID, description: 'The proposal.' }, new ParseUUIDPipe()) proposalId: string) {
    return this.ownership.respond(ctx, proposalId, true);
  }

  @Mutation(() => AnswerTechnologyOwnersResult, {
    description: 'Editors and admins of an owner whose share a proposal shrinks: decline it; the owners stay as they are.',
  })
  declineTechnologyOwners(@Ctx() ctx: RequestContext, @Args('proposalId', { type: () => ID, description: 'The proposal.' }, new ParseUUIDPipe()) proposalId: string) {
    return this.ownership.respond(ctx, proposalId, false);
  }

  @Mutation(() => SetTechnologySharesResult, { description: 'The owners’ editors: replace the inventors; shares must total exactly 100%.' })
  setTechnologyInventors(@Ctx() ctx: RequestContext, @Args('input', { description: 'The new inventors.' }) input: SetTechnologyInventorsInput) {
    return this.technologies.setInventors(ctx, input);
  }

  @Mutation(() => AssessTrlResult, { description: 'The owners’ editors: add a TRL assessment; the current level follows the latest assessment.' })
  assessTrl(@Ctx() ctx: RequestContext, @Args('input', { description: 'The assessment.' }) input: AssessTrlInput) {
    return this.technologies.assessTrl(ctx, input);
  }

  @ResolveField('owners', () => [TechnologyOwnerModel], { description: 'Ownership periods, past, present and future, by start day.' })
  owners(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel): Promise<TechnologyOwnerModel[]> {
    return this.technologies.ownersOf(ctx, technology.id);
  }

  @ResolveField('ownersProposal', () => TechnologyOwnersProposalModel, {
    nullable: true,
    description: 'The open proposal to change its owners, waiting for consent; shown to its owners’ editors and admins, null for others.',
  })
  ownersProposal(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel): Promise<TechnologyOwnersProposalModel | null> {
    return this.ownership.openProposal(ctx, technology.id);
  }

  @ResolveField('inventors', () => [TechnologyInventorModel], { description: 'The inventors with their contribution shares.' })
  inventors(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel): Promise<TechnologyInventorModel[]> {
    return this.technologies.inventorsOf(ctx, technology.id);
  }

  @ResolveField('trlHistory', () => [TrlAssessmentModel], { description: 'Every TRL assessment, oldest first (by assessment day); the last one is the current level.' })
  trlHistory(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel): Promise<TrlAssessmentModel[]> {
    return this.technologies.trlHistoryOf(ctx, technology.id);
  }

  @ResolveField('projects', () => [ProjectModel], { description: 'The projects it came out of that you may read.' })
  projects(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel): Promise<ProjectModel[]> {
    return this.technologies.projectsOf(ctx, technology.id);
  }

  @ResolveField('disclosures', () => [DisclosureModel], { description: 'Its invention disclosures, newest first.' })
  disclosuresOf(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel): Promise<DisclosureModel[]> {
    return this.disclosures.disclosuresOf(ctx, technology.id);
  }

  @ResolveField('ipFilings', () => [IpFilingModel], { description: 'Its IP filings, by filing date.' })
  ipFilings(@Ctx() ctx: RequestContext, @Parent() technology: TechnologyModel): Promise<IpFilingModel[]> {
    return this.filings.filingsOf(ctx, technology.id);
  }
}

@Resolver(() => TechnologyOwnerModel)
export class TechnologyOwnerResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The owning organisation (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() owner: TechnologyOwnerModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, owner.organizationId);
  }
}

@Resolver(() => TechnologyInventorModel)
export class TechnologyInventorResolver {
  constructor(
    private readonly technologies: TechnologyService,
    private readonly organizations: OrganizationService,
  ) {}

  @ResolveField('user', () => TechnologyPerson, { nullable: true, description: 'The inventor’s account, when they are on the platform.' })
  user(@Ctx() ctx: RequestContext, @Parent() inventor: TechnologyInventorModel): Promise<TechnologyPerson | null> | null {
    return inventor.userId ? this.technologies.person(ctx, inventor.userId) : null;
  }

  @ResolveField('affiliationOrganization', () => OrganizationModel, { nullable: true, description: 'The inventor’s unit, when it is on the platform.' })
  affiliationOrganization(@Ctx() ctx: RequestContext, @Parent() inventor: TechnologyInventorModel): Promise<OrganizationModel | null> | null {
    return inventor.affiliationOrganizationId ? this.organizations.findById(ctx, inventor.affiliationOrganizationId) : null;
  }
}

@Resolver(() => TrlAssessmentModel)
export class TrlAssessmentResolver {
  constructor(private readonly technologies: TechnologyService) {}

  @ResolveField('assessor', () => TechnologyPerson, { nullable: true, description: 'The assessor’s account, when they are on the platform (else see `assessorName`).' })
  assessor(@Ctx() ctx: RequestContext, @Parent() assessment: TrlAssessmentModel): Promise<TechnologyPerson | null> | null {
    return assessment.assessorUserId ? this.technologies.person(ctx, assessment.assessorUserId) : null;
  }

  @ResolveField('recordedBy', () => TechnologyPerson, { nullable: true, description: 'Who recorded it.' })
  recordedBy(@Ctx() ctx: RequestContext, @Parent() assessment: TrlAssessmentModel): Promise<TechnologyPerson | null> {
    return this.technologies.person(ctx, assessment.recordedById);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationTechnologiesResolver {
  constructor(private readonly technologies: TechnologyReader) {}

  @ResolveField('technologies', () => TechnologyConnection, { description: 'Technologies this organisation owns a share of today that you may read, newest first.' })
  technologiesOf(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: TechnologiesArgs, @Info() info: GraphQLResolveInfo) {
    return this.technologies.technologies(ctx, { ...args, filter: { ...args.filter, organizationId: organization.id } }, info);
  }
}

@Resolver(() => ProjectModel)
export class ProjectTechnologiesResolver {
  constructor(private readonly technologies: TechnologyService) {}

  @ResolveField('technologies', () => [TechnologyModel], { description: 'Technologies that came out of this project that you may read, oldest first.' })
  technologiesOf(@Ctx() ctx: RequestContext, @Parent() project: ProjectModel): Promise<TechnologyModel[]> {
    return this.technologies.technologiesOfProject(ctx, project.id);
  }
}

export const uuidArg = (description: string) => Args('id', { type: () => ID, description }, new ParseUUIDPipe());
