import { MongoBulkWriteError, MongoServerError } from 'mongodb';
import { DuplicateKeyError } from '../read-store.port';

const DUPLICATE_KEY_CODES = new Set<unknown>([11000, 11001]);
/** FerretDB v1 (SQLite backend) reports a unique index hit by an update as code 1 with SQLite's message. */
const SQLITE_UNIQUE = /UNIQUE constraint failed/;

/** The port's DuplicateKeyError for a server's E11000 (or FerretDB's equivalent), else undefined. */
export function asDuplicateKeyError(collection: string, error: unknown): DuplicateKeyError | undefined {
  if (!(error instanceof MongoServerError)) return undefined;
  const writeErrors = error instanceof MongoBulkWriteError ? [error.writeErrors].flat() : [];
  const duplicate =
    DUPLICATE_KEY_CODES.has(error.code) ||
    SQLITE_UNIQUE.test(error.message) ||
    writeErrors.some((w) => DUPLICATE_KEY_CODES.has(w.code) || SQLITE_UNIQUE.test(w.errmsg ?? ''));
  if (!duplicate) return undefined;
  const fromWrite = writeErrors[0]?.err as { keyValue?: unknown } | undefined;
  const keyValue: unknown = (error as { keyValue?: unknown }).keyValue ?? fromWrite?.keyValue;
  const duplicateError = new DuplicateKeyError(collection, keyValue ?? error.message);
  duplicateError.cause = error;
  return duplicateError;
}

/** MongoDB before 7.0 refuses to drop a collection that does not exist. */
export function isNamespaceNotFound(error: unknown): boolean {
  return error instanceof MongoServerError && (error.code === 26 || /ns not found/i.test(error.message));
}
