import { Module } from '@nestjs/common';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyService } from './api-key.service.js';
import { ApiKeyStrategy } from './api-key.strategy.js';

@Module({
  providers: [ApiKeyService, ApiKeyStrategy, ApiKeyResolver],
  exports: [ApiKeyService],
})
export class ApiKeyModule {}
