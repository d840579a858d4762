import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { ApiKeyModule } from './api-keys/api-key.module.js';
import { AuditTrailModule } from './audit/audit-trail.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AccessGuard } from './common/access/access.guard.js';
import { BrowserModule } from './common/browser/browser.module.js';
import { CommonModule } from './common/common.module.js';
import { MutationTransactionInterceptor } from './common/transaction.js';
import { ExchangeModule } from './exchange/exchange.module.js';
import { EventBus } from './events/event-bus.js';
import { EventBusModule } from './events/event-bus.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { RequestAuthenticator } from './identity/request-authenticator.js';
import { CostBudget } from './common/rate-limit/cost-budget.js';
import { IdentityModule } from './identity/identity.module.js';
import { graphqlOptions } from './common/graphql/graphql.options.js';
import { createValidationPipe } from './common/validation.js';
import { JsonReader } from './common/read/json-reader.js';
import { readModels } from './read-models.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './data-source.js';
import { HealthModule } from './health/health.module.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { InsightModule } from './insight/insight.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { FounderMembershipModule } from './memberships/founder-membership.js';
import { MembershipModule } from './memberships/membership.module.js';
import { OrganizationModule } from './organizations/organization.module.js';
import { PartnershipModule } from './partnerships/partnership.module.js';
import { ProjectModule } from './projects/project.module.js';
import { TechnologyModule } from './technologies/technology.module.js';
import { ImportModule } from './imports/import.module.js';
import { AgreementModule } from './agreements/agreement.module.js';
import { ResearchExportModule } from './research-export/research-export.module.js';
import { RevenueModule } from './revenue/revenue.module.js';
import { SpinOffModule } from './spin-offs/spin-off.module.js';
import { IncubationModule } from './incubation/incubation.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MailModule } from './mail/mail.module.js';
import { WebhookModule } from './webhooks/webhook.module.js';
import { PlacementModule } from './placements/placement.module.js';
import { TrainingModule } from './training/training.module.js';

export interface AppSettings {
  config: AppConfig;
  logger: Logger;
  /** The database to use: `DATABASE_URL` or the embedded server's address. */
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, databaseUrl }: AppSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        ObservabilityModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: databaseUrl,
            poolSize: config.database.poolSize,
            connectTimeoutMs: config.database.connectTimeoutMs,
            statementTimeoutMs: config.database.statementTimeoutMs,
            logger,
          }),
          migrationsRun: true,
          // The start-up check has already found the database; a failure now is told once, not
          // after nine retries and half a minute.
          retryAttempts: 0,
        }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [IdentityModule],
          inject: [EventBus, RequestAuthenticator, CostBudget, JsonReader],
          useFactory: (events: EventBus, authenticator: RequestAuthenticator, budget: CostBudget, reader: JsonReader) =>
            graphqlOptions(config, logger, { emitter: events.emitter, authenticator, budget, servedFields: reader.servedFields() }),
        }),
        CommonModule.forRoot(readModels),
        JobsModule.forRoot(databaseUrl),
        MailModule,
        EventBusModule,
        AuditTrailModule,
        HealthModule,
        IdentityModule,
        OrganizationModule,
        ApiKeyModule,
        AuditModule,
        ProjectModule,
        InsightModule,
        SubscriptionsModule,
        MembershipModule,
        FounderMembershipModule,
        PartnershipModule,
        TechnologyModule,
        ImportModule,
        AgreementModule,
        RevenueModule,
        ResearchExportModule,
        SpinOffModule,
        IncubationModule,
        ExchangeModule,
        PlacementModule,
        TrainingModule,
        IdempotencyModule,
        WebhookModule,
        BrowserModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: MutationTransactionInterceptor },
        { provide: APP_PIPE, useValue: createValidationPipe() },
      ],
    };
  }
}
