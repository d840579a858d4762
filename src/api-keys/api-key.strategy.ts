import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { Principal } from '../common/request-context.js';
import { apiKeyPrefix } from '../identity/credentials.js';
import { ApiKeyService } from './api-key.service.js';

/** Integrators' keys: `Authorization: Bearer thk_...` or `x-api-key: thk_...`. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly apiKeys: ApiKeyService) {
    super();
  }

  async validate(request: FastifyRequest): Promise<Principal | false> {
    const header = request.headers['x-api-key'];
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const key = typeof header === 'string' ? header : bearer?.startsWith(apiKeyPrefix) ? bearer : undefined;
    if (!key) return false;
    return (await this.apiKeys.authenticate(key)) ?? false;
  }
}
