import type { EventDetails } from './catalog.events';

/**
 * When a published event takes holds: its sales window if the organizer set one, else from
 * publication (no opening time) until the event starts; never once it has started (a window
 * recorded before the start moved earlier closes with the start). The hold decision and the
 * catalog's "on sale from …" / "sales ended" both read it here.
 */
export function salesPeriodOf(details: EventDetails, startsAt: string): { opensAt?: string; closesAt: string } {
  const window = details.salesWindow;
  if (!window) return { closesAt: startsAt };
  const closesAt = Date.parse(window.closesAt) <= Date.parse(startsAt) ? window.closesAt : startsAt;
  return { opensAt: window.opensAt, closesAt };
}
