export type PlacedHold = { holdId: string; eventId: string; quantity: number; expiresAt: string; position: string };

export type Hold = { holdId: string; eventId: string; eventTitle: string; quantity: number; expiresAt: string };

export type HoldList = { items: Hold[] };
