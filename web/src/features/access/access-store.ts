import type { PriceTier } from '../../lib/money';
import type { EventAccess } from './access.types';

/**
 * The access code a buyer applied on an event page, kept for this tab (sessionStorage) so the
 * checkout carries it: it lists the unlocked tiers and sends the code with the booking. The server
 * decides again at every hold and checkout; this only remembers what the buyer typed.
 */
const key = (eventId: string) => `seatwise.access.${eventId}`;

export function rememberAccess(access: EventAccess): void {
  try {
    window.sessionStorage.setItem(key(access.eventId), JSON.stringify(access));
  } catch {
    // Storage refused (private mode): the code still works on this page.
  }
}

export function accessFor(eventId: string): EventAccess | undefined {
  try {
    const raw = window.sessionStorage.getItem(key(eventId));
    const parsed = raw ? (JSON.parse(raw) as Partial<EventAccess>) : undefined;
    return parsed && parsed.eventId === eventId && typeof parsed.code === 'string' && Array.isArray(parsed.tiers)
      ? (parsed as EventAccess)
      : undefined;
  } catch {
    return undefined;
  }
}

export function forgetAccess(eventId: string): void {
  try {
    window.sessionStorage.removeItem(key(eventId));
  } catch {
    // nothing stored
  }
}

/** The event's public tiers and, after them, the hidden ones the code unlocks (each once). */
export function tiersWithAccess(tiers: readonly PriceTier[], access: EventAccess | undefined): PriceTier[] {
  const known = new Set(tiers.map((t) => t.id));
  return [...tiers, ...(access?.tiers ?? []).filter((t) => !known.has(t.id))];
}

/** Whether the code lets this buyer hold now although the event's sales have not opened. */
export function presaleOpen(access: EventAccess | undefined, now = new Date()): boolean {
  const opensAt = access?.sales?.opensAt;
  return !!access?.presale && opensAt !== undefined && now.getTime() < Date.parse(opensAt);
}
