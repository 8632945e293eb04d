export * from './event-store.port';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
export { withHeldSubscriptions } from './testing/held-subscriptions';
export { withSkippedCheckpoints } from './testing/skipped-checkpoints';
export * from './personal-data';
