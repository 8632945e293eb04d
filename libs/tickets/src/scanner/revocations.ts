import type { TicketKeyRing } from './key-ring';
import { verifyTicketCode, type TicketCodeRefusal, type VerifiedTicket } from './verify-code';

export type RevocationReason = 'reissued' | 'cancelled';

/**
 * Revokes the ticket's code with this reissue counter and every older one. Counters only grow, so
 * one entry per ticket (the highest revoked counter) says everything: a reissue revokes the code
 * it replaces; a cancellation revokes the current code, and no newer one will be issued.
 */
export interface Revocation {
  readonly ticketId: string;
  readonly reissue: number;
  readonly reason: RevocationReason;
  /** ISO-8601 instant, given by the caller (the event that caused it). */
  readonly at: string;
}

export interface RevocationEntry extends Revocation {
  /** The list version this entry was written at. */
  readonly version: number;
}

/** One event's list. `version` grows by one per effective revocation, never otherwise. */
export interface RevocationList {
  readonly eventId: string;
  readonly version: number;
  readonly byTicket: ReadonlyMap<string, RevocationEntry>;
}

/** What a scanner that holds version `from` fetches to reach `to`. Plain JSON. */
export interface RevocationChanges {
  readonly eventId: string;
  readonly from: number;
  readonly to: number;
  readonly entries: readonly RevocationEntry[];
}

export function emptyRevocationList(eventId: string): RevocationList {
  return { eventId, version: 0, byTicket: new Map() };
}

export function isRevoked(list: RevocationList, ticketId: string, reissue: number): RevocationEntry | undefined {
  const entry = list.byTicket.get(ticketId);
  return entry && reissue <= entry.reissue ? entry : undefined;
}

/**
 * Applies revocations in order; a revocation already covered (same or lower counter) changes
 * nothing, so replaying the events that fed the list leaves it as it was. Copies the map once per
 * call: give a projection's batch in one call.
 */
export function revoke(list: RevocationList, revocations: readonly Revocation[]): RevocationList {
  let byTicket: Map<string, RevocationEntry> | undefined;
  let version = list.version;
  for (const revocation of revocations) {
    const current = (byTicket ?? list.byTicket).get(revocation.ticketId);
    if (current && current.reissue >= revocation.reissue) continue;
    byTicket ??= new Map(list.byTicket);
    version += 1;
    byTicket.set(revocation.ticketId, { ...revocation, version });
  }
  return byTicket ? { eventId: list.eventId, version, byTicket } : list;
}

/** The entries written after version `since` (each ticket's latest entry supersedes its older ones). */
export function changesSince(list: RevocationList, since: number): RevocationChanges {
  const from = Math.max(0, Math.min(since, list.version));
  const entries = [...list.byTicket.values()].filter((e) => e.version > from).sort((a, b) => a.version - b.version);
  return { eventId: list.eventId, from, to: list.version, entries };
}

export type ApplyChangesResult =
  { readonly ok: true; readonly list: RevocationList } | { readonly ok: false; readonly reason: 'other-event' | 'gap' };

/**
 * A scanner's side of the sync. A batch that starts beyond the scanner's version (`gap`) cannot be
 * applied: fetch again from the scanner's version. Applying a batch twice changes nothing.
 */
export function applyChanges(list: RevocationList, changes: RevocationChanges): ApplyChangesResult {
  if (changes.eventId !== list.eventId) return { ok: false, reason: 'other-event' };
  if (changes.from > list.version) return { ok: false, reason: 'gap' };
  const byTicket = new Map(list.byTicket);
  for (const entry of changes.entries) {
    const current = byTicket.get(entry.ticketId);
    if (!current || entry.reissue > current.reissue) byTicket.set(entry.ticketId, entry);
  }
  return { ok: true, list: { eventId: list.eventId, version: Math.max(list.version, changes.to), byTicket } };
}

export type TicketAdmission =
  | { readonly status: 'valid'; readonly ticket: VerifiedTicket }
  | { readonly status: 'revoked'; readonly ticket: VerifiedTicket; readonly revocation: RevocationEntry }
  | { readonly status: 'invalid'; readonly reason: TicketCodeRefusal; readonly ticket?: VerifiedTicket };

/** The door's answer for a scanned code: signature and revocation list together, offline. */
export async function admitTicketCode(
  code: unknown,
  keys: TicketKeyRing,
  revocations: RevocationList,
): Promise<TicketAdmission> {
  const check = await verifyTicketCode(code, revocations.eventId, keys);
  if (!check.ok)
    return check.reason === 'wrong-event'
      ? { status: 'invalid', reason: check.reason, ticket: check.ticket }
      : { status: 'invalid', reason: check.reason };
  const revocation = isRevoked(revocations, check.ticket.ticketId, check.ticket.reissue);
  return revocation
    ? { status: 'revoked', ticket: check.ticket, revocation }
    : { status: 'valid', ticket: check.ticket };
}
