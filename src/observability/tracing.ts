/**
 * Starts OpenTelemetry tracing before the service loads, when the configuration turns it on
 * (TRACING_ENABLED, or OTEL_EXPORTER_OTLP_ENDPOINT). It is preloaded, not imported:
 *
 *   node --import ./dist/src/observability/tracing.js dist/src/main.js
 *
 * (`npm start` and the Docker image do so.) Instrumentation patches modules as they load, so it must
 * run before main.js imports anything. When tracing is off, this reads the configuration and returns:
 * the SDK is not loaded and nothing is patched. An invalid configuration is left for main.js to report.
 *
 * Spans: each HTTP request (its route), each GraphQL operation (operation-spans.ts), graphql-js'
 * parse and validate, and each SQL statement (its text, never its parameters). They go to
 * `<OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces` as OTLP/HTTP JSON; the SDK's other OTEL_* variables
 * (OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER...) apply.
 */
import { register } from 'node:module';
import { ConfigError, loadConfig, type AppConfig } from '../config/config.js';

function tracingConfig(): AppConfig['tracing'] | undefined {
  try {
    return loadConfig().tracing;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

async function startTracing(tracing: AppConfig['tracing']): Promise<void> {
  // The ES modules' loader hook, so that modules imported (not required) are patched too.
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [{ NodeSDK }, { OTLPTraceExporter }, { HttpInstrumentation }, { PgInstrumentation }, { GraphQLInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-graphql'),
  ]);
  const sdk = new NodeSDK({
    serviceName: tracing.serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      // Probes and scrapes would be most of the spans and tell nothing.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => /^\/(health\/|metrics(\?|$))/.test(request.url ?? '') }),
      // Statements outside a request (migrations, timers) have no trace to join.
      new PgInstrumentation({ requireParentSpan: true }),
      // No span per resolved field: that would cost on every field of every answer.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, mergeItems: true }),
    ],
  });
  sdk.start();
}

const tracing = tracingConfig();
if (tracing?.enabled) await startTracing(tracing);
