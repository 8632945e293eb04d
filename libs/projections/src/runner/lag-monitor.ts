import type { LagReport } from './projection-lag';

export type LagMonitorOptions = Readonly<{
  /** How long one measurement answers every asker (readiness, health, the metrics timer). */
  maxAgeMs?: number;
  /** A monotonic clock in ms: only ages the cache, so it is not the app's (possibly frozen) clock. */
  now?: () => number;
  /**
   * What a report is of (which collection each projection serves): a report is never given once
   * it changed, so a rebuild's switch-over shows at once, not up to `maxAgeMs` later.
   */
  shape?: () => string;
}>;

/**
 * One lag report shared by everyone who asks within `maxAgeMs`. Measuring reads up to 10k events
 * of the log; without sharing, each unauthenticated /ready or /health probe during a backlog cost
 * one such read, and the metrics timer's slowed the catch-up it was measuring. Askers arriving
 * while a measurement runs wait for that one. A failure is shared the same way: an outage costs
 * one read per `maxAgeMs`, not one per probe.
 */
export class LagMonitor {
  private cached?: { report: Promise<LagReport>; settledAt?: number; shape: string };
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly measure: () => Promise<LagReport>,
    options: LagMonitorOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
    this.shape = options.shape ?? (() => '');
  }
  private readonly shape: () => string;

  report(): Promise<LagReport> {
    const cached = this.cached;
    const shape = this.shape();
    if (
      cached &&
      cached.shape === shape &&
      (cached.settledAt === undefined || this.now() - cached.settledAt < this.maxAgeMs)
    )
      return cached.report;
    const entry: { report: Promise<LagReport>; settledAt?: number; shape: string } = { report: this.measure(), shape };
    const settled = () => (entry.settledAt = this.now());
    entry.report.then(settled, settled);
    this.cached = entry;
    return entry.report;
  }
}
