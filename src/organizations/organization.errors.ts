import { ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';

@ObjectType({ implements: () => [ErrorResult], description: 'Another organisation already uses this slug.' })
export class SlugTakenError extends ErrorResult {
  override readonly code = 'SLUG_TAKEN';
}
