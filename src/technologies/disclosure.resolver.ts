import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { DisclosureConnection, DisclosureModel } from './disclosure.model.js';
import { DisclosureService } from './disclosure.service.js';
import {
  CreateDisclosureInput,
  DecideDisclosureInput,
  DiscloseInventionInput,
  DisclosuresArgs,
  DisclosureStepInput,
  UpdateDisclosureInput,
} from './dto/disclosure.inputs.js';
import { uuidArg } from './technology.resolver.js';
import { TechnologyModel, TechnologyPerson } from './technology.model.js';
import { TechnologyReader } from './technology-reader.js';
import { TechnologyService } from './technology.service.js';
import { DisclosureNotDraftError, InvalidDisclosureTransitionError } from './disclosure.errors.js';
import { SharesDoNotTotalError, TechnologyCodeTakenError } from './technology.errors.js';

export const CreateDisclosureResult = resultUnion('CreateDisclosureResult', 'The new draft disclosure; or why not.', () => [DisclosureModel, InvalidInputError]);
export const DiscloseInventionResult = resultUnion('DiscloseInventionResult', 'The new draft disclosure with its technology; or why not.', () => [
  DisclosureModel,
  TechnologyCodeTakenError,
  SharesDoNotTotalError,
  InvalidInputError,
]);
export const UpdateDisclosureResult = resultUnion('UpdateDisclosureResult', 'The disclosure after the change; or why not.', () => [
  DisclosureModel,
  DisclosureNotDraftError,
  VersionConflictError,
]);
export const DisclosureMoveResult = resultUnion('DisclosureMoveResult', 'The disclosure in its new status; or why not.', () => [
  DisclosureModel,
  InvalidDisclosureTransitionError,
  SharesDoNotTotalError,
  VersionConflictError,
]);

@Resolver(() => DisclosureModel)
export class DisclosureResolver {
  constructor(
    private readonly disclosures: DisclosureService,
    private readonly technologies: TechnologyService,
    private readonly organizations: OrganizationService,
    private readonly reader: TechnologyReader,
  ) {}

  @Query(() => DisclosureModel, { nullable: true, description: 'One invention disclosure; null when there is none or it is not visible to you.' })
  disclosure(@Ctx() ctx: RequestContext, @uuidArg('The disclosure’s id.') id: string, @Info() info: GraphQLResolveInfo) {
    return this.reader.disclosure(ctx, id, info);
  }

  @Query(() => DisclosureConnection, { name: 'disclosures', description: 'Invention disclosures you may read (of technologies you read, or made to your organisations), newest first.' })
  list(@Ctx() ctx: RequestContext, @Args() args: DisclosuresArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.disclosures(ctx, args, info);
  }

  @Query(() => DisclosureConnection, { description: 'Disclosures of the technologies you are an inventor of, newest first.' })
  myDisclosures(@Ctx() ctx: RequestContext, @Args() args: DisclosuresArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.disclosures(ctx, { ...args, filter: { ...args.filter, inventedByMe: true } }, info);
  }

  @Mutation(() => DiscloseInventionResult, {
    description:
      'Members of an institution: disclose a new invention in one step. It records the technology (owned wholly by the institution from today, with its inventors and originating projects) and starts a draft disclosure to the institution; submit it next. You must be among the inventors, unless you are an editor of the institution.',
  })
  discloseInvention(@Ctx() ctx: RequestContext, @Args('input', { description: 'The invention.' }) input: DiscloseInventionInput) {
    return this.disclosures.discloseInvention(ctx, input);
  }

  @Mutation(() => CreateDisclosureResult, { description: 'The technology’s managers or inventors: start a disclosure (DRAFT) to one of its current owners.' })
  createDisclosure(@Ctx() ctx: RequestContext, @Args('input', { description: 'The disclosure.' }) input: CreateDisclosureInput) {
    return this.disclosures.create(ctx, input);
  }

  @Mutation(() => UpdateDisclosureResult, { description: 'The technology’s managers or inventors: change a DRAFT disclosure.' })
  updateDisclosure(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateDisclosureInput) {
    return this.disclosures.update(ctx, input);
  }

  @Mutation(() => DisclosureMoveResult, { description: 'The technology’s managers or inventors: submit a DRAFT; inventors’ and owners’ shares must each total 100%.' })
  submitDisclosure(@Ctx() ctx: RequestContext, @Args('input', { description: 'The disclosure.' }) input: DisclosureStepInput) {
    return this.disclosures.submit(ctx, input);
  }

  @Mutation(() => DisclosureMoveResult, { description: 'Editors of the institution it is disclosed to: start evaluating a SUBMITTED disclosure.' })
  startDisclosureEvaluation(@Ctx() ctx: RequestContext, @Args('input', { description: 'The disclosure.' }) input: DisclosureStepInput) {
    return this.disclosures.startEvaluation(ctx, input);
  }

  @Mutation(() => DisclosureMoveResult, { description: 'Editors of the institution it is disclosed to: decide on a disclosure UNDER_EVALUATION.' })
  decideDisclosure(@Ctx() ctx: RequestContext, @Args('input', { description: 'The decision.' }) input: DecideDisclosureInput) {
    return this.disclosures.decide(ctx, input);
  }

  @ResolveField('technology', () => TechnologyModel, { nullable: true, description: 'The technology disclosed (null when you may not read it).' })
  technology(@Ctx() ctx: RequestContext, @Parent() disclosure: DisclosureModel): Promise<TechnologyModel | null> {
    return this.technologies.findById(ctx, disclosure.technologyId);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The institution it is disclosed to (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() disclosure: DisclosureModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, disclosure.organizationId);
  }

  @ResolveField('submittedBy', () => TechnologyPerson, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Ctx() ctx: RequestContext, @Parent() disclosure: DisclosureModel): Promise<TechnologyPerson | null> | null {
    return disclosure.submittedById ? this.technologies.person(ctx, disclosure.submittedById) : null;
  }

  @ResolveField('decidedBy', () => TechnologyPerson, { nullable: true, description: 'Who decided.' })
  decidedBy(@Ctx() ctx: RequestContext, @Parent() disclosure: DisclosureModel): Promise<TechnologyPerson | null> | null {
    return disclosure.decidedById ? this.technologies.person(ctx, disclosure.decidedById) : null;
  }
}
