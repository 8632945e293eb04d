export type WaitlistStatus =
  'waiting' | 'offered' | 'checking-out' | 'booked' | 'lapsed' | 'declined' | 'left' | 'cleared' | 'cancelled';

export type WaitlistEntry = {
  entryId: string;
  eventId: string;
  eventTitle: string;
  sectionId?: string;
  quantity: number;
  joinedAt: string;
  status: WaitlistStatus;
  /** While waiting: 1 is offered first. */
  place?: number;
  offer?: { offeredAt: string; expiresAt: string; seatIds?: string[]; bookingId?: string };
  endedAt?: string;
  reason?: string;
};

export type EventWaitlistEntry = WaitlistEntry & { holderName: string; holderEmail: string };

export type EventWaitlist = {
  items: EventWaitlistEntry[];
  waiting: number;
  waitingPlaces: number;
  enabled: boolean;
};

export type JoinedWaitlist = {
  entryId: string;
  eventId: string;
  quantity: number;
  sectionId?: string;
  place: number;
  position: string;
};

/** What each state means to the person waiting. */
export const STATUS_TEXT: Record<WaitlistStatus, { label: string; color: string }> = {
  waiting: { label: 'Waiting', color: 'blue' },
  offered: { label: 'Places offered', color: 'green' },
  'checking-out': { label: 'In checkout', color: 'green' },
  booked: { label: 'Booked', color: 'teal' },
  lapsed: { label: 'Offer lapsed', color: 'gray' },
  declined: { label: 'Offer declined', color: 'gray' },
  left: { label: 'Left', color: 'gray' },
  cleared: { label: 'Waitlist closed', color: 'gray' },
  cancelled: { label: 'Event cancelled', color: 'red' },
};
