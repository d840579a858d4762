import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { registerCors } from './cors.js';
import { registerAdminConsole } from './admin-console.js';
import { registerGraphiql } from './graphiql.js';

/** What browsers need of the service: CORS for the listed origins, GraphiQL and the admin console served from the service itself. */
@Injectable()
export class BrowserAccess implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    await registerCors(fastify, this.config.cors);
    if (this.config.graphql.ide) registerGraphiql(fastify);
    registerAdminConsole(fastify);
  }
}

@Module({ providers: [BrowserAccess] })
export class BrowserModule {}
