/**
 * The key store did not answer (MongoDB down or slow past its timeout, the SQLite file locked or
 * unreadable): personal fields can be neither sealed nor opened right now. A transient condition,
 * answered 503 `personal-data-unavailable` over HTTP; a projection retries the read.
 */
export class PersonalDataUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The personal-data key store cannot be reached: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'PersonalDataUnavailableError';
  }
}

/**
 * The master key does not open a data key of the store: PERSONAL_DATA_MASTER_KEY (or its file) is
 * not the one the key store was written with. A misconfiguration, never retried: the app refuses
 * to start rather than create keys no other process can open.
 */
export class MasterKeyMismatchError extends Error {
  constructor(readonly subject: string) {
    super(
      'The personal-data master key does not open the key store’s data keys: PERSONAL_DATA_MASTER_KEY ' +
        '(or PERSONAL_DATA_MASTER_KEY_FILE) is not the master key this key store was written with',
    );
    this.name = 'MasterKeyMismatchError';
  }
}
