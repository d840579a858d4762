import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { IdempotencyHooks } from './idempotency.hooks.js';
import { IdempotencyRepository } from './idempotency.repository.js';

/** `Idempotency-Key` on creating requests: a lost answer can be asked for again without a second write. */
@Module({
  imports: [IdentityModule],
  providers: [IdempotencyRepository, IdempotencyHooks],
})
export class IdempotencyModule {}
