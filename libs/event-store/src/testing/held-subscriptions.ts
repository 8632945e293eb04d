import type { EventStore, SubscribeOptions, Subscription, SubscriptionMessage } from '../event-store.port';

/**
 * Test aid: wraps an event store so that catch-up subscriptions opened while `hold()` is on
 * deliver nothing until `release()`. A projection feed (a rebuild, a projector catching up) is
 * then provably stopped at its start while the test looks at everything else.
 */
export function withHeldSubscriptions<S extends EventStore>(inner: S) {
  let gate: { opened: Promise<void>; open: () => void; holds: (options?: SubscribeOptions) => boolean } | undefined;
  let held = 0;
  const store = new Proxy(inner, {
    get(target, property) {
      if (property === 'subscribeToAll') {
        return (options?: SubscribeOptions): Subscription => {
          const subscription = target.subscribeToAll(options);
          if (!gate || !gate.holds(options)) return subscription;
          held++;
          return heldUntil(subscription, gate.opened);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store,
    /** Subscriptions opened from now on wait (only those `holds` picks, when given). */
    hold(holds: (options?: SubscribeOptions) => boolean = () => true): void {
      let open!: () => void;
      gate = { opened: new Promise<void>((resolve) => (open = resolve)), open, holds };
    },
    /** Lets the waiting subscriptions go; new ones are no longer held. */
    release(): void {
      gate?.open();
      gate = undefined;
    },
    /** How many subscriptions were held so far. */
    get held(): number {
      return held;
    },
  };
}

function heldUntil(subscription: Subscription, opened: Promise<void>): Subscription {
  let closed!: () => void;
  const closing = new Promise<void>((resolve) => (closed = resolve));
  let isClosed = false;
  return {
    async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
      await Promise.race([opened, closing]);
      if (isClosed) return;
      yield* subscription;
    },
    async close() {
      isClosed = true;
      closed();
      await subscription.close();
    },
  };
}
