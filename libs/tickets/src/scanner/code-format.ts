import { base32Decode, base32Encode } from './base32';
import { bytesToUuid, isUuid, uuidToBytes } from './uuid-bytes';

/**
 * The byte layout of a ticket code (version 1), 84 bytes, written as 135 base32 characters:
 *
 *   offset  size  field
 *        0     1  format version (1)
 *        1    16  ticket id (the UUID's bytes)
 *       17     2  reissue counter, unsigned big-endian (0 for the first code of a ticket)
 *       19     1  kid: the version of the signing secret the event's key was derived from
 *       20    64  Ed25519 signature over signedMessage(eventId, bytes 0..19)
 *
 * The event id is not in the code: it is bound by the signature (the signed message names it), so a
 * code verifies only under its own event's key, and the QR stays small.
 */
export const CODE_FORMAT_VERSION = 1;
export const PAYLOAD_BYTES = 20;
export const SIGNATURE_BYTES = 64;
export const CODE_BYTES = PAYLOAD_BYTES + SIGNATURE_BYTES;
export const MAX_REISSUE = 0xffff;
export const MAX_KID = 0xff;
/** An event id is bound into the signed message with a 1-byte length. */
export const MAX_EVENT_ID_BYTES = 0xff;

// Domain separation: a signature made for a ticket code means nothing in any other protocol.
const CONTEXT = new TextEncoder().encode('booking/ticket-code/v1\0');

/** What a code says about its ticket (its event is the one whose key verifies it). */
export interface TicketCodeContent {
  readonly ticketId: string;
  readonly reissue: number;
  readonly kid: number;
}

export interface DecodedTicketCode {
  readonly content: TicketCodeContent;
  readonly payload: Uint8Array<ArrayBuffer>;
  readonly signature: Uint8Array<ArrayBuffer>;
}

/** Why content cannot be put into a code; undefined when it can. */
export function contentProblem(content: TicketCodeContent): string | undefined {
  if (!isUuid(content.ticketId)) return 'ticketId must be a UUID';
  if (!Number.isInteger(content.reissue) || content.reissue < 0 || content.reissue > MAX_REISSUE)
    return `reissue must be an integer in 0..${MAX_REISSUE}`;
  if (!Number.isInteger(content.kid) || content.kid < 0 || content.kid > MAX_KID)
    return `kid must be an integer in 0..${MAX_KID}`;
  return undefined;
}

export function encodePayload(content: TicketCodeContent): Uint8Array<ArrayBuffer> {
  const problem = contentProblem(content);
  if (problem) throw new RangeError(problem);
  const payload = new Uint8Array(PAYLOAD_BYTES);
  payload[0] = CODE_FORMAT_VERSION;
  payload.set(uuidToBytes(content.ticketId), 1);
  payload[17] = content.reissue >>> 8;
  payload[18] = content.reissue & 0xff;
  payload[19] = content.kid;
  return payload;
}

/** The bytes the event's key signs: a context string, the event id, then the payload. */
export function signedMessage(eventId: string, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const event = new TextEncoder().encode(eventId);
  if (event.length === 0 || event.length > MAX_EVENT_ID_BYTES)
    throw new RangeError(`eventId must be 1..${MAX_EVENT_ID_BYTES} bytes of UTF-8`);
  const message = new Uint8Array(CONTEXT.length + 1 + event.length + payload.length);
  message.set(CONTEXT, 0);
  message[CONTEXT.length] = event.length;
  message.set(event, CONTEXT.length + 1);
  message.set(payload, CONTEXT.length + 1 + event.length);
  return message;
}

export function encodeCode(payload: Uint8Array, signature: Uint8Array): string {
  if (payload.length !== PAYLOAD_BYTES || signature.length !== SIGNATURE_BYTES)
    throw new RangeError('a ticket code is a 20-byte payload and a 64-byte signature');
  const bytes = new Uint8Array(CODE_BYTES);
  bytes.set(payload, 0);
  bytes.set(signature, PAYLOAD_BYTES);
  return base32Encode(bytes);
}

/** Parses a scanned string; undefined unless it is a well-formed code of a known format version. */
export function decodeCode(code: unknown): DecodedTicketCode | undefined {
  if (typeof code !== 'string') return undefined;
  // Scanners and hand entry may add surrounding white space; nothing else is forgiven.
  const bytes = base32Decode(code.trim());
  if (!bytes || bytes.length !== CODE_BYTES || bytes[0] !== CODE_FORMAT_VERSION) return undefined;
  const payload = bytes.slice(0, PAYLOAD_BYTES);
  return {
    content: {
      ticketId: bytesToUuid(payload.subarray(1, 17)),
      reissue: (payload[17] << 8) | payload[18],
      kid: payload[19],
    },
    payload,
    signature: bytes.slice(PAYLOAD_BYTES),
  };
}
