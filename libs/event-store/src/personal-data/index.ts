export { ERASED, isEnvelope } from './field-cipher';
export { type KeyStore, type StoredKey, CHECK_SUBJECT, KEY_BYTES } from './key-store.port';
export { KeyWrap } from './key-wrap';
export { SqliteKeyStore } from './sqlite-key-store';
export { DEFAULT_KEY_STORE_TIMEOUT_MS, MongoKeyStore, type MongoKeyStoreOptions } from './mongodb-key-store';
export { MasterKeyMismatchError, PersonalDataUnavailableError } from './personal-data-errors';
export {
  PersonalDataEventStore,
  type PersonalDataOptions,
  type PersonalFieldMap,
  checkKeyStore,
} from './personal-data-event-store';
export { copyLogProtected } from './copy-log';
