export type PlacedHold = { holdId: string; eventId: string; quantity: number; expiresAt: string; position: string };

export type Hold = {
  holdId: string;
  eventId: string;
  eventTitle: string;
  quantity: number;
  expiresAt: string;
  /** 'cancelled': the event was cancelled; the hold is listed with the reason. */
  status: 'active' | 'cancelled';
  cancelledAt?: string;
  cancellationReason?: string;
};

export type HoldList = { items: Hold[] };
