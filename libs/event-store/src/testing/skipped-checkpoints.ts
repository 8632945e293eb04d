import type { EventStore, ReadAllOptions, SubscribeOptions, Subscription } from '../event-store.port';

/**
 * Test aid: wraps an event store so that its subscriptions behave like KurrentDB's filtered ones
 * between two server search windows: they send no checkpoint over the events they skip. `pause()`
 * also holds back what they deliver until `resume()`; `reads` counts the reads of the whole log.
 */
export function withSkippedCheckpoints<S extends EventStore>(inner: S) {
  let gate: { opened: Promise<void>; open: () => void } | undefined;
  let reads = 0;
  const subscribeToAll = (options?: SubscribeOptions): Subscription => {
    const subscription = inner.subscribeToAll(options);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const message of subscription) {
          if (message.kind === 'checkpoint') continue;
          await gate?.opened;
          yield message;
        }
      },
      close: () => subscription.close(),
    };
  };
  const readAll = (options?: ReadAllOptions) => {
    reads++;
    return inner.readAll(options);
  };
  const store = new Proxy(inner, {
    get(target, property) {
      if (property === 'subscribeToAll') return subscribeToAll;
      if (property === 'readAll') return readAll;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store,
    get reads(): number {
      return reads;
    },
    pause(): void {
      let open!: () => void;
      gate = { opened: new Promise<void>((resolve) => (open = resolve)), open };
    },
    resume(): void {
      gate?.open();
      gate = undefined;
    },
  };
}
