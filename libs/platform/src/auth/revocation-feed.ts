import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit, Optional } from '@nestjs/common';
import type { AccountDisabled, AccountEnabled, RoleGranted, RoleRevoked, SessionEnded } from '@booking/domain';
import { assertNever } from '@booking/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent, type Subscription } from '@booking/event-store';
import { APP_CONFIG, type AppConfig, MAX_ACCESS_TOKEN_TTL_SECONDS } from '../config/app-config';
import { HealthRegistry } from '../health/health';
import { CLOCK, type Clock } from '../infrastructure/clock';
import { Revocations } from './revocations';

type Revoking = SessionEnded | AccountDisabled | AccountEnabled | RoleRevoked | RoleGranted;
/** The event types the revocation list follows (its subscription's filter). */
export const REVOKING_EVENT_TYPES: readonly Revoking['type'][] = [
  'SessionEnded',
  'AccountDisabled',
  'AccountEnabled',
  'RoleRevoked',
  'RoleGranted',
];

/** Waits before resubscribing after a failure: doubling from the first, up to the last. */
const BACKOFF_MS = { first: 100, max: 5_000 };

/**
 * Keeps this process's Revocations from the log: every app tails it anyway, so a logout or a
 * disabled account reaches every process within one poll, without a shared cache. The start
 * waits until the log has been read once, so a restarted process never honours a revoked token.
 * A subscription fails now and then (a KurrentDB leader change, a dropped connection, a locked
 * SQLite file): the feed resubscribes from the last position it saw, with backoff. Meanwhile the
 * `revocations` health check fails, and once that lasts longer than STALE_AFTER_MS the bearer
 * strategy refuses tokens (503) rather than honour one revoked in the gap.
 */
@Injectable()
export class RevocationFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Revocations');
  private subscription?: Subscription;
  private loop?: Promise<void>;
  private closing = false;
  private position?: bigint;
  private wake?: () => void;
  /** Whether the current subscription delivered anything: a feed that worked a while backs off afresh. */
  private seenSinceFailure = false;

  constructor(
    readonly revocations: Revocations,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() health?: HealthRegistry,
  ) {
    health?.register('revocations', () => {
      const since = this.revocations.feedFailingSince;
      if (since !== undefined) throw new Error(`not following the log since ${new Date(since).toISOString()}`);
      return { entries: this.revocations.size };
    });
  }

  static revocations(_config: AppConfig, clock: Clock): Revocations {
    return new Revocations(MAX_ACCESS_TOKEN_TTL_SECONDS * 1000, () => clock.now().getTime());
  }

  async onModuleInit(): Promise<void> {
    let caughtUp!: () => void;
    const ready = new Promise<void>((resolve) => (caughtUp = resolve));
    const first = this.store.subscribeToAll({ filter: { eventTypes: REVOKING_EVENT_TYPES } });
    this.subscription = first;
    // The first pass must succeed: the app does not start on a list it could not read.
    const firstPass = this.consume(first, caughtUp);
    await Promise.race([ready, firstPass]);
    this.loop = firstPass.catch((error: unknown) => this.follow(error));
  }

  /** Resubscribes after each failure until shutdown. */
  private async follow(error: unknown): Promise<void> {
    for (let attempt = 0; !this.closing; attempt++) {
      this.revocations.feedFailing();
      this.logger.error({ err: error, attempt }, 'revocation feed failed; resubscribing');
      await this.pause(Math.min(BACKOFF_MS.first * 2 ** attempt, BACKOFF_MS.max));
      if (this.closing) return;
      try {
        this.subscription = this.store.subscribeToAll({
          after: this.position,
          filter: { eventTypes: REVOKING_EVENT_TYPES },
        });
        await this.consume(this.subscription, () => undefined);
        return; // closed on shutdown
      } catch (next) {
        error = next;
        if (this.seenSinceFailure) attempt = -1; // it worked for a while: start the backoff afresh
      }
    }
  }

  private async consume(subscription: Subscription, caughtUp: () => void): Promise<void> {
    this.seenSinceFailure = false;
    for await (const message of subscription) {
      this.seenSinceFailure = true;
      if (message.kind === 'events') {
        for (const event of message.events) {
          this.apply(event as RecordedEvent<never>);
          this.position = event.position;
        }
      } else {
        this.position = message.position;
      }
      if (message.kind === 'caught-up') {
        this.revocations.feedFollowing(); // only now is the gap read, revocations in it included
        caughtUp();
      }
    }
    if (!this.closing) throw new Error('the subscription ended');
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private apply(recorded: RecordedEvent<never>): void {
    const event = { type: recorded.type, data: recorded.data } as Revoking;
    const at = Date.parse(recorded.metadata.occurredAt);
    switch (event.type) {
      case 'SessionEnded':
        return this.revocations.endSession(event.data.sessionId, at);
      case 'AccountDisabled':
        return this.revocations.disableUser(event.data.userId, at);
      case 'AccountEnabled':
        return this.revocations.enableUser(event.data.userId);
      case 'RoleRevoked':
        return this.revocations.revokeRole(event.data.userId, event.data.role, at);
      case 'RoleGranted':
        return this.revocations.grantRole(event.data.userId, event.data.role);
      default:
        return assertNever(event);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.wake?.();
    await this.subscription?.close();
    await this.loop?.catch(() => undefined);
  }
}

export const revocationProviders = [
  {
    provide: Revocations,
    useFactory: (config: AppConfig, clock: Clock) => RevocationFeed.revocations(config, clock),
    inject: [APP_CONFIG, CLOCK],
  },
  RevocationFeed,
];
