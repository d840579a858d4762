import { createUnionType, Query, Resolver } from '@nestjs/graphql';
import { ApiKeyModel } from '../api-keys/api-key.model.js';
import { ApiKeyService } from '../api-keys/api-key.service.js';
import { Allow } from '../common/access/allow.decorator.js';
import { foundOr } from '../common/errors.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { UserModel } from './user.model.js';
import { UserService } from './user.service.js';

export const Viewer = createUnionType({
  name: 'Viewer',
  description: 'Who is calling: a signed-in person (`User`) or an API key (`ApiKey`).',
  types: () => [UserModel, ApiKeyModel] as const,
  resolveType: (value: object) => (value instanceof ApiKeyModel ? ApiKeyModel : UserModel),
});

@Resolver()
export class ViewerResolver {
  constructor(
    private readonly users: UserService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  @Allow('user', 'apiKey')
  @Query(() => Viewer, {
    description:
      'Who is calling. A person gets their account, as `me` answers it; an API key gets its own record: id, name, organisation, scopes, expiry and last use (never its secret).',
  })
  async viewer(@Ctx() ctx: RequestContext): Promise<UserModel | ApiKeyModel> {
    if (ctx.principal.kind === 'apiKey') return foundOr(await this.apiKeys.calling(ctx), 'API key');
    return this.users.me(ctx);
  }
}
