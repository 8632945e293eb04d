import type { EventDetails } from './catalog.events';

/**
 * When a published event takes holds: its sales window if the organizer set one, else from
 * publication (no opening time) until the event starts. The hold decision and the catalog's
 * "on sale from …" / "sales ended" both read it here.
 */
export function salesPeriodOf(details: EventDetails, startsAt: string): { opensAt?: string; closesAt: string } {
  return details.salesWindow
    ? { opensAt: details.salesWindow.opensAt, closesAt: details.salesWindow.closesAt }
    : { closesAt: startsAt };
}
