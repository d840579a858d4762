import { ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';

@ObjectType({ implements: () => [ErrorResult], description: 'The email and password do not match an account.' })
export class InvalidCredentialsError extends ErrorResult {
  override readonly code = 'INVALID_CREDENTIALS';
}

@ObjectType({ implements: () => [ErrorResult], description: 'The account has been disabled by a platform admin.' })
export class AccountDisabledError extends ErrorResult {
  override readonly code = 'ACCOUNT_DISABLED';
}

@ObjectType({ implements: () => [ErrorResult], description: 'An account with this email already exists.' })
export class EmailTakenError extends ErrorResult {
  override readonly code = 'EMAIL_TAKEN';
}

@ObjectType({
  implements: () => [ErrorResult],
  description: 'The refresh token is unknown, expired, or was already used (which ends its session).',
})
export class InvalidRefreshTokenError extends ErrorResult {
  override readonly code = 'INVALID_REFRESH_TOKEN';
}
