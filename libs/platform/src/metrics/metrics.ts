import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per application instance (tests start several apps in one process). */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'events_appended_total',
    help: 'Events appended to the event store',
    labelNames: ['category'],
    registers: [this.registry],
  });
  readonly commandBatchSize = new Histogram({
    name: 'command_batch_size',
    help: 'Commands decided together in one append (group commit)',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });
  readonly projectionLag = new Gauge({
    name: 'projection_lag_events',
    help: 'Events in the log not yet applied by a projection',
    labelNames: ['projection'],
    registers: [this.registry],
  });
  readonly projectionPosition = new Gauge({
    name: 'projection_checkpoint_position',
    help: 'Global position a projection has applied',
    labelNames: ['projection'],
    registers: [this.registry],
  });
  readonly projectionDelay = new Histogram({
    name: 'projection_visible_delay_seconds',
    help: 'Time from an event being appended to its projection being written',
    labelNames: ['projection'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** httpDuration's series by method, route and status: prom-client hashes the labels on every observe otherwise. */
  private readonly requestSeries = new Map<string, { observe(seconds: number): void }>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** One request's duration, under its method, matched route (a template, so few) and status. */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let series = this.requestSeries.get(key);
    if (!series) {
      if (this.requestSeries.size >= 10_000) this.requestSeries.clear(); // bounded; a dropped one is made again
      series = this.httpDuration.labels({ method, route, status: String(status) });
      this.requestSeries.set(key, series);
    }
    series.observe(seconds);
  }
}
