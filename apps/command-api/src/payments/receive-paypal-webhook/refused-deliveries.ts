import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '@booking/platform';

const MINUTE_MS = 60_000;

/**
 * Refused PayPal webhook deliveries per client address and minute. PayPal verifies a delivery's
 * signature for us (verify-webhook-signature), so every forged delivery we accept to check costs a
 * call to PayPal, under our own credentials: unchecked, anyone could make this server call PayPal
 * as fast as they post, and spend our account's rate limit there. Once an address has had
 * AUTH_RATE_LIMIT deliveries refused in a minute, its next ones get a 429 without a call until the
 * minute is over. Deliveries PayPal verifies never count; PayPal retries a delivery answered 429.
 */
@Injectable()
export class RefusedDeliveries {
  private readonly byAddress = new LRUCache<string, { count: number; since: number }>({ max: 10_000 });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Seconds until the address may be heard again; undefined while it is under its budget. */
  waitFor(address: string): number | undefined {
    const now = this.clock.now().getTime();
    const seen = this.byAddress.get(address);
    if (!seen || now - seen.since >= MINUTE_MS || seen.count < this.config.authRateLimit) return undefined;
    return Math.max(1, Math.ceil((seen.since + MINUTE_MS - now) / 1000));
  }

  /** One more delivery from the address was refused. */
  refused(address: string): void {
    const now = this.clock.now().getTime();
    const seen = this.byAddress.get(address);
    if (!seen || now - seen.since >= MINUTE_MS) this.byAddress.set(address, { count: 1, since: now });
    else seen.count++;
  }
}
