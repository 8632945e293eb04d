import { decodeCode, signedMessage, type TicketCodeContent } from './code-format';
import type { TicketKeyRing } from './key-ring';

export type TicketCodeRefusal =
  /** Not a ticket code of a format this verifier knows (garbage, truncated, another QR code). */
  | 'bad-format'
  /** Well-formed, but the signature does not hold: forged or altered. */
  | 'bad-signature'
  /** A genuine code of another event whose key the scanner holds (`eventId` says which). */
  | 'wrong-event'
  /** Signed with a kid the scanner has no key for: sync keys, or the code is forged. */
  | 'unknown-key';

export interface VerifiedTicket extends TicketCodeContent {
  readonly eventId: string;
}

export type TicketCodeCheck =
  | { readonly ok: true; readonly ticket: VerifiedTicket }
  | { readonly ok: false; readonly reason: Exclude<TicketCodeRefusal, 'wrong-event'> }
  | { readonly ok: false; readonly reason: 'wrong-event'; readonly ticket: VerifiedTicket };

/**
 * Checks a scanned code for the event at this door, offline: only public keys are needed. Never
 * throws for any scanned input; every refusal is typed. Throws TicketVerifierUnavailableError only
 * when this runtime cannot verify at all (no Ed25519 in its WebCrypto).
 */
export async function verifyTicketCode(code: unknown, eventId: string, keys: TicketKeyRing): Promise<TicketCodeCheck> {
  const decoded = decodeCode(code);
  if (!decoded) return { ok: false, reason: 'bad-format' };
  const { content, payload, signature } = decoded;
  // Only events the ring holds a key for are tried, so their ids are valid message input.
  const holds = (event: string) => keys.verify(event, content.kid, signature, signedMessage(event, payload));
  if (keys.has(eventId, content.kid) && (await holds(eventId))) return { ok: true, ticket: { eventId, ...content } };
  for (const other of keys.otherEventsWith(content.kid, eventId)) {
    if (await holds(other)) return { ok: false, reason: 'wrong-event', ticket: { eventId: other, ...content } };
  }
  return { ok: false, reason: keys.has(eventId, content.kid) ? 'bad-signature' : 'unknown-key' };
}
