import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, type CounterConfiguration, type GaugeConfiguration, type HistogramConfiguration } from 'prom-client';

/** What a metric is made with here: prom-client's configuration, registered on this service's registry. */
type Definition<Configuration> = Omit<Configuration, 'registers'>;

/**
 * The service's Prometheus metrics, served at `/metrics`. Any module may add its own: inject `Metrics`
 * and make them once, when the module is built (a job queue's depth, say):
 *
 *   metrics.gauge({ name: 'job_queue_depth', help: 'Jobs waiting to run.', collect() { this.set(queue.size) } });
 *   const delivered = metrics.counter({ name: 'webhook_deliveries_total', help: '...', labelNames: ['outcome'] });
 *
 * A gauge's `collect` runs at each scrape, so reading a size costs nothing between scrapes. Labels
 * must take few values (codes, states, names of things in the code), never ids, organisations or
 * anything a caller chooses: each set of values is a series kept for the life of the process.
 * `registry` is prom-client's, for what these three do not cover.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  counter<Label extends string>(definition: Definition<CounterConfiguration<Label>>): Counter<Label> {
    return new Counter({ ...definition, registers: [this.registry] });
  }

  gauge<Label extends string>(definition: Definition<GaugeConfiguration<Label>>): Gauge<Label> {
    return new Gauge({ ...definition, registers: [this.registry] });
  }

  histogram<Label extends string>(definition: Definition<HistogramConfiguration<Label>>): Histogram<Label> {
    return new Histogram({ ...definition, registers: [this.registry] });
  }

  /** Every metric, in Prometheus' text format (`contentType`). */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
