import type { ProviderEvent } from './provider-events';

export type WebhookSettings = Readonly<{
  enabled: boolean;
  /** Further attempts after a failed delivery (not 2xx, or no answer). */
  retries: number;
  /** The first retry's delay; each next one doubles it. */
  retryDelayMs: number;
  /** Each delivery waits a random 0..maxDelayMs: with more than 0, events can arrive out of order. */
  maxDelayMs: number;
  /** The share of events delivered twice (0..1). */
  duplicateRate: number;
}>;

/** Sends one signed delivery; answers the HTTP status (0: no answer). */
export type WebhookSender = (payload: string) => Promise<number>;

/**
 * Delivers provider events the way Stripe does: after the call that caused them, each on its own
 * timer (so out of order when delays differ), retried with backoff until a 2xx, some twice.
 * Randomness is injected, so a seeded source makes a run repeatable.
 */
export class WebhookDispatcher {
  private readonly timers = new Set<NodeJS.Timeout>();
  private pending = 0;
  private waiters: Array<() => void> = [];
  private stopped = false;
  readonly failures: Array<{ eventId: string; status: number }> = [];

  constructor(
    private readonly settings: WebhookSettings,
    private readonly send: WebhookSender,
    private readonly random: () => number,
  ) {}

  enqueue(event: ProviderEvent): void {
    if (!this.settings.enabled || this.stopped) return;
    const payload = JSON.stringify(event);
    this.schedule(event.id, payload, 0, this.delay());
    if (this.random() < this.settings.duplicateRate) this.schedule(event.id, payload, 0, this.delay());
  }

  /** Resolves once every delivery queued so far has succeeded or given up (tests). */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    this.release();
  }

  private delay(): number {
    return Math.floor(this.random() * this.settings.maxDelayMs);
  }

  private schedule(eventId: string, payload: string, attempt: number, delayMs: number): void {
    this.pending += 1;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.deliver(eventId, payload, attempt);
    }, delayMs);
    timer.unref?.();
    this.timers.add(timer);
  }

  private async deliver(eventId: string, payload: string, attempt: number): Promise<void> {
    const status = await this.send(payload).catch(() => 0);
    if (this.stopped) return;
    if (status < 200 || status >= 300) {
      if (attempt < this.settings.retries) {
        this.schedule(eventId, payload, attempt + 1, this.settings.retryDelayMs * 2 ** attempt);
      } else {
        this.failures.push({ eventId, status });
        if (this.failures.length > 1000) this.failures.shift();
      }
    }
    this.pending -= 1;
    this.release();
  }

  private release(): void {
    if (this.pending > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** A small seeded generator (mulberry32): the same seed, the same deliveries. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
