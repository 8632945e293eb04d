import type { LagReport } from './projection-lag';

export type LagMonitorOptions = Readonly<{
  /** How long one measurement answers every asker (readiness, health, the metrics timer). */
  maxAgeMs?: number;
  /** A monotonic clock in ms: only ages the cache, so it is not the app's (possibly frozen) clock. */
  now?: () => number;
}>;

/**
 * One lag report shared by everyone who asks within `maxAgeMs`. Measuring reads up to 10k events
 * of the log; without sharing, each unauthenticated /ready or /health probe during a backlog cost
 * one such read, and the metrics timer's slowed the catch-up it was measuring. Askers arriving
 * while a measurement runs wait for that one. A failure is shared the same way: an outage costs
 * one read per `maxAgeMs`, not one per probe.
 */
export class LagMonitor {
  private cached?: { report: Promise<LagReport>; settledAt?: number };
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly measure: () => Promise<LagReport>,
    options: LagMonitorOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
  }

  report(): Promise<LagReport> {
    const cached = this.cached;
    if (cached && (cached.settledAt === undefined || this.now() - cached.settledAt < this.maxAgeMs))
      return cached.report;
    const entry: { report: Promise<LagReport>; settledAt?: number } = { report: this.measure() };
    const settled = () => (entry.settledAt = this.now());
    entry.report.then(settled, settled);
    this.cached = entry;
    return entry.report;
  }
}
