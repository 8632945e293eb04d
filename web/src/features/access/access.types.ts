import type { PriceTier } from '../../lib/money';

/** What an access code opens on one event for the signed-in buyer (POST /api/events/{id}/access). */
export type EventAccess = {
  eventId: string;
  code: string;
  /** Holds before the event's sales open. */
  presale: boolean;
  /** The event's hidden tiers it unlocks. */
  tiers: PriceTier[];
  sales?: { opensAt?: string; closesAt: string };
};
