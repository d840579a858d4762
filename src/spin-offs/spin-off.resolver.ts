import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AgreementModel } from '../agreements/agreement.model.js';
import { AgreementService } from '../agreements/agreement.service.js';
import { Allow } from '../common/access/allow.decorator.js';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { SlugTakenError } from '../organizations/organization.errors.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { CreateSpinOffInput, SpinOffsArgs, UpdateSpinOffInput } from './dto/spin-off.inputs.js';
import { SpinOffConnection, SpinOffModel } from './spin-off.model.js';
import { SpinOffReader } from './spin-off-reader.js';
import { SpinOffService } from './spin-off.service.js';
import { InvalidSpinOffTransitionError } from './spin-off.errors.js';

export const CreateSpinOffResult = resultUnion('CreateSpinOffResult', 'The new spin-off; or why not.', () => [SpinOffModel, InvalidInputError, SlugTakenError]);
export const UpdateSpinOffResult = resultUnion('UpdateSpinOffResult', 'The spin-off after the change; or why not.', () => [
  SpinOffModel,
  VersionConflictError,
  InvalidInputError,
  InvalidSpinOffTransitionError,
]);

@Resolver(() => SpinOffModel)
export class SpinOffResolver {
  constructor(
    private readonly spinOffService: SpinOffService,
    private readonly organizations: OrganizationService,
    private readonly agreements: AgreementService,
    private readonly reader: SpinOffReader,
  ) {}

  @Public()
  @Query(() => SpinOffConnection, { description: 'Spin-off companies, newest first; public (the equity held only to those allowed).' })
  spinOffs(@Ctx() ctx: RequestContext, @Args() args: SpinOffsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.list(ctx, args, info);
  }

  @Allow('user')
  @Mutation(() => CreateSpinOffResult, { description: 'Editors of the parent institution: record a spin-off, linking a startup you edit or creating one (you become its admin).' })
  createSpinOff(@Ctx() ctx: RequestContext, @Args('input', { description: 'The spin-off.' }) input: CreateSpinOffInput) {
    return this.spinOffService.create(ctx, input);
  }

  @Mutation(() => UpdateSpinOffResult, { description: 'Editors of the parent institution: change a spin-off or its status.' })
  updateSpinOff(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateSpinOffInput) {
    return this.spinOffService.update(ctx, input);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'The startup (null if archived).' })
  organization(@Ctx() ctx: RequestContext, @Parent() spinOff: SpinOffModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, spinOff.organizationId);
  }

  @ResolveField('parentOrganization', () => OrganizationModel, { nullable: true, description: 'The institution it spun out of.' })
  parentOrganization(@Ctx() ctx: RequestContext, @Parent() spinOff: SpinOffModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, spinOff.parentOrganizationId);
  }

  @ResolveField('agreement', () => AgreementModel, { nullable: true, description: 'The licence or assignment it works under; null unless you are party to it.' })
  agreement(@Ctx() ctx: RequestContext, @Parent() spinOff: SpinOffModel): Promise<AgreementModel | null> {
    return spinOff.agreementId ? this.agreements.findById(ctx, spinOff.agreementId) : Promise.resolve(null);
  }

  @ResolveField('equityHeld', () => String, { nullable: true, description: 'Percent of the startup held by the parent; members of the parent and of the startup only (null to others).' })
  equityHeld(@Ctx() ctx: RequestContext, @Parent() spinOff: SpinOffModel): Promise<string | null> {
    return this.spinOffService.equityOf(ctx, spinOff);
  }
}

@Resolver(() => OrganizationModel)
export class OrganizationSpinOffsResolver {
  constructor(private readonly reader: SpinOffReader) {}

  /** Served by the read model when the organisation was read in SQL; asked here for one from elsewhere (a mutation's answer). */
  @ResolveField('spinOffs', () => SpinOffConnection, { description: 'Companies spun out of this organisation, newest first.' })
  spinOffsOf(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: SpinOffsArgs, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.reader.list(ctx, { ...args, filter: { ...args.filter, parentOrganizationId: organization.id } }, info);
  }
}
