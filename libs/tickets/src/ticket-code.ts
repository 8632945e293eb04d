import { sign, webcrypto } from 'node:crypto';
import { contentProblem, encodeCode, encodePayload, signedMessage } from './scanner/code-format';
import { TicketKeyRing, type PublicTicketKey } from './scanner/key-ring';
import { verifyTicketCode, type TicketCodeCheck } from './scanner/verify-code';
import { deriveEventKey, type EventSigningKey, type TicketSigningSecrets } from './ticket-keys';

export interface TicketToSign {
  readonly eventId: string;
  readonly ticketId: string;
  /** 0 for a ticket's first code; +1 on every reissue (the previous code goes on the revocation list). */
  readonly reissue: number;
}

export class TicketCodeInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TicketCodeInputError';
  }
}

/** Derived keys kept per process; derivation costs about as much as a signature. */
const KEY_CACHE_SIZE = 1024;

/**
 * Issues signed ticket codes (the text of a ticket's QR code) and the public keys scanners need.
 * Ed25519 signing is deterministic: the same ticket and counter always give the same code, so
 * issuing again (a retried projection, a resent mail) never makes a second valid code.
 */
export class TicketCodes {
  private readonly keys = new Map<string, EventSigningKey>();

  constructor(private readonly secrets: TicketSigningSecrets) {}

  issue(ticket: TicketToSign): string {
    const kid = this.secrets.currentKid;
    const problem = contentProblem({ ticketId: ticket.ticketId, reissue: ticket.reissue, kid });
    if (problem) throw new TicketCodeInputError(problem);
    const payload = encodePayload({ ticketId: ticket.ticketId.toLowerCase(), reissue: ticket.reissue, kid });
    let message: Uint8Array;
    try {
      message = signedMessage(ticket.eventId, payload);
    } catch (error) {
      throw new TicketCodeInputError((error as Error).message);
    }
    return encodeCode(payload, sign(null, message, this.key(kid, ticket.eventId).privateKey));
  }

  /** The event's public keys, one per kid the platform still holds: what a scanner syncs. */
  publicKeys(eventId: string): PublicTicketKey[] {
    return [...this.secrets.secrets.keys()].sort((a, b) => a - b).map((kid) => this.key(kid, eventId).publicKey);
  }

  /** Verifies as a scanner would, with this platform's public keys of the event (and of `otherEvents`). */
  verify(code: unknown, eventId: string, otherEvents: readonly string[] = []): Promise<TicketCodeCheck> {
    const ring = new TicketKeyRing(
      [eventId, ...otherEvents].flatMap((id) => this.publicKeys(id)),
      webcrypto.subtle,
    );
    return verifyTicketCode(code, eventId, ring);
  }

  private key(kid: number, eventId: string): EventSigningKey {
    const slot = `${kid}/${eventId}`;
    let key = this.keys.get(slot);
    if (!key) {
      const secret = this.secrets.secrets.get(kid);
      if (!secret) throw new TicketCodeInputError(`no secret for kid ${kid}`);
      key = deriveEventKey(secret, kid, eventId);
      if (this.keys.size >= KEY_CACHE_SIZE) this.keys.delete(this.keys.keys().next().value!);
      this.keys.set(slot, key);
    }
    return key;
  }
}
