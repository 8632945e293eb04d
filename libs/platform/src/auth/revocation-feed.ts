import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { AccountDisabled, AccountEnabled, RoleGranted, RoleRevoked, SessionEnded } from '@booking/domain';
import { assertNever } from '@booking/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent, type Subscription } from '@booking/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
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

/**
 * Keeps this process's Revocations from the log: every app tails it anyway, so a logout or a
 * disabled account reaches every process within one poll, without a shared cache. The start
 * waits until the log has been read once, so a restarted process never honours a revoked token.
 */
@Injectable()
export class RevocationFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Revocations');
  private subscription?: Subscription;
  private loop?: Promise<void>;
  private closing = false;

  constructor(
    readonly revocations: Revocations,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  static revocations(config: AppConfig, clock: Clock): Revocations {
    return new Revocations(config.jwt.accessTokenTtlSeconds * 1000, () => clock.now().getTime());
  }

  async onModuleInit(): Promise<void> {
    let caughtUp!: () => void;
    const ready = new Promise<void>((resolve) => (caughtUp = resolve));
    this.subscription = this.store.subscribeToAll({ filter: { eventTypes: REVOKING_EVENT_TYPES } });
    this.loop = this.consume(this.subscription, caughtUp);
    await Promise.race([ready, this.loop]);
  }

  private async consume(subscription: Subscription, caughtUp: () => void): Promise<void> {
    try {
      for await (const message of subscription) {
        if (message.kind === 'caught-up') caughtUp();
        if (message.kind === 'events') for (const event of message.events) this.apply(event as RecordedEvent<never>);
      }
    } catch (error) {
      if (!this.closing) this.logger.error({ err: error }, 'revocation feed stopped');
      throw error;
    }
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
