export * from './read-store.port';
export { MemoryReadStore, type MemoryStoreState } from './memory/memory-read-store';
export * from './memory/memory-snapshot';
export { MongoReadStore, type MongoReadStoreOptions } from './mongodb/mongodb-read-store';
