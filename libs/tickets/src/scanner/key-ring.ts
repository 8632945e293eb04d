import { MAX_EVENT_ID_BYTES, MAX_KID } from './code-format';

/** An event's public key as scanners receive it: raw 32-byte Ed25519 key, base64url. */
export interface PublicTicketKey {
  readonly eventId: string;
  readonly kid: number;
  readonly publicKey: string;
}

/** The same key as a JWK (RFC 8037), for scanners that import keys that way. */
export interface TicketKeyJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly alg: 'EdDSA';
  readonly use: 'sig';
  /** `${eventId}/${kid}` */
  readonly kid: string;
  readonly x: string;
}

/**
 * The part of WebCrypto's SubtleCrypto used here: the browser's (DOM types) and Node's
 * (`node:crypto` webcrypto) both fit, whichever the compiler sees as the global one.
 */
export interface SubtleVerifier {
  importKey(
    format: 'raw',
    keyData: Uint8Array<ArrayBuffer>,
    algorithm: { name: 'Ed25519' },
    extractable: boolean,
    keyUsages: ['verify'],
  ): Promise<object>;
  verify(
    algorithm: { name: 'Ed25519' },
    key: object,
    signature: Uint8Array<ArrayBuffer>,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<boolean>;
}

export class InvalidTicketKeyError extends Error {
  constructor(readonly key: unknown) {
    super('not an Ed25519 public ticket key');
    this.name = 'InvalidTicketKeyError';
  }
}

/**
 * This runtime cannot verify with the key: no WebCrypto Ed25519 (Chromium before 137, an insecure
 * context) or a key it refuses. Thrown, never answered as a refusal: a scanner that cannot check
 * must not tell a genuine ticket holder that the code is forged.
 */
export class TicketVerifierUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`Ed25519 verification is not available here: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'TicketVerifierUnavailableError';
  }
}

export function toJwk(key: PublicTicketKey): TicketKeyJwk {
  return { kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: `${key.eventId}/${key.kid}`, x: key.publicKey };
}

export function fromJwk(jwk: TicketKeyJwk): PublicTicketKey {
  const slash = typeof jwk.kid === 'string' ? jwk.kid.lastIndexOf('/') : -1;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || slash < 1) throw new InvalidTicketKeyError(jwk);
  return checked({ eventId: jwk.kid.slice(0, slash), kid: Number(jwk.kid.slice(slash + 1)), publicKey: jwk.x });
}

/**
 * The public keys a scanner holds (one event or several, every kid still honoured), imported into
 * WebCrypto once and looked up by (event, kid). Runs in a browser as in Node: no Node API is used.
 */
export class TicketKeyRing {
  private readonly keys = new Map<string, { readonly key: PublicTicketKey; imported?: Promise<object> }>();

  constructor(
    keys: readonly PublicTicketKey[],
    private readonly subtle: SubtleVerifier = globalThis.crypto.subtle,
  ) {
    for (const key of keys) this.keys.set(slot(key.eventId, key.kid), { key: checked(key) });
  }

  has(eventId: string, kid: number): boolean {
    return this.keys.has(slot(eventId, kid));
  }

  /** The events other than `eventId` that hold a key with this kid (to recognise another event's code). */
  otherEventsWith(kid: number, eventId: string): string[] {
    return [...this.keys.values()]
      .filter((e) => e.key.kid === kid && e.key.eventId !== eventId)
      .map((e) => e.key.eventId);
  }

  /** Whether the signature holds under the (event, kid) key; false when the ring has no such key. */
  async verify(
    eventId: string,
    kid: number,
    signature: Uint8Array<ArrayBuffer>,
    message: Uint8Array<ArrayBuffer>,
  ): Promise<boolean> {
    const entry = this.keys.get(slot(eventId, kid));
    if (!entry) return false;
    entry.imported ??= this.import(entry.key);
    const key = await entry.imported;
    try {
      return await this.subtle.verify({ name: 'Ed25519' }, key, signature, message);
    } catch (error) {
      throw new TicketVerifierUnavailableError(error);
    }
  }

  private async import(key: PublicTicketKey): Promise<object> {
    try {
      return await this.subtle.importKey('raw', fromBase64Url(key.publicKey), { name: 'Ed25519' }, false, ['verify']);
    } catch (error) {
      throw new TicketVerifierUnavailableError(error);
    }
  }
}

function slot(eventId: string, kid: number): string {
  return `${kid}/${eventId}`;
}

function checked(key: PublicTicketKey): PublicTicketKey {
  const ok =
    typeof key.eventId === 'string' &&
    key.eventId.length > 0 &&
    new TextEncoder().encode(key.eventId).length <= MAX_EVENT_ID_BYTES &&
    Number.isInteger(key.kid) &&
    key.kid >= 0 &&
    key.kid <= MAX_KID &&
    typeof key.publicKey === 'string' &&
    fromBase64Url(key.publicKey).length === 32;
  if (!ok) throw new InvalidTicketKeyError(key);
  return key;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return new Uint8Array(0);
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}
