import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { Public } from '../common/access/public.decorator.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { resultUnion } from '../common/graphql/error-result.js';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization-profile.input.js';
import { OrganizationAdminService } from './organization-admin.service.js';
import { SlugTakenError } from './organization.errors.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationLookupArgs, OrganizationsArgs } from './dto/organizations.args.js';
import { OrganizationConnection, OrganizationModel } from './organization.model.js';
import { OrganizationReader } from './organization-reader.js';
import { OrganizationService } from './organization.service.js';

export const CreateOrganizationResult = resultUnion('CreateOrganizationResult', 'The new organisation; or why not.', () => [
  OrganizationModel,
  InvalidInputError,
  SlugTakenError,
]);
export const UpdateOrganizationResult = resultUnion('UpdateOrganizationResult', 'The updated organisation; or why not.', () => [
  OrganizationModel,
  VersionConflictError,
  InvalidInputError,
  SlugTakenError,
]);

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly reader: OrganizationReader,
    private readonly organizationAdmin: OrganizationAdminService,
  ) {}

  @Allow('user')
  @Mutation(() => CreateOrganizationResult, { description: 'Proposes an organisation. It is unverified until a platform admin verifies it; you become its admin.' })
  createOrganization(@Ctx() ctx: RequestContext, @Args('input', { description: 'The new organisation.' }) input: CreateOrganizationInput) {
    return this.organizationAdmin.create(ctx, input);
  }

  @Allow('user')
  @Mutation(() => UpdateOrganizationResult, { description: 'Its admins: edit the profile. Stale `expectedVersion` answers VersionConflictError. Changing the identity (name, English name, short name, slug, helices, kind, country, parent) of a verified organisation withdraws its verification until a platform admin verifies it again.' })
  updateOrganization(@Ctx() ctx: RequestContext, @Args('input', { description: 'The changes.' }) input: UpdateOrganizationInput) {
    return this.organizationAdmin.update(ctx, input);
  }

  @Allow('user')
  @Mutation(() => OrganizationModel, { description: 'Platform admins: mark an organisation verified (or not).' })
  verifyOrganization(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The organisation.' }, new ParseUUIDPipe()) id: string,
    @Args('verified', { type: () => Boolean, defaultValue: true, description: 'False to withdraw verification.' }) verified: boolean,
  ) {
    return this.organizationAdmin.setVerified(ctx, id, verified);
  }

  @Allow('user')
  @Mutation(() => OrganizationModel, { description: 'Platform admins: archive an organisation. It leaves the directory, creates and changes nothing more, and its API keys stop working (their live subscriptions are closed).' })
  archiveOrganization(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The organisation.' }, new ParseUUIDPipe()) id: string) {
    return this.organizationAdmin.archive(ctx, id);
  }

  @Public()
  @Query(() => OrganizationModel, {
    nullable: true,
    description: 'One organisation, by id or by slug (give exactly one); null when there is none.',
  })
  organization(@Ctx() ctx: RequestContext, @Args() args: OrganizationLookupArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.findOne(ctx, args, info);
  }

  @Public()
  @Query(() => OrganizationConnection, { description: 'The organisation directory, filtered, ordered and paginated.' })
  organizations(@Ctx() ctx: RequestContext, @Args() args: OrganizationsArgs, @Info() info: GraphQLResolveInfo) {
    return this.reader.list(ctx, args, info);
  }

  @ResolveField('parent', () => OrganizationModel, {
    nullable: true,
    description: 'The organisation this one belongs to (e.g. the People’s Committee of a department); null at the top.',
  })
  parent(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel): Promise<OrganizationModel | null> {
    return this.organizationService.parentOf(ctx, organization);
  }

  @ResolveField('children', () => [OrganizationModel], { description: 'The organisations directly under this one, by name.' })
  children(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel): Promise<OrganizationModel[]> {
    return this.organizationService.childrenOf(ctx, organization);
  }
}
