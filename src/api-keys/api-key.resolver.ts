import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/allow.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ApiKeyModel, CreateApiKeyInput, CreatedApiKey } from './api-key.model.js';
import { ApiKeyService } from './api-key.service.js';

@Resolver(() => OrganizationModel)
export class ApiKeyResolver {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @Allow('user')
  @Mutation(() => CreatedApiKey, { description: 'Organisation admins: create an API key. The secret is in the answer, and nowhere else, ever.' })
  createApiKey(@Ctx() ctx: RequestContext, @Args('input', { description: 'The key to create.' }) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.apiKeys.create(ctx, input);
  }

  @Allow('user')
  @Mutation(() => ApiKeyModel, { description: 'Organisation admins: revoke an API key. It stops working on its next request, and its live subscriptions are closed (4403).' })
  revokeApiKey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The key.' }, new ParseUUIDPipe()) id: string): Promise<ApiKeyModel> {
    return this.apiKeys.revoke(ctx, id);
  }

  @ResolveField('apiKeys', () => [ApiKeyModel], { description: 'The organisation’s API keys, newest first. Its admins only.' })
  apiKeysOf(@Ctx() ctx: RequestContext, @Parent() organization: OrganizationModel): Promise<ApiKeyModel[]> {
    return this.apiKeys.list(ctx, organization.id);
  }
}

@Resolver(() => ApiKeyModel)
export class ApiKeyOrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @ResolveField('organization', () => OrganizationModel, {
    nullable: true,
    description: 'The organisation the key acts for; null when the caller may not read it.',
  })
  organization(@Ctx() ctx: RequestContext, @Parent() key: ApiKeyModel): Promise<OrganizationModel | null> {
    return this.organizations.findById(ctx, key.organizationId);
  }
}
