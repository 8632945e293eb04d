import { DomainError, assertNever, hasRole } from '../kernel';
import type {
  CloseInventory,
  ExpireHold,
  HoldSeats,
  InventoryCommand,
  OpenInventory,
  ReleaseHold,
  ReplanInventory,
} from './inventory.commands';
import {
  abandonCheckout,
  checkOutHold,
  checkedOut,
  releaseCheckedOutHold,
  returnSoldSeats,
  sellHold,
} from './inventory.checkout';
import { closing } from './inventory.hold-data';
import type { InventoryEvent } from './inventory.events';
import { beforeSalesOpen, requireOnSale, requireOrderSize } from './inventory.rules';
import { type InventoryState, freeSeats, isActive, isTaken } from './inventory.state';
import { bestAvailable, requireNoLoneSeat } from './seat-choice';
import {
  clearWaitlist,
  clearing,
  joinWaitlist,
  leaveWaitlist,
  offerWaitlist,
  requireNotKeptForWaitlist,
} from './inventory.waitlist';

export const HOLD_TTL_SECONDS = { min: 60, max: 3600, default: 600 } as const;

export function decideInventory(command: InventoryCommand, state: InventoryState): InventoryEvent[] {
  switch (command.type) {
    case 'OpenInventory':
      return openInventory(command, state);
    case 'ReplanInventory':
      return replanInventory(command, state);
    case 'HoldSeats':
      return holdSeats(command, state);
    case 'ReleaseHold':
      return releaseHold(command, state);
    case 'ExpireHold':
      return expireHold(command, state);
    case 'CloseInventory':
      return closeInventory(command, state);
    case 'CheckOutHold':
      return checkOutHold(command, state);
    case 'AbandonCheckout':
      return abandonCheckout(command, state);
    case 'SellHold':
      return sellHold(command, state);
    case 'ReleaseCheckedOutHold':
      return releaseCheckedOutHold(command, state);
    case 'ReturnSoldSeats':
      return returnSoldSeats(command, state);
    case 'JoinWaitlist':
      return joinWaitlist(command, state);
    case 'LeaveWaitlist':
      return leaveWaitlist(command, state);
    case 'OfferWaitlist':
      return offerWaitlist(command, state);
    case 'ClearWaitlist':
      return clearWaitlist(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * "Sell this": opens a partition, or brings an open one to a newer plan version (so the policy
 * need not know which it is). Opening twice is a no-op (the publish policy may run again);
 * closed sales never reopen.
 */
function openInventory(command: OpenInventory, state: InventoryState): InventoryEvent[] {
  const { data } = command;
  if (state.status === 'ended') return [];
  if (state.status === 'open') {
    const { planVersion } = data;
    return planVersion
      ? replanInventory({ ...command, type: 'ReplanInventory', data: { ...data, planVersion } }, state)
      : [];
  }
  if (!Number.isSafeInteger(data.capacity) || data.capacity < 1) {
    throw DomainError.validation(
      'inventory.bad-capacity',
      `capacity must be a whole number of at least 1, got ${data.capacity}`,
    );
  }
  requireSeatsMatchCapacity(data.capacity, data.seatIds);
  return [{ type: 'InventoryOpened', data: partition(data) }];
}

function replanInventory({ data }: ReplanInventory, state: InventoryState): InventoryEvent[] {
  if (state.status !== 'open' || data.planVersion <= state.planVersion) return []; // not open yet, or already applied
  if (!Number.isSafeInteger(data.capacity) || data.capacity < 0) {
    throw DomainError.validation('inventory.bad-capacity', `capacity must be a whole number, got ${data.capacity}`);
  }
  requireSeatsMatchCapacity(data.capacity, data.seatIds);
  return [{ type: 'InventoryReplanned', data: { ...partition(data), planVersion: data.planVersion } }];
}

/** The event data of an opened or re-planned partition, without absent optional fields. */
function partition(data: OpenInventory['data']) {
  return {
    eventId: data.eventId,
    ...(data.sectionId ? { sectionId: data.sectionId } : {}),
    capacity: data.capacity,
    ...(data.seatIds ? { seatIds: data.seatIds } : {}),
    ...(data.planVersion ? { planVersion: data.planVersion } : {}),
  };
}

function requireSeatsMatchCapacity(capacity: number, seatIds: readonly string[] | undefined) {
  if (seatIds && (seatIds.length !== capacity || new Set(seatIds).size !== seatIds.length)) {
    throw DomainError.validation('inventory.bad-capacity', 'a seated partition sells exactly its distinct seats');
  }
}

function holdSeats(command: HoldSeats, state: InventoryState): InventoryEvent[] {
  const { data, metadata } = command;
  requireOnSale(command, state);
  requireOrderSize(data.quantity, data.rules);
  // isSafeInteger also refuses NaN, which slips past both range comparisons.
  if (
    !Number.isSafeInteger(data.ttlSeconds) ||
    data.ttlSeconds < HOLD_TTL_SECONDS.min ||
    data.ttlSeconds > HOLD_TTL_SECONDS.max
  ) {
    throw DomainError.validation(
      'inventory.bad-ttl',
      `ttlSeconds must be a whole number from ${HOLD_TTL_SECONDS.min} to ${HOLD_TTL_SECONDS.max}`,
    );
  }
  // A hold id names one hold forever: reusing a released or expired one would give two holds one history.
  if (state.holds.has(data.holdId) || state.closedHoldIds.has(data.holdId)) {
    throw DomainError.conflict('inventory.hold-exists', `Hold ${data.holdId} already exists`);
  }
  const seatIds = state.kind === 'seated' ? chooseSeats(data, state, metadata.now) : undefined;
  if (state.kind === 'general' && data.seatIds) {
    throw DomainError.validation(
      'inventory.no-assigned-seats',
      'This part of the event has no numbered seats: ask for a quantity',
    );
  }
  const free = freeSeats(state, metadata.now);
  if (data.quantity <= free) requireNotKeptForWaitlist(state, data.quantity, metadata.now);
  if (data.quantity > free) {
    throw DomainError.conflict(
      'inventory.insufficient-seats',
      `Only ${free} seats are free, ${data.quantity} requested`,
      {
        free,
        requested: data.quantity,
      },
    );
  }
  const expiresAt = new Date(metadata.now.getTime() + data.ttlSeconds * 1000).toISOString();
  return [
    {
      type: 'SeatsHeld',
      data: {
        eventId: data.eventId,
        ...(state.sectionId ? { sectionId: state.sectionId } : {}),
        holdId: data.holdId,
        holderId: metadata.actor.userId,
        quantity: data.quantity,
        expiresAt,
        ...(seatIds ? { seatIds } : {}),
        ...(data.accessPromoId && beforeSalesOpen(data.rules, metadata.now)
          ? { accessPromoId: data.accessPromoId }
          : {}),
      },
    },
  ];
}

function releaseHold({ data, metadata }: ReleaseHold, state: InventoryState): InventoryEvent[] {
  const hold = state.holds.get(data.holdId);
  if (!isActive(hold, metadata.now)) {
    throw DomainError.notFound('inventory.hold-not-found', `No active hold ${data.holdId}`);
  }
  if (hold.holderId !== metadata.actor.userId && !hasRole(metadata.actor, 'admin')) {
    throw DomainError.notFound('inventory.hold-not-found', `No active hold ${data.holdId}`); // never reveal others' holds
  }
  if (hold.bookingId) throw checkedOut(data.holdId);
  return [
    {
      type: 'HoldReleased',
      data: closing(data.eventId, state, data.holdId, hold),
    },
  ];
}

function expireHold({ data, metadata }: ExpireHold, state: InventoryState): InventoryEvent[] {
  const hold = state.holds.get(data.holdId);
  // Released meanwhile, or not due yet; a checked-out hold ends only through its booking.
  if (!hold || hold.bookingId || hold.expiresAt > metadata.now.getTime()) return [];
  return [
    {
      type: 'HoldExpired',
      data: closing(data.eventId, state, data.holdId, hold),
    },
  ];
}

/**
 * The seats a hold takes in a seated partition: the ones asked for, all sellable and free, and (for
 * two or more) not stranding a lone seat while a better choice exists, unless the organizer allows
 * it; or the best
 * available for the group (seat-choice.ts): one row without a lone seat left, else adjacent rows.
 */
function chooseSeats(data: HoldSeats['data'], state: InventoryState, now: Date): string[] {
  const taken = (seat: string) => isTaken(state, seat, now);
  if (data.seatIds) {
    const wanted = [...new Set(data.seatIds)];
    if (wanted.length !== data.quantity) {
      throw DomainError.validation(
        'inventory.bad-quantity',
        `quantity (${data.quantity}) must equal the number of distinct seats asked for (${wanted.length})`,
      );
    }
    const unknown = wanted.filter((seat) => !state.sellable.has(seat));
    if (unknown.length > 0) {
      throw DomainError.validation('inventory.unknown-seat', `No such seat for sale: ${unknown.join(', ')}`, {
        seats: unknown,
      });
    }
    const takenNow = wanted.filter(taken);
    if (takenNow.length > 0) {
      throw DomainError.conflict('inventory.seats-taken', `Already taken: ${takenNow.join(', ')}`, { seats: takenNow });
    }
    // A group's rule: one person picking one seat picks it (pretix #1324 is about groups).
    if (wanted.length > 1 && !data.rules.allowLoneSeats) requireNoLoneSeat(state.seatRows, taken, wanted);
    return wanted;
  }
  return bestAvailable(state.seatRows, taken, data.quantity);
}

/**
 * Cancels every hold still active at `now` (a lapsed one is left to the expiry policy, its holder
 * lost nothing), then closes sales for good. Nothing to do when sales never opened or already closed.
 */
function closeInventory({ data, metadata }: CloseInventory, state: InventoryState): InventoryEvent[] {
  if (state.status !== 'open') return [];
  const reason = data.reason.trim();
  if (reason === '') throw DomainError.validation('inventory.bad-reason', 'closing sales needs a reason');
  const cancelled: InventoryEvent[] = [];
  for (const [holdId, hold] of state.holds) {
    if (!isActive(hold, metadata.now)) continue;
    cancelled.push({
      type: 'HoldCancelled',
      data: { ...closing(data.eventId, state, holdId, hold), reason },
    });
  }
  const section = state.sectionId ? { sectionId: state.sectionId } : {};
  return [
    ...cancelled,
    ...clearing(data.eventId, state, reason),
    { type: 'InventoryClosed', data: { eventId: data.eventId, ...section, reason } },
  ];
}
