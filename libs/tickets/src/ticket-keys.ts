import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';
import { MAX_KID } from './scanner/code-format';
import type { PublicTicketKey } from './scanner/key-ring';

/**
 * The platform's signing secrets by kid, and the kid new codes are signed with. Keeping older kids
 * lets their codes verify while scanners move to the new one (README: rotation).
 */
export interface TicketSigningSecrets {
  readonly currentKid: number;
  readonly secrets: ReadonlyMap<number, Uint8Array>;
}

export class TicketSecretsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TicketSecretsError';
  }
}

export const MIN_SECRET_BYTES = 32;

/** Parses `1:<base64url>,2:<base64url>` (e.g. TICKET_SIGNING_SECRETS) with the kid to sign with. */
export function parseTicketSigningSecrets(text: string, currentKid: number): TicketSigningSecrets {
  const secrets = new Map<number, Uint8Array>();
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\d{1,3}):([A-Za-z0-9_-]+)$/.exec(part);
    if (!match) throw new TicketSecretsError('each secret is <kid>:<base64url>');
    secrets.set(Number(match[1]), Buffer.from(match[2]!, 'base64url'));
  }
  return ticketSigningSecrets(currentKid, secrets);
}

export function ticketSigningSecrets(
  currentKid: number,
  secrets: ReadonlyMap<number, Uint8Array>,
): TicketSigningSecrets {
  for (const [kid, secret] of secrets) {
    if (!Number.isInteger(kid) || kid < 0 || kid > MAX_KID) throw new TicketSecretsError(`kid ${kid} is not in 0..255`);
    if (secret.length < MIN_SECRET_BYTES)
      throw new TicketSecretsError(`the secret of kid ${kid} has fewer than ${MIN_SECRET_BYTES} bytes`);
  }
  if (!secrets.has(currentKid)) throw new TicketSecretsError(`no secret for the current kid ${currentKid}`);
  return { currentKid, secrets };
}

export interface EventSigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: PublicTicketKey;
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): SEQUENCE { version 0, AlgorithmIdentifier
// { 1.3.101.112 }, OCTET STRING { OCTET STRING seed } }.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const HKDF_SALT = Buffer.from('booking/ticket-key/v1');

/**
 * The event's Ed25519 key for a kid, derived (HKDF-SHA256) from that kid's platform secret and the
 * event id: every process derives the same key, so no per-event key is stored anywhere.
 */
export function deriveEventKey(secret: Uint8Array, kid: number, eventId: string): EventSigningKey {
  const info = Buffer.concat([Buffer.from([kid]), Buffer.from(eventId, 'utf8')]);
  const seed = Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, info, 32));
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return { privateKey, publicKey: { eventId, kid, publicKey: jwk.x! } };
}
