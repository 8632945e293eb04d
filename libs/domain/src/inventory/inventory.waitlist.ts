import { DomainError, hasRole } from '../kernel';
import type { ClearWaitlist, JoinWaitlist, LeaveWaitlist, OfferWaitlist, SalesRules } from './inventory.commands';
import type { InventoryEvent, SeatsHeld } from './inventory.events';
import { outsideSalesWindow, requireOrderSize, requireSalesWindow } from './inventory.rules';
import { type InventoryState, freeSeats, isTaken, publicFreeSeats, waitingPlaces } from './inventory.state';
import { bestAvailable } from './seat-choice';

/** Bounds of an offer's hold: at least the shortest hold, at most two days. */
export const WAITLIST_OFFER_SECONDS = { min: 60, max: 2 * 24 * 3600 } as const;

const section = (state: InventoryState) => (state.sectionId ? { sectionId: state.sectionId } : {});

/**
 * Joining waits for places nobody else may take: only while the partition is on sale, the
 * organizer has not turned the waitlist off, and what is free to the public cannot serve the
 * quantity (an event with places for you is not sold out for you). One entry per person.
 */
export function joinWaitlist({ data, metadata }: JoinWaitlist, state: InventoryState): InventoryEvent[] {
  requirePartitionOnSale(data.eventId, data.rules, state, metadata.now);
  if (data.rules.waitlistOff) {
    throw DomainError.conflict('inventory.waitlist-off', 'The organizer has no waitlist for this event');
  }
  requireOrderSize(data.quantity, data.rules);
  if (state.waitlistIds.has(data.entryId)) {
    throw DomainError.conflict('inventory.waitlist-entry-exists', `Waitlist entry ${data.entryId} already exists`);
  }
  const holderId = metadata.actor.userId;
  const waitingEntry = state.waitingHolders.get(holderId);
  const mine = waitingEntry === undefined ? undefined : state.waitlist.get(waitingEntry);
  if (mine) {
    throw DomainError.conflict(
      'inventory.already-waiting',
      `You are already on this waitlist for ${mine.quantity} place${mine.quantity === 1 ? '' : 's'}: leave it to change the number`,
      { entryId: mine.entryId },
    );
  }
  const free = publicFreeSeats(state, metadata.now);
  if (free >= data.quantity) {
    throw DomainError.conflict(
      'inventory.places-available',
      `${free} place${free === 1 ? ' is' : 's are'} free: hold ${data.quantity === 1 ? 'it' : 'them'} instead of waiting`,
      { free, requested: data.quantity },
    );
  }
  return [
    {
      type: 'WaitlistJoined',
      data: { eventId: data.eventId, ...section(state), entryId: data.entryId, holderId, quantity: data.quantity },
    },
  ];
}

/** Its holder leaves; so may admins and (checked by the caller against the catalog) the event's organizer. */
export function leaveWaitlist({ data, metadata }: LeaveWaitlist, state: InventoryState): InventoryEvent[] {
  const entry = state.waitlist.get(data.entryId);
  const { actor } = metadata;
  const may = entry && (entry.holderId === actor.userId || data.asOrganizer === true || hasRole(actor, 'admin'));
  if (!entry || !may) {
    // Offered, gone, or someone else's: the same answer, never revealing another person's entry.
    throw DomainError.notFound('inventory.waitlist-entry-not-found', `No waiting entry ${data.entryId}`);
  }
  return [
    {
      type: 'WaitlistLeft',
      data: {
        eventId: data.eventId,
        ...section(state),
        entryId: entry.entryId,
        holderId: entry.holderId,
        quantity: entry.quantity,
        by: actor.userId,
      },
    },
  ];
}

/**
 * Places free now go to the waitlist in join order: each entry whose quantity fits what is still
 * free gets an exclusive hold (seated: the best available seats for its group) until
 * `offerSeconds` from now. An entry asking more than is free waits on while later, smaller ones
 * are served (first come, first served among those that fit). The offer's hold id is the entry's
 * id, so its hold events (checked out, expired, released) name the entry. Outside the sales window,
 * or with the waitlist turned off, nothing is offered.
 */
export function offerWaitlist({ data, metadata }: OfferWaitlist, state: InventoryState): InventoryEvent[] {
  if (state.status !== 'open' || state.waitlist.size === 0 || data.rules.waitlistOff) return [];
  if (outsideSalesWindow(data.rules, metadata.now)) return [];
  const { offerSeconds } = data;
  if (
    !Number.isSafeInteger(offerSeconds) ||
    offerSeconds < WAITLIST_OFFER_SECONDS.min ||
    offerSeconds > WAITLIST_OFFER_SECONDS.max
  ) {
    throw DomainError.validation(
      'inventory.bad-offer-time',
      `offerSeconds must be ${WAITLIST_OFFER_SECONDS.min} to ${WAITLIST_OFFER_SECONDS.max}`,
    );
  }
  const { now } = metadata;
  let free = freeSeats(state, now);
  const chosen = new Set<string>();
  const taken = (seat: string) => chosen.has(seat) || isTaken(state, seat, now);
  const expiresAt = new Date(now.getTime() + offerSeconds * 1000).toISOString();
  const offers: SeatsHeld[] = [];
  for (const entry of state.waitlist.values()) {
    if (entry.quantity > free) continue;
    if (state.holds.has(entry.entryId) || state.closedHoldIds.has(entry.entryId)) continue; // never two holds of one id
    let seatIds: string[] | undefined;
    if (state.kind === 'seated') {
      seatIds = bestAvailable(state.seatRows, taken, entry.quantity);
      if (seatIds.length < entry.quantity) continue;
      for (const seat of seatIds) chosen.add(seat);
    }
    free -= entry.quantity;
    offers.push({
      type: 'SeatsHeld',
      data: {
        eventId: data.eventId,
        ...section(state),
        holdId: entry.entryId,
        holderId: entry.holderId,
        quantity: entry.quantity,
        expiresAt,
        ...(seatIds ? { seatIds } : {}),
        waitlistEntryId: entry.entryId,
      },
    });
  }
  return offers;
}

/** Every waiting entry leaves at once (the organizer turned the waitlist off). */
export function clearWaitlist({ data }: ClearWaitlist, state: InventoryState): InventoryEvent[] {
  return clearing(data.eventId, state, data.reason);
}

/** A WaitlistCleared for every waiting entry (none when nobody waits). */
export function clearing(eventId: string, state: InventoryState, reason: string): InventoryEvent[] {
  return [...state.waitlist.values()].map(({ entryId, holderId, quantity }) => ({
    type: 'WaitlistCleared',
    data: { eventId, ...section(state), entryId, holderId, quantity, reason },
  }));
}

/** A hold asks more than the public may take while people wait: their places come first. */
export function requireNotKeptForWaitlist(state: InventoryState, quantity: number, now: Date): void {
  const waiting = waitingPlaces(state);
  if (waiting === 0) return;
  const free = publicFreeSeats(state, now);
  if (quantity <= free) return;
  throw DomainError.conflict(
    'inventory.kept-for-waitlist',
    free === 0
      ? `Sold out: the places that free up go to the ${state.waitlist.size} ${state.waitlist.size === 1 ? 'person' : 'people'} on the waitlist first. Join it to be offered places.`
      : `Only ${free} place${free === 1 ? ' is' : 's are'} free to hold; the others are kept for the waitlist`,
    { free, requested: quantity, waiting: state.waitlist.size },
  );
}

function requirePartitionOnSale(eventId: string, rules: SalesRules, state: InventoryState, now: Date): void {
  if (state.status !== 'open') {
    const why = state.status === 'ended' ? 'sales have closed' : 'unknown or not published';
    throw DomainError.notFound('inventory.not-on-sale', `Event ${eventId} is not on sale (${why})`);
  }
  requireSalesWindow(rules, now);
}
