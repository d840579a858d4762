import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/config.js';
import { DatabaseMetrics } from './database-metrics.js';
import { Metrics } from './metrics.js';
import { MetricsRoute } from './metrics-route.js';
import { OperationSpans } from './operation-spans.js';
import { RequestMetrics } from './request-metrics.js';

/**
 * Metrics for Prometheus (`Metrics`, which any module may inject to add its own) and, when tracing is
 * on, a span for each GraphQL operation. With METRICS_ENABLED=false nothing is counted and `/metrics`
 * does not exist; `Metrics` is still there for modules that add theirs.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ObservabilityModule,
      providers: [
        Metrics,
        ...(config.metrics.enabled ? [RequestMetrics, DatabaseMetrics, MetricsRoute] : []),
        ...(config.tracing.enabled ? [OperationSpans] : []),
      ],
      exports: [Metrics],
    };
  }
}
