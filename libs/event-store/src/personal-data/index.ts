export { ERASED, isEnvelope } from './field-cipher';
export { type KeyStore, type StoredKey, KEY_BYTES } from './key-store.port';
export { KeyWrap } from './key-wrap';
export { SqliteKeyStore } from './sqlite-key-store';
export { MongoKeyStore } from './mongodb-key-store';
export { PersonalDataEventStore, type PersonalDataOptions, type PersonalFieldMap } from './personal-data-event-store';
export { copyLogProtected } from './copy-log';
