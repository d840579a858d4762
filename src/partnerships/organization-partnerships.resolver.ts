import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { PartnershipConnection } from './partnership.model.js';
import { PartnershipService } from './partnership.service.js';

/** The partnership field of `Organization`. */
@Resolver(() => OrganizationModel)
export class OrganizationPartnershipsResolver {
  constructor(private readonly partnershipService: PartnershipService) {}

  @ResolveField('partnerships', () => PartnershipConnection, {
    description:
      'The partnerships this organisation is a party to that you may see (you must belong to one of their parties, or be a platform admin), newest first. Empty for anonymous callers.',
  })
  partnerships(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel, @Args() args: PaginationArgs): Promise<PartnershipConnection> {
    return this.partnershipService.ofOrganization(ctx, organization.id, args);
  }
}
