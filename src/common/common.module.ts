import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AccessRepository } from './access/access.repository.js';
import { AccessService } from './access/access.service.js';
import { CostBudget } from './rate-limit/cost-budget.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { JsonReader, READ_MODELS } from './read/json-reader.js';
import type { ReadModel } from './read/read-model.js';

const shared = [AccessService, RateLimiter, CostBudget, JsonReader];

/**
 * The shared services every domain calls: access decisions, abuse limits, and the reader that
 * serves the read models the domains declare.
 */
@Global()
@Module({})
export class CommonModule {
  static forRoot(readModels: ReadModel[]): DynamicModule {
    return {
      module: CommonModule,
      providers: [...shared, AccessRepository, { provide: READ_MODELS, useValue: readModels }],
      exports: shared,
    };
  }
}
