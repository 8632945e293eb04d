export type PlacedHold = {
  holdId: string;
  eventId: string;
  quantity: number;
  expiresAt: string;
  position: string;
  /** Events with a seating plan: where the places are. */
  sectionId?: string;
  seatIds?: string[];
};

/** What the event page offers when the event has a seating plan. */
export type HoldSeatingChoice = {
  sections: { id: string; name: string; standing: boolean; free?: number }[];
  sectionId: string | null;
  onSectionChange: (sectionId: string) => void;
  /** Seats picked on the map (in the chosen section), with a readable label and the price of each. */
  picked: { id: string; label: string; price?: { amount: number; currency: string } }[];
  onClearPicked: () => void;
  /** After a hold (or a refusal naming taken seats): reload the map (as of the hold: lib/read-your-writes.ts). */
  onSeatsChanged: () => void;
  /** Picking needs the map; without it (e.g. no pointer) best available remains. */
  canPick: boolean;
};

export type Hold = {
  holdId: string;
  eventId: string;
  eventTitle: string;
  quantity: number;
  expiresAt: string;
  /** Events with a seating plan: where the places are (the section, and the seats unless standing). */
  sectionId?: string;
  seatIds?: string[];
  /** 'cancelled': the event was cancelled; the hold is listed with the reason. */
  status: 'active' | 'cancelled';
  cancelledAt?: string;
  cancellationReason?: string;
  /** The places were offered from the event's waitlist. */
  waitlistOffer?: boolean;
};

/** One page of the caller's holds; `nextCursor` asks for the next one (absent on the last page). */
export type HoldList = { items: Hold[]; total: number; nextCursor?: string };
