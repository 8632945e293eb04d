import {
  TicketKeyRing,
  admitTicketCode,
  emptyRevocationList,
  revoke,
  type RevocationList,
} from '@booking/ticket-scanner';
import type { DoorVerdict, QueuedScan, TicketKeys, TicketRevocations } from './checkin.types';
import type { DoorStorage } from './door-storage';

/**
 * The door without the server: a scanned code is checked with the event's public keys and the
 * revocation list last synced (libs/tickets' scanner code, the same the server trusts), a ticket
 * this device already admitted is refused, and an admitted scan is queued for upload. Double use
 * across two devices is found by the server when both upload.
 */
export class OfflineDoor {
  private readonly ring: TicketKeyRing;
  private readonly revocations: RevocationList;

  constructor(
    readonly eventId: string,
    keys: TicketKeys,
    revocations: TicketRevocations,
    private readonly storage: DoorStorage,
  ) {
    this.ring = new TicketKeyRing(keys.keys);
    this.revocations = revoke(emptyRevocationList(eventId), revocations.revocations);
  }

  async scan(code: string, scan: Omit<QueuedScan, 'code'>): Promise<DoorVerdict> {
    const admission = await admitTicketCode(code, this.ring, this.revocations);
    if (admission.status === 'invalid') {
      return {
        kind: 'invalid',
        detail:
          admission.reason === 'wrong-event' ? 'This ticket is for another event.' : 'This is not a valid ticket code.',
      };
    }
    if (admission.status === 'revoked') return { kind: 'revoked', detail: 'This ticket was cancelled.' };
    const { ticketId } = admission.ticket;
    const firstUse = this.storage.usedHere(ticketId);
    if (firstUse) return { kind: 'already-used', firstUse, offline: true };
    this.storage.markUsed(ticketId, { at: scan.scannedAt, gate: scan.gate, scannerId: scan.scannerId });
    this.storage.enqueue({ code, ...scan });
    return { kind: 'admitted', offline: true };
  }
}
