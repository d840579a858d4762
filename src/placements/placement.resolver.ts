import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { UserModel } from '../identity/user.model.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { AgreePlacementInput, ChangePlacementStatusInput, PlacementsArgs, ProposePlacementInput, UpdatePlacementInput } from './dto/placement.inputs.js';
import { InvalidPlacementTransitionError, PlacementAgreementError } from './placement.errors.js';
import { PlacementConnection, PlacementModel } from './placement.model.js';
import { PlacementReader } from './placement-reader.js';
import { PlacementService } from './placement.service.js';

export const ProposePlacementResult = resultUnion('ProposePlacementResult', 'The proposed placement; or why not.', () => [PlacementModel, InvalidInputError]);
export const UpdatePlacementResult = resultUnion('UpdatePlacementResult', 'The placement after the change; or why not.', () => [PlacementModel, VersionConflictError, InvalidInputError]);
export const AgreePlacementResult = resultUnion('AgreePlacementResult', 'The placement with your side’s agreement (AGREED once both sides agreed); or why not.', () => [
  PlacementModel,
  VersionConflictError,
  PlacementAgreementError,
]);
export const ChangePlacementStatusResult = resultUnion('ChangePlacementStatusResult', 'The placement in its new status; or why not.', () => [
  PlacementModel,
  VersionConflictError,
  InvalidPlacementTransitionError,
]);
export const WithdrawPlacementResult = resultUnion('WithdrawPlacementResult', 'Your placement, withdrawn; or why not.', () => [PlacementModel, InvalidPlacementTransitionError]);

const placementId = { type: () => ID, description: 'The placement.' };

/** Placements of people at other organisations: what the sides and the person may do with them. */
@Resolver(() => PlacementModel)
export class PlacementResolver {
  constructor(
    private readonly placementService: PlacementService,
    private readonly reader: PlacementReader,
    private readonly organizations: OrganizationService,
  ) {}

  @Query(() => PlacementConnection, {
    description:
      'The placements you may see, newest first: those of organisations you belong to (home or host), those you supervise or tutor, and your own (`filter.mine`); all of them for platform admins. Empty for anonymous callers, who see counts only (`talentFlows`).',
  })
  placements(@Ctx() ctx: RequestContext, @Args() args: PlacementsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.list(ctx, args, info);
  }

  @Query(() => PlacementModel, { nullable: true, description: 'One placement; null when there is none or you may not see it.' })
  placement(@Ctx() ctx: RequestContext, @Args('id', placementId, new ParseUUIDPipe()) id: string, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.findOne(ctx, id, info);
  }

  @Allow('user')
  @Mutation(() => ProposePlacementResult, {
    description:
      'Editors and admins of the home or the host organisation: propose a placement of a person (an active member of the home organisation) at the host; your side agrees by proposing, and the other side’s editors agree with `agreePlacement`.',
  })
  proposePlacement(@Ctx() ctx: RequestContext, @Args('input', { description: 'The placement.' }) input: ProposePlacementInput) {
    return this.placementService.propose(ctx, input);
  }

  @Allow('user')
  @Mutation(() => UpdatePlacementResult, {
    description: 'Editors and admins of either side: change a placement. A change of its terms while PROPOSED withdraws the agreement of the side you do not speak for.',
  })
  updatePlacement(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdatePlacementInput) {
    return this.placementService.update(ctx, input);
  }

  @Allow('user')
  @Mutation(() => AgreePlacementResult, {
    description: 'Editors and admins of a side that has not agreed yet: agree to a PROPOSED placement for that side; it is AGREED once both sides agreed. The proposing side cannot agree for the other.',
  })
  agreePlacement(@Ctx() ctx: RequestContext, @Args('input', { description: 'The placement and the version you read.' }) input: AgreePlacementInput) {
    return this.placementService.agree(ctx, input);
  }

  @Allow('user')
  @Mutation(() => ChangePlacementStatusResult, { description: 'Editors and admins of either side: start, complete or cancel a placement.' })
  changePlacementStatus(@Ctx() ctx: RequestContext, @Args('input', { description: 'The placement and its next status.' }) input: ChangePlacementStatusInput) {
    return this.placementService.changeStatus(ctx, input);
  }

  @Allow('user')
  @Mutation(() => WithdrawPlacementResult, {
    description:
      'The person placed, alone: withdraw your placement, whatever its status. The organisations keep the record but no longer see who it was, and it counts nowhere.',
  })
  withdrawPlacement(@Ctx() ctx: RequestContext, @Args('id', placementId, new ParseUUIDPipe()) id: string) {
    return this.placementService.withdraw(ctx, id);
  }

  @ResolveField('person', () => UserModel, { nullable: true, description: 'The person placed; null to others than the person once they withdrew it.' })
  person(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): Promise<UserModel | null> {
    return this.placementService.personOf(ctx, placement);
  }

  @ResolveField('mine', () => Boolean, { description: 'Whether you are the person placed.' })
  mine(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): boolean {
    return ctx.userId !== undefined && ctx.userId === placement.personUserId;
  }

  @ResolveField('supervisor', () => UserModel, { nullable: true, description: 'The host’s supervisor, an active member of the host; null when none is named yet.' })
  supervisor(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): Promise<UserModel | null> {
    return this.placementService.userOf(ctx, placement.supervisorUserId);
  }

  @ResolveField('tutor', () => UserModel, { nullable: true, description: 'The home organisation’s tutor, an active member of it; null when none is named yet.' })
  tutor(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): Promise<UserModel | null> {
    return this.placementService.userOf(ctx, placement.tutorUserId);
  }

  @ResolveField('homeAgreedBy', () => UserModel, { nullable: true, description: 'Who agreed for the home organisation; null while it has not.' })
  homeAgreedBy(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): Promise<UserModel | null> {
    return this.placementService.userOf(ctx, placement.homeAgreedById);
  }

  @ResolveField('hostAgreedBy', () => UserModel, { nullable: true, description: 'Who agreed for the host; null while it has not.' })
  hostAgreedBy(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): Promise<UserModel | null> {
    return this.placementService.userOf(ctx, placement.hostAgreedById);
  }

  @ResolveField('homeOrganization', () => OrganizationModel, { nullable: true, description: 'The organisation the person comes from (null if archived).' })
  homeOrganization(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, placement.homeOrganizationId);
  }

  @ResolveField('hostOrganization', () => OrganizationModel, { nullable: true, description: 'The organisation the person is placed at (null if archived).' })
  hostOrganization(@Ctx() ctx: RequestContext, @Parent() placement: PlacementModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, placement.hostOrganizationId);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationPlacementsResolver {
  constructor(private readonly reader: PlacementReader) {}

  /** Served by the read model when the organisation was read in SQL; asked here for one from elsewhere (a mutation's answer). */
  @ResolveField('placements', () => PlacementConnection, {
    description: 'Placements this organisation is the home or host of that you may see (its members see them all), newest first. Empty for anonymous callers.',
  })
  placementsOf(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: PlacementsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.list(ctx, { ...args, filter: { ...args.filter, organizationId: organization.id } }, info);
  }
}
