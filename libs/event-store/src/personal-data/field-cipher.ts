import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What a personal field's value becomes in the log: the field name stays, the value is sealed. */
export type Envelope = Readonly<{ $pd: string }>;

/** What an erased field reads as, in every event and so in every fold and read model. */
export const ERASED = '[erased]';

const VERSION = 'v1';

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as { $pd?: unknown }).$pd === 'string';
}

/** AES-256-GCM over the value's JSON, random IV, the subject as associated data. */
export function sealValue(value: unknown, key: Buffer, subject: string): Envelope {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(subject));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value ?? null), 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url'));
  return { $pd: [VERSION, ...parts].join('.') };
}

export function openValue(envelope: Envelope, key: Buffer, subject: string): unknown {
  const [version, iv, tag, sealed] = envelope.$pd.split('.');
  if (version !== VERSION || sealed === undefined) throw new Error(`Unknown personal-data envelope ${version}`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(subject)).setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}
