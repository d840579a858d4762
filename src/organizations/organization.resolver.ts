import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/access/public.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationLookupArgs, OrganizationsArgs } from './dto/organizations.args.js';
import { OrganizationConnection, OrganizationModel } from './organization.model.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Public()
  @Query(() => OrganizationModel, {
    nullable: true,
    description: 'One organisation, by id or by slug (give exactly one); null when there is none.',
  })
  organization(@Ctx() ctx: RequestContext, @Args() args: OrganizationLookupArgs): Promise<OrganizationModel | null> {
    return this.organizationService.findOne(ctx, args);
  }

  @Public()
  @Query(() => OrganizationConnection, { description: 'The organisation directory, filtered, ordered and paginated.' })
  organizations(@Ctx() ctx: RequestContext, @Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    return this.organizationService.list(ctx, args);
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
