export * from './read-store.port';
export { MemoryReadStore } from './memory/memory-read-store';
export { MongoReadStore, type MongoReadStoreOptions } from './mongodb/mongodb-read-store';
