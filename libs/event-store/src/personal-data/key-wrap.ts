import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KEY_BYTES } from './key-store.port';
import { MasterKeyMismatchError } from './personal-data-errors';

/**
 * Data keys are stored encrypted with the master key (key-encryption key), bound to their
 * subject: a copy of the key store alone decrypts nothing. AES-256-GCM, random 12-byte IV.
 */
export class KeyWrap {
  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== KEY_BYTES) throw new Error(`The personal-data master key must be ${KEY_BYTES} bytes`);
  }

  wrap(subject: string, key: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.masterKey, iv).setAAD(Buffer.from(subject));
    const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }

  /** The data key; MasterKeyMismatchError when this master key did not wrap it (or not for this subject). */
  unwrap(subject: string, wrapped: Buffer): Buffer {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.masterKey, wrapped.subarray(0, 12));
      decipher.setAAD(Buffer.from(subject)).setAuthTag(wrapped.subarray(12, 28));
      return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
    } catch {
      throw new MasterKeyMismatchError(subject);
    }
  }

  newKey(): Buffer {
    return randomBytes(KEY_BYTES);
  }
}
